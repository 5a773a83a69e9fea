"""The pronoun resolver (rules/pronouns/resolver.py), its training script and
the realistic flip generator (tests/eval/flip_articles.py)."""

from __future__ import annotations

import json
import random
import re
import sys

import pytest
from conftest import CORPUS, ROOT, sample_text

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.pronouns import RULES
from sourcelint.rules.pronouns.entities import analyse
from sourcelint.rules.pronouns.resolver import blamed, model_weights, resolve

sys.path.insert(0, str(ROOT / "tests" / "eval"))
sys.path.insert(0, str(ROOT / "tests" / "tools"))
import flip_articles  # noqa: E402  (after the path insert)
import flip_pronouns  # noqa: E402
import train_pronoun_model  # noqa: E402

LINTER = Linter(rules=RULES)


def prn(text: str) -> list:
    return [f for f in LINTER.lint_text(text).findings if f.code.startswith("PRN")]


def test_004_still_reports_bachelets_he_and_his() -> None:
    found = prn(sample_text("004"))
    text = sample_text("004")
    words = {text[f.start : f.end].lower() for f in found if f.code == "PRN001"}
    assert {"he", "his"} <= words
    assert all("Bachelet" in f.message for f in found if f.code == "PRN001")


def _bachelet_pronouns(text: str) -> list[re.Match]:
    """Sample 000's she/her pronouns of Bachelet (the one of Sophie Richardson left out)."""
    out = [m for m in re.finditer(r"\b(?:she|her|She|Her|herself)\b", text)]
    richardson = [m for m in out if text.startswith("She urged Bachelet", m.start())]
    assert len(richardson) == 1
    return [m for m in out if m not in richardson]


def test_000_with_any_one_bachelet_pronoun_flipped_is_caught() -> None:
    text = sample_text("000")
    prons = _bachelet_pronouns(text)
    assert len(prons) >= 10
    caught = []
    for m in prons:
        nxt = re.match(r"\s*(\w+)", text[m.end() :])
        new = flip_pronouns._flip_word(m.group(), nxt.group(1) if nxt else "")
        copy = text[: m.start()] + new + text[m.end() :]
        found = prn(copy)
        caught.append(any(f.start == m.start() and f.code == "PRN001" for f in found))
        # one flipped pronoun, at most one finding about it, and none elsewhere
        assert all(f.start == m.start() for f in found), [copy[f.start : f.end] for f in found]
    assert sum(caught) / len(caught) >= 0.8, caught


def test_000_untouched_is_clean() -> None:
    assert prn(sample_text("000")) == []


def test_shipped_model_has_provenance_weights_and_a_threshold() -> None:
    model = model_weights()
    assert "provenance" in model and "train_pronoun_model.py" in model["provenance"]
    assert 0.0 < model["threshold"] < 0.5
    assert model["training_pronouns"] > 100
    w = model["weights"]
    # learned, not hand-set: the grammar ties outweigh distance
    assert w["speaker"] > 0 or w["poss_subj"] > 0
    assert w["d0b"] > w["d3"]
    assert all(isinstance(v, float) for v in w.values())


def _resolution(text: str, word: str, occurrence: int = 1):
    doc = Document(text)
    res = resolve(doc, analyse(doc))
    hits = [r for r in res if r.pron.word == word]
    return doc, hits[occurrence - 1]


def test_resolver_gives_the_flip_a_low_and_the_original_a_high_probability() -> None:
    clean = "Jacinda Ardern spoke in Wellington on Monday. Ardern said she would stand again in the election."
    flipped = clean.replace("she would", "he would")
    _, ok = _resolution(clean, "she")
    _, bad = _resolution(flipped, "he")
    assert ok.p_observed() > 0.8
    assert bad.p_observed() < model_weights()["threshold"]
    c = blamed(bad, model_weights()["threshold"])
    assert c is not None and c.entity >= 0


def test_someone_of_the_pronouns_gender_within_reach_keeps_it_unreported() -> None:
    # "he" may be the minister: never guessed between two people
    text = "Sophie Turner met Prime Minister Mark Rutte on Monday. Turner said he would visit in May."
    assert prn(text) == []


def test_finding_names_person_evidence_and_attached_mention() -> None:
    text = ("Chancellor Olaf Scholz flew to Washington on Thursday. Mr Scholz met President Joe Biden at the "
            "White House, and the two men discussed energy prices. Officials said the meeting was friendly. "
            "Later she told reporters that Germany would keep its promises.")
    (f,) = prn(text)
    assert text[f.start : f.end] == "she"
    assert "male" in f.message and "first name" in f.message and "probability" in f.message
    assert "nobody in the article is female" in f.message  # the two men, the officials: no woman
    assert f.related and text[f.related[0].start : f.related[0].end] in ("Joe Biden", "Scholz", "Olaf Scholz")


def test_training_fit_learns_which_candidate_a_pronoun_follows() -> None:
    # the candidate with feature "near" is the one whose gender the pronoun has
    rng = random.Random(0)
    data = []
    for _ in range(200):
        g_near = rng.choice("mf")
        g_far = "m" if g_near == "f" else "f"
        q = {"m": 0.05, "f": 0.95}
        data.append((g_near, [({"near": 1.0, "bias_person": 1.0}, q[g_near]), ({"bias_person": 1.0}, q[g_far])]))
    w = train_pronoun_model.fit(data, iters=60)
    assert w["near"] > 1.0


def test_calibration_keeps_the_share_of_articles_under_the_rate() -> None:
    minima = [0.01, 0.05, 0.3, 0.6, 0.9] + [1.0] * 95
    t = train_pronoun_model.calibrate(minima, 0.01)
    assert sum(m < t for m in minima) <= 1
    assert 0.01 < t <= 0.05


ARTICLE = (
    "Ms Laura Chen, the mayor of Riverside, opened the new bridge on Monday. Chen said she was proud of the "
    "workers. Her deputy, Mr Paul Grant, said he agreed. Chen added that her council would build two more "
    "bridges. She thanked the engineers."
)


def test_generator_labels_only_pronouns_one_established_person_can_take() -> None:
    labelled = {p.name: [t.text for t in prons] for p, prons, _ in flip_articles.label(ARTICLE)}
    # Grant (male) near Chen's pronouns does not stop them: he cannot take them
    assert labelled["Laura Chen"] == ["she", "Her", "her", "She"]
    assert labelled["Paul Grant"] == ["he"]
    # another woman near a "she" makes it nobody's
    two = ARTICLE.replace("Mr Paul Grant, said he", "Ms Paula Grant, said she")
    assert {p.name: [t.text for t in prons] for p, prons, _ in flip_articles.label(two)}.get("Laura Chen", []) == ["she", "Her"]


def test_generator_flips_one_to_five_pronouns_of_one_person() -> None:
    labelled = flip_articles.label(ARTICLE)
    rng = random.Random(3)
    for _ in range(20):
        c = flip_articles.corrupt({"id": "a", "text": ARTICLE}, rng, labelled)
        assert 1 <= len(c.flips) <= 5
        for s, e, old, new, ctx in c.flips:
            assert c.text[s:e] == new and old.lower() != new.lower()
            assert ctx in ("clean", "multi")


@pytest.mark.needs_corpus
def test_held_out_realistic_flips_and_false_alarms() -> None:
    records = [r for r in flip_pronouns.clean_records(CORPUS) if flip_pronouns.split_of(r) == "heldout"]
    assert len(records) >= 90
    res = flip_articles.evaluate(records, copies=3, seed=0)
    assert res["flips"]["all"] >= 120
    # A pronoun not bound to its sentence's subject is left alone when someone
    # of its own gender is named within ten sentences (clean look-alikes).
    assert res["recall"]["all"] >= 0.45, res["recall"]  # measured 0.49 (0.37 before the resolver)
    assert res["recall"]["clean"] >= 0.48, res["recall"]  # measured 0.52
    assert res["article_rate"]["all"] >= 0.55, res["article_rate"]  # measured 0.59 (0.46 before)
    assert res["false_alarms_per_50"] <= 1.0, res["clean_findings"]  # measured 0 (of 102)


def test_model_file_is_valid_json_with_its_about_line() -> None:
    path = ROOT / "rules" / "data" / "pronouns_resolver.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    assert model["about"].startswith("Weights of the pronoun resolver")
