"""Which finding stands when two rules report one artefact.

A rule that reports an artefact more precisely than another declares it in
``supersedes`` (MT006 reports a translation notice that BLP004 would also
call an aggregator notice). The linter applies the declarations here, once,
after selection and suppression: a finding is dropped only for a finding
that was actually reported, so switching a rule off never silences another.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import AbstractSet, Mapping, Sequence

from .finding import Finding

__all__ = ["apply_precedence"]


def apply_precedence(findings: list[Finding], supersedes: Mapping[str, Sequence[str]],
                     whole: AbstractSet[str] = frozenset()) -> list[Finding]:
    """``findings`` without those whose span meets a superseding finding's span.

    Spans meet when they overlap; an empty span meets a span that contains
    its position. A finding of a code in ``whole`` (a document-level rule)
    stands for the whole text, so it meets every span.
    """
    winners: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        span = (-1, 1 << 62) if f.code in whole else (f.start, f.end)
        for loser in supersedes.get(f.code, ()):
            winners.setdefault(loser, []).append(span)
    if not winners:
        return findings
    index = {code: _SpanIndex(spans) for code, spans in winners.items()}
    return [f for f in findings if f.code not in index or not index[f.code].meets(f.start, f.end)]


class _SpanIndex:
    """Sorted spans with the running maximum of their ends: a query is a bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []
        top = -1
        for s, e in spans:
            top = max(top, e, s + 1)  # an empty span reaches its own position
            self.reach.append(top)

    def meets(self, start: int, end: int) -> bool:
        """Whether [start, end) (an empty span: its position) meets any span."""
        n = bisect_left(self.starts, max(end, start + 1))
        return n > 0 and self.reach[n - 1] > start
