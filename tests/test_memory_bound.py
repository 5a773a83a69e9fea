"""Memory bounded by the input's size (issue 12): compact views of large
documents, the same findings either way, and peak RSS per MB within budget.

The per-MB budget is what keeps a worker under 1 GB on a 10 MB document
(the default max-document-chars): a fixed cost of about 300 MB (interpreter,
rules, language models) plus at most ``BUDGET_MB_PER_MB`` for each MB.
``tests/benchmarks/hostile_memory.py`` measures the 10 MB inputs themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import sourcelint.document as document
from sourcelint import Config, Document, Linter
from sourcelint.cases import load_cases
from sourcelint.registry import load_rules
from sourcelint.rows import Rows
from sourcelint.rules.duplication import paragraphs as dup_paragraphs

from conftest import load_script

_BENCH = Path(__file__).parent / "benchmarks"


def _load(name: str):
    return load_script(_BENCH / f"{name}.py")


hostile = _load("hostile")
hostile_memory = _load("hostile_memory")

SAMPLES = sorted((Path(__file__).parents[1] / "samples").glob("*.txt"))
BUDGET_MB_PER_MB = 70


def _texts() -> list[tuple[str, str]]:
    out = [(f"hostile:{name}", gen(4000)) for name, gen in hostile.INPUTS.items()]
    out += [(f"sample:{p.name}", p.read_text(encoding="utf-8")) for p in SAMPLES]
    for code, cls in load_rules().items():
        out += [(f"case:{code}:{c.name}", c.text) for c in load_cases(cls)]
    return out


def _outcome(linter: Linter, text: str) -> tuple:
    report = linter.lint(Document(text))
    findings = [(f.code, f.start, f.end, f.severity, f.message, f.confidence, repr(f.fix)) for f in report.findings]
    return report.status, findings, report.metrics, report.score


def test_compact_views_hold_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    views = ("paragraphs", "sentences", "tokens", "token_starts", "sentence_starts",
             "paragraph_starts", "sentence_paragraphs", "_line_starts")
    for name, gen in hostile.INPUTS.items():
        text = gen(3000)
        small = Document(text)
        with monkeypatch.context() as patch:
            patch.setattr(document, "COMPACT_CHARS", 0)
            patch.setattr(document, "_WINDOW", 37)  # many windows, cut at white space
            big = Document(text)
            got = {view: list(getattr(big, view)) for view in views}
        assert big.compact and not small.compact
        for view in views:
            assert got[view] == list(getattr(small, view)), (name, view)
        if small.tokens:
            assert isinstance(big.tokens, Rows)
            assert big.tokens[-1] == small.tokens[-1]
            assert list(big.tokens[1:4]) == small.tokens[1:4]
            t = small.tokens[len(small.tokens) // 2]
            assert list(big.tokens_in(t.start, len(text))) == small.tokens_in(t.start, len(text))
        with pytest.raises(IndexError):
            big.paragraphs[len(big.paragraphs)]


def test_compact_documents_get_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule sees the same values through compact views: findings,
    metrics and scores of hostile inputs, samples and rule cases match."""
    linter = Linter(Config(rule_timeout=0))
    texts = _texts()
    expected = [_outcome(linter, text) for _, text in texts]
    monkeypatch.setattr(document, "COMPACT_CHARS", 0)
    monkeypatch.setattr(document, "_WINDOW", 101)
    monkeypatch.setattr(dup_paragraphs, "COMPACT_TOKENS", 0)  # the n-gram columns as arrays
    differ = [name for (name, text), want in zip(texts, expected) if _outcome(linter, text) != want]
    assert not differ


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", ["a_blank", "one_letter_words"])
def test_peak_rss_grows_within_budget_per_mb(name: str) -> None:
    """Peak RSS of the whole default rule set (no time budget, so every rule
    runs to the end) at 0.4 and 1.2 million characters, each in a fresh
    interpreter: the growth per MB of input stays under the budget."""
    small = hostile_memory.measure(name, 400_000, rule_timeout=0)
    large = hostile_memory.measure(name, 1_200_000, rule_timeout=0)
    assert small["status"] == large["status"] == "ok"
    growth = (large["peak_mb"] - small["peak_mb"]) / ((large["chars"] - small["chars"]) / 1e6)
    assert growth < BUDGET_MB_PER_MB, f"{name}: {growth:.0f} MB per MB of input"
