"""``--format sarif``: valid SARIF 2.1.0 (official schema, offline) with the expected content."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from sourcelint.cli import cli
from sourcelint.reporters.sarif import artifact_uri

from conftest import SAMPLES

SCHEMA_PATH = Path(__file__).parent / "fixtures" / "sarif-2.1.0-rtm.5.json"
PLUGIN = str(Path(__file__).parent / "plugins" / "fix_plugin.py")
LOREM = str(Path(__file__).parent / "plugins" / "example_plugin.py")


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    # The schema declares draft-04; its $refs are all local ("#/definitions/...").
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if anything (a $schema or $ref lookup) tries to connect."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def sarif(*args: str) -> tuple[dict, int]:
    result = CliRunner().invoke(cli, ["check", "--format", "sarif", *args], catch_exceptions=False)
    return json.loads(result.stdout), result.exit_code


def test_samples_log_validates_against_the_official_schema(validator, no_network, monkeypatch) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    log, code = sarif("samples/")
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert log["version"] == "2.1.0" and driver["name"] == "sourcelint" and driver["version"]
    assert run["results"], "the garbled samples must produce results"
    ids = [r["id"] for r in driver["rules"]]
    for res in run["results"]:
        rule = driver["rules"][res["ruleIndex"]]
        assert rule["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert loc["artifactLocation"]["uri"].startswith("samples/")
        region = loc["region"]
        assert region["startLine"] <= region["endLine"]
    assert ids == sorted(ids)
    assert code == 1


def test_rule_descriptors_carry_the_documentation(validator) -> None:
    log, _ = sarif("--plugin", LOREM, "--select", "BLP901", str(SAMPLES / "000_aa6e39cc0dc44585.txt"))
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "BLP901" and rule["name"] == "lorem-ipsum"
    assert rule["shortDescription"]["text"] == 'Placeholder "lorem ipsum" text left in an article.'
    assert "classic filler text" in rule["fullDescription"]["text"]
    assert "## How to fix" in rule["help"]["text"] and "Remove the filler" in rule["help"]["text"]
    assert rule["defaultConfiguration"]["level"] == "error"
    assert not list(validator.iter_errors(log))


def test_result_region_offsets_and_fix_match_the_text(tmp_path: Path, validator, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = "Intro line.\n\nÉtude: teh  cat.\n"
    Path("a b.md").write_text(text, encoding="utf-8")
    log, _ = sarif("--plugin", PLUGIN, "--select", "LNG901,LNG902", "a b.md")
    assert not list(validator.iter_errors(log))
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    by_rule = {r["ruleId"]: r for r in run["results"]}
    teh = by_rule["LNG901"]
    loc = teh["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "a%20b.md"
    region = loc["region"]
    start = text.index("teh")
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 8, 3, 11)
    assert (region["charOffset"], region["charLength"]) == (start, 3)
    assert region["snippet"]["text"] == "teh"
    (change,) = teh["fixes"][0]["artifactChanges"]
    (rep,) = change["replacements"]
    assert rep == {"deletedRegion": {"charOffset": start, "charLength": 3}, "insertedContent": {"text": "the"}}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"


def test_jsonl_records_and_unreadable_inputs(tmp_path: Path, validator, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in.jsonl").write_text('{"id": "r1", "text": "ok"}\n{"id": "r2", "text": "teh cat"}\n')
    log, code = sarif("--plugin", PLUGIN, "--select", "LNG901", "in.jsonl", "missing.txt")
    assert code == 2
    assert not list(validator.iter_errors(log))
    run = log["runs"][0]
    (res,) = run["results"]
    loc = res["locations"][0]
    assert loc["physicalLocation"]["region"] == {"startLine": 2}
    assert loc["logicalLocations"][0]["name"] == "r2"
    assert res["properties"]["textRegion"]["startColumn"] == 1
    assert "fixes" not in res  # offsets are inside the record, not the file
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert "missing.txt" in note["message"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_artifact_uri(tmp_path: Path) -> None:
    cwd = str(tmp_path)
    assert artifact_uri("sub/x y.md", cwd) == ("sub/x%20y.md", "%SRCROOT%")
    assert artifact_uri(os.path.join(cwd, "a.txt"), cwd) == ("a.txt", "%SRCROOT%")
    outside = artifact_uri("/elsewhere/a.txt", cwd)
    assert outside == ("file:///elsewhere/a.txt", None)
