"""STR004: control characters, U+FFFD and zero-width characters inside words."""

from __future__ import annotations

import re
from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..messages import shown
from .encoding import MAX_REPORTED, mojibake_runs

_CONTROL_RE = re.compile(
    "(?P<c0>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+)"
    "|(?P<c1>[\x80-\x9f]+)"
    "|(?P<fffd>\ufffd+)"
    "|(?<=[A-Za-z])(?P<zw>[\u200b\u2060\ufeff]+)(?=[A-Za-z])"
)


def _cp1252(ch: str) -> str:
    try:
        return bytes([ord(ch)]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _byte_ranges(ranges: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for bs, be in ranges:
        if merged and merged[-1][1] == bs:
            merged[-1][1] = be
        else:
            merged.append([bs, be])
    return ", ".join(f"{bs}-{be}" for bs, be in merged)


class ControlCharacters(Rule):
    """Control characters, U+FFFD replacement characters or zero-width junk in the text.

    What it finds:
    C0 control characters other than newline, tab and carriage return; C1
    controls (U+0080-U+009F, usually Windows-1252 quotes read as Latin-1);
    U+FFFD replacement characters, with the byte offsets of the invalid
    UTF-8 when the file was read by sourcelint ("invalid UTF-8 at bytes
    120-121, replaced by U+FFFD"); and zero-width spaces inside words
    (reported as info).

    Why it matters:
    These characters are invisible or meaningless to readers, break search
    and tokenisation, and show that the text was decoded or copied wrongly;
    a U+FFFD means a character was lost for good.

    How to fix:
    Remove C0 controls and zero-width characters, map C1 controls to the
    Windows-1252 characters they stand for (both fixes are safe). For U+FFFD,
    restore the lost character from the source; removing it is offered as
    an unsafe fix.
    """

    code = "STR004"
    name = "control-characters"
    family = "structure"
    needs = (mojibake_runs,)
    severity = "warning"
    fixable = True
    fix_safety = "mixed"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # Fast path in C: printable text with ordinary white space has no
        # control or format characters (a regex scan costs ~20x more).
        if "\ufffd" not in text and text.replace("\n", " ").replace("\t", " ").replace("\r", " ").isprintable():
            return
        errors = {c: (bs, be) for c, bs, be in doc.decode_errors}
        reported = 0
        moji: list[tuple[int, int, str]] | None = None
        for m in _CONTROL_RE.finditer(text):
            s, e = m.start(), m.end()
            kind = m.lastgroup
            if kind == "c1":
                # A C1 byte inside a mojibake run ("â€\x9d") is STR003's repair.
                if moji is None:
                    moji = mojibake_runs(doc)
                if any(ms <= s and e <= me for ms, me, _ in moji):
                    continue
            run = m.group()
            codes = ", ".join(f"U+{ord(c):04X}" for c in run[:4]) + (", …" if len(run) > 4 else "")
            severity = None
            if kind == "c0":
                msg = f"{len(run)} control character(s) ({codes}) in the text"
                fix = Fix((Edit(s, e, ""),), safe=True, description="remove the control characters")
            elif kind == "c1":
                repl = "".join(_cp1252(c) for c in run)
                msg = f"C1 control character(s) ({codes}) in the text, probably Windows-1252 '{repl}' read as Latin-1"
                fix = Fix((Edit(s, e, repl),), safe=True, description=f"replace with '{repl}'")
            elif kind == "fffd":
                bad = [errors[i] for i in range(s, e) if i in errors]
                if bad:
                    msg = f"invalid UTF-8 at bytes {_byte_ranges(bad)}, replaced by U+FFFD"
                else:
                    n = "a U+FFFD replacement character" if len(run) == 1 else f"{len(run)} U+FFFD replacement characters"
                    msg = f"{n}: a character was lost when the text was decoded upstream"
                fix = Fix((Edit(s, e, ""),), safe=False, description="remove the replacement character")
            else:
                word_s, word_e = s, e
                while word_s > 0 and text[word_s - 1].isalpha():
                    word_s -= 1
                while word_e < len(text) and text[word_e].isalpha():
                    word_e += 1
                msg = f"zero-width character ({codes}) inside the word '{shown(text[word_s:word_e].replace(run, ''), 30)}'"
                fix = Fix((Edit(s, e, ""),), safe=True, description="remove the zero-width character")
                severity = "info"
            reported += 1
            if reported == MAX_REPORTED:
                msg += " (further occurrences not listed)"
            yield self.finding(doc, s, e, msg, fix=fix, severity=severity)
            if reported >= MAX_REPORTED:
                return
