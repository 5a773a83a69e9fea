"""The ``sourcelint`` command line.

Exit codes follow the field: 0 clean, 1 findings at or above the fail level
(or a score under ``--fail-under``), 2 usage, configuration or input errors
(reported after every other input was processed).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import IO, Iterator

import click

from . import __version__
from .config import Config, ConfigError, find_config, load_config
from .docs import render_rule_doc
from .finding import FAMILIES, SEVERITIES, severity_rank
from .fix import FixSession
from .inputs import Source, iter_sources
from .interrupt import GracefulStop, Interrupted
from .linter import InternalError, Linter, Report, unmatched_selectors
from .parallel import ResumeError, WorkerInitError, _FrozenHeap, lint_stream
from .registry import RegistryError, load_reporters, load_rules
from .reporters import Reporter, ReporterContext, Summary
from .rule import Rule, RuleError

__all__ = ["main", "cli"]


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def _resolve_config(config_path: str | None, paths: tuple[str, ...]) -> Config:
    if config_path:
        return load_config(Path(config_path))
    starts = [Path(p) for p in paths if p != "-" and Path(p).exists()] or [Path.cwd()]
    found = find_config(starts[0])
    # One configuration per run (the rules and the pool are built once): say
    # so when other inputs sit under another configuration file.
    others = sorted({str(f) for f in map(find_config, starts[1:]) if f != found and f is not None})
    if others or (found is not None and any(find_config(s) is None for s in starts[1:])):
        click.echo(f"sourcelint: warning: the inputs fall under different configuration files; every input is "
                   f"linted with {found or 'the defaults'} (found from {starts[0]}), not "
                   f"{', '.join(others) or 'the defaults'}: run them separately or pass --config", err=True)
    return load_config(found)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sourcelint")
def cli() -> None:
    """sourcelint: find what makes an article an unreliable source.

    Machine-translation artefacts, duplicated paragraphs, pronoun drift and
    scraper residue, with a 0-100 score and a verdict per article.
    """


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", default="text", show_default=True,
              help="Output format: text, concise, json, jsonl, sarif, github, html (and any reporter plugin).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write output to FILE.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
@click.option("--select", multiple=True, help="Rule codes, prefixes or families to enable (comma-separated).")
@click.option("--extend-select", multiple=True, help="Enable these in addition to the selected rules.")
@click.option("--ignore", multiple=True, help="Rule codes, prefixes or families to disable.")
@click.option("--plugin", "plugins", multiple=True, help="Extra rule or reporter module (import name or .py path).")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None,
              help="Exit 1 if any document scores below this.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="error", show_default=True,
              help="Exit 1 if a finding has at least this severity.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings were reported.")
@click.option("-q", "--quiet", is_flag=True, help="Only documents with findings, no excerpts or tables.")
@click.option("--statistics", is_flag=True, help="Count findings per rule code.")
@click.option("--color/--no-color", default=None, help="Colour output (default: only on a terminal).")
@click.option("--text-field", default=None, help="JSONL field holding the article text [text].")
@click.option("--id-field", default=None, help="JSONL field holding the article id [id].")
@click.option("--language", default=None, help="Expected language of the articles [en].")
@click.option("--stdin-filename", default="-", help="Name for stdin input; a .jsonl name reads JSONL.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, then report what remains.")
@click.option("--diff", is_flag=True, help="Print fixes as a unified diff, write nothing; exit 1 if there are any.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that may change the meaning.")
@click.option("--fix-output", type=click.Path(dir_okay=False), default=None,
              help="With --fix: write the JSONL inputs, with fixed texts, to FILE.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes; 0: all cores for inputs over 200 documents, else 1.")
@click.option("--resume", is_flag=True,
              help="With --output FILE --format jsonl: keep FILE's complete records, lint only the rest.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Lint on a Dask cluster: scheduler address (tcp://host:8786) or 'local' for a LocalCluster.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and output is not).")
def check(paths: tuple[str, ...], fmt: str, output: str | None, config_path: str | None,
          select: tuple[str, ...], extend_select: tuple[str, ...], ignore: tuple[str, ...],
          plugins: tuple[str, ...], fail_under: float | None, fail_on: str, exit_zero: bool,
          quiet: bool, statistics: bool, color: bool | None, text_field: str | None,
          id_field: str | None, language: str | None, stdin_filename: str, fix: bool = False,
          diff: bool = False, unsafe_fixes: bool = False, fix_output: str | None = None, jobs: int = 0,
          resume: bool = False, dask_address: str | None = None, progress: bool | None = None) -> None:
    """Lint articles: files, folders (recursive), .jsonl streams, or - for stdin."""
    try:
        config = _resolve_config(config_path, paths)
        _check_flags(config.plugins + plugins, select=select, extend_select=extend_select, ignore=ignore)
        config = config.with_overrides(
            select=_split(select) or None,
            extend_select=(config.extend_select + _split(extend_select)) if extend_select else None,
            ignore=(config.ignore + _split(ignore)) if ignore else None,
            plugins=(config.plugins + plugins) if plugins else None,
            text_field=text_field,
            id_field=id_field,
            language=language,
        )
        linter = Linter(config)
        reporters = load_reporters(config.plugins)
    except (ConfigError, RegistryError, RuleError) as exc:
        raise click.UsageError(str(exc)) from exc
    if fmt not in reporters:
        raise click.UsageError(f"unknown format {fmt!r} (available: {', '.join(sorted(reporters))})")
    if not paths:
        raise click.UsageError("no input: give files, folders, or - for stdin")
    if resume and (not output or fmt != "jsonl" or fix or diff):
        raise click.UsageError("--resume needs --output FILE and --format jsonl, and no --fix or --diff")

    stream: IO[str]
    close = False
    if output:
        # O_APPEND: a partial last line is truncated (lint_stream) before anything is written.
        # backslashreplace: a lone surrogate (an undecodable file name) becomes
        # a "\udcff" JSON escape instead of a crash mid-run.
        stream = open(output, "a" if resume else "w", encoding="utf-8", newline="\n", errors="backslashreplace")
        close = True
    else:
        stream = _lenient(sys.stdout)
    use_color = color if color is not None else (not output and stream.isatty() and "NO_COLOR" not in os.environ)
    context = ReporterContext(
        rules={r.code: type(r) for r in linter.rules}, color=use_color, statistics=statistics,
        quiet=quiet, cwd=os.getcwd(),
    )
    reporter = reporters[fmt](stream, context)
    fixer = _fix_session(linter, fix, diff, unsafe_fixes, fix_output, stream, paths, stdin_filename)
    if diff:
        reporter = Reporter(stream, context)  # --diff prints the diff only
    summary = Summary()
    input_errors = 0
    failed = False
    fail_rank = severity_rank(fail_on)
    stdin = sys.stdin.buffer if "-" in paths else None
    if progress is None:
        # A bar only where a person watches and the report goes to a file: not
        # over a report on the terminal, nor over a pager reading a pipe
        # (`sourcelint check ... | less -R` shares the terminal with stderr).
        progress = sys.stderr.isatty() and (bool(output) or _is_regular_file(sys.stdout))
    own_files = [f for f in (output, fix_output) if f]
    records = lint_stream(linter, iter_sources(paths, config, stdin=stdin, stdin_name=stdin_filename, skip=own_files),
                          jobs=jobs,
                          dask=dask_address, resume=output if resume else None, progress=progress)
    stop = GracefulStop().install()  # SIGINT/SIGTERM: finish the record being written, then stop
    reporter.report = stop.deferring(reporter.report)  # type: ignore[method-assign]
    # The rules and lexicons are loaded: keep them out of the garbage
    # collector's full collections (see _FrozenHeap for why and the figures).
    heap = _FrozenHeap(first=64, thaw=True)
    try:
        reporter.start()
        for report, source, fresh in _checked(records):
            heap.done()
            if fixer is not None:
                # A signal waits until the article is written (or left alone):
                # the handler runs in this thread whichever thread received it.
                with stop.critical():
                    report = fixer.process(report, source)
            if source.input_error:
                input_errors += 1
                click.echo(f"sourcelint: {source.path or source.id}: {source.error}", err=True)
            summary.add(report)
            if fresh:  # records kept from a --resume'd output count, but are not written again
                reporter.report(report)
            if report.status == "ok":
                if any(severity_rank(f.severity) >= fail_rank for f in report.findings if f.family != "internal"):
                    failed = True
                if fail_under is not None and report.score is not None and report.score < fail_under:
                    failed = True
        reporter.finish(summary)
        if fixer is not None:
            fixer.finish()
            click.echo(f"sourcelint: {fixer.summary()}", err=True)
    except Interrupted as exc:
        stop.stopping = True
        getattr(records, "close", lambda: None)()  # stop --jobs workers now
        reporter.finish(summary)  # closes a JSON document; JSONL lines are already whole
        click.echo(f"sourcelint: interrupted by {exc.name} after {summary.documents:,} record(s) "
                   f"({stop.written:,} written in this run); the output ends with the last complete record"
                   + ("; fixed files so far were written whole, the JSONL fix output was not written"
                      if fixer is not None else ""), err=True)
        sys.exit(exc.exit_code)
    finally:
        heap.close()
        stop.uninstall()
        if close:
            stream.close()
    record_errors = summary.errors - input_errors
    if record_errors and not quiet:
        # Records that could not be linted (malformed JSON, no text) are in the
        # output with status "error"; a pipeline should hear about them too.
        click.echo(f"sourcelint: {record_errors:,} record(s) could not be linted; they are in the output with "
                   '"status": "error" and the reason', err=True)
    if input_errors or (fixer is not None and fixer.write_errors):
        sys.exit(2)
    if diff:
        sys.exit(1 if fixer is not None and fixer.documents_changed else 0)
    sys.exit(0 if exit_zero or not failed else 1)


def _check_flags(plugins: tuple[str, ...], **flags: tuple[str, ...]) -> None:
    """Reject a --select/--ignore value that matches no rule, naming the flag."""
    known = [(code, cls.family) for code, cls in load_rules(plugins).items()] + [(InternalError.code, "internal")]
    for name, values in flags.items():
        bad = unmatched_selectors(_split(values), known)
        if bad:
            raise click.UsageError(f"--{name.replace('_', '-')}: {', '.join(map(repr, bad))} matches no rule "
                                   "(`sourcelint rules` lists the codes and families)")


def _is_regular_file(stream: IO[str]) -> bool:
    """Whether ``stream`` writes to a regular file (``> out.jsonl``), not a terminal or pipe."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def _lenient(stream: IO[str]) -> IO[str]:
    """Standard output that writes a lone surrogate as an escape instead of raising."""
    if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):
            pass
    return stream


def _fix_session(linter: Linter, fix: bool, diff: bool, unsafe: bool, fix_output: str | None,
                 stream: IO[str], paths: tuple[str, ...], stdin_filename: str) -> FixSession | None:
    """The fixing state for --fix / --diff, or None when neither is given."""
    if not (fix or diff):
        return None
    return FixSession(linter, unsafe=unsafe, diff=diff, diff_stream=stream, fix_output=fix_output,
                      stdin_name=stdin_filename if "-" in paths else None,
                      warn=lambda msg: click.echo(f"sourcelint: {msg}", err=True))


def _checked(records: Iterator[tuple[Report, Source, bool]]) -> Iterator[tuple[Report, Source, bool]]:
    """lint_stream's records, with its run-time problems turned into usage errors (exit 2)."""
    try:
        yield from records
    except (ResumeError, WorkerInitError) as exc:
        raise click.UsageError(str(exc)) from exc


#: ``sourcelint fix`` is ``sourcelint check --fix``: same options, fix forced on.
cli.add_command(click.Command(
    "fix",
    params=check.params,
    callback=lambda **kwargs: check.callback(**{**kwargs, "fix": True}),
    help="Apply safe fixes in place (same as `check --fix`), then report what remains.",
    context_settings={"help_option_names": ["-h", "--help"]},
))


def _all_rules(plugins: tuple[str, ...], config_path: str | None) -> dict[str, type[Rule]]:
    """Every rule: built-ins, the config's plugins (nearest config from the
    working folder, or --config) and --plugin modules; SL001 included."""
    try:
        config = _resolve_config(config_path, ())
        rules = load_rules(config.plugins + plugins)
    except (ConfigError, RegistryError) as exc:
        raise click.UsageError(str(exc)) from exc
    return {**rules, InternalError.code: InternalError}


@cli.command("rules")
@click.option("--plugin", "plugins", multiple=True, help="Extra rule module (import name or .py path).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="markdown: the full documentation of every rule, for a docs page.")
def list_rules(plugins: tuple[str, ...], config_path: str | None, fmt: str) -> None:
    """List every available rule."""
    rules = _all_rules(plugins, config_path)
    if fmt == "markdown":
        click.echo("| code | name | family | severity | fix | summary |\n|---|---|---|---|---|---|")
        for r in rules.values():
            click.echo(f"| {r.code} | {r.name} | {r.family} | {r.severity} | {_fix_label(r)} "
                       f"| {r.summary()} |")
        for r in rules.values():
            click.echo("\n---\n\n# " + render_rule_doc(r))
        return
    if fmt == "json":
        import json

        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "family": r.family, "severity": r.severity,
             "fixable": r.fixable, "fix_safety": r.fix_safety if r.fixable else None, "summary": r.summary()}
            for r in rules.values()
        ], indent=2))
        return
    click.echo(f"{'code':<7} {'name':<32} {'family':<12} {'severity':<8} {'fix':<7} summary")
    for r in rules.values():
        click.echo(f"{r.code:<7} {r.name:<32} {r.family:<12} {r.severity:<8} {_fix_label(r):<7} {r.summary()}")


def _fix_label(rule: type) -> str:
    """"safe", "unsafe", "mixed" for a fixable rule, "-" otherwise."""
    return rule.fix_safety if rule.fixable else "-"


@cli.command()
@click.argument("code")
@click.option("--plugin", "plugins", multiple=True, help="Extra rule module (import name or .py path).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
def explain(code: str, plugins: tuple[str, ...], config_path: str | None) -> None:
    """Print the documentation of rule CODE."""
    rule = _all_rules(plugins, config_path).get(code.upper())
    if rule is None:
        raise click.UsageError(f"no rule {code!r}; `sourcelint rules` lists them "
                               f"(families: {', '.join(f'{p} {n}' for n, p in FAMILIES.items())})")
    click.echo(render_rule_doc(rule), nl=False)


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk LSP over stdin/stdout (the default and only transport).")
def server(stdio: bool) -> None:
    """Run the language server (LSP over stdio) for editors; needs the lsp extra."""
    from .lsp import MissingExtra, serve

    try:
        sys.exit(serve())
    except MissingExtra as exc:
        click.echo(f"sourcelint: {exc}", err=True)
        sys.exit(2)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="sourcelint")
