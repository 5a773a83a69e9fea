"""What the human-facing reporters (text, HTML, notebooks) say about a report.

One place for the words and numbers an editor reads: the article's name,
the families that cost points, the document-level findings, and the
findings grouped by rule with the text their messages share. The text and
HTML reports both call these, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..copies import COPY_MESSAGE
from ..finding import Finding, Related, severity_rank
from ..linter import Report

__all__ = ["VERDICT_TEXT", "display_name", "costs_text", "FindingGroup", "group_findings",
           "document_findings", "shared_suffix", "copy_spans", "other_related"]

VERDICT_TEXT = {"pass": "pass: reliable", "review": "review: check it", "reject": "reject: unreliable"}
#: A shared message tail shorter than this is not worth a line of its own.
_MIN_SHARED = 30


def display_name(report: Report) -> str:
    """The article's path (with its id when that differs), or its id."""
    if report.path and report.id != report.path:
        return f"{report.path} [{report.id}]"
    return report.path or report.id


def costs_text(report: Report, limit: int = 3) -> str:
    """``duplication -78.4, pronouns -39.3``: the families that cost the most points."""
    return ", ".join(f"{e['family']} -{e['points_lost']:g}" for e in report.explanation[:limit])


def document_findings(report: Report) -> list[Finding]:
    """Findings that judge the whole article (shown with its header)."""
    return [f for f in report.findings if f.is_document_level]


@dataclass
class FindingGroup:
    """The findings of one rule in one article, in document order."""

    code: str
    rule: str
    severity: str
    explanation: str
    suggestion: str
    findings: list[Finding] = field(default_factory=list)
    #: The end all the messages share (said once), and each message without it.
    shared: str = ""
    messages: list[str] = field(default_factory=list)

    @property
    def fix_note(self) -> str:
        """How --fix handles this group, or ''."""
        fixes = [f.fix for f in self.findings if f.fix is not None]
        if not fixes:
            return ""
        how = "--fix" if all(x.safe for x in fixes) else "--fix --unsafe-fixes"
        some = "" if len(fixes) == len(self.findings) else f" for {len(fixes)} of them"
        return f"{how} does this{some}"


def shared_suffix(messages: list[str]) -> str:
    """The tail (from a word start) every message ends with, if long enough to say once."""
    if len(messages) < 2:
        return ""
    first = messages[0]
    n = 0
    shortest = min(len(m) for m in messages)
    while n < shortest and all(m[-1 - n] == first[-1 - n] for m in messages):
        n += 1
    tail = first[len(first) - n:]
    cut = tail.find(" ")
    if n < shortest and cut >= 0:  # start at a word boundary
        tail = tail[cut + 1:]
    tail = tail.strip()
    if len(tail) < _MIN_SHARED or any(len(m) - len(tail) < 10 for m in messages):
        return ""
    return tail


def group_findings(report: Report) -> list[FindingGroup]:
    """Span findings grouped by rule: errors first, then by first occurrence."""
    groups: dict[str, FindingGroup] = {}
    for f in sorted(report.findings, key=Finding.sort_key):
        if f.is_document_level:
            continue
        g = groups.get(f.code)
        if g is None:
            g = groups[f.code] = FindingGroup(f.code, f.rule, f.severity, f.explanation, f.suggestion)
        g.findings.append(f)
        if severity_rank(f.severity) > severity_rank(g.severity):
            g.severity = f.severity
    for g in groups.values():
        msgs = [f.message for f in g.findings]
        g.shared = shared_suffix(msgs)
        g.messages = [m[: len(m) - len(g.shared)].rstrip(" ,;:") if g.shared else m for m in msgs]
    return sorted(groups.values(), key=lambda g: (-severity_rank(g.severity), g.findings[0].sort_key()))


def copy_spans(f: Finding) -> list[Related]:
    """The repeated copies a finding stands for (see :mod:`sourcelint.copies`)."""
    return [r for r in f.related if r.message == COPY_MESSAGE]


def other_related(f: Finding) -> list[Related]:
    """Related spans other than folded copies (a first copy, an antecedent)."""
    return [r for r in f.related if r.message != COPY_MESSAGE]
