"""Couples and siblings named together ("Mr and Mrs Smith", "John and Mary
Smith"): their shared surname names either of them."""

from __future__ import annotations

import re
from typing import Iterable

from .words import fold

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
