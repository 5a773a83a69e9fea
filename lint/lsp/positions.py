"""Offsets in the text <-> LSP positions (line, character in the negotiated encoding).

The linter works in Python ``str`` indices (code points); LSP clients count
characters in UTF-16 code units unless they negotiated another encoding, so
an emoji or a rare CJK character before a finding shifts every column after
it on that line. Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as LSP defines them.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["LineIndex"]

_EOL_RE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Line starts of one text, for converting positions both ways."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding.lower().replace("_", "-")
        self.starts = [0] + [m.end() for m in _EOL_RE.finditer(text)]

    def line_of(self, offset: int) -> int:
        """0-based line holding ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """``(start, end)`` of ``line`` without its line ending."""
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, character)`` of a str offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        prefix = self.text[self.starts[line] : offset]
        return line, self._units(prefix)

    def offset(self, line: int, character: int) -> int:
        """The str offset of an LSP position (clamped to the line, as LSP asks)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.line_span(line)
        if self.encoding == "utf-32" or self.text.isascii():
            return min(start + max(character, 0), end)
        units = 0
        for i in range(start, end):
            if units >= character:
                return i
            units += self._units(self.text[i])
        return end

    def _units(self, s: str) -> int:
        """Length of ``s`` in the negotiated code units."""
        if self.encoding == "utf-32" or s.isascii():
            return len(s)
        if self.encoding == "utf-8":
            return len(s.encode("utf-8", "surrogatepass"))
        return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)
