"""MT001's glue from word probabilities: a token that is no word but two
frequent words, judged by how much likelier the two words are than the
token as written, in any case pattern ("councilborrowing",
"Strawberryproducers", "Weare", "NewEngland").

The counts are those of :mod:`sourcelint.rules.words` (the web counts shipped
with ``wordsegment``). A split is *backed* when the web writes the pair
apart as a phrase; then the score is how many times (log10) more often the
pair occurs than the joined token. Without a phrase count, two frequent
dictionary words that the web never writes joined are still glue, but less
surely (severity info), unless the token recurs in the article: names and
coined compounds recur, slips of a pipeline do not.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import NamedTuple, Sequence

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..tokens import token_lowers
from ..words import quantifiers, _COMPOUND_TAILS, _SUFFIX_WORDS, MAX_HEAD_COMPOUNDS, _head_compounds, _unigrams, bigram, \
    function_words, is_dictionary_word, plausible_compound, unigram
from ..pronouns.words import first_names, person_words
from .lexicons import finite_forms, sentence_openers

__all__ = ["Cut", "segment_cut", "token_counts", "INFO_CONFIDENCE", "given_name_then_unknown", "surname_after_name"]

#: Hits below this confidence are reported at severity info.
INFO_CONFIDENCE = 0.6
#: A part must be this common on the web; a capitalised part that is no
#: dictionary word (a name: "England", "Trump") must be common enough to be one.
MIN_PART = 100_000
MIN_NAME_PART = 1_000_000
#: A non-backed split needs both parts this common and this long.
MIN_FREE_PART = 1_000_000
MIN_FREE_LEN = 3
#: ... and the token this long: short compounds are coined words ("dashcam").
MIN_FREE_LOWER = 8
MIN_FREE_TITLE = 13
MIN_FREE_TITLE_INFLECTED = 9
#: A head starting more web words than this is a prefix ("micro-", "bio-", "news"), even before an inflected tail.
MAX_PREFIX_COMPOUNDS = 40
#: A head this long is a word of its own, not a compound-forming stem.
LONG_HEAD = 7
#: log10 of how much more often a backed pair is written apart than joined.
SURE_SCORE = 1.0
#: Names end in these function words ("Sansan", "Putin"); no evidence as tails of a name.
_NAME_TAILS = frozenset(("an", "am", "in", "on", "a", "i", "o"))


class Cut(NamedTuple):
    """Where the space goes in a glued token, and how sure that is."""

    at: int
    confidence: float


@lru_cache(maxsize=None)
def _floor() -> int:
    """The smallest web count: a token missing from the counts is rarer."""
    return min(_unigrams().values())


def _known(part: str, capital: bool) -> bool:
    count = unigram(part)
    if count < MIN_PART:
        return False
    return is_dictionary_word(part) or part in function_words() or (capital and count >= MIN_NAME_PART)


@analysis("translation.token_counts", needs=(token_lowers,))
def token_counts(doc: Document) -> Counter[str]:
    """How often each lowercase token occurs in the document."""
    return Counter(token_lowers(doc))


def segment_cut(word: str, repeats: int) -> Cut | None:
    """Where ``word`` (letters only) splits into two words, if it is glue.

    ``repeats`` is how often its lowercase form occurs in the article."""
    return _segment_cut(word, min(repeats, 2))


@lru_cache(maxsize=65536)
def _segment_cut(word: str, repeats: int) -> Cut | None:
    # Names and words recur across articles: each is judged once per process.
    low = word.lower()
    if is_dictionary_word(low):
        return None
    inner = [i for i in range(1, len(word)) if word[i].isupper()]
    if inner:
        if len(inner) != 1 or not word[inner[0] - 1].islower():
            return None  # "McDonaldS", "iPhoneX": more than one inner capital, or an acronym
        return _camel_cut(word, low, inner[0], repeats)
    if word[0].isupper():
        return _title_cut(word, low, repeats)
    return _lower_cut(low, repeats)


def _backed(low: str, cuts: range | list[int], head_cap: bool, tail_cap: bool = False) -> tuple[float, int] | None:
    """(score, cut) of the best split whose pair is a web phrase."""
    whole = max(unigram(low), _floor())
    best: tuple[float, int] | None = None
    for i in cuts:
        head, tail = low[:i], low[i:]
        if len(tail) < 2 or (len(head) < 2 and head not in ("a", "i")):
            continue
        pair = bigram(head, tail)
        if pair and _known(head, head_cap) and _known(tail, tail_cap):
            score = math.log10(pair / whole)
            if best is None or score > best[0]:
                best = (score, i)
    return best


def _free(low: str, min_len: int = MIN_FREE_LEN, title: bool = False) -> int | None:
    """The cut of the likeliest split into two frequent dictionary words
    the web never writes joined and English would not coin, or None."""
    if unigram(low):
        return None
    best: tuple[int, int] | None = None
    for i in range(min_len, len(low) - min_len + 1):
        head, tail = low[:i], low[i:]
        long_head = len(head) >= LONG_HEAD
        if not ((_frequent(head) or (long_head and is_dictionary_word(head) and unigram(head) >= MIN_PART)
                 or (title and unigram(head) >= MIN_NAME_PART))
                and (_frequent(tail) or (long_head and is_dictionary_word(tail) and unigram(tail) >= MIN_PART))):
            continue
        if _coined(head, tail, title, len(low)):
            continue
        key = unigram(head) * unigram(tail)
        if best is None or key > best[0]:
            best = (key, i)
    return None if best is None else best[1]


def _coined(head: str, tail: str, title: bool, length: int) -> bool:
    """Whether English would make ``head + tail`` one word: a suffix-like
    tail ("ropeless"), a noun and an agent noun or a gerund ("crowdfunding"),
    a head that forms compounds ("microplastic"); capitalised, a place name
    ("Castlebridge"), which ends in a bare noun, never in an inflected one."""
    if tail in _SUFFIX_WORDS:
        return True
    if title:
        if _head_compounds(head) > MAX_PREFIX_COMPOUNDS:
            return True  # a prefix-like head ("Microplastics", "Biofuels")
        return not _inflected(tail) and (length < MIN_FREE_TITLE or _head_compounds(head) > MAX_HEAD_COMPOUNDS)
    if tail.endswith(_COMPOUND_TAILS) and len(head) < LONG_HEAD:
        return True
    if plausible_compound(head + tail):
        return True  # a tail English compounds onto ("makerspace")
    return _head_compounds(head) > MAX_HEAD_COMPOUNDS


def _inflected(word: str) -> bool:
    """A plural, past or -ing form of a dictionary word or a finite verb ("gardens", "visited", "said")."""
    if len(word) >= 4 and word in finite_forms():
        return True
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if is_dictionary_word(stem) or is_dictionary_word(stem + "e"):
                return True
    return False


def _frequent(part: str) -> bool:
    return (is_dictionary_word(part) or part in function_words()) and unigram(part) >= MIN_FREE_PART


def _lower_cut(low: str, repeats: int) -> Cut | None:
    backed = _backed(low, range(1, len(low)), False)
    if backed is not None and backed[0] >= SURE_SCORE:
        return Cut(backed[1], 0.9)
    if repeats > 1:
        return None
    cut = _function_cut(low)
    if cut is not None:
        return Cut(cut, 0.8)
    if len(low) < MIN_FREE_LOWER:
        return None
    cut = _free(low)
    if cut is None:
        return None
    fw = function_words()
    sure = low[:cut] in fw or low[cut:] in fw
    return Cut(cut, 0.8 if sure else 0.5)


def _function_cut(low: str) -> int | None:
    """A function word run into a dictionary word of four letters or more,
    or the reverse ("andvowed", "reopenedon"), in a token the web never wrote."""
    if unigram(low):
        return None
    fw = function_words()
    heads = quantifiers()
    for i in range(2, len(low) - 1):
        head, tail = low[:i], low[i:]
        word = tail if head in fw or head in heads else head if tail in fw else None
        if word is not None and len(word) >= 4 and is_dictionary_word(word) and unigram(word) >= MIN_PART:
            return i
    return None


def _title_cut(word: str, low: str, repeats: int) -> Cut | None:
    """A capitalised word run into the next ("Policesaid", "Weare"): names
    recur and end in short syllables, so only a single occurrence counts,
    with a head of four letters or more unless the pair is a phrase of two
    function words ("We are", "It was")."""
    if repeats > 1:
        return None
    backed = _backed(low, range(1, len(low)), True)
    fw = function_words()
    if backed is not None and backed[0] >= SURE_SCORE:
        head, tail = low[: backed[1]], low[backed[1]:]
        if head in fw and tail in fw and tail not in _NAME_TAILS and head.capitalize() in sentence_openers()[0]:
            return Cut(backed[1], 0.9)
        if len(head) >= 4 and (len(tail) >= 3 or (tail in fw and tail not in _NAME_TAILS)):
            return Cut(backed[1], 0.8 if _tells_glue(tail) or (tail in fw and tail not in _NAME_TAILS) else 0.5)
    if unigram(low):
        return None
    cut = _free(low, 4, title=True) if len(low) >= MIN_FREE_TITLE_INFLECTED else None
    if cut is not None:
        tail = low[cut:]
        return Cut(cut, 0.8 if tail in function_words() and tail not in _NAME_TAILS else 0.5)
    return _name_word_cut(low)


def _tells_glue(tail: str) -> bool:
    """Whether ``tail`` is a word no name ends in: a function word of three
    letters or more or a finite verb of four or more ("to", "ward", "man" end names)."""
    return (len(tail) >= 3 and tail in function_words() and tail not in _NAME_TAILS) or (
        len(tail) >= 4 and tail in finite_forms())


def _name_word_cut(low: str) -> Cut | None:
    """A name run into a function word or a verb, in a token the web does
    not know: a name it does not know either ("Bjartmarhas", "Tonosakialso")
    or one it knows well run into a short function word ("Moscowon",
    "Bidento"). Less sure: names end in many syllables."""
    fw = function_words()
    for i in range(4, len(low) - 1):
        head, tail = low[:i], low[i:]
        if _tells_glue(tail) and unigram(tail) >= MIN_FREE_PART and unigram(head) < MIN_PART:
            return Cut(i, 0.5)
        if len(tail) == 2 and tail in fw and (tail not in _NAME_TAILS or (len(head) >= 5 and tail in ("in", "on"))) \
                and unigram(head) >= MIN_NAME_PART:
            return Cut(i, 0.5)
    return None


def _camel_cut(word: str, low: str, at: int, repeats: int) -> Cut | None:
    """Two words run together at a capital ("NewEngland", "DavidMiller",
    "SecretaryFiona", "TheLos"). Brands are written that way too
    ("PlayStation", "WeChat", "TomTom"), but the web writes a brand joined
    and a glued pair apart, and a brand recurs in its article."""
    head, tail = low[:at], low[at:]
    if repeats > 1 or (unigram(low) and unigram(low) >= bigram(head, tail)):
        return None  # a recurring token, or one the web writes joined as often: a brand ("HarperCollins")
    if len(tail) >= 3:
        person = _person_head(head)
        if person == "title" or (person == "name" and not is_dictionary_word(tail)):
            # "SecretaryFiona", "DavidBeckham"; a brand ends in a word ("HollisCloud")
            return Cut(at, 0.5 if unigram(low) else 0.8)
        if person == "name" or (word[0].isupper() and head in _LINK_WORDS):
            return Cut(at, 0.5)  # "DonaldTrump", "TheLos"; brands: "TheStreet", "InDesign"
    backed = _backed(low, [at], True, True)
    if backed is None or backed[0] < SURE_SCORE:
        return None
    return Cut(at, 0.5)


#: Articles, prepositions and conjunctions: a capitalised one run into a
#: capitalised word is a sentence's first word glued ("TheLos", "OnApril");
#: pronouns start brands ("YouTube", "WeChat", "MyFitnessPal").
_LINK_WORDS = frozenset("the an and but or of in on at to by for from with via into as".split())
#: First parts of surnames and brands, written joined on purpose ("McDonald", "MacBook", "DeShawn").
_NAME_PREFIXES = frozenset("mac mc de del della di da das dos du la le van von der den ten st san santa el al ben "
                           "bin abu ibn".split())


def given_name_then_unknown(word: str) -> bool:
    """A given name run into a capitalised word no dictionary has
    ("DavidBeckham", or a brand: "GeneXpert")."""
    inner = [i for i in range(1, len(word)) if word[i].isupper()]
    if len(inner) != 1:
        return False
    low = word.lower()
    return _person_head(low[: inner[0]]) == "name" and not is_dictionary_word(low[inner[0] :])


def _person_head(head: str) -> str | None:
    """"title" if ``head`` is a title that precedes a name ("Secretary"),
    "name" if it is a given name ("David"), else None."""
    if len(head) < 3 or head in _NAME_PREFIXES:
        return None
    kinds = person_words().get(head)
    if kinds is not None and kinds[1] & {"title", "honorific"}:
        return "title"
    return "name" if head in first_names() else None


def surname_after_name(texts: Sequence[str], starts: Sequence[int], ends: Sequence[int], i: int, tail: str) -> bool:
    """Whether capitalised token ``i``, cut before an auxiliary ("are"),
    follows a capitalised word across one space: a surname after a given
    name ("Tunde Bakare"), not "Ministryof" or "Smithsaid"."""
    return (i > 0 and texts[i][:1].isupper() and texts[i - 1][:1].isupper() and texts[i - 1].isalpha()
            and starts[i] - ends[i - 1] == 1 and tail in _AUX_TAILS)


# Auxiliaries that end names too: "Bakare", "Kawas", "Annis".
_AUX_TAILS = frozenset("are is was were has had have will can may".split())
