"""Configuration and command-line conventions users of ruff and flake8 expect."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint import Config, Linter
from sourcelint.cli import check, cli
from sourcelint.config import KNOWN_KEYS, ConfigError, parse_config
from sourcelint.rule import Rule, RuleError

from conftest import ROOT, SAMPLES, sample_text

FAMILY_PLUGIN = str(Path(__file__).parent / "plugins" / "family_plugin.py")
GARBLED = next(SAMPLES.glob("004_*.txt"))
#: Options that name one invocation, not a project's settings.
#: (allow_plugins: a configuration cannot vouch for its own plugins.)
CLI_ONLY = {"paths", "config_path", "isolated", "fix", "diff", "fix_output", "resume", "dask_address",
            "stdin_filename", "plugins", "quiet", "verbose", "color", "progress", "per_file_ignores", "allow_plugins"}
#: Tables that only a file can hold.
FILE_ONLY = {"score", "severity", "family-weights", "rules", "plugins", "per-file-ignores", "sources"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def codes(result) -> list[str]:
    return [f["code"] for line in result.stdout.splitlines() for f in json.loads(line)["findings"]]


def test_every_cli_option_is_a_config_key_and_the_reverse() -> None:
    options = {p.name for p in check.params}
    keys = {"fmt" if k == "format" else k.replace("-", "_") for k in KNOWN_KEYS}
    assert options - CLI_ONLY - keys == set(), "options with no config key"
    cli_names = {"format" if o == "fmt" else o.replace("_", "-") for o in options}
    assert set(KNOWN_KEYS) - FILE_ONLY - cli_names == set(), "config keys with no option"
    # plugins and per-file-ignores are both: --plugin / --per-file-ignores add to the file's.
    assert {"plugins", "per_file_ignores"} <= options


def test_the_unknown_key_error_lists_the_valid_keys() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config({"fail_under": 50}, source="cfg.toml", prefix="tool.sourcelint.")
    message = str(err.value)
    assert "fail_under: unknown key" in message
    assert all(key in message for key in ("fail-under", "fail-on", "format", "output", "per-file-ignores"))


def test_run_settings_work_from_the_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(sample_text("002"), encoding="utf-8")  # "review", warnings only
    assert run("check", "-q", str(article)).exit_code == 0
    (tmp_path / "sourcelint.toml").write_text(
        'format = "jsonl"\nfail-under = 90\noutput = "out/records.jsonl"\nstatistics = true\n', encoding="utf-8")
    (tmp_path / "out").mkdir()
    result = run("check", str(article))
    assert result.exit_code == 1 and result.stdout == ""
    record = json.loads((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8"))
    assert record["verdict"] == "review"
    (tmp_path / "sourcelint.toml").write_text('fail-on = "warning"\nexit-zero = false\n', encoding="utf-8")
    assert run("check", "-q", str(article)).exit_code == 1
    # The command line wins over the file.
    assert run("check", "-q", "--fail-on", "error", str(article)).exit_code == 0


def test_rule_names_and_codes_are_case_insensitive_everywhere(tmp_path: Path) -> None:
    upper = codes(run("check", "--format", "jsonl", "--select", "MT001", str(GARBLED)))
    assert upper == ["MT001", "MT001"]
    for sel in ("mt001", "glued-words", "Glued-Words"):
        assert codes(run("check", "--format", "jsonl", "--select", sel, str(GARBLED))) == upper, sel
    assert "MT001" not in codes(run("check", "--format", "jsonl", "--ignore", "glued-words", str(GARBLED)))
    linter = Linter(parse_config({"select": ["translation"], "ignore": ["mt002"],
                                  "severity": {"glued-words": "warning", "mt": "info"},
                                  "rules": {"dup003": {}, "repeated-block": {}}}))
    report = linter.lint_text(sample_text("004"))
    assert {f.severity for f in report.findings if f.code == "MT001"} == {"warning"}  # the name is more specific
    assert {f.severity for f in report.findings if f.code == "MT004"} == {"info"}
    assert "MT002" not in {f.code for f in report.findings}
    text = "<!-- sourcelint: disable=glued-words -->\n" + sample_text("004")
    # Directives in text from the API are obeyed only when the caller says so.
    assert "MT001" not in {f.code for f in Linter(Config(record_directives=True)).lint_text(text).findings}
    assert run("explain", "dup002").stdout == run("explain", "repeated-block").stdout == run("explain", "DUP002").stdout


def test_explain_a_family() -> None:
    result = run("explain", "MT")
    assert result.exit_code == 0
    assert result.stdout.startswith("translation (MT): 8 rule(s)")
    assert all(f"MT00{i}" in result.stdout for i in range(1, 9)) and "glued-words" in result.stdout
    assert run("explain", "translation").stdout == result.stdout
    bad = run("explain", "XYZ")
    assert bad.exit_code == 2 and "no rule or family 'XYZ'" in bad.output


def test_language_is_checked(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("A short note on the weather.\n", encoding="utf-8")
    result = run("check", "--language", "xx", str(article))
    assert result.exit_code == 2 and "unknown language 'xx'" in result.output and " de," in result.output
    assert run("check", "-q", "--language", "EN", str(article)).exit_code == 0
    with pytest.raises(ConfigError, match="language: unknown language 'english'"):
        parse_config({"language": "english"})


def test_statistics_name_the_rules() -> None:
    out = run("check", "--statistics", "-q", str(SAMPLES)).stdout
    assert re.search(r"^\s+\d+\s+MT001\s+glued-words$", out, re.M), out


def test_fix_help_offers_neither_fix_nor_diff() -> None:
    help_text = run("fix", "--help").stdout
    option = re.compile(r"^\s+--(?:fix|diff)\b(?!-)", re.M)
    assert not option.search(help_text), help_text
    assert "--unsafe-fixes" in help_text and "--fix-output" in help_text
    assert len(option.findall(run("check", "--help").stdout)) == 2


def test_fix_options_without_fix_are_usage_errors(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council met on Tuesday. .\n", encoding="utf-8")
    before = article.read_text(encoding="utf-8")
    for args in (["--unsafe-fixes"], ["--fix-output", str(tmp_path / "f.jsonl")]):
        result = run("check", *args, str(article))
        assert result.exit_code == 2 and "use it with --fix" in result.output, args
    assert article.read_text(encoding="utf-8") == before
    assert run("check", "--diff", "--unsafe-fixes", str(article)).exit_code == 1  # a diff may show unsafe fixes
    assert run("fix", "--unsafe-fixes", "-q", str(article)).exit_code == 0


def test_exclude_and_extend_exclude(tmp_path: Path) -> None:
    for name in ("keep.txt", "drafts/a.txt", "old/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("The council met on Tuesday.\n", encoding="utf-8")
    (tmp_path / "sourcelint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")

    def linted(*args: str) -> list[str]:
        out = run("check", "--format", "jsonl", *args, str(tmp_path)).stdout
        return sorted(Path(json.loads(line)["path"]).relative_to(tmp_path).as_posix() for line in out.splitlines())

    assert linted() == ["keep.txt", "old/b.txt"]
    assert linted("--extend-exclude", "old") == ["keep.txt"]
    assert linted("--exclude", "old") == ["drafts/a.txt", "keep.txt"]  # replaces the file's list
    assert linted("--isolated") == ["drafts/a.txt", "keep.txt", "old/b.txt"]


def test_ignore_replaces_and_extend_ignore_adds(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(sample_text("004"), encoding="utf-8")
    (tmp_path / "sourcelint.toml").write_text('select = ["MT001", "MT002"]\nignore = ["MT001"]\n', encoding="utf-8")
    assert set(codes(run("check", "--format", "jsonl", str(article)))) == {"MT002"}
    assert set(codes(run("check", "--format", "jsonl", "--ignore", "MT002", str(article)))) == {"MT001"}
    assert codes(run("check", "--format", "jsonl", "--extend-ignore", "MT002", str(article))) == []


def test_per_file_ignores(tmp_path: Path) -> None:
    for name in ("news/a.txt", "interviews/b.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(sample_text("004"), encoding="utf-8")

    def by_file(*args: str) -> dict[str, set[str]]:
        out = run("check", "--format", "jsonl", "--select", "MT001,PRN", *args, str(tmp_path)).stdout
        return {Path(r["path"]).parent.name: {f["code"] for f in r["findings"]}
                for r in map(json.loads, out.splitlines())}

    assert by_file() == {"news": {"MT001", "PRN001"}, "interviews": {"MT001", "PRN001"}}
    assert by_file("--per-file-ignores", "*/interviews/*:glued-words") == {
        "news": {"MT001", "PRN001"}, "interviews": {"PRN001"}}
    (tmp_path / "sourcelint.toml").write_text('[per-file-ignores]\n"*/news/*" = ["PRN"]\n', encoding="utf-8")
    assert by_file("--per-file-ignores", "*/interviews/*:MT") == {"news": {"MT001"}, "interviews": {"PRN001"}}
    bad = run("check", "--per-file-ignores", "no-colon", str(tmp_path))
    assert bad.exit_code == 2 and "GLOB:CODES" in bad.output


def test_isolated_reads_no_configuration_and_verbose_says_which(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council met on Tuesday.\n", encoding="utf-8")
    (tmp_path / "sourcelint.toml").write_text("selekt = 1\n", encoding="utf-8")
    assert run("check", str(article)).exit_code == 2
    result = run("check", "-v", "--no-config", str(article))
    assert result.exit_code == 0
    assert "configuration: defaults (--isolated)" in result.stderr
    assert re.search(r"\d+ rule\(s\): BLP001 ", result.stderr) and f"{article}: 100 pass" in result.stderr
    (tmp_path / "sourcelint.toml").write_text('ignore = ["RDB"]\n', encoding="utf-8")
    assert f"configuration: {tmp_path / 'sourcelint.toml'}" in run("check", "--verbose", str(article)).stderr


def test_a_plugin_can_add_a_family(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("BREAKING NEWS TONIGHT: the council met.\n\nIt approved the budget.\n", encoding="utf-8")
    result = run("check", "--plugin", FAMILY_PLUGIN, "--format", "jsonl", str(article))
    record = json.loads(result.stdout)
    assert [f["code"] for f in record["findings"]] == ["STY001"]
    assert record["families"]["style"] < 100 and record["families"]["translation"] == 100
    assert codes(run("check", "--plugin", FAMILY_PLUGIN, "--format", "jsonl", "--select", "style", str(article))) \
        == ["STY001"]
    assert run("explain", "--plugin", FAMILY_PLUGIN, "STY").stdout.startswith("style (STY): 1 rule(s)")
    weighted = Linter(Config(plugins=(FAMILY_PLUGIN,), family_weights={"style": 0.0}))
    assert weighted.lint_text(article.read_text()).families["style"] == 100


def test_a_new_family_needs_its_own_prefix() -> None:
    class NoPrefix(Rule):
        """Nothing.

        What it finds:
        Nothing.

        Why it matters:
        It tests declarations.

        How to fix:
        Nothing to fix.
        """

        code = "STY002"
        name = "no-prefix"
        family = "style"

    with pytest.raises(RuleError, match="unknown family 'style'.*family_prefix"):
        NoPrefix.validate_declaration()
    NoPrefix.family_prefix = "MT"
    with pytest.raises(RuleError, match="built-in prefix"):
        NoPrefix.validate_declaration()
    NoPrefix.family_prefix = "STY"
    NoPrefix.validate_declaration()


def test_the_pre_commit_snippet_names_no_missing_tag() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = readme[readme.index("# .pre-commit-config.yaml"):]
    rev = re.search(r"rev: (\S+)", snippet).group(1)
    assert rev == "main" or re.fullmatch(r"[0-9a-f]{40}", rev), rev
