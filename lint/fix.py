"""Applying fixes: choose compatible edits, apply them, re-lint, write safely.

The steps, each a function a test can call on its own:

- :func:`select_fixes` picks, among the findings' fixes, a set that can be
  applied together. Fixes are taken in a fixed order (start of the fix, end,
  rule code, finding start) and a fix is dropped if any of its edits overlaps
  an edit already taken, so the outcome never depends on rule load order.
  A fix is all or nothing: its edits are never applied partially.
- :func:`apply_edits` applies non-overlapping edits to a text.
- :func:`fix_document` repeats lint -> select -> apply until nothing is left
  to fix (at most ``max_passes`` times), so a second run changes nothing and a
  re-lint no longer reports what was fixed.
- :func:`atomic_write` replaces a file through a temporary file in the same
  folder (fsync, then rename), keeping its permissions: an interrupted run
  leaves either the old file or the new one, never a partial one.
- :func:`splice_jsonl_line` / :func:`write_fixed_jsonl` copy a JSONL stream
  with only the text field of fixed records re-encoded.
- :class:`FixSession` ties these to the command line (``--fix``, ``--diff``).
"""

from __future__ import annotations

import difflib
import json
import os
import signal
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator, Mapping, Sequence

from .document import Document
from .finding import Edit, Finding
from .inputs import Source, decode_bytes
from .linter import Linter, Report

__all__ = [
    "MAX_PASSES",
    "FixOutcome",
    "FixSession",
    "applicable",
    "apply_edits",
    "atomic_write",
    "fix_document",
    "fix_text",
    "select_fixes",
    "splice_jsonl_line",
    "write_fixed_jsonl",
]

#: Fix passes before giving up on reaching a fixed point. Each pass re-lints,
#: so a fix that uncovers another problem (a duplicate that only appears once
#: a glued word is split) is handled; more passes than this means two rules
#: undo each other, and stopping is better than looping.
MAX_PASSES = 5


def applicable(f: Finding, unsafe: bool = False) -> bool:
    """Whether ``f`` carries a fix that may be applied under the unsafe setting."""
    return f.fix is not None and bool(f.fix.edits) and (f.fix.safe or unsafe)


def _conflict(a: Edit, b: Edit) -> bool:
    """Two edits conflict if their spans overlap, or both insert at one point.

    Spans that only touch do not conflict: deleting ``[5, 9)`` and inserting
    at 9 compose without ambiguity.
    """
    if a.start < b.end and b.start < a.end:
        return True
    # Zero-width edits: an insertion strictly inside a deletion is caught
    # above; two insertions at the same point have no defined order.
    return a.start == a.end == b.start == b.end


def _fix_key(f: Finding) -> tuple:
    assert f.fix is not None
    edits = sorted((e.start, e.end, e.replacement) for e in f.fix.edits)
    return (edits[0][0], max(e[1] for e in edits), f.code, f.start, f.end, tuple(edits))


def select_fixes(findings: Iterable[Finding], unsafe: bool = False) -> tuple[list[Finding], list[Edit]]:
    """The findings whose fixes are applied together, and their edits.

    Deterministic: candidates are sorted by (fix start, fix end, code,
    finding span, edits); each is accepted unless one of its edits conflicts
    with an accepted edit. A fix whose edits are all identical to accepted
    ones (two rules proposing the same repair) counts as applied without
    adding edits. Returns ``(fixed findings, edits sorted by position)``.
    """
    candidates = sorted((f for f in findings if applicable(f, unsafe)), key=_fix_key)
    accepted: list[Edit] = []
    taken: set[Edit] = set()
    fixed: list[Finding] = []
    for f in candidates:
        assert f.fix is not None
        edits = [e for e in dict.fromkeys(f.fix.edits) if e not in taken]
        if any(e.start > e.end for e in edits):
            continue
        if any(_conflict(e, o) for i, e in enumerate(edits) for o in accepted + edits[i + 1 :]):
            continue
        accepted.extend(edits)
        taken.update(edits)
        fixed.append(f)
    accepted.sort(key=lambda e: (e.start, e.end))
    return fixed, accepted


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied (offsets refer to ``text``)."""
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos or e.end > len(text):
            raise ValueError(f"edit {e} overlaps another edit or lies outside the text")
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


@dataclass
class FixOutcome:
    """The result of fixing one document."""

    text: str
    #: The report of the fixed text: what remains.
    report: Report
    #: Fixes applied, over all passes.
    applied: int = 0
    #: Lint passes that applied something.
    passes: int = 0
    #: False if ``max_passes`` ran out or the fixes went round in a cycle.
    converged: bool = True
    #: Codes of the fixes applied, in order.
    codes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether the text differs from the original."""
        return self.applied > 0

    def unsafe_remaining(self) -> int:
        """Findings left that have a fix applied only with ``--unsafe-fixes``."""
        return sum(1 for f in self.report.findings if f.fix is not None and f.fix.edits and not f.fix.safe)


def _relint(linter: Linter, doc: Document, text: str) -> Report:
    new = Document(text, id=doc.id, path=doc.path, metadata=doc.metadata, markdown=doc.markdown)
    return linter.lint(new)


def fix_document(linter: Linter, doc: Document, unsafe: bool = False, report: Report | None = None,
                 max_passes: int = MAX_PASSES) -> FixOutcome:
    """Fix ``doc`` to a fixed point: lint, apply compatible fixes, repeat.

    ``report`` may be the report ``linter`` already produced for ``doc``
    (saves one lint). The outcome's report always describes the final text.
    """
    text = doc.text
    if report is None or report.status != "ok":
        report = linter.lint(doc)
    outcome = FixOutcome(text=text, report=report)
    seen = {text}
    while True:
        if report.status != "ok":
            break
        fixed, edits = select_fixes(report.findings, unsafe)
        if not fixed:
            break
        if outcome.passes >= max_passes:
            outcome.converged = False
            break
        new_text = apply_edits(text, edits)
        if new_text in seen:
            # Fixes that undo each other: stop at the current text.
            outcome.converged = False
            break
        seen.add(new_text)
        text = new_text
        outcome.applied += len(fixed)
        outcome.codes.extend(f.code for f in fixed)
        outcome.passes += 1
        report = _relint(linter, doc, text)
    outcome.text = text
    outcome.report = report
    return outcome


def fix_text(linter: Linter, text: str, unsafe: bool = False, **doc_args) -> FixOutcome:
    """Fix a string; ``doc_args`` go to :class:`Document` (id, path, markdown...)."""
    return fix_document(linter, Document(text, **doc_args), unsafe=unsafe)


# -- writing -------------------------------------------------------------------

def atomic_write(path: str | os.PathLike, data: bytes) -> None:
    """Replace the file at ``path`` with ``data``, atomically, keeping its mode.

    The data go to a temporary file in the same folder (same file system, so
    the final rename is atomic), which is flushed and fsynced, given the
    original file's permission bits (and owner, where allowed), then renamed
    over the original. A symbolic link is followed: its target is replaced.
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
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".sourcelint-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown"):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                pass  # not allowed for other owners unless root; the mode is what matters
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
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
        name, i = json.decoder.scanstring(line, i + 1)
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
    line = body.decode("utf-8")
    try:
        span = _value_span(line, text_field)
    except (ValueError, IndexError):
        span = None
    if span is None:
        record = json.loads(line)
        record[text_field] = new_text
        return json.dumps(record, ensure_ascii=False).encode("utf-8") + (ending or b"\n")
    s, e = span
    ascii_only = line[s:e].isascii() and not json.loads(line[s:e]).isascii()
    encoded = json.dumps(new_text, ensure_ascii=ascii_only)
    return (line[:s] + encoded + line[e:]).encode("utf-8") + ending


def write_fixed_jsonl(inputs: Sequence[tuple[str, Mapping[int, str]]], output: str | os.PathLike,
                      text_field: str) -> None:
    """Write every line of the JSONL ``inputs``, in order, to ``output``.

    ``inputs`` are ``(path, {line number: fixed text})``; lines without a
    fix are copied byte for byte. The output is written to a temporary file
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
                    for lineno, raw in enumerate(src, 1):
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
        try:
            os.unlink(tmp)
        except OSError:
            pass
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


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of one document: ``a/name`` -> ``b/name`` for a relative name (``patch -p1``)."""
    a, b = (name, name) if os.path.isabs(name) else (f"a/{name}", f"b/{name}")
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=a, tofile=b)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


# -- the command-line session ---------------------------------------------------

class FixSession:
    """Fixing during ``sourcelint check --fix`` / ``--diff``, one report at a time.

    :meth:`process` takes each ``(report, source)`` from the lint loop and
    returns the report to show (the remaining findings after fixing). Plain
    files are rewritten atomically; JSONL records are collected and written
    to ``fix_output`` by :meth:`finish`; with ``diff`` nothing is written and
    a unified diff goes to ``diff_stream`` instead.
    """

    def __init__(self, linter: Linter, *, unsafe: bool = False, diff: bool = False,
                 diff_stream: IO[str] | None = None, fix_output: str | None = None,
                 stdin_name: str | None = None, warn: Callable[[str], None] | None = None,
                 max_passes: int = MAX_PASSES) -> None:
        self.linter = linter
        self.unsafe = unsafe
        self.diff = diff
        self.diff_stream = diff_stream
        self.fix_output = fix_output
        self.stdin_name = stdin_name
        self.warn = warn or (lambda msg: None)
        self.max_passes = max_passes
        self.fixed = 0
        self.documents_changed = 0
        self.unsafe_hidden = 0
        self.write_errors = 0
        self._jsonl: dict[str, dict[int, str]] = {}
        self._jsonl_skipped: set[str] = set()
        #: JSONL inputs in the order met, so the output copies all of them.
        self._jsonl_seen: dict[str, None] = {}

    def process(self, report: Report, source: Source) -> Report:
        """Fix one document if it has applicable fixes; return the report to show."""
        if source.line is not None and source.path and source.path != self.stdin_name:
            self._jsonl_seen.setdefault(source.path, None)
        doc = report.document or source.document
        if report.status != "ok" or doc is None:
            return report
        if source.format is not None and not self.diff:
            return self._not_writable(report, source)
        if not any(applicable(f, self.unsafe) for f in report.findings):
            self.unsafe_hidden += sum(1 for f in report.findings if applicable(f, True))
            return report
        is_jsonl = source.line is not None
        is_stdin = self.stdin_name is not None and source.path == self.stdin_name and not is_jsonl
        name = source.path or source.id
        if is_stdin and not self.diff:
            self.warn(f"{name}: fixes for standard input are not written; use --diff to see them")
            return report
        if is_jsonl and not self.diff and (self.fix_output is None or source.path == self.stdin_name):
            if name not in self._jsonl_skipped:
                self._jsonl_skipped.add(name)
                self.warn(f"{name}: JSONL records are fixed into a new file only; pass --fix-output PATH")
            return report
        if doc.decode_errors and not is_jsonl and not self.diff:
            self.warn(f"{name}: not fixed: the file has invalid UTF-8 that writing would replace")
            return report
        outcome = fix_document(self.linter, doc, unsafe=self.unsafe, report=report, max_passes=self.max_passes)
        self.unsafe_hidden += 0 if self.unsafe else outcome.unsafe_remaining()
        if not outcome.converged:
            self.warn(f"{name}: fixes did not settle after {outcome.passes} pass(es); "
                      "the remaining findings are reported")
        if not outcome.changed:
            return outcome.report
        if self.diff:
            label = f"{name}:{source.line}" if is_jsonl else name
            if source.format is not None and source.id != name:  # a row or record of a container
                label = f"{name}:{source.id}"
            if self.diff_stream is not None:
                self.diff_stream.write(unified_diff(doc.text, outcome.text, label))
        elif is_jsonl:
            self._jsonl.setdefault(source.path or "", {})[source.line or 0] = outcome.text
        elif not self._write(name, doc.text, outcome.text):
            return report
        self.fixed += outcome.applied
        self.documents_changed += 1
        return outcome.report

    def _not_writable(self, report: Report, source: Source) -> Report:
        """A document from a table, page or archive: fixes are shown by --diff, never written."""
        name = source.path or source.id
        if any(applicable(f, self.unsafe) for f in report.findings) and name not in self._jsonl_skipped:
            self._jsonl_skipped.add(name)
            self.warn(f"{name}: {source.format} inputs are not fixed in place; --diff shows the fixes")
        return report

    def _write(self, path: str, old_text: str, new_text: str) -> bool:
        try:
            original = open(path, "rb").read()
        except OSError as exc:
            self.warn(f"{path}: not fixed: cannot read it again: {exc.strerror or exc}")
            self.write_errors += 1
            return False
        if not os.stat(path).st_mode & 0o222:
            # Renaming over it would work, but the user marked it read-only.
            self.warn(f"{path}: not fixed: the file is read-only")
            self.write_errors += 1
            return False
        if decode_bytes(original)[0] != old_text:
            self.warn(f"{path}: not fixed: the file changed while it was being linted")
            self.write_errors += 1
            return False
        try:
            atomic_write(path, encode_like(original, new_text))
        except OSError as exc:
            self.warn(f"{path}: not fixed: cannot write: {exc.strerror or exc}")
            self.write_errors += 1
            return False
        return True

    def finish(self) -> None:
        """Write the fixed JSONL output, if records were fixed or JSONL was read."""
        if self.diff or self.fix_output is None:
            return
        inputs = [(p, self._jsonl.get(p, {})) for p in self._jsonl_seen]
        if not inputs:
            return
        try:
            write_fixed_jsonl(inputs, self.fix_output, self.linter.config.text_field)
        except OSError as exc:
            self.warn(f"{self.fix_output}: cannot write the fixed JSONL: {exc.strerror or exc}")
            self.write_errors += 1

    def summary(self) -> str:
        """One line for standard error: what was fixed, and what was left."""
        verb = "would fix" if self.diff else "fixed"
        out = f"{verb} {self.fixed} finding(s) in {self.documents_changed} document(s)"
        if self.unsafe_hidden and not self.unsafe:
            out += f"; {self.unsafe_hidden} more fixable with --unsafe-fixes"
        return out
