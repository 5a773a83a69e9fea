"""One record definition: the writer, the reader, the JSON Schema and the
Dask columns all come from ``sourcelint.record_model``."""

from __future__ import annotations

import dataclasses
import json
from importlib.resources import files

import jsonschema

from sourcelint import Linter
from sourcelint.finding import Finding
from sourcelint.integrations.dask import RECORD_COLUMNS
from sourcelint.linter import Report
from sourcelint.record_model import (FINDING_KEYS, RECORD_FIELDS, RECORD_KEYS, RECORD_SCHEMA_VERSION,
                                     record_json_schema, record_json_schema_text)
from sourcelint.records import report_from_dict

GARBLED = ("Officials said on Monday thatthe plan would go ahead. They said, he said.\n\n"
           "Officials said on Monday thatthe plan would go ahead. They said, he said.\n")


def _full_report() -> Report:
    """A report with every optional field set, fixed included."""
    report = Linter().lint_text(GARBLED, id="a1", metadata={"source": "wire"})
    assert report.findings and any(f.fix for f in report.findings) and any(f.related for f in report.findings)
    report.copy_of = {"id": "a0", "source": "wire", "similarity": 0.9, "original_score": 50.0}
    report.fixed = {"applied": 1, "codes": {"DUP001": 1}, "findings_before": 3, "score_after": 90.0,
                    "verdict_after": "pass"}
    report.line = 3
    return report


def test_the_shipped_schema_is_the_generated_one() -> None:
    shipped = (files("sourcelint") / "schema" / "record.schema.json").read_text(encoding="utf-8")
    assert shipped == record_json_schema_text(), "run: python tests/tools/write_record_schema.py"


def test_a_record_has_the_declared_keys_in_order_and_validates() -> None:
    record = _full_report().to_dict()
    assert tuple(record) == RECORD_KEYS
    assert record["schema_version"] == RECORD_SCHEMA_VERSION
    for finding in record["findings"]:
        assert tuple(finding) == FINDING_KEYS
    jsonschema.validate(record, record_json_schema())
    assert set(record_json_schema()["properties"]) == set(RECORD_KEYS)


def test_fixed_is_absent_until_an_article_is_fixed() -> None:
    record = Linter().lint_text(GARBLED, id="a1").to_dict()
    assert "fixed" not in record
    assert tuple(record) == tuple(k for k in RECORD_KEYS if k != "fixed")


def test_every_report_and_finding_attribute_is_a_record_key() -> None:
    report_attrs = {f.name for f in dataclasses.fields(Report)} - {"document"}
    assert report_attrs | {"schema_version"} == set(RECORD_KEYS)
    assert {f.name for f in dataclasses.fields(Finding)} == set(FINDING_KEYS)
    assert RECORD_COLUMNS == tuple(f.name for f in RECORD_FIELDS if not f.omit_none)


def test_reading_a_record_back_gives_the_same_record() -> None:
    record = json.loads(json.dumps(_full_report().to_dict()))
    rebuilt = report_from_dict(record)
    # Report.to_dict, not the rebuilt report's cached record
    assert Report.to_dict(rebuilt) == record
    assert [Finding.to_dict(f) for f in rebuilt.findings] == record["findings"]


def test_a_version_1_0_record_reads_with_defaults() -> None:
    old = {"schema_version": "1.0", "id": "x", "path": None, "metadata": {}, "status": "ok", "error": None,
           "words": 3, "score": 100.0, "verdict": "pass", "families": {}, "metrics": {},
           "findings": [{"code": "MT001", "rule": "glued-words", "family": "translation", "severity": "warning",
                         "message": "m", "start": 0, "end": 1, "line": 1, "column": 1, "end_line": 1,
                         "end_column": 2, "excerpt": "", "confidence": 1.0, "related": [], "fix": None}]}
    jsonschema.validate(old, record_json_schema())
    report = report_from_dict(old)
    assert report.suppressed == 0 and report.source is None and report.explanation == []
    assert report.findings[0].scope == "span" and report.findings[0].extent == 0.0
