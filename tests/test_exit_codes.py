"""One test per row of the README's exit-code table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint.cli import cli

from conftest import SAMPLES, sample_text

CLEAN = "The council met on Tuesday and approved the budget.\n\nThe vote was unanimous, officials said.\n"
ALL_WARNINGS = "[severity]\n" + "".join(f'{fam} = "warning"\n' for fam in ("DUP", "MT", "PRN", "BLP", "STR", "LNG", "RDB"))


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    return path


def test_0_when_every_article_is_linted_and_none_fails(clean: Path) -> None:
    result = run("check", "--format", "concise", str(clean))
    assert result.exit_code == 0, result.output


def test_0_with_exit_zero_despite_findings() -> None:
    assert run("check", "-q", str(SAMPLES)).exit_code == 1
    assert run("check", "-q", "--exit-zero", str(SAMPLES)).exit_code == 0


def test_1_for_a_finding_at_the_fail_level(tmp_path: Path) -> None:
    path = tmp_path / "doubled.txt"
    # An MT005 error (two speech tags for one quote) in an otherwise short, clean text.
    path.write_text('"I have raised questions and concerns about these measures," he said. she declared.\n\n'
                    'The work starts in May, officials said.\n', encoding="utf-8")
    record = json.loads(run("check", "--format", "jsonl", str(path)).stdout)
    assert any(f["severity"] == "error" for f in record["findings"]) and record["verdict"] != "reject"
    assert run("check", "-q", str(path)).exit_code == 1
    assert run("check", "-q", "--fail-on", "warning", str(path)).exit_code == 1


def test_1_for_a_rejected_article_with_warnings_only(tmp_path: Path) -> None:
    # The case: a Markdown article scored "reject" with warnings only
    # exited 0, so the pre-commit hook let it through.
    article = tmp_path / "garbled.md"
    article.write_text(sample_text("004"), encoding="utf-8")
    config = tmp_path / "sourcelint.toml"
    config.write_text(ALL_WARNINGS, encoding="utf-8")
    result = run("check", "--config", str(config), "--format", "jsonl", str(article))
    record = json.loads(result.stdout)
    assert record["verdict"] == "reject"
    assert {f["severity"] for f in record["findings"]} <= {"warning", "info"}
    assert result.exit_code == 1


def test_1_for_a_score_under_fail_under(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(sample_text("002"), encoding="utf-8")
    record = json.loads(run("check", "--format", "jsonl", str(path)).stdout)
    assert record["verdict"] == "review" and not any(f["severity"] == "error" for f in record["findings"])
    assert run("check", "-q", str(path)).exit_code == 0
    assert run("check", "-q", "--fail-under", "90", str(path)).exit_code == 1


def test_1_for_diff_with_fixes_and_0_without(tmp_path: Path, clean: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_text("The council met on Tuesday. .\n\nThe vote was unanimous.\n", encoding="utf-8")
    result = run("check", "--diff", str(path))
    assert result.exit_code == 1 and result.stdout.startswith("---")
    assert run("check", "--diff", str(clean)).exit_code == 0


def test_2_for_a_usage_or_configuration_error(tmp_path: Path, clean: Path) -> None:
    assert run("check", "--select", "NOPE999", str(clean)).exit_code == 2
    assert run("check", "--no-such-option", str(clean)).exit_code == 2
    bad = tmp_path / "sourcelint.toml"
    bad.write_text('selekt = ["MT"]\n', encoding="utf-8")
    assert run("check", "--config", str(bad), str(clean)).exit_code == 2


def test_2_for_an_unreadable_input_after_linting_the_others(tmp_path: Path, clean: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("check", "--format", "jsonl", str(tmp_path), str(tmp_path / "missing.txt"))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in records if r["path"] == str(clean)] == ["ok"]
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr and "empty.txt" in result.stderr


def test_2_for_jsonl_records_that_cannot_be_linted(tmp_path: Path) -> None:
    # The case: 2 of 3 lines unlintable exited 0.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": CLEAN}) + "\n{not json\n" + json.dumps({"id": "c"}) + "\n",
                   encoding="utf-8")
    result = run("check", "--format", "jsonl", str(src))
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["ok", "error", "error"]
    assert result.exit_code == 2
    assert "2 record(s) could not be linted" in result.stderr


def _cli(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sourcelint", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, timeout=120)


def test_2_with_one_line_for_an_output_in_a_missing_folder(tmp_path: Path, clean: Path) -> None:
    proc = _cli("check", "-o", str(tmp_path / "no" / "such" / "out.jsonl"), str(clean))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "cannot write" in proc.stderr and "No such file" in proc.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_2_with_one_line_for_a_full_disk(clean: Path) -> None:
    proc = _cli("check", "--format", "jsonl", "-o", "/dev/full", str(SAMPLES))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "No space left" in proc.stderr, proc.stderr
    with open("/dev/full", "w") as full:
        proc = _cli("check", "--format", "jsonl", str(SAMPLES), stdout=full)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "standard output" in proc.stderr, proc.stderr
