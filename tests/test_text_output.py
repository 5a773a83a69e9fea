"""The terminal formats an editor reads: ``text`` and ``concise``."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from sourcelint import Config, Linter, Rule
from sourcelint.cli import cli
from sourcelint.registry import load_rules
from sourcelint.reporters import ReporterContext, Summary
from sourcelint.reporters.text import ConciseReporter, TextReporter

from conftest import SAMPLES

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


def test_text_shows_the_sentence_underlined_why_and_fix_once_per_rule() -> None:
    text = "First sentence is fine. Then teh cat sat.\n\nA very unique idea. Another one.\n"
    out = render(TextReporter, text)
    lines = out.splitlines()
    assert lines[0] == "a.md  score 71.7  REVIEW  (14 words)"
    assert lines[1] == "  points lost: language -28.3"
    i = lines.index("  LNG901 [warning] teh-typo: The typo \"teh\".")
    assert lines[i + 1] == "    fix: Apply the fix. (--fix does this)"  # the rule's How to fix
    assert lines[i + 2] == "    1:30 | Then teh cat sat."
    assert lines[i + 3] == "         |      ^^^ 'teh' is a typo"
    j = next(k for k, line in enumerate(lines) if "LNG903" in line)
    assert j > i
    assert lines[j + 1] == "    fix: Apply the fix. (--fix --unsafe-fixes does this)"
    assert lines[j + 2] == "     3:3 | A very unique idea."


def test_a_rule_firing_several_times_says_why_and_fix_once() -> None:
    text = "Then teh cat sat.\n\nTeh dog and teh bird. Also teh fish.\n"
    out = render(TextReporter, text)
    assert out.count("The typo") == 1 and out.count("fix: Apply the fix.") == 1
    assert "  LNG901 [warning] teh-typo, 3 times: The typo \"teh\"." in out
    assert [line.split(" |")[0].strip() for line in out.splitlines() if "| " in line and "^" not in line] == [
        "1:6", "3:13", "3:28"]


def test_no_show_source_gives_one_line_per_occurrence() -> None:
    text = "Then teh cat sat.\n\nTeh dog and teh bird. Also teh fish.\n"
    rules = load_rules([PLUGIN])
    report = Linter(Config(), rules=[rules["LNG901"]]).lint_text(text, id="a.md")
    out = io.StringIO()
    reporter = TextReporter(out, ReporterContext(show_source=False))
    reporter.start()
    reporter.report(report)
    lines = out.getvalue().splitlines()
    assert "^" not in out.getvalue() and "|" not in out.getvalue()
    assert [line for line in lines if line.endswith("is a typo")] == [
        "     1:6  'teh' is a typo", "    3:13  'teh' is a typo", "    3:28  'teh' is a typo"]
    cli_out = CliRunner().invoke(cli, ["check", "--no-show-source", "--plugin", PLUGIN, "--select", "LNG901", "-"],
                                 input=text).stdout
    assert "^" not in cli_out and "'teh' is a typo" in cli_out


def test_document_level_findings_sit_in_the_header_not_at_1_1() -> None:
    class WholeArticle(Rule):
        """The whole article is judged.

        What it finds:
        Test.

        Why it matters:
        A judgement on the whole text.

        How to fix:
        Nothing.
        """

        code = "LNG990"
        name = "whole-article"
        family = "language"
        scope = "document"

        def check(self, doc):
            yield self.finding(doc, 5, 20, "the whole text is judged")

    report = Linter(Config(), rules=[WholeArticle]).lint_text("A first sentence here. More text.\n", id="a.md")
    (f,) = report.findings
    assert (f.start, f.end, f.scope) == (5, 20, "document")
    assert f.to_dict()["scope"] == "document"
    out = io.StringIO()
    reporter = TextReporter(out, ReporterContext())
    reporter.start()
    reporter.report(report)
    lines = out.getvalue().splitlines()
    assert lines[2] == "  whole article: LNG990 [warning] the whole text is judged"
    assert lines[3] == "    why: The whole article is judged."
    assert "^" not in out.getvalue() and "1:6" not in out.getvalue()


def test_the_score_table_aligns_short_names() -> None:
    out = CliRunner().invoke(cli, ["check", "-"], input="A short note that is fine.\n").stdout
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("document"))
    row = lines[lines.index(header) + 1]
    assert row.startswith("-  ")
    assert header.index("words") + len("words") == row.index("6") + 1
    assert header.index("score") + len("score") == row.index("100.0") + len("100.0")
    assert header.index("verdict") == row.index("pass")


def test_sample_004_fits_on_two_screens_and_names_every_problem_once() -> None:
    path = next(SAMPLES.glob("004_*.txt"))
    out = CliRunner().invoke(cli, ["check", str(path)]).stdout
    lines = out.splitlines()
    assert len(lines) <= 60, len(lines)
    report = Linter().lint_text(path.read_text(encoding="utf-8"))
    for f in report.findings:
        # Each finding's place is named once (document-level ones in the header).
        loc = f"{f.line}:{f.column} |"
        # (the place starts its line: "6:1 |" is not "16:1 |")
        assert ("whole article: " + f.code in out) if f.is_document_level else (
            sum(line.lstrip().startswith(loc) for line in lines) == 1), (f.code, loc)
    for code in {f.code for f in report.findings}:
        assert code in out
    # The copy's twins are named as such, not reported again.
    assert "22:10 |" not in out and "also at 22:10, in the repeated copy" in out


def test_wide_characters_keep_the_underline_aligned() -> None:
    out = render(TextReporter, "東京の記者 teh cat.\n")
    snippet, carets = [line for line in out.splitlines() if line.startswith(("    1:7 |", "        |"))][:2]
    # Five wide characters take ten cells, then a space: the carets start at cell 11.
    assert carets == "        | " + " " * 11 + "^^^ 'teh' is a typo"


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
