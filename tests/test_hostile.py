"""Hostile documents: no rule crashes or hangs, and a rule that does is contained.

The safety net runs every registered rule on each adversarial input of
``tests/benchmarks/hostile.py`` at a moderate size (20,000 characters; set
``SOURCELINT_HOSTILE_SIZE`` for more) under a generous pytest-timeout. It
asserts no timing: a quadratic rule or a catastrophic regex shows up as a
timeout or as an SL001 finding (the per-rule budget). Speed figures come from
the benchmark script, not from here.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from sourcelint import Config, Document, Linter
from sourcelint.linter import RuleTimeout
from sourcelint.rule import Rule

from conftest import load_script

hostile = load_script(Path(__file__).parent / "benchmarks" / "hostile.py", "hostile_inputs")

SIZE = int(os.environ.get("SOURCELINT_HOSTILE_SIZE", "20000"))
_LINTER: Linter | None = None


def linter() -> Linter:
    """Every registered rule, with a budget well under the test timeout."""
    global _LINTER
    if _LINTER is None:
        _LINTER = Linter(Config(rule_timeout=30.0))
    return _LINTER


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(hostile.INPUTS))
def test_every_rule_survives_hostile_input(name: str) -> None:
    text = hostile.INPUTS[name](SIZE)
    doc = Document(text, id=name)
    report = linter().lint(doc)
    assert report.status == "ok", report.error
    problems = [f.message for f in report.findings if f.code == "SL001"]  # SL002 sums up a capped rule
    assert not problems, problems
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert (f.line, f.column) == doc.line_col(f.start)
    assert report.score is not None and 0 <= report.score <= 100


@pytest.mark.timeout(120)
def test_a_five_megabyte_paragraph_is_split_without_rules() -> None:
    # The shared views alone on one huge paragraph: linear code does this in
    # seconds; the quadratic look-back this guards against took hours.
    text = hostile.INPUTS["one_paragraph"](5_000_000)
    doc = Document(text)
    assert len(doc.paragraphs) == 1
    assert len(doc.sentences) > 10_000
    assert doc.sentences[-1].end <= len(text)


@pytest.mark.timeout(60)
def test_headline_normalisation_is_linear_on_runs_of_marks() -> None:
    # STR005 normalises the opening; stripping " . . . ." mark by mark was quadratic.
    report = Linter(Config(select=("STR",))).lint_text(" ." * 400_000)
    assert report.status == "ok"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", [".", "!?", "…", ".\"", "A. ", "a."])
def test_runs_of_sentence_marks_are_linear(unit: str) -> None:
    # 200,000 marks without white space: the boundary regex once retried the
    # run from every position (quadratic, minutes at this size).
    doc = Document(unit * (200_000 // len(unit)))
    assert doc.sentences[0].start == 0


@pytest.mark.timeout(20)
def test_stray_punctuation_is_linear_on_a_paragraph_of_marks() -> None:
    # A safety net, not a timing: MT002 once looked for backticks in the
    # whole text for every hit (quadratic, over 30 s on this input); linear
    # code takes a few seconds. tests/benchmarks/hostile.py measures growth.
    text = hostile.INPUTS["punct_mix"](3_200_000)
    report = Linter(Config(select=("MT002",), rule_timeout=0)).lint_text(text)
    assert report.status == "ok"
    assert not [f for f in report.findings if f.code == "SL001"]


# -- containment: a rule that raises or runs too long ----------------------------

_DOC = """{summary}

    What it finds:
    Nothing; a test rule.

    Why it matters:
    It tests the engine.

    How to fix:
    Nothing to fix.
    """


def _rule(code: str, name: str, check) -> type[Rule]:
    cls = type(name.title().replace("-", ""), (Rule,), {
        "__doc__": _DOC.format(summary=f"Test rule {name}."),
        "code": code, "name": name, "family": "structure", "severity": "warning",
        "check": check,
    })
    return cls  # type: ignore[return-value]


def _spin(self, doc):
    while True:
        pass
    yield  # pragma: no cover


def _backtrack(self, doc):
    re.match(r"(a+)+$", "a" * 64 + "b")  # exponential: never finishes
    return []


def _swallow(self, doc):
    # A rule that catches everything still cannot swallow the time-out.
    while True:
        try:
            time.sleep(0.01)
        except Exception:  # noqa: BLE001
            pass
    return []  # pragma: no cover


def _crash(self, doc):
    raise ZeroDivisionError("boom")


def _fine(self, doc):
    yield self.finding(doc, 0, min(1, len(doc.text)), "first character")


SPIN = _rule("STR981", "spin", _spin)
BACKTRACK = _rule("STR982", "backtrack", _backtrack)
SWALLOW = _rule("STR983", "swallow", _swallow)
CRASH = _rule("STR984", "crash", _crash)
FINE = _rule("STR985", "fine", _fine)


def test_a_rule_that_raises_yields_an_internal_error_naming_it() -> None:
    report = Linter(Config(), rules=[CRASH, FINE]).lint_text("Some text.")
    codes = [f.code for f in report.findings]
    assert codes.count("SL001") == 1 and "STR985" in codes
    (err,) = [f for f in report.findings if f.code == "SL001"]
    assert "STR984" in err.message and "ZeroDivisionError" in err.message


@pytest.mark.timeout(60, method="thread")  # SIGALRM must be free for the linter's own timer
def test_a_rule_past_its_budget_is_stopped_and_named_and_the_run_goes_on() -> None:
    lint = Linter(Config(rule_timeout=0.3), rules=[SPIN, BACKTRACK, SWALLOW, FINE])
    for _ in range(2):  # the second document is linted too: the timer is re-armed
        report = lint.lint_text("Some text.")
        errors = {f.message.split()[1] for f in report.findings if f.code == "SL001"}
        assert errors == {"STR981", "STR982", "STR983"}
        assert all("time budget of 0.3 s" in f.message for f in report.findings if f.code == "SL001")
        assert [f.code for f in report.findings].count("STR985") == 1
    # The handler and timer are given back.
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.timeout(60, method="thread")
def test_a_foreign_sigalrm_handler_is_left_alone() -> None:
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        slow = _rule("STR986", "slow", lambda self, doc: (time.sleep(0.3), [])[1])
        report = Linter(Config(rule_timeout=0.1), rules=[slow]).lint_text("Text.")
        # Without the timer the rule ran to the end, and the overrun is still reported.
        (err,) = [f for f in report.findings if f.code == "SL001"]
        assert "STR986" in err.message and "over the time budget" in err.message
        assert signal.getsignal(signal.SIGALRM) is not signal.SIG_DFL
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not fired


def test_outside_the_main_thread_the_budget_is_measured() -> None:
    slow = _rule("STR987", "slow2", lambda self, doc: (time.sleep(0.2), [])[1])
    out = []
    t = threading.Thread(target=lambda: out.append(Linter(Config(rule_timeout=0.05), rules=[slow]).lint_text("x")))
    t.start()
    t.join(30)
    (report,) = out
    assert any(f.code == "SL001" and "STR987" in f.message for f in report.findings)


def test_rule_timeout_is_a_base_exception() -> None:
    # So `except Exception` in a rule cannot swallow it.
    assert not issubclass(RuleTimeout, Exception)


# -- suppression directives ---------------------------------------------------------

@pytest.mark.timeout(60)
def test_a_directive_followed_by_many_blanks_is_linear() -> None:
    from sourcelint.suppress import parse_suppressions

    # Cubic backtracking once: minutes at 10,000 blanks.
    for arg in ("disable=", "disable", "disable=MT "):
        assert not parse_suppressions(f"<!-- sourcelint: {arg}" + " " * 200_000 + "x").regions


@pytest.mark.timeout(60)
def test_filtering_many_findings_against_many_regions_matches_the_plain_check() -> None:
    import random

    from sourcelint.finding import Finding
    from sourcelint.suppress import parse_suppressions

    rng = random.Random(7)
    bits = ["x ", "word. ", "<!-- sourcelint: disable -->", "<!-- sourcelint: enable -->",
            "<!-- sourcelint: disable=MT -->", "<!-- sourcelint: enable=MT -->",
            "<!-- sourcelint: disable=DUP001,translation -->", "<!-- sourcelint: enable=DUP001 -->"]
    for _ in range(200):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(0, 10)))
        sup = parse_suppressions(text)
        findings = [Finding(code, "r", fam, "warning", "m", i, i, 1, 1, 1, 1) for i in range(len(text) + 1)
                    for code, fam in (("MT001", "translation"), ("DUP001", "duplication"), ("BLP001", "boilerplate"))]
        assert sup.filter(findings) == [f for f in findings if not sup.suppresses(f)], text
    # 20,000 regions and 40,000 findings: once quadratic (minutes), now a bisection each.
    text = "a , . <!-- sourcelint: disable=ZZZ --> b , . <!-- sourcelint: enable=ZZZ -->\n" * 20_000
    sup = parse_suppressions(text)
    assert len(sup.regions) == 20_000
    findings = [Finding("ZZZ001", "r", "structure", "warning", "m", i * 40, i * 40, 1, 1, 1, 1) for i in range(40_000)]
    assert 0 < len(sup.filter(findings)) < len(findings)


# -- interrupting a run ---------------------------------------------------------------

def _start(args: list[str], cwd: Path) -> "subprocess.Popen[bytes]":
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "sourcelint", *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(predicate, proc, limit: float = 90.0) -> None:
    end = time.monotonic() + limit
    while not predicate():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end, "the run never got going"
        time.sleep(0.05)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_run_leaves_only_complete_records_and_says_how_many(tmp_path: Path, sig) -> None:
    import json

    text = hostile.INPUTS["many_paragraphs"](6000)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(5000)))
    out = tmp_path / "out.jsonl"
    proc = _start(["check", "--jobs", "1", "--format", "jsonl", "--exit-zero", "-o", str(out), str(src)], tmp_path)
    _wait_for(lambda: out.exists() and out.read_bytes().count(b"\n") >= 3, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    records = [json.loads(line) for line in data.decode().splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(len(records))]
    assert 3 <= len(records) < 5000
    message = err.decode()
    assert f"interrupted by {signal.Signals(sig).name} after {len(records):,} record(s)" in message, message


@pytest.mark.timeout(180)
def test_an_interrupted_fix_leaves_every_article_whole(tmp_path: Path) -> None:
    from sourcelint import Linter
    from sourcelint.fix import fix_text

    folder = tmp_path / "articles"
    folder.mkdir()
    body = hostile.INPUTS["many_paragraphs"](3000)
    originals = {}
    for i in range(300):
        text = f"Report {i} was filed on Tuesday , . It approved the budget.\n\n{body}\n"
        originals[f"a{i:03}.txt"] = text
        (folder / f"a{i:03}.txt").write_text(text)
    expected = {name: fix_text(linter=Linter(), text=text).text for name, text in list(originals.items())[:3]}
    assert all(expected[n] != originals[n] for n in expected)  # the files do have fixes
    proc = _start(["fix", "--jobs", "1", "--format", "concise", str(folder)], tmp_path)
    _wait_for(lambda: (folder / "a002.txt").read_text() != originals["a002.txt"], proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    changed = 0
    for name, text in originals.items():
        now = (folder / name).read_text()
        if now != text:
            changed += 1
            assert now == fix_text(linter=Linter(), text=text).text, name  # fixed completely, never half-written
    assert 3 <= changed < len(originals)
    assert sorted(p.name for p in folder.iterdir()) == sorted(originals)  # no temporary files left behind


# -- issue 12, item 9: repeated sentences and the shared MT view ----------------------------

@pytest.mark.timeout(120)
@pytest.mark.parametrize("name,size", [("notice_sentence", 2_000_000), ("notice_paragraphs", 600_000),
                                       ("translated_labels", 600_000)])
def test_repeated_notices_are_linear_and_keep_their_findings(name: str, size: int) -> None:
    # A notice repeated to 2 MB was quadratic in the number of notices (168 s
    # for the MT rules, past this test's timeout); linear code takes seconds.
    text = hostile.INPUTS[name](size)
    report = Linter(Config(select=("MT",), rule_timeout=0)).lint_text(text)
    assert not [f for f in report.findings if f.code == "SL001"]
    assert sum(f.code == "MT006" for f in report.findings) == 1000  # max-findings-per-rule
    assert any(f.code == "SL002" and "MT006" in f.message for f in report.findings)


def test_a_failed_shared_view_is_not_computed_again_by_each_rule() -> None:
    calls = []

    def slow(doc: Document) -> list:
        calls.append(1)
        raise RuleTimeout()

    class Needs(Rule):
        family = "structure"
        severity = "warning"
        __doc__ = _DOC.format(summary="Needs a shared view.")

        def check(self, doc):
            return doc.view("test.shared", slow)

    rules = [type(f"Needs{i}", (Needs,), {"code": f"STR99{i}", "name": f"needs-{i}"}) for i in range(3)]
    report = Linter(Config(), rules=rules).lint_text("Some text here.")
    assert len(calls) == 1
    assert [f.code for f in report.findings] == ["SL001"] * 3
