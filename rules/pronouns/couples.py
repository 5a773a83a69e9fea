"""Couples, siblings and relatives who share a surname ("Mr and Mrs Smith",
"John and Mary Smith", "Jan du Toit ... his mother, Anna du Toit"): their
shared surname names either of them."""

from __future__ import annotations

import re
from typing import Iterable

from sourcelint.document import Document

from .model import Entity, Mention, PronounAnalysis
from .words import LOWER_WORD_RE, NAME_PARTICLES, fold, person_words

_HONORIFIC_PAIR = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?"
_COUPLE_RE = re.compile(
    rf"\b{_HONORIFIC_PAIR}\s+(?:and|&)\s+{_HONORIFIC_PAIR}\s+([A-Z][\w’'-]+)"
    r"|\b([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][\w’'-]+)"
)


# Every match of _COUPLE_RE starts where this one does ("Mr and", "John &"),
# and no uppercase letter but its first lies inside a match of this one, so
# trying _COUPLE_RE only at its starts finds exactly what finditer does (the
# scan for a capital is far cheaper than trying the pattern everywhere).
_COUPLE_START_RE = re.compile(r"[A-Z][a-z]+\.?\s+(?:and|&)\s")


def _couple_matches(text: str) -> Iterable[re.Match]:
    """The matches of ``_COUPLE_RE.finditer(text)``, found faster."""
    last = 0
    match = _COUPLE_RE.match
    for s in _COUPLE_START_RE.finditer(text):
        i = s.start()
        if i >= last:
            m = match(text, i)
            if m:
                last = m.end()
                yield m


def couple_surnames(text: str, names: dict, org: frozenset[str], notname: frozenset[str]) -> frozenset[str]:
    """Surnames of couples and siblings named together: "Mr and Mrs Smith",
    "Ms and Mr Okafor", "John and Mary Smith"."""
    out = set()
    for m in _couple_matches(text):
        if m.group(1):
            sur = m.group(1)
        elif fold(m.group(2).lower()) in names and fold(m.group(3).lower()) in names:
            sur = m.group(4)
        else:
            continue
        low = sur.lower().removesuffix("'s").removesuffix("’s")
        if low not in org and low not in notname:
            out.add(low)
    return frozenset(out)


def surname_names_another(an: PronounAnalysis, entity: int, mention: Mention, gender: str) -> bool:
    """Whether ``mention`` of ``entity`` is a surname alone that a person
    named with it before, of ``gender`` or of no known gender, shares: news
    calls the first person named so by the bare surname and a relative named
    after by the full name ("Jan du Toit ... his mother, Anna du Toit ...
    Du Toit plans ... His son" is Jan's), so a pronoun of ``gender`` found
    through it may mean that person."""
    e = an.canonical(entity)
    words = [w.lower() for w in mention.text.split() if w.lower() not in NAME_PARTICLES]
    if mention.kind != "name" or not e.shared_surname or len(words) != 1 or words[0] not in e.keys:
        return False
    named = _first_named(e)
    return any(x.id != e.id and x.alias is None and x.kind != "anon" and words[0] in x.keys and _first_named(x) < named
               and _known_gender(x) in (gender, None) for x in an.entities)


def _first_named(e: Entity) -> int:
    """Where a person is first named."""
    return min((m.start for m in e.mentions if m.kind == "name"), default=1 << 62)


def _known_gender(e: Entity) -> str | None:
    """A person's gender from a title, a name or a noun, else from the pronouns attached to them."""
    g = e.static_gender()
    if g is None and e.votes["m"] != e.votes["f"]:
        g = "m" if e.votes["m"] > e.votes["f"] else "f"
    return g



def kin_after(doc: Document, end: int, gender: str) -> bool:
    """Whether a kin noun of ``gender`` follows a possessive ending at ``end``
    ("Her father"): that relative is the other person, the possessor someone else."""
    m = LOWER_WORD_RE.match(doc.text[end + 1:end + 40].lower())
    if m is None or doc.text[end:end + 1] != " ":
        return False
    words = person_words()
    word = m.group()
    # (a plural too: "her sons, Dermot and Brian")
    g, kinds = words.get(word) or words.get(word[:-1] if word.endswith("s") else word, ("", frozenset()))
    return g == gender and "kin" in kinds
