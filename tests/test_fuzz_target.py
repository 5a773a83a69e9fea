"""The fuzz target itself works: its seeds pass through :func:`check_bytes`.

``.ci/run`` fuzzes after the test suite; a target broken by an API change
must fail here first, where the traceback is short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

_PATH = Path(__file__).parent / "fuzz" / "fuzz_lint.py"
fuzz_lint = load_script(_PATH)


@pytest.mark.parametrize("index", range(len(fuzz_lint.seeds())))
def test_seed_passes_the_target(index: int) -> None:
    fuzz_lint.check_bytes(fuzz_lint.seeds()[index][:6000])


def test_hypothesis_engine_runs() -> None:
    assert fuzz_lint.run_hypothesis(1.0) >= 1
