"""MT003's second test: a full stop before a capital that cuts one clause.

Machine translation and bad extraction split a sentence where no sentence
can end, and the piece after it still starts with a capital, so no
lowercase tells: "The first ten units. Are due in 2028." (a subject cut
from its verb) or "Police want to hear from drivers. With dashcam footage."
(a phrase cut from the clause it belongs to). Grammar tells instead: one
of the two pieces has no finite verb, and the other supplies what it
lacks. Sentences inside quotes, headings, list items and short features
written in fragments on purpose are left alone.
"""

from __future__ import annotations

from bisect import bisect_left

from sourcelint.analysis import analysis
from sourcelint.document import Document, Sentence

from ..tokens import token_lowers
from .finite_verbs import finite_verb_groups
from .prose import Hit, quoted_test
from .verbless import FeatureStyle, clearly_finite

__all__ = ["capital_breaks"]

# Prepositions a phrase cut off a clause opens with.
_PHRASE_OPENERS = frozenset("with by through for from during without within into across over under near "
                            "towards toward".split())
# Finite words that open an imperative, which has no subject by design: "Don't panic."
_IMPERATIVE = frozenset("do don't don’t let please".split())
_MAX_PIECE = 8  # words: a longer verbless piece is MT004's fragment, not a cut


def _words(doc: Document, s: Sentence) -> tuple[list[str], list]:
    starts = doc.token_starts
    lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
    return token_lowers(doc)[lo:hi], doc.tokens[lo:hi]


def _letter_words(lw: list[str]) -> int:
    return sum(1 for w in lw if w[:1].isalpha())


def _cut(doc: Document, a: Sentence, b: Sentence) -> str | None:
    """What the full stop between ``a`` and ``b`` cut, or None."""
    lw_a, cased_a = _words(doc, a)
    lw_b, cased_b = _words(doc, b)
    if not lw_a or not lw_b:
        return None
    question = b.text.rstrip().endswith("?")  # "Not so. Would you do it again?": inverted, not cut
    if 2 <= _letter_words(lw_a) <= _MAX_PIECE and lw_b[0] in clearly_finite() and lw_b[0] not in _IMPERATIVE \
            and not question \
            and not cased_b[0].text.isupper() and finite_verb_groups(lw_a, cased_a, 0) == 0:
        return f"'{cased_b[0].text}' needs the subject before the full stop"  # (no style writes this)
    if 2 <= len(lw_b) <= _MAX_PIECE and lw_b[0] in _PHRASE_OPENERS and finite_verb_groups(lw_b, cased_b, 0) == 0 \
            and finite_verb_groups(lw_a, cased_a, 0) >= 1:
        return f"'{b.text.rstrip('.')}' is a phrase of the sentence before"
    return None


@analysis("translation.capital_breaks", needs=(token_lowers,))
def capital_breaks(doc: Document) -> list[Hit]:
    """Full stops before a capital that split one clause (part of MT003's hits)."""
    sentences = doc.sentences
    quoted = quoted_test(doc)
    feature = None
    hits: list[Hit] = []
    openers = clearly_finite() | _PHRASE_OPENERS
    for a, b in zip(sentences, sentences[1:]):
        if a.paragraph != b.paragraph or not b.text[:1].isupper() or b.text.split(" ", 1)[0].lower() not in openers:
            continue
        ta = a.text.rstrip()
        if not ta.endswith(".") or ta.endswith(".."):
            continue
        cut = _cut(doc, a, b)
        if cut is None or quoted(a):
            continue
        if cut.endswith("sentence before"):
            if quoted(b):
                continue
            if feature is None:
                feature = bool(FeatureStyle(doc))
            if feature:
                continue  # an article written in fragments on purpose may add a phrase alone
        word_end = b.start + len(b.text.split(" ", 1)[0])
        hits.append(Hit("MT003", a.start + ta.rfind(" ") + 1, word_end,
                        f"full stop in the middle of a sentence: {cut}", 0.75))
    return hits
