"""The ``sourcelint`` command line.

Exit codes follow the field: 0 clean, 1 findings at or above the fail level
(or a score under ``--fail-under``), 2 usage, configuration or input errors
(reported after every other input was processed).
"""

from __future__ import annotations

import os
import stat
import sys
from typing import IO, Any, NoReturn

import click

from . import __version__
from .config import Config, ConfigError, parse_per_file_ignores
from .config import check_language
from .finding import SEVERITIES
from .fix import FixSession
from .formats import MissingExtra
from .inputs import iter_sources
from .interrupt import Interrupted
from .linter import InternalError, Linter, TooManyFindings, unmatched_selectors
from .parallel import lint_stream
from .registry import RegistryError, load_reporters, load_rules
from .reporters import Reporter, ReporterContext
from .reporters.text import printable_name
from .rule import RuleError
from .cli_run import CheckRun, open_output
# Source scores, the ledger and copy linking (sourcelint sources; check --ledger/--copies/--source-field).
from .cli_rules import explain, list_rules
from .discovery import resolve_config
from .cli_sources import SourceRun, source_options, sources_command

__all__ = ["main", "cli"]


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sourcelint")
def cli() -> None:
    """sourcelint: find what makes an article an unreliable source.

    Machine-translation artefacts, duplicated paragraphs, pronoun drift and
    scraper residue, with a 0-100 score and a verdict per article.
    """


_SELECTORS = "codes (MT001), prefixes (MT), families (translation), rule names (glued-words) or ALL, any case"


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", default=None,
              help="Output format: text (default), concise, json, jsonl, sarif, github, html (and any reporter "
                   "plugin).  [config: format]")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write output to FILE.  [config: output]")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
@click.option("--isolated", "--no-config", "isolated", is_flag=True,
              help="Read no configuration file: the defaults and these options only.")
@click.option("--allow-plugins", is_flag=True,
              help="Run the plugins named by a configuration found by walking up from the inputs.")
@click.option("--select", multiple=True, help=f"Rules to enable, replacing the configured ones: {_SELECTORS}.")
@click.option("--extend-select", multiple=True, help="Rules to enable on top of the selected ones.")
@click.option("--ignore", multiple=True, help="Rules to disable, replacing the configured ignore list.")
@click.option("--extend-ignore", multiple=True, help="Rules to disable on top of the ignore list.")
@click.option("--per-file-ignores", multiple=True, metavar="GLOB:RULES",
              help="Rules to disable for matching files, e.g. 'drafts/*:MT,DUP001' (adds to the configured ones).")
@click.option("--exclude", multiple=True, help="Glob patterns of files and folders to skip, replacing the "
                                               "configured ones.")
@click.option("--extend-exclude", multiple=True, help="Patterns to skip on top of the excluded ones.")
@click.option("--include", multiple=True, help="File name patterns linted in folders, replacing the configured "
                                               "ones [*.txt,*.md,*.markdown,*.jsonl].")
@click.option("--plugin", "plugins", multiple=True, help="Extra rule or reporter module (import name or .py path).")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None,
              help="Exit 1 if any document scores below this.  [config: fail-under]")
@click.option("--fail-on", type=click.Choice(SEVERITIES, case_sensitive=False), default=None,
              help="Exit 1 if a finding has at least this severity [error].  [config: fail-on]")
@click.option("--exit-zero", is_flag=True, default=None,
              help="Exit 0 even when articles fail (never hides exit 2).  [config: exit-zero]")
@click.option("-q", "--quiet", is_flag=True, help="Only documents with findings, no excerpts or tables.")
@click.option("-v", "--verbose", is_flag=True, help="Say on stderr which configuration, rules and inputs are used.")
@click.option("--statistics", is_flag=True, default=None,
              help="Count findings per rule (code and name).  [config: statistics]")
@click.option("--show-source/--no-show-source", default=None,
              help="text format: show each finding's sentence with the span underlined (default).  [config: show-source]")
@click.option("--color/--no-color", default=None, help="Colour output (default: only on a terminal).")
@click.option("--text-field", default=None, help="JSONL field holding the article text [text].")
@click.option("--id-field", default=None, help="JSONL field holding the article id [id].")
@click.option("--language", default=None, help="Expected language of the articles, a code such as en [en].")
@click.option("--max-document-chars", type=click.IntRange(min=1), default=None,
              help="Longer documents are error records [10000000].")
@click.option("--max-line-bytes", type=click.IntRange(min=1), default=None,
              help="Longest JSONL line read [67108864].")
@click.option("--rule-timeout", type=click.FloatRange(0, 1e6, max_open=True), default=None,
              help="Seconds per rule and document; 0: no budget [20].")
@click.option("--record-directives/--no-record-directives", default=None,
              help="Obey sourcelint directives in JSONL records and stdin too (by default only in files).  "
                   "[config: record-directives]")
@click.option("--max-findings-per-rule", type=click.IntRange(min=0), default=None,
              help="Findings listed per rule and document; the rest are counted (0: no limit) [1000].")
@click.option("--html-extract", type=click.Choice(["main", "full"]), default=None,
              help="HTML and WARC pages: lint the main text [main] or every text block (navigation too).  "
                   "[config: html-extract]")
@click.option("--stdin-filename", default="-", help="Name for stdin input; a .jsonl name reads JSONL.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, then report what remains.")
@click.option("--diff", is_flag=True, help="Print fixes as a unified diff, write nothing; exit 1 if there are any.")
@click.option("--unsafe-fixes", is_flag=True, default=None,
              help="With --fix or --diff: also fixes that may change the meaning.  [config: unsafe-fixes]")
@click.option("--fix-output", type=click.Path(dir_okay=False), default=None,
              help="With --fix: write the JSONL inputs, with fixed texts, to FILE.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes; 0 (default): all cores for inputs over 200 documents, else 1.  [config: jobs]")
@click.option("--resume", is_flag=True,
              help="With --output FILE --format jsonl: keep FILE's complete records, lint only the rest.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Lint on a Dask cluster: scheduler address (tcp://host:8786) or 'local' for a LocalCluster.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and output is not).")
@source_options
def check(paths: tuple[str, ...], fmt: str | None = None, output: str | None = None, config_path: str | None = None,
          select: tuple[str, ...] = (), extend_select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
          plugins: tuple[str, ...] = (), fail_under: float | None = None, fail_on: str | None = None,
          exit_zero: bool | None = None, quiet: bool = False, statistics: bool | None = None,
          color: bool | None = None, text_field: str | None = None, id_field: str | None = None,
          language: str | None = None, stdin_filename: str = "-", fix: bool = False, diff: bool = False,
          unsafe_fixes: bool | None = None, fix_output: str | None = None, jobs: int | None = None,
          resume: bool = False, dask_address: str | None = None, progress: bool | None = None,
          **more: Any) -> None:
    """Lint articles: files, folders (recursive), .jsonl streams, or - for stdin."""
    show_source, ledger, copies = more.pop("show_source", None), more.pop("ledger", None), more.pop("copies", False)
    config, linter, reporter_class = _prepared(paths, config_path, fix=fix, diff=diff, resume=resume, opts=dict(
        select=select, extend_select=extend_select, ignore=ignore, plugins=plugins, fmt=fmt, output=output,
        fail_under=fail_under, fail_on=fail_on, exit_zero=exit_zero, statistics=statistics, text_field=text_field,
        id_field=id_field, language=language, unsafe_fixes=unsafe_fixes, fix_output=fix_output, jobs=jobs, **more))
    output = config.output
    # copy links, ledger rows, per-source tallies (sourcelint.sources)
    sources_run = SourceRun(config, ledger or config.ledger, copies or config.copies)
    _check_reporter_class(reporter_class, config)
    _refuse_output_as_input(output, paths)
    stream = open_output(output, resume) if output else _lenient(sys.stdout)
    context = ReporterContext(
        rules={r.code: type(r) for r in linter.rules}, statistics=config.statistics, quiet=quiet, cwd=os.getcwd(),
        color=color if color is not None else (not output and stream.isatty() and "NO_COLOR" not in os.environ),
        show_source=config.show_source if show_source is None else show_source,
    )
    # --diff prints the diff only
    reporter = Reporter(stream, context) if diff else reporter_class(stream, context)
    fixer = _fix_session(linter, fix, diff, config.unsafe_fixes and (fix or diff), fix_output, stream, paths,
                         stdin_filename)
    run = CheckRun(reporter, fixer, sources_run, verbose=bool(more.get("verbose")), fail_on=config.fail_on,
                   fail_under=config.fail_under)
    notify = lambda msg: click.echo(f"sourcelint: {msg}", err=True)  # noqa: E731
    sources = iter_sources(paths, config, stdin=sys.stdin.buffer if "-" in paths else None,
                           stdin_name=stdin_filename, skip=[f for f in (output, fix_output) if f],
                           skip_ids=_open_file_ids(stream), notify=notify)
    records = lint_stream(linter, sources, jobs=config.jobs, dask=dask_address, resume=output if resume else None,
                          progress=_wants_progress(progress, output))
    run.run(records, stream, output)
    sys.exit(run.exit_code(quiet=quiet, diff=diff, exit_zero=bool(config.exit_zero)))


def _check_reporter_class(reporter_class: type, config: Config) -> None:
    """Usage errors, before --output is opened, for a format that cannot be written."""
    try:  # a reporter may need an optional extra
        getattr(reporter_class, "check_available", lambda: None)()
    except MissingExtra as exc:
        raise click.UsageError(str(exc)) from exc
    if getattr(reporter_class, "binary", False) and not config.output and sys.stdout.isatty():
        raise click.UsageError(f"--format {config.format} writes a binary file: give --output FILE or redirect the output")


def _wants_progress(progress: bool | None, output: str | None) -> bool:
    """Whether to draw a progress bar (``--progress/--no-progress``, else guessed)."""
    if progress is not None:
        return progress
    # A bar only where a person watches and the report goes to a file: not
    # over a report on the terminal, nor over a pager reading a pipe
    # (`sourcelint check ... | less -R` shares the terminal with stderr).
    return sys.stderr.isatty() and (bool(output) or _is_regular_file(sys.stdout))


def _prepared(paths: tuple[str, ...], config_path: str | None, *, fix: bool, diff: bool, resume: bool,
              opts: dict[str, Any]) -> tuple[Config, Linter, type]:
    """The run's configuration, linter and reporter class; usage errors for
    option combinations that cannot work."""
    if opts["unsafe_fixes"] and not (fix or diff):
        raise click.UsageError("--unsafe-fixes applies fixes: use it with --fix (or `sourcelint fix`) or --diff")
    if opts.pop("fix_output") and not fix:
        raise click.UsageError("--fix-output writes fixed JSONL: use it with --fix (or `sourcelint fix`)")
    verbose = bool(opts.pop("verbose", False))
    try:
        config = _configured(paths, config_path, bool(opts.pop("isolated", False)), verbose, opts)
        linter = Linter(config)
        reporters = load_reporters(config.plugins)
    except (ConfigError, RegistryError, RuleError) as exc:
        raise click.UsageError(str(exc)) from exc
    if verbose:
        click.echo(f"sourcelint: {len(linter.rules)} rule(s): {' '.join(r.code for r in linter.rules)}", err=True)
    if config.format not in reporters:
        raise click.UsageError(f"unknown format {config.format!r} (available: {', '.join(sorted(reporters))})")
    if not paths:
        raise click.UsageError("no input: give files, folders, or - for stdin")
    if resume and (not config.output or config.format != "jsonl" or fix or diff):
        raise click.UsageError("--resume needs --output FILE and --format jsonl, and no --fix or --diff")
    return config, linter, reporters[config.format]


def _configured(paths: tuple[str, ...], config_path: str | None, isolated: bool, verbose: bool,
                opts: dict[str, Any]) -> Config:
    """The run's configuration: the file's (none with --isolated), then the
    command-line options over it (a list option replaces the file's list,
    an --extend-* option adds to it)."""
    if isolated and config_path:
        raise click.UsageError("--isolated reads no configuration file: drop --config or --isolated")
    config = Config() if isolated else resolve_config(config_path, paths, False, bool(opts.get("allow_plugins")))
    if verbose:
        click.echo(f"sourcelint: configuration: {config.source or 'defaults'}"
                   + (" (--isolated)" if isolated else ""), err=True)
    plugins = config.plugins + opts["plugins"]
    _check_flags(plugins, select=opts["select"], extend_select=opts["extend_select"], ignore=opts["ignore"],
                 extend_ignore=opts["extend_ignore"])
    language = opts["language"]
    if language is not None:
        try:
            language = check_language(language)
        except ConfigError as exc:
            raise click.BadParameter(str(exc), param_hint="--language") from exc
    extend = {key: (getattr(config, key) + _split(opts[key])) if opts[key] else None
              for key in ("extend_select", "extend_ignore", "extend_exclude")}
    return config.with_overrides(
        select=_split(opts["select"]) or None,
        ignore=_split(opts["ignore"]) or None,
        exclude=_split(opts["exclude"]) or None,
        include=_split(opts["include"]) or None,
        per_file_ignores=(config.per_file_ignores + parse_per_file_ignores(opts["per_file_ignores"]))
        if opts["per_file_ignores"] else None,
        plugins=plugins if opts["plugins"] else None,
        language=language,
        format=opts["fmt"], output=opts["output"], fail_under=opts["fail_under"],
        fail_on=opts["fail_on"].lower() if opts["fail_on"] else None, exit_zero=opts["exit_zero"],
        statistics=opts["statistics"], unsafe_fixes=opts["unsafe_fixes"], jobs=opts["jobs"],
        text_field=opts["text_field"], id_field=opts["id_field"], source_field=opts.get("source_field"),
        max_document_chars=opts["max_document_chars"], max_line_bytes=opts["max_line_bytes"],
        rule_timeout=opts["rule_timeout"], record_directives=opts.get("record_directives"),
        html_extract=opts.get("html_extract"),
        max_findings_per_rule=opts.get("max_findings_per_rule"), **extend,
    )


def _check_flags(plugins: tuple[str, ...], **flags: tuple[str, ...]) -> None:
    """Reject a --select/--ignore value that matches no rule, naming the flag."""
    known = [(code, cls.family, cls.name) for code, cls in load_rules(plugins).items()]
    known.append((InternalError.code, "internal", InternalError.name))
    known.append((TooManyFindings.code, "internal", TooManyFindings.name))
    for name, values in flags.items():
        bad = unmatched_selectors(_split(values), known)
        if bad:
            raise click.UsageError(f"--{name.replace('_', '-')}: {', '.join(map(repr, bad))} matches no rule "
                                   "(`sourcelint rules` lists the codes, names and families)")


def _refuse_output_as_input(output: str | None, paths: tuple[str, ...]) -> None:
    """Opening ``--output`` for writing would empty an input named on the command line."""
    if not output or not os.path.exists(output):
        return
    for p in paths:
        try:
            same = p != "-" and not os.path.isdir(p) and os.path.samefile(p, output)
        except OSError:
            same = False
        if same:
            raise click.UsageError(f"--output {output} is also an input ({p}); writing the report would "
                                   "destroy it: choose another output file")


def _open_file_ids(stream: IO[str]) -> list[tuple[int, int]]:
    """``(device, inode)`` of the report's file and of standard output when
    they are regular files (``> folder/out.jsonl``): inputs never read them."""
    ids = []
    for s in {id(stream): stream, id(sys.stdout): sys.stdout}.values():
        try:
            st = os.fstat(s.fileno())
        except (OSError, ValueError, AttributeError):
            continue
        if stat.S_ISREG(st.st_mode):
            ids.append((st.st_dev, st.st_ino))
    return ids


def _is_regular_file(stream: IO[str]) -> bool:
    """Whether ``stream`` writes to a regular file (``> out.jsonl``), not a terminal or pipe."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def _lenient(stream: IO[str]) -> IO[str]:
    """Standard output that writes a lone surrogate as an escape instead of raising."""
    # surrogateescape (the C and C.UTF-8 locales) would write an undecodable
    # file name's raw bytes: invalid UTF-8 in a JSON record.
    if getattr(stream, "errors", None) in ("strict", "surrogateescape") and hasattr(stream, "reconfigure"):
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
                      warn=lambda msg: click.echo(f"sourcelint: {printable_name(msg)}", err=True))


#: ``sourcelint fix`` is ``sourcelint check --fix``: same options, fix forced on.
cli.add_command(click.Command(
    "fix",
    params=[p for p in check.params if p.name not in ("fix", "diff")],
    callback=lambda **kwargs: check.callback(**{**kwargs, "fix": True}),
    help="Apply safe fixes in place (same as `check --fix`), then report what remains.",
    context_settings={"help_option_names": ["-h", "--help"]},
))


cli.add_command(sources_command)


cli.add_command(list_rules)
cli.add_command(explain)


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
    import signal

    # From here until a run installs its GracefulStop (and for commands that
    # install none), Ctrl-C ends the command with one line and 130, where
    # click would turn a KeyboardInterrupt into "Aborted!" and 1.
    signal.signal(signal.SIGINT, _interrupt)  # replaces the start-up handler of sourcelint/__init__.py
    try:
        cli(prog_name="sourcelint")
    except Interrupted as exc:
        click.echo(f"sourcelint: interrupted ({exc.name})", err=True)
        sys.exit(exc.exit_code)


def _interrupt(signum: int, frame: object) -> NoReturn:
    raise Interrupted(signum)
