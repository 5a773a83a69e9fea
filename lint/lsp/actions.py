"""Code actions: a finding's fix, "fix all safe", and inline suppression.

Every action carries its workspace edit, computed on the current text. A
fix that may change the meaning is labelled unsafe and never preferred. The
"disable" actions insert the directives :mod:`sourcelint.suppress` reads, each
on a line of its own: an inline comment would change the paragraph it sits in
(a repeated paragraph with a comment is no longer an exact repeat).
"""

from __future__ import annotations

import difflib
import re
from typing import Iterable, Sequence

from lsprotocol import types

from ..finding import Edit, Finding
from .diagnostics import to_range
from .positions import LineIndex

__all__ = ["FIX_ALL_KIND", "quick_fix", "fix_all_action", "disable_actions", "text_edits", "workspace_edit",
           "diff_edits", "directive_edits", "wanted"]

FIX_ALL_KIND = "source.fixAll.sourcelint"
_FRONT_MATTER_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FILE_DIRECTIVE_RE = re.compile(r"<!--[ \t]*sourcelint:[ \t]*disable[ \t]*=([A-Za-z0-9_, \t]*)-->")


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the client asked for actions of ``kind`` (``only`` = None: every kind)."""
    return not only or any(kind == o or kind.startswith(o + ".") for o in only)


def text_edits(index: LineIndex, edits: Iterable[Edit]) -> list[types.TextEdit]:
    """Str-offset edits as LSP text edits on the indexed text."""
    return [types.TextEdit(range=to_range(index, e.start, e.end), new_text=e.replacement)
            for e in sorted(edits, key=lambda e: (e.start, e.end))]


def workspace_edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    """A versioned edit of one document: a client drops it if the text has moved on."""
    doc = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=doc, edits=edits)])


def quick_fix(f: Finding, diagnostic: types.Diagnostic | None, uri: str, version: int | None,
              index: LineIndex) -> types.CodeAction | None:
    """The finding's own fix as a quick fix; None if it has none."""
    if f.fix is None or not f.fix.edits:
        return None
    what = f.fix.description or f.message
    title = f"Fix {f.code}: {what}" if f.fix.safe else f"Fix {f.code} (unsafe, may change the meaning): {what}"
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic] if diagnostic is not None else None,
        is_preferred=f.fix.safe,
        edit=workspace_edit(uri, version, text_edits(index, f.fix.edits)),
    )


def fix_all_action(kind: str, count: int, uri: str, version: int | None,
                   edits: list[types.TextEdit]) -> types.CodeAction:
    """'Fix all safe problems' as one edit (what ``sourcelint fix`` would write)."""
    return types.CodeAction(
        title=f"Fix all safe sourcelint problems ({count})",
        kind=kind,
        edit=workspace_edit(uri, version, edits),
    )


def diff_edits(old: str, new: str, index: LineIndex) -> list[types.TextEdit]:
    """Line-level edits turning ``old`` into ``new``: a fixed article keeps the
    editor's cursor and marks on every line the fixes left alone."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    starts = [0]
    for line in a:
        starts.append(starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    edits = [Edit(starts[i1], starts[i2], "".join(b[j1:j2]))
             for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    return text_edits(index, edits)


def directive_edits(text: str, index: LineIndex, code: str, scope: str, offset: int,
                    paragraph: tuple[int, int] | None = None) -> list[Edit]:
    """Edits that turn ``code`` off for the line, block or file holding ``offset``.

    The block is ``paragraph`` (the linter's paragraph, as str offsets) when
    given, else the lines between blank lines.
    """
    eol = "\r\n" if "\r\n" in text else "\n"
    off, on = f"<!-- sourcelint: disable={code} -->", f"<!-- sourcelint: enable={code} -->"
    if scope == "file":
        return _file_directive(text, code, eol)
    first = last = index.line_of(offset)
    if scope == "block" and paragraph is not None:
        first, last = index.line_of(paragraph[0]), index.line_of(max(paragraph[0], paragraph[1] - 1))
    elif scope == "block":
        while first > 0 and _blank(text, index, first - 1) is False:
            first -= 1
        while last + 1 < len(index.starts) and _blank(text, index, last + 1) is False:
            last += 1
    start, end = index.line_span(first)[0], index.line_span(last)[1]
    return [Edit(start, start, off + eol), Edit(end, end, eol + on)]


def _blank(text: str, index: LineIndex, line: int) -> bool:
    start, end = index.line_span(line)
    return not text[start:end].strip()


def _file_directive(text: str, code: str, eol: str) -> list[Edit]:
    """A ``disable=CODE`` at the top (after front matter), never closed; an
    existing ``disable=`` list there gets the code added instead."""
    m = _FRONT_MATTER_RE.match(text)
    at = m.end() if m else 0
    if m and not m.group(0).endswith("\n"):
        return [Edit(at, at, f"{eol}<!-- sourcelint: disable={code} -->")]
    existing = _FILE_DIRECTIVE_RE.match(text, at)
    if existing:
        codes = [c.strip() for c in existing.group(1).split(",") if c.strip()]
        if code in codes:
            return []
        return [Edit(existing.start(1), existing.end(1), ",".join(codes + [code]) + " ")]
    return [Edit(at, at, f"<!-- sourcelint: disable={code} -->{eol}")]


_SCOPES = (("line", "this line"), ("block", "this paragraph"), ("file", "this file"))


def disable_actions(f: Finding, diagnostic: types.Diagnostic | None, text: str, index: LineIndex,
                    uri: str, version: int | None,
                    paragraph: tuple[int, int] | None = None) -> list[types.CodeAction]:
    """'Disable CODE for this line / paragraph / file' for one finding (the
    paragraph only where it is more than the line)."""
    out = []
    seen: list[list[Edit]] = []
    for scope, label in _SCOPES:
        edits = directive_edits(text, index, f.code, scope, f.start, paragraph)
        if not edits or edits in seen:
            continue
        seen.append(edits)
        out.append(types.CodeAction(
            title=f"Disable {f.code} for {label}",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic] if diagnostic is not None else None,
            edit=workspace_edit(uri, version, text_edits(index, edits)),
        ))
    return out
