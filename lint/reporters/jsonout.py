"""Machine-readable output: ``jsonl`` (one record per document) and ``json``."""

from __future__ import annotations

import json
from typing import Any

from ..linter import RECORD_SCHEMA_VERSION, Report
from . import Reporter, Summary

__all__ = ["JsonlReporter", "JsonReporter"]


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


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
        self.stream.write(json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n")
