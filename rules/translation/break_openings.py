"""What the piece after a full stop opens with, that tells a cut clause
(part of MT003): an object pronoun, which can open no sentence ("we can
give. Them a chance"), and a phrase whose only verb is a speech tag after
its comma ("over uncertified wool. Of similar quality, brokers said")."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from sourcelint.document import Document, Sentence

from .finite_verbs import verb_lemmas
from .lexicons import finite_forms
from .prose import SPEECH_VERB_SET

__all__ = ["object_pronoun_opening", "without_trailing_tag"]

_OBJECT_PRONOUNS = frozenset("them him us me".split())
# What may follow an object pronoun that opens a sentence on purpose: "Them and us.", "Me too."
_AFTER_OPENING_OBJECT = frozenset("and or too either neither alone included".split())
# A speech tag closing a piece: ", brokers said.", ", the minister told reporters."
_TRAILING_TAG_RE = re.compile(r",((?:\s+[A-Za-z’'-]+){1,4})\s*[.!]?[\"”’]?\s*$")


def object_pronoun_opening(lw_a: list[str], lw_b: list[str], text_b: str) -> bool:
    """Whether the piece after opens on an object pronoun going on with its
    clause ("Them a chance", "him the keys"), after a piece ending on a verb."""
    if len(lw_b) < 3 or lw_b[0] not in _OBJECT_PRONOUNS or not lw_a:
        return False
    if text_b[len(lw_b[0]) : len(lw_b[0]) + 1] in ",;:!?" or lw_b[1] in _AFTER_OPENING_OBJECT:
        return False  # "Him, I trust.", "Them and us."
    last = lw_a[-1]
    return last in verb_lemmas() or last in finite_forms()


def without_trailing_tag(doc: Document, s: Sentence, bounds: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The token bounds of sentence ``s`` without the speech tag after its
    last comma ("Of similar quality, brokers said."), or None if it has none
    or the paragraph goes on: the tag may then belong to the clause after it
    ("Without the line, he said. Southern producers would ...")."""
    after = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if after is not None and after.paragraph == s.paragraph:
        return None
    m = _TRAILING_TAG_RE.search(s.text)
    # (the verb ends the tag or comes before its object: "brokers said", "she told reporters")
    if m is None or SPEECH_VERB_SET.isdisjoint(m.group(1).split()[-2:]):
        return None
    lo, hi = bounds
    cut = bisect_left(doc.token_starts, s.start + m.start(), lo, hi)
    return (lo, cut) if cut - lo >= 2 else None
