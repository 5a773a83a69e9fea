"""MT005 attribution doubling: one quote carries two speech tags in a row."""

from __future__ import annotations

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from .attribution import doubled_attribution
from .prose import findings_from


class AttributionDoubling(Rule):
    """One quote carries two speech tags in a row.

    What it finds:
    Two attributions back to back for the same quote, such as "…,” he said.
    she declared.", "…,” she said, he added.", "…,” said Wang Yi. he
    stressed.", "…,” he told reporters. she added." or, inside a quote that
    goes on, "…,” the mayor said, she said, “but …". Names may carry
    accented letters ("Governor Rodríguez said. she added."). The second tag
    is bare (it ends with a full stop, comma or colon), which is what
    distinguishes it from a new attributed statement; a new sentence that
    opens a new quote ('"No," he said. She said, "Yes."') is another speaker.

    Why it matters:
    Machine translation renders the source's speech verb twice, often with
    the wrong pronoun; the result misattributes or garbles who said what.

    How to fix:
    Keep the one correct attribution and delete the other.
    """

    code = "MT005"
    name = "attribution-doubling"
    severity = "error"
    fixable = True
    fix_safety = "unsafe"
    family = "translation"
    supersedes = ("PRN001", "PRN002", "PRN003")
    needs = (doubled_attribution,)

    def check(self, doc: Document) -> Iterable[Finding]:
        return findings_from(self, doc, doubled_attribution(doc))
