"""Reliability round 2 (issue 12): data loss and untrusted input.

Each test reproduces one finding of a red-team pass: it failed before the
fix it guards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint.cli import cli

from conftest import SAMPLES

ARTICLE = "The minister said the plan would go ahead.\n\nIt was agreed on Tuesday.\n"


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def sourcelint(*args: str, cwd: Path | None = None, stdout=None, timeout: float = 60,
               input: bytes | None = None) -> subprocess.CompletedProcess:
    """The real command in a child process (for redirections and signals)."""
    return subprocess.run([sys.executable, "-m", "sourcelint", *args], cwd=cwd, stdout=stdout or subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout, input=input)


# -- 1. -o naming an input ---------------------------------------------------------------------

def test_output_naming_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = run("check", "--format", "jsonl", "-o", str(article), str(article))
    assert result.exit_code == 2
    assert "is also an input" in result.stderr
    assert article.read_text() == ARTICLE


def test_output_naming_a_hard_link_of_an_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    os.link(article, tmp_path / "b.txt")
    result = run("check", "--format", "jsonl", "-o", str(tmp_path / "b.txt"), str(article))
    assert result.exit_code == 2
    assert article.read_text() == ARTICLE


# -- 2. stdout redirected into the walked folder ------------------------------------------------

@pytest.mark.timeout(60)
def test_stdout_redirected_into_the_linted_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "b.jsonl").write_text(json.dumps({"id": "r", "text": ARTICLE}) + "\n")
    out = folder / "zz.jsonl"
    with out.open("wb") as fh:
        proc = sourcelint("check", "--format", "jsonl", "--jobs", "1", str(folder), stdout=fh, timeout=50)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == [f"{folder}/a.txt", "r"]
    assert proc.returncode in (0, 1), proc.stderr


@pytest.mark.timeout(60)
def test_stdout_redirected_onto_a_named_input_is_an_input_error(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r", "text": ARTICLE}) + "\n")
    with src.open("ab") as fh:  # what `... in.jsonl >> in.jsonl` does
        proc = sourcelint("check", "--format", "jsonl", "--jobs", "1", str(src), stdout=fh, timeout=50)
    assert proc.returncode == 2
    assert b"is the output of this run" in proc.stderr
    first, record = src.read_text().splitlines()  # the input, then its error record
    assert json.loads(first)["id"] == "r"
    assert json.loads(record)["status"] == "error"


# -- 3. plugins of a configuration found by walking ---------------------------------------------

EVIL = "import pathlib\npathlib.Path({marker!r}).write_text('ran')\nRULES = []\n"


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    """A folder whose sourcelint.toml names a plugin that leaves a marker file when imported."""
    folder = tmp_path / "untrusted"
    folder.mkdir()
    marker = tmp_path / "marker"
    (folder / "evil.py").write_text(EVIL.format(marker=str(marker)))
    (folder / "sourcelint.toml").write_text('plugins = ["evil.py"]\n')
    (folder / "a.txt").write_text(ARTICLE)
    return folder, marker


@pytest.mark.parametrize("command", [["check"], ["check", "--jobs", "2"], ["rules"], ["explain", "MT001"]])
def test_a_discovered_config_runs_no_plugin_code(planted: tuple[Path, Path], command: list[str]) -> None:
    folder, marker = planted
    args = [*command, str(folder)] if command[0] == "check" else command
    proc = sourcelint(*args, cwd=folder)
    assert not marker.exists()
    assert proc.returncode == 2
    assert b"--allow-plugins" in proc.stderr


def test_allow_plugins_or_an_explicit_config_runs_them(planted: tuple[Path, Path]) -> None:
    folder, marker = planted
    proc = sourcelint("check", "--allow-plugins", str(folder), cwd=folder)
    assert proc.returncode == 0, proc.stderr
    assert marker.read_text() == "ran"
    marker.unlink()
    proc = sourcelint("check", "--config", str(folder / "sourcelint.toml"), str(folder))
    assert proc.returncode == 0, proc.stderr
    assert marker.exists()


def test_isolated_ignores_every_config(planted: tuple[Path, Path]) -> None:
    folder, marker = planted
    (folder / "sourcelint.toml").write_text('plugins = ["evil.py"]\nselect = ["DUP"]\n')
    proc = sourcelint("check", "--isolated", "--format", "json", str(folder), cwd=folder)
    assert not marker.exists()
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["documents"] == 1
    proc = sourcelint("rules", "--isolated", cwd=folder)
    assert proc.returncode == 0 and not marker.exists()
    assert sourcelint("check", "--isolated", "--config", "x.toml", str(folder)).returncode == 2


# -- 4. directives in pipeline records ----------------------------------------------------------

def _sample(prefix: str) -> str:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


HIDE = "\n\n<!-- sourcelint: disable-file -->\n"


def test_a_directive_in_a_jsonl_record_is_not_obeyed_by_default(tmp_path: Path) -> None:
    garbled = _sample("004")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r", "text": garbled + HIDE}) + "\n")
    plain, = [json.loads(x) for x in run("check", "--format", "jsonl", str(src)).stdout.splitlines()]
    assert plain["verdict"] == "reject" and plain["findings"]
    assert plain["suppressed"] == 0
    obeyed, = [json.loads(x) for x in run("check", "--format", "jsonl", "--record-directives",
                                          str(src)).stdout.splitlines()]
    assert obeyed["verdict"] == "pass" and obeyed["findings"] == []
    # Every finding is silenced, those in the pasted copy too, which the
    # plain record lists once (folded onto the first copy).
    assert obeyed["suppressed"] >= len(plain["findings"])


def test_stdin_and_the_api_do_not_obey_directives_but_files_do(tmp_path: Path) -> None:
    import sourcelint

    text = _sample("004") + HIDE
    assert sourcelint.lint_text(text).verdict == "reject"
    assert sourcelint.Linter(sourcelint.Config(record_directives=True)).lint_text(text).verdict == "pass"
    stdin, = [json.loads(x) for x in run("check", "--format", "jsonl", "-", input=text).stdout.splitlines()]
    assert stdin["verdict"] == "reject"
    path = tmp_path / "a.txt"
    path.write_text(text)
    record, = [json.loads(x) for x in run("check", "--format", "jsonl", str(path)).stdout.splitlines()]
    assert record["verdict"] == "pass" and record["suppressed"] > 0


@pytest.mark.timeout(120)
def test_directives_stay_off_in_pool_workers(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    with src.open("w") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": str(i), "text": _sample("004") + HIDE}) + "\n")
    for extra in ([], ["--record-directives"]):
        out = run("check", "--format", "jsonl", "--jobs", "2", *extra, str(src)).stdout
        verdicts = {json.loads(x)["verdict"] for x in out.splitlines()}
        assert verdicts == ({"pass"} if extra else {"reject"})


def test_record_directives_config_key(tmp_path: Path) -> None:
    from sourcelint.config import ConfigError, load_config

    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text("record-directives = true\n")
    assert load_config(cfg).record_directives is True
    cfg.write_text('record-directives = "yes"\n')
    with pytest.raises(ConfigError, match="record-directives"):
        load_config(cfg)


# -- 6. a signal while the final document is written --------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "html"])
def test_sigint_while_the_final_document_is_written_leaves_one_whole_document(
        tmp_path: Path, monkeypatch, fmt: str) -> None:
    import signal

    from sourcelint import registry

    reporter = registry.load_reporters(())[fmt]
    original = reporter.finish

    class SignalMidWrite:
        """The stream, with SIGINT arriving half-way through the first write."""

        def __init__(self, stream) -> None:
            self.stream, self.sent = stream, False

        def write(self, data: str) -> int:
            if not self.sent:
                self.sent = True
                self.stream.write(data[: len(data) // 2])
                os.kill(os.getpid(), signal.SIGINT)
                return self.stream.write(data[len(data) // 2:])
            return self.stream.write(data)

        def __getattr__(self, name: str):
            return getattr(self.stream, name)

    def interrupted_finish(self, summary) -> None:
        stream, self.stream = self.stream, SignalMidWrite(self.stream)
        try:
            original(self, summary)
        finally:
            self.stream = stream

    monkeypatch.setattr(reporter, "finish", interrupted_finish)
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / f"out.{fmt}"
    result = run("check", "--format", fmt, "-o", str(out), str(tmp_path / "a.txt"))
    assert result.exit_code == 130
    text = out.read_text()
    if fmt == "json":
        assert json.loads(text)["summary"]["documents"] == 1
    else:
        assert text.count("<html") == 1 and text.rstrip().endswith("</html>")


# -- 7 and 18. what counts as empty -------------------------------------------------------------

def test_jsonl_starting_with_lots_of_whitespace_is_read(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(" " * 9000 + "\n" + "\n" * 5000 + json.dumps({"id": "r", "text": ARTICLE}) + "\n")
    result = run("check", "--format", "jsonl", str(src))
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["id"], r["status"], r["line"]) for r in records] == [("r", "ok", 5002)]
    assert result.exit_code in (0, 1)


@pytest.mark.parametrize("name,data", [
    ("bom.txt", b"\xef\xbb\xbf"), ("bom16.txt", b"\xff\xfe"), ("bomspace.md", b"\xef\xbb\xbf \n\n"),
    ("bom.jsonl", b"\xef\xbb\xbf\n"), ("blank.jsonl", b"\n" * 10_000),
])
def test_a_file_with_only_a_bom_or_blanks_is_empty(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("check", "--format", "jsonl", str(path))
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["status"] == "error" and "empty" in record["error"]
    assert result.exit_code == 2


# -- 11. findings per rule are capped ----------------------------------------------------------

def test_findings_past_the_limit_are_counted_not_listed() -> None:
    from sourcelint import Config, Linter, Rule

    class Every(Rule):
        """Every word is a finding.

        What it finds:
        Words.

        Why it matters:
        A test.

        How to fix:
        Nothing.
        """

        code, name, family, severity = "STR990", "every-word", "structure", "info"

        def check(self, doc):
            for tok in doc.tokens:
                yield self.finding(doc, tok.start, tok.end, "a word", confidence=0.01)

    text = "word " * 5000
    full = Linter(Config(max_findings_per_rule=0), rules=[Every]).lint_text(text)
    capped = Linter(Config(max_findings_per_rule=100), rules=[Every]).lint_text(text)
    assert len(full.findings) == 5000
    assert [f.code for f in capped.findings].count("STR990") == 100
    (note,) = [f for f in capped.findings if f.code == "SL002"]
    assert "4,900 more STR990" in note.message
    assert capped.score == full.score and 0 < full.score < 100
    assert capped.families == full.families
    # Ignoring SL002 drops the note, not the cost.
    quiet = Linter(Config(max_findings_per_rule=100, ignore=("SL002",)), rules=[Every]).lint_text(text)
    assert [f.code for f in quiet.findings] == ["STR990"] * 100 and quiet.score == full.score


@pytest.mark.timeout(300)
def test_a_record_of_one_letter_paragraphs_stays_small(tmp_path: Path) -> None:
    # 300 KB of "a\\n\\n": 100,000 STR001 findings made a 70 MB JSONL line.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r", "text": "a\n\n" * 100_000}) + "\n")
    result = run("check", "--format", "jsonl", str(src))
    (line,) = result.stdout.splitlines()
    assert len(line) < 3_000_000
    record = json.loads(line)
    assert any(f["code"] == "SL002" for f in record["findings"])


# -- 15. configuration values that broke the run ------------------------------------------------

@pytest.mark.parametrize("body,key", [
    ("max-document-chars = 99999999999999999999", "max-document-chars"),
    ("max-line-bytes = 99999999999999999999", "max-line-bytes"),
    ("rule-timeout = 1e-9", "rule-timeout"),
    ("[family-weights]\nstructure = inf", "family-weights.structure"),
    ("[family-weights]\nstructure = nan", "family-weights.structure"),
    ('language = "xx"', "language"),
])
def test_a_bad_config_value_is_a_usage_error_naming_the_key(tmp_path: Path, body: str, key: str) -> None:
    (tmp_path / "sourcelint.toml").write_text(body + "\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run("check", str(tmp_path / "a.txt"))
    assert result.exit_code == 2, result.output
    assert key in result.stderr


def test_languages_the_detector_knows_are_accepted(tmp_path: Path) -> None:
    from sourcelint.config import load_config

    for code in ("en", "de", "zh-cn", "pt-BR", "en-GB"):
        (tmp_path / "sourcelint.toml").write_text(f'language = "{code}"\n')
        assert load_config(tmp_path / "sourcelint.toml").language == code
    assert run("check", "--language", "xx", str(SAMPLES)).exit_code == 2


def test_invalid_toml_in_pyproject_is_reported_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.sourcelint]\nselect = [\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run("check", str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert "pyproject.toml" in result.stderr and "invalid TOML" in result.stderr


def test_a_tiny_rule_timeout_never_escapes_as_a_traceback() -> None:
    from sourcelint import Config, Linter

    # Below the configurable minimum, but reachable from the API.
    report = Linter(Config(rule_timeout=1e-9)).lint_text(_sample("004"))
    assert report.status in ("ok", "error")


# -- 16. no Infinity/NaN in JSON output ---------------------------------------------------------

def _strict(line: str):
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(line, parse_constant=refuse)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_huge_numbers_in_metadata_stay_valid_json(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Some text here.", "n": 1e999, "m": [-1e999, 2.5], "k": NaN}\n')
    out = run("check", "--format", fmt, str(src)).stdout
    record = _strict(out.splitlines()[0]) if fmt == "jsonl" else _strict(out)["documents"][0]
    assert record["metadata"] == {"n": "1e999", "m": ["-1e999", 2.5], "k": "NaN"}


def test_non_finite_metadata_from_the_api_is_written_as_valid_json() -> None:
    import io

    import sourcelint
    from sourcelint.reporters import ReporterContext
    from sourcelint.reporters.jsonout import JsonlReporter

    report = sourcelint.lint_text("Some text here.", metadata={"x": float("inf"), "y": [float("nan")]})
    stream = io.StringIO()
    JsonlReporter(stream, ReporterContext()).report(report)
    assert _strict(stream.getvalue())["metadata"] == {"x": "inf", "y": ["nan"]}


# -- 17. hostile file names and ids -------------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes")
@pytest.mark.parametrize("fmt", ["text", "concise", "jsonl"])
@pytest.mark.parametrize("locale", ["C", "C.UTF-8"])
def test_hostile_file_names_never_reach_the_terminal_raw(tmp_path: Path, fmt: str, locale: str) -> None:
    folder = os.fsencode(tmp_path)
    for name in (b"bad-\xff-name.txt", b"osc-\x1b]0;owned\x07-\x1b[31mred.txt"):
        with open(os.path.join(folder, name), "w") as fh:
            fh.write("teh text.\n\nSkip to content\n")
    jsonl = tmp_path / "ids.jsonl"
    jsonl.write_text(json.dumps({"id": "\x1b[2J\x1b]8;;http://x\x07", "text": "Skip to content\n\nA text."}) + "\n")
    env = {**os.environ, "LC_ALL": locale, "LANG": locale}
    env.pop("PYTHONIOENCODING", None)
    proc = subprocess.run([sys.executable, "-m", "sourcelint", "check", "--format", fmt, "--no-color", str(tmp_path)],
                          capture_output=True, env=env, timeout=120)
    for stream in (proc.stdout, proc.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream
        stream.decode("utf-8")  # no raw undecodable bytes
    if fmt == "jsonl":
        ids = [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()]
        assert "\x1b[2J\x1b]8;;http://x\x07" in ids  # data stays exact in JSON, as escapes


def test_concise_output_of_a_jsonl_record_points_at_its_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Fine."}) + "\n"
                   + json.dumps({"id": "b", "text": "Fine.\n\nSkip to content\n"}) + "\n")
    out = run("check", "--format", "concise", "--select", "BLP001", str(src)).stdout
    (line,) = [x for x in out.splitlines() if "BLP001" in x]
    assert line.startswith(f"{src}:2:1: BLP001 ")
    assert line.endswith("(record b, 3:1)")


# -- 18. the rest ---------------------------------------------------------------------------------

def test_crlf_front_matter_is_read(tmp_path: Path) -> None:
    from sourcelint.inputs import iter_sources
    from sourcelint import Config

    path = tmp_path / "a.md"
    path.write_bytes(b"---\r\ntitle: Votes\r\nlanguage: de\r\n---\r\n\r\nThe minister spoke.\r\n")
    (source,) = iter_sources([str(path)], Config())
    assert source.document.metadata == {"title": "Votes", "language": "de"}
    assert source.document.non_prose and source.document.non_prose[0][0] == 0
    assert "title" not in source.document.paragraphs[0].text


@pytest.mark.parametrize("raw,expected", [
    ("42", "42"), ("true", "true"), ('{"a": 1}', '{"a":1}'), ("[1, \"x\"]", '[1,"x"]'), ('"s"', "s"),
    ("null", "in.jsonl:1"),
])
def test_non_string_ids_are_written_as_json(tmp_path: Path, raw: str, expected: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": %s, "text": "Some text here."}\n' % raw)
    os.chdir(tmp_path)
    (record,) = [json.loads(x) for x in run("check", "--format", "jsonl", "in.jsonl").stdout.splitlines()]
    assert record["id"] == expected
    import sourcelint

    api = next(sourcelint.Linter().lint_many([{"id": json.loads(raw), "text": "Some text."}]))
    assert api.id == (expected if raw != "null" else "0")


def test_ctrl_c_while_the_command_starts_is_one_line_not_a_traceback() -> None:
    code = ("import sys, os, signal; sys.argv[0] = 'sourcelint'; import sourcelint; "
            "os.kill(os.getpid(), signal.SIGINT); import time; time.sleep(10)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.returncode == 130
    assert proc.stderr == b"sourcelint: interrupted while starting\n"


def test_resume_refuses_records_made_with_other_settings(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": ARTICLE}) + "\n" for i in range(3)))
    out = tmp_path / "out.jsonl"
    assert run("check", "--format", "jsonl", "--select", "MT", "-o", str(out), str(src)).exit_code in (0, 1)
    out.write_text(out.read_text().splitlines(keepends=True)[0])  # an interrupted run
    other = run("check", "--format", "jsonl", "--select", "DUP", "-o", str(out), "--resume", str(src))
    assert other.exit_code == 2 and "other settings" in other.stderr
    same = run("check", "--format", "jsonl", "--select", "MT", "-o", str(out), "--resume", str(src))
    assert same.exit_code in (0, 1)
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["0", "1", "2"]


@pytest.mark.parametrize("argv", [["check", "in.txt"], ["rules"]])
def test_ctrl_c_after_start_up_before_the_run_exits_130_in_one_line(tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "in.txt").write_text("Some text here.\n")
    # Ctrl-C while the command prepares its run (configuration, rules).
    code = ("import os, signal, sys, time; sys.argv = ['sourcelint', *%r]; import sourcelint.cli as c\n"
            "def slow(*a, **k):\n    os.kill(os.getpid(), signal.SIGINT); time.sleep(10)\n"
            "import sourcelint.cli_rules as r\nc._prepared = slow; r.load_rules = slow\nc.main()" % (argv,))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr == b"sourcelint: interrupted (SIGINT)\n"
