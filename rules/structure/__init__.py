"""The structure family (prefix STR): damage to the article's shape and encoding.

Paragraphs broken mid-sentence, truncated endings, mojibake, control and
replacement characters, and a headline or lede repeated at the top. All
checks walk the shared paragraph and sentence views; character-level checks
start with one cheap regex scan so that clean text costs next to nothing.

One module per rule (``broken_paragraph``, ``truncated_article``,
``mojibake``, ``control_characters``, ``repeated_opening``); shared parts in
``shape`` (headings, headline case, dangling words) and ``encoding`` (the
mojibake runs STR003 and STR004 both read).
"""

from __future__ import annotations

from .broken_paragraph import BrokenParagraph
from .control_characters import ControlCharacters
from .encoding import mojibake_runs
from .mojibake import Mojibake
from .repeated_opening import RepeatedOpening
from .truncated_article import TruncatedArticle

__all__ = [
    "BrokenParagraph",
    "TruncatedArticle",
    "Mojibake",
    "ControlCharacters",
    "RepeatedOpening",
    "mojibake_runs",
    "RULES",
]

RULES = [BrokenParagraph, TruncatedArticle, Mojibake, ControlCharacters, RepeatedOpening]
