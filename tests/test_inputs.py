"""Broken and hostile inputs: every one gets a clear error, none stops the run.

Files that cannot be linted (binary, empty, unreadable, missing, symlink
loops, FIFOs, devices) give an error record and a message, and the run exits
2 after every other input was processed. Records that cannot be linted
(too long, malformed, nested too deeply, not an object, no string text)
give an error record in their place. Tests run as root here, so unreadable
files are simulated by making ``os.open`` fail.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint import Config, Document, Linter
from sourcelint.cli import cli
from sourcelint.inputs import decode_bytes, iter_sources, read_jsonl

ARTICLE = "The council met on Tuesday.\n\nIt approved the new budget for the city.\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, ["check", "--jobs", "1", *args], input=input, catch_exceptions=False)


def jsonl_records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.split("\n") if line]


def sources(*paths: str, config: Config | None = None):
    return list(iter_sources(paths, config or Config()))


# -- decoding -----------------------------------------------------------------

def test_invalid_utf8_is_replaced_with_its_byte_offsets() -> None:
    text, errors = decode_bytes("Café ".encode() + b"\xff\xfe end")
    assert text == "Café \ufffd\ufffd end"
    assert errors == [(5, 6, 7), (6, 7, 8)]


def test_a_truncated_sequence_is_one_replacement() -> None:
    text, errors = decode_bytes(b"price \xe2\x82 rose")
    assert text == "price \ufffd rose" and errors == [(6, 6, 8)]


def test_many_invalid_bytes_decode_in_linear_time() -> None:
    # Each invalid byte used to copy the rest of the data: quadratic.
    data = b"ab\xff" * 300_000
    text, errors = decode_bytes(data)
    assert len(errors) == 1000  # recorded up to the cap, the rest still replaced
    assert text.count("\ufffd") == 300_000 and len(text) == 900_000


@pytest.mark.parametrize("bom, codec", [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                                        (b"\xfe\xff", "utf-16-be")])
def test_byte_order_marks_are_honoured(tmp_path, bom: bytes, codec: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bom + ARTICLE.encode(codec))
    (src,) = sources(str(path))
    assert src.error is None and src.document is not None
    assert src.document.text == ARTICLE


def test_invalid_utf8_file_is_linted_and_reported_with_byte_offsets(tmp_path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"The council met on Tuesday \xff and voted.\n")
    result = run("--format", "jsonl", "--exit-zero", str(path))
    (rec,) = jsonl_records(result.stdout)
    assert rec["status"] == "ok"
    linter = Linter()
    if "STR004" in {r.code for r in linter.rules}:
        (f,) = [f for f in rec["findings"] if f["code"] == "STR004"]
        assert "27" in f["message"]  # the byte offset of the invalid byte


# -- files --------------------------------------------------------------------

def test_binary_file_is_an_error_record(tmp_path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    (src,) = sources(str(path))
    assert src.input_error and "binary" in src.error


@pytest.mark.timeout(30)
def test_a_fifo_is_skipped_without_blocking(tmp_path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes to it: a plain open() would block forever
    (src,) = sources(str(fifo))
    assert src.input_error and "FIFO" in src.error
    (src,) = list(iter_sources([str(tmp_path)], Config()))  # also when met inside a folder
    assert src.input_error and "FIFO" in src.error


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_skipped() -> None:
    (src,) = sources("/dev/zero")
    assert src.input_error and "device" in src.error


def test_a_symlink_loop_is_an_error(tmp_path) -> None:
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    (src,) = sources(str(tmp_path / "a.txt"))
    assert src.input_error and "symbolic links" in src.error
    folder = sources(str(tmp_path))
    assert len(folder) == 2 and all(s.input_error for s in folder)


def test_an_unreadable_file_is_an_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    real_open = os.open

    def deny(p, *args, **kwargs):
        if os.fspath(p) == os.fspath(path):
            raise PermissionError(13, "Permission denied")
        return real_open(p, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    (src,) = sources(str(path))
    assert src.input_error and "Permission denied" in src.error


def _as_unprivileged(fn):
    """Run ``fn()`` where permissions really apply: in a child process that
    dropped root (chmod 000 means nothing to root, which CI runs as), or
    directly when not root. Returns what ``fn`` returned (via a pipe)."""
    if os.geteuid() != 0:
        return fn()
    import pickle

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no pytest machinery, just the call
        try:
            os.close(r)
            os.setgid(65534)
            os.setuid(65534)
            out = pickle.dumps(("ok", fn()))
        except BaseException as exc:  # report everything to the parent
            out = pickle.dumps(("error", repr(exc)))
        os.write(w, out)
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        status, value = pickle.loads(fh.read())
    os.waitpid(pid, 0)
    assert status == "ok", value
    return value


def test_an_unreadable_folder_is_reported_not_dropped() -> None:
    """os.walk hides listing errors unless asked: a folder the run cannot read
    must give an error record (exit 2), not vanish with its articles."""
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp())
    try:
        (root / "locked").mkdir()
        (root / "open").mkdir()
        for name in ("a.txt", "locked/b.txt", "open/c.txt"):
            (root / name).write_text(ARTICLE)
        os.chmod(root, 0o755)
        os.chmod(root / "open", 0o755)
        os.chmod(root / "open" / "c.txt", 0o644)
        os.chmod(root / "a.txt", 0o644)
        os.chmod(root / "locked", 0)

        def run():
            from sourcelint.config import find_config

            find_config(root / "locked")  # must not raise on an unreadable folder
            return [(s.id.replace(str(root), ""), s.error, s.input_error)
                    for s in iter_sources([str(root), str(root / "locked")], Config())]

        got = _as_unprivileged(run)
    finally:
        os.chmod(root / "locked", 0o755)
        shutil.rmtree(root)
    assert [g[0] for g in got] == ["/a.txt", "/locked", "/open/c.txt", "/locked"]
    assert [g[2] for g in got] == [False, True, False, True]
    assert "cannot list folder" in got[1][1]


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    (src,) = sources(str(path), config=Config(max_document_chars=100))
    assert src.input_error and "max-document-chars" in src.error


def test_a_file_just_over_the_character_limit_is_an_input_error_too(tmp_path) -> None:
    """Between the limit and the byte pre-check the outcome must be the same (exit 2)."""
    path = tmp_path / "a.txt"
    path.write_text("x" * 200)
    (src,) = sources(str(path), config=Config(max_document_chars=100))
    assert src.input_error and "over the limit of 100" in src.error


def test_every_input_is_processed_before_exit_2(tmp_path) -> None:
    (tmp_path / "good1.txt").write_text(ARTICLE)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_bytes(b"")
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "good2.txt").write_text(ARTICLE)
    paths = [str(tmp_path / n) for n in ("good1.txt", "missing.txt", "bin.txt", "empty.txt", "fifo.txt", "good2.txt")]
    result = CliRunner().invoke(cli, ["check", "--jobs", "1", "--format", "jsonl", *paths])
    assert result.exit_code == 2
    records = jsonl_records(result.stdout)
    assert [r["path"] for r in records] == paths
    assert [r["status"] for r in records] == ["ok", "error", "error", "error", "error", "ok"]
    for name, why in [("missing.txt", "no such file"), ("bin.txt", "binary"), ("empty.txt", "empty"),
                      ("fifo.txt", "FIFO")]:
        assert f"{name}: " in result.stderr and why in result.stderr


def test_an_undecodable_file_name_does_not_crash_the_output(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "in"), b"\xff\xfe.txt"), "wb") as fh:
        fh.write(ARTICLE.encode())
    out = tmp_path / "out.jsonl"
    result = run("--format", "jsonl", "--exit-zero", "-o", str(out), str(tmp_path / "in"))
    assert result.exit_code == 0
    (rec,) = jsonl_records(out.read_text(encoding="utf-8"))
    assert rec["status"] == "ok" and rec["path"].endswith("\udcff\udcfe.txt")


# -- JSONL records ----------------------------------------------------------------

class _Tracking(io.BytesIO):
    """Records the largest chunk a reader took at once."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line

    def __iter__(self):  # pragma: no cover - reading line by line unbounded is the bug
        raise AssertionError("JSONL must be read with a bounded readline")


def test_an_overlong_line_is_skipped_without_holding_it_in_memory() -> None:
    data = (json.dumps({"id": "a", "text": "x" * 5_000_000}) + "\n" + json.dumps({"id": "b", "text": "Fine."})
            + "\n" + "y" * 3_000_000).encode()
    stream = _Tracking(data)
    out = list(read_jsonl(stream, "s.jsonl", Config(max_line_bytes=10_000)))
    assert [(s.line, s.error is None) for s in out] == [(1, False), (2, True), (3, False)]
    assert "max-line-bytes" in out[0].error
    assert stream.largest <= 1 << 20  # never more than one bounded chunk at a time


@pytest.mark.parametrize("line, why", [
    ("{not json", "malformed JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": "Fine.", "meta": ' + "[" * 900 + "]" * 900 + "}", "more than 64 levels deep"),
    ('["a", "list"]', "JSON list, not an object"),
    ('"text"', "JSON str, not an object"),
    ('{"id": "x"}', "'text' is missing"),
    ('{"text": 42}', "int, not a string"),
    ('{"text": null}', "missing"),
    ('{"text": ["a"]}', "list, not a string"),
    ('{"text": NaN}', "NaN, not a string"),
])
def test_bad_records_become_error_records(line: str, why: str) -> None:
    data = (line + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n").encode()
    bad, good = list(read_jsonl(io.BytesIO(data), "s.jsonl", Config()))
    assert bad.document is None and why in bad.error and bad.line == 1
    assert good.document is not None and good.line == 2


def test_a_record_over_the_document_size_limit_is_an_error_with_the_reason(tmp_path) -> None:
    data = json.dumps({"id": "big", "text": "word " * 100}).encode() + b"\n"
    result = run("--format", "jsonl", "--exit-zero", "--stdin-filename", "in.jsonl", "-", input=data)
    (rec,) = jsonl_records(result.stdout)
    assert rec["status"] == "ok"  # default limit
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text("max-document-chars = 100\n")
    result = run("--format", "jsonl", "--exit-zero", "--config", str(cfg), "--stdin-filename", "in.jsonl", "-",
                 input=data)
    (rec,) = jsonl_records(result.stdout)
    assert rec["status"] == "error" and "max-document-chars" in rec["error"] and rec["id"] == "big"


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                           ("utf-16-be", b"\xfe\xff")])
def test_jsonl_with_a_byte_order_mark(encoding: str, bom: bytes) -> None:
    lines = "".join(json.dumps({"id": str(i), "text": f"Article {i} is fine."}) + "\n" for i in range(3))
    out = list(read_jsonl(io.BufferedReader(io.BytesIO(bom + lines.encode(encoding))), "s.jsonl", Config()))
    assert [s.id for s in out] == ["0", "1", "2"] and all(s.document for s in out)


def test_nan_and_lone_surrogates_give_strict_json_output() -> None:
    data = (json.dumps({"id": "a\ud800", "text": "Fine \udc00 text.", "score": 1.0})[:-1] + ', "x": NaN}\n').encode()
    result = run("--format", "jsonl", "--exit-zero", "--stdin-filename", "in.jsonl", "-", input=data)
    line = result.stdout.strip()
    (rec,) = [json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} in output"))]
    line.encode("utf-8")  # encodable: no lone surrogate left
    assert rec["status"] == "ok" and rec["id"] == "a\ufffd" and rec["metadata"]["x"] == "NaN"


def test_stdin_over_the_size_limit_is_refused() -> None:
    cfg = Config(max_document_chars=10)
    (src,) = list(iter_sources(["-"], cfg, stdin=io.BytesIO(b"x" * 1000)))
    assert src.input_error and "size limit" in src.error


def test_lint_many_never_raises_on_bad_items() -> None:
    items = ["Fine text.", {"text": 3}, {"id": "x"}, 42, None, Document("Doc.")]
    reports = list(Linter().lint_many(items))
    assert [r.status for r in reports] == ["ok", "error", "error", "error", "error", "ok"]



@pytest.mark.timeout(120)
def test_a_record_nested_almost_to_the_parser_limit_does_not_hang_workers(tmp_path) -> None:
    # 950 levels parse, but pickling them for a --jobs worker raised in a
    # feeder thread and the run waited forever.
    deep = '{"id": "deep", "text": "Fine.", "meta": ' + "[" * 950 + "]" * 950 + "}\n"
    src = tmp_path / "in.jsonl"
    src.write_text(deep + json.dumps({"id": "ok", "text": "Fine text."}) + "\n")
    result = CliRunner().invoke(cli, ["check", "--jobs", "2", "--format", "jsonl", "--exit-zero", str(src)])
    records = jsonl_records(result.stdout)
    assert [(r["line"], r["status"]) for r in records] == [(1, "error"), (2, "ok")]


def test_invalid_utf8_inside_a_jsonl_record_is_reported_with_file_byte_offsets() -> None:
    data = b'{"id":"a","text":"Fine."}\n{"id":"b","text":"Bad \xff byte and \xc3 two."}\n'
    srcs = list(read_jsonl(io.BytesIO(data), "x.jsonl", Config()))
    assert [s.id for s in srcs] == ["a", "b"]
    doc = srcs[1].document
    line_start = data.index(b"\n") + 1
    first_bad = data.index(b"\xff")
    assert doc.decode_errors == [(doc.text.index("\ufffd"), first_bad, first_bad + 1),
                                 (doc.text.rindex("\ufffd"), data.index(b"\xc3"), data.index(b"\xc3") + 1)]
    assert first_bad > line_start
    report = Linter(Config(select=("STR004",))).lint(doc)
    assert f"bytes {first_bad}-{first_bad + 1}" in report.findings[0].message


@pytest.mark.parametrize(("data", "why"), [(b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip stream truncated"),
                                         (b'{"id": "a", "text": "x\x00y"}\n', "not a JSONL text file")])
def test_a_truncated_compressed_or_binary_jsonl_file_is_one_input_error(tmp_path, data: bytes, why: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(data)
    (src,) = sources(str(path))
    assert src.input_error and why in src.error


def test_an_empty_jsonl_file_is_an_input_error(tmp_path) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text("\n\n")
    (src,) = sources(str(path))
    assert src.input_error and "empty" in src.error


def test_a_run_never_reads_its_own_output_file(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the second run finds the first run's out.jsonl in the folder
        result = CliRunner().invoke(cli, ["check", "--format", "jsonl", "-o", "out.jsonl", "."])
        assert result.exit_code == 0, result.output
        records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
        assert [r["path"] for r in records] == ["a.txt"]
