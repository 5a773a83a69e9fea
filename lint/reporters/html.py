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
from typing import Any, Sequence

from .. import __version__
from ..finding import Finding
from ..linter import Report
from . import Reporter, Summary
from .html_assets import CSS, JS, csp
from .html_overview import esc as _e
from .html_overview import filters, index_table, overview
from .present import (VERDICT_TEXT, FindingGroup, copy_spans, costs_text, display_name, document_findings,
                      group_findings, other_related)

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


def highlight_segments(length: int, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Split ``[0, length)`` at every span boundary.

    ``spans`` are ``(start, end, key)``; returns ``(start, end, keys)`` for
    consecutive segments covering the whole text, ``keys`` being the spans
    that cover the segment (innermost, i.e. shortest, first). Overlapping and
    nested spans need no nesting of elements this way.
    """
    bounds = {0, length}
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
        for i, f in enumerate(findings):
            if f.is_document_level:
                continue
            if f.start >= f.end or f.start >= limit:
                pins.setdefault(min(max(f.start, 0), limit), []).append(i)
            else:
                spans.append((f.start, min(f.end, limit), i))
            for j, rel in enumerate(f.related):
                related.append((min(rel.start, limit), min(rel.end, limit), i, f"r-{n}-{i}-{j}"))
        base = len(findings)
        spans += [(s, e, base + k) for k, (s, e, *_) in enumerate(related)]
        anchored: set[int] = set()
        rel_anchored: set[str] = set()
        parts = ['<div class="text">']
        for a, b, keys in highlight_segments(limit, spans):
            self._pins(parts, pins.pop(a, []), anchored)
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
            title = "; ".join(f"{findings[k].code}: {_clip(findings[k].message)}" for k in own[:3])
            return f'{extra}<mark{id_attr} class="{_e(cls)}" data-f="{ids}" title="{_e(title)}">{text}</mark>'
        if rel_of:
            ids = " ".join(f"{n}-{k}" for k in dict.fromkeys(rel_of))
            long = " long" if any(e - s > _LONG_SPAN for s, e in rel_spans) else ""
            return f'<mark class="rel{long}" data-f="{ids}">{text}</mark>'
        return text


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _related_html(n: int, i: int, f: Finding, text: str) -> str:
    """'also at 23:40, in the repeated copy; see 3:5 “Bachelet”' with the places as links."""
    def link(r, j: int) -> str:
        return (f'<a href="#r-{n}-{i}-{j}" class="torel" data-target="r-{n}-{i}-{j}">'
                f"{r.line}:{r.column}</a>")

    index = {id(r): j for j, r in enumerate(f.related)}
    parts = []
    copies = copy_spans(f)
    if copies:
        where = ", ".join(link(r, index[id(r)]) for r in copies)
        parts.append(f"also at {where}, in the repeated cop{'y' if len(copies) == 1 else 'ies'}")
    for r in other_related(f)[:1]:
        excerpt = " ".join(text[r.start : min(r.end, r.start + 40)].split())
        more = "…" if r.end - r.start > 40 else ""
        parts.append(f"see {link(r, index[id(r)])}" + (f" “{_e(excerpt + more)}”" if excerpt else "")
                     + (f' <span class="muted">({_e(r.message)})</span>' if r.message else ""))
    return f'<span class="rel">{"; ".join(parts)}</span>' if parts else ""


def _group_html(n: int, r: Report, g: FindingGroup, index: dict[int, int], text: str) -> str:
    count = f", {len(g.findings)} times" if len(g.findings) > 1 else ""
    head = (f'<div class="group sev-{_e(g.severity)}"><h3><span class="code">{_e(g.code)}</span> '
            f'<span class="sev {_e(g.severity)}">[{_e(g.severity)}]</span> {_e(g.rule)}{count}</h3>')
    if g.explanation:
        head += f'<p class="why">{_e(g.explanation)}</p>'
    if g.suggestion:
        note = f" ({g.fix_note})" if g.fix_note else ""
        head += f'<p class="fix"><b>fix:</b> {_e(g.suggestion)}{_e(note)}</p>'
    if g.shared:
        head += f'<p class="each">each: … {_e(g.shared)}</p>'
    items = []
    for f, message in zip(g.findings, g.messages):
        i = index[id(f)]
        loc = "whole article" if f.is_document_level else f"{f.line}:{f.column}"
        items.append(
            f'<li id="item-{n}-{i}"><a class="goto" href="#h-{n}-{i}" data-target="h-{n}-{i}" data-key="{n}-{i}">'
            f'<span class="loc">{_e(loc)}</span><span class="msg">{_e(message)}</span></a>'
            f"{_related_html(n, i, f, text)}</li>"
        )
    return head + f'<ol>{"".join(items)}</ol></div>'


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


def _document_group(r: Report) -> FindingGroup | None:
    whole = document_findings(r)
    if not whole:
        return None
    return FindingGroup("", "whole article", max((f.severity for f in whole), key=["info", "warning", "error"].index),
                        "", "", whole, "", [f"{f.code}: {f.message}" for f in whole])


def _article_body(n: int, r: Report) -> str:
    """The inside of an opened article: whole-article findings, metadata, text and findings."""
    if r.status != "ok":
        return f'{_metadata(r)}<p class="err">Could not be linted: {_e(r.error or "")}</p>'
    index = {id(f): i for i, f in enumerate(r.findings)}
    text = r.document.text if r.document is not None else ""
    body = _whole_article(n, r, index) + _metadata(r)
    if r.document is None:
        shown = '<div class="text none">The text is not available in this run.</div>'
    else:
        shown = _ArticleText(n, r).html()
    groups = group_findings(r)
    doc_group = _document_group(r)
    if doc_group is not None:
        groups.insert(0, doc_group)
    aside = "".join(_group_html(n, r, g, index, text) for g in groups) or '<p class="none">No findings.</p>'
    return body + f'<div class="cols">{shown}<aside>{aside}</aside></div>'


def _article(n: int, r: Report, open_: bool) -> str:
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
    return (f'<details class="article{clean}" id="doc-{n}" data-n="{n}"{" open" if open_ else ""}>'
            f"<summary><h2>{_e(name)}</h2> {line}</summary>"
            f'<div class="body"></div><template id="tpl-{n}">{_article_body(n, r)}</template></details>')


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


def render_page(docs: Sequence[Report], summary: Summary, title: str = "sourcelint report") -> str:
    """The whole report page for ``docs``."""
    order = article_order(docs)
    data = {
        "generator": f"sourcelint {__version__}",
        "summary": summary.to_dict(),
        "documents": [
            {"id": r.id, "path": r.path, "score": r.score, "verdict": r.verdict, "families": r.families,
             "findings": [f.code for f in r.findings], "status": r.status}
            for r in docs
        ],
    }
    opened = set([n for n in order if docs[n].findings or docs[n].status != "ok"][:OPEN_AT_LOAD])
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
        "".join(_article(n, docs[n], n in opened) for n in order),
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
