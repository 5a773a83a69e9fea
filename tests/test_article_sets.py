"""The clean look-alike articles of the whole-article regression sets.

Every set in ``tests/eval`` (``articles_vN.jsonl``, ``pronouns_pN.jsonl``)
was written blind and scored once when it was added; since then it is a
regression set. Their clean articles must keep the false-alarm counts they
have now (the ceilings below) or fewer: a change that adds a warning or
error on a clean article of any set fails here. Lower a ceiling when a
change removes an alarm.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcelint import Linter

EVAL = Path(__file__).resolve().parent / "eval"

#: Warning/error findings on the clean articles of each article set, today.
ARTICLE_CEILINGS = {"v4": 0, "v5": 0, "v6": 0, "v7": 0, "v8": 0, "v9": 0, "v10": 0, "v11": 0, "v12": 0,
                    "v13": 2, "v14": 0, "v15": 0, "v16": 1, "v17": 2, "v18": 1, "v19": 1, "v20": 1,
                    "v21": 0, "v22": 0, "v23": 0, "v24": 0, "v25": 0, "v26": 5,
                    "v27": 1, "v28": 4}

#: Clean articles with any pronoun finding in each pronoun set, today.
PRONOUN_CEILINGS = {"p1": 0, "p2": 0, "p3": 0, "p4": 0, "p5": 0, "p6": 0, "p7": 0, "p8": 0, "p9": 2, "p10": 0,
                    "p11": 3, "p12": 0, "p13": 2, "p14": 0, "p15": 1, "p16": 1, "p17": 1, "p18": 2, "p19": 2, "p20": 4, "p21": 1,
                    "p22": 2, "p23": 0}


def _clean(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [r for r in map(json.loads, fh) if r["clean"]]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_every_set_has_a_ceiling() -> None:
    on_disk = {p.stem.split("_")[1] for p in EVAL.glob("articles_v*.jsonl")}
    on_disk |= {p.stem.split("_")[1] for p in EVAL.glob("pronouns_p*.jsonl")}
    assert on_disk == set(ARTICLE_CEILINGS) | set(PRONOUN_CEILINGS)


@pytest.mark.parametrize("name", sorted(ARTICLE_CEILINGS))
def test_clean_articles_keep_their_false_alarm_count(name: str, linter: Linter) -> None:
    articles = _clean(EVAL / f"articles_{name}.jsonl")
    assert len(articles) >= 20
    alarms = []
    for art in articles:
        report = linter.lint_text(art["text"], id=art["id"])
        alarms += [(art["id"], f.code, art["text"][f.start:f.end][:50]) for f in report.findings
                   if f.severity != "info" and f.family != "internal"]
    assert len(alarms) <= ARTICLE_CEILINGS[name], alarms


@pytest.mark.parametrize("name", sorted(PRONOUN_CEILINGS))
def test_clean_pronoun_articles_keep_their_false_alarm_count(name: str, linter: Linter) -> None:
    articles = _clean(EVAL / f"pronouns_{name}.jsonl")
    assert len(articles) >= 20
    hit = [art["id"] for art in articles
           if any(f.family == "pronouns" for f in linter.lint_text(art["text"], id=art["id"]).findings)]
    assert len(hit) <= PRONOUN_CEILINGS[name], hit
