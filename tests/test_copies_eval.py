"""Floors for copy linking on copies made by tests/eval/copies_eval.py (corpus if present, else the blind sets)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))
from copies_eval import evaluate  # noqa: E402


def test_copy_linking_finds_copies_and_links_nothing_else():
    result = evaluate(0.5, seed=0)   # the default copy-similarity
    recall = result["recall"]
    assert recall["syndicated"] >= 0.99 and recall["mt"] >= 0.95 and recall["trimmed"] >= 0.85
    assert recall["mt-heavy"] >= 0.6
    assert recall["reworded"] <= 0.1      # a 30% rewrite is not a copy
    assert result["precision"] >= 0.99
