"""Lines of prose that can stand alone: the units BLP001 judges."""

from __future__ import annotations

import bisect
from typing import Iterable, NamedTuple

from sourcelint.document import Document, Paragraph

class Line(NamedTuple):
    """A line of prose that could stand alone, with its token range."""

    start: int
    end: int
    tok_lo: int
    tok_hi: int


_TERMINAL_END = ".!?…:;\"”’)]"


def stripped_lines(start: int, text: str) -> list[tuple[int, str]]:
    """The non-blank lines of ``text`` (found at offset ``start``), stripped, with their offsets."""
    out = []
    pos = start
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((pos + raw.find(stripped), stripped))
        pos += len(raw) + 1
    return out


def lines_of(doc: Document, paragraphs: Iterable[Paragraph] | None = None) -> list[Line]:
    """Lines of ``paragraphs`` (default: all) that can stand alone."""
    out: list[Line] = []
    text = doc.text
    starts = doc.token_starts
    for p in doc.paragraphs if paragraphs is None else paragraphs:
        if "\n" not in p.text:
            spans = [(p.start, p.end)]
        else:
            spans = []
            pos = p.start
            prev: tuple[int, int] | None = None
            for raw in p.text.split("\n"):
                s = pos + (len(raw) - len(raw.lstrip()))
                e = pos + len(raw.rstrip())
                pos += len(raw) + 1
                if e <= s:
                    continue
                # A line inside hard-wrapped prose is not a unit of its own:
                # only the first line, a short one, or one after a finished
                # or short line (not a wrapped one) is.
                if (
                    prev is None
                    or text[prev[1] - 1] in _TERMINAL_END
                    or _looks_short(text, *prev)
                    or _looks_short(text, s, e)
                ):
                    spans.append((s, e))
                prev = (s, e)
        for s, e in spans:
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e)
            out.append(Line(s, e, lo, hi))
    return out


def _looks_short(text: str, s: int, e: int) -> bool:
    # Furniture lines are short; a wrapped prose line fills the width.
    return e - s <= 40
