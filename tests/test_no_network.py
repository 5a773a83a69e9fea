"""Safety: the CLI opens no network connection, and configuration runs no code.

A full run of every rule through every output format (whatever reporters are
registered, so formats added later are covered) with outbound sockets and
name resolution made to fail; the library-level offline test lives in
tests/test_offline.py. And a configuration file can only make sourcelint
import the plugins it names in ``plugins``: no other key is ever imported,
evaluated or executed.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint import Linter
from sourcelint.cli import cli
from sourcelint.config import load_config
from sourcelint.registry import load_reporters, load_rules

from conftest import SAMPLES


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Outbound connections and DNS raise; local pipes and Unix sockets still work."""
    attempts: list[str] = []

    def refuse(what):
        def fail(*args, **kwargs):
            attempts.append(f"{what}{args[:2]!r}")
            raise NetworkUsed(f"network access at run time: {what}{args[:2]!r}")
        return fail

    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            return refuse("connect")(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("net")
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SAMPLES.glob("*.txt"))]
    records.append({"id": "links", "text": "See https://example.com/x and www.example.org.\n\n"
                    "Read more: http://example.net/story\n\n<a href=\"http://a.example/\">x</a>"})
    records.append({"id": "foreign", "text": "Привет, мир. Это статья на русском языке о погоде."})
    (folder / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [str(SAMPLES), str(folder / "in.jsonl")]


FORMATS = sorted(load_reporters())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_run_in_every_format_opens_no_connection(fmt: str, inputs: list[str], no_network) -> None:
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", "--format", fmt, "--exit-zero", *inputs])
    assert not no_network, no_network
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_fix_diff_and_rule_docs_open_no_connection(inputs: list[str], no_network) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["check", "--jobs", "1", "--diff", inputs[0]])
    assert result.exit_code in (0, 1), result.output
    assert runner.invoke(cli, ["rules"]).exit_code == 0
    assert runner.invoke(cli, ["rules", "--format", "markdown"]).exit_code == 0
    for code in load_rules():
        assert runner.invoke(cli, ["explain", code]).exit_code == 0
    assert not no_network, no_network


def test_every_rule_is_selected_in_the_offline_run() -> None:
    # The runs above use the default selection; make sure that is every rule.
    assert {r.code for r in Linter().rules} == set(load_rules())


# -- configuration runs no code ------------------------------------------------------

MARKER_MODULE = "sourcelint_marker_{tag}"


def _marker(tmp_path: Path, monkeypatch, tag: str) -> tuple[str, Path]:
    """A module that, if ever imported, writes a marker file."""
    name = MARKER_MODULE.format(tag=tag)
    marker = tmp_path / f"{name}.imported"
    (tmp_path / f"{name}.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('imported')\nRULES = []\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name, marker


def test_config_values_are_never_imported_or_evaluated(tmp_path: Path, monkeypatch) -> None:
    name, marker = _marker(tmp_path, monkeypatch, "values")
    payload = f"__import__('{name}')"
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text(
        f'text-field = "{payload}"\n'
        f'id-field = "{name}"\n'
        f'include = ["{name}", "*.txt"]\n'
        f'exclude = ["{payload}"]\n'
        f'[rules.{next(iter(load_rules()))}]\n'
    )
    Linter()  # built-in rules imported beforehand; only new imports count below
    before = set(sys.modules)
    config = load_config(cfg)
    linter = Linter(config)
    linter.lint_text("The council met on Tuesday.")
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", "--config", str(cfg), "--exit-zero", str(SAMPLES)])
    assert result.exit_code in (0, 2), result.output
    assert not marker.exists()
    assert name not in sys.modules
    new = {m for m in set(sys.modules) - before if m.startswith("sourcelint_plugin") or m == name}
    assert not new, new


def test_unknown_keys_are_rejected_not_interpreted(tmp_path: Path, monkeypatch) -> None:
    name, marker = _marker(tmp_path, monkeypatch, "unknown")
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text(f'plugin = "{name}"\nreporters = ["{name}"]\n')  # typos of "plugins"
    with pytest.raises(Exception, match="unknown key"):
        Linter(load_config(cfg))
    assert not marker.exists()


def test_a_pyproject_without_a_sourcelint_table_runs_nothing(tmp_path: Path, monkeypatch) -> None:
    name, marker = _marker(tmp_path, monkeypatch, "pyproject")
    (tmp_path / "pyproject.toml").write_text(
        f'[project.entry-points."sourcelint.rules"]\nx = "{name}"\n[tool.other]\nplugins = ["{name}"]\n')
    (tmp_path / "a.txt").write_text("The council met on Tuesday.\n")
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", "--exit-zero", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    assert not marker.exists()


def test_only_a_named_plugin_is_imported(tmp_path: Path, monkeypatch) -> None:
    name, marker = _marker(tmp_path, monkeypatch, "named")
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text(f'plugins = ["{name}"]\n')
    Linter(load_config(cfg))
    assert marker.exists()  # the control: naming it is what imports it
