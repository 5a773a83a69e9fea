"""``--format html``: one self-contained report for editors, for one article or thousands.

The page opens with an overview (verdict counts, a score histogram and the
points each family cost, drawn as inline SVG), filters (verdict, family,
rule, source, text search) and a sortable index whose order and filters
drive the list of articles below it. Articles come worst first; clean ones
are one collapsed line. Each article's text, with every finding highlighted
by severity, and its findings grouped by rule (the same words as the text
output) are markup for the first articles (:mod:`.html_article`); the others
ride as data in the page's JSON block and the script builds their elements
when they are opened, so a report of thousands of articles stays a light
page.

Article text and metadata are untrusted. All markup is built here in Python
with :func:`html.escape` on every piece of input; the script never builds
markup from strings (no ``innerHTML``): it creates elements and text nodes,
toggles classes, moves rows and scrolls; the machine-readable summary sits in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped; and a Content-Security-Policy allows only the report's own script
(by hash) and no network at all, so even a mistake in escaping could not run
an article's script.
"""

from __future__ import annotations

import base64
import gzip
import json
from typing import Any, Sequence

from .. import __version__
from ..linter import Report
from . import Reporter, Summary
from .html_assets import CSS, JS, csp
from .html_article import MAX_TEXT_CHARS, body_html, body_model, highlight_segments
from .html_overview import esc as _e
from .html_sources import sources_section
from .html_overview import filters, index_table, overview
from .html_findings import rule_docs
from .present import VERDICT_TEXT, costs_text, display_name

__all__ = ["HtmlReporter", "highlight_segments", "json_for_script", "render_page", "article_order",
           "MAX_TEXT_CHARS", "OPEN_AT_LOAD"]

#: How many articles with findings are open (rendered) when the page loads.
OPEN_AT_LOAD = 10


def json_for_script(data: Any) -> str:
    """JSON safe to embed in ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left raw."""
    text = json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _packed(data: dict[str, Any]) -> str:
    """``data`` as gzip-compressed JSON in base64 ('' if empty): the bulk of a big page, a third of its size."""
    if not data:
        return ""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")


def article_order(docs: Sequence[Report]) -> list[int]:
    """Worst first: unreadable inputs, then by score ascending, ties in input order."""
    return sorted(range(len(docs)), key=lambda n: (-1.0 if docs[n].score is None else docs[n].score, n))


def _article(n: int, r: Report, open_: bool, rules: dict[str, list[str]]) -> str:
    """One article: a summary line, and its body (markup if open, else built on demand)."""
    name = display_name(r)
    if r.status != "ok":
        line = f'<span class="verdict error">error</span> {_e(r.error or "")}'
        clean = ""
    else:
        verdict = r.verdict or ""
        costs = costs_text(r)
        line = (f'score <b>{_e(f"{r.score:g}")}</b> <span class="verdict {_e(verdict)}" '
                f'title="{_e(VERDICT_TEXT.get(verdict, verdict))}">{_e(verdict.upper())}</span> '
                f"({r.words:,} words)" + (f" · points lost: {_e(costs)}" if costs else "")
                + f" · {len(r.findings)} finding(s)")
        clean = "" if r.findings else " clean"
    head = (f'<details class="article{clean}" id="doc-{n}" data-n="{n}"{" open" if open_ else ""}>'
            f"<summary><h2>{_e(name)}</h2> {line}</summary>")
    # Open articles are markup already (readable without the script); the
    # others are built from the page's data when opened.
    if open_:
        return head + f'<div class="body" data-done="1">{body_html(n, body_model(n, r), rules)}</div></details>'
    return head + '<div class="body"></div></details>'


def _totals(summary: Summary) -> str:
    """The same totals line as the text output."""
    verdicts = ", ".join(f"{k} {v}" for v, k in sorted(summary.verdicts.items())) or "none scored"
    errors = f", {summary.errors} unreadable" if summary.errors else ""
    mean = f"; mean score {summary.mean_score:g}" if summary.mean_score is not None else ""
    return f"{summary.documents} document(s){errors}: {verdicts}; {summary.findings} finding(s){mean}"


_LEGEND = (
    '<div class="legend"><span><i style="background:#ffc9c9;border-bottom:3px solid #c92a2a"></i>error</span>'
    '<span><i style="background:#ffe08a;border-bottom:3px solid #e8890c"></i>warning</span>'
    '<span><i style="background:#c5e3ff;border-bottom:3px solid #1864ab"></i>info</span>'
    '<span><i style="background:rgba(255,201,201,.4)"></i>a long span (a repeated block)</span>'
    '<span><i style="border-bottom:2px dotted #495057"></i>the text a finding refers to (the person meant)</span>'
    '<span><i style="background:rgba(73,80,87,.15)"></i>the first copy of a repeated block</span>'
    "<span>keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous</span></div>"
)


def render_page(docs: Sequence[Report], summary: Summary, title: str = "sourcelint report",
                open_at_load: int = OPEN_AT_LOAD) -> str:
    """The whole report page for ``docs``; the worst ``open_at_load`` articles with findings are open."""
    order = article_order(docs)
    opened = set([n for n in order if docs[n].findings or docs[n].status != "ok"][:open_at_load])
    rules = rule_docs(docs)
    data = {
        "generator": f"sourcelint {__version__}",
        "summary": summary.to_dict(),
        "documents": [
            {"id": r.id, "path": r.path, "score": r.score, "verdict": r.verdict, "status": r.status}
            for r in docs
        ],
        "rules": rules,
        # The articles not open at load, for the script to build when they are opened.
        "bodies_gz": _packed({str(n): body_model(n, r) for n, r in enumerate(docs) if n not in opened}),
    }
    out = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="sourcelint {_e(__version__)}">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>{_e(title)}</h1><div>{_e(_totals(summary))}</div>'
        '<p class="muted">Score out of 100: 80 or more <b>pass</b>, 50 or more <b>review</b>, below <b>reject</b>. '
        "Articles are listed worst first; open one to see its text with the problems highlighted and "
        f"explained. Sort and filter the table to choose what is listed.</p>{_LEGEND}</header><main>",
        overview(docs),
        sources_section(summary.sources, docs),
        filters(docs),
        index_table(docs, order),
        '<div id="articles">',
        "".join(_article(n, docs[n], n in opened, rules) for n in order),
        f'</div></main><script type="application/json" id="sourcelint-data">{json_for_script(data)}</script>',
        f"<script>{JS}</script></body></html>\n",
    ]
    return "".join(out)


class HtmlReporter(Reporter):
    """Buffers the reports and writes one HTML page at the end."""

    buffered = True

    def start(self) -> None:
        self._docs: list[Report] = []

    def report(self, report: Report) -> None:
        self._docs.append(report)

    def finish(self, summary: Summary) -> None:
        self.stream.write(render_page(self._docs, summary))
