"""Shared fixtures: paths to samples and the shared corpus, and the
``needs_*`` marks for tests that need something a fresh clone lacks.

A test marked ``needs_corpus`` (../shared/corpus beside the project),
``needs_chromium`` (a chromium executable) or ``needs_postgres`` (a
PostgreSQL server binary) is skipped, with the reason and how to get the
missing piece, when that piece is absent, unless ``SOURCELINT_REQUIRE``
lists it (``SOURCELINT_REQUIRE=corpus,chromium,postgres``, as ``.ci/run``
sets): then a missing requirement fails the test instead of skipping it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from types import ModuleType
from pathlib import Path
from typing import Callable

import pytest


ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def sample_text(prefix: str) -> str:
    """The text of the sample whose file name starts with ``prefix`` (e.g. "004")."""
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def load_script(path: Path, name: str | None = None) -> ModuleType:
    """The evaluation, benchmark or tool script at ``path``, imported as a
    module (once per session). It is registered in ``sys.modules`` under
    ``name`` (the file's stem by default), where dataclasses and pickling
    look their module up."""
    name = name or path.stem
    loaded = sys.modules.get(name)
    if loaded is not None and getattr(loaded, "__file__", None) == str(path):
        return loaded
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def native_corpus() -> list[dict]:
    """Records of ../shared/corpus/native-en.jsonl; only for tests marked ``needs_corpus``."""
    path = CORPUS / "native-en.jsonl"
    assert path.is_file(), f"the shared corpus is missing: {path} (mark the test @pytest.mark.needs_corpus)"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def chromium_executable() -> str | None:
    """The chromium the browser tests drive: $SOURCELINT_CHROMIUM, else chromium on PATH."""
    chosen = os.environ.get("SOURCELINT_CHROMIUM")
    if chosen is not None:
        return chosen if chosen and os.access(chosen, os.X_OK) else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _corpus_missing() -> str | None:
    if (CORPUS / "native-en.jsonl").is_file():
        return None
    return (f"the evaluation corpus is not at {CORPUS}: put the shared corpus folder beside the "
            "project (../shared/corpus, as CI has it)")


def _chromium_missing() -> str | None:
    if chromium_executable() is None:
        return ("chromium is not installed (none on PATH or at $SOURCELINT_CHROMIUM): "
                "apt-get install chromium, or set SOURCELINT_CHROMIUM=/path/to/chromium")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -e '.[test]'"
    return None


def _postgres_missing() -> str | None:
    if os.environ.get("SOURCELINT_TEST_PG_URL"):
        return None
    return ("no PostgreSQL server for the ledger tests: start one and set SOURCELINT_TEST_PG_URL to its URL "
            "(.ci/run installs Debian's postgresql, starts a throw-away server and sets it)")


#: mark name -> (requirement name in SOURCELINT_REQUIRE, check returning why it is missing)
REQUIREMENTS: dict[str, tuple[str, Callable[[], str | None]]] = {
    "needs_corpus": ("corpus", _corpus_missing),
    "needs_chromium": ("chromium", _chromium_missing),
    "needs_postgres": ("postgres", _postgres_missing),
}


def required() -> set[str]:
    """The requirements that $SOURCELINT_REQUIRE turns from a skip into a failure."""
    return {part.strip().lower() for part in os.environ.get("SOURCELINT_REQUIRE", "").split(",") if part.strip()}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    must = required()
    for mark, (name, missing) in REQUIREMENTS.items():
        if item.get_closest_marker(mark) is None:
            continue
        why = missing()
        if why is None:
            continue
        if name in must:
            pytest.fail(f"{why} (required: SOURCELINT_REQUIRE={os.environ['SOURCELINT_REQUIRE']})", pytrace=False)
        pytest.skip(f"{mark}: {why}")
