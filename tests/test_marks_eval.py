"""Regression floors for MT002, MT003 and STR001 on damage drawn from
classes by tests/eval/inject_marks.py into native news: quote marks of
every style, unpaired quotations, doubled and spaced marks, other
scripts' marks, full stops at word gaps and paragraphs cut by a blank
line or one line break; and the rates on the untouched articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, native_corpus

_EVAL = Path(__file__).resolve().parent / "eval"


@pytest.fixture(scope="module")
def results():
    load_script(_EVAL / "inject_breaks.py")  # imported by name by inject_marks
    return load_script(_EVAL / "inject_marks.py").evaluate(native_corpus(), copies=2, seed=5)


@pytest.mark.needs_corpus
def test_enough_damage_is_injected(results):
    assert results["injected"]["stray"] >= 300 and results["injected"]["broken"] >= 150


@pytest.mark.needs_corpus
def test_stray_mark_recall(results):
    assert results["recall"]["stray"] >= 0.87, results["by_form"]["stray"]
    quotes = [v for k, v in results["by_form"]["stray"].items() if k.startswith(("quote-mark", "unpaired"))]
    assert sum(n * r for n, r, _ in quotes) / sum(n for n, _, _ in quotes) >= 0.7


@pytest.mark.needs_corpus
def test_broken_paragraph_recall(results):
    assert results["recall"]["broken"] >= 0.85, results["by_form"]["broken"]


@pytest.mark.needs_corpus
def test_lowercase_breaks_are_found(results):
    n, recall, _ = results["by_form"]["break"]["stop-low"]
    assert recall >= 0.9, (n, recall)


@pytest.mark.needs_corpus
def test_untouched_news_stays_quiet(results):
    assert results["clean"]["STR001"][0] == 0.0
    assert results["clean"]["MT002"][0] <= 0.2 and results["clean"]["MT002"][1] <= 0.3
    assert results["clean"]["MT003"][0] <= 0.1
