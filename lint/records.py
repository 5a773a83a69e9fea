"""Reading records back: the report a JSONL record stands for, and resuming
a run from the records its output already holds."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

from .document import Document
from .finding import Finding
from .inputs import Source
from .linter import Report
from .record_model import RECORD_FIELDS, default_of

__all__ = ["RebuiltReport", "ResumeError", "report_from_dict", "resumed_records"]


def report_from_dict(record: dict[str, Any], document: Document | None = None) -> Report:
    """Rebuild a Report from its record (the inverse of ``Report.to_dict``).

    ``to_dict`` rounds confidence and extent; the rebuilt report's
    ``to_dict()`` equals ``record``.
    """
    values = {f.name: record[f.name] if record.get(f.name) is not None else default_of(f)
              for f in RECORD_FIELDS if f.name != "schema_version"}
    values["findings"] = [Finding.from_dict(f) for f in values["findings"]]
    report = RebuiltReport(**values, document=document)
    report._keep(record)
    return report


class RebuiltReport(Report):
    """A Report rebuilt from a record; ``to_dict()`` hands back that record.

    Serialising a report costs about as much as parsing its JSON, and the
    worker already did it: re-serialising every report in the parent would
    make the parent the bottleneck of a pool. The record is reused only
    while the report's fields still hold what was rebuilt (``line`` and
    ``path`` may be set afterwards); a report whose findings, score or
    status were replaced is serialised afresh.
    """

    def _keep(self, record: dict[str, Any]) -> None:
        self._record = record
        self._kept = (self.findings, len(self.findings), self.metadata, self.status, self.score, self.verdict,
                      self.id)

    def _unchanged(self) -> bool:
        findings, n, metadata, *scalars = self._kept
        return (self.findings is findings and len(findings) == n and self.metadata is metadata
                and [self.status, self.score, self.verdict, self.id] == scalars)

    def to_dict(self) -> dict[str, Any]:
        """The record (see :meth:`Report.to_dict`)."""
        record = getattr(self, "_record", None)
        if record is None or not self._unchanged():
            return super().to_dict()
        out = dict(record)
        out["line"] = self.line
        out["path"] = self.path
        out["copy_of"] = self.copy_of  # set in the parent, after the worker's record
        return out



class ResumeError(Exception):
    """The existing output cannot be continued (it does not match the input)."""


def resumed_records(sources: Iterator[Source], output: str | os.PathLike[str],
                    settings: str | None = None) -> Iterator[tuple[Report, Source]]:
    """Records already in a JSONL ``output``, each paired with the input source it came from.

    Truncates a partial last line (a run killed mid-write), then consumes
    one source from ``sources`` per complete record, checking that the ids
    agree, so the caller can lint the rest of ``sources`` and append. Yields
    nothing if the file does not exist.
    """
    path = Path(output)
    if not path.exists():
        return
    _truncate_partial_line(path)
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                record = json.loads(raw)
                rid = record["id"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ResumeError(f"{path}:{n}: not a sourcelint record ({exc}); cannot resume") from exc
            source = next(sources, None)
            if source is None:
                raise ResumeError(f"{path} has more records ({n}+) than the input has documents; "
                                  "it was written for another input")
            if source.id != rid:
                raise ResumeError(f"{path}:{n}: record {rid!r} but input document {n} is {source.id!r}; "
                                  "the output was written for another input")
            made_with = record.get("settings")
            if settings is not None and made_with is not None and made_with != settings:
                raise ResumeError(f"{path}:{n}: the record was made with other settings (rules selected, their "
                                  "options, severities, thresholds, language...); resume with the same options "
                                  "and configuration, or start a new output")
            yield report_from_dict(record), source


def _truncate_partial_line(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("r+b") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        # Walk back to the last newline, a block at a time.
        pos = size
        keep = 0
        while pos > 0:
            step = min(65536, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                keep = pos + nl + 1
                break
        fh.truncate(keep)


# --------------------------------------------------------------------------- the CLI's entry point
