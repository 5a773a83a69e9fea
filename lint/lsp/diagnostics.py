"""Reports as LSP diagnostics: one per finding, plus the article's score.

Each finding keeps its rule code, severity, message, related spans (the
first copy of a duplicate, the earlier mention of a person) and a link to its
rule's documentation. The score and verdict come as one information-level
diagnostic at the top of the document, so any editor can show them.
"""

from __future__ import annotations

import os
from pathlib import Path

from lsprotocol import types

from .. import __version__
from ..docs import render_rule_doc
from ..finding import Finding
from ..linter import Report
from ..rule import Rule
from .positions import LineIndex

__all__ = ["SOURCE", "SCORE_CODE", "NOT_LINTED_CODE", "to_range", "finding_diagnostic",
           "score_diagnostic", "problem_diagnostic", "score_summary", "rule_doc_uri"]

SOURCE = "sourcelint"
#: Diagnostic codes of what is not a rule's finding.
SCORE_CODE = "score"
NOT_LINTED_CODE = "not-linted"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def to_range(index: LineIndex, start: int, end: int) -> types.Range:
    """The LSP range of the str span ``[start, end)``."""
    (sl, sc), (el, ec) = index.position(start), index.position(end)
    return types.Range(start=types.Position(line=sl, character=sc), end=types.Position(line=el, character=ec))


def finding_diagnostic(f: Finding, index: LineIndex, uri: str, rule: type[Rule] | None) -> types.Diagnostic:
    """One finding as a diagnostic."""
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=to_range(index, r.start, r.end)),
            message=r.message or "related",
        )
        for r in f.related
    ]
    href = rule_doc_uri(rule) if rule is not None else None
    return types.Diagnostic(
        range=to_range(index, f.start, f.end),
        message=f.message,
        severity=_SEVERITY.get(f.severity, types.DiagnosticSeverity.Warning),
        code=f.code,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        related_information=related or None,
        # The span in str offsets: the arguments of the sourcelint.applyFix command.
        data={"start": f.start, "end": f.end,
              "fix": None if f.fix is None else ("safe" if f.fix.safe else "unsafe")},
    )


def score_summary(report: Report) -> str:
    """'score 5.0/100 (reject): duplication -78.4, pronouns -60.6', as in the CLI table."""
    costs = ", ".join(f"{e['family']} -{e['points_lost']:.1f}" for e in report.explanation[:3])
    head = f"score {report.score:.1f}/100 ({report.verdict})"
    return f"{head}: {costs}" if costs else head


def score_diagnostic(report: Report) -> types.Diagnostic:
    """The article's score and verdict, anchored at the start of the document."""
    top = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=top, end=top),
        message=f"sourcelint {score_summary(report)}; {report.words:,} words",
        severity=types.DiagnosticSeverity.Information,
        code=SCORE_CODE,
        source=SOURCE,
    )


def problem_diagnostic(message: str, code: str = NOT_LINTED_CODE) -> types.Diagnostic:
    """One diagnostic saying why the document was not linted (too large, bad configuration)."""
    top = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=top, end=types.Position(line=1, character=0)),
        message=f"sourcelint: not linted: {message}",
        severity=types.DiagnosticSeverity.Warning,
        code=code,
        source=SOURCE,
    )


def _docs_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sourcelint" / f"rules-{__version__}"


_written: dict[str, str | None] = {}


def rule_doc_uri(rule: type[Rule]) -> str | None:
    """A ``file:`` URI of the rule's documentation (``sourcelint explain CODE``),
    written once into the user's cache folder: the package ships no web site,
    and a link must open offline. None if it cannot be written."""
    key = f"{rule.__module__}.{rule.__qualname__}"
    if key in _written:
        return _written[key]
    path = _docs_folder() / f"{rule.code}.md"
    try:
        text = "# " + render_rule_doc(rule)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        _written[key] = path.as_uri()
    except Exception:  # a read-only home, or a plugin whose docs do not render: no link
        _written[key] = None
    return _written[key]
