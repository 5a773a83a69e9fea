"""The plain data model every rule, reporter and integration shares."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from operator import attrgetter
from typing import Any, Literal

from .record_model import FINDING_FIELDS, FINDING_KEYS, default_of

__all__ = [
    "Severity",
    "SEVERITIES",
    "FAMILIES",
    "Edit",
    "Fix",
    "Related",
    "Finding",
    "severity_rank",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")

#: Rule families and their code prefixes. Fixed: configs, reports and other
#: tools refer to these names.
FAMILIES: dict[str, str] = {
    "duplication": "DUP",
    "translation": "MT",
    "pronouns": "PRN",
    "boilerplate": "BLP",
    "structure": "STR",
    "language": "LNG",
    "readability": "RDB",
}


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class Fix:
    """A set of edits that together repair one finding.

    ``safe`` fixes keep the meaning of the article (removing an exact repeat,
    a stray full stop); unsafe ones may change it and are applied only when
    the user asks for them.
    """

    edits: tuple[Edit, ...]
    safe: bool = True
    description: str = ""


@dataclass(frozen=True)
class Related:
    """Another span a finding refers to, such as the first copy of a duplicate."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str = ""


@dataclass
class Finding:
    """One problem in one document.

    ``start``/``end`` are Python ``str`` indices into the document text;
    ``line``/``column`` and ``end_line``/``end_column`` are 1-based and
    describe the same span (end is exclusive, like ``end``).
    """

    code: str
    rule: str
    family: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str = ""
    confidence: float = 1.0
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    explanation: str = ""
    suggestion: str = ""
    #: Fraction of the document's characters this finding stands for (a
    #: duplicated block covers a lot; a stray full stop covers ~nothing). Used
    #: by scoring so that one huge artefact weighs more than one tiny one.
    extent: float = 0.0
    #: "span" for a problem at a place; "document" for a judgement on the
    #: whole article (a density, a language mix): its span only anchors it
    #: somewhere, and reporters show it with the article, not in the text.
    scope: str = "span"

    @property
    def is_document_level(self) -> bool:
        """Whether this finding judges the whole article rather than a span."""
        return self.scope == "document"

    def sort_key(self) -> tuple[int, int, str]:
        """Document order, then code."""
        return (self.start, self.end, self.code)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``findings`` items of a JSONL record; keys of
        :data:`~sourcelint.record_model.FINDING_FIELDS`, then any a subclass adds)."""
        d = dict(zip(FINDING_KEYS, _finding_values(self)))
        d["confidence"] = round(self.confidence, 3)
        d["extent"] = round(self.extent, 4)
        d["related"] = [asdict(r) for r in self.related]
        if self.fix is not None:
            d["fix"] = {"safe": self.fix.safe, "description": self.fix.description,
                        "edits": [asdict(e) for e in self.fix.edits]}
        if type(self) is not Finding:  # a subclass may add fields
            d.update((k, v) for k, v in asdict(self).items() if k not in d)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Finding":
        """The finding a :meth:`to_dict` dict stands for (absent keys take their defaults)."""
        values = {f.name: d[f.name] if d.get(f.name) is not None else default_of(f) for f in FINDING_FIELDS}
        fix = values["fix"]
        values["related"] = tuple(Related(**r) for r in values["related"])
        values["fix"] = None if fix is None else Fix(edits=tuple(Edit(**e) for e in fix["edits"]), safe=fix["safe"],
                                                     description=fix.get("description", ""))
        return cls(**values)


_finding_values = attrgetter(*FINDING_KEYS)
