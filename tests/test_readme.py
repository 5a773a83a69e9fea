"""The README's example output is real: its commands are run and compared."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script

TOOL = Path(__file__).resolve().parent / "tools" / "readme_example.py"


def _tool():
    return load_script(TOOL)


def test_the_readme_example_output_is_what_the_commands_print() -> None:
    tool = _tool()
    pairs = tool.commands(tool.README.read_text(encoding="utf-8"))
    assert pairs, "the example block has no commands"
    for command, recorded in pairs:
        assert recorded.strip(), f"no output recorded for {command!r}"
        assert tool.run(command) == recorded, (
            f"README output of {command!r} is stale: run python tests/tools/readme_example.py")


def test_the_readme_commands_are_the_ones_ci_runs() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && python -m pytest" in readme
    assert "pip install --quiet -e '.[test]'" in ci and "python -m pytest" in ci


def test_the_readme_configuration_example_is_valid(tmp_path) -> None:
    """Every key the README shows must parse, so the documentation cannot drift."""
    import re

    from sourcelint import Linter
    from sourcelint.config import load_config

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[tool\.sourcelint\]\n.*?)```", readme, re.S).group(1)
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    # As pasted: no file is copied beside it first (it once named a plugin file that was not there).
    config = load_config(tmp_path / "pyproject.toml")
    assert config.ignore == ("RDB001",) and config.rule_options["DUP003"]["threshold"] == 0.8
    assert config.family_weights == {"readability": 0.5} and config.rule_timeout == 20
    assert config.per_file_ignores == (("interviews/*", ("MT005",)),) and config.fail_on == "error"
    Linter(config)  # the selectors match rules, the options validate
