"""The README's example output is real: its commands are run and compared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parent / "tools" / "readme_example.py"


def _tool():
    spec = importlib.util.spec_from_file_location("readme_example", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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
