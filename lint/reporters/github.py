"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message``,
with ``warning`` and ``notice`` for the lower severities. GitHub reads
property values up to the next ``,`` or ``::``, so values and messages are
escaped as its runner expects (``%``, CR and LF everywhere; ``:`` and ``,``
in properties too). Columns are sent only for single-line spans: GitHub
ignores them otherwise.
"""

from __future__ import annotations

import os

from ..finding import Finding
from ..linter import Report
from . import Reporter, Summary

__all__ = ["GithubReporter", "escape_data", "escape_property"]

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow-command message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _relpath(path: str, cwd: str) -> str:
    # Annotations are matched to the checkout by a path relative to it.
    if os.path.isabs(path):
        rel = os.path.relpath(path, cwd)
        if not rel.startswith(".."):
            path = rel
    return path.replace(os.sep, "/")


class GithubReporter(Reporter):
    """One workflow command per finding, then a plain summary line."""

    def _command(self, level: str, props: dict[str, object], message: str) -> None:
        rendered = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
        self.stream.write(f"::{level} {rendered}::{escape_data(message)}\n")

    def report(self, report: Report) -> None:
        file = _relpath(report.path, self.context.cwd) if report.path else None
        if report.status != "ok":
            self._command("error", {"file": file, "line": report.line, "title": "sourcelint: unreadable input"},
                          report.error or "unreadable")
            return
        for f in report.findings:
            self._command(_COMMANDS.get(f.severity, "notice"), self._props(report, file, f), self._message(report, f))

    def _props(self, report: Report, file: str | None, f: Finding) -> dict[str, object]:
        props: dict[str, object] = {"file": file}
        if report.line is not None:
            # A JSONL record: point at its line; the span is in the message.
            props["line"] = report.line
        else:
            props["line"] = f.line
            if f.end_line == f.line:
                props.update(col=f.column, endLine=f.end_line, endColumn=f.end_column)
            else:
                props["endLine"] = f.end_line
        props["title"] = f"{f.code} {f.rule}"
        return props

    def _message(self, report: Report, f: Finding) -> str:
        lines = [f.message]
        if report.line is not None:
            lines[0] = f"[{report.id} {f.line}:{f.column}] {f.message}"
        if f.explanation:
            lines.append(f.explanation)
        if f.fix is not None and f.fix.description:
            lines.append(f"Fix{'' if f.fix.safe else ' (unsafe)'}: {f.fix.description}")
        elif f.suggestion:
            lines.append(f"How to fix: {f.suggestion}")
        return "\n".join(lines)

    def finish(self, summary: Summary) -> None:
        verdicts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items()))
        self.stream.write(f"sourcelint: {summary.documents} document(s): {verdicts or 'none scored'}; "
                          f"{summary.findings} finding(s)\n")
