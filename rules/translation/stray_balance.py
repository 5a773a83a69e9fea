"""MT002's scans of spacing and balance: marks that a space cuts off from
their word ("EU 's", "angry" :", "( wind", "unless .."), doubled quote
marks, quotes and guillemets that nothing closes, a mark right
after an opening bracket, a doubled ? or ! that closes reported speech, and
a closing bracket that nothing opened.

Character classes and the grammar of quotation, not lists of strings: each
pattern names a class of marks and where English prose never puts them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcelint.document import Document
from sourcelint.finding import Edit, Fix

from ..lexicon import speech_verbs
from ..words import function_words, is_dictionary_word
from .prose import Hit, mark_offsets, paragraph_at

__all__ = ["balance_hits", "unopened_closers"]

# A space between a word and a clitic or a possessive: "EU 's", "don 't".
_SPACED_CLITIC_RE = re.compile(r"['’](?<=[A-Za-z][ \t]['’])(?:s|re|ve|ll|d|m|t)\b(?!['’])")
# A space before a colon after a word or a closing quote ("said :", 'angry"  :'),
# not in times or scores ("10 : 30").
_SPACED_COLON_RE = re.compile(r":(?<=[ \t]:)(?=[ \t]+[^\d\s])")
# A space before two full stops that are no ellipsis: "unless .. conditions".
_SPACED_TWO_STOPS_RE = re.compile(r"\.\.(?<=[^\W_][ \t]\.\.)(?![.])(?=[\s\"”’)]|$)")
# A space inside brackets: "( wind", "equipment )".
_BRACKET_SPACE_RE = re.compile(r"\((?<=\s\()[ \t]+(?=[^\W\d_])|\)(?<=[^\W_][ \t]\))")
# A mark right after an opening bracket: "(.$215m)", "(, said".
_BRACKET_MARK_RE = re.compile(r"\((?<=\s\()([,;:]|\.(?=[\s$£€]))")
# Another script's punctuation among Latin words: Armenian, Hebrew, Arabic,
# Devanagari and Ethiopic sentence marks, CJK and full-width marks and
# brackets. Closing and sentence marks after a Latin letter ("minister،",
# "Thursday。", "hopeful！"), opening brackets before a Latin word ("「Hello")
# or right after one, before a space ("said［ it").
_OTHER_CLOSE = ("\u0589\u05c3\u060c\u061b\u061f\u06d4\u0964\u0965\u1361-\u1368\u3001\u3002\u3009\u300b"
                "\u300d\u300f\u3011\u3015\u3017\uff01\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d\uff60"
                "\uff61\uff64")
_OTHER_OPEN = "\u3008\u300a\u300c\u300e\u3010\u3014\u3016\uff08\uff3b\uff5b\uff5f"
_OTHER_SCRIPT_RE = re.compile(f"[{_OTHER_CLOSE}{_OTHER_OPEN}]")
_OTHER_OPENERS = frozenset(_OTHER_OPEN)
# What may follow a closing mark: a closing quote or bracket ('time。"').
_CLOSERS = "\"”’)]"
# A doubled quote mark opening a paragraph or a lowercase word: '""The', 'told ""it'.
_DOUBLED_QUOTE_RE = re.compile(r'(?:""|““)(?=\w)')
# A doubled ? or ! closing a quote that a speech tag follows: 'isn't??" said'.
_SHOUT_RE = re.compile(r"(?<![?!])(?:\?\?|!!)(?![?!])(?=[”\"][ \t]*,?[ \t]*([^\n]{0,40}))")


_WORD_RE = re.compile(r"[a-z]+")
# Verbs of manner ("shouted", "chanted", "screamed") report the shouting, so
# a doubled mark before them is the speaker's; the neutral reporting verbs
# of edited copy do not.
_NEUTRAL_SPEECH = frozenset("said says told added asked explained stated noted wrote continued insisted".split())


@lru_cache(maxsize=None)
def _speech_verb_set() -> frozenset[str]:
    return frozenset(speech_verbs()) & _NEUTRAL_SPEECH


def balance_hits(doc: Document, near: str) -> list[Hit]:
    """MT002's hits of spacing, doubling and balance; ``near`` is the text
    around the pairs of a mark after a space, a bracket or a mark."""
    text = doc.text
    hits: list[Hit] = []
    tab = "\t" in text
    paren = "(" in text
    for gate, rx, what in _SCANS:
        if not _gate_open(gate, doc, near, tab, paren):
            continue
        for m in rx.finditer(text):
            s, e = m.span(m.lastindex) if m.lastindex and what != "shout" else m.span()
            para = paragraph_at(doc, s)
            if para is None or e > para.end or not _wanted(what, m, doc):
                continue
            hits.append(_hit(text, s, e, what))
    if "«" in text or mark_offsets(doc)["“"]:
        hits += _unclosed_quotes(doc)
    return hits


def _wanted(what: str, m: re.Match[str], doc: Document) -> bool:
    if what == "shout":
        return any(w in _speech_verb_set() for w in _WORD_RE.findall(m.group(1))[:4])
    text = doc.text
    at = m.start()
    if what == "spaced":
        lo = at
        while lo > 0 and text[lo - 1] in " \t":
            lo -= 1
        before = text[lo - 1 : lo]
        # A mark opening a line is a list's or a label's; a colon follows a word or a closing quote.
        return before not in "\n" and (m.group() != ":" or before.isalnum() or before in "”\"’")
    if what == "script":
        prev, nxt = text[at - 1 : at], text[at + 1 : at + 2]
        if m.group() in _OTHER_OPENERS:
            # "「Hello", or "said［ it": an opener with a Latin word on either side and nothing to open
            return (prev.isspace() and nxt.isascii() and nxt.isalpha()) or (
                prev.isascii() and prev.isalpha() and nxt.isspace())
        return prev.isascii() and prev.isalpha() and (not nxt or nxt.isspace() or nxt in _CLOSERS
                                                      or (nxt.isascii() and nxt.isalpha()))
    if what == "doubled":
        prev = text[at - 1 : at]
        # '""The' after a colon or a comma opens a quote twice: 'said: ""The'
        return not prev or prev == "\n" or (prev.isspace() and (text[at + 2 : at + 3].islower()
                                                                 or text[at - 2 : at - 1] in ":,"))
    return True


_MESSAGES = {
    "spaced": "a space before '{mark}'",
    "bracket": "a space inside the brackets",
    "mark": "a stray '{mark}' right after an opening bracket",
    "doubled": "a doubled quote mark '{mark}'",
    "shout": "'{mark}' written twice at the end of reported speech",
    "script": "a stray '{mark}' from another script",
}


def _hit(text: str, s: int, e: int, what: str) -> Hit:
    mark = text[s:e].strip() or text[s:e]
    if what == "spaced":
        lo = s
        while text[lo - 1] in " \t":
            lo -= 1
        return Hit("MT002", lo, e, _MESSAGES[what].format(mark=mark), 0.8,
                   Fix((Edit(lo, s, ""),), safe=True, description=f"remove the space before '{mark}'"))
    if what == "bracket":
        if text[e - 1] == ")":  # the match is the ")": take the spaces before it in
            while text[s - 1] in " \t":
                s -= 1
        return Hit("MT002", s, e, _MESSAGES[what], 0.8,
                   Fix((Edit(s + (text[s] == "("), e - (text[e - 1] == ")"), ""),), safe=True,
                       description="remove the space"))
    if what == "shout":
        return Hit("MT002", s, e, _MESSAGES[what].format(mark=mark), 0.8,
                   Fix((Edit(s + 1, e, ""),), safe=True, description=f"keep one '{mark[0]}'"))
    keep = 1 if what == "doubled" else 0
    return Hit("MT002", s, e, _MESSAGES[what].format(mark=mark), 0.8,
               Fix((Edit(s + keep, e, ""),), safe=True, description=f"remove the stray '{mark[keep:]}'"))


#: (gate, pattern, kind) of each scan.
_SCANS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("clitic", _SPACED_CLITIC_RE, "spaced"),
    ("colon", _SPACED_COLON_RE, "spaced"),
    ("stops", _SPACED_TWO_STOPS_RE, "spaced"),
    ("bracket", _BRACKET_SPACE_RE, "bracket"),
    ("mark", _BRACKET_MARK_RE, "mark"),
    ("doubled", _DOUBLED_QUOTE_RE, "doubled"),
    ("shout", _SHOUT_RE, "shout"),
    ("script", _OTHER_SCRIPT_RE, "script"),
)


def _gate_open(gate: str, doc: Document, near: str, tab: bool, paren: bool) -> bool:
    """Whether the text holds what scan ``gate`` needs (a few substring tests
    on the text, or the quote offsets other scans cache): most texts hold none."""
    text = doc.text
    if gate == "clitic":
        return tab or " '" in text or " ’" in text
    if gate == "colon":
        return tab or " :" in near
    if gate == "stops":
        return tab or " .." in near
    if gate == "bracket":
        return paren and (tab or "( " in text or " )" in text)
    if gate == "mark":
        return paren and ("(." in near or "(," in near or "(;" in near or "(:" in near)
    if gate == "doubled":
        offsets = mark_offsets(doc)
        return any(b - a == 1 for q in '"“' for a, b in zip(offsets[q], offsets[q][1:]))
    if gate == "script":
        return not text.isascii()
    return "??" in text or "!!" in text


def _unclosed_quotes(doc: Document) -> list[Hit]:
    """A « or “ that nothing after it in the whole document closes (a
    quotation may run over several paragraphs, never past the end)."""
    text = doc.text
    out: list[Hit] = []
    for opener, closer in (("«", "»"), ("“", "”")):
        if text.count(opener) <= text.count(closer):
            continue
        last_close = text.rfind(closer)
        at = text.find(opener, last_close + 1)
        while at >= 0:
            para = paragraph_at(doc, at)
            if para is not None and text[at + 1 : at + 2].isalpha():
                out.append(Hit("MT002", at, at + 1, f"an opening '{opener}' that nothing closes", 0.7, None))
            at = text.find(opener, at + 1)
    return out


_ROMAN_RE = re.compile(r"[ivxlc]{1,6}")


def unopened_closers(base: int, body: str) -> list[Hit]:
    """A ")" or "»" that no "(" or "«" before it in the paragraph opened."""
    out: list[Hit] = []
    for close, opener in ((")", "("), ("»", "«"), ("]", "[")):
        if body.count(close) <= body.count(opener):
            continue
        depth = 0
        for i, ch in enumerate(body):
            if ch == opener:
                depth += 1
            elif ch == close and depth:
                depth -= 1
            elif ch == close:
                prev = body[i - 1 : i]
                if close == "»":
                    if prev == " " and body[i + 1 : i + 2] == " ":
                        out.append(Hit("MT002", base + i, base + i + 1, "a stray '»' that nothing opened", 0.7, None))
                    continue
                if not prev or prev.isspace():
                    continue  # a ")" after a space or at the start: a smiley or a label's own style
                # The word before it, bounded: a list label ("1)", "a)", "iii)") or ":)" opens nothing.
                lo = i
                while lo > max(0, i - 40) and not body[lo - 1].isspace():
                    lo -= 1
                head = body[lo:i]
                if len(head) < 2 or head[:1].isdigit() or _ROMAN_RE.fullmatch(head.lower()) or (
                        len(head) == 2 and head.lower() not in function_words() and not is_dictionary_word(head.lower())):
                    continue  # ("turn up)" is a word's, "a)", "ii)", "1)" a label's)
                out.append(Hit("MT002", base + i, base + i + 1, f"a stray '{close}' that nothing opened", 0.7, None))
    return out
