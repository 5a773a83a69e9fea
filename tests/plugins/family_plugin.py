"""A plugin that adds a family of its own ("style", prefix STY)."""

from __future__ import annotations

import re
from typing import Iterable

from sourcelint import Finding, Rule

_SHOUTING = re.compile(r"\b[A-Z]{4,}(?: [A-Z]{4,}){2,}\b")


class Shouting(Rule):
    """Three or more words in capitals in a row.

    What it finds:
    Runs of words written all in capitals ("BREAKING NEWS TONIGHT").

    Why it matters:
    Capitals shout; a house style usually keeps them for abbreviations.

    How to fix:
    Write the words in sentence case.
    """

    code = "STY001"
    name = "shouting"
    family = "style"
    family_prefix = "STY"
    severity = "warning"

    def check(self, doc) -> Iterable[Finding]:
        for m in _SHOUTING.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), f"'{m.group()}' is written in capitals")


RULES = [Shouting]
