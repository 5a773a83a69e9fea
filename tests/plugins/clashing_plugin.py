"""A broken plugin: two rules that claim one code (must be refused)."""

from __future__ import annotations

from sourcelint import Rule

_DOC = """Collides with another rule's code.

What it finds:
Nothing; it exists to collide.

Why it matters:
Two rules with one code would make selection and suppression ambiguous.

How to fix:
Give each rule its own code.
"""


class First(Rule):
    __doc__ = _DOC
    code = "BLP902"
    name = "first"
    family = "boilerplate"

    def check(self, doc):
        return []


class Second(First):
    __doc__ = _DOC
    name = "second"


RULES = [First, Second]
