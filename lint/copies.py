"""Findings inside a repeated copy of text are reported once, on the first copy.

When a duplication finding (DUP001-DUP004) says that a span repeats an
earlier one, every other rule fires again inside the copy: the same glued
word, the same pronoun slip. The copy's finding already stands for that
text, so a finding inside the later copy that matches one inside the first
copy (same code, same words at the same place in the copy) is dropped and
becomes a related span of the first one. It then costs once in the score,
and the first one's fix repairs both places (so fixing does not depend on
the copy being removed, which for a near copy is an unsafe fix).
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from .finding import Edit, Finding, Related

__all__ = ["fold_copies", "COPY_MESSAGE"]

#: The related-span message naming a folded occurrence.
COPY_MESSAGE = "the same in the repeated copy"


def _copies(findings: Sequence[Finding]) -> list[tuple[int, int, int, int]]:
    """(copy start, copy end, first-copy start, first-copy end) of each duplication finding."""
    out = []
    for f in findings:
        if f.family == "duplication" and f.related and f.end > f.start and not f.is_document_level:
            src = f.related[0]
            if src.end > src.start and src.end <= f.start:
                out.append((f.start, f.end, src.start, src.end))
    return out


def _words(text: str, f: Finding | Related) -> str:
    return " ".join(text[f.start : f.end].split())


def _match(text: str, f: Finding, copy: tuple[int, int, int, int],
           candidates: Sequence[Finding]) -> Finding | None:
    """The finding in the first copy that ``f`` (inside the later copy) repeats, if any."""
    start, _, src_start, src_end = copy
    offset = f.start - start
    key = _words(text, f)
    best: Finding | None = None
    for g in candidates:
        if g.code != f.code or not (src_start <= g.start and g.end <= src_end) or _words(text, g) != key:
            continue
        if best is None or abs(g.start - src_start - offset) < abs(best.start - src_start - offset):
            best = g
    return best


def fold_copies(findings: list[Finding], text: str) -> list[Finding]:
    """``findings`` without those repeating a finding of the first copy, which list them as related.

    Findings are returned in their input order; matched first-copy findings
    are replaced by copies carrying the extra related spans (the input
    objects are never changed).
    """
    copies = _copies(findings)
    if not copies:
        return findings
    by_code: dict[str, list[Finding]] = {}
    for f in findings:
        if f.family != "duplication" and not f.is_document_level:
            by_code.setdefault(f.code, []).append(f)
    extra: dict[int, list[Related]] = {}
    edits: dict[int, list[Edit]] = {}  # the copy's repairs ride on the first copy's fix
    dropped: set[int] = set()
    for f in (f for group in by_code.values() for f in group):
        for copy in copies:
            if copy[0] <= f.start and f.end <= copy[1]:
                g = _match(text, f, copy, [x for x in by_code[f.code] if id(x) not in dropped])
                if g is not None:
                    dropped.add(id(f))
                    extra.setdefault(id(g), []).append(
                        Related(f.start, f.end, f.line, f.column, f.end_line, f.end_column, COPY_MESSAGE))
                    if f.fix is not None and g.fix is not None and f.fix.safe == g.fix.safe:
                        edits.setdefault(id(g), []).extend(f.fix.edits)
                break
    if not dropped:
        return findings
    out = []
    for f in findings:
        if id(f) in dropped:
            continue
        if id(f) in extra:
            fix = f.fix
            if fix is not None and id(f) in edits:
                fix = dataclasses.replace(fix, edits=tuple(fix.edits) + tuple(edits[id(f)]))
            f = dataclasses.replace(f, related=tuple(f.related) + tuple(extra[id(f)]), fix=fix)
        out.append(f)
    return out
