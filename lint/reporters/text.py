"""Human-readable output: ``text`` (for editors) and ``concise`` (one line each)."""

from __future__ import annotations

from ..finding import Finding
from ..linter import Report
from . import Reporter, Summary

__all__ = ["TextReporter", "ConciseReporter"]

_COLORS = {"error": "31", "warning": "33", "info": "36", "reject": "31", "review": "33", "pass": "32"}
_WINDOW = 100


class _Styled(Reporter):
    def _c(self, text: str, code: str) -> str:
        if not self.context.color:
            return text
        return f"\x1b[{code}m{text}\x1b[0m"

    def _sev(self, f: Finding) -> str:
        return self._c(f"[{f.severity}]", _COLORS.get(f.severity, "0"))

    def _where(self, report: Report, f: Finding) -> str:
        return f"{report.path or report.id}:{f.line}:{f.column}"


class ConciseReporter(_Styled):
    """``path:line:col: CODE [severity] message``, one line per finding."""

    def report(self, report: Report) -> None:
        w = self.stream.write
        if report.status != "ok":
            w(f"{report.path or report.id}:{report.line or 0}:0: ERROR {report.error}\n")
            return
        for f in report.findings:
            w(f"{self._where(report, f)}: {self._c(f.code, '1')} {self._sev(f)} {f.message}\n")

    def finish(self, summary: Summary) -> None:
        if not self.context.quiet:
            _write_totals(self.stream, summary, self.context.statistics, self._c)


class TextReporter(_Styled):
    """Findings grouped by document, each with the line and the span underlined."""

    def start(self) -> None:
        self._rows: list[tuple[str, int, float | None, str, str]] = []

    def report(self, report: Report) -> None:
        w = self.stream.write
        name = report.path or report.id
        if report.path and report.id != report.path:
            name = f"{report.path} [{report.id}]"
        if report.status != "ok":
            w(f"{self._c(name, '1')}: {self._c('error', '31')}: {report.error}\n\n")
            self._rows.append((name, 0, None, "error", report.error or ""))
            return
        worst = ", ".join(f"{e['family']} -{e['points_lost']:g}" for e in report.explanation[:3])
        self._rows.append((name, report.words, report.score, report.verdict or "", worst))
        if self.context.quiet and not report.findings:
            return
        verdict = self._c(str(report.verdict).upper(), _COLORS.get(report.verdict or "", "0"))
        w(f"{self._c(name, '1')}  score {report.score:g}  {verdict}  ({report.words:,} words)\n")
        for f in report.findings:
            w(f"  {self._where(report, f)}: {self._c(f.code, '1')} {self._sev(f)} {f.message}\n")
            if report.document is not None and not self.context.quiet:
                self._snippet(report, f)
        w("\n")

    def _snippet(self, report: Report, f: Finding) -> None:
        doc = report.document
        assert doc is not None
        line = doc.line_text(f.line)
        span_start = f.column - 1
        span_end = len(line) if f.end_line > f.line else max(f.end_column - 1, span_start + 1)
        lo = max(0, min(span_start - 20, len(line) - _WINDOW))
        hi = min(len(line), max(lo + _WINDOW, span_start + 1))
        shown = line[lo:hi].replace("\t", " ")
        prefix = "…" if lo > 0 else ""
        suffix = "…" if hi < len(line) else ""
        gutter = f"{f.line:>6} | "
        w = self.stream.write
        w(f"{gutter}{prefix}{shown}{suffix}\n")
        mark_start = span_start - lo + len(prefix)
        mark_len = max(1, min(span_end, hi) - span_start)
        w(" " * (len(gutter) - 2) + "| " + " " * mark_start + self._c("^" * mark_len, _COLORS.get(f.severity, "0")) + "\n")
        if f.explanation:
            w(f"{'':>6} = why: {f.explanation}\n")
        if f.suggestion:
            w(f"{'':>6} = fix: {f.suggestion}\n")
        for r in f.related[:1]:
            w(f"{'':>6} = see {r.line}:{r.column}: {r.message}\n")

    def finish(self, summary: Summary) -> None:
        w = self.stream.write
        if self._rows and not self.context.quiet:
            width = min(60, max(len(r[0]) for r in self._rows))
            w(f"{'document':<{width}}  {'words':>6}  {'score':>5}  {'verdict':<7}  costliest families\n")
            for name, words, score, verdict, worst in self._rows:
                shown = name if len(name) <= width else "…" + name[-(width - 1):]
                sc = "-" if score is None else f"{score:5.1f}"
                w(f"{shown:<{width}}  {words:>6}  {sc:>5}  {self._c(f'{verdict:<7}', _COLORS.get(verdict, '0'))}  {worst}\n")
            w("\n")
        _write_totals(self.stream, summary, self.context.statistics, self._c)


def _write_totals(stream, summary: Summary, statistics: bool, c) -> None:
    if statistics and summary.codes:
        for code, n in summary.codes.most_common():
            stream.write(f"{n:>6}  {code}\n")
        stream.write("\n")
    verdicts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items()))
    errors = f", {summary.errors} unreadable" if summary.errors else ""
    stream.write(
        f"{summary.documents} document(s){errors}: {verdicts or 'none scored'}; "
        f"{summary.findings} finding(s)"
        + (f"; mean score {summary.mean_score:g}" if summary.mean_score is not None else "")
        + "\n"
    )
