"""Rule documentation in one fixed template, built from the rule class.

*What it finds / Why it matters / Example / How to fix / Options*: the prose
sections come from the docstring, the Example from the rule's test cases and
the Options from its declaration, so ``sourcelint explain`` never shows an
example that is not tested.
"""

from __future__ import annotations

import textwrap

from .cases import load_cases
from .rule import Rule

__all__ = ["render_rule_doc"]


def render_rule_doc(rule: type[Rule], examples: int = 2) -> str:
    """The full documentation of one rule as plain text (Markdown-friendly)."""
    fix = {"safe": "yes (safe)", "unsafe": "yes (unsafe: only with --unsafe-fixes)",
           "mixed": "yes (some fixes safe, some only with --unsafe-fixes)"}[rule.fix_safety] if rule.fixable else "no"
    out = [
        f"{rule.code} {rule.name}",
        f"family: {rule.family}    default severity: {rule.severity}    fixable: {fix}",
        "",
        rule.summary(),
        "",
    ]
    for title in ("What it finds", "Why it matters"):
        out += [f"## {title}", "", rule.doc_section(title), ""]
    out += ["## Example", ""]
    cases = load_cases(rule)
    fails = [c for c in cases if c.fails][:examples]
    passes = [c for c in cases if not c.fails][:examples]
    for c in fails:
        spans = ", ".join(repr(c.text[e.start : e.end]) for e in c.expect)
        out += [f"Flagged ({c.name}):", textwrap.indent(c.text, "    "), f"  -> {spans}", ""]
    for c in passes:
        out += [f"Not flagged ({c.name}):", textwrap.indent(c.text, "    "), ""]
    if not cases:
        out += ["(no examples)", ""]
    out += ["## How to fix", "", rule.doc_section("How to fix"), "", "## Options", ""]
    if rule.options:
        for key, opt in rule.options.items():
            out.append(f"- {key} (default {opt.default!r}): {opt.help}")
    else:
        out.append("None.")
    return "\n".join(out).rstrip() + "\n"
