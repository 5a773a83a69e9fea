"""The MT001-MT003 development set (tests/eval/mt_surface_dev.jsonl): short
passages with glued words, stray marks and spurious breaks in wordings no
rule case uses, and clean look-alikes (scores, quotations over paragraphs,
brand and currency forms, lists, URLs). Written with the mechanisms, so it
guards them; it measures no generalisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcelint import Linter

DEV = Path(__file__).resolve().parent / "eval" / "mt_surface_dev.jsonl"
CODES = {"glued": "MT001", "stray": "MT002", "break": "MT003"}
ITEMS = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize("item", [i for i in ITEMS if i["kind"] != "clean"], ids=lambda i: i["id"])
def test_damage_is_found(item: dict, linter: Linter) -> None:
    findings = linter.lint_text(item["text"]).findings
    for s, e in item["spans"]:
        assert any(f.code == CODES[item["kind"]] and f.start < e and s < max(f.end, f.start + 1) for f in findings), \
            f"{item['id']}: {item['text'][s:e]!r} not reported"


@pytest.mark.parametrize("item", [i for i in ITEMS if i["kind"] == "clean"], ids=lambda i: i["id"])
def test_clean_stays_quiet(item: dict, linter: Linter) -> None:
    findings = [f for f in linter.lint_text(item["text"]).findings if f.severity != "info"]
    assert findings == [], [(f.code, item["text"][f.start:f.end]) for f in findings]
