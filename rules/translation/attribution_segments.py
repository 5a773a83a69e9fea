"""Doubled speech tags read from the clauses of a sentence: a sentence is
cut at its quotes and at commas, semicolons and colons, each piece is
classed (a quote, a bare speech tag, a tag opening reported speech, a speech
verb going on from the sentence's subject, an apposition), and two tags with
no quote between them, the later or the inner one bare, are one statement
tagged twice ('"...," said team captain Sofia Reyes, 17, Reyes said.',
'The governor said the bank was not ready, she told a press conference.').
Part of MT005's analysis (see ``attribution``)."""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Optional

from sourcelint.document import Sentence
from sourcelint.finding import Edit, Fix

from .finite_verbs import finite_verb_groups
from .prose import SPEECH_VERB_SET, Hit
from .verbless import words_of

__all__ = ["tags_in_clauses"]

# Present-tense speech verbs that are seldom plural nouns: "Smith says".
_PRESENT_TAG_VERBS = frozenset("says adds tells writes explains insists recalls warns admits".split())
# Verbs that name where a report came from, not a second speaker of the same
# words: 'Police said two men were held, the BBC reported.'
_SOURCE_VERBS = frozenset("reported reports wrote writes tweeted posted".split())
_OBJECT_VERBS = frozenset("told tells asked asks assured assures warned warns urged urges reminded informed".split())
_PRONOUNS = frozenset("he she they we it i".split())
_DETERMINERS = frozenset("the a an his her their its our this that".split())
_NAME_PREPOSITIONS = frozenset("for of at from".split())
# Words that open a clause or join clauses: no tag's subject holds them.
_CLAUSE_WORDS = frozenset("""who whom whose which what when where why how whether if because although though
    while but or yet so as not also then than is are was were be been has have had do does did will would
    can could should may might must to with by there here this these those""".split())
_TAIL_OPENERS = frozenset("""in on at to during after before from via through with last this late early later
    earlier today yesterday afterwards again monday tuesday wednesday thursday friday saturday sunday""".split())
_SEP_RE = re.compile(r"[;:]|,(?!\d)")  # not the comma of "254,000"
_WORD_RE = re.compile(r"[A-Za-z][\w’'.-]*|\d+")


class _Piece(NamedTuple):
    """One piece of a sentence: its offsets in the sentence and its class."""

    start: int
    end: int
    kind: str  # quote, bare, open, cont, subject, aside, other
    verb: str = ""
    head: str = ""  # the last word of the tag's subject, lowercase


def _quotes(t: str) -> list[tuple[int, int]]:
    """The quoted stretches of ``t``: a straight quote opens after a space or
    at the start and closes after a word; a sentence that opens inside a
    quote begun in the sentence before has its first stretch from the start."""
    out: list[tuple[int, int]] = []
    opened = -1
    for i, ch in enumerate(t):
        if ch not in "“”\"":
            continue
        opening = ch == "“" or (ch == '"' and (i == 0 or t[i - 1] in " \t\n([—–"))
        if opening and opened < 0:
            opened = i
        elif not opening:
            out.append((max(opened, 0), i + 1))
            opened = -1
    if opened >= 0:
        out.append((opened, len(t)))
    return out


def _pieces(t: str) -> list[_Piece]:
    """The sentence ``t`` cut at its quotes and at , ; : outside them."""
    out: list[_Piece] = []
    pos = 0
    for q in _quotes(t) + [(len(t), len(t))]:
        for start, end in _split(t, pos, q[0]):
            out.append(_classify(t, start, end, first=not out))
        if q[0] >= len(t):
            break
        out.append(_Piece(q[0], q[1], "quote"))
        pos = q[1]
    return out


def _split(t: str, lo: int, hi: int) -> Iterable[tuple[int, int]]:
    """The stripped, non-empty stretches of ``t[lo:hi]`` between separators."""
    cuts = [lo - 1] + [m.start() for m in _SEP_RE.finditer(t, lo, hi)] + [hi]
    for a, b in zip(cuts, cuts[1:]):
        seg = t[a + 1 : b]  # past the separator (or from lo)
        a += 1
        stripped = seg.strip(" \t\n.!?")
        if stripped and any(c.isalnum() for c in stripped):
            s = a + seg.find(stripped)
            yield s, s + len(stripped)


def _subject_head(words: list[str]) -> Optional[str]:
    """The head of ``words`` read as a tag's subject ("a spokesperson for
    Velvo", "fruit and vegetable trader Colin Pryce", "she"), or None."""
    if not words or len(words) > 7:
        return None
    lw = [w.lower() for w in words]
    if len(words) == 1 and lw[0] in _PRONOUNS:
        return lw[0]
    if lw[0] in _PRONOUNS or lw[0] == "and" or any(w in _CLAUSE_WORDS for w in lw):
        return None
    after_prep = False
    for i, (w, low) in enumerate(zip(words, lw)):
        if low in _DETERMINERS and i > 0 and not after_prep:
            return None  # "a claim the opposition": a noun and a clause
        if low in _NAME_PREPOSITIONS:
            if i == 0 or i == len(words) - 1:
                return None
            after_prep = True
            continue
        if after_prep and low not in _DETERMINERS and not w[:1].isupper() and lw[i - 1] in _NAME_PREPOSITIONS:
            return None  # "a rise of prices": no speaker; "a spokeswoman for the force" is one
        if low in SPEECH_VERB_SET:
            return None
    # "a spokesperson for Velvo": the head comes before the preposition
    before = next((lw[:i] for i, w in enumerate(lw) if w in _NAME_PREPOSITIONS), lw)
    return before[-1]


def _tag_verb(w: str) -> bool:
    """Whether ``w`` (lowercase) is a speech verb as a tag uses it."""
    return w in SPEECH_VERB_SET and (not w.endswith("s") or w in _PRESENT_TAG_VERBS)


def _plain_tail(verb: str, lw: list[str], cased: list[str]) -> bool:
    """Whether the words after a tag's verb are what a bare tag carries: an
    object of a verb that takes one, then a time or a place."""
    if not lw:
        return True
    if len(lw) > 6 or finite_verb_groups(lw, cased, 0):
        return False
    if verb in _OBJECT_VERBS and lw[0] not in _TAIL_OPENERS:
        return True  # "told the Post", "told a press conference"
    return lw[0] in _TAIL_OPENERS


def _classify(t: str, start: int, end: int, first: bool) -> _Piece:
    """The class of the unquoted piece ``t[start:end]``."""
    words = _WORD_RE.findall(t[start:end])
    lw = [w.lower() for w in words]
    if not lw:
        return _Piece(start, end, "aside")
    if first and lw[:2] == ["according", "to"] and len(lw) > 2:
        # "According to the union, ..., the union said.": the source opens the sentence
        return _Piece(start, end, "open", "according", lw[-1])
    # inverted: "said product chief Wen Jiali"
    if _tag_verb(lw[0]) and len(lw) > 1 and lw[0] not in _OBJECT_VERBS:
        head = _subject_head(words[1:])
        if head is not None and head not in _PRONOUNS and (words[-1][:1].isupper() or lw[1] in _DETERMINERS):
            return _Piece(start, end, "bare", lw[0], head)
        if len(lw) >= 4:
            return _Piece(start, end, "cont", lw[0])  # "said the change had been planned"
    for k in range(1, min(len(lw), 8)):
        if _tag_verb(lw[k]):
            head = _subject_head(words[:k])
            if head is None:
                break
            tail, cased = lw[k + 1:], words[k + 1:]
            if _plain_tail(lw[k], tail, cased):
                return _Piece(start, end, "bare", lw[k], head)
            if tail[:1] in (["it"], ["them"], ["him"], ["this"]) and tail[1:2] and tail[1] in _TAIL_OPENERS:
                break  # "He wrote it in the winter of 1974": an object and an adverbial, no reported clause
            if "that" in tail[:3] or finite_verb_groups(tail, cased, 0):
                # reported speech: "said the bank was ..."; not "added 254,000 jobs"
                return _Piece(start, end, "open", lw[k], head)
            break
    if first and words[-1][:1].isupper() and _subject_head(words) is not None:
        return _Piece(start, end, "subject")  # "Head coach Donna Reeves, ..."
    lower, cased = words_of(t[start:end])
    return _Piece(start, end, "aside" if finite_verb_groups(lower, cased, 0) == 0 else "other")


def _doubled(pieces: list[_Piece]) -> Optional[tuple[_Piece, _Piece]]:
    """Two tags of one statement: (the tag kept, the tag to drop)."""
    last: Optional[_Piece] = None
    subject_first = bool(pieces) and pieces[0].kind in ("aside", "subject")
    end = -1
    for p in pieces:
        if p.kind == "quote" and last is not None and last.kind == "open" and p.start - end <= 1:
            continue  # the quote goes on with the reported speech: 'X told the court the men had "gambled"'
        end = p.end
        if p.kind == "quote" or (p.kind == "other" and (last is None or last.kind != "open")):
            last = None  # (reported speech goes on to the sentence's end: "X said ..., as ..., he said.")
            continue
        if p.kind == "other":
            continue
        if p.kind in ("aside", "subject"):
            continue
        if last is not None:
            if p.kind == "bare" and (p.verb not in _SOURCE_VERBS or p.head == last.head):
                return last, p
            if p.kind == "cont" and last.kind == "bare" and subject_first:
                return p, last  # "Reeves, the coach said, said ...": the inner tag is the extra one
        last = p if p.kind in ("bare", "open") else None
    return None


def tags_in_clauses(sentences: Iterable[Sentence], text: str) -> list[Hit]:
    """The sentences of ``sentences`` that tag one statement twice."""
    hits: list[Hit] = []
    for sent in sentences:
        t = sent.text.rstrip()
        if "," not in t:
            continue
        pair = _doubled(_pieces(t))
        if pair is None:
            continue
        _, extra = pair
        start, end = sent.start + extra.start, sent.start + extra.end
        tag = text[start:end]
        comma = text.rfind(",", sent.start, start)
        fix = None
        if comma >= 0 and not text[comma + 1 : start].strip():
            fix = Fix((Edit(comma, end, ""),), safe=False, description=f"remove '{tag}'")
        hits.append(Hit("MT005", start, end, f"a second speech tag for the same words: '{tag}'", 0.85, fix))
    return hits
