"""Fixes never launder a source: notices of origin stay, records keep the
original verdict, and an unsafe fix never writes the wrong pronoun."""

from __future__ import annotations

import json
import shutil
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from sourcelint import Config, Linter
from sourcelint.cli import cli
from sourcelint.fix import fix_text
from sourcelint.registry import load_rules

from conftest import SAMPLES, sample_text

SCHEMA = json.loads((files("sourcelint") / "schema" / "record.schema.json").read_text())
NOTICE = "Not all news on the site expresses"
AGGREGATED = ("The council approved the budget on Tuesday after a long debate.\n\n"
              "This story was auto-generated from a syndicated feed.\n")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def garbled(tmp_path: Path) -> Path:
    (src,) = SAMPLES.glob("003_*.txt")
    path = tmp_path / "003.txt"
    shutil.copyfile(src, path)
    path.chmod(0o644)  # the samples are read-only; an article being fixed is not
    return path


@pytest.mark.parametrize("code", ["MT006", "BLP004"])
def test_notices_of_origin_are_not_fixable(code: str) -> None:
    rule = load_rules(())[code]
    assert not rule.fixable
    text = sample_text("003") if code == "MT006" else AGGREGATED
    findings = [f for f in Linter().lint_text(text).findings if f.code == code]
    assert findings and all(f.fix is None for f in findings)


def test_unsafe_fixes_on_sample_003_leave_a_record_that_does_not_pass(garbled: Path) -> None:
    result = run("fix", "--unsafe-fixes", "--format", "jsonl", str(garbled))
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    assert record["verdict"] != "pass" and record["score"] == 45.9
    assert result.exit_code == 1
    # The notice of automatic translation is still in the article and still reported.
    assert NOTICE in garbled.read_text(encoding="utf-8")
    assert "MT006" in {f["code"] for f in record["findings"]}
    fixed = record["fixed"]
    assert fixed["findings_before"] == 20 and fixed["applied"] >= 10
    assert "MT006" not in fixed["codes"] and fixed["codes"]["MT005"] == 2
    assert fixed["score_after"] > record["score"]


def test_a_fixed_record_keeps_the_original_score_verdict_and_families(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "The council met on Tuesday. .\n\nThe vote was unanimous, officials said.\n"
    path.write_text(text, encoding="utf-8")
    before = json.loads(run("check", "--format", "jsonl", str(path)).stdout)
    after = json.loads(run("fix", "--format", "jsonl", str(path)).stdout)
    jsonschema.validate(after, SCHEMA)
    for key in ("score", "verdict", "families", "explanation", "words"):
        assert after[key] == before[key], key
    assert after["findings"] == [] and before["findings"]
    assert after["fixed"] == {"applied": 1, "codes": {"MT002": 1}, "findings_before": len(before["findings"]),
                              "score_after": 100.0, "verdict_after": "pass"}
    # An unfixed record has no "fixed" key.
    assert "fixed" not in json.loads(run("check", "--format", "jsonl", str(path)).stdout)


def test_unsafe_fix_keeps_the_tag_with_the_speakers_pronoun(garbled: Path) -> None:
    run("fix", "--unsafe-fixes", "-q", str(garbled))
    text = garbled.read_text(encoding="utf-8")
    # Bachelet is a woman: of "he said. she declared." the fix keeps "she declared".
    assert "minorities,” she declared." in text
    assert "scheme,” she said, using" in text
    assert "” he said" not in text


MT005 = Linter(Config(select=("MT005",)))


@pytest.mark.parametrize(("text", "kept"), [
    ('Prime Minister John Smith visited the plant.\n\n"We will keep at it," she said. he declared.\n', "he declared."),
    ('Prime Minister John Smith visited the plant.\n\n"We will keep at it," he said. she declared.\n', "he said."),
    ('Michelle Bachelet visited the plant.\n\n"We will keep at it," he said. Bachelet said.\n', "Bachelet said."),
    ('"We will keep at it," the minister stated. He added.\n', "the minister stated."),
])
def test_unsafe_attribution_fix_agrees_with_the_known_gender(text: str, kept: str) -> None:
    fixed = fix_text(linter=MT005, text=text, unsafe=True).text
    assert fixed.rstrip().endswith(f'at it," {kept}'), fixed


def test_no_attribution_fix_when_the_speakers_gender_is_unknown() -> None:
    text = 'The delegation visited the plant.\n\n"We will keep at it," he said. she declared.\n'
    (finding,) = MT005.lint_text(text).findings
    assert finding.code == "MT005" and finding.fix is None
    assert fix_text(linter=MT005, text=text, unsafe=True).text == text
