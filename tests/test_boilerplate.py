"""Boilerplate rules beyond their TOML cases: one finding per notice, template matching, hostile input."""

from __future__ import annotations

import pytest

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.registry import load_rules
from sourcelint.rules.boilerplate.aggregator_notice import _clause_comma
from sourcelint.rules.boilerplate import (
    RULES as BLP_RULES,
    AggregatorNotice,
    EmbedResidue,
    FurnitureLine,
    PlaceholderLink,
    parse_template,
    template_set,
)

LEAD = "Shares fell 3% on Monday after the results.\n\n"


def _codes(rules, text: str) -> list[tuple[str, str]]:
    report = Linter(rules=rules).lint_text(text, id="t")
    return [(f.code, text[f.start : f.end]) for f in report.findings]


# -- one notice, one finding ------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "This story has been translated automatically by software.",
        "This article was automatically translated from Chinese and may contain errors.",
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
        "Disclaimer: This story is from a syndicated feed and has not been edited by our staff.",
        "This story was auto-generated from a syndicated news feed.",
        "(This story has been published from a wire agency feed without modifications to the text.)",
    ],
)
def test_a_notice_gets_one_finding_from_mt006_or_blp004(notice: str) -> None:
    """Whichever rule owns a notice, the score pays for it once."""
    found = _codes([load_rules()["MT006"], AggregatorNotice], LEAD + notice)
    assert len(found) == 1, found
    if "translat" in notice:
        assert found[0][0] == "MT006"  # notices about translation are the translation family's


def test_blp004_alone_still_reports_what_mt006_does_not_know() -> None:
    text = LEAD + "This content is republished from the Associated Press wire."
    assert _codes([AggregatorNotice], text) == [("BLP004", "This content is republished from the Associated Press wire.")]


# -- templates ------------------------------------------------------------------------


def test_furniture_tolerates_an_added_dropped_or_swapped_determiner() -> None:
    for line in ("Back to the top", "Listen to the article", "Leave your comment below", "Share the article"):
        doc = Document(LEAD + line + "\n\nThe index recovered.")
        assert [doc.text[f.start : f.end] for f in FurnitureLine().check(doc)] == [line]


def test_aggregator_notices_keep_their_own_determiner() -> None:
    # "This article" is the page itself; "The article" may be any article.
    assert list(AggregatorNotice().check(Document(LEAD + "This article first appeared on Medium.")))
    assert not list(AggregatorNotice().check(Document(LEAD + "The article first appeared on Medium.")))


def test_template_syntax_errors() -> None:
    with pytest.raises(ValueError, match="mixes determiners"):
        parse_template("continue reading below|the? story")
    with pytest.raises(ValueError, match="not a determiner"):
        parse_template("the *3")
    with pytest.raises(ValueError, match="required word"):
        parse_template("*2 read more")
    head = parse_template(">image caption")
    assert head.mode == ">" and [sorted(s.words) for s in head.slots] == [["image"], ["caption"]]


def test_every_lexicon_loads() -> None:
    for name in ("boilerplate_phrases.txt", "boilerplate_aggregator.txt"):
        assert len(template_set(name).templates) > 20


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Originally published on June 3, 2021.", False),
        ("Originally published on Monday, June 3, 2021.", False),
        ("Originally published on 3 June 2021, 14:02.", False),
        ("Originally published in 1851, the novel sold poorly.", True),
        ("Originally published on Monday, the report was withdrawn.", True),
    ],
)
def test_clause_comma(text: str, clause: bool) -> None:
    assert _clause_comma(text, 0, len(text)) is clause


# -- fixes ----------------------------------------------------------------------------


def test_empty_anchor_fix_removes_it() -> None:
    text = "Officials confirmed the figures [](https://example.com) on Monday."
    (f,) = PlaceholderLink().check(Document(text))
    (edit,) = f.fix.edits
    assert text[: edit.start] + edit.replacement + text[edit.end :] == "Officials confirmed the figures  on Monday."


def test_foreign_tweet_signature_line_is_removed_whole() -> None:
    text = "He announced the deal.\n\n— Elon Musk (@elonmusk) 28. Mai 2022\n\nShares rose."
    (f,) = EmbedResidue().check(Document(text))
    (edit,) = f.fix.edits
    assert text[: edit.start] + text[edit.end :] == "He announced the deal.\n\nShares rose."


# -- hostile input ----------------------------------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile",
    [
        "a." * 100_000,
        "the " * 200_000,
        "back to the top " * 50_000,
        "(@x) 3 juin 2022 " * 50_000,
        "— X (@x) " * 50_000,
        "[](x) " * 20_000,
        '<a href="https://x"></a>' * 20_000,
        "Originally published on Monday, " * 30_000,
        "Sign up for the scheme opened on Monday, the council said.\n\n" * 5_000,
    ],
    ids=["a-dot", "determiners", "loose-keys", "dated-handles", "dashed-handles", "empty-anchors",
         "empty-html-anchors", "date-commas", "prose-prompts"],
)
def test_hostile_input_stays_linear(hostile: str) -> None:
    """Once quadratic: a line scan per handle on one huge line took minutes."""
    doc = Document(hostile)
    for rule in BLP_RULES:
        for f in rule().check(doc):
            assert 0 <= f.start <= f.end <= len(hostile)


def test_aggregator_notice_is_reported_with_mt006_off() -> None:
    """MT006 supersedes BLP004 where both report one notice; switching MT006
    off never hides the notice (issue 13)."""
    from sourcelint import Config, Linter

    text = (LEAD + "News on this portal is collected automatically from public sources "
            "and does not represent the position of the editors.")
    notice = text.index("News on this portal")
    alone = Linter(Config(select=("BLP",))).lint_text(text).findings
    assert [(f.code, f.start) for f in alone] == [("BLP004", notice)]
    both = Linter(Config(select=("MT006", "BLP"))).lint_text(text).findings
    assert ("MT006", notice) in [(f.code, f.start) for f in both]
    assert "BLP004" not in {f.code for f in both}
