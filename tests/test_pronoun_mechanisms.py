"""The pronoun analysis's narrower mechanisms: pronouns whose gender fits
nobody in the article (rules/pronouns/lone_gender.py) and the speaker a
quote's speech tag means (rules/pronouns/quote_speakers.py)."""

from __future__ import annotations

from sourcelint.document import Document
from sourcelint.rules.pronouns.entities import analyse
from sourcelint.rules.pronouns.lone_gender import lone_gender_pronouns
from sourcelint.rules.pronouns.pronoun_gender_conflict import gendered_nouns
from sourcelint.rules.pronouns.resolver import resolve
from sourcelint.rules.pronouns.topic_default import topic_flips

MEN_ONLY = ("Chief Minister Shivraj Singh Chouhan, who on Saturday confirmed she had tested positive for the "
            "virus, tweeted on Sunday that she is fine. Mr Chouhan thanked the doctors who treat him. He said his "
            "recovery was quick.")


def lone(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    an = analyse(doc)
    found = lone_gender_pronouns(doc, an, resolve(doc, an), gendered_nouns(doc), set())
    return [(r.pron.word, an.entities[c.entity].name) for r, c in found]


def test_a_pronoun_no_one_in_the_article_fits_is_blamed_on_its_likeliest_referent() -> None:
    assert lone(MEN_ONLY) == [("she", "Shivraj Singh Chouhan"), ("she", "Shivraj Singh Chouhan")]


def test_a_person_noun_of_the_pronouns_gender_anywhere_gives_it_someone() -> None:
    assert lone(MEN_ONLY + " His daughter was in Delhi.") == []


def test_someone_of_unknown_gender_within_reach_gives_it_someone() -> None:
    text = MEN_ONLY.replace("Chief Minister", "An aide of Chief Minister")
    assert lone(text) == []  # (both may be the aide's, named in their sentence)


def test_the_lone_gender_in_the_majority_is_no_flip() -> None:
    # more pronouns of the lone gender than of the other: someone the analysis missed
    text = ("Mr Tom Reed met the minister on Monday. She said she would act. She told him she was sure. "
            "She added that her plan was ready.")
    assert lone(text) == []


def quote_speaker(text: str) -> list[tuple[str, str]]:
    an = analyse(Document(text))
    return [(a.word, an.canonical(a.entity).name) for a in an.attachments if a.reason.startswith("the quote's speaker")]


def test_a_tag_after_a_quote_is_tied_to_the_speaker_the_paragraph_named() -> None:
    text = ("Ingrid Berg won the slalom on Sunday, ahead of Norway's Erik Lund. Berg said the crowd had carried "
            "her down the course. \u201cI could hear them from the start,\u201d he said.")
    assert quote_speaker(text) == [("he", "Ingrid Berg")]


def test_said_after_the_quote_names_its_speaker() -> None:
    text = ("Ms Ingrid Berg won the slalom. \u201cIt was a good day,\u201d said Ms Berg, smiling. "
            "\u201cThe snow was fast,\u201d she said.")
    assert quote_speaker(text) == [("she", "Ingrid Berg")]


def test_no_tie_across_a_new_sentence_or_a_person_named_since() -> None:
    new_sentence = ("Ms Ingrid Berg spoke to reporters. Berg said the plan was sound. \u201cWe are ready.\u201d "
                    "She left at noon.")
    assert quote_speaker(new_sentence) == []
    someone = ("Ms Ingrid Berg spoke to reporters. Berg said the plan was sound. Her rival, Mr Erik Lund, "
               "disagreed. \u201cIt is not,\u201d he said.")
    assert quote_speaker(someone) == []


def test_a_role_before_a_phrase_and_a_name_is_that_persons() -> None:
    an = analyse(Document("The United Nations envoy for the region, Catherine Mbeki, arrived on Monday. "
                          "The envoy met both sides."))
    (mbeki,) = [e for e in an.people() if e.name == "Catherine Mbeki"]
    assert "envoy" in mbeki.roles
    roles = [m.text for m in mbeki.mentions if m.kind != "name"]
    assert roles == ["The United Nations envoy", "The envoy"]


def test_a_role_predicated_over_modifiers_is_the_persons() -> None:
    an = analyse(Document("Hannah Osei was named artistic director of the Lyric Theatre on Monday."))
    (osei,) = an.people()
    assert "director" in osei.roles


PROFILE = ("Dame Judith Marsh, the novelist, has died aged 88. Marsh wrote twenty books, and she won the Booker "
           "Prize in 1979 for her fourth. Her publisher, Tom Reid, said she had never missed a deadline.\n\n"
           "Born in Leeds, Marsh studied at Oxford. She taught at a school for a decade.\n\n"
           "The prize changed everything. He moved to London in 1980.")


def topic(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    an = analyse(doc)
    return [(r.pron.word, e.name) for r, e in topic_flips(doc, an, resolve(doc, an), set())]


def test_a_paragraphs_opening_pronoun_defaults_to_the_profiles_subject() -> None:
    assert topic(PROFILE) == [("He", "Judith Marsh")]


def test_no_topic_default_without_a_dominant_person_or_after_a_quote() -> None:
    # another woman named as often: the article is about two people
    shared = PROFILE.replace("The prize changed everything.", "Her editor, Ann Hale, shaped every book. Hale "
                             "recalled their first meeting. Hale said she would miss her.\n\nThe prize changed "
                             "everything.")
    assert topic(shared) == []
    quoted = PROFILE.replace("The prize changed everything.", "\u201cThe prize changed everything.\u201d")
    assert topic(quoted) == []


def test_a_capitalised_title_of_an_organisation_is_the_named_persons() -> None:
    an = analyse(Document("UN High Commissioner for Human Rights Michelle Bachelet ended her visit on Friday."))
    (bachelet,) = an.people()
    assert "commissioner" in bachelet.roles
    assert not [e for e in an.entities if e.alias is None and e.kind == "anon"]
    # a lowercase noun before "of <title> <name>" is someone else: "An aide of ..."
    an = analyse(Document("An aide of Chief Minister Shivraj Singh Chouhan said he was fine."))
    assert [e.name for e in an.entities if e.alias is None and e.kind == "anon"] == ["aide"]
