"""The language family (prefix LNG).

Rules about which language an article is written in. The shared signals
(script profile, function-word ratios, seeded langdetect) live in
:mod:`sourcelint.rules.langid`; untranslated passages inside an English
article are the translation family's MT007, built on the same helpers.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from .langid import detect_language, language_signals, prose_sample, same_language
from .translation import foreign_passages, mostly_foreign

__all__ = ["WrongLanguage", "RULES"]

# Names for messages; anything else is shown as its code.
_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian",
    "lv": "Latvian", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sv": "Swedish", "sw": "Swahili", "th": "Thai", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}


def language_name(code: str) -> str:
    """A readable name for a language code ("zh-cn" -> "Chinese")."""
    return _NAMES.get(code.lower().split("-")[0], code)


class WrongLanguage(Rule):
    """The article is not written in the expected language.

    What it finds:
    An article whose prose, taken as a whole, is in another language than the
    one expected: the ``language`` of the article's metadata when it has one,
    else the ``language`` key of the configuration (English by default). Cheap evidence decides the usual case without any
    model: Latin script with a normal share of English function words is
    English. Only otherwise does langdetect (seeded, deterministic) look at
    the first 1,500 characters of prose. Short texts are not judged. An
    English article with untranslated passages (under two thirds of its
    prose) is MT007's finding, not this one: one finding per artefact.

    Why it matters:
    A feed that should carry English news but delivers a French or Russian
    article has been mis-routed, scraped from the wrong edition, or a
    translation step was skipped; every other rule, and any reader of the
    pipeline's output, assumes the expected language.

    How to fix:
    Fetch the edition in the expected language, translate the article, or set
    the article's ``language`` metadata so it is checked against its real
    language.
    """

    code = "LNG001"
    name = "wrong-language"
    family = "language"
    severity = "error"
    scope = "document"
    # The passages of an article that is foreign as a whole are this finding.
    supersedes = ("MT007",)
    needs = (language_signals, foreign_passages, mostly_foreign)
    options = {
        "min-probability": Option(0.9, "langdetect probability needed to report another language", min=0.0, max=1.0),
        "min-words": Option(20, "articles with fewer words are not judged (detection is unreliable)", min=0),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        expected = doc.language
        if not doc.paragraphs:
            return
        signals = language_signals(doc)
        # CJK runs are single tokens, so count their letters as half-words.
        if doc.word_count + signals.profile.non_latin // 2 < self.opts["min-words"]:
            return
        if same_language(expected, "en") and signals.looks_english:
            return
        if same_language(expected, "en") and foreign_passages(doc) and not mostly_foreign(doc):
            return  # English with untranslated passages: MT007 reports them, one finding each
        # Only another language at min-probability or more is reported, so
        # langdetect may stop as soon as none can come out.
        lang, prob = detect_language(prose_sample(doc), unless=(expected, self.opts["min-probability"]))
        if lang == "unknown" or same_language(lang, expected) or prob < self.opts["min-probability"]:
            return
        # How much of the article the finding stands for: measured by the
        # function-word evidence when English is one side of the comparison.
        if same_language(lang, "en"):
            extent = signals.english_share
        elif same_language(expected, "en"):
            extent = 1.0 - signals.english_share
        else:
            extent = 1.0
        first = doc.paragraphs[0]
        yield self.finding(
            doc,
            first.start,
            first.end,
            f"the article is in {language_name(lang)} (langdetect p={prob:.2f}), "
            f"expected {language_name(expected)}; about {extent:.0%} of its prose is not in "
            f"{language_name(expected)}",
            confidence=prob,
            extent=extent,
        )

    def measure(self, doc: Document) -> Mapping[str, float]:
        if not doc.paragraphs:
            return {}
        s = language_signals(doc)
        return {
            "language.english_function_words": round(s.english_ratio, 4),
            "language.non_latin_share": round(1.0 - s.profile.latin_share, 4),
            "language.foreign_share": round(s.foreign_share, 4),
        }


RULES = [WrongLanguage]
