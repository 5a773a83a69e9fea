"""Fixes and message parts shared by the duplication rules."""

from __future__ import annotations

from sourcelint.document import Document
from sourcelint.finding import Edit

def removal(text: str, start: int, end: int) -> Edit:
    """An edit deleting ``text[start:end]`` with the white space that separates it.

    The white space after the span goes with it; for the last piece of text,
    the white space before it goes instead, so the text keeps its ending.
    """
    e = end
    n = len(text)
    while e < n and text[e].isspace():
        e += 1
    if e < n:
        return Edit(start, e, "")
    s = start
    while s > 0 and text[s - 1].isspace():
        s -= 1
    return Edit(s, end, "")


def para_label(doc: Document, index: int) -> str:
    line, _ = doc.line_col(doc.paragraphs[index].start)
    return f"paragraph {index + 1} (line {line})"


def quoted_words(text: str, limit: int = 6) -> str:
    words = text.split()
    head = " ".join(words[:limit])
    return f"'{head}…'" if len(words) > limit else f"'{head}'"
