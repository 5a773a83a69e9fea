"""MT002's quote-balance model: the quote mark that cannot pair.

Each paragraph's quote marks are read in order with what English prose
knows about them: an apostrophe sits inside a word ("don't", "O’Brien"),
closes a plural possessive ("workers’") or opens an elision ("’90s",
"’em"); a mark after a digit is an inch or foot sign (6'2", 5"); double
quotes hold single ones; and a quotation that runs over paragraphs leaves
its paragraph open when the next paragraph opens with a quote mark. A
mark that opens where nothing can close it, or closes where nothing was
opened, is reported, as is a doubled apostrophe written for a quote mark
('' ... '').
"""

from __future__ import annotations

import re

from sourcelint.document import Document, Paragraph
from sourcelint.finding import Edit, Fix

from ..words import is_dictionary_word
from .prose import Hit, paragraph_at

__all__ = ["french_spacing", "quote_hits"]

_DOUBLE = '"“”„«»'
# A double quote mark, once for a run of copies ('""it' counts once: another scan reports the second).
_DOUBLE_RE = re.compile("|".join(f"{re.escape(c)}(?<!{re.escape(c * 2)})" for c in _DOUBLE))
_SINGLE_RE = re.compile("['‘’]")
_SINGLE = "'‘’"
_OPENS_AFTER = " \t\n([{—–-/"  # what may stand before an opening mark
_CLOSES_BEFORE = " \t\n,.;:!?)]}—–-/…"  # what may follow a closing mark
# Elisions English opens with an apostrophe: "’em", "’til", "’cause", "’n’", "’tis", "’twas".
_ELISIONS = frozenset("em til till cause cos n tis twas s bout round".split())
# A doubled apostrophe or grave accent written as a quote mark: ''Hello'', ``Hello''.
_TWO_APOSTROPHES_RE = re.compile(r"(?<![\d'])(?:''|``|’’|‘‘)(?!')")


def _orientation(body: str, i: int) -> str:
    """How the mark at ``i`` of ``body`` sits: "open", "close", "inner"
    (between letters: an apostrophe), "measure" (after a digit) or "alone"."""
    prev = body[i - 1] if i else " "
    j = i + 1
    while j < len(body) and body[j] == body[i]:
        j += 1  # a doubled mark ('""it') sits where its last copy does
    nxt = body[j] if j < len(body) else " "
    if prev.isdigit() and body[i] in "\"'":
        return "measure"
    left_open = prev in _OPENS_AFTER or prev in "\"“‘'"
    right_close = nxt in _CLOSES_BEFORE or nxt in "\"”’'"
    if left_open and right_close:
        return "alone"
    if left_open:
        return "open"
    if right_close:
        return "close"
    return "inner"


def quote_hits(doc: Document) -> list[Hit]:
    """The quote marks of the document that cannot pair, paragraph by paragraph."""
    text = doc.text
    if '"' not in text and "“" not in text and "”" not in text and "‘" not in text and "''" not in text \
            and "``" not in text and "’’" not in text and " ’" not in text and "’ " not in text and " '" not in text:
        return []
    hits: list[Hit] = []
    paras = doc.paragraphs
    carried: int | None = None  # where a quotation that runs over paragraphs opened
    dangling = False  # a mark before could not pair: a later closer may be its partner
    for k, para in enumerate(paras):
        nxt_opens = k + 1 < len(paras) and paras[k + 1].text[:1] in "\"“'‘"
        # a closer with no opener after a paragraph of quotations (or opening
        # the text) may end a quotation whose paragraph forgot to reopen it
        prev = paras[k - 1].text if k else ""
        after_quotes = k == 0 or '"' in prev or "“" in prev or "”" in prev
        left_open, unsure, found = _double_quotes(para, carried, dangling or after_quotes)
        hits += found
        # after one mark that cannot pair, the article's quoting may be off throughout: later ones are guesses
        dangling = dangling or bool(found)
        carried = None
        if left_open is not None:
            if nxt_opens or _closes_later(paras, k):
                carried = left_open
            elif k == len(paras) - 1:
                pass  # the article may be cut off mid-quotation: STR's truncation test, not a stray mark
            else:
                unsure = unsure or left_open == para.start
                dangling = True
                hits.append(Hit("MT002", left_open, left_open + 1, "an opening quote mark that nothing closes", 0.75,
                                None, "info" if unsure else None))
        hits += _single_quotes(para, nxt_opens)
        hits += _two_apostrophes(doc, para)
    return hits


#: Paragraphs a quotation may run over without reopening marks (a translation
#: set one sentence to a paragraph may split one quotation into many).
_CARRY = 12


def _closes_later(paras: list[Paragraph], k: int) -> bool:
    """Whether the first double quote mark of the next few paragraphs closes
    a quotation (one that runs over paragraphs without reopening marks)."""
    for para in paras[k + 1 : k + 1 + _CARRY]:
        body = para.text
        for m in _DOUBLE_RE.finditer(body):
            i, ch = m.start(), m.group()
            how = _orientation(body, i)
            if how != "measure":
                return ch == "”" or (ch == '"' and how == "close")
    return False


def _double_quotes(para: Paragraph, carried: int | None, dangling: bool) -> tuple[int | None, bool, list[Hit]]:
    """Walk the double quotes of one paragraph (``carried``: the offset of a
    quotation left open before it); return the offset of the opener it
    leaves open, whether that one is a guess, and the marks that cannot pair
    (a guess too after an opener that nothing closed: ``dangling``)."""
    body = para.text
    # a mark written twice ('""it', '««The') counts once: another scan reports the second
    # (substring tests first: many paragraphs hold no double quote mark)
    marks = [m.start() for m in _DOUBLE_RE.finditer(body)] if _has_double(body) else []
    hits: list[Hit] = []
    open_at: list[int] = [] if carried is None else [carried]  # straight quotes may nest ('"He said, "we hope so.""')
    nested = False  # then which opener lacks its partner is a guess
    if carried is not None and marks[:1] == [0]:
        marks = marks[1:]  # the quotation goes on: its paragraph reopens it
    for i in marks:
        how = _orientation(body, i)
        if how == "measure" and open_at:
            how = "close"  # 'the "Premier 12" last': a quotation closes after a number
        if how == "measure":
            continue
        if _apostrophe_typed_as_quote(body, i, how, open_at):
            continue
        run = _run(body, i)
        if run == 2 and how == "alone" and not open_at:
            continue  # empty quotes ('typed "" into'): another scan judges them
        if _turned(body[i], how, open_at):
            hits.append(_hit(para, i, f"a stray '{body[i]}': it faces away from the words it would quote", 0.7))
            continue
        if body[i] == "“" and how == "close" and open_at:
            how = "close"  # „German“ quotes (or a mistyped closing mark) close with the opening shape
        elif body[i] in "“„”":
            how = "open" if body[i] in "“„" else "close"
        elif body[i] in "«»" and how in ("alone", "inner"):
            how = "open" if body[i] == "«" else "close"
        if how in ("alone", "inner"):
            how = "close" if open_at else "open"
        if how == "open" and open_at and _reopened(body, i, open_at[-1] - para.start):
            # 'as "massive after a run of results. "We have been ...': a straight quotation
            # is not nested after a finished sentence; the one before was never closed
            hits.append(_hit(para, open_at.pop() - para.start, "an opening quote mark that nothing closes", 0.7))
        if how == "open":
            nested = nested or bool(open_at)
            open_at.append(para.start + i)
        elif open_at:
            del open_at[-min(run, len(open_at)):]  # '."" closes a quote inside a quote and the quote
        elif body[i + 1 : i + 2] != body[i]:  # a doubled one is reported as doubled
            # after a finished quoted sentence ('... a delay," he said') it may end a
            # quotation opened paragraphs before: less sure
            ended = i > 0 and body[i - 1] in ",.!?"
            hits.append(_hit(para, i, "a closing quote mark that nothing opened", 0.75,
                             "info" if dangling or ended else None))
    if not open_at or nested:
        # after quotes nested in quotes, which opener lacks its partner is a guess: none is named
        return None, False, hits
    at = open_at[-1] - para.start
    # a single quote after it may be its closing mark, mistyped
    unsure = at < 0 or any(body[j] in "'’" and _orientation(body, j) == "close"
                                     for j in range(max(at, 0), len(body)))
    return open_at[-1], unsure, hits


def _reopened(body: str, i: int, prev: int) -> bool:
    """Whether the straight double quote at ``i`` opens a new quotation
    while the straight one at ``prev``, a partial quotation opening in
    lowercase, is open: it follows a finished sentence (a quote nested in
    a quote follows a tag's comma or a colon: '"He said, "we hope so.""')."""
    return body[i] == '"' and 0 <= prev and body[prev] == '"' and body[max(0, i - 2) : i] in (". ", "! ", "? ") \
        and body[prev + 1 : prev + 2].islower()  # (a partial quotation; 'on CNN's "State of the Union. "But' quotes a title)


def _has_double(body: str) -> bool:
    """Whether ``body`` holds a mark of _DOUBLE (six substring tests cost less than a scan)."""
    return '"' in body or "“" in body or "”" in body or "„" in body or "«" in body or "»" in body


def _turned(mark: str, how: str, open_at: list[int]) -> bool:
    """A curly mark set the wrong way round where nothing can pair with it:
    an opening one with no word after it and no quotation open ('tow.“ The
    pair'), a closing one with a space before it and a word after it ('these
    ”matters')."""
    return (mark == "“" and how == "close" and not open_at) or (mark == "”" and how == "open")


def _run(body: str, i: int) -> int:
    """How many copies of the mark at ``i`` stand in a row from there."""
    j = i
    while j < len(body) and body[j] == body[i]:
        j += 1
    return j - i


def _apostrophe_typed_as_quote(body: str, i: int, how: str, open_at: list[int]) -> bool:
    """A straight double quote after a word and before a lowercase word when
    no quotation is open: a possessive's apostrophe typed as a quote
    ('Rodgers" side', 'customers" computer')."""
    return body[i] == '"' and how == "close" and not open_at and body[i - 1 : i] in "sz" \
        and body[i + 1 : i + 2] == " " and body[i + 2 : i + 3].islower()


def _single_quotes(para: Paragraph, nxt_opens: bool) -> list[Hit]:
    """An opening single quote that no closing one follows, and a closing
    one after a finished sentence that nothing opened; apostrophes,
    possessives, elisions and measures are not quotes."""
    body = para.text
    if "’" not in body and "'" not in body and "‘" not in body:
        return []  # (three substring tests cost less than a regex scan)
    hits: list[Hit] = []
    open_at: list[int] = []
    for m in _SINGLE_RE.finditer(body):
        i, ch = m.start(), m.group()
        if body[i - 1 : i] in "'’‘`" and i or body[i + 1 : i + 2] in ("'", "`"):
            continue
        how = _orientation(body, i)
        if ch == "‘" and how != "inner":  # between letters it is an apostrophe set the wrong way ("UN‘s")
            how = "open"
        if how in ("inner", "measure", "alone"):
            continue
        if how == "open":
            word = _LETTERS_RE.match(body, i + 1).group().lower()
            if ch != "‘" and (word in _ELISIONS or body[i + 1 : i + 2].isdigit()):
                continue  # "’em", "'90s"
            if _okina(body, i, word):
                continue  # "Tongatapu and 'Eua": a Polynesian name's glottal stop
            open_at.append(i)
        elif open_at:
            open_at.pop()
        elif ch in "’'" and body[i - 1 : i] in ".!?,":
            hits.append(_hit(para, i, "a closing single quote that nothing opened", 0.7))
        elif ch == "’" and _no_possessive(body, i):
            hits.append(_hit(para, i, "an apostrophe or closing quote after a word that takes none", 0.6, "info"))
    last_close = _last_double_close(body) if open_at else -1
    for i in open_at:
        if not (nxt_opens and i == open_at[-1]):
            # an inner quote left open where its double quote closes ('"... 'No, you can't."') is a guess
            sure = (body[i] == "‘" or _quote_shaped(body, i)) and last_close < i
            hits.append(_hit(para, i, "an opening single quote that nothing closes", 0.7, None if sure else "info"))
    return hits


_LETTERS_RE = re.compile(r"[A-Za-z]*")


def _okina(body: str, i: int, word: str) -> bool:
    """Whether the mark at ``i`` is the ʻokina of a name ('Eua, ‘Ohana): it
    stands before a capital vowel of a word that is no English word and that
    no quote mark ends, with no closing single quote after it (a short one:
    a quotation opening on a long name stays a quotation)."""
    end = i + 1 + len(word)
    return body[i + 1 : i + 2] in _VOWEL_CAPITALS and 2 <= len(word) <= 6 and not is_dictionary_word(word) \
        and body[end : end + 1] not in ("'", "’") and _CLOSING_SINGLE_RE.search(body, end) is None


_VOWEL_CAPITALS = frozenset("AEIOU")
_CLOSING_SINGLE_RE = re.compile(r"[.!?,][’']")


def _last_double_close(body: str) -> int:
    """Where the last double quote of ``body`` set as a closing mark stands (-1: none)."""
    for j in range(len(body) - 1, -1, -1):
        if body[j] in "\"”" and _orientation(body, j) == "close":
            return j
    return -1


def _no_possessive(body: str, i: int) -> bool:
    """Whether a ’ after a word and before a space cannot be an apostrophe:
    the word does not end in s or z (a plural possessive, "workers’") nor
    drop a final g ("goin’")."""
    word = re.search(r"[A-Za-z]+$", body[max(0, i - 30) : i])
    return word is not None and len(word.group()) > 1 and word.group()[-1] not in "sSzZ" \
        and not word.group().endswith("in") and body[i + 1 : i + 2] == " "


def _quote_shaped(body: str, i: int) -> bool:
    """Whether a straight or right single quote before a word opens a quote:
    a capitalised word after it, not a known elision."""
    return body[i + 1 : i + 2].isupper()


def _two_apostrophes(doc: Document, para: Paragraph) -> list[Hit]:
    """Two apostrophes or grave accents written for a double quote mark."""
    if "''" not in para.text and "``" not in para.text and "’’" not in para.text and "‘‘" not in para.text:
        return []
    hits = []
    for m in _TWO_APOSTROPHES_RE.finditer(para.text):
        s, e = para.start + m.start(), para.start + m.end()
        hits.append(Hit("MT002", s, e, "two apostrophes written for a quote mark", 0.75,
                        Fix((Edit(s, e, '"'),), safe=True, description="write a double quote mark")))
    return hits


def _hit(para: Paragraph, i: int, what: str, confidence: float, severity: str | None = None,
         end: int | None = None) -> Hit:
    """A hit on the mark at ``i`` of ``para``: no fix, since whether the mark
    strays or its partner was lost is for an editor to say."""
    return Hit("MT002", para.start + i, para.start + (end if end is not None else i + 1), what, confidence, None,
               severity)


def french_spacing(doc: Document, hit: Hit) -> bool:
    """Whether a space before ; : ! or ? is French typography, not a stray:
    the mark sits inside guillemets, or a guillemet follows it ('dit : «')."""
    text = doc.text
    mark = text[hit.end - 1 : hit.end]
    if mark not in ";:!?" or hit.end - hit.start < 2 or not text[hit.start].isspace() or "«" not in text:
        return False
    para = paragraph_at(doc, hit.start)
    if para is None:
        return False
    before = text[para.start : hit.start]
    return before.count("«") > before.count("»") or text[hit.end : hit.end + 3].strip()[:1] in ("«", "»")
