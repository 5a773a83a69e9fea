"""The document model: views, offsets and segmentation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcelint.document import WORD_RE, Document
from sourcelint.segment import split_sentences

from conftest import sample_text


def sentences(text: str) -> list[str]:
    return [s.text for s in Document(text).sentences]


def test_views_point_into_the_original_text() -> None:
    text = "  First para, line one.\nstill first.\n\n\nSecond  para. It has two sentences!\n"
    doc = Document(text)
    for view in (doc.paragraphs, doc.sentences):
        for item in view:
            assert text[item.start : item.end] == item.text
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert tok.lower == tok.text.lower()


def test_blank_lines_separate_paragraphs_and_hard_wraps_are_kept() -> None:
    text = "This is a hard-wrapped paragraph that\ncontinues on the next line\nand ends here.\n\nSecond one."
    assert [p.text for p in Document(text).paragraphs] == [
        "This is a hard-wrapped paragraph that\ncontinues on the next line\nand ends here.",
        "Second one.",
    ]


def test_single_line_paragraphs_are_split() -> None:
    # 000/001/004 put one paragraph per line with no blank lines.
    doc = Document(sample_text("004"))
    assert len(doc.paragraphs) == sum(1 for line in sample_text("004").splitlines() if line.strip())


def test_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = ("Mr. Smith met Dr. Jones in the U.S. capital at 3.30 p.m. on Friday. "
            "J. K. Rowling, e.g. the author, sold 2.5 million copies. The end.")
    assert sentences(text) == [
        "Mr. Smith met Dr. Jones in the U.S. capital at 3.30 p.m. on Friday.",
        "J. K. Rowling, e.g. the author, sold 2.5 million copies.",
        "The end.",
    ]


def test_the_article_a_before_a_full_stop_is_no_initial() -> None:
    # A cut sentence ("greeting them with a. Salute") splits there, so
    # MT003 sees the break; initials and "v." do not split.
    assert sentences("They greeted him with a. Salute that pupils remember.") == [
        "They greeted him with a.", "Salute that pupils remember."]
    assert sentences("In Roe v. Wade the court ruled. J. K. Rowling spoke.") == [
        "In Roe v. Wade the court ruled.", "J. K. Rowling spoke."]


def test_sentence_final_abbreviation_before_a_usual_opener_splits() -> None:
    assert sentences("He moved to the U.S. The move was hard.") == ["He moved to the U.S.", "The move was hard."]
    assert sentences("She works for Acme Inc. in Boston.") == ["She works for Acme Inc. in Boston."]


def test_quotes_close_sentences() -> None:
    assert sentences('“It was open,” she said. “Very open.” Then she left.') == [
        "“It was open,” she said.", "“Very open.”", "Then she left."]


def test_lowercase_after_full_stop_stays_in_one_sentence() -> None:
    # Spurious MT breaks ("missing family. members") are one sentence for the
    # MT rules to inspect, not two.
    assert sentences("including missing family. members – but could not say.") == [
        "including missing family. members – but could not say."]


def test_markdown_front_matter_code_and_comments_are_not_prose() -> None:
    text = "---\ntitle: x\n---\nIntro text.\n\n```\ncode block.\n```\n\n<!-- a comment -->\n\nOutro."
    assert [p.text for p in Document(text).paragraphs] == ["Intro text.", "Outro."]
    assert [p.text for p in Document(text, markdown=False).paragraphs][0].startswith("---")


def test_indented_code_is_not_prose_in_markdown_files_only() -> None:
    text = ("Intro text.\n\n    x = 1 , .\n\n    y = 2\n\nAfter.\n\n- item\n\n    continuation of the item.\n\n"
            "A paragraph\n    with an indented second line.\n")
    md = [p.text for p in Document(text, path="a.md").paragraphs]
    assert md == ["Intro text.", "After.", "- item", "continuation of the item.",
                  "A paragraph\n    with an indented second line."]
    # Scraped text from JSONL or the API often indents paragraphs: kept.
    assert "x = 1 , ." in [p.text for p in Document(text).paragraphs]
    assert "x = 1 , ." in [p.text for p in Document(text, path="a.txt", markdown=False).paragraphs]


def test_markdown_links_keep_their_syntax_in_the_text() -> None:
    text = "A disappointing [statement](#) today."
    doc = Document(text)
    assert doc.paragraphs[0].text == text


def test_line_col_is_one_based_and_counts_characters() -> None:
    doc = Document("ab\ncdé\n\nf")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(3) == (2, 1)
    assert doc.line_col(5) == (2, 3)
    assert doc.line_col(8) == (4, 1)
    assert doc.line_text(2) == "cdé"


def test_view_is_computed_once() -> None:
    doc = Document("One two.")
    calls = []
    doc.view("x", lambda d: calls.append(1) or 42)
    assert doc.view("x", lambda d: calls.append(1) or 0) == 42
    assert calls == [1]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .!?\n\"”‘U.S,e.g3")), max_size=200))
def test_segmentation_invariants_on_arbitrary_text(text: str) -> None:
    doc = Document(text)
    last = -1
    for p in doc.paragraphs:
        assert p.start > last and p.text.strip() == p.text and p.text
        last = p.end
    for s in doc.sentences:
        para = doc.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        assert text[s.start : s.end] == s.text
    spans = split_sentences(text, 0, len(text))
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_front_matter_becomes_metadata(tmp_path) -> None:
    from sourcelint.config import Config
    from sourcelint.inputs import iter_sources

    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "Floods hit the north"\nlanguage: fr\ntags:\n  - weather\nurl: https://example.com/a\n---\n\n'
                    "Floods hit the north on Monday.\n", encoding="utf-8")
    (src,) = iter_sources([str(path)], Config())
    meta = src.document.metadata
    assert meta == {"title": "Floods hit the north", "language": "fr", "url": "https://example.com/a"}
    assert src.document.language == "fr"
    toml = tmp_path / "b.md"
    toml.write_text('+++\ntitle = "A title"\n+++\n\nBody text here.\n', encoding="utf-8")
    (src,) = iter_sources([str(toml)], Config())
    assert src.document.metadata == {"title": "A title"}
    plain = tmp_path / "c.txt"  # plain text has no front matter
    plain.write_text("---\ntitle: x\n---\n\nBody.\n", encoding="utf-8")
    (src,) = iter_sources([str(plain)], Config())
    assert src.document.metadata == {}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9_é-'’ .\n\t,ß") + ["Σ", "İ", "中"]), max_size=60))
def test_tokens_are_the_words_word_re_finds(text: str) -> None:
    # The token view splits with its own (possessive) form of WORD_RE.
    doc = Document(text, markdown=False)
    found = [(m.start(), m.end(), m.group(), m.group().lower()) for m in WORD_RE.finditer(text)]
    if doc.non_prose or not doc.paragraphs:
        return
    inside = [f for f in found if any(p.start <= f[0] < p.end for p in doc.paragraphs)]
    assert [(t.start, t.end, t.text, t.lower) for t in doc.tokens] == inside


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9 .\n,<!->")), max_size=50), st.integers(-3, 30), st.integers(-3, 30))
def test_tokens_between_is_a_slice_of_the_token_view(text: str, lo: int, hi: int) -> None:
    # Built from the columns before the whole view exists, sliced from it after.
    doc = Document(text)
    before = list(doc.tokens_between(lo, hi))
    assert "tokens" not in doc.__dict__
    assert before == list(doc.tokens[lo:hi]) == list(doc.tokens_between(lo, hi))
