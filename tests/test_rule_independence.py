"""The rule is the unit: what one rule reports does not depend on which
other rules are selected, and it computes only the analyses it declares.

* Every rule run alone reports everything it reports in the full set; what
  it reports alone and not in the full set is only what a superseding rule
  (``supersedes``, applied by the linter) replaced. Switching a family off
  hides no other family's finding in the same way.
* Every rule run alone computes only the document views its declared
  ``needs`` name (with what those analyses read, ``closure``).

The texts are the rule cases, the samples and both blind sets, all in the
repository, so no shared corpus is needed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from sourcelint import Config, Document, Linter
from sourcelint.analysis import closure
from sourcelint.cases import load_cases
from sourcelint.copies import COPY_MESSAGE
from sourcelint.finding import Finding
from sourcelint.registry import load_rules
from sourcelint.rule import Rule

ROOT = Path(__file__).resolve().parents[1]
RULES = load_rules()

@lru_cache(maxsize=None)
def texts() -> tuple[tuple[str, str], ...]:
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples").glob("*.txt"))]
    for name in ("blind_set.jsonl", "blind_set_v2.jsonl"):
        for line in (ROOT / "tests" / "eval" / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.append((rec["id"], rec["text"]))
    for code, cls in RULES.items():
        out += [(f"case:{code}:{c.name}", c.text) for c in load_cases(cls)]
    return tuple(out)


def _key(f: Finding) -> tuple:
    return (f.code, f.start, f.end, f.message)


@lru_cache(maxsize=None)
def findings(select: tuple[str, ...] = ("ALL",), ignore: tuple[str, ...] = ()) -> tuple[tuple[Finding, ...], ...]:
    """The findings of every text under one selection (each text a fresh Document)."""
    linter = Linter(Config(select=select, ignore=ignore))
    return tuple(tuple(linter.lint(Document(t, id=i)).findings) for i, t in texts())


def _superseded(f: Finding, full: tuple[Finding, ...]) -> bool:
    """Whether a finding of the full run declares it replaced ``f`` (their
    spans meet), or holds it as its repeat in a copy of the text."""
    for w in full:
        if w.code == f.code and any(r.message == COPY_MESSAGE and (r.start, r.end) == (f.start, f.end)
                                    for r in w.related):
            return True
        winner = RULES.get(w.code)
        if winner is not None and f.code in winner.supersedes:
            # spans meet (an empty span: its position), as the linter decides;
            # a document-level finding meets every span
            if winner.scope == "document" or (w.start < max(f.end, f.start + 1) and f.start < max(w.end, w.start + 1)):
                return True
    return False


def _check_kept(codes: set[str], narrow: tuple[tuple[Finding, ...], ...], what: str) -> None:
    """``narrow`` holds every full-run finding of ``codes``, and more only where superseded."""
    full = findings()
    for (doc_id, _), found, everything in zip(texts(), narrow, full):
        mine = {_key(f) for f in found if f.code in codes}
        kept = {_key(f) for f in everything if f.code in codes}
        assert kept <= mine, f"{doc_id}: {what} loses {sorted(kept - mine)}"
        extra = [f for f in found if f.code in codes and _key(f) not in kept]
        hidden = [_key(f) for f in extra if not _superseded(f, everything)]
        assert not hidden, f"{doc_id}: {what} reports findings the full set withholds undeclared: {hidden}"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_alone_reports_what_it_reports_in_the_full_set(code: str) -> None:
    _check_kept({code}, findings(select=(code,)), f"{code} alone")


@pytest.mark.parametrize("code", sorted(RULES))
def test_switching_a_family_off_hides_no_other_finding(code: str) -> None:
    family = RULES[code].family
    others = {c for c, cls in RULES.items() if cls.family != family}
    off = findings(ignore=(family,))
    assert not any(f.code in RULES and RULES[f.code].family == family for fs in off for f in fs)
    _check_kept(others, off, f"the set without {family}")


@pytest.mark.parametrize("code", sorted(RULES))
def test_a_rule_computes_only_what_it_declares(code: str) -> None:
    cls: type[Rule] = RULES[code]
    declared = {a.name for a in closure(cls.needs)}
    linter = Linter(rules=[cls])
    seen: set[str] = set()
    cases = [c.text for c in load_cases(cls)]
    for text in cases + [t for _, t in texts()[:40]]:
        report = linter.lint_text(text)
        assert [f for f in report.findings if f.code == "SL001"] == []
        seen |= set(report.document._views)
    assert seen <= declared, f"{code} computed undeclared views {sorted(seen - declared)} (declares {sorted(declared)})"
