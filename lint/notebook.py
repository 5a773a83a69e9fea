"""Reports in notebooks: HTML display and pandas frames.

``Report._repr_html_`` and :class:`ReportBatch` show the same page as
``--format html``, inside a sandboxed ``<iframe srcdoc>`` (scripts allowed,
no same origin) so its style and script stay out of the notebook; the
articles open at load are plain markup, so they read even where no script
runs. :func:`to_pandas` gives one row per article and one row per finding;
pandas is an optional dependency (the ``notebook`` extra).
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, NamedTuple

from .linter import Report

__all__ = ["ReportBatch", "report_html", "to_pandas", "Frames"]

_FRAME_HEIGHT = 640


def _summary(reports: Iterable[Report]):
    from .reporters import Summary

    summary = Summary()
    for r in reports:
        summary.add(r)
    return summary


def report_html(reports: list[Report], height: int = _FRAME_HEIGHT) -> str:
    """The HTML report of ``reports`` in a sandboxed iframe (for ``_repr_html_``)."""
    from .reporters.html import render_page

    page = render_page(reports, _summary(reports))
    return (f'<iframe srcdoc="{escape(page, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{height}px;border:1px solid #ddd" '
            f'title="sourcelint report"></iframe>')


class ReportBatch(list):
    """A list of reports that Jupyter shows as one HTML report.

    ``ReportBatch(linter.lint_many(rows))``; :meth:`to_pandas` gives the frames.
    """

    def _repr_html_(self) -> str:
        return report_html(list(self))

    def to_pandas(self) -> "Frames":
        """See :func:`to_pandas`."""
        return to_pandas(self)


class Frames(NamedTuple):
    """``articles``: one row per report; ``findings``: one row per finding."""

    articles: Any
    findings: Any


def _article_row(r: Report) -> dict[str, Any]:
    from .reporters.present import costs_text

    row: dict[str, Any] = {
        "id": r.id, "path": r.path, "line": r.line, "status": r.status, "error": r.error, "words": r.words,
        "score": r.score, "verdict": r.verdict, "findings": len(r.findings),
        "errors": sum(f.severity == "error" for f in r.findings), "points_lost": costs_text(r, limit=10),
    }
    for fam, value in r.families.items():
        row[f"family.{fam}"] = value
    for key, value in r.metadata.items():
        row[f"metadata.{key}"] = value
    return row


def _finding_rows(r: Report) -> list[dict[str, Any]]:
    from .copies import COPY_MESSAGE

    return [{
        "id": r.id, "path": r.path, "code": f.code, "rule": f.rule, "family": f.family, "severity": f.severity,
        "scope": f.scope, "message": f.message, "line": f.line, "column": f.column, "end_line": f.end_line,
        "end_column": f.end_column, "start": f.start, "end": f.end, "excerpt": f.excerpt,
        "confidence": f.confidence, "extent": f.extent,
        "fix": None if f.fix is None else ("safe" if f.fix.safe else "unsafe"),
        "copies": sum(rel.message == COPY_MESSAGE for rel in f.related),
    } for f in r.findings]


_FINDING_COLUMNS = ["id", "path", "code", "rule", "family", "severity", "scope", "message", "line", "column",
                    "end_line", "end_column", "start", "end", "excerpt", "confidence", "extent", "fix", "copies"]


def to_pandas(reports: Iterable[Report]) -> Frames:
    """Two DataFrames: ``articles`` (one row per report) and ``findings`` (one row per finding).

    Articles have the record's scalars, ``family.<name>`` sub-scores and
    ``metadata.<key>`` columns; findings carry their article's ``id`` and
    ``path`` to join on.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("sourcelint.to_pandas needs pandas: pip install 'sourcelint[notebook]'") from exc
    reports = list(reports)
    articles = pd.DataFrame([_article_row(r) for r in reports])
    findings = pd.DataFrame([row for r in reports for row in _finding_rows(r)], columns=_FINDING_COLUMNS)
    return Frames(articles, findings)
