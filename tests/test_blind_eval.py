"""Regression guards on the blind labelled sets (tests/eval/blind_eval.py).

Precision and the clean passages are guarded on every set. Recall floors
only on v1 and v2, whose misses were used to improve the rules: v3 stays a
measure, so its recall is reported by the script, not pinned here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

_EVAL = Path(__file__).resolve().parent / "eval" / "blind_eval.py"


def _module():
    return load_script(_EVAL)


MOD = _module()
RESULTS = {name: MOD.evaluate(MOD.load(path)) for name, path in MOD.SETS.items()}

V1_RECALL = {"glued": 0.85, "stray": 0.9, "break": 0.9, "fragment": 0.85, "attribution": 0.9,
             "disclaimer": 0.9, "foreign": 0.9, "furniture": 0.9, "placeholder": 0.9, "embed": 0.9}


@pytest.mark.parametrize("kind", sorted(V1_RECALL))
def test_v1_recall_floor(kind: str) -> None:
    assert RESULTS["v1"]["recall"][kind] >= V1_RECALL[kind], RESULTS["v1"]["missed"]


V2_RECALL = {"glued": 0.75, "stray": 0.9, "break": 0.9, "fragment": 0.85, "attribution": 0.75,
             "disclaimer": 0.9, "foreign": 0.85, "furniture": 0.8, "placeholder": 0.9, "embed": 0.9}


@pytest.mark.parametrize("kind", sorted(V2_RECALL))
def test_v2_recall_floor(kind: str) -> None:
    assert RESULTS["v2"]["recall"][kind] >= V2_RECALL[kind], RESULTS["v2"]["missed"]


@pytest.mark.parametrize("name", sorted(MOD.SETS))
@pytest.mark.parametrize("kind", sorted(V1_RECALL))
def test_precision_on_the_artefact_passages(name: str, kind: str) -> None:
    p = RESULTS[name]["precision"][kind]
    assert p != p or p >= 0.9, (name, kind, p)  # nan: no finding at all


@pytest.mark.parametrize("name", sorted(MOD.SETS))
def test_no_warning_on_the_clean_passages(name: str) -> None:
    res = RESULTS[name]
    assert res["clean_items"] >= 100
    assert len(res["false_alarms"]) <= 1, res["false_alarms"]
