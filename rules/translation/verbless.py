"""MT004's grammar test: a sentence inside running prose with no finite
verb at all, whatever word opens it ("Repair crews working through the
night.", "Results of the recount still pending.")."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional, Protocol, Sequence, Tuple, Union

from sourcelint.document import Document, Sentence, Token

from ..tokens import token_lowers
from ..words import is_dictionary_word
from .finite_verbs import (AUX, finite_verb_groups, gerund_verb, verb_group_heads, irregular_participles, non_finite_cue, participle, past_nouns,
                           verb_lemmas)
from .lexicons import finite_forms, noun_or_verb_forms, stopwords
from .prose import quoted_test

__all__ = ["FeatureStyle", "VerblessGate", "adverbial_opener", "clearly_finite", "lacks_main_verb", "in_transcript_or_after_initial", "relative_only", "verbless_verdict"]

# Words that make a sentence finite whatever surrounds them: a cheap gate.
_SURELY_FINITE = AUX | frozenset(
    """am 's ’s can't can’t won't won’t don't don’t doesn't doesn’t didn't didn’t isn't isn’t aren't aren’t
    wasn't wasn’t weren't weren’t hasn't hasn’t haven't haven’t hadn't hadn’t said says told""".split())
# Openers of an adverbial (a preposition or a subordinator) with nothing to hang on.
_ADVERBIAL_OPENERS = frozenset(
    """after before during following since until under over despite among amid against within without through
    in on at of for from with by towards toward because although though while whereas unless not""".split())
_RELATIVES = frozenset("which who whom whose".split())
# Adverbs that focus an adverbial: "Even on low-angle terrain.", "Especially in winter."
_FOCUS_ADVERBS = frozenset("even especially particularly mainly mostly only just still".split())
_NON_FINITE_BEFORE = frozenset("to having being".split())
_COMPLEMENTIZERS = frozenset("that how what why whether".split())
# Words opening a clause inside a noun phrase: "a reminder of how fragile the business is".
_WH_WORDS = frozenset("how what why whether where when".split())
_CLAUSE_MARKERS = _RELATIVES | _COMPLEMENTIZERS
_PREPOSITIONS = frozenset("of in on at for with from by to about into after before over under through".split())
# Stylistic openers of a verbless sentence in prose: "And also a list of ...", "Or for the blind, ..."
_CONJUNCTION_OPENERS = frozenset("and or but also furthermore moreover plus then".split())
# English function words that other languages written in Latin letters
# lack: a sentence with none is in another language (MT007's business).
_ENGLISH_GLUE = frozenset("the of to for with from by and its their this these those which".split())
_MIN_WORDS, _MAX_WORDS = 6, 30
# A verbless sentence with no cue is reported only when this long.
_MIN_PLAIN = 10
# (a time or unit glued to its number is one token: "1.40am", "5km")
_WORD_OR_NUMBER_RE = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*|\d[\d.,:]*[A-Za-z]*")


def words_of(text: str) -> tuple[list[str], list[str]]:
    """The words and numbers of ``text``: lowercase, and as written."""
    words = _WORD_OR_NUMBER_RE.findall(text)
    return [w.lower() for w in words], words


class _Features(Protocol):
    words: list[str]
    lw: list[str]
    n: int
    first: str
    body: str
    several: bool
    first_in_para: bool
    addresses_reader: bool


class FeatureStyle:
    """Whether an article writes short verbless sentences as a style ("A
    quiet place. Too quiet."): two or more outside quotes make it a feature,
    where verbless sentences are the writer's. Computed on first use."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._value: Optional[bool] = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = self._count() >= 2
        return self._value

    def _count(self) -> int:
        doc = self._doc
        quoted = quoted_test(doc)
        n = 0
        for s in doc.sentences:
            words = s.text.split()
            if 2 <= len(words) <= 6 and s.text.rstrip().endswith(".") and words[0][:1].isupper() and not quoted(s):
                lw, cased = words_of(s.text)
                n += finite_verb_groups(lw, cased, 0) == 0
        return n


class VerblessGate:
    """Cheap gate, per sentence of one document: a plausible length and no
    clearly finite word among its tokens (one with a relative or a
    complement clause may have one)."""

    def __init__(self, doc: Document) -> None:
        self._lowers = token_lowers(doc)
        self._starts = doc.token_starts
        self._clear = clearly_finite()

    def __call__(self, s: Sentence) -> Optional[Tuple[int, int]]:
        """The sentence's token range if it passes, else None."""
        lo, hi = bisect_left(self._starts, s.start), bisect_left(self._starts, s.end)
        if not _MIN_WORDS <= hi - lo <= _MAX_WORDS:
            return None
        words = self._lowers[lo:hi]
        clear = self._clear
        if clear.isdisjoint(words):
            return lo, hi
        # "to do so", "having won": a finite-looking word after these is an infinitive or a participle
        n = sum(1 for i, w in enumerate(words) if w in clear and (i == 0 or words[i - 1] not in _NON_FINITE_BEFORE))
        if n == 0 or (n == 1 and not (_CLAUSE_MARKERS.isdisjoint(words) and _WH_WORDS.isdisjoint(words))):
            return lo, hi
        return None


@lru_cache(maxsize=None)
def clearly_finite() -> frozenset[str]:
    """Words that make a sentence finite wherever they stand: auxiliaries,
    "said", third-person forms that are no plural noun ("includes") and
    irregular past forms that are no noun ("went")."""
    forms = (f for f in finite_forms() - noun_or_verb_forms() - past_nouns() if not f.endswith("ed"))
    return _SURELY_FINITE | frozenset(forms)


def lacks_main_verb(doc: Document, bounds: Tuple[int, int]) -> Optional[Tuple[list[str], list[Token], str]]:
    """The words of a sentence (its tokens ``bounds``), lowercase and as
    written, and what it lacks: "verb" (no finite verb), "relative" (only a
    relative clause's) or "complement" (only that of a clause after a
    participle: "Following reports that the handle can overheat."); None
    if it has a main verb."""
    lo, hi = bounds
    lw = token_lowers(doc)[lo:hi]
    cased = doc.tokens_between(lo, hi)
    if (finite_verb_groups(lw, cased, 0) == 0 or _verbless_but_asides(doc, lw, cased)
            or _phrase_nouns_only(doc, lw, cased)) and not _gerund_subject(doc, cased):
        return lw, cased, "verb"
    if not _RELATIVES.isdisjoint(lw) and relative_only(lw, cased) and not _verb_after_relative(doc, lw, cased):
        return lw, cased, "relative"
    if not _WH_WORDS.isdisjoint(lw) and relative_only(lw, cased, _WH_WORDS):
        return lw, cased, "wh"
    if "that" in lw and _noun_then_that_clause(lw, cased, doc.text):
        return lw, cased, "relative"
    # "that" after a preposition is a determiner ("in connection with that infection")
    k = next((i for i, w in enumerate(lw) if w in _COMPLEMENTIZERS and lw[i - 1] not in _PREPOSITIONS), 0)
    # (the clause may hold several verbs: "Searching terrain that is often steep and heavily forested.")
    if k >= 2 and _participle_before(lw, k) and finite_verb_groups(lw[:k], cased[:k], 0) == 0 \
            and "," not in doc.text[cased[k].end : cased[-1].end]:
        return lw, cased, "complement"
    return None


# Prepositions that may open a sentence-long phrase: "After initial investments showing quick returns on ...".
_OPENING_PREPOSITIONS = frozenset("after before despite with without following amid during since".split())
# What may open the subject of a main clause after a comma: ", the council plans on ...".
_SUBJECT_OPENERS = frozenset("the a an this that these those his her their its our my i we they you he she it "
                             "some many most several both all each every no".split())


def _phrase_nouns_only(doc: Document, lw: list[str], cased: Sequence[Token]) -> bool:
    """Whether a sentence opening on a participle or a preposition has for
    finite-looking words only noun-or-verb forms inside its noun phrases
    ("Reflecting the steep fall in module prices over the past year.",
    "Once numbering ten thousand breeding pairs on the island."): each
    before a preposition, after a lowercase word that is no subject
    pronoun, with no comma before it that may open a main clause (",
    the council plans on ..."). A fronted phrase is set off from its main
    clause by a comma, so such a word heads a noun, not a clause."""
    first = lw[0]
    if not (participle(first) or first in ("having", "being") or first in _OPENING_PREPOSITIONS
            or (first in ("once", "still") and len(lw) > 2 and participle(lw[1]))):
        return False
    forms = noun_or_verb_forms()
    if lw[1].endswith("s") and (lw[1] in forms or lw[1] in finite_forms()):
        return False  # a gerund and its verb: "Pricing starts at $5 per season, with discounts for ..."
    heads = list(verb_group_heads(lw, cased))
    for i in heads:
        nxt = lw[i + 1] if i + 1 < len(lw) else ""
        # (right after the opening word it is a gerund's verb: "Pricing starts at $5")
        if i < 2 or lw[i] not in forms or nxt not in _PREPOSITIONS or lw[i - 1] in _SUBJECT_OPENERS \
                or cased[i - 1].text[:1].isupper() or _clause_comma_before(doc, lw, cased, i):
            return False
    return bool(heads)


def _gerund_subject(doc: Document, cased: Sequence[Token]) -> bool:
    """Whether the sentence opens on a gerund phrase and its verb (:func:`gerund_verb`), before any comma."""
    if not cased or not cased[0].lower.endswith("ing"):
        return False
    comma = doc.text.find(",", cased[0].start, cased[-1].end)
    return gerund_verb([t.lower for t in cased if comma < 0 or t.start < comma])


def _clause_comma_before(doc: Document, lw: list[str], cased: Sequence[Token], i: int) -> bool:
    """Whether a comma before word ``i`` is followed by what may open a subject (a determiner, a pronoun, a name)."""
    text = doc.text
    return any("," in text[cased[j - 1].end : cased[j].start] and (lw[j] in _SUBJECT_OPENERS or cased[j].text[:1].isupper())
               for j in range(1, i + 1))


# Verbs of a parenthetical speaker: "Bringing, forecasters hope, some rain."
_ASIDE_VERBS = frozenset("hope hopes say says said believe believes expect expects think thinks fear fears".split())


def _verbless_but_asides(doc: Document, lw: list[str], cased: Sequence[Token]) -> bool:
    """Whether the only finite-looking words are a participle right after a
    comma ("The recipe, based on one from ...") or the verb of an aside
    between commas (", forecasters hope,")."""
    text = doc.text
    commas = text.count(",", cased[0].start, cased[-1].end)
    last = cased[-1].text
    if not commas or (last[:1].isupper() and len(last) <= 4):
        return False  # (not "... introduced in January by Sens. | Amy Lindqvist": a title cut off)
    keep_lw, keep = [], []
    for i, (w, t) in enumerate(zip(lw, cased)):
        after_comma = i > 0 and "," in text[cased[i - 1].end:t.start]
        before_comma = i + 1 < len(cased) and "," in text[t.end:cased[i + 1].start]
        # one comma, then a participle and its phrase to the end ("The pup, nicknamed Biscuit, appeared" has a verb)
        if after_comma and commas == 1 and i + 1 < len(lw) and lw[i + 1] in _PREPOSITIONS \
                and (w.endswith("ed") or w in irregular_participles()) and w not in AUX:
            continue
        if before_comma and w in _ASIDE_VERBS and i >= 2 and "," in text[cased[i - 2].end:cased[i - 1].start]:
            keep_lw.pop(), keep.pop()  # the aside's subject
            continue
        keep_lw.append(w), keep.append(t)
    return len(keep_lw) < len(lw) and finite_verb_groups(keep_lw, keep, 0) == 0


def _cased_text(word: Union[str, Token]) -> str:
    return word if isinstance(word, str) else word.text


def _noun_then_that_clause(lw: list[str], cased: Sequence[Token], text: str) -> bool:
    """A noun phrase and the clause "that" opens after its noun, that
    clause's verb the only one: "Rights that in some cases predate
    statehood.", "Counties that had leaned Republican." A "that" after a
    comma opens no such clause (English sets none off): it is a subject
    ("In my business, that is worth a lot")."""
    k = lw.index("that")
    prev = lw[k - 1] if k else ""
    if k and "," in text[cased[k - 1].end : cased[k].start]:
        return False
    # (a verb-like word right after an article is its noun: "A run that brought the club ...")
    verbish = (prev in verb_lemmas() or prev in finite_forms()) and not (k == 2 and lw[0] in ("a", "an", "the"))
    # (an auxiliary past the clause's first word may be the main verb: "Listings that qualify are inspected")
    if not 1 <= k <= 10 or any(w in AUX for w in lw[k + 2:]) or prev in stopwords() or verbish or prev.endswith(("ing", "ly")) \
            or not prev.isalpha() or (k > 1 and _cased_text(cased[k - 1])[:1].isupper()):
        return False  # (not "... Fr. | Vladimir Zelensky that supposedly needs": a name split off its sentence)
    return finite_verb_groups(lw[:k], cased[:k], 0) == 0 and finite_verb_groups(lw, cased, 1) <= 1


def _participle_before(lw: list[str], k: int) -> bool:
    """Whether a participle of a known verb stands among the ``k`` first words."""
    return any(participle(w) for w in lw[:k])


_INITIAL_BEFORE_RE = re.compile(r"\b[A-Z]\.\s*$")
# "MINISTER: Soon, I hope.", "A: Water them.": a transcript line.
_SPEAKER_LABEL_RE = re.compile(r"[A-Z][A-Z .'’-]{0,30}:")


def in_transcript_or_after_initial(doc: Document, s: Sentence) -> bool:
    """Whether a sentence follows an initial ("J.K. | Rowling and ...", a
    split that is not a sentence end) or sits in a line of a transcript."""
    text = doc.text
    if _INITIAL_BEFORE_RE.search(text, max(0, s.start - 4), s.start):
        return True
    line_start = text.rfind("\n", 0, s.start) + 1
    return _SPEAKER_LABEL_RE.match(text, line_start) is not None


def _verb_after_relative(doc: Document, lw: list[str], cased: Sequence[Token]) -> bool:
    """Whether a relative clause set off by commas is followed by a word that
    may be the main verb ("The frog, which used to be common, keeps falling"):
    the subject's verb comes after the aside."""
    text = doc.text
    k = next(i for i, w in enumerate(lw) if w in _RELATIVES)
    if k == 0 or "," not in text[cased[k - 1].end : cased[k].start]:
        return False
    i = next((i for i in range(k + 2, len(lw)) if "," in text[cased[i - 1].end : cased[i].start]), None)
    return i is not None and (lw[i] in finite_forms() or lw[i] in noun_or_verb_forms())


def relative_only(lw: list[str], cased: Sequence[Union[str, Token]], markers: frozenset[str] = _RELATIVES) -> bool:
    """A noun phrase and its relative clause (or the clause a wh-word opens:
    ``markers``), the clause's verb the only one: "A gift which was arranged
    last year.", "The rains, which flattened the wheat.", "A reminder of how
    fragile the business is." """
    k = next((i for i, w in enumerate(lw) if w in markers), 0)
    return k >= 2 and finite_verb_groups(lw[:k], cased[:k], 0) == 0 and finite_verb_groups(lw, cased, 1) <= 1


def _english(lw: list[str]) -> bool:
    """Whether most of the words are English words (a sentence in another language is MT007's)."""
    return 2 * sum(map(is_dictionary_word, lw)) > len(lw)


def adverbial_opener(lw: Sequence[str]) -> bool:
    """Whether a sentence's lowercase words open with an adverbial that needs
    a clause to hang on: a preposition or subordinator ("Despite the
    rain."), maybe after a focusing adverb ("Even with incentives of ...")."""
    return bool(lw) and (lw[0] in _ADVERBIAL_OPENERS or (
        lw[0] in _FOCUS_ADVERBS and len(lw) > 1 and lw[1] in _ADVERBIAL_OPENERS))


def verbless_verdict(sv: _Features, feature: FeatureStyle,
                     words: Tuple[list[str], list[Token], str]) -> Optional[Tuple]:
    """A finding's (message, confidence) for a sentence among others with
    no finite verb: one opening with an adverbial or a participle, holding
    what a clause keeps when its auxiliary is lost, a noun phrase with only
    a relative clause, or a long one in an article that is not a feature."""
    # (alone in its paragraph only when it opens with a participle: see sentence_place.participle_paragraph)
    if not (_MIN_WORDS <= sv.n <= _MAX_WORDS and (sv.several or participle(sv.first)) and sv.words[0][0].isupper()):
        return None
    lw, cased, lacks = words
    n = len(lw)
    if (sv.words[0].isupper() and len(sv.words[0]) > 1) or sv.first in ("yes", "no", "thanks", "welcome"):
        return None  # a dateline, an answer
    lead = " ".join(sv.words[:2])
    if feature or sv.first in _CONJUNCTION_OPENERS or (lacks != "verb" and _ENGLISH_GLUE.isdisjoint(lw)
                                                         and not _english(lw)):
        return None  # a feature's style; "And also a list of ..."; a sentence in another language
    if lacks == "verb" and sv.addresses_reader and sv.first in verb_lemmas():
        return None  # "Plant garlic cloves pointy end up.": an instruction among instructions
    if lacks == "verb":
        cue = adverbial_opener(lw) or participle(sv.first) or non_finite_cue(lw) or (
            sv.first.endswith("ly") and len(lw) > 1 and lw[1] in _ADVERBIAL_OPENERS)
        if (cue or (n >= _MIN_PLAIN and not sv.first_in_para)) and not _ENGLISH_GLUE.isdisjoint(lw):
            return (f"'{lead} ...' has no finite verb: part of the sentence is missing", 0.7 if cue else 0.6)
        if not sv.first_in_para and _english(lw) and sv.first not in verb_lemmas():  # "Stay with us ...": an imperative
            # "A double hit, in other words.": short verbless sentences are often a writer's style
            return (f"'{lead} ...' has no finite verb", 0.4, "info")
        return None
    if n >= 6 and lacks in ("relative", "wh"):
        if sv.first_in_para:  # a paragraph may open on a noun phrase as a writer's lead-in
            return (f"'{lead} ...' is a noun phrase and the clause it governs, with no main verb", 0.5, "info")
        return (f"'{lead} ...' is a noun phrase and the clause it governs, with no main verb", 0.65)
    if lacks == "complement" and (not sv.first_in_para or participle(sv.first)):
        return (f"'{lead} ...' is a participle phrase: its only verbs are in the clause it governs", 0.65)
    return None
