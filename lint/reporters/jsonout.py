"""Machine-readable output: ``jsonl`` (one record per document) and ``json``."""

from __future__ import annotations

import json
from typing import Any

from ..linter import Report
from ..record_model import RECORD_SCHEMA_VERSION
from . import Reporter, Summary

__all__ = ["JsonlReporter", "JsonReporter"]


def _dumps(obj: Any) -> str:
    try:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str, allow_nan=False)
    except ValueError:  # inf or nan in metadata from the API: strict JSON has no such numbers
        return json.dumps(_finite(obj), ensure_ascii=False, separators=(",", ":"), default=str)


def _finite(obj: Any) -> Any:
    """``obj`` with non-finite floats written as strings ("inf", "nan")."""
    if isinstance(obj, float) and obj - obj != 0.0:
        return str(obj)
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


class JsonlReporter(Reporter):
    """One JSON object per input document, in input order, one per line."""

    def report(self, report: Report) -> None:
        self.stream.write(_dumps(report.to_dict()) + "\n")
        self.stream.flush()


class JsonReporter(Reporter):
    """One JSON object for the run: the per-document records and a summary."""

    buffered = True

    def start(self) -> None:
        self._records: list[dict[str, Any]] = []

    def report(self, report: Report) -> None:
        self._records.append(report.to_dict())

    def finish(self, summary: Summary) -> None:
        out = {
            "schema_version": RECORD_SCHEMA_VERSION,
            "summary": summary.to_dict(),
            "documents": self._records,
        }
        try:
            text = json.dumps(out, ensure_ascii=False, indent=2, default=str, allow_nan=False)
        except ValueError:  # see _finite
            text = json.dumps(_finite(out), ensure_ascii=False, indent=2, default=str)
        self.stream.write(text + "\n")
