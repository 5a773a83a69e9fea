"""The process pool under hostile streams (issue 12, items 8 and 12, and the stress test)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint import Config
from sourcelint.cli import cli
from sourcelint.inputs import Source
from sourcelint.parallel import ProcessPool

ARTICLE = "The minister said the plan would go ahead.\n\nIt was agreed on Tuesday. . The vote was close.\n"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.timeout(120)
def test_a_window_with_nothing_to_lint_does_not_deadlock() -> None:
    # Whole windows of unreadable sources: nothing goes to the workers.
    sources = [Source(str(i), None, error="no text") for i in range(5000)] + [
        Source("last", None, error="no text")]
    with ProcessPool(Config(), jobs=2, chunk_size=16) as pool:
        out = [report.id for report, _ in pool.run(iter(sources))]
    assert out == [s.id for s in sources]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("field", [None, "body"])
def test_records_without_text_with_default_options_finish(tmp_path: Path, field: str | None) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "title": "t", "text": "x"}) + "\n" for i in range(5000))
                   if field else "".join(json.dumps({"id": str(i)}) + "\n" for i in range(5000)))
    args = ["--text-field", field] if field else []
    result = run("check", "--format", "jsonl", *args, str(src))
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(5000)]
    assert {r["status"] for r in records} == {"error"}


@pytest.mark.timeout(600)
def test_pool_stress_one_record_per_input_in_order(tmp_path: Path) -> None:
    """10,000 records mixing good, no-text, malformed and huge ones, --jobs 2."""
    rng = random.Random(12)
    (tmp_path / "sourcelint.toml").write_text("max-line-bytes = 200000\nmax-document-chars = 100000\n")
    expected = []
    with (tmp_path / "in.jsonl").open("w") as fh:
        for i in range(10_000):
            kind = rng.choices(["good", "notext", "malformed", "huge-line", "huge-text", "blank-ok"],
                               [70, 10, 10, 3, 3, 4])[0]
            if kind == "good":
                fh.write(json.dumps({"id": f"g{i}", "text": ARTICLE * rng.randint(1, 5)}) + "\n")
                expected.append((f"g{i}", "ok"))
            elif kind == "notext":
                fh.write(json.dumps({"id": f"n{i}", "body": ARTICLE}) + "\n")
                expected.append((f"n{i}", "error"))
            elif kind == "malformed":
                fh.write('{"id": "m%d", "text": "unterminated\n' % i)
                expected.append((f"in.jsonl:{i + 1}", "error"))
            elif kind == "huge-line":  # longer than max-line-bytes: never held in memory
                fh.write(json.dumps({"id": f"h{i}", "text": "word " * 50_000}) + "\n")
                expected.append((f"in.jsonl:{i + 1}", "error"))
            elif kind == "huge-text":  # a line under the byte limit, a text over the character limit
                fh.write(json.dumps({"id": f"t{i}", "text": "x" * 150_000}) + "\n")
                expected.append((f"t{i}", "error"))
            else:
                fh.write(json.dumps({"id": f"b{i}", "text": " \n" + ARTICLE}) + "\n")
                expected.append((f"b{i}", "ok"))
    os.chdir(tmp_path)
    result = run("check", "--format", "jsonl", "--jobs", "2", "-o", "out.jsonl", "in.jsonl")
    assert result.exit_code == 2, result.stderr  # records that cannot be linted: exit 2, after all the others
    records = [json.loads(x) for x in Path("out.jsonl").read_text().splitlines()]
    assert [(r["id"], r["status"]) for r in records] == expected
    assert [r["line"] for r in records] == list(range(1, 10_001))


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.timeout(120)
def test_killing_the_parent_leaves_no_process_behind() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcelint", "check", "--format", "jsonl", "--jobs", "2",
         "--stdin-filename", "in.jsonl", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.stdin.write((json.dumps({"id": "a", "text": ARTICLE}) + "\n").encode() * 300)
        proc.stdin.flush()
        deadline = time.monotonic() + 60
        while len(helpers := _descendants(proc.pid)) < 3:  # forkserver, resource tracker, workers
            assert time.monotonic() < deadline, "the pool did not start"
            time.sleep(0.2)
        time.sleep(1)
        helpers = _descendants(proc.pid)
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 20
        while (left := [p for p in helpers if _alive(p)]) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert left == [], f"still running after the parent was killed: {left}"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the session this test started
        except ProcessLookupError:
            pass
