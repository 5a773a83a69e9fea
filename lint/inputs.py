"""Reading inputs: files, folders, JSONL streams and stdin.

Every input yields exactly one :class:`Source` per document, in a stable
order, including inputs that could not be read (with ``error`` set), so the
output always has one record per input and nothing is silently dropped.
"""

from __future__ import annotations

import fnmatch
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .config import Config
from .document import Document

__all__ = ["Source", "iter_sources", "decode_bytes", "read_jsonl", "MAX_LINE_BYTES"]

MAX_LINE_BYTES = 64 * 1024 * 1024
_MAX_DECODE_ERRORS = 1000


@dataclass
class Source:
    """One document to lint, or the reason it could not be read."""

    id: str
    path: str | None
    document: Document | None = None
    error: str | None = None
    line: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    #: True when the error is about the input itself (missing, unreadable,
    #: binary...), which makes the run exit with code 2.
    input_error: bool = False


def decode_bytes(data: bytes) -> tuple[str, list[tuple[int, int, int]]]:
    """Decode article bytes: BOM-aware UTF-8/UTF-16, invalid UTF-8 replaced.

    Returns the text and, for each invalid byte sequence, ``(char offset of
    the U+FFFD that replaced it, byte start, byte end)``.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    errors: list[tuple[int, int, int]] = []
    pos = 0
    length = 0
    while pos < len(data):
        try:
            chunk = data[pos:].decode("utf-8")
            parts.append(chunk)
            break
        except UnicodeDecodeError as exc:
            good = data[pos : pos + exc.start].decode("utf-8")
            parts.append(good)
            length += len(good)
            errors.append((length, pos + exc.start, pos + exc.end))
            parts.append("\ufffd")
            length += 1
            pos += exc.end
            if len(errors) >= _MAX_DECODE_ERRORS:
                parts.append(data[pos:].decode("utf-8", errors="replace"))
                break
    return "".join(parts), errors


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def _document(text: str, doc_id: str, path: str | None, metadata: dict[str, Any],
              decode_errors: list[tuple[int, int, int]] | None = None) -> Document:
    markdown = path is None or not path.endswith(".txt")
    return Document(text, id=doc_id, path=path, metadata=metadata, markdown=markdown,
                    decode_errors=decode_errors or [])


def read_jsonl(stream: IO[bytes], path: str, config: Config) -> Iterator[Source]:
    """One Source per line of a JSONL stream (blank lines are skipped)."""
    for lineno, raw in enumerate(stream, 1):
        base_id = f"{path}:{lineno}"
        if len(raw) > MAX_LINE_BYTES:
            yield Source(base_id, path, error=f"line {lineno}: longer than {MAX_LINE_BYTES:,} bytes", line=lineno)
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError) as exc:
            yield Source(base_id, path, error=f"line {lineno}: malformed JSON: {exc}", line=lineno)
            continue
        if not isinstance(record, dict):
            yield Source(base_id, path, error=f"line {lineno}: record is a JSON {type(record).__name__}, not an object",
                         line=lineno)
            continue
        rid = record.get(config.id_field)
        rid = base_id if rid is None else str(rid)
        text = record.get(config.text_field)
        meta = {k: v for k, v in record.items() if k not in (config.text_field, config.id_field)}
        if not isinstance(text, str):
            why = "missing" if text is None else f"a {type(text).__name__}, not a string"
            yield Source(rid, path, error=f"line {lineno}: field {config.text_field!r} is {why}", line=lineno,
                         metadata=meta)
            continue
        yield Source(rid, path, document=_document(text, rid, path, meta), line=lineno, metadata=meta)


def _read_file(path: Path, display: str, config: Config) -> Iterator[Source]:
    try:
        st = path.stat()
    except OSError as exc:
        yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
        return
    if not stat.S_ISREG(st.st_mode):
        yield Source(display, display, error="not a regular file (FIFO, device or socket); skipped",
                     input_error=True)
        return
    if display.endswith(".jsonl"):
        try:
            with open(path, "rb") as fh:
                yield from read_jsonl(fh, display, config)
        except OSError as exc:
            yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
        return
    if st.st_size > config.max_document_chars * 4:
        yield Source(display, display, error=f"file is {st.st_size:,} bytes, over the document size limit",
                     input_error=True)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
        return
    yield _source_from_bytes(data, display)


def _source_from_bytes(data: bytes, display: str) -> Source:
    if not data.strip():
        return Source(display, display, error="empty file", input_error=True)
    if _looks_binary(data):
        return Source(display, display, error="binary file (contains NUL bytes); skipped", input_error=True)
    text, errors = decode_bytes(data)
    return Source(display, display, document=_document(text, display, display, {}, errors))


def _walk(folder: Path, config: Config) -> Iterator[Path]:
    """Files under ``folder`` matching include and not exclude, sorted; no symlink loops."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _excluded(Path(root, d), folder, config))
        for name in sorted(files):
            p = Path(root, name)
            if any(fnmatch.fnmatch(name, pat) for pat in config.include) and not _excluded(p, folder, config):
                yield p


def _excluded(path: Path, base: Path, config: Config) -> bool:
    rel = path.relative_to(base).as_posix()
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat) for pat in config.exclude)


def iter_sources(paths: Iterable[str], config: Config, stdin: IO[bytes] | None = None,
                 stdin_name: str = "-") -> Iterator[Source]:
    """Every document in ``paths`` (files, folders, or ``-`` for stdin), in order."""
    for spec in paths:
        if spec == "-":
            if stdin is None:
                continue
            if stdin_name.endswith(".jsonl"):
                yield from read_jsonl(stdin, stdin_name, config)
            else:
                yield _source_from_bytes(stdin.read(), stdin_name)
            continue
        p = Path(spec)
        if p.is_dir():
            try:
                found = list(_walk(p, config))
            except OSError as exc:
                yield Source(spec, spec, error=f"cannot list folder: {exc.strerror or exc}", input_error=True)
                continue
            for f in found:
                yield from _read_file(f, f.as_posix(), config)
        elif p.exists() or p.is_symlink():
            yield from _read_file(p, spec, config)
        else:
            yield Source(spec, spec, error="no such file or folder", input_error=True)
