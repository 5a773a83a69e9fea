"""Articles and the files the format tests make of them (JSONL, compressed
JSONL, Parquet, Arrow, HTML pages, WARC archives)."""

from __future__ import annotations

import bz2
import gzip
import html
import io
import json
import lzma
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: Three articles with artefacts the rules find (glued words, a doubled full
#: stop, a repeated paragraph, two speech tags) and one clean one.
ARTICLES = [
    {"id": "harbour", "title": "Harbour reopens after repairs", "text": (
        "The harbour reopened on Monday after three weeks of repairs, the port authority said in a statement "
        "issued in the morning.\n\n"
        "Michelle BacheletThis visit was the first by a United Nations rights chief in seventeen years. . She met "
        "officials in the capital and toured two detention centres in the north of the country.\n\n"
        "The harbour reopened on Monday after three weeks of repairs, the port authority said in a statement "
        "issued in the morning.")},
    {"id": "bridge", "title": "Bridge to open next spring", "text": (
        "Officials said the new bridge across the river would open to traffic next spring, two years later "
        "than first planned.\n\n"
        "\"We are confident the work will be finished on time,\" he said. she declared. The project has cost "
        "forty million euros so far, according to the regional budget office.")},
    {"id": "library", "title": "Library extends its opening hours", "text": (
        "The city library will stay open until nine in the evening from next month, the council announced on "
        "Tuesday.\n\n"
        "The longer hours follow a survey in which most readers asked for evening access, the head librarian "
        "said. The change will be reviewed at the end of the year.")},
]


def jsonl_bytes(articles: list[dict[str, Any]] = ARTICLES) -> bytes:
    return "".join(json.dumps(a) + "\n" for a in articles).encode("utf-8")


COMPRESSORS = {
    "gz": lambda b: gzip.compress(b, mtime=0),
    "zst": lambda b: zstandard.ZstdCompressor().compress(b),
    "bz2": bz2.compress,
    "xz": lzma.compress,
}


def write_jsonl(path: Path, articles: list[dict[str, Any]] = ARTICLES, compression: str | None = None) -> Path:
    data = jsonl_bytes(articles)
    path.write_bytes(COMPRESSORS[compression](data) if compression else data)
    return path


def write_parquet(path: Path, articles: list[dict[str, Any]] = ARTICLES, row_group_size: int | None = None) -> Path:
    pq.write_table(pa.Table.from_pylist(articles), path, row_group_size=row_group_size)
    return path


def page(article: dict[str, Any], nav: bool = True) -> bytes:
    """A news page holding the article: navigation, the text in <article>, a footer."""
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in article["text"].split("\n\n"))
    furniture = ("<header><nav><ul><li><a href='/'>Home</a></li><li><a href='#main'>Skip to content</a></li>"
                 "</ul></nav></header>") if nav else ""
    footer = "<footer><p>Sign up for our newsletter</p></footer>" if nav else ""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(article['title'])}"
            f"</title><meta name='author' content='Jane Roe'><meta property='og:site_name' content='Example News'>"
            f"<meta property='article:published_time' content='2024-05-02'></head><body>{furniture}"
            f"<main><article>{paras}</article></main>{footer}</body></html>").encode("utf-8")


def url_of(article: dict[str, Any]) -> str:
    return f"https://news.example/{article['id']}"


def write_warc(path: Path, articles: list[dict[str, Any]] = ARTICLES, gzipped: bool = True,
               extra_records: bool = True) -> list[int]:
    """A WARC of one HTML response per article (plus a request each and an
    image); returns the byte offset of each article's response record."""
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for article in articles:
            body = page(article)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            offsets.append(fh.tell())
            writer.write_record(writer.create_warc_record(url_of(article), "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=headers))
            if extra_records:
                request = b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"
                writer.write_record(writer.create_warc_record(url_of(article), "request",
                                                              payload=io.BytesIO(request), length=len(request)))
        if extra_records:
            png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://news.example/logo.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG\r\n"), length=6,
                                                          http_headers=png))
    return offsets
