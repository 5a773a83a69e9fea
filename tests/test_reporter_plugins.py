"""Reporters are plugins: the built-ins come from entry points, a user's from ``--plugin``."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sourcelint.cli import cli
from sourcelint.registry import load_reporters

PLUGINS = Path(__file__).parent / "plugins"


def test_builtin_formats_are_entry_points() -> None:
    found = load_reporters()
    assert {"text", "concise", "json", "jsonl", "sarif", "github", "html"} <= set(found)


def test_a_users_reporter_module_is_a_format(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("Some lorem ipsum here.\n")
    result = CliRunner().invoke(cli, [
        "check", "--plugin", str(PLUGINS / "example_plugin.py"), "--plugin", str(PLUGINS / "reporter_plugin.py"),
        "--select", "BLP901", "--format", "tsv", str(p)], catch_exceptions=False)
    assert result.stdout == f"{p}\t1\tBLP901\n# 1\n"
    unknown = CliRunner().invoke(cli, ["check", "--format", "tsv", str(p)])
    assert unknown.exit_code == 2 and "unknown format 'tsv'" in unknown.output
