"""The command line, end to end: formats, exit codes, stdin, folders, JSONL."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from sourcelint.cli import cli

from conftest import SAMPLES

PLUGIN = str(Path(__file__).parent / "plugins" / "example_plugin.py")
SCHEMA = json.loads((files("sourcelint") / "schema" / "record.schema.json").read_text())


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text("A clean article about the weather.\n\nIt was sunny all day.\n")
    (tmp_path / "filler.md").write_text("# Title\n\nSome lorem ipsum text.\n")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    return tmp_path


def test_jsonl_records_validate_against_the_schema_and_keep_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "Lorem ipsum again.", "outlet": "X"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "body": "no text field"}) + "\n"
        + json.dumps(["a", "list"]) + "\n"
        + json.dumps({"id": "e", "text": 42}) + "\n"
        + json.dumps({"id": "f", "text": "Fine text."}) + "\n"
    )
    result = run("check", "--plugin", PLUGIN, "--select", "BLP901", "--format", "jsonl", str(src))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for rec in records:
        jsonschema.validate(rec, SCHEMA)
    assert [r["status"] for r in records] == ["ok", "error", "error", "error", "error", "ok"]
    assert [r["line"] for r in records] == [1, 2, 3, 4, 5, 6]
    assert records[0]["metadata"] == {"outlet": "X"}
    assert [f["code"] for f in records[0]["findings"]] == ["BLP901"]
    assert "malformed JSON" in records[1]["error"]
    assert "'text' is missing" in records[2]["error"]
    assert "not an object" in records[3]["error"]
    assert "int, not a string" in records[4]["error"]
    # Every record was written, in order; the records that could not be
    # linted make the run exit 2 (after the others), counted on stderr.
    assert result.exit_code == 2
    assert "4 record(s) could not be linted" in result.stderr


def test_text_field_and_id_field_options(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"key": "k1", "body": "Lorem ipsum."}) + "\n")
    result = run("check", "--plugin", PLUGIN, "--format", "jsonl", "--text-field", "body", "--id-field", "key",
                 str(src))
    rec = json.loads(result.output)
    assert rec["id"] == "k1" and rec["status"] == "ok" and rec["findings"]


def test_folder_text_format_and_exit_codes(articles: Path) -> None:
    result = run("check", "--plugin", PLUGIN, "--no-color", str(articles))
    out = result.output
    # .bin is not included by the default globs; the .md file is.
    assert "skip.bin" not in out
    assert f"{articles.as_posix()}/filler.md  score " in out
    assert "  BLP901 [error] " in out and "    fix: " in out  # the rule's why and fix, once
    assert "3:6 | " in out  # the place, then the sentence
    assert "^^^^^^^^^^^ placeholder text 'lorem ipsum'" in out  # the span underlined, the message after it
    assert result.exit_code == 1
    assert run("check", "--plugin", PLUGIN, "--exit-zero", str(articles)).exit_code == 0
    assert run("check", "--plugin", PLUGIN, "--ignore", "BLP901", str(articles)).exit_code == 0
    assert run("check", "--plugin", PLUGIN, "--fail-on", "error", str(articles / "clean.txt")).exit_code == 0


def test_fail_under(articles: Path) -> None:
    clean = str(articles / "clean.txt")
    assert run("check", "--fail-under", "99", clean).exit_code == 0
    filler = str(articles / "filler.md")
    result = run("check", "--plugin", PLUGIN, "--fail-on", "error", "--exit-zero", filler)
    assert result.exit_code == 0
    result = run("check", "--plugin", PLUGIN, "--ignore", "BLP901", "--fail-under", "100", filler)
    assert result.exit_code == 0  # nothing found: score 100 is not under 100


def test_concise_and_json_formats(articles: Path, tmp_path: Path) -> None:
    concise = run("check", "--plugin", PLUGIN, "--select", "BLP901", "--format", "concise", str(articles)).output.splitlines()
    assert any(line.endswith("BLP901 [error] placeholder text 'lorem ipsum'") for line in concise)
    out = tmp_path / "out.json"
    run("check", "--plugin", PLUGIN, "--select", "BLP901", "--format", "json", "--output", str(out), str(articles))
    data = json.loads(out.read_text())
    assert data["summary"]["documents"] == 2
    assert data["summary"]["codes"] == {"BLP901": 1}
    for rec in data["documents"]:
        jsonschema.validate(rec, SCHEMA)


def test_stdin_text_and_jsonl() -> None:
    result = run("check", "--plugin", PLUGIN, "--select", "BLP901", "--format", "jsonl", "-", input="Lorem ipsum from a pipe.")
    rec = json.loads(result.output)
    assert rec["id"] == "-" and rec["findings"][0]["code"] == "BLP901"
    result = run("check", "--format", "jsonl", "--stdin-filename", "x.jsonl", "-",
                 input='{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n')
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["1", "2"]


def test_input_errors_exit_2_after_processing_everything(articles: Path) -> None:
    result = run("check", "--format", "jsonl", str(articles / "missing.txt"), str(articles / "skip.bin"),
                 str(articles / "clean.txt"))
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in recs] == ["error", "error", "ok"]
    assert "no such file" in recs[0]["error"] and "binary" in recs[1]["error"]
    assert result.exit_code == 2


def test_empty_and_invalid_utf8_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society is back.".encode("latin-1"))
    result = run("check", "--format", "jsonl", str(tmp_path))
    recs = {Path(json.loads(line)["path"]).name: json.loads(line) for line in result.stdout.splitlines()}
    assert recs["empty.txt"]["error"] == "empty file"
    assert recs["latin1.txt"]["status"] == "ok"
    assert result.exit_code == 2


def test_usage_and_config_errors_exit_2(tmp_path: Path) -> None:
    assert run("check", "--format", "nope", str(SAMPLES)).exit_code == 2
    assert run("check").exit_code == 2
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text("selekt = []\n")
    result = run("check", "--config", str(cfg), str(SAMPLES))
    assert result.exit_code == 2 and "selekt: unknown key" in result.output


def test_rules_and_explain() -> None:
    out = run("rules", "--plugin", PLUGIN).output
    assert "BLP901" in out and "lorem-ipsum" in out
    doc = run("explain", "BLP901", "--plugin", PLUGIN).output
    for section in ("## What it finds", "## Why it matters", "## Example", "## How to fix", "## Options"):
        assert section in doc
    assert run("explain", "XYZ123").exit_code == 2
    md = run("rules", "--format", "markdown", "--plugin", PLUGIN).output
    assert "| BLP901 | lorem-ipsum | boilerplate | error | - |" in md and "# BLP901 lorem-ipsum" in md
    assert "| MT005 | attribution-doubling | translation | error | unsafe |" in md


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run([sys.executable, "-m", "sourcelint", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "sourcelint" in proc.stdout
