"""The JSONL record, defined once.

Each field of a record and of a finding is declared here with its JSON
Schema, whether every record has it, and its default when an older record
lacks it. ``Report.to_dict`` and ``Finding.to_dict`` write the fields in
this order, ``report_from_dict`` reads them back with these defaults, the
Dask columns are these names, and the JSON Schema shipped in the package
(``sourcelint/schema/record.schema.json``) is generated from these tables:
``python tests/tools/write_record_schema.py``; a test holds the shipped
file equal to the generated one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = ["RECORD_SCHEMA_VERSION", "Field", "RECORD_FIELDS", "FINDING_FIELDS", "RECORD_KEYS", "FINDING_KEYS",
           "record_json_schema", "record_json_schema_text", "default_of"]

#: Version of the record format: fields may be added in 1.x; removing or
#: changing one bumps the major version. 1.1 added ``source``, ``copy_of``,
#: ``suppressed``, ``settings``, ``fixed`` and the findings' ``scope``.
RECORD_SCHEMA_VERSION = "1.1"


@dataclass(frozen=True)
class Field:
    """One key of a record or finding."""

    name: str
    schema: dict[str, Any]
    #: Present in every record written (listed as required by the schema).
    required: bool = True
    #: Written only when not None (absent otherwise).
    omit_none: bool = False
    #: Makes the value used when a record read back lacks the key (or holds null).
    default: Callable[[], Any] = field(default=lambda: None)
    #: Digits a float is rounded to when written.
    digits: int | None = None


def default_of(f: Field) -> Any:
    """A fresh default value of ``f``."""
    return f.default()


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


_SCORE = {"minimum": 0, "maximum": 100}
_VERDICTS = ["pass", "review", "reject"]

_COPY_OF = {
    "type": ["object", "null"],
    "description": "The earlier article this one is a near-duplicate of, with the estimated similarity and that "
                   "article's score.",
    "required": ["id", "source", "similarity", "original_score"],
    "properties": {
        "id": {"type": "string"},
        "source": {"type": ["string", "null"]},
        "similarity": {"type": "number", "minimum": 0, "maximum": 1},
        "original_score": {"type": ["number", "null"]},
    },
}

_EXPLANATION = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["family", "points_lost", "codes"],
        "properties": {
            "family": {"type": "string"},
            "points_lost": {"type": "number"},
            "codes": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
    },
}

_FIXED = {
    "type": "object",
    "description": "Present when the article was fixed (--fix, --diff): score, verdict, families and explanation "
                   "stay those of the article as received; findings are those left in the fixed text.",
    "required": ["applied", "codes", "findings_before", "score_after", "verdict_after"],
    "additionalProperties": False,
    "properties": {
        "applied": {"type": "integer", "minimum": 1, "description": "Fixes applied."},
        "codes": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}},
        "findings_before": {"type": "integer", "minimum": 0, "description": "Findings of the article as received."},
        "score_after": {"type": "number", **_SCORE, "description": "Score of the fixed text."},
        "verdict_after": {"enum": _VERDICTS},
    },
}

#: The keys of a record, in the order they are written.
RECORD_FIELDS: tuple[Field, ...] = (
    Field("schema_version", {"type": "string", "pattern": r"^1\.[0-9]+$",
                             "description": f"{RECORD_SCHEMA_VERSION} for records written by this version; "
                                            "readers of 1.x accept any 1.y."}),
    Field("id", {"type": "string"}, default=str),
    Field("path", _nullable("string")),
    Field("line", _nullable("integer", minimum=1, description="Line of a JSONL input the record came from."),
          required=False),
    Field("metadata", {"type": "object"}, default=dict),
    Field("source", _nullable("string", description="The outlet, feed or domain the article came from: the source "
                                                    "field of its metadata, else the host of its url, else the "
                                                    "folder of its file."), required=False),
    Field("copy_of", _COPY_OF, required=False),
    Field("status", {"enum": ["ok", "error"]}, default=lambda: "ok"),
    Field("error", _nullable("string")),
    Field("words", {"type": "integer", "minimum": 0}, default=int),
    Field("score", _nullable("number", **_SCORE)),
    Field("verdict", {"enum": [*_VERDICTS, None]}),
    Field("families", {"type": "object",
                       "description": "Sub-score per family: the built-in duplication, translation, pronouns, "
                                      "boilerplate, structure, language, readability, and any family a plugin adds.",
                       "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
                       "additionalProperties": {"type": "number", **_SCORE}}, default=dict),
    Field("metrics", {"type": "object", "additionalProperties": {"type": "number"}}, default=dict),
    Field("explanation", _EXPLANATION, required=False, default=list),
    Field("suppressed", {"type": "integer", "minimum": 0,
                         "description": "findings silenced by sourcelint directives in the text"},
          required=False, default=int),
    Field("settings", _nullable("string", description="digest of the settings that shaped the record (rules, "
                                                      "options, thresholds...)"), required=False),
    Field("findings", {"type": "array", "items": {"$ref": "#/$defs/finding"}}, default=list),
    Field("fixed", _FIXED, required=False, omit_none=True),
)

_INT0 = {"type": "integer", "minimum": 0}
_INT1 = {"type": "integer", "minimum": 1}

_FIX = {
    "oneOf": [
        {"type": "null"},
        {
            "type": "object",
            "required": ["safe", "edits"],
            "properties": {
                "safe": {"type": "boolean"},
                "description": {"type": "string"},
                "edits": {"type": "array", "items": {
                    "type": "object",
                    "required": ["start", "end", "replacement"],
                    "properties": {"start": _INT0, "end": _INT0, "replacement": {"type": "string"}},
                }},
            },
        },
    ]
}

#: The keys of a finding, in the order they are written.
FINDING_FIELDS: tuple[Field, ...] = (
    Field("code", {"type": "string", "pattern": "^[A-Z]{2,4}[0-9]{3}$"}),
    Field("rule", {"type": "string"}),
    Field("family", {"type": "string"}),
    Field("severity", {"enum": ["error", "warning", "info"]}),
    Field("message", {"type": "string"}),
    Field("start", _INT0),
    Field("end", _INT0),
    Field("line", _INT1),
    Field("column", _INT1),
    Field("end_line", _INT1),
    Field("end_column", _INT1),
    Field("excerpt", {"type": "string"}, default=str),
    Field("confidence", {"type": "number", "minimum": 0, "maximum": 1}, default=lambda: 1.0, digits=3),
    Field("related", {"type": "array", "items": {"$ref": "#/$defs/span"}}, default=tuple),
    Field("fix", _FIX),
    Field("explanation", {"type": "string"}, required=False, default=str),
    Field("suggestion", {"type": "string"}, required=False, default=str),
    Field("extent", {"type": "number", "minimum": 0, "maximum": 1}, required=False, default=float, digits=4),
    Field("scope", {"enum": ["span", "document"],
                    "description": "document: a judgement on the whole article (its span only anchors it, e.g. at "
                                   "the first paragraph); span (the default when absent): a problem at start-end."},
          required=False, default=lambda: "span"),
)

RECORD_KEYS: tuple[str, ...] = tuple(f.name for f in RECORD_FIELDS)
FINDING_KEYS: tuple[str, ...] = tuple(f.name for f in FINDING_FIELDS)

_SPAN = {
    "type": "object",
    "required": ["start", "end", "line", "column", "end_line", "end_column"],
    "properties": {"start": _INT0, "end": _INT0, "line": _INT1, "column": _INT1, "end_line": _INT1,
                   "end_column": _INT1, "message": {"type": "string"}},
}

#: What an error record may and may not hold, by status.
_STATUS_RULE = {
    "if": {"properties": {"status": {"const": "ok"}}},
    "then": {"properties": {"score": {"type": "number"}, "verdict": {"enum": _VERDICTS}, "error": {"const": None}}},
    "else": {"properties": {"error": {"type": "string"}, "findings": {"maxItems": 0}}},
}


def _object(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: f.schema for f in fields},
    }


def record_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record, from :data:`RECORD_FIELDS` and :data:`FINDING_FIELDS`."""
    record = _object(RECORD_FIELDS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://sourcelint.invalid/schema/record-{RECORD_SCHEMA_VERSION}.json",
        "title": "sourcelint JSONL record",
        "description": f"One linted (or unreadable) input document. Version {RECORD_SCHEMA_VERSION}: fields may be "
                       "added in 1.x; removing or changing one bumps the major version.",
        "type": "object",
        "required": record["required"],
        "additionalProperties": False,
        "properties": record["properties"],
        "allOf": [_STATUS_RULE],
        "$defs": {"span": _SPAN, "finding": _object(FINDING_FIELDS)},
    }


def record_json_schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(record_json_schema(), indent=2, ensure_ascii=False) + "\n"
