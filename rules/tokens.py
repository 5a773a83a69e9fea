"""Token views several families read: lowercase forms and paragraph bounds.

The names ("tokens.lower", "tokens.paragraph_bounds") are the ones
``langid`` caches the same values under, so whichever family runs first
computes them for the others.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from itertools import repeat as _repeat
from operator import itemgetter

from sourcelint.analysis import analysis
from sourcelint.document import Document
from sourcelint.rows import Pairs, Rows

from .words import dictionary_words

__all__ = ["distinct_lowers", "non_dictionary_forms", "paragraph_token_bounds", "token_lowers"]

_TOKEN_LOWER = itemgetter(4)  # Token.lower


@analysis("tokens.lower")
def token_lowers(doc: Document) -> list[str]:
    """Lowercase forms of ``doc.tokens``, as one shared list."""
    if doc.compact:
        # Millions of tokens of a few thousand words: interned, each word's
        # lowercase form is stored once.
        return list(map(sys.intern, map(_TOKEN_LOWER, doc.tokens)))
    return doc.token_columns.lowers  # type: ignore[return-value]  # a list for a document that is not compact


@analysis("tokens.distinct_lower", needs=(token_lowers,))
def distinct_lowers(doc: Document) -> frozenset[str]:
    """The distinct lowercase token forms, as one shared set."""
    return frozenset(token_lowers(doc))


@analysis("tokens.non_dictionary", needs=(distinct_lowers,))
def non_dictionary_forms(doc: Document) -> frozenset[str]:
    """The distinct lowercase token forms that are no dictionary word: the
    only ones glue and foreign-word tests look at (most tokens are words)."""
    return distinct_lowers(doc).difference(dictionary_words())


@analysis("tokens.paragraph_bounds")
def paragraph_token_bounds(doc: Document) -> Sequence[tuple[int, int]]:
    """``(lo, hi)`` token indices of each paragraph: ``doc.tokens[lo:hi]``."""
    starts = doc.token_starts
    paras = doc.paragraphs
    if isinstance(paras, Rows):
        p_starts, p_ends = paras.columns
        return Pairs(array(doc.offset_type, map(bisect_left, _repeat(starts), p_starts)),
                     array(doc.offset_type, map(bisect_left, _repeat(starts), p_ends)))
    return [(bisect_left(starts, p.start), bisect_left(starts, p.end)) for p in paras]
