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
