"""MT002's scans of marks that belong to nothing: a mark after the end of
a sentence ("said. ;", "Monday. ?"), another script's mark set off by
spaces or opening a line ("the short term 。 Forecasts"), a Spanish "¿" or
"¡" that no "?" or "!" closes, empty quotes ('population "" Acheson'),
a quote mark that stands alone or closes what nothing opened, and a "["
that nothing closes.

Each scan states where a mark attaches in English prose (to the word
before it, or the word after it for an opening mark) and reports a mark
that attaches to nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from sourcelint.document import Document, Paragraph
from sourcelint.finding import Edit, Fix

from ..langid import foreign_function_words
from ..literals import MarkPattern
from ..words import dictionary_words
from .lexicons import stopwords
from .prose import ALL_ABBREVIATIONS, Hit, paragraph_at, prev_word

__all__ = ["orphan_hits"]

# A mark after a finished sentence and a space: "said. ;", "Monday. ?", "year. ,".
_AFTER_STOP_RE = MarkPattern(r"{}(?<=[^\W_]{})([ \t]+[;,:?!]+)(?=\s|$)", ".!?")
# Another script's sentence mark or comma set off by spaces among Latin words.
_SCRIPT_MARKS = "\u3001\u3002\uff0c\uff0e\uff61\uff64\u060c\u06d4\u0964"
_SPACED_SCRIPT_RE = re.compile(rf"(?:^|[ \t])([{_SCRIPT_MARKS}])(?=\s|$|[A-Za-z])", re.M)
# Spanish opening marks, which only a Spanish sentence closed by "?" or "!" uses.
_INVERTED_RE = re.compile(r"(?:^|(?<=[ \t\"“‘(]))([¿¡])(?=[A-Za-z])[^\n.?!¿¡]*([.?!]?)", re.M)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0600-\u06ff\u0900-\u097f]")
# An opening Spanish mark where nothing can open: after a letter or a closing
# mark ('in years"¡', 'a real result¿ but'), or before a space or the line's end.
_MISPLACED_INVERTED_RE = re.compile(r"(?<=[^\W_\"”’)])([¿¡])|([¿¡])(?=\s|$)", re.M)
# A curly quote with white space on both sides: 'a bit of a “ changing'.
_LONE_CURLY_RE = re.compile(r"(?<=[ \t])([“”])(?=[ \t])")
# An ellipsis character run into more full stops: 'a lay-by …..', '..…'.
_MIXED_ELLIPSIS_RE = re.compile(r"…\.{2,}|\.{2,}…|……+")
# Quotes around nothing: ' "" ', '“”'.
_EMPTY_QUOTES_RE = re.compile(r'(?<!\S)(""|“”)(?=[\s.,;:!?]|$)|(?<=[.!?,]) (""|“”)(?=\s|$)')
# A straight quote with white space (or the paragraph's end) on both sides.
_LONE_QUOTE_RE = re.compile(r'"(?<=[ \t]")(?=[ \t]|$)', re.M)
# A comma with a space before it and none after: "grandmother ,Rosa".
_COMMA_TO_NEXT_RE = re.compile(r"[ \t](,)(?<=[^\W\d_][ \t],)(?=[^\W\d_])")
# An opening square bracket after a space that nothing closes.
_OPEN_SQUARE_RE = re.compile(r"(?<=\s)\[")


def orphan_hits(doc: Document) -> list[Hit]:
    """MT002's hits of marks that attach to nothing."""
    text = doc.text
    hits: list[Hit] = []
    hits += _after_stop(doc)  # one pass of a pattern that opens on a sentence mark
    if not text.isascii() and any(c in text for c in _SCRIPT_MARKS) and _SPACED_SCRIPT_RE.search(text):
        hits += _spaced_script(doc)
    if '""' in text or "“”" in text:
        hits += _scan(doc, _EMPTY_QUOTES_RE, "empty quotation marks")
    if ' "' in text:
        hits += _scan(doc, _LONE_QUOTE_RE, "a quote mark that stands alone")
    if "¿" in text or "¡" in text:
        hits += _unclosed_inverted(doc)
        hits += _scan(doc, _MISPLACED_INVERTED_RE, "an opening Spanish mark where nothing opens")
    if " “ " in text or " ” " in text:
        hits += _scan(doc, _LONE_CURLY_RE, "a curly quote mark that stands alone")
    if "…" in text:
        hits += _scan(doc, _MIXED_ELLIPSIS_RE, "an ellipsis run into more full stops")
    if "[" in text:
        hits += _unclosed_squares(doc)
    if " ," in text:
        hits += _scan(doc, _COMMA_TO_NEXT_RE, "a comma set before the wrong word")
    if not text.isascii() and any(c in text for c in _PARTNERS):
        hits += _unpaired_quotes(doc)
    if '"' in text:
        hits += _unopened_straight_quotes(doc)
    return hits


# Quote marks of other typographic conventions and the marks that pair with
# them: in English prose one with no partner in its paragraph is a stray
# from a source text ('said minister Dieye « reading', 'journeys ‹ about').
_PARTNERS = {"«": "»", "»": "«", "‹": "›", "›": "‹", "„": "“”\"", "‚": "‘’'"}
_PARTNER_MARK_RE = re.compile("[«»‹›„‚]")
# A low quote mark after a word and before a space is set as a comma ("change‚ the").
_LOW_QUOTES = "„‚"
#: Characters around a mark in which its partner is looked for.
_REACH = 1500


def _unpaired_quotes(doc: Document) -> list[Hit]:
    """A guillemet, angle quote or low quote mark that nothing near it pairs
    with, or a low quote mark set after a word as a comma."""
    text = doc.text
    hits: list[Hit] = []
    for para in doc.paragraphs:
        body = para.text
        marks = [(m.start(), m.group()) for m in _PARTNER_MARK_RE.finditer(body)]
        if not marks:
            continue
        kinds = {ch for _, ch in marks}
        # where each closing quote of the paragraph stands last: a low quote needs one after it
        last_close = {c: body.rfind(c) for c in "“”\"‘’'"}
        for i, ch in marks:
            prev, nxt = body[i - 1 : i], body[i + 1 : i + 2]
            comma_like = ch in _LOW_QUOTES and prev.isalpha() and (not nxt or nxt.isspace())
            # A quotation may run over paragraphs: one opening its paragraph may close in a later one.
            at = para.start + i
            if i == 0:
                paired = any(p in text[at + 1 : at + _REACH] for p in _PARTNERS[ch])
            elif ch in _LOW_QUOTES:
                paired = any(last_close[p] > i for p in _PARTNERS[ch])
            else:  # German sets guillemets the other way round (»Das ist gut«): either order pairs
                paired = any(p in kinds for p in _PARTNERS[ch])
            if comma_like or not paired:
                fix = Fix((Edit(at, at + 1, ","),), safe=True, description=f"write a comma for '{ch}'") if comma_like \
                    else _remove(at, at + 1, ch, text)
                what = f"a '{ch}' set as a comma" if comma_like else f"a stray '{ch}' that nothing pairs with"
                hits.append(Hit("MT002", at, at + 1, what, 0.75, fix))
    return hits


# Quote marks of any style but the straight one: a paragraph that mixes styles may open with one of them.
_OTHER_QUOTES_RE = re.compile("[“”„«»‹›]")


#: Paragraphs a quotation may run over without reopening marks.
_CARRY = 4


def _unopened_straight_quotes(doc: Document) -> list[Hit]:
    """In a paragraph with an odd number of straight quotes and no quote
    marks of other styles, one set as a closing mark (after a word, before
    a comma or a full stop) in mid-paragraph when no quotation is open
    ('Ryan", who has'). A
    paragraph within a few after one that left a quotation open is skipped:
    a quotation may run over paragraphs and close in a later one."""
    text = doc.text
    hits: list[Hit] = []
    odd_before = -_CARRY - 1  # index of the last paragraph that left a quotation open or closed one
    for para in doc.paragraphs:
        n = text.count('"', para.start, para.end)
        if n % 2 == 0:
            continue
        carried, odd_before = para.index - odd_before <= _CARRY, para.index
        if carried:
            continue
        opened = False
        at = text.find('"', para.start, para.end)
        while at >= 0:
            prev, nxt = text[at - 1 : at] if at > para.start else " ", text[at + 1 : at + 2]
            # a quotation closes after a word and before a comma or a full stop ('Ryan", who'); a
            # quote before a space and a word may be an apostrophe typed as a quote ('Rodgers" side')
            closes = prev.isalpha() and nxt in (",", ".")
            if closes and not opened and text[at + 2 : min(para.end, at + 40)].strip() \
                    and not _OTHER_QUOTES_RE.search(para.text):
                hits.append(Hit("MT002", at, at + 1, "a closing quote mark that nothing opened", 0.7,
                                _remove(at, at + 1, '"', text)))
                break
            opened = not opened
            at = text.find('"', at + 1, para.end)
    return hits


def _remove(s: int, e: int, what: str, text: str) -> Fix:
    """Remove ``text[s:e]`` and the spaces before it (only the spaces when ``s == e``)."""
    lo = s
    while lo > 0 and text[lo - 1] in " \t":
        lo -= 1
    return Fix((Edit(lo, e, ""),), safe=True, description=f"remove the stray {what}" if s == e else
               f"remove the stray '{what}'")


def _after_stop(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    for m in _AFTER_STOP_RE.finditer(text):
        s, e = m.span(1)
        para = paragraph_at(doc, s)
        if para is None or e > para.end:
            continue
        word = prev_word(text, s - 1, para.start)
        if "." in word or word.lower() in ALL_ABBREVIATIONS or len(word) == 1:
            continue  # "U.S. ;", "Inc. ,": the full stop is the abbreviation's
        mark = m.group(1).strip()
        hits.append(Hit("MT002", s, e, f"a stray '{mark}' after the end of the sentence", 0.85,
                        _remove(s, e, mark, text)))
    return hits


def _spaced_script(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    for m in _SPACED_SCRIPT_RE.finditer(text):
        s, e = m.span(1)
        before = text[max(0, s - 20):s].rstrip()
        para = paragraph_at(doc, s)
        if para is None or _CJK_RE.search(text, max(0, s - 20), s) or _CJK_RE.search(text, e, e + 20):
            continue  # a passage in that script keeps its marks
        if before and not (before[-1].isascii() and (before[-1].isalnum() or before[-1] in ".,;:!?\"')")):
            continue
        hits.append(Hit("MT002", m.start(), e, f"a stray '{m.group(1)}' from another script", 0.8,
                        _remove(s, e, m.group(1), text)))
    return hits


def _unclosed_inverted(doc: Document) -> list[Hit]:
    """A Spanish "¿" or "¡" opening an English sentence that no "?" or "!"
    closes ("¿Not everyone is pleased."), or that is English ("¿Who finds a
    space rock on a Tuesday?")."""
    text = doc.text
    hits: list[Hit] = []
    for m in _INVERTED_RE.finditer(text):
        partner = "?" if m.group(1) == "¿" else "!"
        if m.group(2) != partner or _english_words(doc, m.start(1) + 1, m.end()):
            s, e = m.span(1)
            hits.append(Hit("MT002", s, e, f"a stray '{m.group(1)}' that no '{partner}' closes", 0.8,
                            Fix((Edit(s, e, ""),), safe=True, description=f"remove the '{m.group(1)}'")))
    return hits


def _english_words(doc: Document, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` of three words or more is
    English ("Who finds a space rock on a Tuesday?"): every word an English
    one or a name, none a function word of another language ("Por qué no?"
    is Spanish and takes its marks)."""
    starts, (texts, _, _, _) = doc.token_starts, doc.token_columns
    a, b = bisect_left(starts, start), bisect_left(starts, end)
    words = [w for w in texts[a:b] if w.isalpha()]
    if len(words) < 3:
        return False
    foreign, vocab, function = foreign_function_words(), dictionary_words(), stopwords()
    return all(w.lower() not in foreign and (w.lower() in vocab or w.lower() in function or w[0].isupper())
               for w in words)


def _scan(doc: Document, rx: re.Pattern[str], what: str) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    for m in rx.finditer(text):
        s, e = m.span(m.lastindex or 0)
        para = paragraph_at(doc, s)
        if para is None or e > para.end:
            continue
        if what.startswith("a quote") and _spoken_mark(text, para, s):
            continue
        if what.startswith("empty") and _named_empty_string(text, para, s, e):
            continue
        if what.startswith("a quote") and text.count('"', para.start, s) % 2 == 1:
            # it closes a quotation: the space before it strays when a finished sentence
            # or a comma precedes it and a speech tag follows ('done. " said')
            lo = s
            while lo > para.start and text[lo - 1] in " \t":
                lo -= 1
            after = text[e:para.end].lstrip(" \t")
            if lo < s and text[lo - 1 : lo] in ".,!?" and after[:1].islower():
                hits.append(Hit("MT002", lo, e, "a space before the closing quote mark", 0.75,
                                Fix((Edit(lo, s, ""),), safe=True, description="remove the space")))
            continue
        if what.startswith("a quote") and text.count('"', e, para.end):
            # it opens a quotation that closes later, a space after it: the space strays
            hits.append(Hit("MT002", s, e + 1, "a space after the opening quote mark", 0.75,
                            Fix((Edit(e, e + 1, ""),), safe=True, description="remove the space")))
            continue
        fix = _remove(s, e, text[s:e], text)
        if text[s:e] == ",":  # "grandmother ,Rosa": the comma goes back to its word
            fix = Fix((Edit(fix.edits[0].start, e, ", "),), safe=True, description="attach the comma to the word before")
        hits.append(Hit("MT002", s, e, what, 0.75, fix))
    return hits


def _named_empty_string(text: str, para: Paragraph, s: int, e: int) -> bool:
    """Whether empty quotes are a noun of the sentence ('typed "" into the
    box'): a word before them and a lowercase word after them."""
    before = text[para.start:s].rstrip()
    after = text[e:para.end].lstrip()
    return bool(before) and before[-1].isalnum() and after[:1].islower()


def _spoken_mark(text: str, para: Paragraph, at: int) -> bool:
    """Whether a lone quote mark is named in prose ('the " sign') or set in code: a mark between two marks."""
    return text[at - 2:at - 1] in "'‘`" or text[at + 2:at + 3] in "'’`"


def _unclosed_squares(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    for m in _OPEN_SQUARE_RE.finditer(text):
        at = m.start()
        para = paragraph_at(doc, at)
        if para is None:
            continue
        close = text.find("]", at, para.end)
        if close >= 0:
            continue
        nxt = text[at + 1:at + 2]
        if not (nxt == " " or nxt.isalpha()):
            continue
        hits.append(Hit("MT002", at, at + 1, "a '[' that nothing closes in its paragraph", 0.75,
                        _remove(at, at + 1, "[", text)))
    return hits
