"""The ledger: every linted article's row, kept across runs, keyed by source and article id.

An embedded SQLite file by default (stdlib ``sqlite3``, WAL journal, so
readers never block the writer and several processes can write in turn), or
PostgreSQL through a ``postgresql://`` URL (psycopg 3, the ``ledger-pg``
extra) for several machines. Both hold the same schema, created and
upgraded by the numbered migrations below, each applied once in a
transaction with the schema version it reaches. Re-linting an article
replaces its row, so daily runs over overlapping inputs never count an
article twice. The figures are computed from the rows in Python
(:mod:`~sourcelint.sources`), the same code for both databases.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Iterator

from .sources import ArticleRow

__all__ = ["Ledger", "LedgerError", "SCHEMA_VERSION", "MIGRATIONS", "is_database_url", "utc_now"]

#: Each migration brings the schema from version N-1 to N. ``{blob}`` is the
#: database's byte-string type.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE sourcelint_schema (version INTEGER NOT NULL)",
        "INSERT INTO sourcelint_schema (version) VALUES (0)",
        "CREATE TABLE articles (source TEXT NOT NULL, article_id TEXT NOT NULL, linted_at TEXT NOT NULL, "
        "words INTEGER NOT NULL, score DOUBLE PRECISION NOT NULL, verdict TEXT NOT NULL, "
        "costs TEXT NOT NULL, codes TEXT NOT NULL, PRIMARY KEY (source, article_id))",
        "CREATE INDEX articles_linted_at ON articles (linted_at)",
    ],
    2: [
        "ALTER TABLE articles ADD COLUMN copy_of TEXT",
        "ALTER TABLE articles ADD COLUMN copy_source TEXT",
        "ALTER TABLE articles ADD COLUMN similarity DOUBLE PRECISION",
        "ALTER TABLE articles ADD COLUMN original_score DOUBLE PRECISION",
        "ALTER TABLE articles ADD COLUMN signature {blob}",
        # When the article first entered the ledger (re-linting keeps it):
        # the earlier of two near-duplicates is the original.
        "ALTER TABLE articles ADD COLUMN first_seen TEXT",
    ],
}
SCHEMA_VERSION = max(MIGRATIONS)

_COLUMNS = ("source", "article_id", "linted_at", "words", "score", "verdict", "costs", "codes", "copy_of",
            "copy_source", "similarity", "original_score", "signature", "first_seen")
_ROW_COLUMNS = ", ".join(_COLUMNS[:-2])


class LedgerError(Exception):
    """The ledger cannot be opened or used; the message says why."""


def is_database_url(target: str) -> bool:
    """Whether ``target`` names a PostgreSQL server rather than a SQLite file."""
    return target.startswith(("postgresql://", "postgres://"))


_last_stamp = ""


def utc_now() -> str:
    """The current time as the ledger stores it: ISO 8601, UTC, microseconds.

    Strictly increasing within a process, so rows written in input order
    keep that order (the earlier of two copies is the original).
    """
    global _last_stamp
    now = datetime.now(timezone.utc)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if stamp <= _last_stamp:
        last = datetime.strptime(_last_stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        stamp = (last + timedelta(microseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    _last_stamp = stamp
    return stamp


class _Dialect:
    """What differs between the two databases, kept to a few strings."""

    def __init__(self, placeholder: str, blob: str, order: str) -> None:
        self.placeholder, self.blob, self.order = placeholder, blob, order

    def sql(self, statement: str) -> str:
        return statement.replace("{blob}", self.blob).replace("?", self.placeholder)


_SQLITE = _Dialect("?", "BLOB", "source, article_id")
# Byte order of text in PostgreSQL depends on the database's collation; "C"
# sorts as SQLite does, so both add the rows up in the same order.
_POSTGRES = _Dialect("%s", "BYTEA", 'source COLLATE "C", article_id COLLATE "C"')


def _switch_to_wal(conn: sqlite3.Connection, wait: float = 120.0) -> None:
    """Put a SQLite database in WAL mode. Changing the journal mode while
    another process creates the same new file can fail with "database is
    locked" at once, without SQLite's busy handler: retry for a while."""
    deadline = time.monotonic() + wait
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class Ledger:
    """Rows of linted articles in SQLite or PostgreSQL. Use :meth:`open`."""

    def __init__(self, conn: Any, dialect: _Dialect, target: str, errors: tuple = (sqlite3.Error,)) -> None:
        self._conn = conn
        self._errors = errors
        self._dialect = dialect
        self.target = target
        self._migrate()

    @classmethod
    def open(cls, target: str) -> "Ledger":
        """A SQLite file path or a ``postgresql://`` URL; the schema is created or migrated."""
        if is_database_url(target):
            conn, errors = _connect_postgres(target)
            return cls(conn, _POSTGRES, target, errors)
        try:
            conn = sqlite3.connect(target, timeout=120, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 120000")
            _switch_to_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise LedgerError(f"{target}: cannot open the ledger: {exc}") from exc
        return cls(conn, _SQLITE, target)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------
    def _begin(self) -> None:
        if self._dialect is _SQLITE:
            # IMMEDIATE takes the write lock now, so two writers queue
            # (busy_timeout) instead of failing on a lock upgrade.
            self._conn.execute("BEGIN IMMEDIATE")
        else:
            self._conn.execute("BEGIN")

    def _run(self, statements: Iterable[tuple[str, Any]]) -> None:
        """Run statements in one transaction; nothing is kept if one fails."""
        try:
            self._begin()
            try:
                for sql, params in statements:
                    self._conn.execute(self._dialect.sql(sql), params)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except self._errors as exc:
            raise LedgerError(f"{_shown(self.target)}: {exc}") from exc

    def version(self) -> int:
        """The schema version of the database (0 for an empty one)."""
        try:
            cur = self._conn.execute("SELECT version FROM sourcelint_schema")
            row = cur.fetchone()
            return int(row[0]) if row else 0
        except Exception:
            if self._dialect is _POSTGRES:
                self._conn.rollback()
            return 0

    def _migrate(self) -> None:
        if self.version() == SCHEMA_VERSION:
            return
        try:
            self._begin()
            if self._dialect is _POSTGRES:  # one migrating process at a time
                self._conn.execute("SELECT pg_advisory_xact_lock(7170)")
            current = self._version_in_transaction()
            if current > SCHEMA_VERSION:
                self._conn.execute("ROLLBACK")
                raise LedgerError(f"{_shown(self.target)}: the ledger has schema version {current}, newer than this "
                                  f"sourcelint knows ({SCHEMA_VERSION}): upgrade sourcelint")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version]:
                    self._conn.execute(self._dialect.sql(statement))
                self._conn.execute(self._dialect.sql("UPDATE sourcelint_schema SET version = ?"), (version,))
            self._conn.execute("COMMIT")
        except self._errors as exc:
            raise LedgerError(f"{_shown(self.target)}: cannot create or migrate the ledger: {exc}") from exc

    def _version_in_transaction(self) -> int:
        if self._dialect is _SQLITE:
            found = self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sourcelint_schema'").fetchone()
        else:
            found = self._conn.execute("SELECT to_regclass('sourcelint_schema')").fetchone()[0]
        if not found:
            return 0
        row = self._conn.execute("SELECT version FROM sourcelint_schema").fetchone()
        return int(row[0]) if row else 0

    # -- rows ----------------------------------------------------------------------------
    def write(self, rows: Iterable[tuple[ArticleRow, bytes | None]]) -> int:
        """Insert or replace rows (``(row, signature bytes or None)``) in one transaction."""
        placeholders = ", ".join("?" * len(_COLUMNS))
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[2:-1])
        sql = (f"INSERT INTO articles ({', '.join(_COLUMNS)}) VALUES ({placeholders}) "
               f"ON CONFLICT (source, article_id) DO UPDATE SET {updates}")
        statements = [(sql, _params(row, sig)) for row, sig in rows]
        if statements:
            self._run(statements)
        return len(statements)

    def rows(self, since: str | None = None) -> Iterator[ArticleRow]:
        """Every row (linted at or after ``since``, an ISO date or time), by source and id."""
        where, params = ("WHERE linted_at >= ?", (since,)) if since else ("", ())
        sql = self._dialect.sql(f"SELECT {_ROW_COLUMNS} FROM articles {where} ORDER BY {self._dialect.order}")
        for r in self._conn.execute(sql, params).fetchall():
            yield ArticleRow(source=r[0], id=r[1], linted_at=r[2], words=int(r[3]), score=float(r[4]),
                             verdict=r[5], costs=json.loads(r[6]), codes=json.loads(r[7]), copy_of=r[8],
                             copy_source=r[9], similarity=r[10], original_score=r[11])

    def signatures(self) -> Iterator[tuple[str, str, float, bytes]]:
        """``(article id, source, score, signature)`` of the rows that have one, oldest first."""
        sql = ("SELECT article_id, source, score, signature FROM articles WHERE signature IS NOT NULL "
               f"ORDER BY COALESCE(first_seen, linted_at), {self._dialect.order}")
        for r in self._conn.execute(sql).fetchall():
            yield r[0], r[1], float(r[2]), bytes(r[3])


def _params(row: ArticleRow, signature: bytes | None) -> tuple:
    when = row.linted_at or utc_now()
    return (row.source, row.id, when, row.words, row.score, row.verdict,
            json.dumps(row.costs, sort_keys=True), json.dumps(row.codes, sort_keys=True), row.copy_of,
            row.copy_source, row.similarity, row.original_score, signature, when)


def _shown(target: str) -> str:
    """The target without a password, for messages."""
    if is_database_url(target):
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        if parts.password:
            return target.replace(f":{parts.password}@", ":***@", 1)
    return target


def _connect_postgres(url: str) -> tuple[Any, tuple]:
    try:
        import psycopg
    except ImportError as exc:
        raise LedgerError("a PostgreSQL ledger needs psycopg 3: pip install 'sourcelint[ledger-pg]'") from exc
    try:
        return psycopg.connect(url, autocommit=True), (psycopg.Error,)
    except psycopg.Error as exc:
        raise LedgerError(f"cannot connect to the PostgreSQL ledger: {exc}".strip()) from exc
