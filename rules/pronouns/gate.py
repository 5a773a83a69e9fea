"""The gate: can a document yield any pronoun finding at all?

Most articles cannot: a finding needs pronouns of both genders, or pronouns
of one gender and gender evidence of the other (PRN001), or honorifics of
both genders (PRN002), or speech tags (pronouns) of both genders (PRN003).
The gate answers with set operations on the tokens' forms, and for the few
words that may be evidence of the other gender (a first name, "wife") with
a look at their neighbours for the context the analysis needs before it
takes them as evidence. It errs only towards "maybe", so a document it turns
away has no finding for certain, and the analysis is only built for the
others.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, count, filterfalse
from operator import ne

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..tokens import distinct_lowers, token_lowers
from .words import (
    CTX_SKIP,
    FIRST_NAME_EVIDENCE,
    GLUED_RE,
    NAME_PARTICLES,
    PRONOUNS,
    SPEECH_VERBS,
    COPULAS,
    first_names,
    fold,
    kin_words,
    person_words,
    with_possessives,
)

__all__ = ["possible_findings"]


@lru_cache(maxsize=None)
def _gate_lexicon() -> dict[str, dict[str, frozenset[str]]]:
    """Per gender: pronouns, honorifics, gendered person words (all of them, and
    the nouns that count in lowercase too) and the first names that count as
    evidence. Words that count in capitalised name runs come in their possessive
    forms too, which the analysis strips before looking them up."""
    pw, names = person_words(), first_names()
    out: dict[str, dict[str, frozenset[str]]] = {}
    for g in ("m", "f"):
        out[g] = {
            "pron": frozenset(w for w, (pg, _) in PRONOUNS.items() if pg == g),
            "honorific": with_possessives(w for w, (wg, kinds) in pw.items() if wg == g and "honorific" in kinds),
            "word": with_possessives(w for w, (wg, _) in pw.items() if wg == g),
            # lowercase person nouns: a role noun can stand for anyone ("the
            # spokeswoman"); the others only name someone next to a name ("wife
            # Michelle") or, if no relation word, in apposition ("Ann Lee, a woman")
            "role": frozenset(w for w, (wg, kinds) in pw.items() if wg == g and "role" in kinds and "kin" not in kinds),
            "near": frozenset(w for w, (wg, kinds) in pw.items() if wg == g and kinds & _ANY_CASE_KINDS
                              and not ("role" in kinds and "kin" not in kinds)),
            "appo": frozenset(w for w, (wg, kinds) in pw.items() if wg == g and "human" in kinds and "kin" not in kinds),
            "name": with_possessives(
                w for w, (ng, share) in names.items() if ng == g and share >= FIRST_NAME_EVIDENCE
            ),
        }
    return out


#: Kinds of person words that are gender evidence in lowercase too ("spokeswoman",
#: "wife Michelle"); honorifics and the rest only count inside a capitalised run.
_ANY_CASE_KINDS = frozenset({"title", "role", "kin", "human"})
_RUN_GAPS = (" ", "  ", ". ", ".  ")  # the gaps a name run continues over


def _given_name_cue(doc: Document, lows: list[str], i: int) -> bool:
    """Whether the capitalised word at token ``i`` may be read as somebody's
    given name, the only use that makes a first name gender evidence: another
    word of a name run after it ("Olga Petrova", "Olga de Souza"), a cue after a
    lone given name ("Olga said", "Olga, 10,", "Olga and Ivan Petrov"), or, in
    front of a name run that may hold it, "and" ("Ivan and Olga") or a relation
    word ("his wife Olga", "the mother of Olga"). Errs towards yes: this only
    has to rule words out. ``lows``: the tokens' lowercase forms."""
    (texts, starts, ends, _), text = doc.token_columns, doc.text
    if i + 1 < len(starts):
        gap = text[ends[i] : starts[i + 1]]
        next_text, next_low = texts[i + 1], lows[i + 1]
        if gap in _RUN_GAPS and (next_text[0].isupper() or next_low in NAME_PARTICLES):
            return True
        if gap == " " and (next_low == "and" or next_low in SPEECH_VERBS):
            return True
        if gap.strip() == "," and next_text.isdigit():
            return True
    kin = kin_words()
    j = i
    for _ in range(10):  # a name run has at most 10 words
        # if the run starts at token j: "and" or a relation word (up to three
        # words back, over "of", "for", ...) in front of it
        b = j - 1
        steps = 0
        while b >= 0 and steps < 3 and text[ends[b] : starts[b + 1]] == " ":
            if lows[b] in kin or (steps == 0 and lows[b] == "and"):
                return True
            if lows[b] not in CTX_SKIP:
                break
            b -= 1
            steps += 1
        # else the run starts before j, if token j - 1 can be in it
        if j == 0 or text[ends[j - 1] : starts[j]] not in _RUN_GAPS:
            return False
        if not all(texts[x][0].isupper() or lows[x] in NAME_PARTICLES for x in (j - 1, j)):
            return False
        j -= 1
    return False


def _person_noun_cue(doc: Document, lows: list[str], i: int, apposition: bool) -> bool:
    """Whether the lowercase person noun at token ``i`` may be gender evidence
    for a named person: right in front of a name ("wife Michelle", "mother of
    Michelle"), or (``apposition``) after a comma or a copula that may follow
    a name ("Ann Lee, a local woman", "Ann Lee was the woman"). Errs towards yes."""
    (texts, starts, ends, _), text = doc.token_columns, doc.text
    for k in range(i + 1, min(i + 4, len(starts))):
        if text[ends[k - 1] : starts[k]] != " ":
            break
        if texts[k][0].isupper():
            return True
        if lows[k] not in CTX_SKIP:
            break
    if not apposition:
        return False
    b = i
    for _ in range(5):  # as far back as _Builder._apposition looks
        if b <= 0:
            return False
        gap = text[ends[b - 1] : starts[b]]
        if gap != " ":
            return gap.strip() == ","
        prev = lows[b - 1]
        if prev in PRONOUNS or prev in SPEECH_VERBS:
            return False
        if prev in COPULAS:
            return True
        b -= 1
    return False


@analysis("pronouns.gate", needs=(token_lowers, distinct_lowers))
def possible_findings(doc: Document) -> tuple[bool, bool, bool]:
    """Whether PRN001, PRN002 and PRN003 can find anything in ``doc``."""
    lex = _gate_lexicon()
    lw = token_lowers(doc)
    lows = distinct_lowers(doc)
    # (honorifics are only ever read from the words in front of a name, never
    # from the name part of a glued word, "MrThis")
    prn002 = not lows.isdisjoint(lex["m"]["honorific"]) and not lows.isdisjoint(lex["f"]["honorific"])
    pron_m = not lows.isdisjoint(lex["m"]["pron"])
    pron_f = not lows.isdisjoint(lex["f"]["pron"])
    if pron_m and pron_f:
        return True, prn002, True
    if not (pron_m or pron_f):
        return False, prn002, False
    # pronouns of one gender only: a PRN001 finding needs evidence of the other
    other = lex["f" if pron_m else "m"]
    if not lows.isdisjoint(other["role"]):
        return True, prn002, False
    # The rest counts only in the words of a name run: capitalised words,
    # name particles, and the name in a glued word ("BacheletThis", which is
    # no title-case word). (Lists and map() keep this at C speed.)
    tl = doc.token_columns.texts
    # (a word whose lowercase differs has a capital; the only other words
    # that are no lowercase words, with no cased letter or a capital that has
    # no lowercase, can never be found in the lexicons, whose words are lowercase)
    capital = list(map(ne, tl, lw))
    glued = {w: m.group(1).lower() for w in filterfalse(str.istitle, compress(tl, capital))
             if not w[1:].islower() and (m := GLUED_RE.match(w))}
    forms = set(compress(lw, capital))
    forms |= lows & NAME_PARTICLES
    if not forms.isdisjoint(other["word"]) or not other["word"].isdisjoint(glued.values()):
        return True, prn002, False
    near = lows & other["near"]
    if near:
        appo = other["appo"]
        for i in compress(count(), map(near.__contains__, lw)):
            if not capital[i] and _person_noun_cue(doc, lw, i, lw[i] in appo):
                return True, prn002, False
    names = other["name"]
    hits = forms & names
    hits.update(w for w in forms.difference(filter(str.isascii, forms)) if fold(w) in names)
    hits.update(w.lower() for w, name in glued.items() if fold(name) in names)
    if not hits:
        return False, prn002, False
    for i in compress(count(), map(hits.__contains__, lw)):
        # (an all-caps word is an acronym or initials, never a given name)
        if capital[i] and len(tl[i]) > 1 and tl[i].isupper():
            continue
        if (capital[i] or lw[i] in NAME_PARTICLES) and _given_name_cue(doc, lw, i):
            return True, prn002, False
    return False, prn002, False
