"""lint/copies.py: a finding inside a later copy is folded into the first copy's finding."""

from __future__ import annotations

from sourcelint import Config, Linter
from sourcelint.copies import COPY_MESSAGE, fold_copies

PARA_A = ("Michelle BacheletThis week-long trip took her to the far-western region, where officials met "
          "her at the airport and drove her to the city.")
PARA_B = ("The visit was the first by a UN rights chief in seventeen years, and groups had asked for "
          "full access to the camps and to the people held there.")
HEAD = "Envoy ends visit to the region after six days of talks"


def _lint(text: str, **config):
    return Linter(Config(**config)).lint_text(text)


def test_a_glued_word_in_a_pasted_block_is_reported_once_with_the_copy_related() -> None:
    text = "\n\n".join([HEAD, PARA_A, PARA_B, PARA_A, PARA_B]) + "\n"
    report = _lint(text, select=("DUP002", "MT001"))
    codes = sorted(f.code for f in report.findings)
    assert codes == ["DUP002", "MT001"]
    glued = next(f for f in report.findings if f.code == "MT001")
    assert glued.line == 3
    (copy,) = [r for r in glued.related if r.message == COPY_MESSAGE]
    assert text[copy.start:copy.end] == "BacheletThis" and copy.line == 7
    assert copy.start > text.index(PARA_A) + len(PARA_A)


def test_the_copy_costs_once() -> None:
    once = _lint("\n\n".join([HEAD, PARA_A, PARA_B]) + "\n", select=("MT001",))
    text = "\n\n".join([HEAD, PARA_A, PARA_B, PARA_A, PARA_B]) + "\n"
    folded = _lint(text, select=("DUP002", "MT001"))
    unfolded = _lint(text, select=("MT001",))  # no duplication finding: both copies count
    # Both texts are under the 300-word floor, so one glued word costs the same in each.
    assert folded.families["translation"] == once.families["translation"] < 100
    assert unfolded.families["translation"] < folded.families["translation"]


def test_without_a_duplication_finding_nothing_is_folded() -> None:
    text = "\n\n".join([HEAD, PARA_A, PARA_B, PARA_A, PARA_B]) + "\n"
    report = _lint(text, select=("MT001",))
    assert [f.line for f in report.findings] == [3, 7]
    assert fold_copies(report.findings, text) is report.findings


def test_a_finding_only_in_the_copy_stays() -> None:
    edited = PARA_B.replace("the camps", "the camps .")
    text = "\n\n".join([HEAD, PARA_A, PARA_B, PARA_A, PARA_B]) + "\n"
    report = _lint(text, select=("DUP002", "MT001", "MT002"))
    assert not any(f.code == "MT002" for f in report.findings)
    # A stray mark in the second copy only: the copies differ, so the block is
    # no longer a word-for-word repeat of PARA_B, and nothing folds into it.
    text2 = "\n\n".join([HEAD, PARA_A, PARA_B, PARA_A, edited]) + "\n"
    report2 = _lint(text2, select=("DUP001", "DUP002", "MT001", "MT002"))
    stray = [f for f in report2.findings if f.code == "MT002"]
    assert len(stray) == 1 and stray[0].line == 9


def test_the_first_copys_fix_repairs_a_near_copy_that_stays() -> None:
    from sourcelint import Document
    from sourcelint.fix import fix_document

    near = PARA_A.replace("drove her to the city", "drove her into the city")
    text = "\n\n".join([HEAD, PARA_A, PARA_B, near]) + "\n"
    linter = Linter(Config(select=("DUP003", "MT001")))
    report = linter.lint_text(text)
    assert sorted(f.code for f in report.findings) == ["DUP003", "MT001"]
    glued = next(f for f in report.findings if f.code == "MT001")
    assert len(glued.fix.edits) == 2  # the first copy and the near copy
    # Removing a near copy is unsafe, so --fix keeps it: the glued word is repaired in both.
    fixed = fix_document(linter, Document(text))
    assert "BacheletThis" not in fixed.text and fixed.text.count("Bachelet This") == 2
