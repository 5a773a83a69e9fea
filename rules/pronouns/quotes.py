"""Where quoted speech is: inside it, speakers talk about third people."""

from __future__ import annotations

import re

from sourcelint.document import Document

_QA_RE = re.compile(r"(?:Q|A|Question|Answer)\s*[:.]\s")
_QUOTE_CHAR_RE = re.compile(r"[\"“”„«»‘’']")
_DOUBLE_QUOTES = "\"“”„«»"
_OPEN_CONTEXT = " \t\n([{—–-/"


def quote_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` ranges of quoted speech (and Q/A interview paragraphs)."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for para in doc.paragraphs:
        ps, pe = para.start, para.end
        if _QA_RE.match(text, ps):
            spans.append((ps, pe))
            continue
        dopen = -1
        sopen = -1
        for m in _QUOTE_CHAR_RE.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            opening = prev in _OPEN_CONTEXT and (nxt.isalnum() or nxt in "‘'.…([$£€")
            closing = not prev.isspace() and not nxt.isalnum()
            if ch in _DOUBLE_QUOTES:
                if opening and not closing:
                    is_open = True
                elif closing and not opening:
                    is_open = False
                elif ch in "“„«":
                    is_open = dopen < 0 or not (nxt.isspace() or nxt in ",.;:")
                elif ch in "”»":
                    is_open = False
                else:
                    is_open = dopen < 0
                if dopen < 0:
                    if is_open:
                        dopen = i
                elif not is_open:
                    spans.append((dopen, i + 1))
                    dopen = -1
                else:  # a second opening quote: the first was never closed
                    spans.append((dopen, i))
                    dopen = i
            else:
                # Single quotes double as apostrophes: only a clear opener
                # followed later by a clear closer makes a quote.
                if dopen >= 0:
                    continue
                if sopen < 0:
                    if opening and ch in "‘'" and prev in _OPEN_CONTEXT:
                        sopen = i
                elif closing and ch in "’'" and prev not in "sS":
                    spans.append((sopen, i + 1))
                    sopen = -1
        if dopen >= 0:
            spans.append((dopen, pe))
    spans.sort()
    return spans

