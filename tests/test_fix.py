"""Fixes: overlap resolution, fixed point, atomic writes, JSONL output, CLI."""

from __future__ import annotations

import json
import os
import random
import re
import stat
from pathlib import Path
from typing import Iterable

import pytest
from click.testing import CliRunner

from sourcelint import Config, Document, Edit, Finding, Fix, Linter, Rule
from sourcelint.cli import cli
from sourcelint.fix import (
    apply_edits,
    atomic_write,
    fix_document,
    fix_text,
    select_fixes,
    splice_jsonl_line,
    write_fixed_jsonl,
)
from sourcelint.registry import load_rules

from conftest import SAMPLES

PLUGIN = str(Path(__file__).parent / "plugins" / "fix_plugin.py")
PLUGIN_CODES = ("LNG901", "LNG902", "LNG903", "LNG904")


def plugin_linter(*codes: str) -> Linter:
    rules = load_rules([PLUGIN])
    return Linter(Config(), rules=[rules[c] for c in (codes or PLUGIN_CODES)])


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def plugin_args(*more: str) -> list[str]:
    return ["--plugin", PLUGIN, "--select", ",".join(PLUGIN_CODES), *more]


# -- choosing and applying edits -------------------------------------------------

def test_overlapping_fixes_resolve_the_same_way_whatever_the_order() -> None:
    linter = plugin_linter()
    report = linter.lint_text("teh  cat")
    assert sorted(f.code for f in report.findings) == ["LNG901", "LNG902", "LNG904"]
    results = set()
    for seed in range(6):
        shuffled = list(report.findings)
        random.Random(seed).shuffle(shuffled)
        fixed, edits = select_fixes(shuffled)
        results.add((tuple(f.code for f in fixed), apply_edits("teh  cat", edits)))
    # LNG901 (0-3) starts first and wins; LNG904 (0-5) overlaps it and is
    # dropped; LNG902 (3-5) only touches LNG901's span and is kept.
    assert results == {(("LNG901", "LNG902"), "the cat")}


def _f(code: str, *edits: Edit, safe: bool = True) -> Finding:
    start = min(e.start for e in edits)
    return Finding(code, "r", "language", "warning", "m", start, start, 1, 1, 1, 1,
                   fix=Fix(tuple(edits), safe=safe))


def test_identical_edits_from_two_rules_apply_once_and_count_twice() -> None:
    a = _f("AAA001", Edit(2, 4, "x"))
    b = _f("BBB001", Edit(2, 4, "x"))
    fixed, edits = select_fixes([b, a])
    assert [f.code for f in fixed] == ["AAA001", "BBB001"]
    assert edits == [Edit(2, 4, "x")]


def test_two_insertions_at_one_point_conflict() -> None:
    first = _f("AAA001", Edit(3, 3, " "))
    second = _f("BBB001", Edit(3, 3, "-"))
    fixed, edits = select_fixes([second, first])
    assert [f.code for f in fixed] == ["AAA001"]
    assert edits == [Edit(3, 3, " ")]


def test_a_fix_is_all_or_nothing() -> None:
    kept = _f("AAA001", Edit(3, 4, "Z"))
    # Its first edit overlaps AAA001's, so its second one must not land alone.
    partial = _f("CCC001", Edit(5, 6, "X"), Edit(3, 5, ""))
    fixed, edits = select_fixes([partial, kept])
    assert [f.code for f in fixed] == ["AAA001"]
    assert apply_edits("abcdefg", edits) == "abcZefg"


def test_unsafe_fixes_only_on_request() -> None:
    safe, _ = select_fixes([_f("AAA001", Edit(0, 1, ""), safe=False)])
    assert safe == []
    unsafe, edits = select_fixes([_f("AAA001", Edit(0, 1, ""), safe=False)], unsafe=True)
    assert [f.code for f in unsafe] == ["AAA001"] and edits == [Edit(0, 1, "")]
    linter = plugin_linter("LNG903")
    assert fix_text(linter=linter, text="A very unique idea.").text == "A very unique idea."
    assert fix_text(linter=linter, text="A very unique idea.", unsafe=True).text == "A unique idea."


def test_apply_edits_rejects_overlaps_and_out_of_range() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])
    with pytest.raises(ValueError):
        apply_edits("abc", [Edit(2, 9, "")])
    assert apply_edits("abcdef", [Edit(4, 6, "!"), Edit(0, 0, ">"), Edit(1, 2, "")]) == ">acd!"


# -- fixed point ----------------------------------------------------------------------

def test_fixing_is_idempotent_and_a_relint_reports_nothing_fixed() -> None:
    linter = plugin_linter()
    text = "teh  cat sat on teh mat.  Then  teh dog came."
    out = fix_text(linter=linter, text=text)
    assert out.text == "the cat sat on the mat. Then the dog came."
    assert out.converged and out.applied == 6
    assert not [f for f in out.report.findings if f.fix and f.fix.safe]
    relint = linter.lint_text(out.text)
    assert [f.code for f in relint.findings] == [f.code for f in out.report.findings] == []
    again = fix_text(linter=linter, text=out.text)
    assert again.applied == 0 and again.text == out.text


class Squeeze(Rule):
    """Two "a" in a row.

    What it finds:
    "aa".

    Why it matters:
    Needs several passes: "aaaa" becomes "aa", then "a".

    How to fix:
    Drop one "a".
    """

    code = "LNG951"
    name = "squeeze"
    family = "language"
    fixable = True

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in re.finditer("aa", doc.text):
            yield self.finding(doc, m.start(), m.end(), "aa", fix=Fix((Edit(m.start(), m.end(), "a"),)))


class XtoY(Squeeze):
    """"x" should be "y"."""

    code = "LNG952"
    name = "x-to-y"

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in re.finditer("x", doc.text):
            yield self.finding(doc, m.start(), m.end(), "x", fix=Fix((Edit(m.start(), m.end(), "y"),)))


class YtoX(Squeeze):
    """"y" should be "x"."""

    code = "LNG953"
    name = "y-to-x"

    def check(self, doc: Document) -> Iterable[Finding]:
        for m in re.finditer("y", doc.text):
            yield self.finding(doc, m.start(), m.end(), "y", fix=Fix((Edit(m.start(), m.end(), "x"),)))


for _cls in (XtoY, YtoX):
    _cls.__doc__ = f"{_cls.__doc__}\n\n" + "\n".join(Squeeze.__doc__.split("\n")[2:])


def test_fixes_that_uncover_more_run_again_until_nothing_is_left() -> None:
    out = fix_document(Linter(Config(), rules=[Squeeze]), Document("baaaab aaaaaaaa"))
    assert out.text == "bab a"
    assert out.passes == 3 and out.converged


def test_rules_that_undo_each_other_stop_without_looping() -> None:
    out = fix_document(Linter(Config(), rules=[XtoY, YtoX]), Document("x"))
    assert not out.converged
    assert out.passes <= 5
    # The outcome's report describes the text it returns.
    assert out.report.findings and out.report.findings[0].excerpt.strip() == out.text


# -- writing files ----------------------------------------------------------------------

def test_atomic_write_keeps_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("old")
    os.chmod(p, 0o640)
    atomic_write(p, b"new")
    assert p.read_bytes() == b"new"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_interrupted_write_leaves_the_original_whole(tmp_path: Path, monkeypatch, exc) -> None:
    p = tmp_path / "a.txt"
    p.write_text("original text")

    def boom(fd: int) -> None:
        raise exc

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(type(exc)):
        atomic_write(p, b"new text that never lands")
    assert p.read_text() == "original text"
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_atomic_write_through_a_symlink_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    atomic_write(link, b"new")
    assert link.is_symlink() and target.read_text() == "new"


def test_cli_fix_writes_fixed_files_only_and_keeps_permissions(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("teh  cat\n\nA very unique idea.\n")
    os.chmod(bad, 0o604)
    clean = tmp_path / "clean.md"
    clean.write_text("The cat.\n")
    os.utime(clean, (1_000_000_000, 1_000_000_000))
    inode = clean.stat().st_ino

    result = run("check", *plugin_args("--fix", "--format", "concise", str(tmp_path)))
    assert bad.read_text() == "the cat\n\nA very unique idea.\n"
    assert stat.S_IMODE(bad.stat().st_mode) == 0o604
    assert clean.stat().st_mtime == 1_000_000_000 and clean.stat().st_ino == inode
    # What remains is reported; what was fixed is counted.
    assert "LNG903" in result.output and "LNG901" not in result.output and "LNG902" not in result.output
    assert "fixed 2 finding(s) in 1 document(s); 1 more fixable with --unsafe-fixes" in result.stderr
    # Nothing left to do: a second run changes nothing.
    again = run("check", *plugin_args("--diff", str(tmp_path)))
    assert again.exit_code == 0 and again.stdout == ""


def test_fix_subcommand_is_check_fix_and_unsafe_fixes_apply_more(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("A very unique teh idea.\n")
    result = run("fix", *plugin_args("--unsafe-fixes", "--format", "concise", str(p)))
    assert p.read_text() == "A unique the idea.\n"
    assert result.exit_code == 0


def test_diff_prints_a_unified_diff_writes_nothing_and_exits_1(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Intro.\n\nteh  cat\n")
    before = p.stat().st_mtime_ns
    os.chdir(tmp_path)
    result = run("check", *plugin_args("--diff", "a.txt"))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "--- a/a.txt", "+++ b/a.txt", "@@ -1,3 +1,3 @@", " Intro.", " ", "-teh  cat", "+the cat",
    ]
    assert p.read_text() == "Intro.\n\nteh  cat\n" and p.stat().st_mtime_ns == before


def test_encoding_details_survive_a_fix(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfteh caf\xc3\xa9\r\n\r\nSecond  line.\r\n")
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(b"\xff\xfe" + "teh cat\n".encode("utf-16-le"))
    run("check", *plugin_args("--fix", str(tmp_path)))
    assert bom.read_bytes() == b"\xef\xbb\xbfthe caf\xc3\xa9\r\n\r\nSecond line.\r\n"
    assert utf16.read_bytes() == b"\xff\xfe" + "the cat\n".encode("utf-16-le")


def test_files_that_cannot_be_written_faithfully_are_left_alone(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"teh cat \xff\n")
    ro = tmp_path / "ro.txt"
    ro.write_text("teh cat\n")
    os.chmod(ro, 0o444)
    result = run("check", *plugin_args("--fix", str(tmp_path)))
    assert broken.read_bytes() == b"teh cat \xff\n"
    assert ro.read_text() == "teh cat\n"
    assert "invalid UTF-8" in result.stderr and "read-only" in result.stderr
    assert result.exit_code == 2


# -- JSONL ------------------------------------------------------------------------------

def test_splice_keeps_every_other_byte_of_the_line() -> None:
    raw = b'{"id": "a",  "n": 1.50, "text": "teh  caf\\u00e9", "meta": {"text": "inner"}, "z": [1,2]}\r\n'
    out = splice_jsonl_line(raw, "text", "the caf\u00e9")
    assert out == b'{"id": "a",  "n": 1.50, "text": "the caf\\u00e9", "meta": {"text": "inner"}, "z": [1,2]}\r\n'
    literal = '{"text":"teh café","id":1}\n'.encode()
    assert splice_jsonl_line(literal, "text", "the café") == '{"text":"the café","id":1}\n'.encode()
    # Duplicate keys: json.loads keeps the last, and so does the splice.
    dup = b'{"text": "old", "text": "teh"}\n'
    assert json.loads(splice_jsonl_line(dup, "text", "the")) == {"text": "the"}


def test_cli_fixes_jsonl_into_a_new_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        b'{"id": "a", "text": "teh  cat", "outlet": "X", "score": 1.0}\n',
        b'{"id":"b","text":"Fine text.","n":[1, 2]}\n',
        b"{not json\n",
        b"\n",
        b'{"text": "A very unique teh idea.", "id": "c"}',
    ]
    src.write_bytes(b"".join(lines))
    before = src.read_bytes()
    out = tmp_path / "out.jsonl"
    result = run("check", *plugin_args("--fix", "--fix-output", str(out), "--format", "concise", str(src)))
    assert src.read_bytes() == before
    got = out.read_bytes().splitlines(keepends=True)
    assert got == [
        b'{"id": "a", "text": "the cat", "outlet": "X", "score": 1.0}\n',
        lines[1], lines[2], lines[3],
        b'{"text": "A very unique the idea.", "id": "c"}\n',
    ]
    assert "fixed 3 finding(s) in 2 document(s)" in result.stderr
    # The fixed output lints clean of everything safely fixable: no diff (the
    # malformed line kept byte for byte still makes the run exit 2).
    relint = run("check", *plugin_args("--diff", str(out)))
    assert relint.stdout == "" and relint.exit_code == 2
    assert "1 record(s) could not be linted" in relint.stderr


def test_jsonl_without_fix_output_is_left_alone(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "teh cat"}\n')
    result = run("check", *plugin_args("--fix", str(src)))
    assert src.read_text() == '{"id": "a", "text": "teh cat"}\n'
    assert "--fix-output" in result.stderr


def test_write_fixed_jsonl_concatenates_inputs(tmp_path: Path) -> None:
    a = tmp_path / "a.jsonl"
    a.write_bytes(b'{"text": "x"}')  # no final newline
    b = tmp_path / "b.jsonl"
    b.write_bytes(b'{"text": "y"}\n')
    out = tmp_path / "o.jsonl"
    write_fixed_jsonl([(str(a), {1: "X"}), (str(b), {})], out, "text")
    assert out.read_bytes() == b'{"text": "X"}\n{"text": "y"}\n'


# -- the real rules ---------------------------------------------------------------------

def test_real_fixes_on_the_samples_are_idempotent(tmp_path: Path) -> None:
    linter = Linter(Config())
    assert {c for c, r in load_rules().items() if r.fixable}, "no fixable rule is registered"
    total = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out = fix_document(linter, Document(text, id=path.name, path=path.name))
        total += out.applied
        assert out.converged, path.name
        second = fix_document(linter, Document(out.text, id=path.name, path=path.name))
        assert second.applied == 0 and second.text == out.text, path.name
        assert not [f for f in out.report.findings if f.fix and f.fix.safe], path.name
    assert total > 0


def test_repeated_block_of_sample_004_is_removed() -> None:
    assert "DUP002" in load_rules()
    (path,) = SAMPLES.glob("004_*.txt")
    text = path.read_text(encoding="utf-8")
    # Only the duplication rules, so the paragraphs left are the originals.
    linter = Linter(Config(), rules=[r for c, r in load_rules().items() if c.startswith("DUP")])
    assert any(f.code == "DUP002" for f in linter.lint_text(text).findings)
    out = fix_text(linter=linter, text=text)
    assert "DUP002" in out.codes
    assert not any(f.code.startswith("DUP00") for f in out.report.findings)
    assert len(out.text) < 0.7 * len(text)
    # The first copy stays: every paragraph of the fixed text was in the original.
    for para in out.text.split("\n\n"):
        assert para.strip() in text
