"""Pronouns whose gender fits nobody in the article.

When every person the article gives gender evidence for is of one gender,
no person noun of the other gender occurs anywhere ("mother", "actress",
"Ms"), and nobody of unknown gender is within reach, a pronoun of the other
gender has no one to refer to: in an article that went through machine
translation it is a flipped pronoun of someone the article names. The
resolver's vetoes (someone of unknown gender, or of the pronoun's gender,
nearby) do not apply, because there is no such someone; the pronoun is
blamed on its most probable referent.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from sourcelint.document import Document

from .model import PronounAnalysis
from .resolver import Candidate, Resolution

#: Pronouns of the lone gender (outside quotes) above which the article
#: probably has a person of that gender the analysis did not recognise.
MOST_LONE = 5

#: Sentences back in which a person of unknown gender may be the referent.
UNKNOWN_REACH = 2


def lone_gender_pronouns(doc: Document, an: PronounAnalysis, resolved: Iterable[Resolution],
                         nouns: dict[str, list[int]], skip: set[int]) -> Iterable[tuple[Resolution, Candidate]]:
    """The pronouns (outside quotes, not at an offset in ``skip``) whose gender
    fits nobody in the article, each with the candidate it is blamed on.
    ``nouns``: the offsets of the person nouns of each gender."""
    resolved = [r for r in resolved if r.pron.quote < 0]
    for g in ("m", "f"):
        mine = [r for r in resolved if r.pron.gender == g]
        others = len(resolved) - len(mine)
        if not mine or len(mine) > MOST_LONE or len(mine) >= others or nouns[g] or not _nobody_is(an, g):
            continue
        tags = {t.start for t in an.tags if t.quote_tag}
        for r in mine:
            if r.pron.start in skip or _unknown_within_reach(doc, an, r, r.pron.start in tags):
                continue
            c = _most_probable_other(r)
            if c is not None:
                yield r, c


def _nobody_is(an: PronounAnalysis, g: str) -> bool:
    """Whether no person in the article is (or may be, for lack of evidence
    against it) of gender ``g``: a named person counts when its evidence is
    ``g``, or when it has none and not all its attached pronouns are of the
    other gender."""
    for e in an.entities:
        if e.alias is not None:
            continue
        static = e.static_gender()
        if static == g:
            return False
        if e.kind == "person" and static is None and (e.votes[g] or not e.votes[_other(g)]):
            return False
    return True


def _unknown_within_reach(doc: Document, an: PronounAnalysis, r: Resolution, tag: bool) -> bool:
    """Whether someone of unknown gender (an unnamed "minister", a name-like
    run) is mentioned outside quotes in the pronoun's sentence, before it, or
    in the :data:`UNKNOWN_REACH` sentences before. For the tag of a quote
    ('..." she said') the reach counts from the quote's first sentence: the
    speaker is named before the quote, however long it is."""
    s0 = r.pron.sent
    first = s0
    if tag:
        k = bisect_right(an.quotes, (r.pron.start, 0)) - 1
        opening = doc.sentence_at(an.quotes[k][0]) if k >= 0 else None
        first = opening.index if opening is not None else s0
    for s in range(max(0, first - UNKNOWN_REACH), s0 + 1):
        for m in an.sent_mentions[s]:
            if m.kind == "pron" or m.entity < 0 or m.in_quote or (s == s0 and m.start > r.pron.start):
                continue
            e = an.canonical(m.entity)
            if e.static_gender() is None and m.kind != "place":
                return True
    return False


def _most_probable_other(r: Resolution) -> Candidate | None:
    """The person candidate of the other gender the resolver finds most probable."""
    best: tuple[float, Candidate] | None = None
    for p, c in zip(r.probs, r.cands):
        if c.kind not in ("person", "weak") or c.entity < 0:
            continue
        other = c.female if r.pron.gender == "m" else 1.0 - c.female
        if other < 0.7:
            continue
        if best is None or p > best[0]:
            best = (p, c)
    return best[1] if best is not None else None


def _other(g: str) -> str:
    return "f" if g == "m" else "m"
