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
from sourcelint.rules.pronouns.entities import analyse, entities
from sourcelint.rules.pronouns.pronoun_gender_conflict import improbable_pronouns
from sourcelint.rules.pronouns.resolver import blamed, model_weights, resolve, thresholds

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
    # a pronoun is reported only when the other gender is more probable, and
    # with someone of its own gender named before only when far more so
    assert 0.0 < model["threshold"] <= 0.5
    assert 0.0 <= model["threshold_crowded"] < model["threshold"]
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
    # A pronoun not bound to its sentence's subject, with someone of its own
    # gender named within ten sentences, needs the lower (crowded) threshold.
    assert res["recall"]["all"] >= 0.51, res["recall"]  # measured 0.54
    assert res["recall"]["clean"] >= 0.55, res["recall"]  # measured 0.58
    assert res["article_rate"]["all"] >= 0.59, res["article_rate"]  # measured 0.62
    assert res["false_alarms_per_50"] <= 1.0, res["clean_findings"]  # measured 0 (of 102)


def test_model_file_is_valid_json_with_its_about_line() -> None:
    path = ROOT / "rules" / "data" / "pronouns_resolver.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    assert model["about"].startswith("Weights of the pronoun resolver")


def test_a_shared_surname_means_the_first_named_person_when_no_less_mentioned() -> None:
    text = ("Lucy Tran won the Boston Marathon on Monday. Tran, 29, ran alone. Her sister, Mai Tran, "
            "watched from the finish. Tran said she was tired.")
    an = entities(Document(text))
    lucy = next(e for e in an.people() if e.name == "Lucy Tran")
    assert [m.text for m in lucy.mentions if m.kind == "name"] == ["Lucy Tran", "Tran", "Tran"]
    # with the relative named more often, "Tran" is nobody known
    busy = text.replace("Tran, 29, ran alone.", "Mai Tran ran too. Mai Tran was third.")
    an = entities(Document(busy))
    lucy = next(e for e in an.people() if e.name == "Lucy Tran")
    assert [m.text for m in lucy.mentions if m.kind == "name"] == ["Lucy Tran"]


def test_a_role_noun_before_a_name_and_a_comma_is_that_person() -> None:
    text = "The club's chairwoman, Louise Tranter, said the coach would stay."
    an = entities(Document(text))
    (louise,) = [e for e in an.people() if e.name == "Louise Tranter"]
    assert "chairwoman" in louise.roles
    assert any(ev.source == "role noun" and ev.gender == "f" for ev in louise.evidence)


def test_a_role_predicated_of_a_person_is_theirs() -> None:
    an = entities(Document("Rosa Delgado was sworn in on Monday as chief justice of the court."))
    (rosa,) = [e for e in an.people() if e.name == "Rosa Delgado"]
    assert "chief" in rosa.roles
    # not across a pronoun subject: "she" may be someone else
    an = entities(Document("Rosa Delgado said she was sworn in as chief justice."))
    (rosa,) = [e for e in an.people() if e.name == "Rosa Delgado"]
    assert "chief" not in rosa.roles


def test_improbable_pronouns_tell_the_crowded_stratum_apart() -> None:
    alone = ("Chancellor Olaf Scholz flew to Washington on Thursday. Mr Scholz met officials at the White "
             "House. Later she told reporters that Germany would keep its promises.")
    crowded = "Ms Anna Berg chaired talks in Oslo on Monday. " + alone
    for text, want in ((alone, False), (crowded, True)):
        doc = Document(text)
        an = analyse(doc)
        found = list(improbable_pronouns(doc, an, resolve(doc, an)))
        assert [(r.pron.word, crowd) for r, _c, crowd in found] == [("she", want)]


def test_the_threshold_option_scales_both_strata() -> None:
    alone, crowded = thresholds()
    assert (alone, crowded) == (model_weights()["threshold"], model_weights()["threshold_crowded"])
    half_alone, half_crowded = thresholds(alone / 2)
    assert half_alone == alone / 2 and abs(half_crowded - crowded / 2) < 1e-9


def test_a_lone_given_name_of_a_person_named_before_is_that_person() -> None:
    text = ("Doris Whitfield won the jackpot on her 101st birthday. Doris, who was born in 1925, has played "
            "since the 1960s. \"People come for Marcel's jokes,\" she said.")
    an = entities(Document(text))
    (doris,) = [e for e in an.people() if e.name == "Doris Whitfield"]
    assert [m.text for m in doris.mentions if m.kind == "name"] == ["Doris Whitfield", "Doris"]
