"""Human-readable output: ``text`` (for editors) and ``concise`` (one line each)."""

from __future__ import annotations

import re
import unicodedata

from ..finding import Finding
from ..linter import Report
from . import Reporter, ReporterContext, Summary
from .present import FindingGroup, copy_spans, costs_text, display_name, document_findings, group_findings, other_related

__all__ = ["TextReporter", "ConciseReporter", "printable_name"]

_COLORS = {"error": "31", "warning": "33", "info": "36", "reject": "31", "review": "33", "pass": "32"}
_WINDOW = 80
# Control characters (ESC, CR, backspace...) from an article must not reach
# the terminal: they could move the cursor or recolour the output.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """``text`` with tabs and newlines as spaces and other control characters shown as ``?``."""
    return _CONTROL.sub("?", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))


# An undecodable byte of a file name, as os.fsdecode keeps it.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def printable_name(name: str) -> str:
    """A file name or id for a terminal: undecodable bytes as ``\\xff``, control characters as ``?``."""
    if name.isprintable():
        return name
    return _printable(_ESCAPED_BYTE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", name))


def _width(text: str) -> int:
    """Terminal cells ``text`` takes (wide East Asian characters take two, combining marks none)."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


class _Styled(Reporter):
    def _c(self, text: str, code: str) -> str:
        if not self.context.color:
            return text
        return f"\x1b[{code}m{text}\x1b[0m"

    def _sev(self, f: Finding) -> str:
        return self._c(f"[{f.severity}]", _COLORS.get(f.severity, "0"))

    def _where(self, report: Report, f: Finding) -> str:
        if report.line is not None:  # a JSONL record: its line in the file (the spot in the text is _within)
            return f"{printable_name(report.path or report.id)}:{report.line}:1"
        return f"{printable_name(report.path or report.id)}:{f.line}:{f.column}"

    @staticmethod
    def _within(report: Report, f: Finding) -> str:
        """Where in a JSONL record's text the finding is (nothing for a file)."""
        return "" if report.line is None else f" (record {printable_name(report.id)}, {f.line}:{f.column})"


class ConciseReporter(_Styled):
    """``path:line:col: CODE [severity] message``, one line per finding."""

    def report(self, report: Report) -> None:
        w = self.stream.write
        if report.status != "ok":
            w(f"{printable_name(report.path or report.id)}:{report.line or 0}:0: ERROR "
              f"{printable_name(report.error or '')}\n")
            return
        for f in sorted(report.findings, key=Finding.sort_key):
            w(f"{self._where(report, f)}: {self._c(f.code, '1')} {self._sev(f)} {_printable(f.message)}"
              f"{self._within(report, f)}\n")

    def finish(self, summary: Summary) -> None:
        if not self.context.quiet:
            _write_totals(self.stream, summary, self.context, self._c)


class TextReporter(_Styled):
    """One header per article, then its findings grouped by rule.

    The header gives the score, the verdict, the families that cost points
    and the findings about the whole article. Each rule's why and fix are
    said once, then each occurrence: its place, and (``show_source``) the
    sentence with the span underlined and the message after the carets.
    """

    def start(self) -> None:
        self._rows: list[tuple[str, int, float | None, str, str]] = []

    def report(self, report: Report) -> None:
        w = self.stream.write
        name = printable_name(display_name(report))
        if report.status != "ok":
            w(f"{self._c(name, '1')}: {self._c('error', '31')}: {printable_name(report.error or '')}\n\n")
            self._rows.append((name, 0, None, "error", report.error or ""))
            return
        costs = costs_text(report)
        self._rows.append((name, report.words, report.score, report.verdict or "", costs))
        if self.context.quiet and not report.findings:
            return
        verdict = self._c(str(report.verdict).upper(), _COLORS.get(report.verdict or "", "0"))
        w(f"{self._c(name, '1')}  score {report.score:g}  {verdict}  ({report.words:,} words)\n")
        if report.copy_of:  # sourcelint.copies_across
            c = report.copy_of
            w(f"  copy of {printable_name(str(c['id']))} ({_printable(str(c['source']))}), similarity {c['similarity']:.2f}, "
              f"original scored {c['original_score']:g}\n")
        if costs:
            w(f"  points lost: {costs}\n")
        for f in document_findings(report):
            w(f"  whole article: {self._c(f.code, '1')} {self._sev(f)} {_printable(f.message)}\n")
            if f.explanation and not self.context.quiet:
                w(f"    why: {_printable(f.explanation)}\n")
        groups = group_findings(report)
        loc_width = max((len(f"{f.line}:{f.column}") for g in groups for f in g.findings), default=0)
        for g in groups:
            w("\n")
            self._group(report, g, loc_width)
        w("\n")

    def _group(self, report: Report, g: FindingGroup, loc_width: int) -> None:
        w = self.stream.write
        count = f", {len(g.findings)} times" if len(g.findings) > 1 else ""
        why = f": {_printable(g.explanation)}" if g.explanation else ""
        w(f"  {self._c(g.code, '1')} {self._c(f'[{g.severity}]', _COLORS.get(g.severity, '0'))} {g.rule}{count}{why}\n")
        quiet = self.context.quiet
        if g.suggestion and not quiet:
            note = f" ({g.fix_note})" if g.fix_note else ""
            w(f"    fix: {_printable(g.suggestion)}{note}\n")
        if g.shared:
            w(f"    each: … {_printable(g.shared)}\n")
        source = self.context.show_source and not quiet and report.document is not None
        for f, message in zip(g.findings, g.messages):
            label = _printable(message) + self._where_else(report, f)
            loc = f"{f.line}:{f.column}"
            if source:
                self._snippet(report, f, f"{loc:>{loc_width + 4}} | ", label)
            else:
                w(f"{loc:>{loc_width + 4}}  {label}\n")

    def _where_else(self, report: Report, f: Finding) -> str:
        """' — also at 22:10, in the repeated copy; see 2:1 “…”': the other places a finding names."""
        parts = []
        copies = copy_spans(f)
        if copies:
            at = ", ".join(f"{r.line}:{r.column}" for r in copies)
            parts.append(f"also at {at}, in the repeated copy" if len(copies) == 1 else f"also at {at}, in repeated copies")
        for r in other_related(f)[:1]:
            text = report.document.text if report.document is not None else ""
            excerpt = _printable(" ".join(text[r.start : min(r.end, r.start + 40)].split()))
            more = "…" if r.end - r.start > 40 else ""
            parts.append(f"see {r.line}:{r.column}" + (f" “{excerpt}{more}”" if excerpt else ""))
        return f" — {'; '.join(parts)}" if parts else ""

    def _snippet(self, report: Report, f: Finding, gutter: str, label: str) -> None:
        """The sentence holding the span (or its line), the span underlined, then ``label``."""
        doc = report.document
        assert doc is not None
        text = doc.text
        sentence = doc.sentence_at(f.start)
        if sentence is not None and sentence.start <= f.start and f.end <= sentence.end + 1:
            lo_bound, hi_bound = sentence.start, sentence.end
        else:
            # Spans over several sentences (a repeated block): show the start
            # of the first line of the span.
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.start)
            lo_bound, hi_bound = line_start, len(text) if line_end == -1 else line_end
        span_end = min(max(f.end, f.start + 1), hi_bound) if f.end > f.start else f.start
        # A window of about _WINDOW characters around the span.
        lo = max(lo_bound, min(f.start - 20, hi_bound - _WINDOW))
        hi = min(hi_bound, max(lo + _WINDOW, span_end))
        hi = min(hi, lo + max(_WINDOW, f.start - lo + 1))
        prefix = "…" if lo > lo_bound else ""
        suffix = "…" if hi < hi_bound else ""
        before = _printable(text[lo : f.start])
        marked = _printable(text[f.start : min(span_end, hi)])
        after = _printable(text[min(span_end, hi) : hi])
        w = self.stream.write
        w(f"{gutter}{prefix}{before}{self._c(marked, '1') if marked else ''}{after}{suffix}\n")
        more = "… " if f.end > hi else " "
        carets = "^" * max(1, _width(marked))
        w(" " * (len(gutter) - 2) + "| " + " " * _width(prefix + before)
          + self._c(carets, _COLORS.get(f.severity, "0")) + more + label + "\n")

    def finish(self, summary: Summary) -> None:
        w = self.stream.write
        if self._rows and not self.context.quiet:
            width = max(len("document"), min(60, max(len(r[0]) for r in self._rows)))
            w(f"{'document':<{width}}  {'words':>6}  {'score':>5}  {'verdict':<7}  costliest families\n")
            for name, words, score, verdict, worst in self._rows:
                shown = name if len(name) <= width else "…" + name[-(width - 1):]
                sc = "-" if score is None else f"{score:5.1f}"
                cells = f"{self._c(f'{verdict:<7}', _COLORS.get(verdict, '0'))}  {worst}" if worst else \
                    self._c(verdict, _COLORS.get(verdict, "0"))
                w(f"{shown:<{width}}  {words:>6}  {sc:>5}  {cells}\n")
            w("\n")
        if summary.sources is not None and len(summary.sources) >= 2 and not self.context.quiet:
            from ..sources_report import render_sources  # per-source summary (sourcelint sources)

            w(render_sources(summary.sources.scores(), "text", summary.sources.settings) + "\n")
        _write_totals(self.stream, summary, self.context, self._c)


def _write_totals(stream, summary: Summary, context: ReporterContext, c) -> None:
    if context.statistics and summary.codes:
        names = {code: rule.name for code, rule in context.rules.items()}
        names.setdefault("SL001", "internal-error")
        for code, n in summary.codes.most_common():
            stream.write(f"{n:>6}  {code:<7} {names.get(code, '')}".rstrip() + "\n")
        stream.write("\n")
    verdicts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items()))
    errors = f", {summary.errors} unreadable" if summary.errors else ""
    stream.write(
        f"{summary.documents} document(s){errors}: {verdicts or 'none scored'}; "
        f"{summary.findings} finding(s)"
        + (f"; mean score {summary.mean_score:g}" if summary.mean_score is not None else "")
        + "\n"
    )
