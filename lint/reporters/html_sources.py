"""The HTML report's sources section: each source's figures as a table and a
chart of the share of its articles rejected (with the interval), and links
to its articles in the page. The same figures as ``sourcelint sources``."""

from __future__ import annotations

from html import escape
from typing import Any, Sequence

from ..linter import Report
from ..sources import SourceScore

__all__ = ["sources_section"]

#: Articles linked per source; the rest are counted.
LINKS_PER_SOURCE = 12


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def sources_section(run_sources: Any, docs: Sequence[Report]) -> str:
    """The section, or "" when the run knows fewer than two sources."""
    if run_sources is None or len(run_sources) < 2:
        return ""
    scores: list[SourceScore] = run_sources.scores()
    by_source: dict[str, list[int]] = {}
    for n, r in enumerate(docs):
        if r.source is not None:
            by_source.setdefault(r.source, []).append(n)
    return ('<section class="sources" id="sources"><h2>Sources</h2>'
            '<p class="muted">Share of each source\'s articles rejected, with its interval '
            f"({_e(f'{run_sources.settings.confidence:.0%}')} confidence): a source needs many clean articles "
            "to rank first.</p>" + _chart(scores) + _table(scores, docs, by_source) + "</section>")


def _chart(scores: list[SourceScore]) -> str:
    """Horizontal bars of the rejected share, whiskers for its interval."""
    width, row, label = 560, 22, 170
    scale = width - label - 20
    parts = [f'<svg class="chart" role="img" aria-label="share of articles rejected per source" '
             f'viewBox="0 0 {width} {row * len(scores) + 10}" width="100%">']
    for i, s in enumerate(scores):
        y = 5 + i * row
        lo, hi = s.rejected_interval
        parts.append(f'<text x="{label - 6}" y="{y + 14}" text-anchor="end">{_e(s.source[:28])}</text>'
                     f'<rect x="{label}" y="{y + 4}" width="{scale * s.rejected_share:.1f}" height="12" '
                     f'class="bar {_e(s.verdict.replace(" ", "-"))}"></rect>'
                     f'<line x1="{label + scale * lo:.1f}" x2="{label + scale * hi:.1f}" y1="{y + 10}" '
                     f'y2="{y + 10}" class="whisker"></line>')
    parts.append("</svg>")
    return "".join(parts)


def _table(scores: list[SourceScore], docs: Sequence[Report], by_source: dict[str, list[int]]) -> str:
    head = ("<table class=\"sources-table\"><thead><tr><th>source</th><th>articles</th><th>rejected</th>"
            "<th>flagged</th><th>mean score</th><th>costliest</th><th>verdict</th><th>articles in this report</th>"
            "</tr></thead><tbody>")
    rows = []
    for s in scores:
        lo, hi = s.rejected_interval
        costliest = ", ".join(f"{fam} -{p:g}" for fam, p in s.families[:3])
        rows.append(
            f"<tr><td>{_e(s.source)}</td><td>{s.articles}</td>"
            f"<td>{_pct(s.rejected_share)} [{_pct(lo)}–{_pct(hi)}]</td><td>{_pct(s.flagged_share)}</td>"
            f"<td>{_e(f'{s.mean_score:g}')}</td><td>{_e(costliest)}</td><td>{_e(s.verdict)}</td>"
            f"<td>{_links(by_source.get(s.source, []), docs)}</td></tr>")
    return head + "".join(rows) + "</tbody></table>"


def _links(numbers: list[int], docs: Sequence[Report]) -> str:
    """Links to the source's articles in the page (their ``doc-N`` anchors)."""
    shown = [f'<a href="#doc-{n}">{_e(docs[n].id)}</a>' for n in numbers[:LINKS_PER_SOURCE]]
    more = len(numbers) - LINKS_PER_SOURCE
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")
