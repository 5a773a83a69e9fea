"""The implicit topic of a profile or obituary: whom a paragraph's opening
subject pronoun means.

A profile names its subject far more often than anyone else, and opens
paragraphs with "She" without naming her again. A subject pronoun before
anyone is named in its paragraph, when nobody who could take it was named
in the two sentences before, means that main person; when the main
person's gender is settled the other way (and the resolver agrees the
pronoun's gender is improbable), the pronoun is a flip.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Iterable

from sourcelint.document import Document

from ..tokens import token_lowers
from .model import Entity, PronounAnalysis
from .resolver import Resolution
from .words import POSSESSIVE, person_words

#: How many times more often the main person is named than anyone else.
DOMINANCE = 2.0

#: Sentences back in which someone who could take the pronoun keeps it from the main person.
TOPIC_REACH = 2

#: The resolver's probability of the pronoun's gender must be under this too.
MOST_PROBABLE = 0.5


def topic_flips(doc: Document, an: PronounAnalysis, resolved: Iterable[Resolution],
                skip: set[int]) -> Iterable[tuple[Resolution, Entity]]:
    """Paragraph-opening subject pronouns (not at an offset in ``skip``) of
    the other gender than the article's main person, with that person."""
    main = _main_person(an)
    if main is None:
        return
    gender = _settled(an, main)
    if gender is None:
        return
    for r in resolved:
        p = r.pron
        if (p.start in skip or p.quote >= 0 or p.form != "subj" or p.gender == gender
                or r.p_observed() >= MOST_PROBABLE or _after_quote(doc, p.start)):
            continue
        if _named_before_in_paragraph(doc, an, p.sent, p.start) or _takers_before(doc, an, p.sent, p.gender, p.start):
            continue
        yield r, main


def _main_person(an: PronounAnalysis) -> Entity | None:
    """The person named (by name or role) at least three times and
    :data:`DOMINANCE` times as often as anyone else."""
    counts: Counter[int] = Counter()
    for ms in an.sent_mentions:
        for m in ms:
            if m.kind in ("name", "role") and m.entity >= 0:
                counts[an.canonical(m.entity).id] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]):
        return None
    e = an.entities[ranked[0][0]]
    return e if e.kind == "person" else None


def _settled(an: PronounAnalysis, e: Entity) -> str | None:
    """The gender of ``e`` when its evidence is outside quotes and two
    pronouns attached to it agree."""
    g = e.static_gender()
    if g is None or an.spoken_only(e.evidence):
        return None
    return g if e.votes[g] >= 2 else None  # (a profile uses its subject's pronouns)


def _after_quote(doc: Document, start: int) -> bool:
    """A speech tag right after a quote ("…,” he said"): the speaker's, not the topic's."""
    return doc.text[max(0, start - 4) : start].strip()[-1:] in ("\"", "”", "’")


def _named_before_in_paragraph(doc: Document, an: PronounAnalysis, sent: int, start: int) -> bool:
    """Whether anyone is mentioned outside quotes earlier in the pronoun's paragraph."""
    para = doc.sentences[sent].paragraph
    s = sent
    while s >= 0 and doc.sentences[s].paragraph == para:
        if any(m.kind != "pron" and not m.in_quote and m.start < start for m in an.sent_mentions[s]):
            return True
        s -= 1
    return False


_WHO = frozenset(("who", "who's", "who’s"))


def _takers_before(doc: Document, an: PronounAnalysis, sent: int, gender: str, start: int) -> bool:
    """Whether someone who could take a pronoun of ``gender`` (of that gender
    or of unknown gender, named or not, or a pronoun of that gender outside
    quotes, also earlier in the sentence up to ``start``: someone the story
    follows) is in the :data:`TOPIC_REACH` sentences before sentence
    ``sent``, or the sentence before ends a quote
    (its unnamed speaker may be meant)."""
    if sent > 0 and _after_quote(doc, doc.sentences[sent - 1].end):
        return True
    words, starts = person_words(), doc.token_starts
    lo = bisect_left(starts, doc.sentences[max(0, sent - TOPIC_REACH)].start)
    lows = token_lowers(doc)[lo : bisect_left(starts, start)]
    if any(words.get(w[:-2] if w[-2:] in POSSESSIVE else w, ("",))[0] == gender for w in lows):
        return True  # "Grandad's patch is green and brown, / ... / He has a shed": a person noun of that gender
    if any(w in _WHO for w in lows[1:]):
        return True  # "There's a character who's six foot four.": a relative "who" makes its noun a person
    for s in range(max(0, sent - TOPIC_REACH), sent):
        for m in an.sent_mentions[s]:
            if m.kind == "place" or m.entity < 0:
                continue
            e = an.canonical(m.entity)
            if e.kind != "weak" and e.static_gender() in (None, gender):
                return True
    starts = [p.start for p in an.pronouns if p.gender == gender and p.quote < 0]
    lo = doc.sentences[max(0, sent - TOPIC_REACH)].start
    return any(lo <= x < start for x in starts)
