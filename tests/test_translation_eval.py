"""Regression floors for the translation family on injected artefacts.

Runs the seeded corruption generator of tests/eval/inject_mt.py on a subset of
the native corpus and checks per-rule recall floors and the clean
false-positive ceiling the issue sets, plus a few properties of the shared
signals (determinism, no findings on clean text, speed-safe hostile input).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from conftest import load_script, sample_text
from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.translation import RULES, artefacts, translation_signals

_EVAL = Path(__file__).resolve().parent / "eval" / "inject_mt.py"


def _inject_module():
    return load_script(_EVAL)


@pytest.fixture(scope="module")
def results():
    mod = _inject_module()
    return mod.evaluate(mod.load_articles(limit=25), seed=7, per_kind=2)


FLOORS = {"MT001": 0.9, "MT002": 0.9, "MT003": 0.9, "MT006": 0.9, "MT004": 0.7, "MT005": 0.7, "MT007": 0.7}


@pytest.mark.needs_corpus
@pytest.mark.parametrize("code", sorted(FLOORS))
def test_recall_floor(results, code):
    assert results["injected"][code] >= 20, "the generator injected too few artefacts to judge"
    assert results["recall"][code] >= FLOORS[code], f"{code} recall {results['recall'][code]:.3f}"


@pytest.mark.needs_corpus
@pytest.mark.parametrize("code", sorted(FLOORS))
def test_precision_floor(results, code):
    assert results["precision"][code] >= 0.85, f"{code} precision {results['precision'][code]:.3f}"


@pytest.fixture(scope="module")
def held_out():
    mod = _inject_module()
    return mod.evaluate(mod.load_articles(limit=25), seed=7, per_kind=2, held_out=True)


@pytest.mark.needs_corpus
@pytest.mark.parametrize("code", sorted(FLOORS))
def test_held_out_forms(held_out, code):
    """Surface forms the detectors were not first written for (now a regression set)."""
    assert held_out["injected"][code] >= 20
    assert held_out["recall"][code] >= min(FLOORS[code], 0.8), f"{code} held-out recall {held_out['recall'][code]:.3f}"
    assert held_out["precision"][code] >= 0.85, f"{code} held-out precision {held_out['precision'][code]:.3f}"


@pytest.mark.needs_corpus
def test_clean_false_positive_ceiling(results):
    assert results["clean_words"] > 5000
    assert results["clean_fp_per_1000"] < 0.5, results["clean_fp_items"]


@pytest.mark.needs_corpus
def test_generator_is_seeded():
    mod = _inject_module()
    text = mod.load_articles(limit=1)[0]["text"]
    a = mod.corrupt(text, "fragment", random.Random(3))
    b = mod.corrupt(text, "fragment", random.Random(3))
    assert a.text == b.text and a.spans == b.spans and a.text != text
    for s, e, kind, _ in a.spans:
        assert kind == "fragment" and 0 <= s < e <= len(a.text)


def test_samples_clean_and_damaged():
    """No MT warning/error on the clean samples; many artefacts on the round-tripped ones."""
    linter = Linter(rules=RULES)
    for prefix in ("000", "001"):
        rep = linter.lint_text(sample_text(prefix))
        assert [f.code for f in rep.findings if f.severity != "info"] == []
    for prefix in ("003", "004"):
        rep = linter.lint_text(sample_text(prefix))
        codes = {f.code for f in rep.findings}
        assert "MT008" in codes and len(rep.findings) >= 10
        assert rep.families["translation"] < 60


def test_signals_are_deterministic_and_namespaced():
    doc1 = Document(sample_text("004"))
    doc2 = Document(sample_text("004"))
    s1, s2 = translation_signals(doc1), translation_signals(doc2)
    assert s1 == s2
    assert set(s1) == {
        "translation.artefact_rate",
        "translation.function_word_deviation",
        "translation.ttr",
        "translation.density",
    }
    assert s1["translation.density"] >= s1["translation.artefact_rate"] > 0


def test_view_computed_once():
    doc = Document(sample_text("003"))
    first = artefacts(doc)
    for cls in RULES:
        list(cls().check(doc))
    assert artefacts(doc) is first


@pytest.mark.parametrize(
    "text",
    ["a" * 200_000, " " * 200_000, "aB" * 50_000, ". " * 50_000, "word. " * 30_000, "Ab.Cd" * 30_000, "x , " * 30_000],
)
def test_hostile_input_terminates(text):
    # Correctness only (no timing assertion): every detector handles it.
    doc = Document(text)
    hits = artefacts(doc)
    assert set(hits) == {f"MT00{i}" for i in range(1, 8)}
