"""Hover text: the rule behind a finding, explained (what, why, how to fix)."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..finding import Finding
from ..rule import Rule

__all__ = ["hover_markdown"]

_FIX_LABEL = {True: "safe fix available", False: "fix available (unsafe: may change the meaning)"}


def finding_markdown(f: Finding, rule: type[Rule] | None) -> str:
    """One finding and its rule's documentation as Markdown."""
    head = f"**{f.code}** `{f.rule}` ({f.family}, {f.severity})"
    parts = [head, f.message]
    if f.fix is not None and f.fix.edits:
        parts.append(f"*{_FIX_LABEL[f.fix.safe]}: {f.fix.description or 'see the quick fixes'}*")
    if rule is not None:
        for title in ("What it finds", "Why it matters", "How to fix"):
            body = rule.doc_section(title)
            if body:
                parts.append(f"**{title}**\n\n{body}")
        parts.append(f"`sourcelint explain {f.code}` prints the full documentation with examples.")
    return "\n\n".join(parts)


def hover_markdown(findings: Sequence[Finding], rules: Mapping[str, type[Rule]]) -> str:
    """Every finding under the cursor, separated by rules."""
    return "\n\n---\n\n".join(finding_markdown(f, rules.get(f.code)) for f in findings)
