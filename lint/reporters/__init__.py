"""Reporters turn reports into output. Each format is a plugin.

A reporter is a class registered under the ``sourcelint.reporters`` entry
point group (the entry-point name is the ``--format`` value). It is built
with the output stream and a :class:`ReporterContext`, receives each report
in input order through :meth:`Reporter.report`, and the run's
:class:`Summary` through :meth:`Reporter.finish`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping, TextIO

from ..linter import Report
from ..rule import Rule

__all__ = ["Reporter", "ReporterContext", "Summary"]


@dataclass
class ReporterContext:
    """What a reporter may need beyond the reports themselves."""

    rules: Mapping[str, type[Rule]] = field(default_factory=dict)
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    #: Whether the text format shows each finding's sentence with the span underlined.
    show_source: bool = True
    cwd: str = "."
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Summary:
    """Totals for a run, accumulated as reports stream past."""

    documents: int = 0
    errors: int = 0
    findings: int = 0
    verdicts: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    severities: Counter = field(default_factory=Counter)
    mean_score: float | None = None
    #: Per-source tallies (a sourcelint.sources.RunSources) when the run knows sources.
    sources: Any = None
    _score_sum: float = 0.0
    _scored: int = 0

    def add(self, report: Report) -> None:
        """Count one report."""
        self.documents += 1
        if report.status != "ok":
            self.errors += 1
            return
        self.verdicts[report.verdict] += 1
        for f in report.findings:
            self.findings += 1
            self.codes[f.code] += 1
            self.severities[f.severity] += 1
        if report.score is not None:
            self._score_sum += report.score
            self._scored += 1
            self.mean_score = round(self._score_sum / self._scored, 1)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready totals."""
        return {
            "documents": self.documents,
            "errors": self.errors,
            "findings": self.findings,
            "mean_score": self.mean_score,
            "verdicts": dict(sorted(self.verdicts.items())),
            "severities": dict(sorted(self.severities.items())),
            "codes": dict(sorted(self.codes.items())),
        }


class Reporter:
    """Base class: override :meth:`report` and :meth:`finish` as needed."""

    #: Whether the reporter needs to see all reports before writing (json).
    buffered: bool = False

    def __init__(self, stream: TextIO, context: ReporterContext | None = None) -> None:
        self.stream = stream
        self.context = context or ReporterContext()

    def start(self) -> None:
        """Called once before the first report."""

    def report(self, report: Report) -> None:
        """Called for each document, in input order."""

    def finish(self, summary: Summary) -> None:
        """Called once after the last report."""
