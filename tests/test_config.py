"""Configuration files, selection and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcelint import Linter
from sourcelint.config import Config, ConfigError, find_config, load_config, parse_config


def test_pyproject_table_is_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.sourcelint]\nignore = ["RDB"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    found = find_config(deep)
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found).ignore == ("RDB",)


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find_config(tmp_path) is None


def test_sourcelint_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.sourcelint]\nignore = ["RDB"]\n')
    (tmp_path / "sourcelint.toml").write_text('ignore = ["MT"]\n')
    assert load_config(find_config(tmp_path)).ignore == ("MT",)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ({"selekt": ["DUP"]}, "selekt: unknown key"),
        ({"select": "DUP"}, "select: expected a list"),
        ({"select": ["dup001"]}, "bad selector"),
        ({"score": {"pass": 120}}, "score.pass"),
        ({"score": {"pass": 40, "review": 60}}, "review threshold is above"),
        ({"severity": {"DUP001": "fatal"}}, "severity.DUP001"),
        ({"family-weights": {"spelling": 1}}, "family-weights.spelling"),
        ({"max-document-chars": -1}, "max-document-chars"),
    ],
)
def test_bad_values_name_the_key_and_file(data: dict, needle: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(data, source="cfg.toml", prefix="tool.sourcelint.")
    assert needle in str(err.value)
    assert str(err.value).startswith("cfg.toml: tool.sourcelint.")


def test_invalid_toml_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "sourcelint.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(bad)


def test_select_ignore_extend_select() -> None:
    cfg = Config(select=("DUP",), extend_select=("MT001",), ignore=("DUP004",))
    assert cfg.is_selected("DUP001", "duplication")
    assert not cfg.is_selected("DUP004", "duplication")
    assert cfg.is_selected("MT001", "translation")
    assert not cfg.is_selected("MT002", "translation")
    assert Config(select=("translation",)).is_selected("MT002", "translation")


def test_unknown_rule_in_rule_options_is_an_error() -> None:
    with pytest.raises(Exception, match="rules.XYZ999"):
        Linter(Config(rule_options={"XYZ999": {"a": 1}}))
