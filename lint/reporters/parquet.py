"""``--format parquet``: the records as a Parquet table (``pip install 'sourcelint[parquet]'``).

One row per article, the JSONL record's fields as columns: ``families`` and
``metrics`` as maps, ``findings`` as a list of structs (code, rule, family,
severity, message, span, excerpt, confidence, extent, fix description and
safety), ``metadata`` and ``explanation`` as JSON text (their shape varies
from article to article). Rows are written in row groups as they come, so a
run of any size holds one group in memory.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..formats import require
from ..linter import Report
from . import Reporter, ReporterContext, Summary

__all__ = ["ParquetReporter", "record_schema"]

#: Rows per row group.
GROUP_ROWS = 2048


def record_schema(pa: Any) -> Any:
    """The Arrow schema of a record row."""
    finding = pa.struct([
        ("code", pa.string()), ("rule", pa.string()), ("family", pa.string()), ("severity", pa.string()),
        ("message", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("line", pa.int64()),
        ("column", pa.int64()), ("end_line", pa.int64()), ("end_column", pa.int64()), ("excerpt", pa.string()),
        ("confidence", pa.float64()), ("extent", pa.float64()), ("fix", pa.string()), ("fix_safe", pa.bool_()),
    ])
    return pa.schema([
        ("schema_version", pa.string()), ("id", pa.string()), ("path", pa.string()), ("line", pa.int64()),
        ("status", pa.string()), ("error", pa.string()), ("words", pa.int64()), ("score", pa.float64()),
        ("verdict", pa.string()), ("families", pa.map_(pa.string(), pa.float64())),
        ("metrics", pa.map_(pa.string(), pa.float64())), ("metadata", pa.string()),
        ("explanation", pa.string()), ("findings", pa.list_(finding)),
    ])


def _finding_row(f: dict[str, Any]) -> dict[str, Any]:
    fix = f.get("fix")
    row = {k: f.get(k) for k in ("code", "rule", "family", "severity", "message", "start", "end", "line",
                                 "column", "end_line", "end_column", "excerpt", "confidence", "extent")}
    row["fix"] = fix["description"] if fix else None
    row["fix_safe"] = fix["safe"] if fix else None
    return row


def record_row(record: dict[str, Any]) -> dict[str, Any]:
    """One JSONL record as a row of :func:`record_schema`."""
    row = {k: record.get(k) for k in ("schema_version", "id", "path", "line", "status", "error", "words",
                                      "score", "verdict")}
    row["families"] = list((record.get("families") or {}).items())
    row["metrics"] = [(k, float(v)) for k, v in (record.get("metrics") or {}).items()]
    row["metadata"] = json.dumps(record.get("metadata") or {}, ensure_ascii=False, default=str)
    row["explanation"] = json.dumps(record.get("explanation") or [], ensure_ascii=False, default=str)
    row["findings"] = [_finding_row(f) for f in record.get("findings") or []]
    return row


class ParquetReporter(Reporter):
    """Writes the records to the output as one Parquet file."""

    #: Never written to a terminal.
    binary = True

    @classmethod
    def check_available(cls) -> None:
        """Raise MissingExtra when pyarrow is not installed."""
        require("pyarrow.parquet", "--format parquet")

    def __init__(self, stream: TextIO, context: ReporterContext | None = None) -> None:
        super().__init__(stream, context)
        self._pa = require("pyarrow", "--format parquet")
        self._pq = require("pyarrow.parquet", "--format parquet")
        self._schema = record_schema(self._pa)
        self._rows: list[dict[str, Any]] = []
        self._writer: Any = None

    def start(self) -> None:
        self.stream.flush()
        sink = getattr(self.stream, "buffer", self.stream)
        self._writer = self._pq.ParquetWriter(self._pa.PythonFile(sink, mode="w"), self._schema)

    def report(self, report: Report) -> None:
        self._rows.append(record_row(report.to_dict()))
        if len(self._rows) >= GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def finish(self, summary: Summary) -> None:
        if self._writer is None:
            return
        self._flush()
        self._writer.close()
        self._writer = None
        sink = getattr(self.stream, "buffer", self.stream)
        sink.flush()
