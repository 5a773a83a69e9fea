"""Regression floor for the duplication family on injected copies (tests/eval/inject_duplicates.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, native_corpus

pytestmark = pytest.mark.needs_corpus

EVAL = Path(__file__).resolve().parent / "eval" / "inject_duplicates.py"


def _load_eval():
    return load_script(EVAL)


@pytest.fixture(scope="module")
def result():
    records = native_corpus()[:25]
    return _load_eval().evaluate(records, seed=7, rounds=2)


def test_every_kind_was_injected(result) -> None:
    for kind, n in result.injected.items():
        assert n >= 30, kind


def test_exact_copies_and_blocks_are_found_with_their_spans(result) -> None:
    for kind in ("paragraph", "block"):
        assert result.recall(kind) >= 0.9, kind
        assert result.exact_rate(kind) >= 0.9, kind


def test_near_copies_and_sentences_are_found(result) -> None:
    assert result.recall("near") >= 0.8
    assert result.recall("sentence") >= 0.8


def test_no_warnings_on_the_untouched_originals(result) -> None:
    serious = [f for f in result.clean_findings if f[2] in ("warning", "error")]
    assert serious == []
    assert result.clean_words > 5000
