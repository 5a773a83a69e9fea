"""Whether a piece of text reads as another language than English: word
knowledge (dictionary, function words, web bigrams) first, langdetect to
confirm and name the language. The judge behind MT007's passages."""

from __future__ import annotations

import re

from ..langid import foreign_function_words, langdetect_probabilities
from ..words import bigram, dictionary_words
from .lexicons import stopwords
from .prose import urlish

__all__ = ["LANG_NAMES", "LETTER_WORD_RE", "MAX_SHARED_ENGLISH", "MAX_SHARED_ENGLISH_UNKNOWN", "NON_LATIN_RE",
           "foreign_name", "foreign_segment", "langdetect_best", "no_english_phrasing"]


# Letters of scripts outside Latin.
NON_LATIN_RE = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF]")
LETTER_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
LANG_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ru": "Russian", "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
    "tr": "Turkish", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "uk": "Ukrainian", "el": "Greek", "he": "Hebrew",
    "hi": "Hindi", "fa": "Persian", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "ca": "Catalan",
    "af": "Afrikaans", "sw": "Swahili", "tl": "Tagalog", "so": "Somali",
}


def langdetect_best(text: str, unless: tuple[list[str], float] | None = None) -> tuple[str, float]:
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


def foreign_name(text: str) -> str:
    lang, _ = langdetect_best(text)
    return LANG_NAMES.get(lang, "a non-Latin script")


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def foreign_segment(text: str, min_words: int, has_non_latin: bool = True) -> tuple[str, float] | None:
    """If ``text`` reads as another language: (description, confidence)."""
    words = LETTER_WORD_RE.findall(text)
    if has_non_latin:
        letters = sum(map(len, words))
        non_latin = len(NON_LATIN_RE.findall(text))
        # Scripts without spaces (Chinese, Japanese) have few "words": count letters.
        if non_latin >= 2 * min_words and non_latin / max(letters, 1) > 0.5:
            return (f"text in {foreign_name(text)}", 1.0)
    n = len(words)
    if n < min(min_words, 5) or 2 * len(_NUMBER_RE.findall(text)) >= n:
        return None  # (a line of figures and units, "Hereford steers, 12 mths, 380 kg", is data, not language)
    lows = [w.lower() for w in words]
    unknown = _unknown_share(words, lows)
    if n >= 6 and unknown >= _UNKNOWN and _unknown_language(text, words):
        lang, prob = langdetect_best(text)
        if lang and lang != "en" and prob >= 0.95:
            return (f"text in {LANG_NAMES.get(lang, lang)}", min(1.0, prob))
        return ("text in another language", 0.7)
    if n < min_words and unknown < _SHORT_UNKNOWN:
        return None
    if n < 8 and text.isascii() and unknown < _SHORT_UNKNOWN:
        return None  # too short to judge on words (diacritics or unknown words are evidence from 5 words on)
    sw = stopwords()
    english = sum(1 for w in lows if w in sw)
    ffw = foreign_function_words()
    foreign = sum(1 for w in lows if w in ffw)
    # Short function words are shared ("a", "on" are French too): a few
    # English ones are no evidence against a passage with more of another
    # language's, or with letters with diacritics and unknown words.
    # Most lowercase words unknown to English make more English function words shared.
    limit = MAX_SHARED_ENGLISH_UNKNOWN if unknown >= _SHORT_UNKNOWN else MAX_SHARED_ENGLISH
    shared = foreign > english or (not text.isascii() and unknown >= _SHARED_UNKNOWN) or unknown >= _SHORT_UNKNOWN
    if english / n >= 0.15 and (english / n >= limit or not shared):
        return None
    if any(w.endswith(("n't", "n’t", "'s", "’s")) for w in lows):
        return None  # English morphology
    if sum(1 for w in words if w[0].islower()) / n < 0.5:
        return None  # a title or a list of names
    # Positive evidence before the (costly) langdetect call: function words of
    # another language, letters with diacritics, or eight words and not one
    # English function word among them.
    if foreign < 2 and text.isascii() and unknown < _UNKNOWN \
            and (english or n < 8 or urlish(text)):
        return None
    lang, prob = langdetect_best(text, _NOT_ENGLISH)
    if lang and lang != "en" and prob >= 0.95:
        return (f"text in {LANG_NAMES.get(lang, lang)}", min(1.0, prob))
    return None


#: Share of a passage's lowercase words that no English dictionary knows
#: above which it is evidence of another language, and for short ASCII
#: sentences (five to seven words), the share that lets them be judged.
_UNKNOWN = 0.5
_SHORT_UNKNOWN = 0.6
#: Share of English function words that no count of another language's outweighs.
MAX_SHARED_ENGLISH = 0.3
MAX_SHARED_ENGLISH_UNKNOWN = 0.45
_SHARED_UNKNOWN = 0.3


# Characters of code or markup, which names words no dictionary knows.
_CODE_CHARS_RE = re.compile(r"[_=(){}\[\]<>/\\#@|$%*+]")


def _unknown_language(text: str, words: list[str]) -> bool:
    """Word knowledge alone, for a language langdetect has no profile of
    (Irish, Māori, Latin): six words of two letters or more ("a.m." is
    none), most of them lowercase (no list of names) and unknown to
    English, no two adjacent words an English phrase (web bigram counts),
    no English morphology, no code."""
    words = [w for w in words if len(w) > 1]
    lows = [w.lower() for w in words]
    if len(words) < 6 or _unknown_share(words, lows) < _UNKNOWN:
        return False
    return not (_CODE_CHARS_RE.search(text) or urlish(text)) and no_english_phrasing(words, lows)


def no_english_phrasing(words: list[str], lows: list[str]) -> bool:
    """Whether words read as no English phrasing: most lowercase (not a
    title or a list of names), no English morphology ("n't", "'s"), and at
    most a few adjacent pairs that English writes (web bigram counts; a
    hyphenated compound judged by its parts, "pre-election")."""
    if sum(1 for w in words if w[0].islower()) / len(words) < 0.5:
        return False
    keys = [w.replace("’", "'") for w in lows]
    if any(w.endswith(("n't", "'s")) for w in keys):
        return False
    parts = [p for w in keys for p in w.split("-") if p]
    pairs = list(zip(parts, parts[1:]))
    return sum(1 for a, b in pairs if bigram(a, b)) <= _MAX_ENGLISH_PAIRS * len(pairs)


def _unknown_share(words: list[str], lows: list[str]) -> float:
    """Share of the lowercase words (names aside) that are not English words."""
    vocab = dictionary_words()
    sw = stopwords()
    common = [low for w, low in zip(words, lows) if w[:1].islower()]
    if not common:
        return 0.0
    return sum(1 for w in common if w not in vocab and w not in sw) / len(common)


#: Adjacent word pairs of a short quotation that English writes (web
#: bigram counts) at or under which its words are no English phrase.
_MAX_ENGLISH_PAIRS = 0.2
