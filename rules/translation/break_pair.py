"""The two pieces around a full stop, as MT003's tests read them: their
words, the token bounds of a sentence, and a test's verdict."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple, Optional

from sourcelint.document import Document, Sentence

from ..tokens import token_lowers
from .finite_verbs import finite_verb_groups

__all__ = ["Cut", "Pair", "letter_words", "sentence_bounds", "sentence_words"]


class Cut(NamedTuple):
    """What a full stop cut: why, how sure, and how to join the pieces."""

    why: str
    confidence: float
    comma: bool = False  # join with a comma ("welcoming, saying"), not a space


def sentence_words(doc: Document, s: Sentence) -> tuple[list[str], list]:
    """The words of sentence ``s``: lowercase, and its tokens."""
    lo, hi = sentence_bounds(doc, s)
    return token_lowers(doc)[lo:hi], doc.tokens_between(lo, hi)


def sentence_bounds(doc: Document, s: Sentence) -> tuple[int, int]:
    """The token indices of sentence ``s`` (start, end)."""
    starts = doc.token_starts
    return bisect_left(starts, s.start), bisect_left(starts, s.end)


def letter_words(lw: list[str]) -> int:
    """How many of the words open with a letter (not numbers)."""
    return sum(1 for w in lw if w[:1].isalpha())


class Pair:
    """The two pieces around one full stop, read once."""

    def __init__(self, doc: Document, a: Sentence, b: Sentence) -> None:
        self.doc, self.a, self.b = doc, a, b
        self.lw_a, self.cased_a = sentence_words(doc, a)
        self.lw_b, self.cased_b = sentence_words(doc, b)
        self.question = b.text.rstrip().endswith("?")
        self._finite_a: Optional[int] = None

    @property
    def finite_a(self) -> int:
        if self._finite_a is None:
            self._finite_a = finite_verb_groups(self.lw_a, self.cased_a, 1)
        return self._finite_a
