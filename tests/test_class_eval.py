"""Regression floor for residue found by class (``tests/eval/inject_classes.py``).

Generated placeholders, widget residue, furniture and notices of automatic
origin are injected into a subset of the clean corpus articles; recall per
class and batch must stay above floors a little below what the full
evaluation measures, and look-alikes (lists, lyrics, Q&A, datelines,
results, corrections, bracketed insertions, clock times, reporting about
automation) must draw no warning/error finding of the four classes' codes
but the caption labels BLP001 reports by design.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcelint import Config, Linter

from conftest import load_script

inject_classes = load_script(Path(__file__).resolve().parent / "eval" / "inject_classes.py")

# Per class, over all batches together (the full evaluation measures about
# 0.99, 0.88, 0.96 and 1.0; held-out first runs are in the commit bodies).
FLOORS = {"placeholder": 0.9, "embed": 0.75, "furniture": 0.85, "disclaimer": 0.9}


@pytest.fixture(scope="module")
def result():
    return inject_classes.evaluate(inject_classes.load_clean(6), seed=5, per_article=2, linter=Linter(Config()))


@pytest.mark.needs_corpus
@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_recall_by_class(result, cls: str) -> None:
    cells = [c for (k, _, _), c in result["hits"].items() if k == cls]
    found, n = sum(c[0] for c in cells), sum(c[1] for c in cells)
    assert n >= 100, f"too few {cls} injections to judge"
    assert found / n >= FLOORS[cls], (cls, found / n, sorted(set(result["missed"][(cls, "held4")]))[:5])


@pytest.mark.needs_corpus
def test_look_alikes_stay_quiet(result) -> None:
    alarms = {g: a for g, a in result["alarms"].items() if g != "caption"}
    assert sum(result["inserted"].values()) >= 150
    assert not alarms, alarms
