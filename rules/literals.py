"""Which of many literal strings a text holds, in one pass.

Rules gate their regex scans on literals that every match must contain
("pic.twitter.com/", "TODO"): testing dozens of them one by one reads the
text dozens of times. An Aho-Corasick automaton (pyahocorasick) finds every
occurrence of all of them, overlapping ones too, in one pass. (A few
single characters are still faster tested with ``in``, which scans with
vector instructions; the automaton reads the text a character at a time.)
"""

from __future__ import annotations

import re
from operator import methodcaller
from typing import Iterable

import ahocorasick

__all__ = ["LiteralSet", "MarkPattern"]

_START = methodcaller("start")


class LiteralSet:
    """A fixed set of literal strings to look for in texts."""

    def __init__(self, literals: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for lit in set(literals):
            if not lit:
                raise ValueError("an empty literal occurs in every text")
            self._automaton.add_word(lit, lit)
        self._automaton.make_automaton()

    def found(self, text: str) -> set[str]:
        """The literals that occur in ``text``."""
        return {lit for _, lit in self._automaton.iter(text)}

    def any_in(self, text: str) -> bool:
        """Whether any of the literals occurs in ``text``."""
        return next(self._automaton.iter(text), None) is not None


class MarkPattern:
    """A pattern that opens on one of a few marks, scanned once per mark.

    A pattern opening on a character set ("[.!?]") is tried at every
    position of the text; one opening on a single character lets the regex
    engine skip ahead to that character. ``template`` holds "{}" wherever
    the opening mark goes (the opening, a look-behind over it). The marks'
    matches must not overlap (no match may hold another opening mark where
    a match could start); they are returned in text order, as the pattern
    with the character set would find them.
    """

    def __init__(self, template: str, marks: str, flags: int = 0) -> None:
        self.patterns = tuple(re.compile(template.replace("{}", re.escape(c)), flags) for c in marks)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """The matches in ``text``, in order."""
        found = [m for rx in self.patterns for m in rx.finditer(text)]
        if len(self.patterns) > 1:
            found.sort(key=_START)
        return found
