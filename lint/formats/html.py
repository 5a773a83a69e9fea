"""Web pages: the text to lint is extracted first (``pip install 'sourcelint[html]'``).

``--html-extract main`` (the default) lints the main text as trafilatura
extracts it; ``full`` lints every visible text block of the page, navigation,
comments and footers included, so the residue rules can judge what an
extractor would have left in. Each block of the extracted text is one
paragraph (blocks are joined by a blank line); a finding's position is a
position in that text, which the record carries in
``metadata.extraction.text`` together with how it was extracted. The page's
title, author, date, site name and url are metadata.
"""

from __future__ import annotations

import re
from typing import IO, Any, Iterator

from ..config import Config
from . import MissingExtra, require

__all__ = ["extract", "source_from_html", "read_html_file", "visible_blocks"]

#: Elements whose start and end break the text into blocks.
_BLOCKS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot td th tr ul".split()
)
#: Elements whose text is never shown.
_HIDDEN = frozenset("script style noscript template head svg iframe object canvas select option".split())
_SPACE_RE = re.compile(r"\s+")
_META_FIELDS = (("title", "title"), ("author", "author"), ("date", "date"), ("sitename", "site"), ("url", "url"))


def visible_blocks(tree: Any) -> list[str]:
    """Every visible text block of a parsed page, in document order, white space collapsed."""
    from lxml import etree

    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACE_RE.sub(" ", "".join(current)).strip()
        current.clear()
        if text:
            blocks.append(text)

    hidden = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN:
                hidden += 1
            if hidden:
                continue
            if tag in _BLOCKS:
                flush()
            if tag and el.text:  # a comment or processing instruction has no tag name
                current.append(el.text)
        else:
            if tag in _HIDDEN:
                hidden -= 1
            if hidden:
                continue
            if tag in _BLOCKS:
                flush()
            if el.tail:
                current.append(el.tail)
    flush()
    return blocks


def _front_matter_cut(text: str) -> str:
    """trafilatura's text less the metadata header it puts first."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end >= 0:
            return text[end + 5:]
    return text


def extract(data: bytes | str, mode: str = "main", url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The text to lint of one page (blocks joined by a blank line; "" if none)
    and its metadata (title, author, date, site, url, and ``extraction``)."""
    trafilatura = require("trafilatura", "reading HTML pages")
    found = trafilatura.extract_with_metadata(data, url=url, output_format="txt", include_comments=False,
                                              include_tables=True, deduplicate=False)
    meta: dict[str, Any] = {}
    for attr, key in _META_FIELDS:
        value = getattr(found, attr, None) if found is not None else None
        if value:
            meta[key] = value
    if mode == "full":
        tree = trafilatura.utils.load_html(data)
        blocks = visible_blocks(tree) if tree is not None else []
    else:
        body = _front_matter_cut(found.text or "") if found is not None else ""
        blocks = [line.strip() for line in body.split("\n") if line.strip()]
    text = "\n\n".join(blocks)
    meta["extraction"] = {"extractor": "trafilatura", "version": trafilatura.__version__, "mode": mode,
                          "html_bytes": len(data), "blocks": len(blocks), "chars": len(text), "text": text}
    return text, meta


def source_from_html(data: bytes, display: str, config: Config, *, doc_id: str | None = None,
                     metadata: dict[str, Any] | None = None, url: str | None = None) -> Any:
    """The Source of one page: its extracted text, or an input error when
    there is none (a page of navigation only, an empty or broken page)."""
    from ..document import Document
    from ..inputs import Source

    rid = doc_id or display
    mode = config.html_extract
    try:
        text, meta = extract(data, mode, url)
    except MissingExtra:
        raise
    except Exception as exc:  # noqa: BLE001 - one unparsable page must not end an archive
        return Source(rid, display, error=f"HTML could not be parsed: {type(exc).__name__}: {exc}", input_error=True,
                      metadata=dict(metadata or {}), format="html")
    meta = {**meta, **(metadata or {})}
    if not text.strip():
        hint = "" if mode == "full" else "; --html-extract full lints every text block of the page"
        meta["extraction"] = {k: v for k, v in meta["extraction"].items() if k != "text"}
        return Source(rid, display, error=f"no {'main ' if mode == 'main' else ''}text found in the HTML{hint}",
                      input_error=True, metadata=meta, format="html")
    if len(text) > config.max_document_chars:
        return Source(rid, display, error=f"extracted text has {len(text):,} characters, over the limit of "
                      f"{config.max_document_chars:,} (max-document-chars)", input_error=True, format="html")
    # Read as a JSONL record's text is (Markdown), so a page and its JSONL
    # copy get the same findings.
    doc = Document(text, id=rid, path=display, metadata=meta, markdown=True)
    return Source(rid, display, document=doc, metadata=meta, format="html")


def read_html_file(fh: IO[bytes], display: str, config: Config) -> Iterator[Any]:
    """The one Source of an HTML file (read up to the document size limit)."""
    from ..inputs import Source

    require("trafilatura", "reading HTML pages")
    limit = config.max_document_chars * 4
    data = fh.read(limit + 1)
    if len(data) > limit:
        yield Source(display, display, error=f"file is over {limit:,} bytes, the document size limit "
                     f"({config.max_document_chars:,} characters, max-document-chars)", input_error=True)
        return
    yield source_from_html(data, display, config)
