"""Calibration on the five articles the project started from, with every default rule."""

from __future__ import annotations

import pytest

from conftest import sample_text
from sourcelint import Config, Linter

LINTER = Linter()


@pytest.mark.parametrize(("prefix", "verdict"), [("000", "pass"), ("001", "pass"), ("002", "review"),
                                                 ("003", "reject"), ("004", "reject")])
def test_verdicts_of_the_samples(prefix: str, verdict: str) -> None:
    report = LINTER.lint_text(sample_text(prefix), id=prefix)
    assert report.verdict == verdict, (prefix, report.score, report.explanation)


def test_clean_samples_have_no_warning_or_error() -> None:
    for prefix in ("000", "001"):
        report = LINTER.lint_text(sample_text(prefix))
        assert [f.code for f in report.findings if f.severity != "info"] == [], prefix


def test_004_is_rejected_on_duplication_alone_and_explains_why() -> None:
    report = Linter(Config(select=("DUP",))).lint_text(sample_text("004"))
    assert report.verdict == "reject"
    full = LINTER.lint_text(sample_text("004"))
    assert full.explanation[0]["family"] == "duplication"
    assert full.explanation[0]["codes"].get("DUP002") == 1


def test_the_damaged_samples_owe_their_verdict_to_the_right_families() -> None:
    fam = {p: LINTER.lint_text(sample_text(p)).families for p in ("002", "003", "004")}
    assert fam["002"]["boilerplate"] < 90 and fam["002"]["translation"] == 100
    assert fam["003"]["translation"] < 70
    # 004's artefacts in its pasted-twice half cost once (lint/copies.py), so
    # translation loses about 24 points rather than 41.
    assert fam["004"]["pronouns"] < 80 and fam["004"]["translation"] < 80


def test_findings_inside_the_pasted_copy_of_004_are_reported_once_with_the_copy_related() -> None:
    report = LINTER.lint_text(sample_text("004"))
    block = next(f for f in report.findings if f.code == "DUP002")
    inside = [f for f in report.findings if block.start <= f.start < block.end and f is not block]
    assert inside == [], [(f.code, f.line) for f in inside]
    glued = [f for f in report.findings if f.code == "MT001"]
    assert len(glued) == 1 and glued[0].line == 2
    copies = [r for r in glued[0].related if r.message == "the same in the repeated copy"]
    assert [(r.line, r.column) for r in copies] == [(22, 10)]
    # Every finding of the first half had its twin in the copy.
    folded = [f for f in report.findings if any(r.message == "the same in the repeated copy" for r in f.related)]
    assert len(folded) >= 12
