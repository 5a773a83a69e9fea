"""Rule discovery: built-ins, entry points, named plugins, clashes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sourcelint import Linter
from sourcelint.config import Config
from sourcelint.finding import FAMILIES
from sourcelint.registry import RegistryError, load_rules

PLUGINS = Path(__file__).parent / "plugins"


def test_builtins_come_through_entry_points_and_follow_the_template() -> None:
    rules = load_rules()
    assert rules, "no built-in rules were discovered through entry points"
    for code, cls in rules.items():
        assert code.startswith(FAMILIES[cls.family])
        for section in ("What it finds", "Why it matters", "How to fix"):
            assert cls.doc_section(section), f"{code} lacks {section}"


def test_plugin_by_file_path() -> None:
    rules = load_rules([str(PLUGINS / "example_plugin.py")])
    assert "BLP901" in rules
    report = Linter(Config(plugins=(str(PLUGINS / "example_plugin.py"),), select=("BLP901",))).lint_text(
        "Some lorem ipsum here.")
    assert [f.code for f in report.findings] == ["BLP901"]


def test_two_rules_with_one_code_is_an_error() -> None:
    with pytest.raises(RegistryError, match="BLP902 is defined twice"):
        load_rules([str(PLUGINS / "clashing_plugin.py")])


def test_missing_plugin_is_an_error() -> None:
    with pytest.raises(RegistryError, match="no_such_module"):
        load_rules(["no_such_module_xyz"])


def test_plugin_through_an_installed_entry_point(tmp_path: Path) -> None:
    # A minimal installed distribution: a dist-info folder with entry_points.txt.
    site = tmp_path / "site"
    site.mkdir()
    (site / "example_plugin.py").write_text((PLUGINS / "example_plugin.py").read_text())
    dist = site / "example_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: example-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[sourcelint.rules]\nlorem = example_plugin\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-m", "sourcelint", "rules"], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert "BLP901" in out and "lorem-ipsum" in out


def test_a_config_plugin_path_is_relative_to_the_config_and_reaches_rules_and_explain(tmp_path, monkeypatch) -> None:
    import shutil

    from click.testing import CliRunner

    from sourcelint.cli import cli

    project = tmp_path / "project"
    (project / "articles").mkdir(parents=True)
    shutil.copy(PLUGINS / "example_plugin.py", project / "my_rules.py")
    (project / "sourcelint.toml").write_text('plugins = ["my_rules.py"]\n')
    (project / "articles" / "a.txt").write_text("Some lorem ipsum here.\n")
    monkeypatch.chdir(project / "articles")  # not where the config and the plugin are
    runner = CliRunner()
    # A configuration found by walking runs its plugins only when allowed (issue 12).
    checked = runner.invoke(cli, ["check", "--allow-plugins", "--format", "concise", "a.txt"])
    assert "BLP901" in checked.output, checked.output
    listed = runner.invoke(cli, ["rules", "--allow-plugins"])
    assert listed.exit_code == 0 and "BLP901" in listed.output
    explained = runner.invoke(cli, ["explain", "--allow-plugins", "BLP901"])
    assert explained.exit_code == 0 and explained.output.startswith("BLP901")
    assert runner.invoke(cli, ["explain", "--allow-plugins", "SL001"]).output.startswith("SL001 internal-error")
