"""Compressed streams: gzip, zstd, bzip2 and xz, read and written as streams.

A stream is recognised by its magic bytes, whatever its name; its name less
the compression suffix (``dump.jsonl.zst`` -> ``dump.jsonl``) says what it
holds. Decompression is incremental, so memory stays bounded whatever the
size; a stream that ends before its end marker (a truncated download) is an
error after every complete record before it was read.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import IO, Any, Iterator

from ..config import Config

__all__ = ["sniff", "method_of_name", "inner_name", "open_reader", "open_writer", "read_compressed",
           "STREAM_ERRORS", "SUFFIXES"]

#: Compression suffix -> method, and the suffix written for each method.
SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd", ".bz2": "bz2", ".xz": "xz"}
SUFFIX_OF = {"gzip": ".gz", "zstd": ".zst", "bz2": ".bz2", "xz": ".xz"}
_MAGIC = ((b"\x1f\x8b", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd"), (b"\xfd7zXZ\x00", "xz"))
_CHUNK = 1 << 16


def peek(fh: IO[bytes], n: int) -> bytes:
    """The first ``n`` bytes of ``fh`` without consuming them (b"" if it cannot peek)."""
    try:
        return fh.peek(n)[:n]  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return b""


def sniff(head: bytes) -> str | None:
    """The compression method whose magic bytes start ``head``, or None."""
    for magic, method in _MAGIC:
        if head.startswith(magic):
            return method
    # "BZh" + block size 1-9 + the block magic pi: text rarely starts so.
    if head[:3] == b"BZh" and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
        return "bz2"
    return None


def method_of_name(name: str) -> str | None:
    """The compression method a file name announces (``.gz``, ``.zst``...), or None."""
    lower = name.lower()
    for suffix, method in SUFFIXES.items():
        if lower.endswith(suffix):
            return method
    return None


def inner_name(name: str) -> str:
    """``name`` less a compression suffix: what the decompressed stream holds."""
    lower = name.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


class _ZstdReader(io.RawIOBase):
    """A zstd stream (one or more frames) as a raw stream that raises
    EOFError when the input ends inside a frame (zstandard's own reader
    returns a short read there, which would hide a truncated file)."""

    def __init__(self, src: IO[bytes]) -> None:
        zstandard = _zstandard()
        self._src = src
        self._dctx = zstandard.ZstdDecompressor()
        self._dobj: Any = None
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = self._src.read(_CHUNK)
            if not chunk:
                if self._dobj is not None and not self._dobj.eof:
                    raise EOFError("zstd stream ended before the end of its frame")
                return 0
            out = []
            while chunk:
                if self._dobj is None or self._dobj.eof:
                    self._dobj = self._dctx.decompressobj()
                out.append(self._dobj.decompress(chunk))
                chunk = self._dobj.unused_data if self._dobj.eof else b""
            self._pending = memoryview(b"".join(out))
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _zstandard() -> Any:
    from . import require

    return require("zstandard", "reading or writing zstd (.zst)")


def open_reader(raw: IO[bytes], method: str) -> IO[bytes]:
    """A buffered, decompressing reader (with ``peek`` and ``readline``) over ``raw``."""
    if method == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if method == "bz2":
        return bz2.BZ2File(raw, mode="rb")  # type: ignore[return-value]
    if method == "xz":
        return lzma.LZMAFile(raw, mode="rb")  # type: ignore[return-value]
    if method == "zstd":
        return io.BufferedReader(_ZstdReader(raw), buffer_size=_CHUNK)  # type: ignore[return-value]
    raise ValueError(f"unknown compression {method!r}")


def open_writer(raw: IO[bytes], method: str) -> IO[bytes]:
    """A compressing writer over ``raw``; closing it ends the stream (``raw`` stays open)."""
    if method == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[return-value]
    if method == "bz2":
        return bz2.BZ2File(raw, mode="wb")  # type: ignore[return-value]
    if method == "xz":
        return lzma.LZMAFile(raw, mode="wb")  # type: ignore[return-value]
    if method == "zstd":
        return _zstandard().ZstdCompressor().stream_writer(raw, closefd=False)  # type: ignore[no-any-return]
    raise ValueError(f"unknown compression {method!r}")


def stream_errors() -> tuple[type[BaseException], ...]:
    """What a damaged compressed stream raises while it is read."""
    errors: tuple[type[BaseException], ...] = (EOFError, OSError, lzma.LZMAError, zlib.error)
    try:
        import zstandard
    except ImportError:
        return errors
    return errors + (zstandard.ZstdError,)


STREAM_ERRORS = stream_errors()


def damaged(display: str, method: str, exc: BaseException, after: str):  # type: ignore[no-untyped-def]
    """The error Source for a compressed stream that cannot be read on."""
    from ..inputs import Source

    what = "truncated (it ends before its end marker)" if isinstance(exc, EOFError) else f"corrupt ({exc})"
    where = f" {after}" if after else ""
    return Source(display, display, error=f"{method} stream {what}{where}; the rest is lost", input_error=True)


def read_compressed(fh: IO[bytes], display: str, config: Config, method: str, kind: str) -> Iterator[Any]:
    """The Sources of a compressed JSONL stream, text file or web page."""
    from ..inputs import Source, _source_from_bytes, read_jsonl

    if kind in ("parquet", "arrow", "warc"):
        yield Source(display, display, error=f"{method}-compressed {kind} is not read: decompress it first",
                     input_error=True)
        return
    stream = open_reader(fh, method)
    if kind == "jsonl":
        count = 0
        try:
            for source in read_jsonl(stream, display, config):
                count = source.line or count
                yield source
        except STREAM_ERRORS as exc:
            yield damaged(display, method, exc, f"after line {count:,}" if count else "before its first line")
            return
        if not count:
            yield Source(display, display, error="empty file (no JSONL records)", input_error=True)
        return
    limit = config.max_document_chars * 4
    try:
        data = stream.read(limit + 1)
    except STREAM_ERRORS as exc:
        yield damaged(display, method, exc, "")
        return
    if len(data) > limit:
        yield Source(display, display, error=f"decompressed file is over {limit:,} bytes, the document size limit "
                     f"({config.max_document_chars:,} characters, max-document-chars)", input_error=True)
    elif kind == "html":
        from .html import source_from_html

        yield source_from_html(data, display, config)
    else:
        yield _source_from_bytes(data, display, config)
