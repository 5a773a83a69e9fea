"""A tiny third-party rule plugin, used by the tests to prove the plugin path.

It flags the word "lorem" (placeholder text left in an article). Third-party
rules use the same base class, docs template and finding helper as the
built-ins, and may use any family prefix.
"""

from __future__ import annotations

import re
from typing import Iterable

from sourcelint import Finding, Rule

_LOREM = re.compile(r"\blorem ipsum\b", re.I)


class LoremIpsum(Rule):
    """Placeholder "lorem ipsum" text left in an article.

    What it finds:
    The words "lorem ipsum", the classic filler text of page templates.

    Why it matters:
    Filler text means the page was published or scraped before it was written.

    How to fix:
    Remove the filler or replace it with the real text.
    """

    code = "BLP901"
    name = "lorem-ipsum"
    family = "boilerplate"
    severity = "error"

    def check(self, doc) -> Iterable[Finding]:
        for m in _LOREM.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "placeholder text 'lorem ipsum'")


RULES = [LoremIpsum]
