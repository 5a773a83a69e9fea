"""The language server's parts without a client: positions, directives, edits."""

from __future__ import annotations

from lsp_session import apply_text_edits
from sourcelint import Document, Linter
from sourcelint.fix import apply_edits
from sourcelint.lsp.actions import diff_edits, directive_edits
from sourcelint.lsp.positions import LineIndex


def test_positions_count_utf16_units_and_every_line_ending() -> None:
    text = "a\U0001F600b\r\nc\rd\ne"
    b = text.index("b")
    assert LineIndex(text, "utf-16").position(b) == (0, 3)
    assert LineIndex(text, "utf-32").position(b) == (0, 2)
    assert LineIndex(text, "utf-8").position(b) == (0, 5)
    index = LineIndex(text)
    assert [index.position(text.index(c)) for c in "cde"] == [(1, 0), (2, 0), (3, 0)]
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset] != "\r" or text[offset : offset + 1] != "\n":  # inside a CRLF: no position
            assert index.offset(*index.position(offset)) == offset
    assert index.offset(0, 99) == text.index("\r")  # past the end of a line: clamped to it
    assert index.offset(99, 0) == len(text)


def _codes_at(text: str, code: str) -> list[int]:
    # As the server lints a buffer: the author's directives are obeyed.
    return [f.start for f in Linter().lint(Document(text, directives=True)).findings if f.code == code]


def test_disable_for_block_covers_the_paragraph_and_nothing_else() -> None:
    text = "Intro line.\n\nMichelle BacheletThis week\nwas long, it said.\n\nMichelle BacheletThis again.\n"
    first, second = _codes_at(text, "MT001")
    paragraph = (text.index("Michelle"), text.index("said.") + 5)
    edits = directive_edits(text, LineIndex(text), "MT001", "block", first, paragraph)
    out = apply_edits(text, edits)
    assert out == ("Intro line.\n\n<!-- sourcelint: disable=MT001 -->\nMichelle BacheletThis week\nwas long, "
                   "it said.\n<!-- sourcelint: enable=MT001 -->\n\nMichelle BacheletThis again.\n")
    assert len(_codes_at(out, "MT001")) == 1  # the other paragraph is still reported
    # Without the linter's paragraph, the block is the run of non-blank lines.
    assert directive_edits(text, LineIndex(text), "MT001", "block", first) == edits


def test_disable_for_file_goes_after_front_matter_and_merges() -> None:
    text = "---\ntitle: A\n---\nMichelle BacheletThis week was long. He said so.\n"
    index = LineIndex(text)
    once = apply_edits(text, directive_edits(text, index, "MT001", "file", 20))
    assert once.startswith("---\ntitle: A\n---\n<!-- sourcelint: disable=MT001 -->\n")
    twice = apply_edits(once, directive_edits(once, LineIndex(once), "PRN001", "file", 60))
    assert "<!-- sourcelint: disable=MT001,PRN001 -->" in twice and twice.count("sourcelint:") == 1
    assert directive_edits(twice, LineIndex(twice), "PRN001", "file", 60) == []
    assert not [f for f in Linter().lint(Document(twice, directives=True)).findings if f.code in ("MT001", "PRN001")]


def test_diff_edits_reproduce_the_fixed_text_and_leave_other_lines_alone() -> None:
    old = "one\ntwo\nthree\nfour\n"
    new = "one\n2\nthree\nfour\nfive\n"
    edits = diff_edits(old, new, LineIndex(old))
    assert apply_text_edits(old, edits) == new
    assert [e.range.start.line for e in edits] == [1, 4]
