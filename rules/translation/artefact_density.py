"""MT008 translation artefact density: many artefacts in one article."""

from __future__ import annotations

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from .signals import artefacts, translation_signals


class TranslationArtefactDensity(Rule):
    """The article has a high density of machine-translation artefacts.

    What it finds:
    A document whose translation density (artefacts of MT001-MT007 per 1,000
    words, not counting those reported at severity info, plus small contributions from an unusual function-word profile
    and a low type-token ratio) exceeds the threshold, with at least one
    artefact (style signals alone are metrics, not evidence). It also reports
    the underlying numbers as ``translation.*`` metrics for every document.

    Why it matters:
    Single artefacts can be typos; many of them together mark an article
    that went through careless machine translation and was not edited.

    How to fix:
    Treat the article as an unreliable copy: look for the original report,
    or have the text edited by a person before use.
    """

    code = "MT008"
    name = "translation-artefact-density"
    family = "translation"
    severity = "warning"
    scope = "document"
    needs = (translation_signals,)
    options = {
        "threshold": Option(6.0, "translation density (artefacts per 1,000 words, roughly) above which to report", min=0.0),
        "min-words": Option(80, "do not judge documents shorter than this many words", min=0),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        if doc.word_count < self.opts["min-words"]:
            return
        sig = translation_signals(doc)
        density = sig["translation.density"]
        if density <= self.opts["threshold"]:
            return
        n = sum(h.severity != "info" for v in artefacts(doc).values() for h in v)
        if n == 0:
            return  # style signals alone (a repetitive text) are metrics, not evidence of translation
        end = doc.paragraphs[0].end if doc.paragraphs else 0
        start = doc.paragraphs[0].start if doc.paragraphs else 0
        yield self.finding(
            doc,
            start,
            end,
            f"translation density {density:.1f} (threshold {self.opts['threshold']:.1f}): "
            f"{n} artefact(s) in {doc.word_count} words",
            confidence=min(1.0, density / (2 * self.opts["threshold"])),
            extent=0.0,
        )

    def measure(self, doc: Document) -> dict[str, float]:
        return translation_signals(doc)
