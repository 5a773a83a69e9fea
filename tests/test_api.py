"""The Python API: lint_text, Linter.lint_many, Report.to_dict, pickling."""

from __future__ import annotations

import json
import pickle

import sourcelint
from sourcelint import Config, Document, Linter

from conftest import sample_text


def test_lint_text_record_equals_cli_record_shape() -> None:
    report = sourcelint.lint_text(sample_text("000"), id="000")
    rec = report.to_dict()
    assert rec["id"] == "000" and rec["status"] == "ok"
    assert json.loads(json.dumps(rec)) == rec  # JSON-ready
    assert set(rec["families"]) == {"duplication", "translation", "pronouns", "boilerplate", "structure",
                                    "language", "readability"}


def test_lint_many_streams_in_order_and_never_raises_on_bad_records() -> None:
    items = ["First text.", {"id": "b", "text": "Second."}, {"id": "c"}, {"id": "d", "text": 3},
             Document("Third.", id="e"), 42]
    reports = list(Linter().lint_many(iter(items)))
    assert [r.id for r in reports] == ["0", "b", "c", "d", "e", "5"]
    assert [r.status for r in reports] == ["ok", "ok", "error", "error", "ok", "error"]


def test_linter_is_picklable_and_deterministic() -> None:
    linter = Linter(Config(ignore=("RDB",)))
    clone = pickle.loads(pickle.dumps(linter))
    text = sample_text("004")
    assert clone.lint_text(text, id="x").to_dict() == linter.lint_text(text, id="x").to_dict()


def test_oversized_document_is_an_error_record() -> None:
    report = Linter(Config(max_document_chars=10)).lint_text("x" * 11)
    assert report.status == "error" and "over the limit" in report.error


def test_a_crashing_rule_yields_an_internal_error_and_the_run_goes_on() -> None:
    from sourcelint import Rule

    class Boom(Rule):
        """Always crashes.

        What it finds:
        Nothing.

        Why it matters:
        It tests crash isolation.

        How to fix:
        Nothing to fix.
        """

        code = "BLP999"
        name = "boom"
        family = "boilerplate"

        def check(self, doc):
            raise ValueError("kaboom")

    report = Linter(rules=[Boom]).lint_text("Some text.")
    assert report.status == "ok"
    (f,) = report.findings
    assert f.code == "SL001" and "BLP999" in f.message and "kaboom" in f.message
    assert report.score == 100.0  # an internal error says nothing about the article
