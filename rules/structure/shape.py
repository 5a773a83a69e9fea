"""The shape of a paragraph's text: list items and headings, headline case,
words a finished sentence does not end on."""

from __future__ import annotations

import re

from sourcelint.document import Paragraph

from ..lexicon import data_sections

_WORDS = data_sections("structure_words.txt")
LIST_OR_HEADING_RE = re.compile(r"[ \t]*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?|\|)")
_TITLE_SMALL = _WORDS["title_small"]
#: Characters a finished sentence or line ends with.
TERMINAL = ".!?…\"'”’)]»"


def title_case(words: list[str]) -> bool:
    """True when the words look like a headline: (almost) every major word capitalised."""
    major = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not major:
        return False
    caps = sum(1 for w in major if w[:1].isupper() or w[:1].isdigit())
    return caps * 10 >= len(major) * 8


#: Words a finished sentence or headline does not end on: a text that stops on
#: one of these was cut.
DANGLING = _WORDS["dangling"]


def last_line(p: Paragraph) -> str:
    """The last line of paragraph ``p``."""
    return p.text[p.text.rfind("\n") + 1 :]
