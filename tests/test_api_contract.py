"""The Python API keeps the command line's promises: empty text, wrong
types, public fixing, pandas DataFrames, and types that mypy --strict accepts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import sourcelint
from sourcelint import Config, Document, Linter
from sourcelint.cli import cli

from conftest import ROOT, sample_text

STRAY = "The council met on Tuesday. .\n\nThe vote was unanimous, officials said.\n"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"])
def test_empty_text_is_an_error_report_like_an_empty_file(text: str, tmp_path: Path) -> None:
    report = sourcelint.lint_text(text, id="e")
    assert report.status == "error" and report.score is None and report.verdict is None
    assert report.error == "empty document: no text to lint"
    # The command line says the same of an empty JSONL text, and exits 2.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "e", "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "jsonl", str(src)])
    record = json.loads(result.stdout)
    assert record["status"] == "error" and record["error"] == report.error
    assert result.exit_code == 2


@pytest.mark.parametrize("bad", [b"Some bytes.", bytearray(b"x"), None, 42, ["a list"]])
def test_a_text_that_is_not_a_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        sourcelint.lint_text(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str"):
        Linter().lint_text(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str"):
        sourcelint.fix_text(bad)  # type: ignore[arg-type]


def test_fix_text_takes_the_text_first() -> None:
    with pytest.raises(TypeError, match="text first"):
        sourcelint.fix_text(Linter())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="positional"):
        sourcelint.fix_text(Linter(), "A text.")  # type: ignore[arg-type,misc]  # the old internal order
    assert sourcelint.fix_text("A text. .", linter=Linter(), path="a.md").text == "A text."


def test_bytes_get_a_hint_to_decode() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        sourcelint.lint_text(b"A text.")  # type: ignore[arg-type]


def test_other_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="id must be a str"):
        sourcelint.lint_text("A text.", id=7)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="metadata must be a mapping"):
        sourcelint.lint_text("A text.", metadata=["outlet"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="config must be a sourcelint.Config"):
        sourcelint.lint_text("A text.", config={"select": ["MT"]})  # type: ignore[arg-type]
    for one in ("A text.", {"text": "A text."}, Document("A text.")):
        with pytest.raises(TypeError, match="iterable of texts"):
            list(Linter().lint_many(one))  # type: ignore[arg-type]


def test_fix_text_is_public_and_returns_the_record_the_cli_writes(tmp_path: Path) -> None:
    assert "fix_text" in sourcelint.__all__ and "FixOutcome" in sourcelint.__all__
    outcome = sourcelint.fix_text(STRAY)
    assert outcome.text == STRAY.replace(" .\n", "\n", 1) and outcome.applied == 1
    assert outcome.report.findings == [] and outcome.report.fixed is None
    path = tmp_path / "a.txt"
    path.write_text(STRAY, encoding="utf-8")
    cli_record = json.loads(CliRunner().invoke(cli, ["fix", "--format", "jsonl", str(path)]).stdout)
    api_record = outcome.record.to_dict()
    for key in ("score", "verdict", "families", "findings", "fixed"):
        assert api_record[key] == cli_record[key], key
    assert path.read_text(encoding="utf-8") == outcome.text
    # Unsafe fixes only when asked, and a config narrows the rules.
    text = sample_text("003")
    assert sourcelint.fix_text(text, unsafe=True).applied > sourcelint.fix_text(text).applied
    assert set(sourcelint.fix_text(text, config=Config(select=("MT002",))).codes) == {"MT002"}


def test_readme_documents_fix_text() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "sourcelint.fix_text(" in readme and 'lint_text("")' in readme


def test_lint_dataframe_takes_a_pandas_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    from sourcelint.integrations.dask import RECORD_COLUMNS, lint_dataframe

    df = pd.DataFrame({"id": ["a", "b"], "text": [STRAY, ""], "outlet": ["X", "Y"]}, index=[10, 20])
    out = lint_dataframe(df)
    assert isinstance(out, pd.DataFrame) and list(out.columns) == list(RECORD_COLUMNS)
    assert out.index.tolist() == [10, 20]
    assert out.loc[10, "status"] == "ok" and out.loc[10, "metadata"] == {"outlet": "X"}
    assert out.loc[10, "score"] == sourcelint.lint_text(STRAY).score
    assert out.loc[20, "status"] == "error"
    with pytest.raises(TypeError, match="pandas or Dask DataFrame"):
        lint_dataframe([{"text": STRAY}])


#: The modules of the public API (what ``sourcelint`` exports comes from these).
PUBLIC = ("sourcelint", "sourcelint.linter", "sourcelint.config", "sourcelint.document", "sourcelint.finding",
          "sourcelint.rule", "sourcelint.fix")

USAGE = '''
import sourcelint
from sourcelint import Config, FixOutcome, Linter, Report

report: Report = sourcelint.lint_text("The council met.", id="a", metadata={"outlet": "X"})
score: float | None = report.score
record: dict[str, object] = report.to_dict()
linter = Linter(Config(ignore=("RDB",)))
verdicts: list[str | None] = [r.verdict for r in linter.lint_many(["a", {"id": "b", "text": "c"}])]
outcome: FixOutcome = sourcelint.fix_text("Text. .", unsafe=True, config=Config())
fixed_text: str = outcome.text
'''


def test_the_public_api_is_clean_under_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    # The package maps lint/ to sourcelint and rules/ to sourcelint.rules;
    # mypy cannot follow an editable install's import hook, so it reads a
    # tree of links with the installed layout.
    pkg = tmp_path / "src" / "sourcelint"
    pkg.mkdir(parents=True)
    for entry in (ROOT / "lint").iterdir():
        (pkg / entry.name).symlink_to(entry)
    (pkg / "rules").symlink_to(ROOT / "rules")
    (tmp_path / "usage.py").write_text(textwrap.dedent(USAGE), encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(tmp_path / "src")}
    base = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
            "--cache-dir", os.devnull]
    modules = [arg for name in PUBLIC for arg in ("-m", name)]
    for args in (modules, [str(tmp_path / "usage.py")]):
        proc = subprocess.run(base + args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
