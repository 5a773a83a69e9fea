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
