"""Regression floors for the pronoun-flip evaluation (tests/eval/flip_pronouns.py).

Runs the seeded generator (10 corrupted versions per article, seed 0) on the
native-English corpus and on the wmt21 human reference translations, in both
its clean-context mode (nobody else near the flipped pronoun) and its
hard-context mode (someone of the other gender nearby), and asserts the
recall floors on flipped pronouns of people named at least twice, the
precision of the PRN findings on the corrupted articles, and the false-alarm
ceiling on the untouched articles of both corpora. The floors sit just below
the measured values (given beside each), so a regression fails here.
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT, native_corpus

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import flip_pronouns  # noqa: E402  (after the path insert)

VARIANTS = 10


@pytest.fixture(scope="module")
def native() -> list[dict]:
    return native_corpus()


@pytest.fixture(scope="module")
def references(native: list[dict]) -> list[dict]:
    refs = flip_pronouns.load_human_references()
    if not refs:
        pytest.skip("wmt21 reference files not present")
    return refs


@pytest.mark.needs_corpus
def test_native_clean_context_recall_precision_and_false_alarms(native: list[dict]) -> None:
    res = flip_pronouns.evaluate(native, variants=VARIANTS, seed=0)
    assert res["flipped_named2"] >= 40, "the generator should label enough pronouns to measure"  # measured 50
    assert res["recall_named2"] >= 0.85, res["recall_named2"]  # measured 0.94
    assert res["precision"] >= 0.95, res["precision"]  # measured 1.00
    # target: fewer than 1 PRN finding per 50 clean articles
    assert res["false_alarms_per_50"] < 1.0, res["clean_findings"]  # measured 0


@pytest.mark.needs_corpus
def test_native_hard_context_is_measured_and_precise(native: list[dict]) -> None:
    # Another person of the other gender is in play next to the flip: the
    # resolver still finds the flip when the pronoun is bound to its
    # sentence's subject; otherwise it is left alone, since clean news uses
    # such pronouns for that other person (tests/eval/flip_articles.py
    # measures whole articles).
    res = flip_pronouns.evaluate(native, variants=VARIANTS, seed=0, hard=True)
    assert res["flipped"] >= 25, res["flipped"]  # measured 35
    assert res["recall"] >= 0.3, res["recall"]  # measured 0.34 (0.057 before the resolver)
    assert res["precision"] >= 0.9, res["precision"]  # measured 1.00


@pytest.mark.needs_corpus
def test_reference_translations_recall_precision_and_false_alarms(references: list[dict]) -> None:
    res = flip_pronouns.evaluate(references, variants=VARIANTS, seed=0)
    assert len(references) >= 150
    assert res["flipped_named2"] >= 35, res["flipped_named2"]  # measured 49
    # lower than on native news: many names the lexicon lacks, one sentence per paragraph
    assert res["recall_named2"] >= 0.7, res["recall_named2"]  # measured 0.80
    assert res["precision"] >= 0.9, res["precision"]  # measured 1.00
    assert res["false_alarms_per_50"] < 1.0, res["clean_findings"]  # measured 0.25 (1 finding on 202 articles)


def test_hard_context_labels_only_pronouns_with_the_other_gender_nearby() -> None:
    text = (
        "Kanye West spoke in Atlanta on Saturday. West said his campaign would go on and that he was confident. "
        "His wife Kim Kardashian was not there, and West said he missed her."
    )
    (hard,) = flip_pronouns.candidates(text, hard=True)
    assert hard["person"] == "Kanye West"
    # "her" is Kim's; "His" and "he" can only be West, with his wife named beside them
    assert [t.text for t in hard["prons"]] == ["His", "he"]
    (clean,) = flip_pronouns.candidates(text)
    assert [t.text for t in clean["prons"]] == ["his", "he"]


def test_generator_flips_every_form_and_keeps_case() -> None:
    assert flip_pronouns._flip_word("She", "said") == "He"
    assert flip_pronouns._flip_word("her", "visit") == "his"
    assert flip_pronouns._flip_word("her", "to") == "him"
    assert flip_pronouns._flip_word("herself", "") == "himself"
    assert flip_pronouns._flip_word("his", "office") == "her"
    assert flip_pronouns._flip_word("his", "") == "hers"
    assert flip_pronouns._flip_word("him", "and") == "her"
    assert flip_pronouns._flip_word("he's", "set") == "she's"
