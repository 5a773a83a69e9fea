"""Token views several families read: lowercase forms and paragraph bounds.

The names ("tokens.lower", "tokens.paragraph_bounds") are the ones
``langid`` caches the same values under, so whichever family runs first
computes them for the others.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from sourcelint.analysis import analysis
from sourcelint.document import Document

__all__ = ["paragraph_token_bounds", "token_lowers"]

_TOKEN_LOWER = itemgetter(4)  # Token.lower


@analysis("tokens.lower")
def token_lowers(doc: Document) -> list[str]:
    """Lowercase forms of ``doc.tokens``, as one shared list."""
    return list(map(_TOKEN_LOWER, doc.tokens))


@analysis("tokens.paragraph_bounds")
def paragraph_token_bounds(doc: Document) -> list[tuple[int, int]]:
    """``(lo, hi)`` token indices of each paragraph: ``doc.tokens[lo:hi]``."""
    starts = doc.token_starts
    return [(bisect_left(starts, p.start), bisect_left(starts, p.end)) for p in doc.paragraphs]
