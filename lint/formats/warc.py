"""WARC archives (``.warc``, ``.warc.gz``; ``pip install 'sourcelint[warc]'``).

Each HTML response (or resource) record is one article: its page text is
extracted as for an HTML file, with the record's target URI as ``url`` and
its date as ``crawl_date``; its id is the WARC record id. Other records
(requests, metadata, images...) are counted and skipped, with one summary
line on stderr. A record whose header cannot be parsed is an input error,
and reading goes on from the next record that can be found.
"""

from __future__ import annotations

from collections import Counter
from typing import IO, Any, Callable, Iterator

from ..config import Config
from . import require

__all__ = ["read_warc", "HTML_TYPES"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
_SCAN = 1 << 16


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").split(";")[0].strip().lower()


def _next_record(fh: IO[bytes], start: int, gzipped: bool) -> int | None:
    """Where the next record (or gzip member) begins at or after ``start``, or None."""
    marker = b"\x1f\x8b\x08" if gzipped else b"\nWARC/1."
    skip = 0 if gzipped else 1  # the record starts after the newline
    pos = start
    tail = b""
    while True:
        fh.seek(pos)
        block = fh.read(_SCAN)
        if not block:
            return None
        data = tail + block
        hit = data.find(marker)
        if hit >= 0:
            return pos - len(tail) + hit + skip
        tail = data[-(len(marker) - 1):]
        pos += len(block)


def _page(record: Any, display: str, config: Config) -> Any:
    """The Source of one HTML record."""
    from ..inputs import Source
    from .html import source_from_html

    headers = record.rec_headers
    rid = (headers.get_header("WARC-Record-ID") or "").strip("<>") or display
    url = headers.get_header("WARC-Target-URI")
    meta = {k: v for k, v in (("url", url), ("crawl_date", headers.get_header("WARC-Date")),
                              ("warc_file", display)) if v}
    limit = config.max_document_chars * 4
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return Source(rid, display, error=f"page is over {limit:,} bytes, the document size limit "
                      "(max-document-chars)", input_error=True, metadata=meta, format="html")
    return source_from_html(data, display, config, doc_id=rid, metadata=meta, url=url)


def _skip_label(rec_type: str | None, kind: str) -> str:
    """How a skipped record is counted: its type, and for a response its content type."""
    if rec_type in ("response", "resource"):
        return f"{rec_type} {kind or 'without a content type'}"
    return rec_type or "record without a WARC-Type"


def _summary(display: str, pages: int, skipped: Counter) -> str:
    kinds = ", ".join(f"{n:,} {kind}" for kind, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    rest = f"; {sum(skipped.values()):,} other record(s) skipped ({kinds})" if skipped else ""
    return f"{display}: {pages:,} HTML page(s) read{rest}"


def read_warc(fh: IO[bytes], display: str, config: Config, notify: Callable[[str], None],
              method: str | None) -> Iterator[Any]:
    """One Source per HTML record of a WARC file, then a summary via ``notify``."""
    from ..inputs import Source
    from .compressed import STREAM_ERRORS, open_reader

    require("warcio", "reading WARC archives")
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    # warcio reads gzip members itself; other compressions are undone here,
    # and then a damaged record cannot be skipped (the stream cannot seek).
    stream = fh if method in (None, "gzip") else open_reader(fh, method)
    seekable = stream is fh and fh.seekable()
    pages = 0
    skipped: Counter = Counter()
    base = 0
    while True:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                kind = _content_type(record)
                if record.rec_type in ("response", "resource") and kind in HTML_TYPES:
                    pages += 1
                    yield _page(record, display, config)
                else:
                    skipped[_skip_label(record.rec_type, kind)] += 1
            break
        except (ArchiveLoadFailed, ValueError, *STREAM_ERRORS) as exc:
            at = base + (records.offset or 0)
            yield Source(f"{display}@{at}", display, error=f"WARC record at byte {at:,} cannot be read "
                         f"({str(exc).strip()[:200]}); it is skipped", input_error=True, format="warc")
            nxt = _next_record(fh, at + 1, method == "gzip") if seekable else None
            if nxt is None:
                break
            base = nxt
            fh.seek(nxt)
    notify(_summary(display, pages, skipped))
