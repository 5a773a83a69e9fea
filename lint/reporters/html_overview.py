"""The top of the HTML report: overview charts (inline SVG), filters and the index table.

Every string from an article (names, metadata) goes through :func:`esc`;
the charts hold only numbers and fixed words.
"""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from typing import Any, Sequence
from urllib.parse import urlsplit

from ..finding import FAMILIES
from ..linter import Report
from .present import VERDICT_TEXT, costs_text, display_name

__all__ = ["esc", "source_of", "title_of", "overview", "filters", "index_table", "VERDICT_COLORS"]

VERDICT_COLORS = {"pass": "#2f9e44", "review": "#e8890c", "reject": "#e03131", "error": "#868e96"}
_SOURCE_KEYS = ("source", "outlet", "site", "publisher", "domain")
_TITLE_KEYS = ("title", "headline")
_MAX_CELL = 120


def esc(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return escape(text.replace("\x00", "\ufffd"), quote=True)


def _short(text: str, limit: int = _MAX_CELL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _meta_str(r: Report, keys: Sequence[str]) -> str:
    for key in keys:
        value = r.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def source_of(r: Report) -> str:
    """Where the article comes from: a source/outlet field of its metadata, or its URL's host."""
    found = _meta_str(r, _SOURCE_KEYS)
    if found:
        return _short(found, 60)
    url = r.metadata.get("url")
    if isinstance(url, str):
        try:
            host = urlsplit(url.strip()).hostname or ""
        except ValueError:
            host = ""
        if host:
            return _short(host, 60)
    return ""


def title_of(r: Report) -> str:
    """The article's title from its metadata, or ''."""
    return _short(_meta_str(r, _TITLE_KEYS))


def _bars_svg(label: str, rows: list[tuple[str, float, str, str]]) -> str:
    """Horizontal bars: (name, value, colour, value text) per row, labelled on both sides."""
    top = max((v for _, v, _, _ in rows), default=0) or 1
    h = 22 * len(rows) + 4
    parts = [f'<svg viewBox="0 0 300 {h}" role="img" aria-label="{esc(label)}">']
    for k, (name, value, color, text) in enumerate(rows):
        y = 4 + 22 * k
        width = 150 * value / top
        parts.append(f'<text x="0" y="{y + 13}">{esc(name)}</text>'
                     f'<rect x="92" y="{y}" width="{width:.1f}" height="16" rx="2" fill="{color}"></rect>'
                     f'<text x="{96 + width:.1f}" y="{y + 13}">{esc(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _histogram_svg(scores: list[float]) -> str:
    """Articles per score band of 10 points, coloured by the verdict of the band."""
    bins = [0] * 10
    for s in scores:
        bins[min(9, int(s // 10))] += 1
    top = max(bins) or 1
    parts = ['<svg viewBox="0 0 300 130" role="img" aria-label="Articles per score band">']
    for k, n in enumerate(bins):
        height = 90 * n / top
        x = 10 + 28 * k
        color = VERDICT_COLORS["pass" if k >= 8 else "review" if k >= 5 else "reject"]
        parts.append(f'<rect x="{x}" y="{105 - height:.1f}" width="24" height="{height:.1f}" fill="{color}"></rect>')
        if n:
            parts.append(f'<text x="{x + 12}" y="{100 - height:.1f}" text-anchor="middle">{n}</text>')
        parts.append(f'<text x="{x}" y="120" text-anchor="middle">{10 * k}</text>')
    parts.append('<text x="290" y="120" text-anchor="middle">100</text></svg>')
    return "".join(parts)


def overview(docs: Sequence[Report]) -> str:
    """Verdict counts, score histogram and the points each family cost, as inline SVG."""
    verdicts = Counter(r.verdict if r.status == "ok" else "error" for r in docs)
    vrows = [(v, verdicts[v], VERDICT_COLORS[v], str(verdicts[v])) for v in ("reject", "review", "pass", "error")
             if verdicts[v] or v != "error"]
    lost: Counter = Counter()
    hit: Counter = Counter()
    for r in docs:
        for e in r.explanation:
            lost[e["family"]] += e["points_lost"]
            hit[e["family"]] += 1
    frows = [(fam, pts, "#5f3dc4", f"-{pts:.1f} in {hit[fam]}") for fam, pts in lost.most_common()]
    scores = [r.score for r in docs if r.score is not None]
    fam_chart = _bars_svg("Points lost per family", frows) if frows else '<p class="none">No family lost points.</p>'
    return (
        '<section class="overview" aria-label="Overview">'
        f'<figure><figcaption>Verdicts</figcaption>{_bars_svg("Articles per verdict", vrows)}</figure>'
        f'<figure><figcaption>Scores (articles per band of 10)</figcaption>{_histogram_svg(scores)}</figure>'
        f'<figure><figcaption>Points lost per family (sum, and in how many articles)</figcaption>{fam_chart}'
        "</figure></section>"
    )


def _select(name: str, label: str, values: Sequence[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for v, t in values)
    return (f'<label>{esc(label)}<select data-filter="{name}"><option value="">all</option>{opts}</select></label>')


def filters(docs: Sequence[Report]) -> str:
    """The filter controls, with only the values present in the run."""
    verdicts = [v for v in ("reject", "review", "pass", "error")
                if any((r.verdict if r.status == "ok" else "error") == v for r in docs)]
    fams = sorted({e["family"] for r in docs for e in r.explanation})
    codes = sorted({f.code for r in docs for f in r.findings})
    sources = sorted({s for r in docs if (s := source_of(r))})
    parts = [
        '<div class="filters" role="search">',
        _select("verdict", "Verdict", [(v, v) for v in verdicts]),
        _select("family", "Family (lost points)", [(f, f"{f} ({FAMILIES.get(f, '')})") for f in fams]),
        _select("rule", "Rule", [(c, c) for c in codes]),
    ]
    if sources:
        parts.append(_select("source", "Source", [(s, s) for s in sources]))
    parts.append('<label>Search (name, metadata, text)<input type="search" data-filter="q" '
                 'placeholder="words to find"></label><span id="shown" aria-live="polite"></span></div>')
    return "".join(parts)


def _row(n: int, r: Report, with_source: bool) -> str:
    name = display_name(r)
    verdict = r.verdict if r.status == "ok" else "error"
    title, source = title_of(r), source_of(r)
    fams = " ".join(e["family"] for e in r.explanation)
    codes = " ".join(sorted({f.code for f in r.findings}))
    score = "-" if r.score is None else f"{r.score:g}"
    lost = costs_text(r) if r.status == "ok" else _short(r.error or "", 80)
    return (
        f'<tr data-n="{n}" data-score="{-1 if r.score is None else r.score}" data-words="{r.words}" '
        f'data-findings="{len(r.findings)}" data-verdict="{esc(verdict)}" '
        f'data-fams="{esc(fams)}" data-codes="{esc(codes)}" data-source="{esc(source)}">'
        f'<td class="num c-n">{n + 1}</td>'
        f'<td class="c-name"><a href="#doc-{n}" class="toart" data-n="{n}">{esc(_short(name))}</a>'
        + (f"<small>{esc(title)}</small>" if title else "") + "</td>"
        + (f'<td class="c-source">{esc(source)}</td>' if with_source else "")
        + f'<td class="num c-words">{r.words:,}</td><td class="num c-score">{esc(score)}</td>'
        f'<td class="c-verdict"><span class="verdict {esc(verdict)}" title="{esc(VERDICT_TEXT.get(verdict or "", ""))}">'
        f'{esc(verdict)}</span></td><td class="c-lost">{esc(lost)}</td><td class="num c-findings">{len(r.findings)}</td></tr>'
    )


def index_table(docs: Sequence[Report], order: Sequence[int]) -> str:
    """The sortable index, one row per article, in ``order`` (a Source column if any article has one)."""
    with_source = any(source_of(r) for r in docs)
    head = (
        '<table class="index" id="index"><thead><tr>'
        '<th class="c-n">#</th>'
        '<th class="c-name"><button type="button" data-sort="name">Article</button></th>'
        + ('<th class="c-source">Source</th>' if with_source else "")
        + '<th class="c-words"><button type="button" data-sort="words">Words</button></th>'
        '<th class="c-score"><button type="button" data-sort="score" title="Sort by score">Score</button></th>'
        '<th class="c-verdict">Verdict</th>'
        '<th class="c-lost">Points lost</th>'
        '<th class="c-findings"><button type="button" data-sort="findings">Findings</button></th>'
        '</tr></thead><tbody id="rows">'
    )
    return head + "".join(_row(n, docs[n], with_source) for n in order) + "</tbody></table>"
