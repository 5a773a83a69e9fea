"""Readability figures (computed from the shared views) and the RDB family."""

from __future__ import annotations

import statistics

import pytest
import textstat

from sourcelint import Config, Linter
from sourcelint.document import Document
from sourcelint.rules import cmu
from sourcelint.rules.readability import LostSentenceBoundaries, RunOnSentence, readability

from conftest import native_corpus, sample_text

# Texts on which textstat's tokenisation and ours agree (no hyphens, numbers
# or two-word sentences), so the formulas must give the very same numbers.
PLAIN = [
    "The cat sat on the mat. It was a sunny day and the children played in the garden. "
    "Their mother watched them from the kitchen window while she made tea.",
    "Police arrested three men after a robbery at a bank in the city centre on Tuesday. "
    "Officers said the suspects were caught near the station. Nobody was hurt during the "
    "incident, according to a statement released by the force.",
    "Unprecedented environmental regulations necessitate comprehensive organisational "
    "restructuring. Governments internationally acknowledge considerable implementation difficulties.",
]


def test_cmu_dictionary() -> None:
    d = cmu.cmu_dict()
    assert len(d) > 100_000
    assert d.syllables("environment") == 4
    assert d["aalborg"] == [["AO1", "L", "B", "AO0", "R", "G"]]  # "# place, danish" comment stripped
    assert d["read"][0][0] == "R"  # primary pronunciation kept over "read(2)"
    assert d.syllables("qwzxv") is None
    assert cmu.syllables("qwzxv") >= 1  # pyphen fallback
    assert cmu.cmudict_path().name == "cmudict.dict"


@pytest.mark.parametrize("text", PLAIN)
def test_flesch_equals_textstat_on_plain_text(text: str) -> None:
    stats = readability(Document(text))
    assert stats.flesch_reading_ease == pytest.approx(textstat.flesch_reading_ease(text), abs=1e-6)
    assert stats.flesch_kincaid_grade == pytest.approx(textstat.flesch_kincaid_grade(text), abs=1e-6)


@pytest.mark.needs_corpus
def test_flesch_close_to_textstat_on_news() -> None:
    # Real articles differ in tokenisation (hyphens, numbers, headlines), so
    # only closeness is expected.
    diffs = []
    for rec in native_corpus():
        ours = readability(Document(rec["text"])).flesch_reading_ease
        diffs.append(abs(ours - textstat.flesch_reading_ease(rec["text"])))
    assert statistics.mean(diffs) < 2.5
    assert max(diffs) < 10.0


def test_syllables_of_compounds_and_numbers() -> None:
    stats = readability(Document("A well-known fact."))
    assert stats.syllables == 1 + 2 + 1  # a + well-known + fact
    assert readability(Document("It cost 5 dollars.")).syllables == 1 + 1 + 1 + 2


def test_sentence_and_paragraph_statistics() -> None:
    text = "One two three four. Five six seven.\n\nEight nine ten eleven twelve. Yes."
    stats = readability(Document(text))
    assert stats.sentence_lengths == (4, 3, 5, 1)
    assert stats.paragraph_words == (7, 6)
    assert stats.sentences == 3  # the one-word sentence is not counted, as in textstat
    mean, longest, std = stats.sentence_length_stats()
    assert (mean, longest) == (3.25, 5) and std == pytest.approx(1.479, abs=1e-3)


def test_measure_keys_and_ranges() -> None:
    metrics = RunOnSentence().measure(Document(sample_text("000")))
    assert set(metrics) == {
        "readability.flesch_reading_ease",
        "readability.flesch_kincaid_grade",
        "readability.sentence_length_mean",
        "readability.sentence_length_max",
        "readability.sentence_length_std",
        "readability.words_per_paragraph",
    }
    assert 0 < metrics["readability.flesch_reading_ease"] < 100
    assert 0 < metrics["readability.flesch_kincaid_grade"] < 25
    assert RunOnSentence().measure(Document("")) == {}


def test_run_on_severity_by_length() -> None:
    words = " ".join(["word"] * 95) + "."
    (f,) = RunOnSentence().check(Document(words))
    assert f.severity == "info" and f.extent == 0.0
    words = " ".join(["word"] * 130) + "."
    (f,) = RunOnSentence().check(Document(words))
    assert f.severity == "warning" and "130 words" in f.message


@pytest.mark.needs_corpus
def test_no_warnings_on_native_corpus_and_samples() -> None:
    texts = [r["text"] for r in native_corpus()] + [sample_text(f"00{i}") for i in range(5)]
    for rule in (RunOnSentence(), LostSentenceBoundaries()):
        for text in texts:
            loud = [f for f in rule.check(Document(text)) if f.severity != "info"]
            assert loud == [], (rule.code, loud[0].message if loud else "")


def test_hostile_input_finishes() -> None:
    doc = Document("a" * 1_000_000)
    assert readability(doc).words == 1
    doc = Document("word " * 100_000)
    (f,) = LostSentenceBoundaries().check(doc)
    assert f.code == "RDB002"


def test_long_text_syllables_are_sampled_without_bias() -> None:
    short = readability(Document("The committee approved an extraordinary budget today. "))
    long = readability(Document("The committee approved an extraordinary budget today. " * 3000))
    assert long.words == 21_000
    assert long.syllables_per_word == pytest.approx(short.syllables_per_word, rel=0.01)


def test_a_long_punctuated_official_sentence_is_info_a_fused_one_a_warning() -> None:
    official = ("In its ruling, issued on Friday, the tribunal found that the operator had, over a period of six "
                "years, \"failed to record, inspect and repair the valves at 130 of its pumping stations as its "
                "licence required, failed to report the resulting leaks to the authority, the councils and the "
                "public within the time allowed, and filed returns which it knew, or should have known, understated "
                "both the number and the length of the leaks, thereby denying residents, farmers and anglers the "
                "information they needed to judge the state of the rivers, the reservoirs and the coastal waters "
                "that depend on them, and the safety of bathing in them during the summer months.\"")
    fused = ("The council said the new road would open in June the work started last year the contractor said "
             "the weather caused delays the residents were told to expect noise at night the mayor visited the "
             "site on Monday he said the cost had risen the opposition said the plan was rushed the budget was "
             "approved in March the bridge will be closed for two weeks the buses will take another route the "
             "shops near the site said they had lost customers the council promised to help them the drivers "
             "were asked to use the ring road the police will close the junction at night the work should end "
             "in the autumn the council said.")
    linter = Linter(Config(select=("RDB001",)))
    for text, severity in ((official, "info"), (fused, "warning")):
        (finding,) = linter.lint_text(text).findings
        assert len(text.split()) > 110 and finding.severity == severity
