"""Regression guards on the boilerplate/disclaimer/foreign/broken-paragraph
development set (tests/eval/blp_dev.jsonl, built by make_blp_dev.py).

The set was written before the rules it measures were changed and then
tuned on, so it is a regression set, never a blind one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import load_script

_EVAL = Path(__file__).resolve().parent / "eval"


def _load(name: str):
    return load_script(_EVAL / f"{name}.py")


sys.path.insert(0, str(_EVAL))
MAKE = _load("make_blp_dev")
BLIND = _load("blind_eval")
KINDS = ("placeholder", "furniture", "embed", "disclaimer", "foreign", "broken_paragraph")


@pytest.fixture(scope="module")
def results() -> dict:
    codes = dict(BLIND.KIND_CODES, broken_paragraph=("STR001",))
    BLIND.KIND_CODES = codes
    return BLIND.evaluate(MAKE._items())


def test_the_file_is_what_the_generator_writes() -> None:
    with MAKE.OUT.open(encoding="utf-8") as fh:
        stored = [json.loads(line) for line in fh if line.strip()]
    assert stored == MAKE._items()


@pytest.mark.parametrize("kind", KINDS)
def test_recall_floor(results: dict, kind: str) -> None:
    assert results["spans"][kind] >= 3
    assert results["recall"][kind] >= 0.85, [m for m in results["missed"] if m[0] == kind]


def test_no_warning_on_the_clean_look_alikes(results: dict) -> None:
    assert results["clean_items"] >= 15
    assert results["false_alarms"] == []
