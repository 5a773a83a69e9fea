"""``--format html``: one self-contained report for editors.

The file has everything inline (CSS, a little JavaScript, no fetches): an
index of the articles with score, verdict and a bar per family sub-score
(sortable), then each article's text with every finding highlighted in place
(colour by family) next to a list of the findings with their explanation and
fix. Clicking a finding scrolls its highlight into view; duplicated blocks
link to the earlier text they repeat.

Article text and metadata are untrusted. All markup is built here in Python
with :func:`html.escape` on every piece of input; the script never builds
markup from strings (no ``innerHTML``), only toggles classes and scrolls; the
machine-readable summary sits in a ``<script type="application/json">``
block with ``<``, ``>`` and ``&`` escaped; and a Content-Security-Policy
allows only the report's own script (by hash) and no network at all, so
even a mistake in escaping could not run an article's script.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any

from .. import __version__
from ..finding import FAMILIES
from ..linter import Report
from . import Reporter, Summary

__all__ = ["HtmlReporter", "highlight_segments", "json_for_script"]

#: Background / accent colours per family (readable on white, distinct in hue).
FAMILY_COLORS: dict[str, tuple[str, str]] = {
    "duplication": ("#ffd8a8", "#d9480f"),
    "translation": ("#e5dbff", "#6741d9"),
    "pronouns": ("#c3fae8", "#0c8599"),
    "boilerplate": ("#e9ecef", "#495057"),
    "structure": ("#d0ebff", "#1971c2"),
    "language": ("#d3f9d8", "#2f9e44"),
    "readability": ("#fff3bf", "#e67700"),
    "internal": ("#ffe3e3", "#c92a2a"),
}
_VERDICT_TEXT = {"pass": "pass: reliable", "review": "review: check it", "reject": "reject: unreliable"}
_MAX_META_CHARS = 300


def _e(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    # NUL is not allowed in HTML text; the parser would replace it anyway.
    return escape(text.replace("\x00", "\ufffd"), quote=True)


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


_CSS = """
:root { --fg:#1d1d1f; --muted:#5f6368; --line:#dadce0; --bg:#fff; --soft:#f6f7f9; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--fg); background:var(--bg); }
header.top { padding:16px 24px; border-bottom:1px solid var(--line); background:var(--soft); }
header.top h1 { margin:0 0 4px; font-size:22px; }
.muted { color:var(--muted); }
main { padding:8px 24px 48px; }
.legend span { display:inline-block; margin:2px 10px 2px 0; white-space:nowrap; }
.legend i { display:inline-block; width:12px; height:12px; border-radius:2px; vertical-align:-1px; margin-right:4px; }
table.index { border-collapse:collapse; width:100%; margin:12px 0 28px; }
table.index th, table.index td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:middle; }
table.index th { font-size:13px; color:var(--muted); user-select:none; }
table.index th button { font:inherit; color:inherit; background:none; border:0; padding:0; cursor:pointer; text-decoration:underline dotted; }
table.index td.num { text-align:right; font-variant-numeric:tabular-nums; }
.bar { display:inline-block; width:80px; height:8px; background:#eee; border-radius:4px; vertical-align:middle; margin-left:6px; overflow:hidden; }
.bar b { display:block; height:100%; }
.fams { display:flex; gap:3px; align-items:flex-end; height:24px; }
.fams span { display:inline-block; width:10px; background:#eee; height:24px; position:relative; border-radius:2px; overflow:hidden; }
.fams span b { position:absolute; bottom:0; left:0; right:0; }
.verdict { display:inline-block; padding:1px 8px; border-radius:10px; font-size:13px; font-weight:600; white-space:nowrap; }
.verdict.pass { background:#d3f9d8; color:#2b8a3e; } .verdict.review { background:#fff3bf; color:#8f5a00; }
.verdict.reject { background:#ffe3e3; color:#c92a2a; } .verdict.error { background:#eee; color:#444; }
section.article { border-top:2px solid var(--line); padding-top:12px; margin-top:24px; }
section.article h2 { font-size:19px; margin:0 0 4px; word-break:break-word; }
dl.meta { display:grid; grid-template-columns:max-content 1fr; gap:2px 12px; margin:8px 0; font-size:13px; }
dl.meta dt { color:var(--muted); } dl.meta dd { margin:0; word-break:break-word; }
.cols { display:grid; grid-template-columns:minmax(0, 3fr) minmax(260px, 2fr); gap:20px; align-items:start; }
@media (max-width: 900px) { .cols { grid-template-columns:1fr; } }
.text { white-space:pre-wrap; word-wrap:break-word; font:16px/1.65 Georgia, "Times New Roman", serif; background:var(--soft); padding:16px 20px; border-radius:6px; }
.text mark { color:inherit; border-radius:2px; padding:1px 0; cursor:pointer; }
.text mark.multi { box-shadow: inset 0 -3px 0 rgba(0,0,0,.35); }
.text mark.rel { background:transparent; outline:2px dashed #adb5bd; outline-offset:1px; cursor:default; }
.text mark.hasrel { outline:2px dashed #868e96; outline-offset:1px; }
.text mark.active { outline:3px solid #212529; outline-offset:1px; }
.text .pin { display:inline-block; width:0; position:relative; }
.text .pin::before { content:"\\25BC"; position:absolute; left:-5px; top:-12px; font-size:10px; color:#c92a2a; }
aside ol { list-style:none; margin:0; padding:0; position:sticky; top:8px; max-height:calc(100vh - 16px); overflow:auto; }
aside li { border:1px solid var(--line); border-left-width:5px; border-radius:4px; padding:8px 10px; margin-bottom:8px; background:#fff; }
aside li.active { box-shadow:0 0 0 2px #212529; }
aside li a.goto { color:inherit; text-decoration:none; display:block; cursor:pointer; }
aside li a.goto:hover .msg, aside li a.goto:focus .msg { text-decoration:underline; }
aside .code { font:600 12px/1 ui-monospace, Menlo, Consolas, monospace; }
aside .sev { font-size:11px; text-transform:uppercase; letter-spacing:.04em; margin-left:6px; color:var(--muted); }
aside .sev.error { color:#c92a2a; } aside .sev.warning { color:#b35c00; }
aside .msg { display:block; margin:3px 0; font-weight:600; }
aside .why, aside .fix, aside .rel { display:block; font-size:13px; color:var(--muted); margin-top:3px; }
aside .fix b { color:var(--fg); }
aside .rel a { color:#1971c2; }
.none { color:var(--muted); font-style:italic; }
.err { color:#c92a2a; }
"""

# The report's only script: sorting the index and linking findings to their
# highlights. It reads our own data-* attributes and ids, changes classes and
# scrolls; it never turns a string into markup.
_JS = """
(function () {
  "use strict";
  function activate(key) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll('[data-f~="' + key + '"]').forEach(function (el) { el.classList.add("active"); });
    var item = document.getElementById("item-" + key);
    if (item) { item.classList.add("active"); }
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var link = t.closest ? t.closest("a.goto, a.torel") : null;
    if (link) {
      var target = document.getElementById(link.getAttribute("data-target"));
      if (target) {
        ev.preventDefault();
        if (link.classList.contains("goto")) { activate(link.getAttribute("data-key")); }
        target.scrollIntoView({block: "center", behavior: "auto"});
      }
      return;
    }
    var mark = t.closest ? t.closest("mark[data-f]") : null;
    if (mark && !mark.classList.contains("rel")) {
      var key = mark.getAttribute("data-f").split(" ")[0];
      activate(key);
      var item = document.getElementById("item-" + key);
      if (item) { item.scrollIntoView({block: "nearest", behavior: "auto"}); }
    }
  });
  var table = document.getElementById("index");
  if (table) {
    table.querySelectorAll("th button[data-sort]").forEach(function (button) {
      button.addEventListener("click", function () {
        var field = button.getAttribute("data-sort");
        var desc = button.getAttribute("data-dir") !== "desc";
        button.setAttribute("data-dir", desc ? "desc" : "asc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = parseFloat(a.getAttribute("data-" + field)), y = parseFloat(b.getAttribute("data-" + field));
          if (isNaN(x)) { x = -1; } if (isNaN(y)) { y = -1; }
          return desc ? y - x : x - y;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _score_color(score: float | None) -> str:
    if score is None:
        return "#adb5bd"
    if score >= 80:
        return "#2f9e44"
    if score >= 50:
        return "#f08c00"
    return "#e03131"


class HtmlReporter(Reporter):
    """Buffers the reports and writes one HTML page at the end."""

    buffered = True

    def start(self) -> None:
        self._docs: list[Report] = []

    def report(self, report: Report) -> None:
        self._docs.append(report)

    # -- pieces -------------------------------------------------------------------
    def _name(self, r: Report) -> str:
        name = r.path or r.id
        if r.path and r.id != r.path:
            name = f"{r.path} [{r.id}]"
        return name

    def _index(self, out: list[str]) -> None:
        fams = list(FAMILIES)
        out.append('<table class="index" id="index"><thead><tr><th>#</th><th>Article</th>'
                   '<th><button type="button" data-sort="words">Words</button></th>'
                   '<th><button type="button" data-sort="score" title="Sort by score">Score</button></th>'
                   '<th>Verdict</th><th title="Sub-score per family (taller is better)">Families</th>'
                   '<th><button type="button" data-sort="findings">Findings</button></th></tr></thead><tbody>')
        for n, r in enumerate(self._docs):
            score = "" if r.score is None else f"{r.score:g}"
            verdict = r.verdict if r.status == "ok" else "error"
            bars = []
            for fam in fams:
                value = r.families.get(fam)
                if value is None:
                    continue
                color = FAMILY_COLORS.get(fam, ("#eee", "#888"))[1]
                bars.append(f'<span title="{_e(fam)}: {value:g}"><b style="height:{max(0.0, min(100.0, value)):.0f}%;'
                            f'background:{color}"></b></span>')
            # The families that cost points, in words, next to the bars.
            lost = sorted((v, f) for f, v in r.families.items() if v < 99.5)
            low = ('<small class="muted" style="margin-left:6px;align-self:center">'
                   + _e(", ".join(f"{FAMILIES.get(f, f)} {v:.0f}" for v, f in lost[:3])) + "</small>") if lost else ""
            bar = ""
            if r.score is not None:
                bar = (f'<span class="bar"><b style="width:{r.score:.0f}%;background:{_score_color(r.score)}">'
                       "</b></span>")
            out.append(
                f'<tr data-score="{_e(score)}" data-words="{r.words}" data-findings="{len(r.findings)}">'
                f'<td class="num">{n + 1}</td><td><a href="#doc-{n}">{_e(self._name(r))}</a></td>'
                f'<td class="num">{r.words:,}</td><td class="num">{_e(score or "-")}{bar}</td>'
                f'<td><span class="verdict {_e(verdict)}">{_e(_VERDICT_TEXT.get(verdict or "", verdict or ""))}'
                f'</span></td><td><div class="fams">{"".join(bars)}{low}</div></td>'
                f'<td class="num">{len(r.findings)}</td></tr>'
            )
        out.append("</tbody></table>")

    def _metadata(self, r: Report) -> str:
        if not r.metadata:
            return ""
        rows = []
        for key, value in r.metadata.items():
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
            if len(text) > _MAX_META_CHARS:
                text = text[: _MAX_META_CHARS - 1] + "…"
            rows.append(f"<dt>{_e(str(key))}</dt><dd>{_e(text)}</dd>")
        return f'<dl class="meta">{"".join(rows)}</dl>'

    def _text(self, n: int, r: Report) -> str:
        doc = r.document
        if doc is None:
            return '<div class="text none">The text is not available in this run.</div>'
        text = doc.text
        spans: list[tuple[int, int, int]] = []
        # Span keys: finding i is key i; related span k is key len(findings) + k.
        # (start, end, finding index, anchor id, message)
        related: list[tuple[int, int, int, str, str]] = []
        for i, f in enumerate(r.findings):
            spans.append((f.start, f.end, i))
            for j, rel in enumerate(f.related):
                related.append((rel.start, rel.end, i, f"r-{n}-{i}-{j}", rel.message or "related text"))
        base = len(r.findings)
        for k, (s, e, *_) in enumerate(related):
            spans.append((s, e, base + k))
        pins: dict[int, list[int]] = {}
        for i, f in enumerate(r.findings):
            if f.start >= f.end:
                pins.setdefault(min(max(f.start, 0), len(text)), []).append(i)
        anchored: set[int] = set()
        rel_anchored: set[str] = set()
        parts = ['<div class="text">']

        def emit_pins(at: int) -> None:
            for i in pins.pop(at, []):
                anchored.add(i)
                f = r.findings[i]
                parts.append(f'<span class="pin" id="h-{n}-{i}" data-f="{n}-{i}" '
                             f'title="{_e(f.code)}: {_e(f.message)}"></span>')

        for a, b, keys in highlight_segments(len(text), spans):
            emit_pins(a)
            chunk = _e(text[a:b])
            own = [k for k in keys if k < base]
            rel = [k - base for k in keys if k >= base]
            # Related spans (the first copy of a duplicate, the mention a
            # pronoun refers to) get an anchor where they start and a dashed
            # outline, whether or not a finding covers the same text.
            fresh = [related[k][3] for k in rel if related[k][3] not in rel_anchored]
            rel_anchored.update(fresh)
            parts.append("".join(f'<span id="{x}"></span>' for x in fresh))
            rel_title = "; ".join(f"{r.findings[related[k][2]].code}: {related[k][4]}" for k in rel)
            if own:
                top = r.findings[own[0]]
                bg, accent = FAMILY_COLORS.get(top.family, ("#eee", "#888"))
                ids = " ".join(f"{n}-{k}" for k in own + [related[k][2] for k in rel])
                first = [k for k in own if k not in anchored]
                anchored.update(first)
                id_attr = f' id="h-{n}-{first[0]}"' if first else ""
                parts.append("".join(f'<span id="h-{n}-{k}"></span>' for k in first[1:]))
                title = "; ".join(f"{r.findings[k].code}: {r.findings[k].message}" for k in own)
                if rel_title:
                    title += "; " + rel_title
                cls = " ".join(c for c in ("multi" if len(own) > 1 else "", "hasrel" if rel else "") if c)
                parts.append(f'<mark{id_attr} class="{cls}" data-f="{ids}" title="{_e(title)}" '
                             f'style="background:{bg};border-bottom:2px solid {accent}">{chunk}</mark>')
            elif rel:
                ids = " ".join(f"{n}-{related[k][2]}" for k in rel)
                parts.append(f'<mark class="rel" data-f="{ids}" title="{_e(rel_title)}">{chunk}</mark>')
            else:
                parts.append(chunk)
        emit_pins(len(text))
        for i in list(pins):
            emit_pins(i)
        parts.append("</div>")
        return "".join(parts)

    def _findings(self, n: int, r: Report) -> str:
        if not r.findings:
            return '<aside><p class="none">No findings.</p></aside>'
        items = []
        for i, f in enumerate(r.findings):
            _, accent = FAMILY_COLORS.get(f.family, ("#eee", "#888"))
            fix = ""
            if f.fix is not None and f.fix.description:
                label = "Suggested fix" if f.fix.safe else "Suggested fix (check it: may change the meaning)"
                fix = f'<span class="fix"><b>{_e(label)}:</b> {_e(f.fix.description)}</span>'
            elif f.suggestion:
                fix = f'<span class="fix"><b>How to fix:</b> {_e(f.suggestion)}</span>'
            rels = []
            for j, rel in enumerate(f.related):
                rel_text = ""
                if r.document is not None:
                    rel_text = " ".join(r.document.text[rel.start : min(rel.end, rel.start + 90)].split())
                    if rel.end - rel.start > 90:
                        rel_text += "…"
                where = f"line {rel.line}" if rel.end_line == rel.line else f"lines {rel.line}-{rel.end_line}"
                rels.append(
                    f'<span class="rel">{_e(rel.message or "related")}: '
                    f'<a href="#r-{n}-{i}-{j}" class="torel" data-target="r-{n}-{i}-{j}">{_e(where)}</a>'
                    + (f" “{_e(rel_text)}”" if rel_text else "") + "</span>"
                )
            where = f"line {f.line}, column {f.column}"
            items.append(
                f'<li id="item-{n}-{i}" style="border-left-color:{accent}">'
                f'<a class="goto" href="#h-{n}-{i}" data-target="h-{n}-{i}" data-key="{n}-{i}">'
                f'<span class="code">{_e(f.code)}</span><span class="sev {_e(f.severity)}">{_e(f.severity)}</span>'
                f' <span class="muted" style="font-size:12px">{_e(f.family)} · {_e(where)}</span>'
                f'<span class="msg">{_e(f.message)}</span></a>'
                f'<span class="why">{_e(f.explanation)}</span>{fix}{"".join(rels)}</li>'
            )
        return f'<aside><ol>{"".join(items)}</ol></aside>'

    def _article(self, n: int, r: Report, out: list[str]) -> None:
        name = self._name(r)
        out.append(f'<section class="article" id="doc-{n}">')
        if r.status != "ok":
            out.append(f'<h2>{_e(name)}</h2><p class="err">Could not be linted: {_e(r.error or "")}</p></section>')
            return
        verdict = r.verdict or ""
        out.append(
            f"<h2>{_e(name)}</h2><p>Score <b>{_e(f'{r.score:g}' if r.score is not None else '-')}</b> / 100 "
            f'<span class="verdict {_e(verdict)}">{_e(_VERDICT_TEXT.get(verdict, verdict))}</span> '
            f'<span class="muted">{r.words:,} words, {len(r.findings)} finding(s)</span></p>'
        )
        out.append(self._metadata(r))
        out.append(f'<div class="cols">{self._text(n, r)}{self._findings(n, r)}</div></section>')

    def finish(self, summary: Summary) -> None:
        out: list[str] = []
        title = "sourcelint report"
        verdicts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items())) or "none scored"
        legend = "".join(
            f'<span><i style="background:{bg};border-bottom:2px solid {accent}"></i>{_e(fam)} ({_e(prefix)})</span>'
            for fam, prefix in FAMILIES.items()
            for bg, accent in [FAMILY_COLORS[fam]]
        )
        data = {
            "generator": f"sourcelint {__version__}",
            "summary": summary.to_dict(),
            "documents": [
                {"id": r.id, "path": r.path, "score": r.score, "verdict": r.verdict, "families": r.families,
                 "findings": [f.code for f in r.findings], "status": r.status}
                for r in self._docs
            ],
        }
        out.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp())}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="sourcelint {_e(__version__)}">'
            f"<title>{title}</title><style>{_CSS}</style></head><body>"
            f'<header class="top"><h1>{title}</h1>'
            f'<div class="muted">{summary.documents} article(s): {_e(verdicts)}; {summary.findings} finding(s)'
            + (f"; mean score {summary.mean_score:g}" if summary.mean_score is not None else "")
            + "</div>"
            "<p>Each article gets a score out of 100 (80 or more: <b>pass</b>, 50 or more: <b>review</b>, "
            "below: <b>reject</b>). Problems are highlighted in the text, coloured by kind; click a problem "
            "in the list beside the text to jump to it. Dashed outlines mark the earlier text a duplicate "
            f'repeats.</p><div class="legend">{legend}</div></header><main>'
        )
        self._index(out)
        for n, r in enumerate(self._docs):
            self._article(n, r, out)
        out.append(f'</main><script type="application/json" id="sourcelint-data">{json_for_script(data)}</script>')
        out.append(f"<script>{_JS}</script></body></html>\n")
        self.stream.write("".join(out))
