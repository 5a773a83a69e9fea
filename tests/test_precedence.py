"""Precedence between rules: declared with ``supersedes``, applied by the
linter after selection, so switching a rule off never hides another's finding."""

from __future__ import annotations

import pytest

from sourcelint import Config, Linter
from sourcelint.finding import Finding
from sourcelint.precedence import apply_precedence
from sourcelint.registry import load_rules

NOTICE = ("The envoy left on Saturday after talks with the governor.\n\nThis article was automatically "
          "generated from a syndicated news feed and translated by machine.")
FRENCH = ("Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises touchées par la "
          "crise, selon un communiqué publié dans la soirée par le ministère.\n\nSelon le ministre de "
          "l'Économie, ces aides seront versées dès le mois prochain aux familles et aux petites entreprises "
          "qui en feront la demande.\n\nThe talks are expected to focus on trade.")


def codes(text: str, **config: object) -> list[str]:
    return [f.code for f in Linter(Config(**config)).lint_text(text).findings]  # type: ignore[arg-type]


def test_a_notice_is_one_finding_with_both_rules_on() -> None:
    found = codes(NOTICE)
    assert "MT006" in found and "BLP004" not in found


@pytest.mark.parametrize("config", [{"ignore": ("MT",)}, {"select": ("BLP",)}, {"ignore": ("MT006",)}])
def test_a_notice_is_still_reported_when_mt006_is_off(config: dict) -> None:
    assert "BLP004" in codes(NOTICE, **config)


def test_a_foreign_article_is_one_language_finding() -> None:
    found = codes(FRENCH)
    assert "LNG001" in found and "MT007" not in found


def test_its_passages_are_reported_when_lng001_is_off() -> None:
    assert codes(FRENCH, ignore=("LNG",)).count("MT007") == 2


def _f(code: str, start: int, end: int) -> Finding:
    return Finding(code, "x", "translation", "warning", "", start, end, 1, 1, 1, 1)


@pytest.mark.parametrize(("winner", "loser", "dropped"), [
    ((10, 20), (15, 30), True),   # overlap
    ((10, 20), (20, 30), False),  # touching is not meeting
    ((10, 20), (5, 10), False),
    ((10, 20), (12, 12), True),   # an empty span inside
    ((10, 10), (5, 15), True),    # an empty winner inside the loser
    ((10, 10), (10, 10), True),
    ((10, 10), (11, 11), False),
])
def test_spans_meet(winner: tuple[int, int], loser: tuple[int, int], dropped: bool) -> None:
    kept = apply_precedence([_f("MT006", *winner), _f("BLP004", *loser)], {"MT006": ("BLP004",)})
    assert ("BLP004" not in [f.code for f in kept]) == dropped


def test_a_document_level_finding_supersedes_everywhere() -> None:
    findings = [_f("LNG001", 0, 5), _f("MT007", 100, 200), _f("MT001", 100, 110)]
    kept = apply_precedence(findings, {"LNG001": ("MT007",)}, frozenset({"LNG001"}))
    assert [f.code for f in kept] == ["LNG001", "MT001"]
    # Without the document scope, only meeting spans are dropped.
    assert len(apply_precedence(findings, {"LNG001": ("MT007",)})) == 3


def test_precedence_is_linear_in_the_findings() -> None:
    # Many winners and losers: every loser meets one winner, found by bisection.
    findings = [_f("MT006", i * 10, i * 10 + 5) for i in range(20_000)]
    findings += [_f("BLP004", i * 10 + 2, i * 10 + 3) for i in range(20_000)]
    findings += [_f("BLP004", i * 10 + 6, i * 10 + 8) for i in range(20_000)]
    kept = apply_precedence(findings, {"MT006": ("BLP004",)})
    assert len(kept) == 40_000


def test_every_declared_precedence_names_a_registered_rule() -> None:
    rules = load_rules()
    for code, cls in rules.items():
        for loser in cls.supersedes:
            assert loser in rules, f"{code} supersedes unknown {loser}"
