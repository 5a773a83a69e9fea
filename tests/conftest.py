"""Shared fixtures: paths to samples and the shared corpus."""

from __future__ import annotations

import json
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def sample_text(prefix: str) -> str:
    """The text of the sample whose file name starts with ``prefix`` (e.g. "004")."""
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def native_corpus() -> list[dict]:
    """Records of ../shared/corpus/native-en.jsonl (which lies beside the project, in CI too)."""
    path = CORPUS / "native-en.jsonl"
    assert path.is_file(), f"the shared corpus is missing: {path}"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
