"""One article's body in the HTML report, as data and as markup.

:func:`body_model` turns a report into plain data: the whole-article
findings, the metadata, the text cut into pieces (plain text, highlights,
anchors, pins) and the findings column (:mod:`.html_findings`).
:func:`body_html` writes that data as markup for the articles open at load;
the page's script builds the very same elements from it for the articles
opened later, whose data rides in the page's JSON block (parsed far faster
than markup, and never turned into markup from strings). A browser test
checks that both give the same elements.

Text pieces: a string is text; ``["m", text, class, data-f, id]`` a
highlight; ``["a", id]`` an empty anchor; ``["p", id, data-f, title]`` a
pin for an empty span; ``["c", note]`` the note where a long text is cut.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from ..copies import COPY_MESSAGE
from ..linter import Report
from .html_findings import aside_html, aside_model
from .html_overview import esc as _e
from .present import document_findings

__all__ = ["body_model", "body_html", "highlight_segments", "MAX_TEXT_CHARS"]

_MAX_META_CHARS = 300
#: Longer texts are shown up to here; findings further on are listed, not highlighted.
MAX_TEXT_CHARS = 100_000
#: A highlighted span longer than this (a repeated block) is a wash, not a painted span.
_LONG_SPAN = 300


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
    points_sorted = sorted(bounds)
    order = sorted((s, e, k) for s, e, k in spans if s < e)
    out: list[tuple[int, int, tuple[int, ...]]] = []
    active: list[tuple[int, int, int]] = []
    i = 0
    for a, b in zip(points_sorted, points_sorted[1:]):
        while i < len(order) and order[i][0] <= a:
            active.append(order[i])
            i += 1
        active = [x for x in active if x[1] > a]
        covering = sorted((x for x in active if x[0] <= a), key=lambda x: (x[1] - x[0], x[2]))
        out.append((a, b, tuple(x[2] for x in covering)))
    return out


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _TextPieces:
    """One article's text with its findings highlighted and anchors for their related spans."""

    def __init__(self, n: int, r: Report) -> None:
        self.n, self.r = n, r
        self.text = r.document.text if r.document is not None else ""
        self.shown = self.text[:MAX_TEXT_CHARS]
        self.anchored: set[int] = set()

    def pieces(self) -> list[Any]:
        n, shown, findings = self.n, self.shown, self.r.findings
        limit = len(shown)
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
        rel_anchored: set[str] = set()
        out: list[Any] = []
        for a, b, keys in highlight_segments(limit, spans, points):
            self._pins(out, pins.pop(a, []))
            out += [["a", x] for x in points.pop(a, [])]
            own = [k for k in keys if k < base]
            rel = [k - base for k in keys if k >= base]
            fresh = [related[k][3] for k in rel if related[k][3] not in rel_anchored]
            rel_anchored.update(fresh)
            out += [["a", x] for x in fresh]
            self._segment(out, shown[a:b], own, [related[k][2] for k in rel], [related[k][:2] for k in rel])
        for at in sorted(pins):
            self._pins(out, pins[at])
        out += [["a", x] for at in sorted(points) for x in points[at]]
        # Empty related spans (at one point) still need their anchors.
        out += [["a", anchor] for _, _, _, anchor in related if anchor not in rel_anchored]
        if len(self.text) > limit:
            out.append(["c", f"\n[the text is cut here at {limit:,} of {len(self.text):,} characters; "
                             "findings further on are listed beside it]"])
        return out

    def _pins(self, out: list[Any], keys: list[int]) -> None:
        for i in keys:
            self.anchored.add(i)
            f = self.r.findings[i]
            out.append(["p", f"h-{self.n}-{i}", f"{self.n}-{i}", f"{f.code}: {_clip(f.message)}"])

    def _segment(self, out: list[Any], chunk: str, own: list[int], rel_of: list[int],
                 rel_spans: list[tuple[int, int]]) -> None:
        n, findings = self.n, self.r.findings
        if own:
            top = findings[own[0]]
            first = [k for k in own if k not in self.anchored]
            self.anchored.update(first)
            out += [["a", f"h-{n}-{k}"] for k in first[1:]]
            ids = " ".join(f"{n}-{k}" for k in dict.fromkeys(own + rel_of))
            cls = f"sev-{top.severity}" + (" long" if top.end - top.start > _LONG_SPAN else "") + \
                (" hasrel" if rel_of else "")
            out.append(["m", chunk, cls, ids, f"h-{n}-{first[0]}" if first else ""])
        elif rel_of:
            if any(e - s > _LONG_SPAN for s, e in rel_spans):  # the first copy of a block: a wash, no target
                out.append(["m", chunk, "rel long", "", ""])
            else:
                out.append(["m", chunk, "rel", " ".join(f"{n}-{k}" for k in dict.fromkeys(rel_of)), ""])
        else:
            out.append(chunk)


def _metadata(r: Report) -> list[list[str]]:
    rows = []
    for key, value in r.metadata.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        rows.append([str(key), text if len(text) <= _MAX_META_CHARS else text[: _MAX_META_CHARS - 1] + "…"])
    return rows


def body_model(n: int, r: Report) -> dict[str, Any]:
    """The article's body as data: ``w`` whole-article findings, ``m`` metadata,
    ``e`` the error, ``t`` the text pieces (None: no text), ``a`` the findings column."""
    model: dict[str, Any] = {"m": _metadata(r)}
    if r.status != "ok":
        model["e"] = r.error or ""
        return model
    index = {id(f): i for i, f in enumerate(r.findings)}
    model["w"] = [[f"h-{n}-{index[id(f)]}", f"{n}-{index[id(f)]}", f.severity, f.code, f.message, f.explanation]
                  for f in document_findings(r)]
    model["t"] = None if r.document is None else _TextPieces(n, r).pieces()
    model["a"] = aside_model(n, r)
    return model


def _pieces_html(pieces: list[Any] | None) -> str:
    if pieces is None:
        return '<div class="text none">The text is not available in this run.</div>'
    out = ['<div class="text">']
    for p in pieces:
        if isinstance(p, str):
            out.append(_e(p))
        elif p[0] == "m":
            out.append("<mark" + (f' id="{p[4]}"' if p[4] else "") + f' class="{p[2]}"'
                       + (f' data-f="{p[3]}"' if p[3] else "") + f">{_e(p[1])}</mark>")
        elif p[0] == "a":
            out.append(f'<span id="{p[1]}"></span>')
        elif p[0] == "p":
            out.append(f'<span class="pin" id="{p[1]}" data-f="{p[2]}" title="{_e(p[3])}"></span>')
        else:
            out.append(f'<span class="none">{_e(p[1])}</span>')
    out.append("</div>")
    return "".join(out)


def body_html(n: int, model: dict[str, Any], rules: dict[str, list[str]]) -> str:
    """The markup the page's script would build from ``model`` (keep the two in step)."""
    out = []
    for hid, key, sev, code, message, why in model.get("w", ()):
        out.append(f'<div class="whole sev-{_e(sev)}" id="{hid}" data-f="{key}">'
                   f"<b>whole article:</b>{_e(f' {code} [{sev}] {message}')}"
                   + (f'<br><span class="muted">{_e("why: " + why)}</span>' if why else "") + "</div>")
    if model["m"]:
        out.append('<dl class="meta">' + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in model["m"])
                   + "</dl>")
    if "e" in model:
        out.append(f'<p class="err">{_e("Could not be linted: " + model["e"])}</p>')
    else:
        out.append(f'<div class="cols">{_pieces_html(model["t"])}{aside_html(n, model["a"], rules)}</div>')
    return "".join(out)
