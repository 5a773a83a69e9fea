"""`fix` and the files it rewrites: permissions, owner, hard links, setgid (issue 12, item 5)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint.cli import cli

PLUGIN = str(Path(__file__).parent / "plugins" / "fix_plugin.py")
ARGS = ["--plugin", PLUGIN, "--select", "LNG901,LNG902", "--format", "concise"]
NOBODY = 65534
as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                             reason="needs root to act as another user")


def fix(*paths: Path):
    return CliRunner().invoke(cli, ["fix", *ARGS, *map(str, paths)], catch_exceptions=False)


def fix_as_nobody(path: Path) -> int:
    """Run `sourcelint fix` on ``path`` in a forked child that is user nobody; its exit code.

    The interpreter's own files may be out of nobody's reach, so a first run
    as the current user imports every module the child will need.
    """
    warm = path.with_name("warm-up.txt")
    warm.write_text("teh  cat\n")
    fix(warm)
    warm.unlink()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            code = fix(path).exit_code
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.fixture
def shared_folder():
    """A folder everyone may write to (like a shared project folder), outside pytest's private tmp."""
    folder = Path(tempfile.mkdtemp(prefix="sourcelint-fix-"))
    os.chmod(folder, 0o777)
    yield folder
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


@as_root
def test_a_file_the_user_cannot_write_is_not_fixed(shared_folder: Path) -> None:
    p = shared_folder / "root.txt"
    p.write_text("teh  cat\n")
    os.chmod(p, 0o644)  # writable by its owner (root) only; the folder is writable by all
    assert fix_as_nobody(p) == 2
    assert p.read_text() == "teh  cat\n"
    assert p.stat().st_uid == 0


@as_root
def test_a_fix_by_a_group_member_keeps_the_owner(shared_folder: Path) -> None:
    p = shared_folder / "shared.txt"
    p.write_text("teh  cat\n")
    os.chmod(p, 0o666)
    assert fix_as_nobody(p) == 0
    assert p.read_text() == "the cat\n"
    assert (p.stat().st_uid, stat.S_IMODE(p.stat().st_mode)) == (0, 0o666)


def test_a_fix_keeps_hard_links(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("teh  cat\n")
    os.link(p, tmp_path / "b.txt")
    inode = p.stat().st_ino
    assert fix(p).exit_code == 0
    assert p.read_text() == (tmp_path / "b.txt").read_text() == "the cat\n"
    assert p.stat().st_ino == inode and p.stat().st_nlink == 2


def test_a_fix_keeps_setgid(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("teh  cat\n")
    os.chmod(p, 0o2775)
    assert fix(p).exit_code == 0
    assert p.read_text() == "the cat\n"
    assert stat.S_IMODE(p.stat().st_mode) == 0o2775
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


# -- item 10: many fixes ---------------------------------------------------------------------------

@pytest.mark.timeout(120)
def test_diff_of_thousands_of_fixes_finishes(tmp_path: Path) -> None:
    # 26,000 placeholder links: choosing the fixes compared each with every
    # accepted one (quadratic: minutes); linear code takes seconds.
    p = tmp_path / "ph.txt"
    p.write_text("[statement](#) " * 26_666)
    result = CliRunner().invoke(cli, ["check", "--diff", "--select", "BLP", str(p)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "would fix 26666 finding(s)" in result.stderr
    assert result.stdout.startswith("--- ")


def _naive_select(findings, unsafe=False):
    """The former quadratic select_fixes: the reference for the fast one."""
    from sourcelint.fix import _conflict, _fix_key, applicable

    accepted, taken, fixed = [], set(), []
    for f in sorted((f for f in findings if applicable(f, unsafe)), key=_fix_key):
        edits = [e for e in dict.fromkeys(f.fix.edits) if e not in taken]
        if any(e.start > e.end for e in edits):
            continue
        if any(_conflict(e, o) for i, e in enumerate(edits) for o in accepted + edits[i + 1:]):
            continue
        accepted.extend(edits)
        taken.update(edits)
        fixed.append(f)
    return fixed, sorted(accepted, key=lambda e: (e.start, e.end))


def test_select_fixes_agrees_with_the_pairwise_reference() -> None:
    import random

    from sourcelint import Edit, Finding, Fix
    from sourcelint.fix import select_fixes

    rng = random.Random(10)
    for _ in range(300):
        findings = []
        for k in range(rng.randint(1, 25)):
            edits = []
            for _ in range(rng.choice([1, 1, 2, 3])):
                s = rng.randint(0, 40)
                edits.append(Edit(s, s + rng.choice([0, 0, 1, 2, 5]), rng.choice(["", "x"])))
            findings.append(Finding(code=f"LNG90{k % 3}", rule="r", family="language", severity="warning",
                                    message="m", start=edits[0].start, end=edits[0].end, line=1, column=1,
                                    end_line=1, end_column=1, fix=Fix(edits=tuple(edits), safe=True)))
        assert select_fixes(findings) == _naive_select(findings)


# -- item 14: --fix-output on JSONL in other encodings --------------------------------------------

@pytest.mark.parametrize("encode", [
    lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
    lambda s: s.encode("utf-16"),  # with its BOM
    lambda s: s.encode("utf-8").replace(b'"X"', b'"X\xff"'),  # invalid UTF-8 in another field
], ids=["utf8-bom", "utf16", "bad-byte"])
def test_fix_output_from_jsonl_in_any_encoding_the_reader_accepts(tmp_path: Path, encode) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(encode('{"id": "a", "text": "teh  cat", "outlet": "X"}\n{"id": "b", "text": "Fine."}\n'))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["fix", *ARGS, "--fix-output", str(out), str(src)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = out.read_bytes().splitlines()
    assert len(lines) == 2
    first = lines[0].decode("utf-8", "replace")
    assert '"text": "the cat"' in first and first.startswith('{"id": "a"')
    assert lines[1] == b'{"id": "b", "text": "Fine."}'
