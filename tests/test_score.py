"""The scoring model's required properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcelint.finding import FAMILIES, Finding
from sourcelint.score import score_findings


def make(family: str, severity: str = "warning", extent: float = 0.0, confidence: float = 1.0) -> Finding:
    return Finding("X000", "x", family, severity, "m", 0, 1, 1, 1, 1, 2,
                   confidence=confidence, extent=extent)


findings_st = st.lists(
    st.builds(make, st.sampled_from(list(FAMILIES)), st.sampled_from(["error", "warning", "info"]),
              st.floats(0, 1), st.floats(0, 1)),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(findings=findings_st, make_extra=st.builds(make, st.sampled_from(list(FAMILIES)),
                                         st.sampled_from(["error", "warning", "info"]),
                                         st.floats(0, 1), st.floats(0, 1)),
       words=st.integers(0, 20000))
def test_adding_a_finding_never_raises_a_score(findings, make_extra, words) -> None:
    before = score_findings(findings, words)
    after = score_findings(findings + [make_extra], words)
    assert after.score <= before.score
    assert all(after.families[f] <= before.families[f] for f in FAMILIES)
    assert 0 <= after.score <= 100


def test_clean_document_scores_100_and_passes() -> None:
    card = score_findings([], 500)
    assert card.score == 100 and card.verdict == "pass" and card.costs == {}


def test_length_alone_is_not_punished() -> None:
    # The same density of findings in a text ten times longer scores the same.
    short = score_findings([make("translation")] * 2, 1000)
    long = score_findings([make("translation")] * 20, 10000)
    assert short.score == long.score


def test_short_notes_are_judged_with_a_word_floor() -> None:
    three_lines = score_findings([make("translation", "error")], 30)
    floor = score_findings([make("translation", "error")], 300)
    assert three_lines.score == floor.score


def test_one_catastrophic_family_rejects() -> None:
    half_duplicated = make("duplication", "error", extent=0.5)
    card = score_findings([half_duplicated], 1000)
    assert card.verdict == "reject"
    assert card.families["translation"] == 100.0


def test_thresholds_are_configurable() -> None:
    default = score_findings([make("translation", "error")], 1000)
    assert default.verdict == "pass"
    strict = score_findings([make("translation", "error")], 1000, pass_threshold=99.9, review_threshold=99)
    assert strict.verdict == "reject"


def test_one_warning_on_a_short_clean_article_keeps_it_passing() -> None:
    """A single sentence-level warning (a fragment) must not cost a short article its pass."""
    from sourcelint import Linter
    from sourcelint.rules.translation import SentenceFragment

    body = " ".join(["The council approved the new budget on Monday after a long debate."] * 20)
    text = body + " Given that it supports the plan of the mayor and the council."
    report = Linter(rules=[SentenceFragment]).lint_text(text)
    assert [f.code for f in report.findings] == ["MT004"]
    assert report.findings[0].extent == 0.0
    assert report.verdict == "pass"


def test_findings_that_stand_for_their_text_cost_their_share() -> None:
    from sourcelint import Linter
    from sourcelint.rules.duplication import DuplicatedParagraph

    para = "The council approved the new budget on Monday after a long and bitter debate."
    report = Linter(rules=[DuplicatedParagraph]).lint_text(f"{para}\n\nShort note here.\n\n{para}")
    (f,) = report.findings
    assert abs(f.extent - len(para) / len(report.document.text)) < 1e-3


@pytest.mark.parametrize("review", [50.0, 65.0])
def test_readability_alone_never_rejects(review: float) -> None:
    # Forty run-on sentences in a 600-word official translation: style, not damage.
    card = score_findings([make("readability", "warning")] * 40, 600, review_threshold=review)
    assert card.verdict == "review" and card.score == review
    # The same findings still add to real damage.
    with_damage = score_findings([make("readability", "warning")] * 40 + [make("translation", "error")] * 3, 600,
                                 review_threshold=review)
    assert with_damage.score < score_findings([make("translation", "error")] * 3, 600).score


def test_a_strong_family_alone_still_rejects() -> None:
    assert score_findings([make("translation", "warning")] * 40, 600).verdict == "reject"
