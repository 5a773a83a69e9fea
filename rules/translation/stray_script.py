"""MT002's scan of punctuation from another script among Latin words.

The marks are drawn from the Unicode database by category (punctuation)
and block (Greek to Ethiopic, CJK symbols and punctuation, the vertical,
small and full-width forms), not listed by hand: a Devanagari danda, an
Arabic comma, an Armenian full stop or an ideographic comma in an English
sentence was left by a source text or a translation system. A mark beside
letters of its own script (a quoted passage in that script) is that
passage's and is not reported.
"""

from __future__ import annotations

import re
import unicodedata

from sourcelint.document import Document
from sourcelint.finding import Edit, Fix

from .prose import Hit, paragraph_at

__all__ = ["script_mark_hits"]

_BLOCKS = ((0x0370, 0x1DBF), (0x2E80, 0x33FF), (0xA000, 0xABFF), (0xFE10, 0xFE6F), (0xFF01, 0xFF65))


def _marks() -> str:
    return "".join(chr(cp) for lo, hi in _BLOCKS for cp in range(lo, hi + 1)
                   if unicodedata.category(chr(cp)).startswith("P"))


_MARK_RE = re.compile("[" + re.escape(_marks()) + "]")
#: Characters either side of a mark in which letters of its own script are looked for.
_REACH = 12


def _foreign_letter(ch: str) -> bool:
    """A letter of a script other than Latin."""
    return ch.isalpha() and ord(ch) >= 0x0370 and not 0x1E00 <= ord(ch) <= 0x1EFF


def script_mark_hits(doc: Document) -> list[Hit]:
    """Another script's punctuation with Latin letters, and none of its own, around it."""
    text = doc.text
    if text.isascii():
        return []
    hits: list[Hit] = []
    for m in _MARK_RE.finditer(text):
        s = m.start()
        around = text[max(0, s - _REACH) : s] + text[s + 1 : s + 1 + _REACH]
        if any(_foreign_letter(c) for c in around) or not any(c.isascii() and c.isalpha() for c in around):
            continue
        if paragraph_at(doc, s) is None:
            continue
        lo = s
        while lo > 0 and text[lo - 1] in " \t":
            lo -= 1
        name = unicodedata.name(m.group(), "punctuation").lower()
        hits.append(Hit("MT002", lo, s + 1, f"a stray '{m.group()}' from another script ({name})", 0.8,
                        Fix((Edit(lo, s + 1, ""),), safe=True, description=f"remove the stray '{m.group()}'")))
    return hits
