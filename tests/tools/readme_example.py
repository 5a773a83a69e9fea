"""Keep the README's 30-second example true: run its commands, compare or rewrite.

The block between ``<!-- example:start -->`` and ``<!-- example:end -->`` in
README.md holds ``console`` code blocks, each a ``$ sourcelint ...`` command
(optionally piped to ``tail -N``) followed by its output.
``tests/test_readme.py`` fails when the output drifts; this script rewrites
the block with the current output:

    python tests/tools/readme_example.py          # rewrite README.md
    python tests/tools/readme_example.py --check  # exit 1 if it is stale
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from click.testing import CliRunner

from sourcelint.cli import cli

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
_BLOCK_RE = re.compile(r"(<!-- example:start -->\n)(.*?)(<!-- example:end -->)", re.S)
_CODE_RE = re.compile(r"```console\n\$ (?P<cmd>[^\n]+)\n(?P<out>.*?)```", re.S)


def run(command: str) -> str:
    """The output of one README command, run in the repository root."""
    tail = None
    if "|" in command:
        command, _, pipe = command.partition("|")
        parts = shlex.split(pipe)
        assert parts[0] == "tail" and parts[1].startswith("-"), f"unsupported pipe: {pipe}"
        tail = int(parts[1][1:])
    args = shlex.split(command)
    assert args[0] == "sourcelint", command
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(cli, args[1:], color=False)
    finally:
        os.chdir(here)
    out = result.stdout
    if tail is not None:
        out = "".join(out.splitlines(keepends=True)[-tail:])
    return out


def commands(readme: str) -> list[tuple[str, str]]:
    """(command, recorded output) pairs of the example block."""
    block = _BLOCK_RE.search(readme)
    assert block, "README.md has no example block"
    return [(m.group("cmd"), m.group("out")) for m in _CODE_RE.finditer(block.group(2))]


def rewritten(readme: str) -> str:
    """README text with every example output regenerated."""
    block = _BLOCK_RE.search(readme)
    body = _CODE_RE.sub(lambda m: f"```console\n$ {m.group('cmd')}\n{run(m.group('cmd'))}```", block.group(2))
    return readme[: block.start(2)] + body + readme[block.end(2) :]


def main() -> int:
    """Rewrite README.md, or with --check report whether it is stale."""
    text = README.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--check" in sys.argv:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
