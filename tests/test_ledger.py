"""The ledger on a real SQLite file and, where a server is given, a real PostgreSQL database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint.cli import cli
from sourcelint.ledger import MIGRATIONS, SCHEMA_VERSION, Ledger, LedgerError
from sourcelint.sources import ArticleRow

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("SOURCELINT_TEST_PG_URL")


def _row(source: str, i: int, score: float = 90.0, verdict: str = "pass", when: str = "2026-12-01T10:00:00Z",
         **extra) -> ArticleRow:
    return ArticleRow(source=source, id=f"a{i}", score=score, verdict=verdict, words=300, linted_at=when,
                      costs={"translation": 100.0 - score} if score < 100 else {}, codes={"MT002": 1}, **extra)


@pytest.fixture
def pg_url():
    """A fresh database on the test server (SOURCELINT_TEST_PG_URL), dropped afterwards."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("SOURCELINT_TEST_PG_URL is not set: .ci/run starts a PostgreSQL server and sets it")
        pytest.skip("no PostgreSQL server: set SOURCELINT_TEST_PG_URL (see .ci/run)")
    import psycopg

    name = f"sl_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, _ = PG_URL.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_relinting_replaces_the_row(tmp_path):
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        ledger.write([(_row("x", 1, 40.0, "reject"), None), (_row("x", 2), None)])
        ledger.write([(_row("x", 1, 95.0, "pass"), None)])
        rows = list(ledger.rows())
    assert [(r.id, r.score, r.verdict) for r in rows] == [("a1", 95.0, "pass"), ("a2", 90.0, "pass")]


def test_since_keeps_rows_linted_on_or_after_the_date(tmp_path):
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        ledger.write([(_row("x", 1, when="2026-11-30T23:59:59Z"), None), (_row("x", 2, when="2026-12-01T00:00:00Z"), None)])
        assert [r.id for r in ledger.rows("2026-12-01")] == ["a2"]
        assert [r.id for r in ledger.rows()] == ["a1", "a2"]


def test_the_schema_is_versioned_and_wal(tmp_path):
    path = tmp_path / "l.db"
    Ledger.open(str(path)).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM sourcelint_schema").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_version_1_ledger_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[1]:  # the schema as version 1 created it
        conn.execute(statement.replace("{blob}", "BLOB"))
    conn.execute("UPDATE sourcelint_schema SET version = 1")
    conn.execute("INSERT INTO articles VALUES ('old.example', 'a1', '2026-01-02T03:04:05Z', 250, 42.5, 'reject', "
                 "'{\"translation\": 57.5}', '{\"MT003\": 2}')")
    conn.commit()
    conn.close()
    with Ledger.open(str(path)) as ledger:
        assert ledger.version() == SCHEMA_VERSION
        (row,) = ledger.rows()
        assert (row.source, row.id, row.score, row.codes, row.copy_of) == ("old.example", "a1", 42.5, {"MT003": 2}, None)
        ledger.write([(_row("old.example", 2, copy_of="a1", copy_source="old.example", similarity=0.9,
                            original_score=42.5), b"\x01\x00\x00\x00" * 128)])
        assert [r.copy_of for r in ledger.rows()] == [None, "a1"]


def test_a_ledger_from_a_newer_sourcelint_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Ledger.open(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sourcelint_schema SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(LedgerError, match="newer"):
        Ledger.open(str(path))


def test_a_file_that_is_not_a_database_is_a_usage_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database at all, " * 100)
    result = CliRunner().invoke(cli, ["sources", "--ledger", str(bad)])
    assert result.exit_code == 2
    assert "cannot" in result.output and "notes.db" in result.output
    assert bad.read_text().startswith("not a database")
    out = tmp_path / "out.jsonl"
    check = CliRunner().invoke(cli, ["check", "--ledger", str(bad), "-o", str(out), str(ROOT / "samples")])
    assert check.exit_code == 2 and not out.exists()


_WRITER = """
import sys
from sourcelint.ledger import Ledger
from sourcelint.sources import ArticleRow
target, tag = sys.argv[1], sys.argv[2]
ledger = Ledger.open(target)
for batch in range(20):
    rows = [(ArticleRow(source=tag, id=f"{batch}-{i}", score=50.0, verdict="review", linted_at="2026-12-01T00:00:00Z"), None)
            for i in range(25)]
    ledger.write(rows)
    # Both writers also replace the same shared rows, to contend for them.
    ledger.write([(ArticleRow(source="shared", id=str(batch), score=1.0, verdict="reject", linted_at="2026-12-01T00:00:00Z"), None)])
ledger.close()
"""


def _two_writers(target: str) -> list[ArticleRow]:
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, target, tag], stderr=subprocess.PIPE, text=True)
             for tag in ("w1", "w2")]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    with Ledger.open(target) as ledger:
        return list(ledger.rows())


def _assert_nothing_lost(rows: list[ArticleRow]) -> None:
    by_source: dict[str, int] = {}
    for r in rows:
        by_source[r.source] = by_source.get(r.source, 0) + 1
    assert by_source == {"w1": 500, "w2": 500, "shared": 20}


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    _assert_nothing_lost(_two_writers(str(tmp_path / "l.db")))


def _sources_output(ledger: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["sources", "--ledger", ledger, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _fill(ledger_target: str, tmp_path: Path) -> None:
    """Two runs over overlapping inputs, with copy linking."""
    records = [{"id": f"n{i}", "source": "s1" if i % 3 else "s2", "url": "", "text": _article(i)} for i in range(9)]
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in records[:6]))
    second.write_text("".join(json.dumps(r) + "\n" for r in records[3:]))
    for path in (first, second):
        result = CliRunner().invoke(cli, ["check", "--copies", "--format", "jsonl", "--ledger", ledger_target,
                                          str(path)])
        assert result.exit_code in (0, 1), result.output


def _article(i: int) -> str:
    base = (ROOT / "samples").glob(f"00{i % 5}_*.txt")
    return next(base).read_text(encoding="utf-8")


def test_two_overlapping_runs_give_the_figures_of_one_run_over_the_union(tmp_path):
    _fill(str(tmp_path / "l.db"), tmp_path)
    union = tmp_path / "union.jsonl"
    union.write_text("".join(json.dumps({"id": f"n{i}", "source": "s1" if i % 3 else "s2", "text": _article(i)}) + "\n"
                             for i in range(9)))
    one_run = CliRunner().invoke(cli, ["sources", "--copies", "--format", "json", str(union)])
    assert json.loads(_sources_output(str(tmp_path / "l.db"), "--format", "json")) == json.loads(one_run.output)
    figures = json.loads(one_run.output)["sources"]
    assert sum(s["articles"] for s in figures) == 9
    assert sum(s["copies"] for s in figures) == 4  # n5-n8 repeat n0-n3's texts

@pytest.mark.needs_postgres
def test_postgres_and_sqlite_give_identical_sources_output(tmp_path, pg_url):
    _fill(str(tmp_path / "l.db"), tmp_path)
    _fill(pg_url, tmp_path)
    for args in (("--format", "text"), ("--format", "json"), ("--format", "csv"), ("--trend", "day"),
                 ("--since", "2000-01-01", "--format", "csv")):
        assert _sources_output(pg_url, *args) == _sources_output(str(tmp_path / "l.db"), *args), args
    assert "s1" in _sources_output(pg_url)


@pytest.mark.needs_postgres
def test_postgres_two_writers_lose_nothing(pg_url):
    _assert_nothing_lost(_two_writers(pg_url))


@pytest.mark.needs_postgres
def test_postgres_version_1_is_migrated(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        for statement in MIGRATIONS[1]:
            conn.execute(statement.replace("{blob}", "BYTEA"))
        conn.execute("UPDATE sourcelint_schema SET version = 1")
        conn.execute("INSERT INTO articles VALUES ('old.example', 'a1', '2026-01-02T03:04:05Z', 250, 42.5, 'reject', "
                     "'{}', '{}')")
    with Ledger.open(pg_url) as ledger:
        assert ledger.version() == SCHEMA_VERSION
        assert [(r.id, r.copy_of) for r in ledger.rows()] == [("a1", None)]


def test_trend_per_source_and_since_from_the_command_line(tmp_path):
    target = str(tmp_path / "l.db")
    with Ledger.open(target) as ledger:
        ledger.write([(_row("wire", i, 95.0, "pass", when=f"2026-11-{10 + i:02d}T08:00:00Z"), None) for i in range(4)]
                     + [(_row("farm", i, 20.0, "reject", when=f"2026-12-0{1 + i}T08:00:00Z"), None) for i in range(3)])
    month = _sources_output(target, "--trend", "month", "--format", "csv").splitlines()
    assert month[1:] == ["farm,2026-12,3,1.0,1.0,20.0", "wire,2026-11,4,0.0,0.0,95.0"]
    week = _sources_output(target, "--trend", "week")
    assert "wire    2026-W46" in week and "farm    2026-W49" in week
    since = json.loads(_sources_output(target, "--since", "2026-12-02", "--format", "json"))
    assert [(s["source"], s["articles"]) for s in since["sources"]] == [("farm", 2)]
