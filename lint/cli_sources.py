"""The command-line side of source scores: ``sourcelint sources`` and the source options of ``check``.

Kept apart from :mod:`~sourcelint.cli` so that the per-article commands and
the per-source ones can change independently; ``cli`` registers what is
here.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Callable, Iterator

import click

from .config import Config, ConfigError
from .discovery import resolve_config
from .copies_across import CopiesUnavailable, CopyIndex
from .inputs import iter_sources
from .ledger import Ledger, LedgerError, utc_now
from .linter import Linter, Report
from .parallel import lint_stream
from .registry import RegistryError
from .rule import RuleError
from .sources import ArticleRow, RunSources, row_from_record, row_from_report, source_of
from .sources_report import PERIODS, render_sources, render_trend, scores_of_rows, trend_rows

__all__ = ["source_options", "SourceRun", "sources_command"]

_BATCH = 500


def source_options(command: Callable) -> Callable:
    """The options ``check`` shares with ``sources``: which source, the ledger, copy linking."""
    for option in reversed((
        click.option("--source-field", default=None, help="Metadata field naming an article's source [source]; "
                     "else the host of url, else the file's folder."),
        click.option("--ledger", default=None, metavar="FILE|URL",
                     help="Keep every article's row in this SQLite file or postgresql:// database."),
        click.option("--copies", is_flag=True,
                     help="Link near-duplicate articles (copy of an earlier one); needs the 'copies' extra."),
    )):
        command = option(command)
    return command


class SourceRun:
    """Per-source work of one run: copy linking, ledger rows, the run's tallies."""

    def __init__(self, config: Config, ledger: str | None = None, copies: bool = False) -> None:
        self.settings = config.sources
        self.tallies = RunSources(self.settings)
        self.index: CopyIndex | None = None
        self.ledger: Ledger | None = None
        self._pending: list[tuple[ArticleRow, bytes | None]] = []
        try:
            if copies:
                self.index = CopyIndex(self.settings.copy_similarity)
            if ledger:
                self.ledger = Ledger.open(ledger)
                if self.index is not None:
                    self.index.preload(self.ledger.signatures())
        except (CopiesUnavailable, LedgerError) as exc:
            self.close()
            raise click.UsageError(str(exc)) from exc

    def observe(self, report: Report) -> Report:
        """Link ``report`` to its original (sets ``copy_of``), count it and queue its ledger row."""
        if report.status != "ok":
            return report
        signature = None
        if self.index is not None and report.document is not None:
            report.copy_of, signature = self.index.link(report.id, report.source, report.score, report.document)
        row = row_from_report(report, utc_now())
        self.tallies.add(row)
        if row is not None and self.ledger is not None:
            data = self.index.to_bytes(signature) if signature is not None and self.index is not None else None
            self._pending.append((row, data))
            if len(self._pending) >= _BATCH:
                self.flush()
        return report

    def flush(self) -> None:
        """Write the queued rows to the ledger, in one transaction."""
        if self.ledger is not None and self._pending:
            try:
                self.ledger.write(self._pending)
            except LedgerError as exc:
                raise click.ClickException(str(exc)) from exc
            self._pending = []

    def close(self) -> None:
        """Write what is queued and close the ledger."""
        try:
            self.flush()
        finally:
            if self.ledger is not None:
                self.ledger.close()
                self.ledger = None


def _is_record_file(path: str) -> bool:
    """Whether ``path`` is a JSONL file of sourcelint records (``check --format jsonl`` output)."""
    if not path.endswith(".jsonl") or not Path(path).is_file():
        return False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return False
                return isinstance(first, dict) and "schema_version" in first and "findings" in first
    return False


def _record_rows(path: str, config: Config, problems: list[str]) -> Iterator[ArticleRow]:
    """Rows of a file of records; a malformed line is reported and skipped."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                source = record.get("source") or source_of(record.get("metadata") or {}, record.get("path"),
                                                           config.source_field)
                row = row_from_record(record, source, utc_now()) if source else None
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                problems.append(f"{path}:{n}: not a sourcelint record ({type(exc).__name__}: {exc})")
                continue
            if row is not None:
                yield row


def _load_config(config_path: str | None, paths: tuple[str, ...], source_field: str | None) -> Config:

    try:
        return resolve_config(config_path, paths).with_overrides(source_field=source_field)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def _lint_rows(paths: tuple[str, ...], config: Config, run: SourceRun, jobs: int, problems: list[str]) -> None:
    """Lint ``paths`` (articles) and feed every report to ``run``."""
    try:
        linter = Linter(config)
    except (RegistryError, RuleError) as exc:
        raise click.UsageError(str(exc)) from exc
    stdin = sys.stdin.buffer if "-" in paths else None
    for report, source, _ in lint_stream(linter, iter_sources(paths, config, stdin=stdin), jobs=jobs):
        if source.input_error:
            problems.append(f"{source.path or source.id}: {source.error}")
        run.observe(report)


@click.command("sources")
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write output to FILE.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
@click.option("--since", default=None, metavar="DATE", help="With --ledger: only articles linted on or after DATE.")
@click.option("--trend", type=click.Choice(PERIODS), default=None,
              help="With --ledger: figures per source and day, week or month instead of the table.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for linting; 0: all cores for inputs over 200 documents.")
@source_options
def sources_command(paths: tuple[str, ...], fmt: str, output: str | None, config_path: str | None,
                    since: str | None, trend: str | None, jobs: int, source_field: str | None,
                    ledger: str | None, copies: bool) -> None:
    """Score each source (outlet, feed, domain) from its articles.

    PATHs are articles to lint (files, folders, JSONL, - for stdin) or JSONL
    records from `check --format jsonl`. With --ledger the rows are added to
    the ledger and the table covers everything in it.
    """
    if not paths and not ledger:
        raise click.UsageError("no input: give articles, records, or --ledger FILE")
    if (since or trend) and not ledger:
        raise click.UsageError("--since and --trend read the ledger: give --ledger FILE")
    if since:
        _check_date(since)
    config = _load_config(config_path, paths, source_field)
    run = SourceRun(config, ledger, copies)
    problems: list[str] = []
    try:
        articles = tuple(p for p in paths if not _is_record_file(p))
        if copies and len(articles) < len(paths):
            click.echo("sourcelint: records carry the copy links of the run that made them (check --copies); "
                       "--copies links the articles linted here", err=True)
        for path in paths:
            if path not in articles:
                for row in _record_rows(path, config, problems):
                    run.tallies.add(row)
                    if run.ledger is not None:
                        run._pending.append((row, None))
        if articles:
            _lint_rows(articles, config, run, jobs, problems)
        run.flush()
        text = _render(run, config, fmt, since, trend)
    finally:
        run.close()
    _emit(text, output)
    for problem in problems:
        click.echo(f"sourcelint: {problem}", err=True)
    sys.exit(2 if problems else 0)


def _render(run: SourceRun, config: Config, fmt: str, since: str | None, trend: str | None) -> str:
    settings = config.sources
    if run.ledger is None:
        return render_sources(run.tallies.scores(), fmt, settings)
    try:
        rows = run.ledger.rows(since)
        if trend:
            return render_trend(trend_rows(rows, trend, settings), fmt)
        return render_sources(scores_of_rows(rows, settings), fmt, settings)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


def _check_date(value: str) -> None:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD) or ISO time", param_hint="--since") from exc


def _emit(text: str, output: str | None) -> None:
    stream: IO[str]
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    else:
        click.echo(text, nl=False)
