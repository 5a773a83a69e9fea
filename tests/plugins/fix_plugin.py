"""Test-only rules with fixes, for the fix machinery (tests/test_fix.py).

Each fix is deliberately simple so a test can state the exact expected text:
a typo replaced, a doubled space collapsed, an unsafe rewording, and one rule
whose fix overlaps the others'.
"""

from __future__ import annotations

import re
from typing import Iterable

from sourcelint import Edit, Finding, Fix, Rule

_TEH = re.compile(r"\bteh\b")
_DOUBLE = re.compile(r"(?<=\S)  (?=\S)")
_VERY_UNIQUE = re.compile(r"\bvery unique\b")
_TEH_SPACE = re.compile(r"\bteh  ")


class _Doc(Rule):
    """Test rule.

    What it finds:
    Test patterns.

    Why it matters:
    Tests the fix machinery.

    How to fix:
    Apply the fix.
    """

    family = "language"
    severity = "warning"
    fixable = True


class Teh(_Doc):
    """The typo "teh"."""

    code = "LNG901"
    name = "teh-typo"

    def check(self, doc) -> Iterable[Finding]:
        for m in _TEH.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "'teh' is a typo",
                               fix=Fix((Edit(m.start(), m.end(), "the"),), description="write 'the'"))


class DoubleSpace(_Doc):
    """Two spaces between words."""

    code = "LNG902"
    name = "double-space"

    def check(self, doc) -> Iterable[Finding]:
        for m in _DOUBLE.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "two spaces",
                               fix=Fix((Edit(m.start(), m.end(), " "),), description="one space"))


class VeryUnique(_Doc):
    """"very unique" (the fix changes the wording, so it is unsafe)."""

    code = "LNG903"
    name = "very-unique"

    def check(self, doc) -> Iterable[Finding]:
        for m in _VERY_UNIQUE.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "'very unique'",
                               fix=Fix((Edit(m.start(), m.start() + 5, ""),), safe=False, description="drop 'very '"))


class TehSpace(_Doc):
    """"teh" followed by two spaces: overlaps both LNG901 and LNG902."""

    code = "LNG904"
    name = "teh-space"

    def check(self, doc) -> Iterable[Finding]:
        for m in _TEH_SPACE.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "'teh' and two spaces",
                               fix=Fix((Edit(m.start(), m.end(), "THE "),), description="rewrite"))


# Each rule's docstring is its summary plus the shared sections the
# documentation template requires.
for _cls in (Teh, DoubleSpace, VeryUnique, TehSpace):
    _cls.__doc__ = f"{_cls.__doc__}\n\n" + "\n".join(_Doc.__doc__.split("\n")[2:])

RULES = [Teh, DoubleSpace, VeryUnique, TehSpace]
