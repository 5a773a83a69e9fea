"""The findings column of an article in the HTML report, as data and as markup.

:func:`aside_model` turns an article's findings into plain data (grouped by
rule, with the same words as the text output); :func:`aside_html` writes it
as markup for the articles open at load, and the page's script builds the
very same elements from the data for the articles opened later (the data
of the closed ones rides in the page's JSON block, far smaller than their
markup would be). A browser test checks that both give the same elements.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..finding import Finding
from ..linter import Report
from .html_overview import esc as _e
from .present import FindingGroup, copy_spans, document_findings, group_findings, other_related

__all__ = ["aside_model", "aside_html", "rule_docs"]

#: A related span is a link; anything else in a list of tokens is text.
Token = Any


def rule_docs(docs: Sequence[Report]) -> dict[str, list[str]]:
    """Each reported rule's why and fix, said once per page."""
    out: dict[str, list[str]] = {}
    for r in docs:
        for f in r.findings:
            if f.code not in out and not f.is_document_level:
                out[f.code] = [f.explanation, f.suggestion]
    return out


def _related_tokens(n: int, i: int, f: Finding, text: str) -> list[Token]:
    """'also at 23:40, in the repeated copy; see 3:5 “Bachelet”' with the places as [anchor, label] links."""
    index = {id(r): j for j, r in enumerate(f.related)}
    tokens: list[Token] = []
    copies = copy_spans(f)
    if copies:
        tokens.append("also at ")
        for k, r in enumerate(copies):
            if k:
                tokens.append(", ")
            tokens.append([f"r-{n}-{i}-{index[id(r)]}", f"{r.line}:{r.column}"])
        tokens.append(f", in the repeated cop{'y' if len(copies) == 1 else 'ies'}")
    for r in other_related(f)[:1]:
        tokens.append("; see " if tokens else "see ")
        tokens.append([f"r-{n}-{i}-{index[id(r)]}", f"{r.line}:{r.column}"])
        excerpt = " ".join(text[r.start : min(r.end, r.start + 40)].split())
        if excerpt:
            tokens.append(f" “{excerpt}{'…' if r.end - r.start > 40 else ''}”")
    return tokens


def _group(n: int, g: FindingGroup, index: dict[int, int], text: str, code: str) -> list[Any]:
    """[code, severity, 'rule, N times', fix note, shared message end, items]; an item is
    [finding index, place, message, related tokens]."""
    items = []
    for f, message in zip(g.findings, g.messages):
        i = index[id(f)]
        loc = "whole article" if f.is_document_level else f"{f.line}:{f.column}"
        items.append([i, loc, message, _related_tokens(n, i, f, text)])
    count = f", {len(g.findings)} times" if len(g.findings) > 1 else ""
    note = f" ({g.fix_note})" if g.fix_note else ""
    return [code, g.severity, g.rule + count, note, g.shared, items]


def aside_model(n: int, r: Report) -> list[list[Any]]:
    """The article's findings as groups: whole-article findings first, then by rule."""
    index = {id(f): i for i, f in enumerate(r.findings)}
    text = r.document.text if r.document is not None else ""
    groups = []
    whole = document_findings(r)
    if whole:
        worst = max((f.severity for f in whole), key=["info", "warning", "error"].index)
        g = FindingGroup("", "whole article", worst, "", "", whole, "", [f"{f.code}: {f.message}" for f in whole])
        groups.append(_group(n, g, index, text, ""))
    groups += [_group(n, g, index, text, g.code) for g in group_findings(r)]
    return groups


def aside_html(n: int, groups: list[list[Any]], rules: dict[str, list[str]]) -> str:
    """The markup the page's script would build from ``groups`` (keep the two in step)."""
    if not groups:
        return '<aside><p class="none">No findings.</p></aside>'
    out = ["<aside>"]
    for code, sev, title, note, shared, items in groups:
        sev = _e(sev)
        out.append(f'<div class="group sev-{sev}"><h3><span class="code">{_e(code)}</span> '
                   f'<span class="sev {sev}">[{sev}]</span> {_e(title)}</h3>')
        why, fix = rules.get(code, ["", ""])
        if why:
            out.append(f'<p class="why">{_e(why)}</p>')
        if fix:
            out.append(f'<p class="fix"><b>fix:</b> {_e(fix + note)}</p>')
        if shared:
            out.append(f'<p class="each">{_e("each: … " + shared)}</p>')
        out.append("<ol>")
        for i, loc, message, tokens in items:
            key = f"{n}-{i}"
            out.append(f'<li id="item-{key}"><a class="goto" href="#h-{key}" data-key="{key}">'
                       f"<code>{_e(loc)}</code>{_e(' ' + message)}</a>")
            if tokens:
                out.append('<span class="rel">' + "".join(
                    _e(t) if isinstance(t, str) else
                    f'<a href="#{_e(t[0])}" class="torel" data-target="{_e(t[0])}">{_e(t[1])}</a>'
                    for t in tokens) + "</span>")
            out.append("</li>")
        out.append("</ol></div>")
    out.append("</aside>")
    return "".join(out)
