"""Parquet and Arrow IPC tables, read a batch at a time (``pip install 'sourcelint[parquet]'``).

One row is one article: ``--text-field`` names the text column and
``--id-field`` the id column (default ``text`` and ``id``, as for JSONL);
every other column passes through as metadata. A Parquet file is read row
group by row group, so memory stays bounded by the largest row group, not
the file.
"""

from __future__ import annotations

import base64
import datetime
import decimal
from typing import IO, Any, Iterator

from ..config import Config
from . import require

__all__ = ["read_table", "BATCH_ROWS"]

#: Rows converted to Python at a time.
BATCH_ROWS = 1024
_NAMES = {"parquet": "Parquet", "arrow": "Arrow IPC"}


def _batches(pa: Any, fh: IO[bytes], kind: str) -> tuple[Iterator[Any], list[str]]:
    """The record batches of a table and its column names."""
    if kind == "parquet":
        pq = require("pyarrow.parquet", "reading Parquet")
        # pre_buffer off: reading ahead holds whole column chunks of a row
        # group at once, which raises the peak for no gain on a local file.
        pf = pq.ParquetFile(fh, pre_buffer=False)
        return pf.iter_batches(batch_size=BATCH_ROWS), list(pf.schema_arrow.names)
    head = fh.peek(6)[:6] if hasattr(fh, "peek") else b""
    if head.startswith(b"ARROW1"):
        reader = pa.ipc.open_file(fh)
        return (reader.get_batch(i) for i in range(reader.num_record_batches)), list(reader.schema.names)
    stream = pa.ipc.open_stream(fh)
    return iter(stream), list(stream.schema.names)


def plain(value: Any) -> Any:
    """A column value as JSON-ready data (dates as ISO strings, bytes as base64)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        # A map column comes as a list of (key, value) pairs.
        return [plain(v) for v in value]
    return str(value)


def _row_source(row: dict[str, Any], n: int, display: str, config: Config, kind: str) -> Any:
    from ..document import Document
    from ..inputs import Source

    rid = row.get(config.id_field)
    rid = f"{display}:{n}" if rid is None else str(rid)
    text = row.get(config.text_field)
    meta = {k: plain(v) for k, v in row.items() if k not in (config.text_field, config.id_field)}
    if not isinstance(text, str):
        why = "null" if text is None else f"a {type(text).__name__}, not a string"
        return Source(rid, display, error=f"row {n}: column {config.text_field!r} is {why}", metadata=meta,
                      format=kind)
    if len(text) > config.max_document_chars:
        return Source(rid, display, error=f"row {n}: document has {len(text):,} characters, over the limit of "
                      f"{config.max_document_chars:,} (max-document-chars)", metadata=meta, format=kind)
    # As for a JSONL record: Markdown, and the row's columns are its metadata.
    doc = Document(text, id=rid, path=display, metadata=meta, markdown=True)
    return Source(rid, display, document=doc, metadata=meta, format=kind)


def read_table(fh: IO[bytes], display: str, config: Config, kind: str) -> Iterator[Any]:
    """One Source per row of a Parquet or Arrow IPC file, in order.

    A file that cannot be opened (not the format, a corrupt footer) is one
    input error; a batch that cannot be decoded ends the file with an input
    error after the rows before it.
    """
    from ..inputs import Source

    pa = require("pyarrow", f"reading {_NAMES[kind]}")
    name = _NAMES[kind]
    try:
        batches, columns = _batches(pa, fh, kind)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield Source(display, display, error=f"not a readable {name} file: {exc}", input_error=True, format=kind)
        return
    if config.text_field not in columns:
        yield Source(display, display, error=f"no column {config.text_field!r} (columns: {', '.join(columns)}); "
                     "name the text column with --text-field", input_error=True, format=kind)
        return
    n = 0
    try:
        for batch in batches:
            for row in batch.to_pylist():
                n += 1
                yield _row_source(row, n, display, config, kind)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield Source(display, display, error=f"{name} data damaged after row {n:,}: {exc}; the rest is lost",
                     input_error=True, format=kind)
