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
- Writing the results (:func:`atomic_write`, :func:`write_fixed_jsonl`)
  lives in :mod:`sourcelint.writing`; the names are re-exported here.
- :class:`FixSession` ties these to the command line (``--fix``, ``--diff``).
"""

from __future__ import annotations

import bisect
import difflib
import os
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable, Sequence

from .document import Document
from .finding import Edit, Finding
from .inputs import Source, decode_bytes
from .config import Config
from .linter import Linter, Report, TooManyFindings, check_text_args
from .writing import atomic_write, encode_like, splice_jsonl_line, write_fixed_jsonl

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


def _fix_key(f: Finding) -> tuple[Any, ...]:
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
    accepted = _Disjoint()
    taken: set[Edit] = set()
    fixed: list[Finding] = []
    for f in candidates:
        assert f.fix is not None
        edits = sorted((e for e in dict.fromkeys(f.fix.edits) if e not in taken), key=lambda e: (e.start, e.end))
        if any(e.start > e.end for e in edits):
            continue
        if _self_conflicting(edits) or any(map(accepted.conflicts, edits)):
            continue
        for e in edits:
            accepted.add(e)
        taken.update(edits)
        fixed.append(f)
    return fixed, accepted.edits


class _Disjoint:
    """Edits that pairwise do not :func:`_conflict`, sorted by (start, end).

    Sorted disjoint spans have non-decreasing ends, so an edit can only
    conflict with the last one starting before its end (or an insertion at
    its own point): one bisection, where comparing with every accepted edit
    was quadratic (800 KB of placeholder links, 53,000 fixes: 89 million
    comparisons).
    """

    def __init__(self) -> None:
        self.edits: list[Edit] = []
        self._keys: list[tuple[int, int]] = []
        self._points: set[int] = set()

    def conflicts(self, e: Edit) -> bool:
        """Whether ``e`` conflicts with an edit held here."""
        if e.start == e.end and e.start in self._points:
            return True
        i = bisect.bisect_left(self._keys, (e.end, -1)) - 1  # the last edit starting before e.end
        return i >= 0 and _conflict(e, self.edits[i])

    def add(self, e: Edit) -> None:
        """Hold ``e`` (which must not conflict)."""
        key = (e.start, e.end)
        i = bisect.bisect_right(self._keys, key)
        self._keys.insert(i, key)
        self.edits.insert(i, e)
        if e.start == e.end:
            self._points.add(e.start)


def _self_conflicting(edits: Sequence[Edit]) -> bool:
    """Whether two of one fix's ``edits`` conflict with each other."""
    own = _Disjoint()
    for e in edits:
        if own.conflicts(e):
            return True
        own.add(e)
    return False


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
    #: The report of the text before fixing.
    original: Report | None = None

    @property
    def record(self) -> Report:
        """The article's record, as ``sourcelint fix`` writes it: the score
        and verdict of the text as received, the findings left after fixing,
        and ``fixed`` saying what changed (see :meth:`Report.after_fix`)."""
        if not self.changed or self.original is None:
            return self.report
        return self.original.after_fix(self.report, self.applied, self.codes)

    @property
    def changed(self) -> bool:
        """Whether the text differs from the original."""
        return self.applied > 0

    def unsafe_remaining(self) -> int:
        """Findings left that have a fix applied only with ``--unsafe-fixes``."""
        return sum(1 for f in self.report.findings if f.fix is not None and f.fix.edits and not f.fix.safe)


def _relint(linter: Linter, doc: Document, text: str, max_findings: int | None = None) -> Report:
    new = Document(text, id=doc.id, path=doc.path, metadata=doc.metadata, markdown=doc.markdown,
                   directives=doc.directives)
    return linter.lint(new, max_findings=max_findings)


def fix_document(linter: Linter, doc: Document, unsafe: bool = False, report: Report | None = None,
                 max_passes: int = MAX_PASSES) -> FixOutcome:
    """Fix ``doc`` to a fixed point: lint, apply compatible fixes, repeat.

    ``report`` may be the report ``linter`` already produced for ``doc``
    (saves one lint). The outcome's report always describes the final text.
    """
    text = doc.text
    if report is None or report.status != "ok":
        report = linter.lint(doc)
    # Findings past max-findings-per-rule are not listed, so their fixes are
    # missing: such a document is fixed from complete reports, and reported
    # with the limit again at the end.
    limit = 0 if any(f.code == TooManyFindings.code for f in report.findings) else None
    if limit == 0:
        report = linter.lint(doc, max_findings=0)
    outcome = FixOutcome(text=text, report=report, original=report)
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
        report = _relint(linter, doc, text, limit)
    if limit == 0:
        report = _relint(linter, doc, text)
    outcome.text = text
    outcome.report = report
    return outcome


def fix_text(text: str, *, unsafe: bool = False, config: Config | None = None, linter: Linter | None = None,
             id: str = "<text>", path: str | None = None, markdown: bool = True) -> FixOutcome:
    """Fix one article to a fixed point, as ``sourcelint fix`` does a file.

    Safe fixes only unless ``unsafe``; the rules are those of ``linter``, or
    of ``config`` (default: every rule). Returns a :class:`FixOutcome`:
    ``text`` is the fixed text, ``report`` what remains in it, ``record`` the
    article's record (original score and verdict, with ``fixed``). Raises
    TypeError for a text that is not a ``str``.
    """
    if isinstance(text, Linter):
        raise TypeError("fix_text takes the text first: fix_text(text, linter=linter)")
    check_text_args(text, id)
    if linter is None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a sourcelint.Config or None, not {type(config).__name__}")
        linter = Linter(config) if config is not None else _default_linter()
    return fix_document(linter, Document(text, id=id, path=path, markdown=markdown), unsafe=unsafe)


def _default_linter() -> Linter:
    """One Linter with every rule, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Linter()
    return _DEFAULT


_DEFAULT: Linter | None = None


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
        return outcome.record

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
        if not os.access(path, os.W_OK):
            # Renaming over it would work too (the folder is writable), but the file is not this user's to change.
            self.warn(f"{path}: not fixed: you have no permission to write it")
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
