"""``--format sarif``: a SARIF 2.1.0 log for code-scanning tools.

One run, with the selected rules as ``tool.driver.rules`` (summary, What it
finds, the full documentation as help, default level) and one result per
finding. Locations use URIs relative to the working directory (base id
``%SRCROOT%``), regions in lines and columns of Unicode code points
(``columnKind``), plus character offsets; a finding's fix becomes a SARIF
``fix`` with its replacements. Findings in JSONL records point at the
record's line, with the record id as a logical location.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..docs import render_rule_doc
from ..finding import Finding
from ..linter import Report
from . import Reporter, Summary

__all__ = ["SarifReporter", "SARIF_SCHEMA_URI", "artifact_uri"]

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/sourcelint/sourcelint"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
BASE_ID = "%SRCROOT%"


def artifact_uri(path: str, cwd: str) -> tuple[str, str | None]:
    """``(uri, uriBaseId)`` for a file: relative to ``cwd`` when inside it, else a ``file:`` URI."""
    p = Path(path)
    absolute = p if p.is_absolute() else Path(cwd, p)
    try:
        rel = os.path.relpath(os.path.normpath(absolute), os.path.normpath(cwd))
    except ValueError:  # another drive on Windows
        rel = None
    if rel is not None and not rel.startswith(".."):
        return quote(Path(rel).as_posix()), BASE_ID
    return Path(os.path.normpath(absolute)).as_uri(), None


def _level(severity: str) -> str:
    return _LEVELS.get(severity, "note")


class SarifReporter(Reporter):
    """Writes one SARIF 2.1.0 log when the run ends."""

    buffered = True

    def start(self) -> None:
        self._results: list[dict[str, Any]] = []
        self._notifications: list[dict[str, Any]] = []
        self._rule_index: dict[str, int] = {}
        self._rules: list[dict[str, Any]] = []
        for code in sorted(self.context.rules):
            self._add_rule(code)

    def _add_rule(self, code: str, finding: Finding | None = None) -> int:
        if code in self._rule_index:
            return self._rule_index[code]
        cls = self.context.rules.get(code)
        if cls is not None:
            descriptor: dict[str, Any] = {
                "id": code,
                "name": cls.name,
                "shortDescription": {"text": cls.summary()},
                "fullDescription": {"text": " ".join(cls.doc_section("What it finds").split()) or cls.summary()},
                "help": {"text": render_rule_doc(cls)},
                "defaultConfiguration": {"level": _level(cls.severity)},
                "properties": {"family": cls.family, "fixable": bool(cls.fixable), "tags": [cls.family]},
            }
        else:  # a finding from a rule the context does not list (SL001, a plugin)
            summary = finding.explanation if finding else code
            descriptor = {
                "id": code,
                "name": finding.rule if finding else code.lower(),
                "shortDescription": {"text": summary or code},
                "defaultConfiguration": {"level": _level(finding.severity if finding else "warning")},
            }
        self._rule_index[code] = len(self._rules)
        self._rules.append(descriptor)
        return self._rule_index[code]

    def _location(self, report: Report) -> dict[str, Any]:
        uri, base = artifact_uri(report.path or report.id, self.context.cwd)
        loc: dict[str, Any] = {"uri": uri}
        if base:
            loc["uriBaseId"] = base
        return loc

    def report(self, report: Report) -> None:
        if report.status != "ok":
            self._notifications.append({
                "level": "error",
                "message": {"text": f"{report.path or report.id}: {report.error}"},
                "locations": [self._physical(report, None)] if report.path else [],
            })
            return
        for f in report.findings:
            self._results.append(self._result(report, f))

    def _physical(self, report: Report, f: Finding | None, start: int | None = None, end: int | None = None,
                  lines: tuple[int, int, int, int] | None = None) -> dict[str, Any]:
        loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": self._location(report)}}
        if report.path is None:
            return loc
        if report.line is not None:
            # A JSONL record: the finding's offsets are inside its text field,
            # not in the file, so the region is the record's line.
            loc["physicalLocation"]["region"] = {"startLine": report.line}
            return loc
        if f is not None or lines is not None:
            line, col, end_line, end_col = lines or (f.line, f.column, f.end_line, f.end_column)  # type: ignore[union-attr]
            s = f.start if start is None else start  # type: ignore[union-attr]
            e = f.end if end is None else end  # type: ignore[union-attr]
            region: dict[str, Any] = {
                "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                "charOffset": s, "charLength": max(0, e - s),
            }
            doc = report.document
            if doc is not None and e > s:
                region["snippet"] = {"text": doc.text[s:e] if e - s <= 1000 else doc.text[s : s + 1000]}
            loc["physicalLocation"]["region"] = region
        return loc

    def _result(self, report: Report, f: Finding) -> dict[str, Any]:
        index = self._add_rule(f.code, f)
        location = self._physical(report, f)
        if report.line is not None:
            location["logicalLocations"] = [{
                "name": report.id,
                "fullyQualifiedName": f"{report.path}:{report.line}:{report.id}",
                "kind": "object",
            }]
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index,
            "level": _level(f.severity),
            "message": {"text": f.message},
            "locations": [location],
            "partialFingerprints": {"sourcelintSpan/v1": _fingerprint(report, f)},
            "properties": {
                "family": f.family,
                "confidence": round(f.confidence, 3),
                "documentId": report.id,
                **({"textRegion": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                                    "endColumn": f.end_column, "charOffset": f.start,
                                    "charLength": f.end - f.start}} if report.line is not None else {}),
            },
        }
        if f.related and report.line is None:
            result["relatedLocations"] = [
                {"id": i, "message": {"text": r.message or "related"},
                 **self._physical(report, None, r.start, r.end, (r.line, r.column, r.end_line, r.end_column))}
                for i, r in enumerate(f.related, 1)
            ]
        if f.fix is not None and f.fix.edits and report.line is None and report.path is not None:
            result["fixes"] = [{
                "description": {"text": (f.fix.description or "apply the fix")
                                + ("" if f.fix.safe else " (unsafe: may change the meaning)")},
                "artifactChanges": [{
                    "artifactLocation": self._location(report),
                    "replacements": [
                        {"deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                         **({"insertedContent": {"text": e.replacement}} if e.replacement else {})}
                        for e in f.fix.edits
                    ],
                }],
            }]
        return result

    def finish(self, summary: Summary) -> None:
        log = {
            "$schema": SARIF_SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "sourcelint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": INFORMATION_URI,
                    "rules": self._rules,
                }},
                "invocations": [{
                    "executionSuccessful": summary.errors == 0,
                    "toolExecutionNotifications": self._notifications,
                }],
                "originalUriBaseIds": {BASE_ID: {"uri": Path(self.context.cwd).resolve().as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": self._results,
                "properties": {"summary": summary.to_dict()},
            }],
        }
        self.stream.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")


def _fingerprint(report: Report, f: Finding) -> str:
    """Stable across line moves: the rule, the document and the flagged text."""
    doc = report.document
    span = doc.text[f.start : f.end] if doc is not None else f.excerpt
    h = hashlib.sha256(f"{f.code}\0{report.id}\0{span}".encode("utf-8", "surrogatepass")).hexdigest()
    return h[:32]
