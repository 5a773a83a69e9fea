"""MT001's joins at sentence punctuation: no space after a full stop,
question mark, comma or colon before a capitalised word ("said.The",
"the U.K.Foreign Office", "died in 2010.He")."""

from __future__ import annotations

import re

from sourcelint.document import Document
from sourcelint.finding import Edit, Fix

from .glue_marks import TLD_WORDS as _TLD_WORDS
from .lexicons import sentence_openers
from .prose import ALL_ABBREVIATIONS, Hit, chunk, paragraph_at, urlish

__all__ = ["CAP_WORD_RE", "CLOSERS", "LOWER_NEXT_RE", "punctuation_joins"]

CAP_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
# Missing space after sentence punctuation: "said.The", "visit,But".
_PUNCT_GLUE_RE = re.compile(r"[.!?,;:](?=[”\"’)\]]?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
LOWER_NEXT_RE = re.compile(r"(?:\s+[a-z]|['’][a-z])")
CLOSERS = "”\"’')]"
_DOTTED = frozenset("u.s. u.k. u.n. e.u. d.c. a.m. p.m. u.a.e. n.y. l.a. s.a. n.z.".split())
_HONORIFICS = frozenset("mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. rev.".split())


def punctuation_joins(doc: Document) -> list[Hit]:
    """No space after sentence punctuation: "said.The", "the U.K.Foreign Office"."""
    text = doc.text
    openers, _ = sentence_openers()
    hits: list[Hit] = []
    for m in _PUNCT_GLUE_RE.finditer(text):
        dot = m.start()
        para = paragraph_at(doc, dot)
        # The word before the mark may end in a closing quote or bracket
        # ('"think different".The', '(as expected).The').
        k = dot - 1 if dot > 0 and text[dot - 1] in CLOSERS else dot
        if para is None or k - para.start < 2:
            continue
        after = dot + 1
        if text[after] in CLOSERS:
            after += 1
        w = CAP_WORD_RE.match(text, after)
        if w is None:
            continue
        second = w.group()
        if second in _TLD_WORDS:
            continue
        openers_ok = second in openers
        if text[k - 1].isdigit():
            hit = _number_stop_join(text, dot, k, w, punct=text[dot], opener=openers_ok)
            hits += [hit] if hit is not None else []
            continue
        lo = k
        floor = max(para.start, k - 40)
        while lo > floor and (text[lo - 1].isalpha() or text[lo - 1] in ".'’"):
            lo -= 1
        first = text[lo:k]
        punct = text[dot]
        abbreviation = "." in first or first.lower().rstrip(".") in ALL_ABBREVIATIONS
        if abbreviation:
            # "the U.S.The", "at 3 p.m.The", "Apple Inc.The": an abbreviation's
            # own full stop ends the sentence, so a sentence-opening word after
            # it ("The", "He") shows the lost space; after the common dotted
            # abbreviations and honorifics any capitalised word does
            # ("the U.K.Foreign Office", "Mr.Savage"). Other initials and
            # "St.Petersburg" are sometimes written that way on purpose.
            low = (first + ".").lower()
            if punct != "." or k != dot or not (openers_ok or low in _DOTTED or low in _HONORIFICS):
                continue
        elif not (text[k - 1].islower() and text[k - 2].islower()):
            continue
        if len(first) < 2 or not first[0].isalpha():
            continue
        if not abbreviation and any(c.isupper() for c in first[1:]):
            continue
        # Brands and site names glue "!" or a generic top-level domain to a
        # capitalised word ("Yahoo!News", "Kostroma.Today"): without an
        # opener word, only ". ? ;" before a real word counts, and a
        # two-letter word only before a lowercase word ("placebo.No one").
        honorific_next = second in ("Mr", "Ms", "Dr", "Mrs") and text[w.end() : w.end() + 1] in (" ", ".")
        if not openers_ok and not (honorific_next and punct in ".?" and first.islower()) and (
            (punct not in ".?;:" and not (punct == "," and first.islower() and len(first) >= 3 and len(second) >= 3))
            or (punct == ":" and (not first.islower() or len(first) < 3 or len(second) < 3))
            or (len(second) < 3 and (not first.islower() or LOWER_NEXT_RE.match(text, w.end()) is None))
        ):
            continue
        if urlish(chunk(text, lo, w.end())):
            continue
        if w.end() < len(text) and text[w.end()] in ".@":
            continue
        glued = text[lo : w.end()]
        hits.append(
            Hit(
                "MT001",
                lo,
                w.end(),
                f"'{glued}' has no space after '{punct}'",
                1.0,
                Fix((Edit(after, after, " "),), safe=True, description=f"insert a space before '{second}'"),
            )
        )
    return hits


def _number_stop_join(text: str, dot: int, k: int, w: re.Match[str], punct: str, opener: bool) -> Hit | None:
    """A number of two digits or more, a full stop and a sentence-opening
    word with no space ("died in 2010.He is survived"): not a decimal or a
    version, whose full stop is followed by a digit."""
    lo = k
    while lo > 0 and text[lo - 1].isdigit():
        lo -= 1
    if punct != "." or not opener or k - lo < 2 or (lo > 0 and text[lo - 1] in ".,:/") or k != dot:
        return None
    return Hit("MT001", lo, w.end(), f"'{text[lo : w.end()]}' has no space after '.'", 0.9,
               Fix((Edit(dot + 1, dot + 1, " "),), safe=True, description=f"insert a space before '{w.group()}'"))
