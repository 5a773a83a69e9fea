"""Inline suppression directives in the article itself.

``<!-- sourcelint: disable=DUP001,MT -->`` turns codes (or prefixes, or
family names) off until ``<!-- sourcelint: enable -->`` (everything back on)
or ``enable=MT`` (only what it names back on: DUP001 stays off);
``<!-- sourcelint: disable -->`` with no list turns off everything;
``<!-- sourcelint: disable-file -->`` anywhere silences the whole file. HTML
comments are used in plain-text files too, so one syntax works for ``.txt``
and ``.md`` alike. Internal errors (SL001) are never suppressed: they say the
report itself is incomplete.
"""

from __future__ import annotations

import bisect
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
    r"<!--[ \t]*sourcelint:[ \t]*(disable-file|disable|enable)(?:[ \t]*=([A-Za-z0-9_, \t-]*?)-->|[ \t]*-->)"
)


@dataclass(frozen=True)
class _Region:
    start: int
    end: int
    selectors: tuple[str, ...] | None  # None: everything
    #: Selectors turned back on inside the region ("disable=MT" then "enable=MT004").
    excluded: tuple[str, ...] = ()

    def applies(self, code: str, family: str, name: str = "") -> bool:
        """Whether this region silences rule ``code`` of ``family``."""
        if self.selectors is not None and not matches(self.selectors, code, family, name):
            return False
        return not (self.excluded and matches(self.excluded, code, family, name))


@dataclass(frozen=True)
class Suppressions:
    """The suppressed regions of one document."""

    whole_file: bool
    regions: tuple[_Region, ...]

    def suppresses(self, finding: Finding) -> bool:
        """Whether ``finding`` falls in a region that disables its code."""
        if self.whole_file:
            return True
        if finding.family == "internal":
            return False
        return any(r.start <= finding.start < r.end and r.applies(finding.code, finding.family, finding.rule)
                   for r in self.regions)

    def silences(self, finding: Finding) -> bool:
        """:meth:`suppresses`, by bisection in the regions that silence the
        finding's code, merged once per code (for findings one at a time)."""
        if self.whole_file:
            return finding.family != "internal"
        if not self.regions or finding.family == "internal":
            return False
        covers = self.__dict__.setdefault("_covers", {})  # a cache, not a field of the frozen dataclass
        key = (finding.code, finding.family, finding.rule)
        cover = covers.get(key)
        if cover is None:
            cover = covers[key] = _union((r.start, r.end) for r in self.regions if r.applies(*key))
        starts, ends = cover
        i = bisect.bisect_right(starts, finding.start) - 1
        return i >= 0 and finding.start < ends[i]

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that are not suppressed.

        Per rule code, the regions that silence it are merged once into
        sorted disjoint intervals and each finding is looked up by bisection:
        checking every region for every finding was quadratic (an article
        with 16,000 directive pairs took 18 s).
        """
        findings = list(findings)
        if self.whole_file:
            return [f for f in findings if f.family == "internal"]
        if not self.regions:
            return findings
        covers: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        kept = []
        for f in findings:
            if f.family == "internal":
                kept.append(f)
                continue
            key = (f.code, f.family)
            cover = covers.get(key)
            if cover is None:
                cover = covers[key] = _union(
                    (r.start, r.end) for r in self.regions if r.applies(f.code, f.family, f.rule)
                )
            starts, ends = cover
            i = bisect.bisect_right(starts, f.start) - 1
            if not (i >= 0 and f.start < ends[i]):
                kept.append(f)
        return kept


def _union(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted disjoint ``(starts, ends)`` covering the half-open ``spans``."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(sp for sp in spans if sp[0] < sp[1]):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


#: What a text without directives (nearly every one) parses to; frozen, so shared.
_NONE = Suppressions(False, ())


def parse_suppressions(text: str) -> Suppressions:
    """Read every directive in ``text``."""
    if "sourcelint:" not in text:
        return _NONE
    regions: list[_Region] = []
    # (selectors or None for everything, excluded) -> where that region opened
    open_: dict[tuple[tuple[str, ...] | None, tuple[str, ...]], int] = {}
    for m in _DIRECTIVE_RE.finditer(text):
        kind, arg = m.group(1), m.group(2)
        sels = tuple(s.strip() for s in arg.split(",") if s.strip()) if arg else None
        if kind == "disable-file":
            return Suppressions(True, ())
        if kind == "disable":
            open_.setdefault((sels or None, ()), m.end())
            continue
        for key in list(open_):
            selectors, excluded = key
            if sels is not None and selectors is not None and not set(selectors) & set(sels) \
                    and not any(matches(selectors, s.upper(), s.lower()) for s in sels):
                continue  # "enable=MT" leaves a "disable=DUP001" region alone
            regions.append(_Region(open_.pop(key), m.start(), selectors, excluded))
            if sels is None:
                continue  # a bare "enable" turns everything back on
            # Only what "enable=" names comes back on: the rest of the list
            # stays off, and a narrower code ("MT004" inside "MT") is excluded.
            rest = None if selectors is None else tuple(s for s in selectors if s not in sels)
            if rest == ():
                continue
            more = tuple(s for s in sels if selectors is None or s not in selectors)
            open_.setdefault((rest, tuple(sorted(set(excluded) | set(more)))), m.end())
    for (selectors, excluded), start in open_.items():
        regions.append(_Region(start, len(text), selectors, excluded))
    regions.sort(key=lambda r: (r.start, r.end))
    return Suppressions(False, tuple(regions))
