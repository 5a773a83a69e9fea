"""The process pool (--jobs), --resume and the progress bar.

Records from worker processes must equal the in-process ones, in input
order, whatever happens to the workers.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint import Config, Linter
from sourcelint.cli import cli
from sourcelint.inputs import iter_sources
from sourcelint.parallel import ProcessPool, lint_stream
from sourcelint.records import report_from_dict

from conftest import SAMPLES, sample_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
from synth import articles  # noqa: E402

PLUGINS = ROOT / "tests" / "plugins"
LOREM = str(PLUGINS / "example_plugin.py")
POISON = str(PLUGINS / "poison_plugin.py")
# A cheap rule keeps these tests fast; what is tested is the plumbing, which
# does not depend on which rules run.
SELECT = ("BLP901",)
CONFIG = Config(select=SELECT, plugins=(LOREM,))


def _corpus(path: Path, n: int) -> Path:
    """``n`` synthetic articles, with some unreadable lines and placeholder text mixed in."""
    with path.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(articles(n, seed=7)):
            if i % 97 == 5:
                fh.write("{not json\n")
            elif i % 101 == 7:
                fh.write(json.dumps({"id": rec["id"]}) + "\n")  # no text field
            else:
                if i % 13 == 0:
                    rec["text"] += "\n\nLorem ipsum dolor sit amet."
                fh.write(json.dumps(rec) + "\n")
    return path


def _inline_records(config: Config, path: Path) -> list[dict]:
    linter = Linter(config)
    return [r.to_dict() for r, _, _ in lint_stream(linter, iter_sources([str(path)], config), jobs=1)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """A JSONL corpus and its in-process records."""
    path = _corpus(tmp_path_factory.mktemp("corpus") / "c.jsonl", 800)
    return path, _inline_records(CONFIG, path)


@pytest.fixture(scope="module")
def pool() -> ProcessPool:
    with ProcessPool(CONFIG, jobs=2, chunk_size=16) as p:
        yield p


def test_pool_records_equal_inline_records_in_input_order(pool: ProcessPool, corpus) -> None:
    path, expected = corpus
    got = list(pool.run(iter_sources([str(path)], CONFIG)))
    assert len(got) == len(expected) == 800
    assert [r.to_dict() for r, _ in got] == expected
    assert {r.status for r, _ in got} == {"ok", "error"}
    assert any(f.code == "BLP901" for r, _ in got for f in r.findings)
    # The parent re-attaches the document it read, for reporters that show excerpts.
    report, source = got[0]
    assert report.document is source.document and report.document is not None


def test_a_killed_worker_loses_no_records(pool: ProcessPool, corpus) -> None:
    path, expected = corpus
    got = []
    restarts = pool.restarts
    for n, (report, _) in enumerate(pool.run(iter_sources([str(path)], CONFIG))):
        if n == 50:
            os.kill(pool.pids()[0], signal.SIGKILL)
        got.append(report.to_dict())
    assert pool.restarts == restarts + 1
    assert got == expected


def test_a_document_that_kills_every_worker_becomes_one_error_record(tmp_path: Path) -> None:
    config = Config(select=("BLP901", "BLP997"), plugins=(LOREM, POISON))
    path = tmp_path / "p.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(articles(300, seed=3)):
            if i == 123:
                rec["text"] += "\n\nKILL-THIS-WORKER"
            fh.write(json.dumps(rec) + "\n")
    with ProcessPool(config, jobs=2, chunk_size=32) as pool:
        reports = [r for r, _ in pool.run(iter_sources([str(path)], config))]
        # The chunk is tried twice, then its 32 documents one by one.
        assert pool.restarts == 3
    assert [r.id for r in reports] == [f"synth-{i}" for i in range(300)]
    errors = [r for r in reports if r.status == "error"]
    assert [r.id for r in errors] == ["synth-123"]
    assert "died (signal 9)" in errors[0].error


def test_auto_jobs_stays_in_process_for_small_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcelint.parallel as parallel

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for 4 documents")

    monkeypatch.setattr(parallel, "ProcessPool", no_pool)
    config = CONFIG
    records = list(lint_stream(Linter(config), iter_sources([str(SAMPLES)], config), jobs=0))
    assert len(records) == len(list(SAMPLES.glob("*.txt"))) and all(fresh for _, _, fresh in records)


def test_report_from_dict_round_trips() -> None:
    report = Linter().lint_text(sample_text("004"), id="x")
    record = report.to_dict()
    assert record["findings"], "sample 004 has findings"
    rebuilt = report_from_dict(record)
    assert rebuilt.to_dict() == record
    # A rebuilt report whose findings change is serialised afresh, not from the stale record.
    rebuilt.findings = rebuilt.findings[1:]
    assert rebuilt.to_dict()["findings"] == record["findings"][1:]


def _cli(*args: str) -> tuple[int, str]:
    """(exit code, stdout) of a check run; usage errors are in stdout too (click prints them there)."""
    result = CliRunner().invoke(cli, ["check", "--exit-zero", "--select", ",".join(SELECT), "--plugin", LOREM, *args])
    return result.exit_code, result.stdout if result.exit_code != 2 else result.output


def test_cli_text_output_is_the_same_at_any_jobs(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "c.jsonl", 300)
    code1, out1 = _cli("-j", "1", str(path))
    code2, out2 = _cli("-j", "2", str(path))
    assert code1 == code2 == 2  # the corpus has records that cannot be linted
    assert out1 == out2
    assert "| " in out2 and "^" in out2  # excerpts need the document in the parent
    assert _cli("-j", "1", "--format", "jsonl", str(path)) == _cli("-j", "2", "--format", "jsonl", str(path))


def test_resume_after_a_truncated_run_equals_a_full_run(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "c.jsonl", 500)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert _cli("-j", "2", "--format", "jsonl", "-o", str(full), str(path))[0] == 2  # unlintable records
    lines = full.read_bytes().splitlines(keepends=True)
    # Killed mid-write: 250 complete records and half of the next one.
    part.write_bytes(b"".join(lines[:250]) + lines[250][:40])
    code, _ = _cli("-j", "2", "--format", "jsonl", "-o", str(part), "--resume", str(path))
    assert code == 2
    assert part.read_bytes() == full.read_bytes()
    # Resuming a finished run changes nothing.
    assert _cli("--format", "jsonl", "-o", str(part), "--resume", str(path))[0] == 2
    assert part.read_bytes() == full.read_bytes()


def test_resume_refuses_an_output_written_for_another_input(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "c.jsonl", 20)
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "something-else"}) + "\n", encoding="utf-8")
    code, output = _cli("--format", "jsonl", "-o", str(out), "--resume", str(path))
    assert code == 2 and "another input" in output
    assert _cli("--resume", str(path))[0] == 2  # needs --output and jsonl


def test_resume_after_killing_the_process(tmp_path: Path) -> None:
    records = 1200
    path = _corpus(tmp_path / "c.jsonl", records)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    base = [sys.executable, "-m", "sourcelint", "check", "--exit-zero", "--select", ",".join(SELECT),
            "--plugin", LOREM, "--format", "jsonl", "-j", "2", str(path)]
    # Exit 2: the corpus has records that cannot be linted.
    assert subprocess.run([*base, "-o", str(full)]).returncode == 2
    # Killed once a sixth of the output is written: the rest leaves the
    # watcher a wide window even on a loaded machine.
    kill_at = full.stat().st_size // 6
    proc = subprocess.Popen([*base, "-o", str(part)], start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if part.exists() and part.stat().st_size > kill_at:
                break
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers, mid-run
        proc.wait()
    done = part.read_bytes().count(b"\n")
    assert 0 < done < records, "the run was interrupted mid-way"
    assert subprocess.run([*base, "-o", str(part), "--resume"]).returncode == 2
    assert part.read_bytes() == full.read_bytes()


def test_progress_bar_goes_to_stderr_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    config = CONFIG
    list(lint_stream(Linter(config), iter_sources([str(SAMPLES)], config), progress=True))
    assert "docs" in capsys.readouterr().err
    list(lint_stream(Linter(config), iter_sources([str(SAMPLES)], config), progress=False))
    assert capsys.readouterr().err == ""


def test_chunks_are_bounded_by_text_size_too() -> None:
    from sourcelint import Document
    from sourcelint.inputs import Source
    from sourcelint.parallel import next_batch

    sources = iter([Source(str(i), None, document=Document("x" * 60, id=str(i))) for i in range(5)]
                   + [Source("bad", None, error="unreadable")])
    sizes = []
    while batch := next_batch(sources, 10, max_chars=100):
        sizes.append(len(batch))
    assert sizes == [2, 2, 2]  # the last holds one document and the unreadable source


def _on_a_terminal(command: str, tmp_path: Path) -> str:
    """What a terminal shows while ``command`` runs with stderr on it (via script(1))."""
    import shutil
    import subprocess

    assert shutil.which("script"), "script(1) from util-linux is needed to give the run a terminal"
    log = tmp_path / "typescript"
    # a pty of size 0x0 (no terminal around the test) would make tqdm draw nothing
    subprocess.run(["script", "-qec", f"stty cols 120 rows 40; {command}", str(log)], check=False, timeout=120,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return log.read_text(errors="replace")


def test_no_progress_bar_over_a_pager_but_one_when_writing_a_file(tmp_path: Path) -> None:
    """`sourcelint check ... | less -R` must not have a bar drawn over the pager."""
    import shlex

    exe = shlex.quote(sys.executable)
    samples = shlex.quote(str(SAMPLES))
    piped = _on_a_terminal(f"{exe} -m sourcelint check --jobs 1 {samples} | cat > /dev/null", tmp_path)
    assert "docs/s" not in piped and "docs [" not in piped
    out = shlex.quote(str(tmp_path / "report.txt"))
    to_file = _on_a_terminal(f"{exe} -m sourcelint check --jobs 1 -o {out} {samples}", tmp_path)
    assert "docs" in to_file, to_file
