"""Spans in messages and fixes: whether a position is prose, the whole-line
span a removal takes, and a span shown on one line (:func:`shown`)."""

from __future__ import annotations

import bisect

from sourcelint.document import Document

from ..messages import shown

__all__ = ["in_prose", "removal_span", "shown"]


def in_prose(doc: Document, pos: int) -> bool:
    ranges = doc.non_prose
    if not ranges:
        return True
    i = bisect.bisect_right([r[0] for r in ranges], pos) - 1
    return not (i >= 0 and ranges[i][0] <= pos < ranges[i][1])


def removal_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to take a whole line out cleanly.

    The following white space goes with it, or the preceding white space when
    the line is the last thing in the document, so no blank-line pile-up or
    trailing blank remains.
    """
    text = doc.text
    e = end
    while e < len(text) and text[e] in " \t\r\n":
        e += 1
    if e < len(text):
        return start, e
    s = start
    while s > 0 and text[s - 1] in " \t\r\n":
        s -= 1
    return s, len(text)
