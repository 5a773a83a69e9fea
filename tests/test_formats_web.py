"""HTML pages and WARC records: what is extracted, its metadata, the two
extraction modes, and documents that cannot be fixed in place."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from formats_data import ARTICLES, page, write_warc

from sourcelint import Config
from sourcelint.cli import cli
from sourcelint.formats.html import extract, visible_blocks
from sourcelint.inputs import iter_sources


def run(*args: str):
    return CliRunner().invoke(cli, ["check", "--jobs", "1", *args], catch_exceptions=False)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_a_page_is_linted_on_its_main_text_with_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_bytes(page(ARTICLES[0]))
    (rec,) = records(run("--format", "jsonl", "--exit-zero", str(path)).stdout)
    meta = rec["metadata"]
    assert meta["title"] == ARTICLES[0]["title"] and meta["author"] == "Jane Roe"
    assert meta["date"] == "2024-05-02" and meta["site"] == "Example News"
    extraction = meta["extraction"]
    assert extraction["extractor"] == "trafilatura" and extraction["mode"] == "main"
    assert extraction["text"] == ARTICLES[0]["text"] and extraction["blocks"] == 3
    text = extraction["text"]
    glued = next(f for f in rec["findings"] if f["code"] == "MT001")
    assert "BacheletThis" in text[glued["start"] - 12: glued["end"] + 12]
    assert "Skip to content" not in text and "newsletter" not in text


def test_full_extraction_keeps_navigation_and_footer_for_the_residue_rules(tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_bytes(page(ARTICLES[0]))
    (main,) = records(run("--format", "jsonl", "--exit-zero", str(path)).stdout)
    (full,) = records(run("--format", "jsonl", "--exit-zero", "--html-extract", "full", str(path)).stdout)
    text = full["metadata"]["extraction"]["text"]
    assert full["metadata"]["extraction"]["mode"] == "full"
    assert text.startswith("Home\n\nSkip to content\n\n") and text.endswith("Sign up for our newsletter")
    assert ARTICLES[0]["text"] in text
    furniture = [f for f in full["findings"] if f["code"] == "BLP001"]
    assert {text[f["start"]:f["end"]] for f in furniture} >= {"Skip to content", "Sign up for our newsletter"}
    assert not [f for f in main["findings"] if f["code"] == "BLP001"]


def test_visible_blocks_drop_scripts_and_split_at_blocks() -> None:
    from lxml import html

    tree = html.fromstring("<html><head><style>p{}</style></head><body><div>One <b>two</b><script>x()</script>"
                           " three<p>Four</p>five</div><!-- note --><ul><li>six</li><li>seven</li></ul></body></html>")
    assert visible_blocks(tree) == ["One two three", "Four", "five", "six", "seven"]


def test_html_extract_can_be_set_in_the_config(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(page(ARTICLES[1]))
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text('html-extract = "full"\n')
    (rec,) = records(run("--format", "jsonl", "--exit-zero", "--config", str(cfg), str(path)).stdout)
    assert rec["metadata"]["extraction"]["mode"] == "full"
    bad = tmp_path / "bad.toml"
    bad.write_text('html-extract = "everything"\n')
    result = run("--config", str(bad), str(path))
    assert result.exit_code == 2 and "html-extract" in result.stderr


def test_extract_gives_nothing_for_a_page_without_text() -> None:
    text, meta = extract(b"<html><body><script>app()</script></body></html>")
    assert text == "" and meta["extraction"]["chars"] == 0


def test_pages_are_not_fixed_in_place_but_diff_shows_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_bytes(page(ARTICLES[0]))
    before = path.read_bytes()
    result = run("--fix", "--format", "concise", str(path))
    assert path.read_bytes() == before
    assert "html inputs are not fixed in place; --diff shows the fixes" in result.stderr
    assert result.exit_code == 1  # error-level findings remain; nothing was refused as an input error
    diff = run("--diff", str(path))
    assert "-Michelle BacheletThis" in diff.stdout and "+Michelle Bachelet This" in diff.stdout


def test_warc_records_are_articles_with_url_and_crawl_date_and_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    result = run("--format", "jsonl", "--exit-zero", str(path))
    recs = records(result.stdout)
    assert [r["metadata"]["url"] for r in recs] == [f"https://news.example/{a['id']}" for a in ARTICLES]
    assert all(r["id"].startswith("urn:uuid:") and r["metadata"]["crawl_date"].endswith("Z") for r in recs)
    assert ("sourcelint: " + str(path) + ": 3 HTML page(s) read; 4 other record(s) skipped "
            "(3 request, 1 response image/png)") in result.stderr.splitlines()


def test_warc_sources_keep_their_ids_for_resume(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gzipped=False)
    first = [s.id for s in iter_sources([str(path)], Config())]
    assert first == [s.id for s in iter_sources([str(path)], Config())] and len(set(first)) == 3
