"""Structure and boilerplate rules beyond their TOML cases: decode errors, fixes, hostile input."""

from __future__ import annotations

import pytest

from sourcelint.document import Document
from sourcelint.inputs import decode_bytes
from sourcelint.rules.boilerplate import RULES as BLP_RULES
from sourcelint.rules.boilerplate import EmbedResidue, FurnitureLine, PlaceholderLink
from sourcelint.rules.structure import RULES as STR_RULES
from sourcelint.rules.structure import ControlCharacters, Mojibake

from conftest import sample_text


def _apply(text: str, findings) -> str:
    edits = sorted((e for f in findings if f.fix for e in f.fix.edits), key=lambda e: e.start, reverse=True)
    for e in edits:
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def test_invalid_utf8_byte_offsets_in_message() -> None:
    data = "Reykjavík mayor".encode("utf-8").replace("í".encode("utf-8"), b"\xed") + b" spoke \xff\xfe first."
    text, errors = decode_bytes(data)
    doc = Document(text, decode_errors=errors)
    found = list(ControlCharacters().check(doc))
    assert [doc.text[f.start : f.end] for f in found] == ["\ufffd", "\ufffd\ufffd"]
    assert found[0].message == "invalid UTF-8 at bytes 7-8, replaced by U+FFFD"
    # Two adjacent one-byte errors are reported as one byte range.
    assert found[1].message == "invalid UTF-8 at bytes 22-24, replaced by U+FFFD", found[1].message
    assert found[0].fix is not None and not found[0].fix.safe


def test_replacement_character_without_decode_errors() -> None:
    doc = Document("The mayor of Reykjav\ufffdk spoke.")
    (f,) = ControlCharacters().check(doc)
    assert "lost" in f.message and "bytes" not in f.message


def test_mojibake_fix_restores_text() -> None:
    clean = "It’s the café’s “best” year — José said so."
    # Bytes undefined in cp1252 (0x9d in "”") survive as Latin-1, as in real pipelines.
    broken = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in clean.encode("utf-8")
    )
    doc = Document(broken)
    found = list(Mojibake().check(doc))
    assert found and all(f.fix.safe for f in found)
    assert _apply(broken, found) == clean


def test_c1_controls_inside_mojibake_left_to_str003() -> None:
    # "”" as UTF-8 is e2 80 9d; 0x9d is undefined in cp1252 and survives as U+009D.
    broken = "She said \u00e2\u20ac\u0153no\u00e2\u20ac\u009d twice."
    doc = Document(broken)
    assert not list(ControlCharacters().check(doc))
    assert _apply(broken, Mojibake().check(doc)) == "She said “no” twice."


def test_blp_fixes_on_sample_003_remove_lines_cleanly() -> None:
    text = sample_text("003")
    doc = Document(text, markdown=False)
    findings = [f for r in (FurnitureLine, EmbedResidue) for f in r().check(doc)]
    fixed = _apply(text, findings)
    assert "Skip to content" not in fixed and "newsletter" not in fixed and "@globaltimesnews" not in fixed
    assert "\n\n\n" not in fixed and fixed.startswith("US Secretary of State")


def test_placeholder_fix_keeps_link_text() -> None:
    text = sample_text("002")
    doc = Document(text, markdown=False)
    fixed = _apply(text, PlaceholderLink().check(doc))
    assert "](#)" not in fixed and "disappointing statement that betrays" in fixed


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 1_000_000,
        " " * 200_000,
        "-" * 300_000,
        "[" * 200_000 + "](",
        "<a " * 100_000,
        "(@x) " * 50_000,
        "Ã©" * 100_000,
        "\x00" * 100_000,
        "Sign up for " * 50_000,
        ("word " * 30 + "\n\n") * 2_000,
    ],
    ids=["letters", "spaces", "dashes", "brackets", "anchors", "handles", "mojibake", "nul", "phrases", "paragraphs"],
)
def test_hostile_input_completes(hostile: str) -> None:
    """Each rule finishes on pathological input (a regex with backtracking would hang here)."""
    doc = Document(hostile)
    for rule in BLP_RULES + STR_RULES:
        for f in rule().check(doc):
            assert 0 <= f.start <= f.end <= len(hostile)
