"""Reading inputs: files, folders, JSONL streams and stdin.

Every input yields exactly one :class:`Source` per document, in a stable
order, including inputs that could not be read (with ``error`` set), so the
output always has one record per input and nothing is silently dropped.
"""

from __future__ import annotations

import codecs
import fnmatch
import io
import json
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Generator, Iterable, Iterator

from .config import Config
from .document import Document
from .segment import front_matter

__all__ = ["Source", "iter_sources", "decode_bytes", "read_jsonl", "record_id", "MAX_LINE_BYTES"]

#: Default longest JSONL line (``Config.max_line_bytes``, ``max-line-bytes``).
MAX_LINE_BYTES = 64 * 1024 * 1024
_MAX_DECODE_ERRORS = 1000
# Bytes per character at most in UTF-8, for the file-size precheck.
_MAX_BYTES_PER_CHAR = 4
# A JSON escape of a UTF-16 surrogate: the only way a lone surrogate, which
# cannot be encoded on output, gets into a decoded string.
_SURROGATE_ESCAPE_RE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: Deepest nesting of arrays and objects accepted in a JSONL record. The JSON
#: parser itself stops near Python's recursion limit (~1,000), but a record
#: nested almost that deep still breaks everything downstream that recurses:
#: pickling it for a --jobs worker, writing it back out as JSON.
MAX_JSON_DEPTH = 64


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
    #: The container the document came from when it is not a text file or a
    #: JSONL line ("parquet", "arrow", "html", "warc"): it cannot be fixed in place.
    format: str | None = None


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
    # A memoryview, so that each retry after an invalid sequence decodes from
    # where it stopped without copying the rest of the data (which made a
    # file with many invalid bytes quadratic).
    view = memoryview(data)
    while pos < len(data):
        try:
            chunk, _ = codecs.utf_8_decode(view[pos:], "strict", True)
            parts.append(chunk)
            break
        except UnicodeDecodeError as exc:
            good = codecs.utf_8_decode(view[pos : pos + exc.start], "strict", True)[0]
            parts.append(good)
            length += len(good)
            errors.append((length, pos + exc.start, pos + exc.end))
            parts.append("\ufffd")
            length += 1
            pos += exc.end
            if len(errors) >= _MAX_DECODE_ERRORS:
                parts.append(codecs.utf_8_decode(view[pos:], "replace", True)[0])
                break
    return "".join(parts), errors


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def _document(text: str, doc_id: str, path: str | None, metadata: dict[str, Any],
              decode_errors: list[tuple[int, int, int]] | None = None, directives: bool = False) -> Document:
    markdown = path is None or not path.endswith(".txt")
    if markdown and text.startswith(("---\n", "+++\n", "---\r\n", "+++\r\n")) \
            and not (path or "").endswith(".jsonl"):
        # A Markdown file's front matter (title, url, language...) is its
        # metadata; a JSONL record's metadata is its own fields, untouched.
        metadata = {**front_matter(text), **metadata}
    return Document(text, id=doc_id, path=path, metadata=metadata, markdown=markdown,
                    decode_errors=decode_errors or [], directives=directives)


def _text_decode_errors(text: str, bad: list[tuple[int, int, int]], line_offset: int) -> list[tuple[int, int, int]]:
    """The invalid byte sequences of a JSONL line that landed in its text field,
    as ``(char offset in text, byte start, byte end)`` with bytes counted from
    the start of the file. The n-th U+FFFD of the text is the n-th invalid
    sequence when the counts agree (a bad byte in another field, or a real
    U+FFFD in the source, makes them disagree; then nothing is claimed)."""
    if not bad:
        return []
    marks = [i for i, c in enumerate(text) if c == "\ufffd"] if "\ufffd" in text else []
    if len(marks) != len(bad):
        return []
    return [(m, line_offset + bs, line_offset + be) for m, (_, bs, be) in zip(marks, bad)]


class _JsonConstant(str):
    """``NaN``/``Infinity`` in a record: kept as a string, since NaN is not JSON."""


def record_id(value: Any, default: str) -> str:
    """A record's id as text: a string as it is, another JSON value as JSON
    (``42``, ``true``, ``{"a":1}``: not Python's ``True``), ``default`` if absent."""
    if value is None:
        return default
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _json_float(literal: str) -> float | str:
    """A JSON number with a fraction or exponent; one too large for a float
    (``1e999``) is kept as its literal, as ``Infinity`` would not be JSON."""
    value = float(literal)
    return value if value - value == 0.0 else _JsonConstant(literal)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, byte offset of the line in the stream)`` for each line of
    ``stream``; the line is None when it is longer than ``limit`` bytes.

    Never holds more than ``limit + 1`` bytes of one line: the rest of a long
    line is read and dropped in chunks, so one 10 GB line cannot exhaust
    memory. A UTF-16 stream (with a BOM) is transcoded to UTF-8 line by line
    (its offsets are then those of the transcoded stream).
    """
    head = b""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        try:
            head = peek(4)[:4]
        except (OSError, ValueError):
            head = b""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline="\n")  # type: ignore[arg-type]
        offset = 0
        try:
            while True:
                line = text.readline(limit + 1)
                if not line:
                    return
                if len(line) > limit and not line.endswith("\n"):
                    while line and not line.endswith("\n"):
                        line = text.readline(1 << 20)
                    yield None, offset
                else:
                    encoded = line.encode("utf-8")
                    yield encoded, offset
                    offset += len(encoded)
        finally:
            text.detach()
    first = True
    offset = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        start = offset
        offset += len(raw)
        if first:
            first = False
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                start += 3
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
                offset += len(raw)
            yield None, start
        else:
            yield raw, start


def _json_depth(value: Any, limit: int) -> int:
    """Nesting depth of a parsed JSON value, counted without recursion (stops past ``limit``)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            stack.extend((v, depth + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def _replace_surrogates(value: Any) -> Any:
    """``value`` with lone surrogates in its strings replaced by U+FFFD (same length)."""
    if isinstance(value, str):
        return _LONE_SURROGATE_RE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    return value


def read_jsonl(stream: IO[bytes], path: str, config: Config) -> Iterator[Source]:
    """One Source per line of a JSONL stream (blank lines are skipped).

    Every non-blank line gives exactly one Source, in order: a record to lint,
    or an error (line too long, malformed or too deeply nested JSON, not an
    object, text missing or not a string) that becomes an error record.
    """
    limit = config.max_line_bytes
    for lineno, (raw, line_offset) in enumerate(_bounded_lines(stream, limit), 1):
        base_id = f"{path}:{lineno}"
        if raw is None:
            yield Source(base_id, path, error=f"line {lineno}: longer than {limit:,} bytes (max-line-bytes); skipped",
                         line=lineno)
            continue
        if not raw.strip():
            continue
        try:
            decoded = raw.decode("utf-8")
            bad_bytes: list[tuple[int, int, int]] = []
        except UnicodeDecodeError:
            decoded, bad_bytes = decode_bytes(raw)
        try:
            record = json.loads(decoded, parse_constant=_JsonConstant, parse_float=_json_float)
        except RecursionError:
            yield Source(base_id, path, error=f"line {lineno}: JSON nested too deeply to read", line=lineno)
            continue
        except ValueError as exc:
            yield Source(base_id, path, error=f"line {lineno}: malformed JSON: {exc}", line=lineno)
            continue
        # Only lines with many brackets can be deep; counting bytes is C-fast.
        if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and _json_depth(record, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
            yield Source(base_id, path, error=f"line {lineno}: JSON nested more than {MAX_JSON_DEPTH} levels deep",
                         line=lineno)
            continue
        if _SURROGATE_ESCAPE_RE.search(raw):
            # "\ud800" alone decodes to a lone surrogate, which no output
            # encoding accepts; U+FFFD keeps every offset where it was.
            record = _replace_surrogates(record)
        if not isinstance(record, dict):
            yield Source(base_id, path, error=f"line {lineno}: record is a JSON {type(record).__name__}, not an object",
                         line=lineno)
            continue
        rid = record_id(record.get(config.id_field), base_id)
        text = record.get(config.text_field)
        meta = {k: v for k, v in record.items() if k not in (config.text_field, config.id_field)}
        if not isinstance(text, str) or isinstance(text, _JsonConstant):
            if isinstance(text, _JsonConstant):
                why = f"{text}, not a string"
            else:
                why = "missing" if text is None else f"a {type(text).__name__}, not a string"
            yield Source(rid, path, error=f"line {lineno}: field {config.text_field!r} is {why}", line=lineno,
                         metadata=meta)
            continue
        yield Source(rid, path, document=_document(text, rid, path, meta, _text_decode_errors(text, bad_bytes,
                                                                                      line_offset)),
                     line=lineno, metadata=meta)


def _special_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_file(path: Path, display: str, config: Config,
               notify: Callable[[str], None] | None = None) -> Iterator[Source]:
    # Opened with O_NONBLOCK and checked with fstat on the open descriptor: a
    # FIFO with no writer would block a plain open() forever, and checking
    # with stat() first would leave a window for the path to be swapped.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
        return
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            yield Source(display, display, error=f"{_special_kind(st.st_mode)}, not a regular file; skipped",
                         input_error=True)
            return
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
        return
    with fh:
        from .formats import read_container  # here: the format readers import this module

        container = read_container(fh, display, config, notify)
        if container is not None:
            yield from container
            return
        if display.endswith(".jsonl"):
            head = fh.peek(8192)[:8192]
            if head.startswith(b"\x1f\x8b") or (b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))):
                what = "gzip-compressed" if head.startswith(b"\x1f\x8b") else "binary (contains NUL bytes)"
                yield Source(display, display, error=f"{what}, not a JSONL text file; skipped", input_error=True)
                return
            try:
                # Blank lines are skipped: only a file without any record is
                # empty, however much whitespace comes first.
                if not (yield from _counted(read_jsonl(fh, display, config))):
                    yield Source(display, display, error="empty file (no JSONL records)", input_error=True)
            except OSError as exc:
                yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
            return
        limit = config.max_document_chars * _MAX_BYTES_PER_CHAR
        if st.st_size > limit:
            yield Source(display, display, error=f"file is {st.st_size:,} bytes, over the document size limit "
                         f"({config.max_document_chars:,} characters, max-document-chars)", input_error=True)
            return
        try:
            # Bounded even when st_size lies (files in /proc report 0).
            data = fh.read(limit + 1)
        except OSError as exc:
            yield Source(display, display, error=f"cannot read: {exc.strerror or exc}", input_error=True)
            return
    if len(data) > limit:
        yield Source(display, display, error=f"file is over {limit:,} bytes, the document size limit "
                     f"({config.max_document_chars:,} characters, max-document-chars)", input_error=True)
        return
    yield _source_from_bytes(data, display, config)


def _counted(sources: Iterator[Source]) -> Generator[Source, None, int]:
    """Yield ``sources``; return how many there were."""
    n = 0
    for n, source in enumerate(sources, 1):
        yield source
    return n


def _source_from_bytes(data: bytes, display: str, config: Config, directives: bool = True) -> Source:
    """A file's bytes as a Source; ``directives``: obey its suppression
    directives (a file: yes; standard input, a pipeline's data: no)."""
    if not data.strip():
        return Source(display, display, error="empty file", input_error=True)
    if _looks_binary(data):
        return Source(display, display, error="binary file (contains NUL bytes); skipped", input_error=True)
    text, errors = decode_bytes(data)
    if not text.strip():  # a byte-order mark and blanks only
        return Source(display, display, error="empty file", input_error=True)
    if len(text) > config.max_document_chars:
        # The same limit whatever the file's byte size: an input error (exit 2).
        return Source(display, display, error=f"document has {len(text):,} characters, over the limit of "
                      f"{config.max_document_chars:,} (max-document-chars)", input_error=True)
    return Source(display, display, document=_document(text, display, display, {}, errors, directives))


def _walk(folder: Path, config: Config, left_out: Counter | None = None) -> Iterator[tuple[Path, str | None]]:
    """Files under ``folder`` matching include and not exclude, sorted; no
    symlink loops. A folder that cannot be listed comes as ``(folder, reason)``
    so that it is reported, never silently skipped. Files left out are
    counted in ``left_out`` by reason."""
    from .formats import walk_skip_reason

    left_out = Counter() if left_out is None else left_out
    failed: list[OSError] = []
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=failed.append):
        while failed:
            exc = failed.pop(0)
            yield Path(exc.filename or root), f"cannot list folder: {exc.strerror or exc}"
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _excluded(Path(root, d), folder, config))
        for name in sorted(files):
            p = Path(root, name)
            if not any(fnmatch.fnmatch(name, pat) for pat in config.include):
                left_out[f"{_extension(name)}: not in include"] += 1
            elif _excluded(p, folder, config):
                left_out["excluded"] += 1
            elif (why := walk_skip_reason(name)) is not None:
                left_out[f"{_extension(name)}: {why}"] += 1
            else:
                yield p, None
    for exc in failed:  # the last folder walked, or the root itself
        yield Path(exc.filename or folder), f"cannot list folder: {exc.strerror or exc}"


def _extension(name: str) -> str:
    """``.csv``, ``.csv.gz`` (a compression suffix with the one before it), or "no extension"."""
    parts = name.lstrip(".").lower().split(".")[1:]
    if not parts:
        return "no extension"
    keep = 2 if len(parts) > 1 and parts[-1] in ("gz", "zst", "bz2", "xz") else 1
    return "." + ".".join(parts[-keep:])


def _left_out_line(left_out: Counter) -> str:
    """The one stderr line about the files a folder walk did not read."""
    parts = ", ".join(f"{n:,} {why}" for why, n in sorted(left_out.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {sum(left_out.values()):,} file(s) in the folders walked ({parts})"


def _excluded(path: Path, base: Path, config: Config) -> bool:
    rel = path.relative_to(base).as_posix()
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat)
               for pat in config.exclude + config.extend_exclude)


def _identity(path: str | Path) -> tuple[int, int] | None:
    """``(device, inode)`` of the file at ``path`` (links followed), None if it cannot be read."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def iter_sources(paths: Iterable[str], config: Config, stdin: IO[bytes] | None = None,
                 stdin_name: str = "-", skip: Iterable[str] = (),
                 skip_ids: Iterable[tuple[int, int]] = (),
                 notify: Callable[[str], None] | None = None) -> Iterator[Source]:
    """Every document in ``paths`` (files, folders, or ``-`` for stdin), in order.

    Files in ``skip`` (the run's own output files) and files whose
    ``(device, inode)`` is in ``skip_ids`` (the open output, standard output
    redirected to a file) are never read: left out when a folder is walked,
    an input error when named, so a run never reads what it is writing.
    ``notify`` receives one-line notes for stderr (files a folder walk left
    out, records a WARC archive skipped), each once.
    """
    skipped = {os.path.realpath(p) for p in skip}
    own = set(skip_ids)
    left_out: Counter = Counter()
    for spec in paths:
        if spec == "-":
            if stdin is None:
                continue
            from .formats import read_container

            if not hasattr(stdin, "peek"):  # the magic bytes are peeked at
                stdin = io.BufferedReader(stdin)  # type: ignore[arg-type]
            container = read_container(stdin, stdin_name, config, notify)
            if container is not None:
                yield from container
            elif stdin_name.endswith(".jsonl"):
                yield from read_jsonl(stdin, stdin_name, config)
            else:
                limit = config.max_document_chars * _MAX_BYTES_PER_CHAR
                data = stdin.read(limit + 1)
                if len(data) > limit:
                    yield Source(stdin_name, stdin_name, error=f"standard input is over {limit:,} bytes, the "
                                 "document size limit (max-document-chars)", input_error=True)
                else:
                    yield _source_from_bytes(data, stdin_name, config, directives=False)
            continue
        p = Path(spec)
        if p.is_dir():
            try:
                found = list(_walk(p, config, left_out))
            except OSError as exc:
                yield Source(spec, spec, error=f"cannot list folder: {exc.strerror or exc}", input_error=True)
                continue
            for f, problem in found:
                if skipped and problem is None and os.path.realpath(f) in skipped:
                    continue
                if own and problem is None and _identity(f) in own:
                    continue
                if problem is not None:
                    yield Source(f.as_posix(), f.as_posix(), error=problem, input_error=True)
                else:
                    yield from _read_file(f, f.as_posix(), config, notify)
        elif own and _identity(p) in own:
            yield Source(spec, spec, error="is the output of this run; not read", input_error=True)
        elif p.exists() or p.is_symlink():
            yield from _read_file(p, spec, config, notify)
        else:
            yield Source(spec, spec, error="no such file or folder", input_error=True)
    if left_out and notify is not None:
        notify(_left_out_line(left_out))
