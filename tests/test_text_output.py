"""The terminal formats an editor reads: ``text`` and ``concise``."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from sourcelint import Config, Linter
from sourcelint.cli import cli
from sourcelint.registry import load_rules
from sourcelint.reporters import ReporterContext, Summary
from sourcelint.reporters.text import ConciseReporter, TextReporter

PLUGIN = str(Path(__file__).parent / "plugins" / "fix_plugin.py")


def render(cls, text: str, color: bool = False, codes=("LNG901", "LNG902", "LNG903")) -> str:
    rules = load_rules([PLUGIN])
    linter = Linter(Config(), rules=[rules[c] for c in codes])
    report = linter.lint_text(text, id="a.md")
    report.findings.reverse()  # the reporter must restore document order itself
    out = io.StringIO()
    reporter = cls(out, ReporterContext(color=color))
    reporter.start()
    reporter.report(report)
    summary = Summary()
    summary.add(report)
    reporter.finish(summary)
    return out.getvalue()


def test_text_shows_the_sentence_underlined_why_and_fix_in_document_order() -> None:
    text = "First sentence is fine. Then teh cat sat.\n\nA very unique idea. Another one.\n"
    out = render(TextReporter, text)
    lines = out.splitlines()
    i = lines.index("  a.md:1:30: LNG901 [warning] 'teh' is a typo")
    assert lines[i + 1] == "     1 | Then teh cat sat."
    assert lines[i + 2] == "       |      ^^^"
    assert lines[i + 3] == "       = why: The typo \"teh\"."
    assert lines[i + 4] == "       = fix: Apply the fix."  # the rule's How to fix
    assert lines[i + 5] == "       = --fix would write 'the'"
    j = next(k for k, line in enumerate(lines) if "LNG903" in line)
    assert j > i
    assert lines[j + 1] == "     3 | A very unique idea."
    assert lines[j + 5] == "       = --fix --unsafe-fixes would drop 'very '"


def test_wide_characters_keep_the_underline_aligned() -> None:
    out = render(TextReporter, "東京の記者 teh cat.\n")
    snippet, carets = [line for line in out.splitlines() if line.startswith(("     1 |", "       |"))][:2]
    # Five wide characters take ten cells, then a space: the carets start at cell 11.
    assert carets == "       | " + " " * 11 + "^^^"


def test_control_characters_never_reach_the_terminal() -> None:
    out = render(TextReporter, "Evil \x1b[2J\x1b]0;title\x07 teh cat\rback.\n")
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    concise = render(ConciseReporter, "teh \x1b[31m red.\n")
    assert "\x1b" not in concise


def test_colour_only_when_asked() -> None:
    plain = render(TextReporter, "Then teh cat sat.\n")
    coloured = render(TextReporter, "Then teh cat sat.\n", color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured


def test_concise_is_one_line_per_finding(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("teh  cat and teh dog.\n")
    result = CliRunner().invoke(cli, ["check", "--format", "concise", "--plugin", PLUGIN, "--select",
                                      "LNG901,LNG902", str(p)], catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert [line.split(": ", 1)[0].rsplit(":", 2)[1:] for line in lines[:3]] == [["1", "1"], ["1", "4"], ["1", "14"]]
    assert len(lines) == 4 and lines[3].startswith("1 document(s)")
