"""The grammar MT004 and MT005 read: finite verbs decided from the verb
lexicon and the words around each one, and the development sets of new
wordings they are measured on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.translation.finite_verbs import finite_verb_groups
from sourcelint.rules.translation.verbless import VerblessGate, lacks_main_verb, words_of

EVAL = Path(__file__).resolve().parent / "eval"


def _groups(text: str) -> int:
    return finite_verb_groups(*words_of(text))


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # a word that is a noun or a verb: the words around it decide
        ("The council plans a new library", 1),
        ("The council's plans for the park", 0),
        ("The company leads the market", 1),
        ("Fuel costs and the strike of the staff", 0),
        ("The line runs every ten minutes", 1),
        # present tense after a plural subject, an adverb, a name
        ("Farmers' groups back it", 1),
        ("Genuine couriers usually send messages", 1),
        ("Tickets for a date in December go on sale", 1),
        # past forms that are also nouns: "rose", "crew", "rent"
        ("The river rose above the old mark", 1),
        ("Repair crew working through the night", 0),
        ("the higher rent for their stalls", 0),
        # non-finite forms: participles, infinitives, passives with no auxiliary
        ("Repair crews from three provinces working through the night", 0),
        ("To be returned within two weeks", 0),
        ("Its central pier damaged by the debris", 0),
        ("Clinics in the region to report every case", 0),
        # auxiliaries, contractions, demonstrative subjects, imperatives
        ("He's been greeted by his wife", 1),
        ("These can cut running costs", 1),
        ("This includes journalists and staff", 1),
        ("These bring the total to 142", 1),
        ("Bjartmar works at a preschool", 1),
        ("Replacement buses not possible due to the closures", 0),
        ("Many rent flats where housing costs less", 2),
        ("Avoid long dry spells", 1),
        ("Water them regularly", 1),
        # groups: an auxiliary and its participle are one
        ("The ministry has also received the letter and replied", 2),
    ],
)
def test_finite_verb_groups(text: str, groups: int) -> None:
    assert _groups(text) == groups


def _lacks(text: str, index: int) -> str | None:
    doc = Document(text)
    s = doc.sentences[index]
    bounds = VerblessGate(doc)(s)
    found = lacks_main_verb(doc, bounds) if bounds is not None else None
    return None if found is None else found[2]


def test_what_a_sentence_lacks() -> None:
    text = ("The zoo welcomed two pandas. A gift which was arranged during the envoy's visit. "
            "Visitors queued for hours, hoping to see them. Following reports that the handle can overheat "
            "during use. Keepers feed them bamboo twice a day.")
    assert _lacks(text, 1) == "relative"
    assert _lacks(text, 2) is None
    assert _lacks(text, 3) == "complement"
    assert _lacks(text, 4) is None


def test_gate_skips_sentences_with_a_clear_verb() -> None:
    doc = Document("The mayor said the vote would be held on Monday next week. Crowds outside the hall all afternoon.")
    gate = VerblessGate(doc)
    assert gate(doc.sentences[0]) is None
    assert gate(doc.sentences[1]) is not None


def test_feature_style_keeps_verbless_sentences_quiet() -> None:
    news = ("The storm knocked out power to thousands of homes. Repair crews from three provinces working through "
            "the night. Most homes had power again by noon.")
    feature = "A quiet place. Days of rain. " + news
    codes = [f.code for f in Linter().lint_text(news).findings]
    assert "MT004" in codes
    assert "MT004" not in [f.code for f in Linter().lint_text(feature).findings]


@pytest.mark.parametrize("name", ["dev", "holdout"])
def test_development_sets_are_what_their_scripts_write(tmp_path: Path, name: str) -> None:
    """The committed JSONL files are the scripts' output, spans on the marked words."""
    path = EVAL / f"grammar_{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        for start, end in row["spans"]:
            assert row["text"][start:end].strip() == row["text"][start:end] and end > start
    script = EVAL / f"make_grammar_{name}.py"
    before = path.read_bytes()
    subprocess.run([sys.executable, str(script)], check=True, cwd=EVAL, capture_output=True)
    assert path.read_bytes() == before


def test_development_set_floors() -> None:
    """Recall on the development set of new wordings, and silence on its clean passages."""
    sys.path.insert(0, str(EVAL))
    try:
        import blind_eval
    finally:
        sys.path.remove(str(EVAL))
    res = blind_eval.evaluate(blind_eval.load(blind_eval.GRAMMAR_SETS["dev"]))
    assert res["recall"]["fragment"] >= 0.8
    assert res["recall"]["attribution"] >= 0.9
    assert not [fa for fa in res["false_alarms"] if fa[1] in ("MT004", "MT005")]
