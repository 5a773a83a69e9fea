"""Parquet and Arrow IPC in (one row per article) and out (--format parquet),
datatrove's ParquetReader feeding the filter, and the message naming the
extra when a reader is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from formats_data import ARTICLES, page, write_jsonl, write_parquet

import sourcelint.formats as formats
from sourcelint import Config, Linter
from sourcelint.cli import cli
from sourcelint.inputs import iter_sources


def run(*args: str):
    return CliRunner().invoke(cli, ["check", "--jobs", "1", *args], catch_exceptions=False)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_parquet_output_has_one_row_per_article_and_findings_as_a_list(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "records.parquet"
    result = run("--format", "parquet", "-o", str(out), "--exit-zero", str(src))
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(out)
    assert table.schema.field("findings").type.value_type.field("code").type == pa.string()
    rows = table.to_pylist()
    expected = records(run("--format", "jsonl", "--exit-zero", str(src)).stdout)
    assert [r["id"] for r in rows] == [r["id"] for r in expected]
    for row, rec in zip(rows, expected):
        assert row["score"] == rec["score"] and row["verdict"] == rec["verdict"]
        assert [(f["code"], f["start"], f["end"], f["message"]) for f in row["findings"]] == [
            (f["code"], f["start"], f["end"], f["message"]) for f in rec["findings"]]
        assert dict(row["families"]) == rec["families"]
        assert json.loads(row["metadata"]) == rec["metadata"]
    # A pipeline can query it: the articles with a glued-word finding.
    import pyarrow.compute as pc

    codes = pc.struct_field(pc.list_flatten(table["findings"]), "code")
    assert pc.count(pc.filter(codes, pc.equal(codes, "MT001"))).as_py() == 1


def test_parquet_output_writes_row_groups_as_it_goes(tmp_path: Path) -> None:
    from sourcelint.reporters import parquet as reporter

    many = [{**a, "id": f"{a['id']}-{i}"} for i in range(5) for a in ARTICLES]
    src = write_jsonl(tmp_path / "in.jsonl", many)
    out = tmp_path / "records.parquet"
    old, reporter.GROUP_ROWS = reporter.GROUP_ROWS, 4
    try:
        run("--format", "parquet", "-o", str(out), "--exit-zero", str(src))
    finally:
        reporter.GROUP_ROWS = old
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 15 and meta.num_row_groups == 4


def test_text_and_id_fields_name_the_columns(tmp_path: Path) -> None:
    rows = [{"doc": a["id"], "body": a["text"], "n": i, "when": pa.scalar(1700000000, pa.timestamp("s")).as_py()}
            for i, a in enumerate(ARTICLES)]
    path = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    recs = records(run("--format", "jsonl", "--exit-zero", "--text-field", "body", "--id-field", "doc",
                       str(path)).stdout)
    assert [r["id"] for r in recs] == [a["id"] for a in ARTICLES]
    assert recs[1]["metadata"] == {"n": 1, "when": "2023-11-14T22:13:20"}
    result = run("--format", "jsonl", str(path))
    assert result.exit_code == 2 and "no column 'text' (columns: doc, body, n, when)" in result.stderr


def test_a_null_text_is_an_error_record_in_its_place(tmp_path: Path) -> None:
    rows = [dict(ARTICLES[0]), {"id": "empty", "title": "x", "text": None}, dict(ARTICLES[2])]
    path = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    recs = records(run("--format", "jsonl", "--exit-zero", str(path)).stdout)
    assert [r["status"] for r in recs] == ["ok", "error", "ok"]
    assert recs[1]["id"] == "empty" and "row 2: column 'text' is null" in recs[1]["error"]


@pytest.mark.parametrize("kind", ["file", "stream"])
def test_arrow_ipc_files_and_streams(tmp_path: Path, kind: str) -> None:
    table = pa.Table.from_pylist(ARTICLES)
    path = tmp_path / ("a.arrow" if kind == "file" else "a.arrows")
    opener = pa.ipc.new_file if kind == "file" else pa.ipc.new_stream
    with opener(str(path), table.schema) as writer:
        for batch in table.to_batches(max_chunksize=1):
            writer.write_batch(batch)
    found = list(iter_sources([str(path)], Config()))
    assert [s.document.text for s in found] == [a["text"] for a in ARTICLES]
    assert all(s.format == "arrow" for s in found)


def test_datatrove_parquet_reader_feeds_the_filter(tmp_path: Path) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import ParquetReader
    from datatrove.pipeline.writers import JsonlWriter

    from sourcelint.integrations.datatrove import SourcelintFilter

    src = tmp_path / "in"
    src.mkdir()
    write_parquet(src / "part.parquet")
    LocalPipelineExecutor(
        pipeline=[ParquetReader(str(src)), SourcelintFilter(min_score=0),
                  JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()
    out = [json.loads(line) for p in sorted((tmp_path / "out").glob("*.jsonl"))
           for line in p.read_text(encoding="utf-8").splitlines()]
    cli_scores = {r["id"]: r["score"] for r in records(run("--format", "jsonl", "--exit-zero",
                                                           str(src / "part.parquet")).stdout)}
    assert {r["id"]: r["metadata"]["sourcelint_score"] for r in out} == cli_scores
    assert out[0]["metadata"]["title"] == ARTICLES[0]["title"]
    assert cli_scores["library"] == Linter().lint_text(ARTICLES[2]["text"]).score


# -- missing extras ---------------------------------------------------------------------

@pytest.fixture
def without(monkeypatch):
    """Make importing the named modules fail, as when their extra is not installed."""
    def hide(*modules: str) -> None:
        real = formats.importlib.import_module

        def fake(name: str, *a):
            if name.split(".")[0] in modules:
                raise ImportError(f"No module named {name!r}")
            return real(name, *a)

        monkeypatch.setattr(formats.importlib, "import_module", fake)
        monkeypatch.setattr(formats, "_available", lambda m: m not in modules)
    return hide


def test_a_missing_reader_names_its_extra_and_the_rest_is_linted(tmp_path: Path, without) -> None:
    without("pyarrow", "trafilatura")
    table = write_parquet(tmp_path / "a.parquet")
    html = tmp_path / "p.html"
    html.write_bytes(page(ARTICLES[0]))
    good = write_jsonl(tmp_path / "good.jsonl")
    result = run("--format", "jsonl", "--exit-zero", str(table), str(html), str(good))
    assert result.exit_code == 2
    assert "reading Parquet needs the 'parquet' extra (pyarrow is not installed): " \
           "pip install 'sourcelint[parquet]'" in result.stderr
    assert "pip install 'sourcelint[html]'" in result.stderr
    assert [r["status"] for r in records(result.stdout)] == ["error", "error", "ok", "ok", "ok"]


def test_a_folder_walk_leaves_out_files_whose_extra_is_missing_and_says_so(tmp_path: Path, without) -> None:
    without("warcio")
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    write_jsonl(tmp_path / "a.jsonl")
    result = run("--format", "jsonl", "--exit-zero", str(tmp_path))
    assert result.exit_code == 0 and len(records(result.stdout)) == 3
    assert "sourcelint: skipped 1 file(s) in the folders walked (1 .warc.gz: needs the 'warc' extra)" \
        in result.stderr.splitlines()


def test_parquet_output_without_pyarrow_is_a_usage_error_before_writing(tmp_path: Path, without) -> None:
    without("pyarrow")
    out = tmp_path / "r.parquet"
    result = run("--format", "parquet", "-o", str(out), str(write_jsonl(tmp_path / "a.jsonl")))
    assert result.exit_code == 2 and "pip install 'sourcelint[parquet]'" in result.stderr
    assert not out.exists()


def test_table_rows_are_not_fixed_in_place_and_the_diff_names_the_row(tmp_path: Path) -> None:
    path = write_parquet(tmp_path / "a.parquet")
    before = path.read_bytes()
    result = run("--fix", "--format", "concise", str(path))
    assert path.read_bytes() == before and result.exit_code == 1
    assert f"{path}: parquet inputs are not fixed in place; --diff shows the fixes" in result.stderr
    diff = run("--diff", str(path)).stdout
    assert f"--- {path}:harbour\n" in diff and "+Michelle Bachelet This" in diff


def test_parquet_output_goes_to_a_pipe(tmp_path: Path) -> None:
    import io

    result = run("--format", "parquet", "--exit-zero", str(write_jsonl(tmp_path / "a.jsonl")))
    table = pq.read_table(io.BytesIO(result.stdout_bytes))
    assert table.column("id").to_pylist() == [a["id"] for a in ARTICLES]


def test_a_reader_that_fails_unexpectedly_ends_its_file_not_the_run(tmp_path: Path, monkeypatch) -> None:
    from sourcelint.formats import table

    def broken(*args):
        yield from ()
        raise RuntimeError("decoder bug")

    monkeypatch.setattr(table, "read_table", broken)
    result = run("--format", "jsonl", "--exit-zero", str(write_parquet(tmp_path / "a.parquet")),
                 str(write_jsonl(tmp_path / "b.jsonl")))
    assert result.exit_code == 2
    recs = records(result.stdout)
    assert "cannot read this parquet file: RuntimeError: decoder bug" in recs[0]["error"]
    assert [r["status"] for r in recs[1:]] == ["ok"] * 3
