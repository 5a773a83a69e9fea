"""RDB001: an endless run-on sentence."""

from __future__ import annotations

import re
from typing import Iterable, Mapping

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from .stats import readability


#: Clause marks inside a sentence: an edited long sentence has one every
#: few words; sentences fused by lost full stops have next to none.
_CLAUSE_MARKS = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]| - ")
_WORDS_PER_MARK = 20


def _punctuated(text: str, words: int) -> bool:
    """Whether a long sentence is held together by clause punctuation."""
    return words <= _WORDS_PER_MARK * (1 + len(_CLAUSE_MARKS.findall(text)))


class RunOnSentence(Rule):
    """A sentence runs on for far more words than any edited sentence does.

    What it finds:
    A single sentence longer than ``max_words`` words (80 by default), as a
    warning when it is also longer than ``warning_words`` and has few clause
    marks (commas, semicolons, dashes, quotes) for its length. Edited
    news sentences average 20-25 words and rarely pass 60; sentences of 80
    and more come from article spinners that splice sentences together, from
    machine translation that loses sentence boundaries, or from extraction
    that dropped the full stops between list items or paragraphs.

    Why it matters:
    Nobody can follow an 80-word sentence, and in practice one this long is
    usually damage: several sentences fused, a paragraph break lost, or
    clauses strung together by a spinner.

    How to fix:
    Split the sentence at its clause boundaries, or restore the full stops
    and paragraph breaks that extraction removed; compare with the original
    source if one is available.
    """

    code = "RDB001"
    name = "run-on-sentence"
    family = "readability"
    needs = (readability,)
    severity = "warning"
    options = {
        "max-words": Option(80, "sentences with more words than this are reported (as info)", min=1),
        "warning-words": Option(
            110, "sentences with more words than this are reported as warnings", min=1
        ),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        limit = self.opts["max-words"]
        warn = self.opts["warning-words"]
        stats = readability(doc)
        for sentence, n in zip(doc.sentences, stats.sentence_lengths):
            if n > limit:
                # Careful human writers and translators do produce sentences
                # of 80-110 words (court cases, sports results), and longer
                # ones in legal and official prose, punctuated all through;
                # those are only info. Fused sentences lose their marks too.
                confidence = min(1.0, 0.6 + 0.4 * (n - limit) / limit)
                fused = n > warn and not _punctuated(sentence.text, n)
                yield self.finding(
                    doc,
                    sentence.start,
                    sentence.end,
                    f"this sentence runs on for {n} words (limit {limit}); "
                    f"it starts {sentence.text[:40].strip()!r}",
                    confidence=confidence,
                    severity=None if fused else "info",
                    # A long sentence is hard to read, not missing text: it
                    # costs by density, not by the share of text it spans.
                    extent=0.0,
                )

    def measure(self, doc: Document) -> Mapping[str, float]:
        stats = readability(doc)
        if not stats.words:
            return {}
        mean, longest, std = stats.sentence_length_stats()
        paragraphs = stats.paragraph_words
        return {
            "readability.flesch_reading_ease": round(stats.flesch_reading_ease, 2),
            "readability.flesch_kincaid_grade": round(stats.flesch_kincaid_grade, 2),
            "readability.sentence_length_mean": round(mean, 2),
            "readability.sentence_length_max": float(longest),
            "readability.sentence_length_std": round(std, 2),
            "readability.words_per_paragraph": round(sum(paragraphs) / len(paragraphs), 2) if paragraphs else 0.0,
        }
