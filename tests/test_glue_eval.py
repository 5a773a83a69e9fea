"""The glued-word generator (tests/eval/inject_glue.py) and MT001's word-probability splits."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))

from inject_glue import glue_copy  # noqa: E402
from sourcelint import Config, Linter  # noqa: E402
from sourcelint.rules.translation.glue_segment import INFO_CONFIDENCE, segment_cut  # noqa: E402

_TEXT = (
    "Police said the fire started on Monday in London.\n\n"
    "The council spent $9 million, officials said. Residents were angry.\n\n"
    "We are not going to stop, she told 20 people at the meeting."
)


def test_glue_copy_removes_one_space_per_glued_pair():
    text, spans = glue_copy(_TEXT, random.Random(3), per_doc=3)
    assert len(spans) == 3
    assert len(text) == len(_TEXT) - 3
    for start, end, _pattern in spans:
        assert " " not in text[start:end]
        assert text[start:end].replace(" ", "") in _TEXT.replace(" ", "")


def test_glued_pairs_of_the_sample_are_found():
    linter = Linter(Config(select=("MT001",)))
    found = 0
    for seed in range(5):
        text, spans = glue_copy(_TEXT, random.Random(seed), per_doc=3)
        findings = linter.lint_text(text, id="t").findings
        found += sum(any(f.start < e and f.end > s for f in findings) for s, e, _ in spans)
    assert found >= 12  # of 15 glued pairs


@pytest.mark.parametrize(("word", "at", "sure"), [
    ("councilborrowing", 7, False), ("andvowed", 3, True), ("Weare", 2, True), ("Ministryof", 8, True),
    ("DavidBeckham", 5, True), ("Strawberryproducers", 10, False),
])
def test_splits(word, at, sure):
    cut = segment_cut(word, 1)
    assert cut is not None and cut.at == at
    assert (cut.confidence >= INFO_CONFIDENCE) == sure


@pytest.mark.parametrize("word", ["healthcare", "stakeholder", "lawmakers", "crowdfunding", "Castlebridge",
                                  "PlayStation", "YouTube", "HarperCollins", "Microplastics", "hashtag"])
def test_words_names_and_brands_are_no_glue(word):
    assert segment_cut(word, 1) is None


def test_a_recurring_token_is_a_name():
    assert segment_cut("Strawberryproducers", 2) is None
