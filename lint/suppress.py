"""Inline suppression directives in the article itself.

``<!-- sourcelint: disable=DUP001,MT -->`` turns codes (or prefixes, or
family names) off until ``<!-- sourcelint: enable -->`` (or
``enable=DUP001``); ``<!-- sourcelint: disable -->`` with no list turns off
everything; ``<!-- sourcelint: disable-file -->`` anywhere silences the whole
file. HTML comments are used in plain-text files too, so one syntax works for
``.txt`` and ``.md`` alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .config import matches
from .finding import Finding

__all__ = ["Suppressions", "parse_suppressions"]

# The argument runs straight to "-->" (its blanks are stripped in code): a
# blank allowed both inside the argument and before "-->" made a long run of
# blanks without a closing "-->" backtrack cubically (an article with
# "<!-- sourcelint: disable=" and 10,000 spaces took minutes).
_DIRECTIVE_RE = re.compile(
    r"<!--[ \t]*sourcelint:[ \t]*(disable-file|disable|enable)(?:[ \t]*=([A-Za-z0-9_, \t]*)-->|[ \t]*-->)"
)


@dataclass(frozen=True)
class _Region:
    start: int
    end: int
    selectors: tuple[str, ...] | None  # None: everything


@dataclass(frozen=True)
class Suppressions:
    """The suppressed regions of one document."""

    whole_file: bool
    regions: tuple[_Region, ...]

    def suppresses(self, finding: Finding) -> bool:
        """Whether ``finding`` falls in a region that disables its code."""
        if self.whole_file:
            return True
        for r in self.regions:
            if r.start <= finding.start < r.end:
                if r.selectors is None or matches(r.selectors, finding.code, finding.family):
                    return True
        return False

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that are not suppressed."""
        return [f for f in findings if not self.suppresses(f)]


def parse_suppressions(text: str) -> Suppressions:
    """Read every directive in ``text``."""
    if "sourcelint:" not in text:
        return Suppressions(False, ())
    regions: list[_Region] = []
    open_: dict[tuple[str, ...] | None, int] = {}
    for m in _DIRECTIVE_RE.finditer(text):
        kind, arg = m.group(1), m.group(2)
        sels = tuple(s.strip() for s in arg.split(",") if s.strip()) if arg else None
        if kind == "disable-file":
            return Suppressions(True, ())
        if kind == "disable":
            open_.setdefault(sels or None, m.end())
        else:
            for key in list(open_):
                if sels is None or key is None or set(key) & set(sels):
                    regions.append(_Region(open_.pop(key), m.start(), key))
    for key, start in open_.items():
        regions.append(_Region(start, len(text), key))
    return Suppressions(False, tuple(regions))
