"""One ``sourcelint check`` run: records in, reports written, an exit code out.

The command (:mod:`sourcelint.cli`) turns options into a linter, a reporter
and a fix session; :class:`CheckRun` drives the records through them, stops
cleanly on SIGINT/SIGTERM and on a broken output, and says how the run ends.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import IO, Any, Iterator, NoReturn

import click

from .finding import severity_rank
from .fix import FixSession
from .inputs import Source
from .interrupt import GracefulStop, Interrupted
from .linter import Report
from .parallel import FrozenHeap, WorkerInitError
from .records import ResumeError
from .reporters import Reporter, Summary
from .reporters.text import printable_name

__all__ = ["CheckRun", "open_output", "output_failed"]


class CheckRun:
    """The state of one run: what was written, what failed, what to exit with."""

    def __init__(self, reporter: Reporter, fixer: FixSession | None, sources_run: Any, *, verbose: bool,
                 fail_on: str, fail_under: float | None) -> None:
        self.reporter, self.fixer, self.sources_run = reporter, fixer, sources_run
        self.verbose, self.fail_rank, self.fail_under = verbose, severity_rank(fail_on), fail_under
        self.summary = Summary()
        self.summary.sources = sources_run.tallies
        self.input_errors = 0
        self.failed = False
        self.finished = False

    def run(self, records: Iterator[tuple[Report, Source, bool]], stream: IO[str], output: str | None) -> None:
        """Write every record; on a broken output, one line and exit 2."""
        stop = GracefulStop().install()  # SIGINT/SIGTERM: finish the record being written, then stop
        self.reporter.report = stop.deferring(self.reporter.report)  # type: ignore[method-assign]
        write_error: OSError | None = None
        try:
            self._write_all(records, stop)
            stream.flush()  # a full disk or a closed pipe shows here, not in a traceback at exit
            if self.fixer is not None:
                self.fixer.finish()
                click.echo(f"sourcelint: {self.fixer.summary()}", err=True)
        except OSError as exc:
            if not _is_output_error(exc, stream):
                raise
            write_error = exc
        except Interrupted as exc:
            self._stop_interrupted(exc, stop, records)
        finally:
            self.sources_run.close()
            stop.uninstall()
            if output:
                try:
                    stream.close()
                except OSError as exc:
                    write_error = write_error or exc
        if write_error is not None:
            output_failed(output or "standard output", write_error)

    def _write_all(self, records: Iterator[tuple[Report, Source, bool]], stop: GracefulStop) -> None:
        # The rules and lexicons are loaded: keep them out of the garbage
        # collector's full collections (see FrozenHeap for why and the figures).
        heap = FrozenHeap(first=64, thaw=True)
        try:
            self.reporter.start()
            for report, source, fresh in _checked(records):
                heap.done()
                self._take(report, source, fresh, stop)
            with stop.critical():  # a signal waits until the document is whole, then stops the run
                self.reporter.finish(self.summary)
                self.finished = True
        finally:
            heap.close()

    def _take(self, report: Report, source: Source, fresh: bool, stop: GracefulStop) -> None:
        if self.fixer is not None:
            # A signal waits until the article is written (or left alone):
            # the handler runs in this thread whichever thread received it.
            with stop.critical():
                report = self.fixer.process(report, source)
        if self.verbose:
            _say_linted(report, source)
        if source.input_error:
            self.input_errors += 1
            click.echo(f"sourcelint: {printable_name(source.path or source.id)}: "
                       f"{printable_name(source.error or '')}", err=True)
        report = self.sources_run.observe(report)
        self.summary.add(report)
        if fresh:  # records kept from a --resume'd output count, but are not written again
            self.reporter.report(report)
        if report.status == "ok" and _fails(report, self.fail_rank, self.fail_under):
            self.failed = True

    def _stop_interrupted(self, exc: Interrupted, stop: GracefulStop, records: Any) -> NoReturn:
        """SIGINT/SIGTERM: close the report after the last whole record, say so, exit."""
        stop.stopping = True
        getattr(records, "close", lambda: None)()  # stop --jobs workers now
        if not self.finished:
            self.reporter.finish(self.summary)  # closes a JSON document; JSONL lines are already whole
        click.echo(f"sourcelint: interrupted by {exc.name} after {self.summary.documents:,} record(s) "
                   f"({stop.written:,} written in this run); the output ends with the last complete record"
                   + ("; fixed files so far were written whole, the JSONL fix output was not written"
                      if self.fixer is not None else ""), err=True)
        sys.exit(exc.exit_code)

    def exit_code(self, *, quiet: bool, diff: bool, exit_zero: bool) -> int:
        """2 if an input or record could not be linted (or a fix written), else
        for --diff 1 if there are fixes, else 1 if an article failed, else 0."""
        record_errors = self.summary.errors - self.input_errors
        if record_errors and not quiet:
            # Records that could not be linted (malformed JSON, no text) are in the
            # output with status "error"; a pipeline should hear about them too.
            click.echo(f"sourcelint: {record_errors:,} record(s) could not be linted; they are in the output with "
                       '"status": "error" and the reason', err=True)
        fixer = self.fixer
        if self.input_errors or record_errors or (fixer is not None and fixer.write_errors):
            return 2
        if diff:
            return 1 if fixer is not None and fixer.documents_changed else 0
        return 1 if self.failed and not exit_zero else 0


def _checked(records: Iterator[tuple[Report, Source, bool]]) -> Iterator[tuple[Report, Source, bool]]:
    """lint_stream's records, with its run-time problems turned into usage errors (exit 2)."""
    try:
        yield from records
    except (ResumeError, WorkerInitError) as exc:
        raise click.UsageError(str(exc)) from exc


def _say_linted(report: Report, source: Source) -> None:
    """--verbose: one line on stderr per input document."""
    where = f"{source.path or source.id}" + (f":{source.line}" if source.line is not None else "")
    what = (f"{report.score:g} {report.verdict}, {len(report.findings)} finding(s)" if report.status == "ok"
            else f"not linted: {report.error}")
    click.echo(f"sourcelint: {where}: {what}", err=True)


def _fails(report: Report, fail_rank: int, fail_under: float | None) -> bool:
    """Whether a linted article makes the run exit 1: it is rejected, has a
    finding at or above the fail level, or scores under ``--fail-under``."""
    if report.verdict == "reject":
        return True
    if any(severity_rank(f.severity) >= fail_rank for f in report.findings if f.family != "internal"):
        return True
    return fail_under is not None and report.score is not None and report.score < fail_under


def open_output(output: str, resume: bool) -> IO[str]:
    """The report file, or exit 2 with one line when it cannot be opened."""
    # O_APPEND: a partial last line is truncated (lint_stream) before anything is written.
    # backslashreplace: a lone surrogate (an undecodable file name) becomes
    # a "\udcff" JSON escape instead of a crash mid-run.
    try:
        return open(output, "a" if resume else "w", encoding="utf-8", newline="\n", errors="backslashreplace")
    except OSError as exc:
        output_failed(output, exc)


def _is_output_error(exc: OSError, stream: IO[str]) -> bool:
    """Whether ``exc`` came from writing the report (its stream is broken), not from an input."""
    if isinstance(exc, BrokenPipeError) or exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO):
        return True
    try:
        stream.flush()
    except (OSError, ValueError):
        return True
    return False


def output_failed(name: str, exc: OSError) -> NoReturn:
    """One line on stderr and exit 2: the report could not be written."""
    if name == "standard output" or isinstance(exc, BrokenPipeError):
        # Python flushes stdout again at exit: point it at /dev/null first,
        # or the same error would be printed a second time as a traceback.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
    if isinstance(exc, BrokenPipeError):
        sys.exit(2)
    click.echo(f"sourcelint: cannot write the report to {name}: {exc.strerror or exc}", err=True)
    sys.exit(2)
