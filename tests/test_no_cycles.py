"""Linting leaves no reference cycles behind.

A document's views are freed by reference counting as soon as its report
is dropped; a cycle (a recursive closure, a view that points back at its
document) would keep them for the cyclic garbage collector, whose sweeps
then cost more than some rules (see tests/benchmarks/bench.py).
"""

from __future__ import annotations

import gc
from pathlib import Path

from sourcelint import Document, Linter

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# Page furniture and an embed, so the template matcher runs too.
EXTRA = ("Advertisement\n\nBack to top\n\nShare this article\n\n"
         "Sign up for our newsletter to get the latest news.\n\nRead more: the minister said")


def test_linting_creates_no_cyclic_garbage() -> None:
    linter = Linter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + [EXTRA]
    for text in texts:  # load the lexicons first: what stays loaded is no garbage
        linter.lint(Document(text))
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            assert linter.lint(Document(text)).score is not None
        garbage = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert garbage == 0, f"linting left {garbage} objects in reference cycles"
