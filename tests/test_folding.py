"""rules/folding.py: a plain pattern over aligned case-folded text finds what
the case-blind pattern finds in the text (the facts the module relies on,
checked over all of Unicode for this Python's Unicode data)."""

from __future__ import annotations

import re
import string

import pytest

from sourcelint.rules.boilerplate.origin_notices import _FOLDED_HEADS_RE, _TRIGGER_HEADS_RE
from sourcelint.rules.boilerplate.widget_lines import _FOLDED_MEDIA_RE, _MEDIA_RE
from sourcelint.rules.folding import aligned_fold, fold

ALL = "".join(map(chr, range(0x110000)))


def test_each_letters_case_blind_class_is_what_folds_to_it() -> None:
    folds_to: dict[str, set[str]] = {}
    for c in ALL:
        f = fold(c)
        if len(f) == 1:
            folds_to.setdefault(f, set()).add(c)
    for x in string.ascii_lowercase:
        blind = set(re.findall(f"(?i){x}", ALL))
        # "İ" is in "i"'s case-blind class but folds to two characters:
        # aligned_fold refuses a text that holds it.
        assert blind - {"İ"} == folds_to[x], x
    assert aligned_fold("İstanbul") is None


def test_folding_keeps_word_and_other_characters_apart() -> None:
    word = re.compile(r"\w")
    crossing = [c for c in ALL if len(fold(c)) == 1 and bool(word.match(c)) != bool(word.match(fold(c)))]
    assert crossing == ["\u0345"]
    assert aligned_fold("a\u0345b") is None


@pytest.mark.parametrize("text", [
    "Watch the VIDEO player", "the KELVIN sign: \u212aitchen AUTOmated", "ſlideshow ſyndicated",
    "dotless ıt: machıne", "Σ final ΣΑΣ media", "automaticMACHINE auto-published", "x" * 5 + "poll",
])
def test_plain_pattern_over_aligned_fold_matches_case_blind(text: str) -> None:
    folded = aligned_fold(text)
    assert folded is not None and len(folded) == len(text)
    for blind, plain in ((_TRIGGER_HEADS_RE, _FOLDED_HEADS_RE), (_MEDIA_RE, _FOLDED_MEDIA_RE)):
        assert [m.span() for m in plain.finditer(folded)] == [m.span() for m in blind.finditer(text)]


@pytest.mark.parametrize("text", [
    "5min read", "a 5 MIN listen", "12-Min", "1 2 min", "5\tMinutes", "x5 -min", "K: 3 \u212aIN ſ 4 mın", "minister 9",
    "İstanbul 5 Min",  # no aligned fold: the case-blind pattern runs
])
def test_reading_times_are_found_from_min_where_the_case_blind_pattern_finds_them(text: str) -> None:
    from sourcelint import Document
    from sourcelint.rules.boilerplate.furniture_shapes import _MINUTES_TRIGGER_RE, _minutes

    assert _minutes(Document(text)) == [m.start() for m in _MINUTES_TRIGGER_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "Play 1 of 12\n\n0:45 / 3:10\n\nVideo 5 min", "5:30:45 of 9 min", "3 of x", "12:3 and 4min", "none here",
])
def test_widget_gate_digit_cues_name_the_blocks_its_digit_pattern_names(text: str) -> None:
    from bisect import bisect_right

    from sourcelint import Document
    from sourcelint.rules.boilerplate import widget_lines as w

    starts = [b[0] for b in w._blocks(Document(text))]
    wanted = [m.start() for m in w._GATE_DIGITS_RE.finditer(text)]
    cues = w._digit_cues(text)
    assert set(wanted) <= set(cues) and all(text[p].isdigit() for p in cues)
    assert {bisect_right(starts, p) - 1 for p in cues} == {bisect_right(starts, p) - 1 for p in wanted}
