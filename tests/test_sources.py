"""Source attribution, the source model and ``sourcelint sources``."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES, native_corpus, sample_text
from sourcelint import Config, Linter
from sourcelint.cli import cli
from sourcelint.config import ConfigError, parse_config
from sourcelint.sources import ArticleRow, SourceSettings, score_sources, source_of, tally_rows, wilson

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))
from source_outlets import outlets  # noqa: E402


# -- which source -----------------------------------------------------------------------------
@pytest.mark.parametrize("metadata, path, expected", [
    ({"source": "Reuters"}, "feeds/x.txt", "Reuters"),
    ({"source": " ", "url": "https://www.example.com/a/b?c=1"}, None, "example.com"),
    ({"url": "http://news.example.org:8080/x"}, "a/b.txt", "news.example.org"),
    ({"url": "not a url"}, "outlets/daily/a.md", "outlets/daily"),
    ({}, "a.txt", "."),
    ({}, "crawl/dump.jsonl", None),   # a JSONL file is a container, not a source
    ({}, "-", None),
    ({"source": 17}, None, "17"),
])
def test_source_of(metadata, path, expected):
    assert source_of(metadata, path) == expected


def test_the_source_field_is_configurable():
    assert source_of({"outlet": "A", "source": "B"}, None, "outlet") == "A"
    config = parse_config({"source-field": "outlet"})
    report = Linter(config).lint_text("Some text here.", metadata={"outlet": "A", "source": "B"})
    assert report.source == "A" and report.to_dict()["source"] == "A"


def test_the_jsonl_record_carries_the_source(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"id": "1", "text": "A short note.", "url": "https://www.bbc.co.uk/news/1"}) + "\n"
                    + json.dumps({"id": "2", "text": "Another note.", "feed": "wire"}) + "\n")
    result = CliRunner().invoke(cli, ["check", "--format", "jsonl", "--source-field", "feed", str(data)])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"] for r in records] == ["bbc.co.uk", "wire"]
    assert [r["copy_of"] for r in records] == [None, None]


def test_a_file_s_source_is_its_folder():
    result = CliRunner().invoke(cli, ["check", "--format", "jsonl", str(SAMPLES)])
    assert {json.loads(line)["source"] for line in result.output.splitlines()} == {str(SAMPLES)}


@pytest.mark.parametrize("table, message", [
    ({"sources": {"min-articles": 0}}, "sources.min-articles"),
    ({"sources": {"reject-share": 2}}, "sources.reject-share"),
    ({"sources": {"nope": 1}}, "unknown key"),
    ({"sources": 3}, "expected a table"),
])
def test_bad_source_settings_name_the_key(table, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(table, source="x.toml")


# -- the model ----------------------------------------------------------------------------------
def test_wilson_interval():
    lo, hi = wilson(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-3)
    lo, hi = wilson(5, 10)
    assert (lo, hi) == (pytest.approx(0.2366, abs=1e-3), pytest.approx(0.7634, abs=1e-3))
    assert wilson(0, 0) == (0.0, 1.0)


def _rows(source: str, n: int, rejected: int = 0, review: int = 0) -> list[ArticleRow]:
    verdicts = ["reject"] * rejected + ["review"] * review + ["pass"] * (n - rejected - review)
    return [ArticleRow(source=source, id=str(i), score={"pass": 95.0, "review": 60.0, "reject": 20.0}[v], verdict=v)
            for i, v in enumerate(verdicts)]


def test_two_clean_articles_do_not_outrank_two_hundred():
    settings = SourceSettings()
    scores = score_sources(tally_rows(_rows("big", 200, rejected=4) + _rows("two", 2), settings), settings)
    assert [s.source for s in scores] == ["big", "two"]
    assert scores[0].verdict == "reliable" and scores[1].verdict == "not enough articles"


def test_verdicts_follow_the_thresholds():
    settings = SourceSettings(min_articles=5, reject_share=0.2, review_share=0.3)
    scores = {s.source: s for s in score_sources(tally_rows(
        _rows("ok", 40, review=2) + _rows("bad", 40, rejected=20) + _rows("meh", 40, review=20), settings), settings)}
    assert (scores["ok"].verdict, scores["bad"].verdict, scores["meh"].verdict) == ("reliable", "unreliable", "mixed")
    stricter = SourceSettings(review_share=0.05)
    assert score_sources(tally_rows(_rows("ok", 40, review=2), stricter), stricter)[0].verdict == "mixed"


def test_a_degraded_copy_counts_as_rejected():
    row = ArticleRow(source="farm", id="1", score=70.0, verdict="review", copy_of="o", original_score=99.0)
    faithful = ArticleRow(source="farm", id="2", score=98.0, verdict="pass", copy_of="o2", original_score=99.0)
    (score,) = score_sources(tally_rows([row, faithful], SourceSettings()))
    assert (score.rejected, score.review, score.copies, score.degraded_copies) == (1, 0, 2, 1)


# -- sourcelint sources ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def outlet_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("outlets") / "outlets.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in outlets(per_outlet=12)),
                    encoding="utf-8")
    return path


def test_sources_ranks_outlets_as_a_person_would(outlet_file):
    result = CliRunner().invoke(cli, ["sources", "--copies", "--format", "json", str(outlet_file)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["sources"]
    order = [s["source"] for s in figures]
    verdicts = {s["source"]: s["verdict"] for s in figures}
    # The clean outlet first, the one with page furniture next (fixable residue),
    # the outlets that paste twice or republish damaged copies last, and the
    # outlet with two articles set apart.
    assert order[:2] == ["clean.example", "scraped.example"]
    assert set(order[2:4]) == {"pasted.example", "mtfarm.example"}
    assert order[4] == "tiny.example"
    assert verdicts == {"clean.example": "reliable", "scraped.example": "mixed", "pasted.example": "unreliable",
                        "mtfarm.example": "unreliable", "tiny.example": "not enough articles"}
    farm = next(s for s in figures if s["source"] == "mtfarm.example")
    assert farm["copies"] == farm["degraded_copies"] == 12
    assert farm["families"][0]["family"] == "translation"
    pasted = next(s for s in figures if s["source"] == "pasted.example")
    assert pasted["families"][0]["family"] == "duplication"
    for s in figures:  # every share comes with its interval
        assert s["rejected_interval"][0] <= s["rejected_share"] <= s["rejected_interval"][1]


def test_sources_reads_check_records_and_gives_the_same_table(outlet_file, tmp_path):
    records = tmp_path / "records.jsonl"
    check = CliRunner().invoke(cli, ["check", "--copies", "--format", "jsonl", "-o", str(records), str(outlet_file)])
    assert check.exit_code == 1
    from_records = CliRunner().invoke(cli, ["sources", str(records)])
    by_linting = CliRunner().invoke(cli, ["sources", "--copies", str(outlet_file)])
    assert from_records.exit_code == 0 and from_records.output == by_linting.output
    assert "mtfarm.example" in from_records.output and "[" in from_records.output


def test_sources_csv(outlet_file):
    result = CliRunner().invoke(cli, ["sources", "--format", "csv", str(outlet_file)])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[0]["source"] == "clean.example" and float(rows[0]["rejected_high"]) < 0.3


def test_check_text_report_has_a_per_source_summary(outlet_file):
    result = CliRunner().invoke(cli, ["check", str(outlet_file)])
    tail = result.output[result.output.index("source  "):]
    assert "clean.example" in tail and "not enough articles" in tail
    single = CliRunner().invoke(cli, ["check", str(SAMPLES)])
    assert "rejected [95% CI]" not in single.output  # one source: no table


def test_sources_without_input_is_a_usage_error():
    assert CliRunner().invoke(cli, ["sources"]).exit_code == 2
    assert CliRunner().invoke(cli, ["sources", "--since", "2026-01-01", str(SAMPLES)]).exit_code == 2


def test_a_malformed_record_line_is_reported_and_the_rest_counted(outlet_file, tmp_path):
    records = tmp_path / "records.jsonl"
    CliRunner().invoke(cli, ["check", "--format", "jsonl", "-o", str(records), str(outlet_file)])
    lines = records.read_text().splitlines()
    records.write_text("\n".join(lines[:3] + ["{not json"] + lines[3:]) + "\n")
    result = CliRunner().invoke(cli, ["sources", "--format", "json", str(records)])
    assert result.exit_code == 2
    assert sum(s["articles"] for s in json.loads(result.stdout)["sources"]) == len(lines)
    assert ":4: not a sourcelint record" in result.stderr


def test_config_thresholds_reach_the_verdict(outlet_file, tmp_path):
    cfg = tmp_path / "sourcelint.toml"
    cfg.write_text("[sources]\nmin-articles = 20\n")
    result = CliRunner().invoke(cli, ["sources", "--config", str(cfg), "--format", "json", str(outlet_file)])
    assert {s["verdict"] for s in json.loads(result.output)["sources"]} == {"not enough articles"}


def test_config_without_the_table_uses_the_defaults():
    assert Config().sources == SourceSettings()


@pytest.mark.needs_corpus
def test_sources_ranks_outlets_built_from_the_shared_corpus(tmp_path):
    clean = [r["text"] for r in native_corpus()]
    path = tmp_path / "corpus-outlets.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                            for r in outlets(seed=1, per_outlet=20, articles=clean)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", "--copies", "--format", "json", str(path)])
    figures = json.loads(result.output)["sources"]
    order = [s["source"] for s in figures]
    assert order[0] == "clean.example" and order[1] == "scraped.example" and order[-1] == "tiny.example"
    verdicts = {s["source"]: s["verdict"] for s in figures}
    assert verdicts["clean.example"] == "reliable" and verdicts["mtfarm.example"] == "unreliable"
    assert verdicts["pasted.example"] == "unreliable" and verdicts["tiny.example"] == "not enough articles"
    farm = next(s for s in figures if s["source"] == "mtfarm.example")
    assert farm["degraded_copies"] >= 18


def test_the_html_report_has_a_sources_section_linking_each_source_to_its_articles(tmp_path):
    records = [{"id": f"a{i}", "source": "clean.example", "text": sample_text("000")} for i in range(3)]
    records += [{"id": f"b{i}", "source": "farm.example<script>", "text": sample_text("004")} for i in range(3)]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "report.html"
    CliRunner().invoke(cli, ["check", "--format", "html", "-o", str(out), str(path)])
    page = out.read_text(encoding="utf-8")
    section = page[page.index('<section class="sources"'):page.index("</section>", page.index('<section class="sources"'))]
    assert "clean.example" in section and "farm.example&lt;script&gt;" in section and "<script>" not in section
    rows = section.split("<tr>")[2:]
    assert rows[0].startswith("<td>clean.example</td>")  # best first
    # Every link points at an article of the page, of that source.
    for row in rows:
        for anchor in re.findall(r'href="#(doc-\d+)"', row):
            assert f'id="{anchor}"' in page
        assert len(re.findall(r'href="#doc-\d+"', row)) == 3
    assert section.count("<rect") == 2  # one bar per source


def test_a_report_of_one_source_has_no_sources_section(tmp_path):
    out = tmp_path / "report.html"
    CliRunner().invoke(cli, ["check", "--format", "html", "-o", str(out), str(SAMPLES)])
    assert '<section class="sources"' not in out.read_text(encoding="utf-8")
