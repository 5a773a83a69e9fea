"""Mojibake: runs of text that ftfy repairs (UTF-8 decoded with the wrong codec).

Shared by STR003, which reports them, and STR004, which leaves them to it."""

from __future__ import annotations

import re

import ftfy

from sourcelint.analysis import analysis
from sourcelint.document import Document

__all__ = ["mojibake_runs"]

# Characters of the cp1252/Latin-1 upper half: UTF-8 bytes decoded with the
# wrong codec become runs of these. A run is only worth ftfy's time when it
# holds a UTF-8 lead byte (Â-ô) followed by a continuation-byte character.
_CP1252_SPECIALS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJI_HINT_RE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_SPECIALS}]")
_MOJI_RUN_RE = re.compile(f"[\u0080-\u00ff{_CP1252_SPECIALS}]{{1,2000}}")
_C1_ONLY_RE = re.compile("[\u0080-\u009f]+")
#: Runs reported at most per document (a hostile text can hold thousands).
MAX_REPORTED = 200


@analysis("structure.mojibake")
def mojibake_runs(doc: Document) -> list[tuple[int, int, str]]:
    """``(start, end, repaired text)`` of every run ftfy repairs."""
    text = doc.text
    hint = _MOJI_HINT_RE.search(text)
    if hint is None:
        return []
    out = []
    for m in _MOJI_RUN_RE.finditer(text, hint.start()):
        run = m.group()
        if len(run) < 2 or not _MOJI_HINT_RE.search(run):
            continue
        fixed = ftfy.fix_encoding(run)
        if fixed != run and not _C1_ONLY_RE.fullmatch(run):  # bare C1 controls are STR004's
            out.append((m.start(), m.end(), fixed))
        if len(out) >= MAX_REPORTED:
            break
    return out
