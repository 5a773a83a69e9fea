"""rules/literals.py: MarkPattern finds what the pattern opening on a
character set finds, for the patterns the rules scan that way."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcelint.rules.boilerplate.not_prose import _MARKER_ALONE_RE
from sourcelint.rules.literals import MarkPattern
from sourcelint.rules.translation.glue_marks import _POSSESSIVE_RE
from sourcelint.rules.translation.glued_words import _LOWER_JOINS
from sourcelint.rules.translation.stray_orphans import _AFTER_STOP_RE
from sourcelint.rules.translation.stray_punctuation import _STRAY_TRIGGER_RE

from conftest import sample_text

#: Each MarkPattern of the rules, with the character-set pattern it stands for.
PAIRS = [
    (_AFTER_STOP_RE, re.compile(r"[.!?](?<=[^\W_][.!?])([ \t]+[;,:?!]+)(?=\s|$)")),
    (_STRAY_TRIGGER_RE, re.compile(r"[.,;:](?<=[ \t.,;!?:”\"’“(][.,;:])")),
    (_POSSESSIVE_RE, re.compile(r"['’](?<=[a-z]['’])s(?=[A-Z][a-z]{2,}\b)")),
    (_MARKER_ALONE_RE, re.compile(
        r"[\[(][ \t]?(?:placeholder|tk|tktk|tbd|tbc|todo|fixme|tba|(?:[\w'’-]+ ){0,3}to come)[ \t]?[\])]", re.I)),
    (_LOWER_JOINS[0][1], re.compile(r"[;:](?<=[a-z]{3}[;:])(?=[a-z]{3,}\b)")),
    (_LOWER_JOINS[1][1], re.compile(r"[)\]](?<=[A-Za-z]{2}[)\]])(?=[a-z]{3,}\b)")),
    (_LOWER_JOINS[2][1], re.compile(r"[”\"](?<=[a-z],[”\"])(?=[a-z]{3,}\b)")),
]

TEXTS = [
    "It rained. ; Then it stopped! , and then? : no.", "a ,. b .; c :, d (. e ”.",
    "Haas'sEsteban and Haas’sEsteban, but Haas's car.", "[TK] (to come) [Photo to come] (Placeholder) ( tbd )",
    "one;two three:four", "word(s)plc and HSBC]here", 'he said,"yes and,”now', "",
]


def _spans(found) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("marks, pattern", PAIRS)
def test_mark_patterns_find_what_the_character_set_finds(marks: MarkPattern, pattern: re.Pattern[str]) -> None:
    for text in [*TEXTS, *(sample_text(f"{n:03d}") for n in range(5))]:
        assert _spans(marks.finditer(text)) == _spans(pattern.finditer(text)), text[:60]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZs'’.,;:!? \t\n()[]”\"tkTK") + ["to come"]), max_size=40).map("".join))
def test_mark_patterns_agree_on_arbitrary_text(text: str) -> None:
    for marks, pattern in PAIRS:
        assert _spans(marks.finditer(text)) == _spans(pattern.finditer(text))
