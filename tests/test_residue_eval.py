"""Regression floor for the boilerplate and structure families on injected residue.

Runs the seeded generator of ``tests/eval/inject_residue.py`` on a subset of
the native English corpus and checks per-kind recall floors (held-out
wordings included), a false-positive ceiling on the untouched articles and
on furniture-like prose (hard negatives), and that a feed notice is reported
once, by BLP004 or MT006. The floors sit a little below what the full
evaluation measures, so a real regression fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script, native_corpus

inject_residue = load_script(Path(__file__).resolve().parent / "eval" / "inject_residue.py")

FLOORS = {
    "furniture": 0.9,
    "placeholder": 0.95,
    "embed": 0.9,
    "aggregator": 0.9,
    # Wordings written apart from the lexicons: the full evaluation measures
    # about 0.8 (furniture, aggregator) and 1.0 (embeds).
    "furniture-held-out": 0.7,
    "embed-held-out": 0.9,
    "aggregator-held-out": 0.7,
    "break": 0.8,
    "truncate": 0.55,
    "mojibake": 0.95,
    "control": 0.95,
    "repeat": 0.9,
}


@pytest.fixture(scope="module")
def result():
    records = native_corpus()[:24]
    return inject_residue.evaluate(records, seed=11, per_article=1)


@pytest.mark.needs_corpus
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_recall_floor(result, kind: str) -> None:
    assert result.injected.get(kind, 0) >= 15, f"too few {kind} injections to judge"
    assert result.recall(kind) >= FLOORS[kind], (
        f"{kind}: recall {result.recall(kind):.2f} < {FLOORS[kind]}; missed e.g. "
        f"{[m for m in result.missed if m[0] == kind][:3]}"
    )


@pytest.mark.needs_corpus
@pytest.mark.parametrize("code", sorted(set(inject_residue.KIND_CODE.values())))
def test_precision_on_corrupted_copies(result, code: str) -> None:
    if result.rule_findings.get(code, 0):
        assert result.precision(code) >= 0.9, [s for s in result.stray if s[0] == code][:3]


@pytest.fixture(scope="module")
def hard():
    return inject_residue.evaluate_hard_negatives(native_corpus()[:24], seed=11, per_sentence=2)


@pytest.mark.needs_corpus
@pytest.mark.parametrize(("name", "ceiling"), [("audit", 0.0), ("held-out", 0.05), ("held-out-v2", 0.05)])
def test_hard_negatives_stay_quiet(hard, name: str, ceiling: float) -> None:
    """Prose that opens with furniture words ("Sign up for the vaccine scheme opened ...") is not furniture."""
    assert hard.inserted[name] >= 20
    assert hard.rate(name) <= ceiling, hard.flagged[name]


@pytest.mark.needs_corpus
@pytest.mark.parametrize("kind", ["aggregator", "aggregator-held-out"])
def test_a_feed_notice_is_reported_once(result, kind: str) -> None:
    """MT006 and BLP004 never both report one notice (the score would pay twice)."""
    assert result.found_by.get((kind, "BLP004"), 0) > 0
    assert result.double.get(kind, 0) == 0


@pytest.mark.needs_corpus
@pytest.mark.parametrize("kind", ["furniture-held-out", "aggregator-held-out"])
def test_held_out_forms_are_not_lexicon_copies(result, kind: str) -> None:
    """Most held-out lines are not one lexicon template word for word, and those are still found."""
    assert result.verbatim_share(kind) <= 0.5
    copies_found, copies = result.verbatim.get(kind, [0, 0])
    others = result.injected[kind] - copies
    assert others >= 10
    assert (result.found[kind] - copies_found) / others >= 0.6, [m for m in result.missed if m[0] == kind][:5]


@pytest.mark.needs_corpus
def test_false_positive_ceiling_on_clean_articles(result) -> None:
    assert result.clean_words > 5000
    assert result.fp_per_1000() <= 0.25, result.clean_findings


def test_injections_are_labelled_inside_the_text() -> None:
    import random

    text = "Title of the story here\n\n" + "\n\n".join(
        f"Paragraph {i} says that the council met on Monday and agreed the plan after a long debate about the budget." for i in range(6)
    )
    for kind in inject_residue.KINDS:
        inj = inject_residue.inject(text, kind, random.Random(kind), ["A headline about something else"])
        assert inj is not None, kind
        assert 0 <= inj.start < inj.end <= len(inj.text), kind
        assert inj.text != text, kind
