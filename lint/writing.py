"""Writing fixed files: atomic replacement that keeps the file what it was,
and JSONL copies with only the text field of fixed records re-encoded.

- :func:`atomic_write` replaces a file through a temporary file in the same
  folder (fsync, then rename), keeping its owner, group and mode; a file
  with other hard links, or one a new file cannot impersonate (another
  user's), is rewritten in place instead. An interrupted run leaves either
  the old file or the new one, never a partial one.
- :func:`splice_jsonl_line` / :func:`write_fixed_jsonl` copy a JSONL stream
  with only the text field of fixed records re-encoded.
"""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import tempfile
from contextlib import contextmanager
from typing import IO, Iterator, Mapping, Sequence

__all__ = ["atomic_write", "encode_like", "splice_jsonl_line", "write_fixed_jsonl"]


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at ``path`` with ``data``, atomically, keeping its mode.

    The data go to a temporary file in the same folder (same file system, so
    the final rename is atomic), which is flushed and fsynced, given the
    original file's owner, group and permission bits, then renamed over the
    original. A file with other hard links, or whose owner, group or mode a
    new file cannot take (another user's file), is rewritten in place
    instead, so it stays the same file. A symbolic link is followed: its
    target is replaced.
    If anything fails or the run is interrupted, the temporary file is
    removed and the original is left as it was.
    """
    target = os.path.realpath(os.fspath(path))
    st = os.stat(target)
    folder, name = os.path.split(target)
    # SIGINT/SIGTERM wait until the file is replaced (or the temporary file
    # removed): a signal between creating the temporary file and entering the
    # clean-up below would otherwise leave it behind. The mask holds them for
    # this thread only; with other threads in the process, a signal may reach
    # one of them and Python still runs the handler here, which is why the
    # command line also defers its own handler around each fix
    # (GracefulStop.critical).
    with _signals_held():
        _replace(target, folder, name, st, data)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM (delivered on exit) where the platform can."""
    held = {getattr(signal, n) for n in ("SIGINT", "SIGTERM") if hasattr(signal, n)}
    if not hasattr(signal, "pthread_sigmask") or not held:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _replace(target: str, folder: str, name: str, st: os.stat_result, data: bytes) -> None:
    if st.st_nlink > 1:
        _overwrite(target, data)  # renaming would cut the other links off
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".sourcelint-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not _take_identity(tmp, st):
            # Another user's file (or a group this user is not in): a new file
            # cannot be theirs, so the original is rewritten where it is.
            os.unlink(tmp)
            _overwrite(target, data)
            return
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    # Make the rename itself durable; not every platform can open a folder.
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def _take_identity(tmp: str, st: os.stat_result) -> bool:
    """Give ``tmp`` the owner, group and mode of ``st``; whether it has them all.

    The owner first: chown clears setuid/setgid, so chmod comes after it.
    """
    if hasattr(os, "chown"):
        try:
            os.chown(tmp, st.st_uid, st.st_gid)
        except OSError:
            pass  # not allowed for other owners unless root: checked below
    os.chmod(tmp, stat.S_IMODE(st.st_mode))
    now = os.stat(tmp)
    return (now.st_uid, now.st_gid, stat.S_IMODE(now.st_mode)) == (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode))


def _overwrite(target: str, data: bytes) -> None:
    """Rewrite ``target`` in place (same inode, owner, links and mode), then fsync.

    Not atomic against a crash of the machine, unlike the rename; used only
    where a rename would change what the file is.
    """
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def encode_like(original: bytes, text: str) -> bytes:
    """Encode ``text`` the way ``original`` was encoded (UTF-8, with or without BOM, or UTF-16)."""
    if original.startswith(b"\xef\xbb\xbf"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if original.startswith(b"\xff\xfe"):
        return b"\xff\xfe" + text.encode("utf-16-le")
    if original.startswith(b"\xfe\xff"):
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode("utf-8")


_WS = " \t\r\n"


def _skip_ws(s: str, i: int) -> int:
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


def _value_span(line: str, key: str) -> tuple[int, int] | None:
    """Character span of the top-level value of ``key`` in one JSON object line.

    Walks the object's members with the standard library's decoder, so the
    rest of the line can be kept exactly as written. The last occurrence
    wins, as with :func:`json.loads`. None if the line is not an object.
    """
    decoder = json.JSONDecoder()
    i = _skip_ws(line, 0)
    if i >= len(line) or line[i] != "{":
        return None
    i = _skip_ws(line, i + 1)
    span = None
    if i < len(line) and line[i] == "}":
        return None
    while i < len(line):
        if line[i] != '"':
            return None
        name, i = json.decoder.scanstring(line, i + 1)  # type: ignore[attr-defined]  # public, untyped
        i = _skip_ws(line, i)
        if i >= len(line) or line[i] != ":":
            return None
        i = _skip_ws(line, i + 1)
        _, end = decoder.raw_decode(line, i)
        if name == key:
            span = (i, end)
        i = _skip_ws(line, end)
        if i < len(line) and line[i] == ",":
            i = _skip_ws(line, i + 1)
            continue
        if i < len(line) and line[i] == "}":
            return span
        return None
    return None


def splice_jsonl_line(raw: bytes, text_field: str, new_text: str) -> bytes:
    """``raw`` (one JSONL line) with the value of ``text_field`` replaced by ``new_text``.

    Every other byte of the line (key order, spacing, number formats, other
    fields, the line ending) is kept. Non-ASCII text stays literal unless the
    original value was written with ``\\u`` escapes only. If the line cannot be
    walked (it is not a JSON object), it is re-serialised as a whole.
    """
    body = raw.rstrip(b"\r\n")
    ending = raw[len(body):]
    # Invalid UTF-8 in other fields is carried through byte for byte.
    line = body.decode("utf-8", "surrogateescape")
    try:
        span = _value_span(line, text_field)
    except (ValueError, IndexError):
        span = None
    if span is None:
        record = json.loads(line)
        record[text_field] = new_text
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogateescape") + (ending or b"\n")
    s, e = span
    ascii_only = line[s:e].isascii() and not json.loads(line[s:e]).isascii()
    encoded = json.dumps(new_text, ensure_ascii=ascii_only)
    return (line[:s] + encoded + line[e:]).encode("utf-8", "surrogateescape") + ending


def _utf8_lines(src: IO[bytes]) -> Iterator[bytes]:
    """The lines of a JSONL stream as UTF-8 bytes, numbered as the reader numbers them:
    a UTF-8 byte-order mark dropped, UTF-16 (with its mark) transcoded."""
    head = src.read(3)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, src)), encoding="utf-16", errors="replace",
                                newline="\n")
        for line in text:
            yield line.encode("utf-8")
        return
    rest = b"" if head == b"\xef\xbb\xbf" else head
    first = True
    for raw in src:
        yield rest + raw if first else raw
        first = False
    if first and rest:
        yield rest


class _Prefixed(io.RawIOBase):
    """``head`` (already read) followed by the rest of ``src``."""

    def __init__(self, head: bytes, src: IO[bytes]) -> None:
        self.head, self.src = head, src

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        data = self.head[: len(buf)] if self.head else self.src.read(len(buf))
        self.head = self.head[len(data):] if self.head else b""
        buf[: len(data)] = data
        return len(data)


def write_fixed_jsonl(inputs: Sequence[tuple[str, Mapping[int, str]]], output: str | os.PathLike,
                      text_field: str) -> None:
    """Write every line of the JSONL ``inputs``, in order, to ``output``.

    ``inputs`` are ``(path, {line number: fixed text})``; lines without a
    fix are copied byte for byte. The output is UTF-8: a UTF-8 byte-order
    mark is dropped and UTF-16 input transcoded. The output is written to a temporary file
    and renamed into place, so it may even be one of the inputs. Compressed
    inputs are read through their compression; the output is compressed as
    its name says (``fixed.jsonl.gz``) or else as the inputs are.
    """
    out = os.fspath(output)
    folder = os.path.dirname(os.path.abspath(out))
    method = fixed_output_compression(out, [p for p, _ in inputs])
    fd, tmp = tempfile.mkstemp(prefix=".sourcelint-fix.", suffix=".jsonl-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as sink, _compressing(sink, method) as dst:
            for path, fixes in inputs:
                with _open_jsonl(path) as src:
                    last = b"\n"
                    for lineno, raw in enumerate(_utf8_lines(src), 1):
                        if last and not last.endswith(b"\n"):
                            dst.write(b"\n")  # the previous input ended without a newline
                        new = fixes.get(lineno)
                        last = raw if new is None else splice_jsonl_line(raw, text_field, new)
                        dst.write(last)
                    if last and not last.endswith(b"\n"):
                        dst.write(b"\n")
            dst.flush()
            if dst is not sink:
                dst.close()  # ends the compressed stream before the sync
            sink.flush()
            os.fsync(sink.fileno())
        if os.path.exists(out):
            os.chmod(tmp, stat.S_IMODE(os.stat(out).st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except BaseException:
        _remove_quietly(tmp)
        raise


def fixed_output_compression(output: str, inputs: Sequence[str]) -> str | None:
    """The compression of the fixed JSONL: the output name's, or the inputs' when they share one."""
    from .formats.compressed import method_of_name, peek, sniff

    named = method_of_name(output)
    if named is not None or output.lower().endswith(".jsonl"):
        return named
    methods = set()
    for path in inputs:
        with open(path, "rb") as fh:
            methods.add(sniff(peek(fh, 16)))
    return methods.pop() if len(methods) == 1 else None


@contextmanager
def _compressing(raw: IO[bytes], method: str | None) -> Iterator[IO[bytes]]:
    if method is None:
        yield raw
        return
    from .formats.compressed import open_writer

    dst = open_writer(raw, method)
    try:
        yield dst
    finally:
        if not dst.closed:
            dst.close()


@contextmanager
def _open_jsonl(path: str) -> Iterator[IO[bytes]]:
    """A JSONL input, decompressed when it is compressed (by its magic bytes)."""
    from .formats.compressed import open_reader, peek, sniff

    with open(path, "rb") as fh:
        method = sniff(peek(fh, 16))
        yield fh if method is None else open_reader(fh, method)


def _remove_quietly(path: str) -> None:
    """Remove a temporary file left by a failed write, if it is still there."""
    try:
        os.unlink(path)
    except OSError:
        pass
