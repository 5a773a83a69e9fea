"""Case-blind patterns run as plain ones over case-folded text.

A case-blind (``re.I``) pattern cannot let the regex engine skip ahead to
its first letter, so it is tried at every position; the same pattern
without ``re.I``, over text folded to lowercase, is scanned several times
faster. The two find the same matches at the same offsets when

- folding turned every character into one character (so offsets agree),
- each ASCII letter's case-blind class is exactly the set of characters
  that fold to it (true over all of Unicode once "ı" is folded to "i":
  "K" (Kelvin sign) folds to "k", "ſ" to "s"; "İ", the exception, folds
  to two characters), and
- folding keeps word and non-word characters apart (true except U+0345,
  no word character, which folds to "ι", one),

and the pattern's own letters are ASCII and lowercase. :func:`aligned_fold`
checks the first and the last; the rest holds for every text.
"""

from __future__ import annotations

from sourcelint.analysis import analysis
from sourcelint.document import Document

__all__ = ["fold", "aligned_fold", "lowered_text", "folded_text", "aligned_folded_text"]


def fold(text: str) -> str:
    """``text`` case-folded, a dotless i as an i (the case-blind engine's view)."""
    return text.casefold().replace("ı", "i")


def aligned_fold(text: str) -> str | None:
    """:func:`fold` of ``text`` where it keeps offsets and word boundaries
    (see the module), else None: use the case-blind pattern on ``text``."""
    folded = fold(text)
    if len(folded) != len(text) or "\u0345" in text:
        return None
    return folded


# The whole text lowercased or folded is read by several rules: each view
# is computed once per document (a pass over the text each).


@analysis("text.lower")
def lowered_text(doc: Document) -> str:
    """``doc.text.lower()``."""
    return doc.text.lower()


@analysis("text.fold")
def folded_text(doc: Document) -> str:
    """:func:`fold` of ``doc.text``."""
    return fold(doc.text)


@analysis("text.aligned_fold", needs=(folded_text,))
def aligned_folded_text(doc: Document) -> str | None:
    """:func:`aligned_fold` of ``doc.text``."""
    folded = folded_text(doc)
    if len(folded) != len(doc.text) or "\u0345" in doc.text:
        return None
    return folded
