"""Every rule's pass and fail cases (rules/cases/<CODE>.toml), run as data.

A rule without at least one pass and one fail case fails here: its docs'
Example section is generated from these cases, so an untested example cannot
exist.
"""

from __future__ import annotations

import pytest

from sourcelint import Linter
from sourcelint.cases import load_cases
from sourcelint.document import Document
from sourcelint.fix import apply_edits, select_fixes
from sourcelint.registry import load_rules

RULES = load_rules()
CASES = [(code, case) for code, cls in RULES.items() for case in load_cases(cls)]


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_pass_and_fail_cases(code: str) -> None:
    cases = load_cases(RULES[code])
    assert any(c.fails for c in cases), f"{code} has no fail case in {code}.toml"
    assert any(not c.fails for c in cases), f"{code} has no pass case in {code}.toml"


@pytest.mark.parametrize(("code", "case"), CASES, ids=[f"{c}:{k.name}" for c, k in CASES])
def test_rule_case(code: str, case) -> None:
    rule = RULES[code](**case.options)
    doc = Document(case.text, id=case.name, metadata=dict(case.metadata), expected_language=case.language)
    findings = list(rule.check(doc))
    found = sorted((f.code, f.start, f.end) for f in findings)
    expected = sorted((e.code, e.start, e.end) for e in case.expect)
    shown = [(c, case.text[s:e]) for c, s, e in found]
    assert found == expected, f"{code} on {case.name!r}: got {shown}"
    severities = {(f.code, f.start, f.end): f.severity for f in findings}
    for e in case.expect:
        if e.severity is not None:
            assert severities[(e.code, e.start, e.end)] == e.severity, f"{code} on {case.name!r}: severity"


@pytest.mark.parametrize(("code", "case"), CASES, ids=[f"{c}:{k.name}" for c, k in CASES])
def test_case_findings_are_well_formed(code: str, case) -> None:
    """Spans lie in the text and line/column agree with them, through the engine too."""
    report = Linter(rules=[RULES[code]]).lint_text(case.text, id=case.name)
    doc = report.document
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(case.text)
        assert (f.line, f.column) == doc.line_col(f.start)
        assert (f.end_line, f.end_column) == doc.line_col(f.end)
        assert 0.0 <= f.confidence <= 1.0
        assert f.code == code or f.code == "SL001"
        assert f.code != "SL001", f.message


@pytest.mark.parametrize(("code", "case"), CASES, ids=[f"{c}:{k.name}" for c, k in CASES])
def test_fixes_agree_with_the_declared_fix_safety(code: str, case) -> None:
    """`sourcelint rules` and `explain` show fix_safety; the fixes must match it."""
    cls = RULES[code]
    rule = cls(**case.options)
    doc = Document(case.text, id=case.name, metadata=dict(case.metadata), expected_language=case.language)
    fixes = [f.fix for f in rule.check(doc) if f.fix is not None]
    if not cls.fixable:
        assert fixes == [], f"{code} is not declared fixable but offers fixes"
    elif cls.fix_safety == "safe":
        assert all(fx.safe for fx in fixes), f"{code} declares safe fixes but offers an unsafe one"
    elif cls.fix_safety == "unsafe":
        assert not any(fx.safe for fx in fixes), f"{code} declares unsafe fixes but offers a safe one"


def test_every_fixable_rule_offers_a_fix_in_its_cases() -> None:
    for code, cls in RULES.items():
        if not cls.fixable:
            continue
        offered = False
        for case in load_cases(cls):
            doc = Document(case.text, metadata=dict(case.metadata), expected_language=case.language)
            offered = offered or any(f.fix is not None for f in cls(**case.options).check(doc))
        assert offered, f"{code} is declared fixable but no case shows a fix"


FIX_CASES = [(code, case) for code, case in CASES if case.fixed is not None]


@pytest.mark.parametrize(("code", "case"), FIX_CASES, ids=[f"{c}:{k.name}" for c, k in FIX_CASES])
def test_fixes_give_the_expected_text(code: str, case) -> None:
    """A case's ``fixed`` text is what its findings' fixes (safe and unsafe) make of it."""
    rule = RULES[code](**case.options)
    doc = Document(case.text, id=case.name, metadata=dict(case.metadata), expected_language=case.language)
    _, edits = select_fixes(list(rule.check(doc)), unsafe=True)
    assert apply_edits(case.text, edits) == case.fixed


def test_every_fixable_rule_has_a_case_with_its_fixed_text() -> None:
    missing = [code for code, cls in RULES.items()
               if cls.fixable and not any(c.fixed is not None for c in load_cases(cls))]
    assert not missing, f"fixable rules without a 'fixed' case: {missing}"


def test_a_misspelt_expect_key_is_an_error_not_ignored(tmp_path, monkeypatch) -> None:
    """An expected fix written per finding (``fix = ...``) would never be
    checked; the loader names the key instead of skipping it."""
    import sourcelint.cases as cases_mod

    bad = tmp_path / "MT001.toml"
    bad.write_text('[[case]]\nname = "x"\ntext = "a b"\nexpect = [{code = "MT001", span = "a", fix = "a  b"}]\n',
                   encoding="utf-8")
    monkeypatch.setattr(cases_mod, "cases_path", lambda rule: bad)
    with pytest.raises(ValueError, match="unknown expect keys \\['fix'\\]"):
        cases_mod.load_cases(RULES["MT001"])
