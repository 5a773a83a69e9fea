"""The scoring model's required properties."""

from __future__ import annotations

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
