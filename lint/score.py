"""From findings to a 0-100 score, per-family sub-scores and a verdict.

The model, in full (the README repeats it for users):

* Each finding costs ``w(severity) * confidence`` points of *density*, counted
  per 1,000 words of the article, with a floor of 300 words so a short note is
  not judged on three lines; and ``3 * extent * confidence`` for the share of
  the article it stands for (a duplicated block covering half the text has
  extent 0.5).
* A family's penalty is ``sum(density)/10 + sum(extent cost)``, times the
  family weight (default 1), and its sub-score is ``100 * exp(-penalty)``.
* The document score is the product of the family sub-scores (as fractions)
  times 100, so one catastrophic family is enough to reject.
* Weak signals (:data:`WEAK_FAMILIES`: readability) are style, not evidence
  of damage: their sub-score never falls below the review threshold, so on
  their own they can ask for a review but never reject an article.
* Verdict: ``pass`` at or above the pass threshold (80), ``review`` at or
  above the review threshold (50), else ``reject``.

Every term is non-negative, so adding a finding can never raise a score; the
per-1,000-words and per-character normalisation keep length alone from
costing anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

from .finding import FAMILIES, Finding

__all__ = ["SEVERITY_WEIGHTS", "WORD_FLOOR", "WEAK_FAMILIES", "ScoreCard", "score_findings", "finding_cost"]

SEVERITY_WEIGHTS: dict[str, float] = {"error": 1.0, "warning": 0.5, "info": 0.15}
WORD_FLOOR = 300
DENSITY_SCALE = 10.0
EXTENT_WEIGHT = 3.0
#: Families whose findings are style signals: long sentences are not damage.
WEAK_FAMILIES = frozenset({"readability"})


@dataclass(frozen=True)
class ScoreCard:
    """The result of scoring one document."""

    score: float
    verdict: str
    families: dict[str, float]
    costs: dict[str, float]  # family -> penalty points lost (100 - sub-score)


def finding_cost(f: Finding, words: int) -> float:
    """The penalty (before the family weight) one finding adds."""
    norm = max(words, WORD_FLOOR) / 1000.0
    w = SEVERITY_WEIGHTS.get(f.severity, 0.0)
    return w * f.confidence / norm / DENSITY_SCALE + EXTENT_WEIGHT * f.extent * f.confidence


def score_findings(
    findings: Sequence[Finding],
    words: int,
    *,
    pass_threshold: float = 80.0,
    review_threshold: float = 50.0,
    family_weights: Mapping[str, float] | None = None,
    families: Sequence[str] | None = None,
    unlisted: Mapping[str, float] | None = None,
) -> ScoreCard:
    """Score a document from its (already suppressed and filtered) findings.

    ``families``: the families scored (default: the built-in ones; a Linter
    passes those its plugins add too). ``unlisted``: per family, the summed
    :func:`finding_cost` of findings counted but not listed (past
    ``max-findings-per-rule``).
    """
    weights = family_weights or {}
    penalty = {fam: 0.0 for fam in (FAMILIES if families is None else families)}
    for fam, cost in (unlisted or {}).items():
        if fam in penalty:
            penalty[fam] += cost
    for f in findings:
        if f.family in penalty:
            penalty[f.family] += finding_cost(f, words)
    families: dict[str, float] = {}
    total = 1.0
    for fam, p in penalty.items():
        if p == 0.0 and fam not in weights:  # most families of most documents
            families[fam] = 100.0  # exp(-0.0) is exactly 1.0: total stays, round(100.0, 1) is 100.0
            continue
        frac = math.exp(-p * weights.get(fam, 1.0))
        if fam in WEAK_FAMILIES:
            frac = max(frac, review_threshold / 100.0)
        total *= frac
        families[fam] = round(100.0 * frac, 1)
    score = round(100.0 * total, 1)
    if score >= pass_threshold:
        verdict = "pass"
    elif score >= review_threshold:
        verdict = "review"
    else:
        verdict = "reject"
    costs = {fam: round(100.0 - s, 1) for fam, s in families.items() if s < 100.0}
    return ScoreCard(score, verdict, families, costs)
