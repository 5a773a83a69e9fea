"""Pre-ingest inputs: the same articles as JSONL, compressed JSONL, Parquet,
Arrow and HTML pages in a WARC give the same findings on the same text; bad
input in each format is an error record and exit 2, with every other
article still linted."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner
from formats_data import ARTICLES, COMPRESSORS, jsonl_bytes, url_of, write_jsonl, write_parquet, write_warc

from sourcelint import Config
from sourcelint.cli import cli
from sourcelint.formats.compressed import sniff
from sourcelint.inputs import iter_sources


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, ["check", *args], input=input, catch_exceptions=False)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def findings_by_text(recs: list[dict], text_of) -> dict[str, list[tuple]]:
    """Each ok record's findings (code, span, message), keyed by the text they were found on."""
    return {text_of(r): [(f["code"], f["start"], f["end"], f["message"]) for f in r["findings"]]
            for r in recs if r["status"] == "ok"}


def _formats(tmp_path: Path) -> dict[str, Path]:
    files = {"jsonl": write_jsonl(tmp_path / "a.jsonl")}
    for ext in COMPRESSORS:
        files[ext] = write_jsonl(tmp_path / f"a.jsonl.{ext}", compression=ext)
    files["parquet"] = write_parquet(tmp_path / "a.parquet", row_group_size=2)
    table = pa.Table.from_pylist(ARTICLES)
    with pa.ipc.new_file(str(tmp_path / "a.arrow"), table.schema) as w:
        w.write_table(table)
    files["arrow"] = tmp_path / "a.arrow"
    write_warc(tmp_path / "a.warc.gz")
    files["warc.gz"] = tmp_path / "a.warc.gz"
    write_warc(tmp_path / "a.warc", gzipped=False)
    files["warc"] = tmp_path / "a.warc"
    return files


def test_every_format_gives_the_same_findings_on_the_same_text(tmp_path: Path) -> None:
    files = _formats(tmp_path)
    texts = {a["id"]: a["text"] for a in ARTICLES}
    expected = None
    for name, path in files.items():
        result = run("--format", "jsonl", "--exit-zero", "--jobs", "1", str(path))
        assert result.exit_code == 0, (name, result.stderr)
        recs = records(result.stdout)
        assert len(recs) == len(ARTICLES) and all(r["status"] == "ok" for r in recs), name
        if name.startswith("warc"):
            # The page's text as extracted is the article's text, and the record says so.
            for r, a in zip(recs, ARTICLES):
                assert r["metadata"]["extraction"]["text"] == a["text"]
                assert r["metadata"]["url"] == url_of(a) and r["metadata"]["title"] == a["title"]
                assert r["metadata"]["crawl_date"]
            got = findings_by_text(recs, lambda r: r["metadata"]["extraction"]["text"])
        else:
            assert [r["id"] for r in recs] == [a["id"] for a in ARTICLES], name
            assert all(r["metadata"]["title"] == a["title"] for r, a in zip(recs, ARTICLES))
            got = findings_by_text(recs, lambda r: texts[r["id"]])
        if expected is None:
            expected = got
            codes = {f[0] for fs in got.values() for f in fs}
            assert {"MT001", "MT002", "DUP001", "MT005"} <= codes
            assert got[texts["library"]] == []
        assert got == expected, name


@pytest.mark.parametrize("ext", list(COMPRESSORS))
def test_compression_is_found_by_magic_bytes_whatever_the_name(tmp_path: Path, ext: str) -> None:
    path = write_jsonl(tmp_path / "plainly-named.jsonl", compression=ext)
    assert sniff(path.read_bytes()[:16]) is not None
    found = list(iter_sources([str(path)], Config()))
    assert [s.id for s in found] == [a["id"] for a in ARTICLES]
    assert [s.document.text for s in found] == [a["text"] for a in ARTICLES]


def test_compressed_jsonl_on_stdin(tmp_path: Path) -> None:
    data = COMPRESSORS["zst"](jsonl_bytes())
    result = run("--format", "jsonl", "--exit-zero", "--stdin-filename", "in.jsonl.zst", "-", input=data)
    assert [r["id"] for r in records(result.stdout)] == [a["id"] for a in ARTICLES]


def test_resume_continues_a_compressed_run(tmp_path: Path) -> None:
    many = [{**a, "id": f"{a['id']}-{i}"} for i in range(4) for a in ARTICLES]
    src = write_jsonl(tmp_path / "many.jsonl.zst", many, compression="zst")
    full = tmp_path / "full.jsonl"
    run("--format", "jsonl", "--exit-zero", "--jobs", "1", "-o", str(full), str(src))
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_text("".join(lines[:5]) + lines[5][:40], encoding="utf-8")  # killed mid-record
    result = run("--format", "jsonl", "--exit-zero", "--jobs", "1", "--resume", "-o", str(part), str(src))
    assert result.exit_code == 0, result.stderr
    assert [r["id"] for r in records(part.read_text())] == [r["id"] for r in records(full.read_text())]
    assert records(part.read_text())[7]["findings"] == records(full.read_text())[7]["findings"]


def test_jobs_lint_a_compressed_stream_in_worker_processes(tmp_path: Path) -> None:
    many = [{**a, "id": f"{a['id']}-{i}"} for i in range(10) for a in ARTICLES]
    src = write_jsonl(tmp_path / "many.jsonl.gz", many, compression="gz")
    one = records(run("--format", "jsonl", "--exit-zero", "--jobs", "1", str(src)).stdout)
    two = records(run("--format", "jsonl", "--exit-zero", "--jobs", "2", str(src)).stdout)
    assert len(one) == 30 and [(r["id"], r["findings"]) for r in one] == [(r["id"], r["findings"]) for r in two]


@pytest.mark.parametrize("ext", ["gz", "zst", "bz2", "xz"])
def test_fix_output_has_the_compression_of_the_input(tmp_path: Path, ext: str) -> None:
    src = write_jsonl(tmp_path / f"in.jsonl.{ext}", compression=ext)
    out = tmp_path / "fixed.out"
    result = run("--fix", "--fix-output", str(out), "--exit-zero", "--jobs", "1", "--format", "concise", str(src))
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert sniff(data[:16]) == {"gz": "gzip", "zst": "zstd", "bz2": "bz2", "xz": "xz"}[ext]
    fixed = [json.loads(line) for line in _decompress(out).splitlines()]
    assert [r["id"] for r in fixed] == [a["id"] for a in ARTICLES]
    assert "Bachelet This" in fixed[0]["text"] and " . " not in fixed[0]["text"]
    assert fixed[2]["text"] == ARTICLES[2]["text"] and fixed[1]["title"] == ARTICLES[1]["title"]
    # The fixed file is linted again as it is, compressed.
    again = records(run("--format", "jsonl", "--exit-zero", "--stdin-filename", f"x.jsonl.{ext}", "-",
                        input=data).stdout)
    assert not {"MT001", "DUP001"} & {f["code"] for f in again[0]["findings"]}


def test_fix_output_named_gz_is_gzip_for_a_plain_input(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "fixed.jsonl.gz"
    run("--fix", "--fix-output", str(out), "--exit-zero", "--jobs", "1", str(src))
    assert len(gzip.decompress(out.read_bytes()).splitlines()) == len(ARTICLES)


def _decompress(path: Path) -> str:
    from sourcelint.formats.compressed import open_reader

    with path.open("rb") as fh:
        return open_reader(fh, sniff(fh.peek(16)[:16])).read().decode("utf-8")


# -- bad input in each format ---------------------------------------------------------

def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    bad: dict[str, tuple[Path, str]] = {}
    many = [{**a, "id": f"{a['id']}-{i}"} for i in range(300) for a in ARTICLES]
    for ext, method in (("gz", "gzip"), ("zst", "zstd"), ("bz2", "bz2"), ("xz", "xz")):
        raw = jsonl_bytes(many)
        # bzip2 decodes whole blocks: small ones, so that some come before the cut.
        data = bz2.compress(raw, 1) if ext == "bz2" else COMPRESSORS[ext](raw)
        path = tmp_path / f"truncated.jsonl.{ext}"
        path.write_bytes(data[: len(data) * 2 // 3])
        bad[ext] = (path, f"{method} stream truncated")
    pq_path = write_parquet(tmp_path / "corrupt.parquet")
    raw = pq_path.read_bytes()
    pq_path.write_bytes(raw[:-12] + b"\x00" * 8 + raw[-4:])  # footer length and magic damaged
    bad["parquet"] = (pq_path, "not a readable Parquet file")
    warc = tmp_path / "broken.warc.gz"
    offsets = write_warc(warc, extra_records=False)
    member = gzip.decompress(warc.read_bytes()[offsets[1]:offsets[2]]).replace(b"WARC/1.", b"WARX/1.", 1)
    data = warc.read_bytes()
    warc.write_bytes(data[:offsets[1]] + gzip.compress(member) + data[offsets[2]:])
    bad["warc.gz"] = (warc, "WARC record at byte")
    plain = tmp_path / "broken.warc"
    offsets = write_warc(plain, gzipped=False, extra_records=False)
    data = plain.read_bytes()
    plain.write_bytes(data[:offsets[1]] + data[offsets[1]:].replace(b"WARC-Type: response", b"WARC-Type response", 1)
                      .replace(b"WARC/1.", b"WARX/1.", 1))
    bad["warc"] = (plain, "WARC record at byte")
    html = tmp_path / "empty.html"
    html.write_bytes(b"<!doctype html><html><head><title>Nothing</title><script>var x = 1;</script></head>"
                     b"<body><script>render()</script></body></html>")
    bad["html"] = (html, "no main text found in the HTML")
    return bad


def test_bad_input_in_each_format_is_an_error_and_exit_2_and_the_rest_is_linted(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl")
    for name, (path, why) in _bad_inputs(tmp_path).items():
        result = run("--format", "jsonl", "--exit-zero", "--jobs", "1", str(path), str(good))
        assert result.exit_code == 2, name
        recs = records(result.stdout)
        errors = [r for r in recs if r["status"] == "error"]
        assert len(errors) == 1 and why in errors[0]["error"], (name, errors)
        assert why in result.stderr, name
        # Everything readable was linted: the good file, and what came before (or after) the damage.
        assert [r["id"] for r in recs[-3:]] == [a["id"] for a in ARTICLES], name
        before = [r for r in recs[:-3] if r["status"] == "ok"]
        if name in ("gz", "zst", "bz2", "xz"):
            assert len(before) > 100, name
        elif name.startswith("warc"):
            assert [r["metadata"]["url"] for r in before] == [url_of(ARTICLES[0]), url_of(ARTICLES[2])], name


def test_a_folder_walk_says_once_what_it_left_out(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write_jsonl(tmp_path / "a.jsonl.gz", compression="gz")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    (tmp_path / "sub" / "more.csv").write_text("a,b\n")
    (tmp_path / "sub" / "logo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "sub" / "README").write_text("read me")
    result = run("--format", "jsonl", "--exit-zero", "--jobs", "1", str(tmp_path))
    assert len(records(result.stdout)) == len(ARTICLES)
    notes = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert notes == ["sourcelint: skipped 4 file(s) in the folders walked (2 .csv: not in include, "
                     "1 .png: not in include, 1 no extension: not in include)"]
