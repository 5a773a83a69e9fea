"""Which strings are English words, and which two words a glued token is.

Word knowledge, not shapes: a token that is no word but splits into two
words that commonly stand side by side is two words run together, whatever
its case pattern. The data ships with the ``wordsegment`` package
(Apache-2.0): unigram and bigram counts from the Google Web Trillion Word
Corpus as published by Peter Norvig, and a dictionary word list (ENABLE,
public domain). Loaded once per process, on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from .lexicon import data_lines

__all__ = ["Split", "unigram", "bigram", "is_dictionary_word", "dictionary_words", "is_common_word", "glue_split", "name_split",
           "compound_split", "function_words", "marked_head"]

#: Both halves of a split must be at least this common (web counts).
MIN_PART_COUNT = 100_000
#: Two words seen side by side at least this often are a phrase, not chance.
MIN_BIGRAM_COUNT = 1_000
#: A token the web does write joined ("ofthe") is still glue when the two
#: words are written apart this many times more often.
GLUE_RATIO = 50
#: A split with a function word needs both halves this common.
MIN_FUNCTION_SPLIT_COUNT = 1_000_000


class Split(NamedTuple):
    """Where a glued token splits, and the evidence."""

    head: str
    tail: str
    # "phrase": the pair is a common phrase; "function": one half is a function
    # word; "compound": two long common words no compound-forming head joins
    evidence: str


def _counts(name: str) -> dict[str, int]:
    text = (files("wordsegment") / name).read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        key, _, count = line.rpartition("\t")
        out[key] = int(count)
    return out


@lru_cache(maxsize=None)
def _unigrams() -> dict[str, int]:
    return _counts("unigrams.txt")


@lru_cache(maxsize=None)
def _bigrams() -> dict[str, int]:
    return _counts("bigrams.txt")


@lru_cache(maxsize=None)
def _dictionary() -> frozenset[str]:
    return frozenset((files("wordsegment") / "words.txt").read_text(encoding="utf-8").split())


@lru_cache(maxsize=None)
def quantifiers() -> frozenset[str]:
    """Quantifying determiners ("most", "several"), from ``data/glue_quantifiers.txt``:
    glue when they open a token, never as its end."""
    return frozenset(w for line in data_lines("glue_quantifiers.txt") for w in line.split())


@lru_cache(maxsize=None)
def function_words() -> frozenset[str]:
    """Closed-class English words (articles, prepositions, pronouns,
    auxiliaries, conjunctions) and the commonest speech verbs, from
    ``data/glue_function_words.txt``."""
    return frozenset(w for line in data_lines("glue_function_words.txt") for w in line.split())


def unigram(word: str) -> int:
    """How often ``word`` (lowercase) occurs in the web counts (0: never)."""
    return _unigrams().get(word, 0)


def bigram(first: str, second: str) -> int:
    """How often ``first second`` (lowercase) occurs in the web counts."""
    return _bigrams().get(f"{first} {second}", 0)


def dictionary_words() -> frozenset[str]:
    """The dictionary word list (lowercase), for callers that test many tokens."""
    return _dictionary()


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is in the dictionary word list."""
    return word in _dictionary()


@lru_cache(maxsize=None)
def _parts() -> frozenset[str]:
    """The dictionary and function words the web counts at least ``MIN_PART_COUNT`` times."""
    counts = _unigrams()
    return frozenset(w for w in _dictionary() | function_words() if counts.get(w, 0) >= MIN_PART_COUNT)


def _is_part(word: str) -> bool:
    return word in _parts()


def glue_split(token: str, min_head: int = 2, min_tail: int = 2) -> Split | None:
    """The two words the lowercase ``token`` is, if it is two words run together.

    It is when it is no dictionary word, splits into two common words, and
    either the pair is a common phrase the web writes apart far more often
    than joined ("of the" against "ofthe"), or the token is unknown and one
    half is a function word or a numeral ("morning at", "nine double"), or
    the head carries an inflection or a derivational suffix, which the first
    part of an English solid compound does not ("pressured city", "adequate
    training"). Compounds the web writes joined ("ceasefire", "lawmakers")
    and new words whose halves are no phrase ("livestream") stay words.
    Of several splits, the one with the strongest evidence wins, then the
    likelier pair of words.
    """
    if token in _dictionary():
        return None
    counts, parts = _unigrams(), _parts()
    whole = counts.get(token, 0)
    best: tuple[tuple[int, int], Split] | None = None
    for i in range(max(1, min_head), len(token) - max(1, min_tail) + 1):
        head, tail = token[:i], token[i:]
        if (len(head) < 2 and head != "a") or len(tail) < 2 or head not in parts or tail not in parts:
            continue
        evidence = _split_evidence(head, tail, whole)
        if evidence is None:
            continue
        key = (_EVIDENCE_RANK[evidence], counts[head] * counts[tail])
        if best is None or key > best[0]:
            best = (key, Split(head, tail, evidence))
    return None if best is None else best[1]


# Function words that end many names ("Sansan", "Barnam"), so no evidence as a tail.
_NAME_ENDINGS = frozenset(("an", "am"))
_EVIDENCE_RANK = {"phrase": 3, "function": 2, "inflected": 1}
#: Numerals are a closed class like the function words: "ninedouble".
_NUMERALS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                      "sixty seventy eighty ninety hundred thousand million billion".split())


def _split_evidence(head: str, tail: str, whole: int) -> str | None:
    """Why ``head tail`` is two words run together, or None."""
    pair = bigram(head, tail)
    if whole:
        return "phrase" if pair >= GLUE_RATIO * whole else None
    if pair >= MIN_BIGRAM_COUNT:
        return "phrase"
    fw = function_words()
    if (head in fw or (tail in fw and tail not in _NAME_ENDINGS) or head in _NUMERALS) and min(unigram(head), unigram(tail)) >= MIN_FUNCTION_SPLIT_COUNT:
        return "function"
    if len(tail) >= 3 and tail not in _SUFFIX_WORDS and unigram(tail) >= MIN_FUNCTION_SPLIT_COUNT and marked_head(head) \
            and _head_compounds(head) <= MAX_HEAD_COMPOUNDS:
        return "inflected"
    return None


# Inflections (ending, what the stem ends in instead) and derivational
# suffixes that mark a word as a finished noun, verb form, adjective or adverb.
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                ("ing", "e"), ("ly", ""), ("ily", "y"))
_DERIVED_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ate", "ive", "ous", "ful", "al", "ical", "ent", "ant",
                    "able", "ible", "less", "ary")
# Words that also serve as derivational suffixes or compound-forming tails
# ("national" + "ism", "state" + "wide"): after a marked head they make a
# word, not glue.
_SUFFIX_WORDS = frozenset("ism isms ist ists ity ize ise ness less ship ships hood like wise wide ward wards able ably "
                          "ment some fold dom ful man men woman women kind way ways land lands side time times where "
                          "proof free based age ion ions ate ant ent ance ence ing ous ive ics ory ary ized ised ated "
                          "ates let lets ling ette ine ian ians ee ees er ers or ors est ally ant ants".split())


@lru_cache(maxsize=4096)
def marked_head(head: str) -> bool:
    """Whether ``head`` (lowercase, five letters or more) is an inflected or
    derived word ("pressured", "services", "adequate"): English writes such
    a word apart from the next, not as the first part of a solid compound."""
    if len(head) < 5 or head.endswith("ss"):
        return False
    for ending, instead in _INFLECTIONS:
        if head.endswith(ending):
            stem = head[: -len(ending)] + instead
            if ending == "d" and not stem.endswith("e"):
                continue  # "crowd" is no form of "crow"
            if len(stem) >= 3 and stem in _dictionary() and unigram(stem) >= MIN_PART_COUNT:
                return True
    return len(head) >= 6 and head.endswith(_DERIVED_ENDINGS)


def name_split(token: str) -> Split | None:
    """The name and the word a capitalised ``token`` is, if a lowercase word
    was run onto a name ("Ritchieover", "Modiinaugurated").

    The whole (lowercased) is unknown to the web counts; the name part is a
    common web token (names are); the tail is a function word of three
    letters or more ("an", "is" end many names), or a
    dictionary word of five letters or more that follows the name as a
    common phrase.
    """
    low = token.lower()
    counts = _unigrams()
    if low in counts or low in _dictionary():
        return None
    fw = function_words()
    for i in range(len(low) - 2, 2, -1):
        head, tail = low[:i], low[i:]
        if counts.get(head, 0) < MIN_PART_COUNT:
            continue
        if tail in fw and len(tail) >= 3 and unigram(tail) >= MIN_FUNCTION_SPLIT_COUNT:
            return Split(token[:i], tail, "function")
        if len(tail) >= 5 and tail in _dictionary() and bigram(head, tail) >= MIN_BIGRAM_COUNT:
            return Split(token[:i], tail, "phrase")
    return None


def is_common_word(word: str) -> bool:
    """A dictionary or function word (lowercase) the web counts often."""
    return _is_part(word)


#: Both halves of a compound split are at least this long and common.
MIN_COMPOUND_PART = 5
MIN_COMPOUND_COUNT = 1_000_000
#: A head that starts more web words than this beyond its own derivations
#: ("micro-", "cyber-", "green-") forms compounds, so a new one is a word.
MAX_HEAD_COMPOUNDS = 10
_COMPOUND_TAILS = ("ing", "er", "ers")
_DERIVATION_RE = re.compile(r"(?:s|es|ed|d|ing|ly|ness|er|ers|est|ity|ities|ation|ations|al|ally|ize|ized|ise|ised|"
                            r"ism|ist|ists|ment|ments|ous|ously|ful|less|ic|ical|y|ies|ied)?")


@lru_cache(maxsize=None)
def _sorted_words() -> tuple[str, ...]:
    # A tuple of strings, which the garbage collector stops tracking (a
    # list of 333,000 would be walked by every full collection).
    return tuple(sorted(_unigrams()))


@lru_cache(maxsize=4096)
def _head_compounds(head: str) -> int:
    """How many common web words start with ``head`` and go on as another word, not a derivation."""
    keys = _sorted_words()
    lo, hi = bisect_left(keys, head), bisect_left(keys, head + "\uffff")
    n = len(head)
    return sum(1 for k in keys[lo:hi]
               if len(k) >= n + 4 and not _DERIVATION_RE.fullmatch(k[n:]) and unigram(k) >= 20_000)


@lru_cache(maxsize=None)
def _reversed_dictionary() -> tuple[str, ...]:
    return tuple(sorted(w[::-1] for w in _dictionary()))


#: A tail that ends this many dictionary compounds is one English builds
#: new words with ("workspace" ... "makerspace", "policewomen" ... "tallywomen").
MIN_TAIL_COMPOUNDS = 10


_NO_COMPOUND_HEAD = ("ed", "ing", *_DERIVED_ENDINGS)


@lru_cache(maxsize=4096)
def tail_compounds(tail: str) -> int:
    """How many dictionary words are a dictionary word of three letters or
    more followed by ``tail``: how freely English compounds onto it."""
    keys = _reversed_dictionary()
    rev = tail[::-1]
    lo, hi = bisect_left(keys, rev), bisect_left(keys, rev + "\uffff")
    n = len(tail)
    return sum(1 for k in keys[lo:hi] if len(k) >= n + 3 and k[:n - 1:-1] in _dictionary())


def plausible_compound(token: str) -> bool:
    """Whether ``token`` (lowercase) is a content word and a tail of four
    letters or more that English compounds onto freely, as a new compound
    would be ("makerspace"); a participle or a derived word heads no
    compound ("infectedpeople", "reservationlands", "pectoralfin")."""
    fw = function_words()
    for i in range(3, len(token) - 3):
        head, tail = token[:i], token[i:]
        if head not in fw and not head.endswith(_NO_COMPOUND_HEAD) and head in _dictionary() and tail in _dictionary() \
                and tail_compounds(tail) >= MIN_TAIL_COMPOUNDS:
            return True
    return False


def compound_split(token: str) -> Split | None:
    """Two long common words run together that the web never writes as one
    ("seriouscomplications", "abandonedgreenhouse"), when the head is not
    one that forms compounds ("crypto-", "micro-", "green-")."""
    if token in _dictionary() or unigram(token):
        return None
    for i in range(MIN_COMPOUND_PART, len(token) - MIN_COMPOUND_PART + 1):
        head, tail = token[:i], token[i:]
        if tail.endswith(_COMPOUND_TAILS):
            continue  # noun + gerund or agent noun is how English makes new words ("crowdfunding")
        if (head in _dictionary() and tail in _dictionary() and unigram(head) >= MIN_COMPOUND_COUNT
                and unigram(tail) >= MIN_COMPOUND_COUNT and _head_compounds(head) <= MAX_HEAD_COMPOUNDS):
            return Split(head, tail, "compound")
    return None
