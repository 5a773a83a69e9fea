"""``--format html``: one self-contained report for editors, for one article or thousands.

The page opens with an overview (verdict counts, a score histogram and the
points each family cost, drawn as inline SVG), filters (verdict, family,
rule, source, text search) and a sortable index whose order and filters
drive the list of articles below it. Articles come worst first; clean ones
are one collapsed line. Each article's text, with every finding highlighted
by severity, and its findings grouped by rule (the same words as the text
output) are rendered in Python into an inert ``<template>`` that the script
clones into the page when the article is opened, so a report of thousands
of articles stays a light page.

Article text and metadata are untrusted. All markup is built here in Python
with :func:`html.escape` on every piece of input; the script never builds
markup from strings (no ``innerHTML``), it clones our templates, toggles
classes, moves rows and scrolls; the machine-readable summary sits in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped; and a Content-Security-Policy allows only the report's own script
(by hash) and no network at all, so even a mistake in escaping could not run
an article's script.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Sequence

from .. import __version__
from ..copies import COPY_MESSAGE
from ..linter import Report
from . import Reporter, Summary
from .html_assets import CSS, JS, csp
from .html_overview import esc as _e
from .html_overview import filters, index_table, overview
from .html_findings import aside_html, aside_model, rule_docs
from .present import VERDICT_TEXT, costs_text, display_name, document_findings

__all__ = ["HtmlReporter", "highlight_segments", "json_for_script", "render_page", "article_order"]

_MAX_META_CHARS = 300
#: Longer texts are shown up to here; findings further on are listed, not highlighted.
MAX_TEXT_CHARS = 100_000
#: A highlighted span longer than this (a repeated block) is marked by a bar, not painted.
_LONG_SPAN = 300
#: How many articles with findings are open (rendered) when the page loads.
OPEN_AT_LOAD = 10


def json_for_script(data: Any) -> str:
    """JSON safe to embed in ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left raw."""
    text = json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def highlight_segments(length: int, spans: list[tuple[int, int, int]],
                       points: Iterable[int] = ()) -> list[tuple[int, int, tuple[int, ...]]]:
    """Split ``[0, length)`` at every span boundary (and at each of ``points``).

    ``spans`` are ``(start, end, key)``; returns ``(start, end, keys)`` for
    consecutive segments covering the whole text, ``keys`` being the spans
    that cover the segment (innermost, i.e. shortest, first). Overlapping and
    nested spans need no nesting of elements this way.
    """
    bounds = {0, length}
    bounds.update(max(0, min(p, length)) for p in points)
    for s, e, _ in spans:
        if s < e:
            bounds.add(max(0, min(s, length)))
            bounds.add(max(0, min(e, length)))
    points = sorted(bounds)
    order = sorted((s, e, k) for s, e, k in spans if s < e)
    out: list[tuple[int, int, tuple[int, ...]]] = []
    active: list[tuple[int, int, int]] = []
    i = 0
    for a, b in zip(points, points[1:]):
        while i < len(order) and order[i][0] <= a:
            active.append(order[i])
            i += 1
        active = [x for x in active if x[1] > a]
        covering = sorted((x for x in active if x[0] <= a), key=lambda x: (x[1] - x[0], x[2]))
        out.append((a, b, tuple(x[2] for x in covering)))
    return out


def article_order(docs: Sequence[Report]) -> list[int]:
    """Worst first: unreadable inputs, then by score ascending, ties in input order."""
    return sorted(range(len(docs)), key=lambda n: (-1.0 if docs[n].score is None else docs[n].score, n))


def _metadata(r: Report) -> str:
    if not r.metadata:
        return ""
    rows = []
    for key, value in r.metadata.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        if len(text) > _MAX_META_CHARS:
            text = text[: _MAX_META_CHARS - 1] + "…"
        rows.append(f"<dt>{_e(str(key))}</dt><dd>{_e(text)}</dd>")
    return f'<dl class="meta">{"".join(rows)}</dl>'


class _ArticleText:
    """One article's text with its findings highlighted, and anchors for their related spans."""

    def __init__(self, n: int, r: Report) -> None:
        self.n, self.r = n, r
        self.text = r.document.text if r.document is not None else ""
        self.shown = self.text[:MAX_TEXT_CHARS]

    def html(self) -> str:
        n, r, shown = self.n, self.r, self.shown
        limit = len(shown)
        findings = r.findings
        spans: list[tuple[int, int, int]] = []
        related: list[tuple[int, int, int, str]] = []  # (start, end, finding index, anchor id)
        pins: dict[int, list[int]] = {}
        points: dict[int, list[str]] = {}
        for i, f in enumerate(findings):
            if f.is_document_level:
                continue
            if f.start >= f.end or f.start >= limit:
                pins.setdefault(min(max(f.start, 0), limit), []).append(i)
            else:
                spans.append((f.start, min(f.end, limit), i))
            for j, rel in enumerate(f.related):
                if rel.message == COPY_MESSAGE:  # a folded copy: a place to jump to, not a highlight
                    points.setdefault(min(rel.start, limit), []).append(f"r-{n}-{i}-{j}")
                else:
                    related.append((min(rel.start, limit), min(rel.end, limit), i, f"r-{n}-{i}-{j}"))
        base = len(findings)
        spans += [(s, e, base + k) for k, (s, e, *_) in enumerate(related)]
        anchored: set[int] = set()
        rel_anchored: set[str] = set()
        parts = ['<div class="text">']
        for a, b, keys in highlight_segments(limit, spans, points):
            self._pins(parts, pins.pop(a, []), anchored)
            parts.append("".join(f'<span id="{x}"></span>' for x in points.pop(a, [])))
            own = [k for k in keys if k < base]
            rel = [k - base for k in keys if k >= base]
            fresh = [related[k][3] for k in rel if related[k][3] not in rel_anchored]
            rel_anchored.update(fresh)
            parts.append("".join(f'<span id="{x}"></span>' for x in fresh))
            # Empty related spans (at one point) still need their anchors.
            parts.append(self._segment(shown[a:b], own, [related[k][2] for k in rel], anchored,
                                       [related[k][:2] for k in rel]))
        for at in sorted(pins):
            self._pins(parts, pins[at], anchored)
        parts.append("".join(f'<span id="{x}"></span>' for at in sorted(points) for x in points[at]))
        for s, e, i, anchor in related:
            if anchor not in rel_anchored:
                parts.append(f'<span id="{anchor}"></span>')
        if len(self.text) > limit:
            parts.append(f'<span class="none">\n[the text is cut here at {limit:,} of {len(self.text):,} '
                         "characters; findings further on are listed beside it]</span>")
        parts.append("</div>")
        return "".join(parts)

    def _pins(self, parts: list[str], keys: list[int], anchored: set[int]) -> None:
        for i in keys:
            anchored.add(i)
            f = self.r.findings[i]
            parts.append(f'<span class="pin" id="h-{self.n}-{i}" data-f="{self.n}-{i}" '
                         f'title="{_e(f.code)}: {_e(_clip(f.message))}"></span>')

    def _segment(self, chunk: str, own: list[int], rel_of: list[int], anchored: set[int],
                 rel_spans: Sequence[tuple[int, int]] = ()) -> str:
        n, findings = self.n, self.r.findings
        text = _e(chunk)
        if own:
            top = findings[own[0]]
            first = [k for k in own if k not in anchored]
            anchored.update(first)
            id_attr = f' id="h-{n}-{first[0]}"' if first else ""
            extra = "".join(f'<span id="h-{n}-{k}"></span>' for k in first[1:])
            ids = " ".join(f"{n}-{k}" for k in dict.fromkeys(own + rel_of))
            cls = f"sev-{top.severity}" + (" long" if top.end - top.start > _LONG_SPAN else "") + \
                (" hasrel" if rel_of else "")
            return f'{extra}<mark{id_attr} class="{cls}" data-f="{ids}">{text}</mark>'
        if rel_of:
            ids = " ".join(f"{n}-{k}" for k in dict.fromkeys(rel_of))
            if any(e - s > _LONG_SPAN for s, e in rel_spans):  # the first copy of a block: a wash, no target
                return f'<mark class="rel long">{text}</mark>'
            return f'<mark class="rel" data-f="{ids}">{text}</mark>'
        return text


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _whole_article(n: int, r: Report, index: dict[int, int]) -> str:
    """The document-level findings, at the top of the article (their highlight targets)."""
    out = []
    for f in document_findings(r):
        i = index[id(f)]
        out.append(f'<div class="whole sev-{_e(f.severity)}" id="h-{n}-{i}" data-f="{n}-{i}">'
                   f"<b>whole article:</b> {_e(f.code)} [{_e(f.severity)}] {_e(f.message)}"
                   + (f'<br><span class="muted">why: {_e(f.explanation)}</span>' if f.explanation else "")
                   + "</div>")
    return "".join(out)


def _article_body(n: int, r: Report, rules: dict[str, list[str]], lazy: bool) -> str:
    """The inside of an opened article: whole-article findings, metadata, text and findings.

    For a ``lazy`` article the findings column is an empty ``aside`` the
    script fills from :func:`aside_model`'s data.
    """
    if r.status != "ok":
        return f'{_metadata(r)}<p class="err">Could not be linted: {_e(r.error or "")}</p>'
    index = {id(f): i for i, f in enumerate(r.findings)}
    body = _whole_article(n, r, index) + _metadata(r)
    if r.document is None:
        shown = '<div class="text none">The text is not available in this run.</div>'
    else:
        shown = _ArticleText(n, r).html()
    aside = f'<aside data-n="{n}"></aside>' if lazy else aside_html(n, aside_model(n, r), rules)
    return body + f'<div class="cols">{shown}{aside}</div>'


def _article(n: int, r: Report, open_: bool, rules: dict[str, list[str]]) -> str:
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
    # others wait, inert, in a template.
    if open_:
        return head + f'<div class="body" data-done="1">{_article_body(n, r, rules, False)}</div></details>'
    return head + f'<div class="body"></div><template id="tpl-{n}">{_article_body(n, r, rules, True)}</template></details>'


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
        # The findings of the articles not open at load, for the script to show when they are.
        "asides": {str(n): aside_model(n, r) for n, r in enumerate(docs) if n not in opened and r.status == "ok"},
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
