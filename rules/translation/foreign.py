"""Passages in another language or script inside an English article: the
analysis behind MT007, which LNG001 reads too."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..langid import (detect_language, foreign_function_words, langdetect_probabilities, paragraph_token_bounds,
                      prose_sample, same_language)
from .lexicons import stopwords
from .prose import Hit, function_word_flags, sentence_paragraphs, urlish

__all__ = ["foreign_passages", "mostly_foreign", "MOSTLY_FOREIGN"]


_NON_LATIN_RE = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF]")
# The same letters, found faster: the engine skips ahead to characters past
# Latin Extended-B, then checks that they are letters.
_HAS_NON_LATIN_RE = re.compile(r"[\u0250-\u1DFF\u1F00-\U0010FFFF](?<=[^\W\d_])")


_LETTER_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LANG_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ru": "Russian", "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
    "tr": "Turkish", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "uk": "Ukrainian", "el": "Greek", "he": "Hebrew",
    "hi": "Hindi", "fa": "Persian", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "ca": "Catalan",
}


def _langdetect(text: str, unless: tuple[list[str], float] | None = None) -> tuple[str, float]:
    """(language, probability) from langdetect with a fixed seed; ('', 0) if it fails.

    The shared seeded detector of :mod:`.langid` (the same results as
    ``langdetect.detect_langs`` with ``DetectorFactory.seed = 0``, one set of
    profiles per process). With ``unless=(codes, p)``, also ('', 0) as soon as
    no language outside ``codes`` can reach probability ``p``.
    """
    from langdetect.lang_detect_exception import LangDetectException

    try:
        # a bounded sample keeps huge paragraphs cheap
        probs = langdetect_probabilities(text[:1000], unless)
    except LangDetectException:
        return "", 0.0
    if probs is None:
        return "", 0.0
    best = probs[0]
    return best.lang, best.prob


# Only a language other than English at 0.95 or more makes a passage foreign.
_NOT_ENGLISH = (["en"], 0.95)


def _foreign_name(text: str) -> str:
    lang, _ = _langdetect(text)
    return _LANG_NAMES.get(lang, "a non-Latin script")


def _foreign_segment(text: str, min_words: int, has_non_latin: bool = True) -> tuple[str, float] | None:
    """If ``text`` reads as another language: (description, confidence)."""
    words = _LETTER_WORD_RE.findall(text)
    if has_non_latin:
        letters = sum(map(len, words))
        non_latin = len(_NON_LATIN_RE.findall(text))
        # Scripts without spaces (Chinese, Japanese) have few "words": count letters.
        if non_latin >= 2 * min_words and non_latin / max(letters, 1) > 0.5:
            return (f"text in {_foreign_name(text)}", 1.0)
    n = len(words)
    if n < max(min_words, 8):
        return None  # too short to judge on words
    sw = stopwords()
    lows = [w.lower() for w in words]
    if sum(1 for w in lows if w in sw) / n >= 0.15:
        return None
    if any(w.endswith(("n't", "n’t", "'s", "’s")) for w in lows):
        return None  # English morphology
    if sum(1 for w in words if w[0].islower()) / n < 0.5:
        return None  # a title or a list of names
    # Positive evidence before the (costly) langdetect call: function words of
    # another language, or letters with diacritics.
    ffw = foreign_function_words()
    if sum(1 for w in lows if w in ffw) < 2 and text.isascii():
        return None
    lang, prob = _langdetect(text, _NOT_ENGLISH)
    if lang and lang != "en" and prob >= 0.95:
        return (f"text in {_LANG_NAMES.get(lang, lang)}", min(1.0, prob))
    return None


# A stretch with no Latin letters and no line break: where a non-Latin passage
# sits inside an English paragraph (scripts without case or spaces are not
# split into sentences by the segmenter).
_NON_LATIN_STRETCH_RE = re.compile(r"[^A-Za-z\u00C0-\u024F\u1E00-\u1EFF\n]{12,}")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_STRETCH_TRIM = " \t\"'“”‘’([{-–—,;:"


@analysis("translation.foreign")
def foreign_passages(doc: Document) -> list[Hit]:
    """Paragraphs, sentences and non-Latin stretches in another language in
    an article expected in English (MT007's hits; none otherwise)."""
    if not doc.language.lower().startswith("en"):
        return []
    hits: list[Hit] = []
    text = doc.text
    # most articles: skip every script check
    nl = not text.isascii() and _HAS_NON_LATIN_RE.search(text) is not None
    sentences = doc.sentences
    sent_paras = sentence_paragraphs(doc)
    paragraphs = doc.paragraphs
    # paragraph_token_bounds holds each paragraph's bisect_left(tstarts, ...) pair.
    bounds = paragraph_token_bounds(doc)
    tstarts = doc.token_starts
    pref: list[int] = []

    def maybe_foreign(start: int, end: int) -> bool:
        i, j = bisect_left(tstarts, start), bisect_left(tstarts, end)
        n = j - i
        return n >= 8 and (pref[j] - pref[i]) / n < 0.15

    if nl:
        todo: Iterable[int] = range(len(paragraphs))
    else:
        # English function words per token span from one prefix sum over the
        # shared tokens: most paragraphs and sentences are cleared without
        # any per-segment work. Only paragraphs that may be foreign, and those
        # of several sentences (one of which may be), are looked at.
        pref = list(accumulate(function_word_flags(doc), initial=0))
        todo = sorted(
            {i for i, (lo, hi) in enumerate(bounds) if hi - lo >= 8 and (pref[hi] - pref[lo]) / (hi - lo) < 0.15}
            | {a for a, b in zip(sent_paras, sent_paras[1:]) if a == b}
        )
    for index in todo:
        para = paragraphs[index]
        lo, hi = bounds[index]
        res = None
        if nl or (hi - lo >= 8 and (pref[hi] - pref[lo]) / (hi - lo) < 0.15):
            res = _foreign_segment(para.text, 6, nl)
        if res is not None:
            hits.append(Hit("MT007", para.start, para.end, f"paragraph of {res[0]} in an English article", res[1]))
            continue
        for m in _NON_LATIN_STRETCH_RE.finditer(text, para.start, para.end) if nl else ():
            stretch = m.group()
            n = len(_NON_LATIN_RE.findall(stretch))
            if n < 12 or urlish(stretch) or not (_CJK_RE.search(stretch) or " " in stretch.strip()):
                continue  # a domain name or a single foreign word is not a passage
            a, b = m.start(), m.end()
            while a < b and text[a] in _STRETCH_TRIM:
                a += 1
            while b > a and text[b - 1] in _STRETCH_TRIM:
                b -= 1
            hits.append(Hit("MT007", a, b, f"passage of {_foreign_name(text[a:b])} in an English paragraph", 1.0))
        if hits and hits[-1].start >= para.start and hits[-1].end <= para.end:
            continue
        first = bisect_left(sent_paras, index)
        last = bisect_right(sent_paras, index, first)
        if last - first < 2:
            continue
        for s in sentences[first:last]:
            if not (nl or maybe_foreign(s.start, s.end)):
                continue
            res = _foreign_segment(s.text, 6, nl)
            if res is not None:
                hits.append(Hit("MT007", s.start, s.end, f"sentence of {res[0]} in an English paragraph", res[1]))
    return hits


#: Share of the prose in other languages above which the article as a whole
#: is foreign (LNG001's finding) rather than English with untranslated
#: passages (MT007's): one finding either way, never both.
MOSTLY_FOREIGN = 2 / 3


@analysis("translation.mostly_foreign", needs=(foreign_passages,))
def mostly_foreign(doc: Document) -> bool:
    """Whether the foreign passages are most of the prose and the prose as a
    whole is in another language: then the article is foreign (LNG001's
    finding), not English with untranslated passages (MT007's)."""
    foreign = sum(h.end - h.start for h in foreign_passages(doc))
    prose = sum(p.end - p.start for p in doc.paragraphs) if foreign else 0
    if not prose or foreign <= MOSTLY_FOREIGN * prose:
        return False
    lang, prob = detect_language(prose_sample(doc), unless=("en", 0.9))
    return lang not in ("unknown", "") and not same_language(lang, "en") and prob >= 0.9
