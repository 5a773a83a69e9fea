"""Configuration files, selection and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from click.testing import CliRunner

from sourcelint import Linter
from sourcelint.cli import cli
from sourcelint.config import Config, ConfigError, find_config, load_config, parse_config
from sourcelint.rule import Rule, RuleError


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
        ({"select": ["DUP 001"]}, "bad selector"),
        ({"score": {"pass": 120}}, "score.pass"),
        ({"score": {"pass": 40, "review": 60}}, "review threshold is above"),
        ({"severity": {"DUP001": "fatal"}}, "severity.DUP001"),
        ({"family-weights": {"spelling!": 1}}, "family-weights.spelling!"),
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


@pytest.mark.parametrize("key", ["select", "extend_select", "ignore"])
@pytest.mark.parametrize("selector", ["FOO", "DUPX", "DUP999", "MT0091"])
def test_a_selector_that_matches_no_rule_is_an_error(key: str, selector: str) -> None:
    """A typo must not silently turn linting off (or fail to turn a rule off)."""
    with pytest.raises(RuleError, match=f"cfg.toml: {key.replace('_', '-')}: '{selector}' matches no rule"):
        Linter(Config(**{key: (selector,)}, source="cfg.toml"))


def test_selectors_may_name_codes_prefixes_families_and_internal_errors() -> None:
    Linter(Config(select=("DUP001", "MT", "pronouns", "ALL"), ignore=("SL001", "RDB")))


def test_cli_names_the_flag_of_a_bad_selector(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("A short note.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--select", "dupx", str(article)])
    assert result.exit_code == 2 and "--select: 'dupx' matches no rule" in result.output
    result = CliRunner().invoke(cli, ["check", "--ignore", "MT,XYZ", str(article)])
    assert result.exit_code == 2 and "--ignore: 'XYZ' matches no rule" in result.output


def test_the_most_specific_severity_setting_wins() -> None:
    for order in ((("DUP002", "info"), ("DUP", "warning"), ("duplication", "error")),
                  (("duplication", "error"), ("DUP", "warning"), ("DUP002", "info"))):
        linter = Linter(Config(select=("DUP",), severity=dict(order)))
        assert linter._severity["DUP002"] == "info"
        assert linter._severity["DUP001"] == "warning"


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        ({"threshold": "high"}, "option 'threshold' expects float"),
        ({"threshold": 7.5}, "option 'threshold' must be from 0 to 1"),
        ({"min-words": -3}, "option 'min-words' must be at least 0"),
        ({"thresh": 0.5}, "unknown option 'thresh'"),
    ],
)
def test_bad_rule_options_name_the_file_rule_and_option(tmp_path: Path, options: dict, needle: str) -> None:
    cfg = tmp_path / "sourcelint.toml"
    body = "".join(f"{k} = {v!r}\n" if not isinstance(v, str) else f'{k} = "{v}"\n' for k, v in options.items())
    cfg.write_text("[rules.DUP003]\n" + body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        Linter(load_config(cfg))
    assert str(err.value).startswith(f"{cfg}: rules.DUP003: ") and needle in str(err.value)


class _Crash(Rule):
    """Raises on every document.

    What it finds:
    Nothing; it crashes.

    Why it matters:
    It stands in for a rule with a bug.

    How to fix:
    Nothing to fix; it exists for tests only.
    """

    code = "STR990"
    name = "test-crash"
    family = "structure"

    def check(self, doc):
        raise ValueError("boom")


def test_ignoring_sl001_drops_internal_errors() -> None:
    report = Linter(Config(), rules=[_Crash]).lint_text("Boom goes the rule.")
    assert [f.code for f in report.findings] == ["SL001"]
    assert Linter(Config(ignore=("SL001",)), rules=[_Crash]).lint_text("Boom goes the rule.").findings == []
    # a directive in the article cannot hide that the report is incomplete
    hidden = "<!-- sourcelint: disable-file -->\nBoom goes the rule."
    assert [f.code for f in Linter(Config(record_directives=True), rules=[_Crash]).lint_text(hidden).findings] \
        == ["SL001"]


def test_inputs_under_different_config_files_are_warned_about(tmp_path: Path) -> None:
    for name, select in (("a", "DUP"), ("b", "MT")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "sourcelint.toml").write_text(f'select = ["{select}"]\n')
        (tmp_path / name / "x.txt").write_text("A plain sentence here.\n")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a"), str(tmp_path / "b")])
    assert "different configuration files" in result.output
    assert str(tmp_path / "a" / "sourcelint.toml") in result.output
    assert str(tmp_path / "b" / "sourcelint.toml") in result.output
    same = CliRunner().invoke(cli, ["check", str(tmp_path / "a" / "x.txt"), str(tmp_path / "a")])
    assert "different configuration files" not in same.output
