"""Where the prose is and what surrounds a position in it: paragraph lookup,
quote state, word chunks and the abbreviations the detectors share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Iterable, Iterator, NamedTuple

from sourcelint.analysis import analysis
from sourcelint.document import Document, Paragraph, Sentence
from sourcelint.finding import Finding, Fix
from sourcelint.rule import Rule
from sourcelint.segment import ABBREVIATIONS

from ..tokens import token_lowers
from ..lexicon import speech_verbs
from .lexicons import stopwords

__all__ = [
    "Hit", "ALL_ABBREVIATIONS", "QUOTE_CHARS", "SPEECH_VERBS", "SPEECH_VERB_SET", "NEXT_WORD_RE", "quoted_test",
    "chunk", "urlish", "code_line", "CLOSING_QUOTES", "without_quote_marks", "prev_word", "paragraph_at", "count_between", "para_starts", "sentence_paragraphs",
    "function_word_flags", "dedupe", "findings_from", "mark_offsets",
]


class Hit(NamedTuple):
    """One raw artefact found by a detector, before it becomes a Finding."""

    code: str
    start: int
    end: int
    message: str
    confidence: float = 1.0
    fix: Fix | None = None
    # "info" for a hit the detector is less sure of; None: the rule's severity
    severity: str | None = None


_EXTRA_ABBREVIATIONS = frozenset(
    """
    ca c fl op ed eds trans ch pt pts para art cit ibid resp incl excl avg max dist mi
    yd pct mo yr yrs wk wks tbsp tsp qt gal doz pop alt elev hwy ste apt bldg div
    ref aka dep esp nr tel fax ext mgr asst assoc bros mfg natl
    ehf hf plc llc gmbh ag sa spa bv nv oy ab kft srl sro
    """.split()
)
ALL_ABBREVIATIONS = ABBREVIATIONS | _EXTRA_ABBREVIATIONS
# Lowercase name particles that may legitimately follow a full stop.

QUOTE_CHARS = "\"“”«»„"
_QUOTE_CHAR_RE = re.compile(f"[{QUOTE_CHARS}]")
# Longest first, so the regex alternation prefers "pointed out" to "pointed".
SPEECH_VERBS = "|".join(sorted(speech_verbs(), key=len, reverse=True))
SPEECH_VERB_SET = frozenset(v for v in SPEECH_VERBS.split("|") if " " not in v)


def quoted_test(doc: Document) -> Callable[[Sentence], bool]:
    """A test telling whether a sentence contains quotation marks or sits
    inside an open quote, for sentences asked about in document order.

    The quote depth is carried from sentence to sentence within a paragraph:
    each question counts the marks between the previous question's sentence
    and this one, so asking about any subset of the sentences, in order, is
    one pass over the text (a huge paragraph stays linear).
    """
    text = doc.text
    count = text.count
    paragraphs = doc.paragraphs
    # paragraph, quote depth and straight quotes counted so far, counted up to
    state = [-1, 0, 0, 0]

    def quoted(s: Sentence) -> bool:
        if s.paragraph != state[0]:
            depth = straight = 0
            pos = paragraphs[s.paragraph].start
        else:
            _, depth, straight, pos = state
        end = s.start
        depth += count("“", pos, end) - count("”", pos, end) + count("«", pos, end) - count("»", pos, end)
        straight += count('"', pos, end)
        state[:] = s.paragraph, depth, straight, end
        if depth > 0 or straight % 2 == 1:
            return True
        return _QUOTE_CHAR_RE.search(s.text) is not None

    return quoted


def chunk(text: str, start: int, end: int, limit: int = 80) -> str:
    """The white-space delimited chunk around ``[start, end)`` (bounded)."""
    lo = start
    floor = max(0, start - limit)
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    ceil = min(len(text), end + limit)
    while hi < ceil and not text[hi].isspace():
        hi += 1
    return text[lo:hi]


_URLISH_RE = re.compile(r"@|://|www\.|/|#|_|\.[a-z]{2,}\b|\.(?:Com|Net|Org|COM|NET|ORG)\b")


def urlish(chunk: str) -> bool:
    return _URLISH_RE.search(chunk) is not None


_OPENING_MARKS = '"“„«‘'
#: Marks that close a quotation (“ too: „German“ quotes close with it).
CLOSING_QUOTES = '"”»“'


def without_quote_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the quotation marks around it, when it is a whole quotation."""
    if not (text[start : start + 1] in _OPENING_MARKS and text[end - 1 : end] in CLOSING_QUOTES):
        return start, end  # ('"On a perdu confiance," a ajouté ...': the sentence goes on after the quotation)
    while start < end and text[start] in _OPENING_MARKS:
        start += 1
    while end > start and text[end - 1] in CLOSING_QUOTES:
        end -= 1
    return start, end


# Signs of a program's line: a call on an identifier ("send_sms(", "user.get("),
# an operator between spaces (" > ", " == ", " = "), a line ending on ":", "{", ";",
# a line opening on a keyword ("if", "for", "def", "return").
_CODE_SIGNS_RE = re.compile(r"\b[A-Za-z_]\w*(?:_\w+|\.\w+)\(|\s(?:[<>!=]=|[<>=]|\+=|->|=>|&&|\|\|)\s|[:{;]\s*$"
                            r"|^\s*(?:if|elif|else|for|while|def|return|import|const|let|var|function)\b")


def code_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` reads as a program's line: two or
    more signs of code ("if rise_rate > user.threshold: send_sms(...)")."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)]
    return len(_CODE_SIGNS_RE.findall(line)) >= 2


def prev_word(text: str, end: int, floor: int) -> str:
    """The word (letters, digits, inner . ' -) ending at ``end``, at most 40 characters back."""
    lo = end
    limit = max(floor, end - 40)
    while lo > limit and (text[lo - 1].isalnum() or text[lo - 1] in ".’'-"):
        lo -= 1
    return text[lo:end]


def paragraph_at(doc: Document, pos: int) -> Paragraph | None:
    """The paragraph holding offset ``pos``, or None outside the prose."""
    i = bisect_right(para_starts(doc), pos) - 1
    if i < 0:
        return None
    para = doc.paragraphs[i]
    return para if pos < para.end else None


#: The marks whose offsets :func:`count_between` can count.
COUNTED_MARKS = '"“”`'


@analysis("translation.mark_offsets")
def mark_offsets(doc: Document) -> dict[str, list[int]]:
    """Offsets of each of :data:`COUNTED_MARKS` in the text."""
    text = doc.text
    return {c: [m.start() for m in re.finditer(re.escape(c), text)] if c in text else [] for c in COUNTED_MARKS}


def count_between(doc: Document, char: str, lo: int, hi: int) -> int:
    """How many ``char`` characters (one of :data:`COUNTED_MARKS`)
    ``text[lo:hi]`` holds, by bisecting a list of their offsets (counting in
    the text per hit would be quadratic in a long paragraph)."""
    where = mark_offsets(doc)[char]
    return bisect_left(where, hi) - bisect_left(where, lo)


@analysis("translation.para_starts")
def para_starts(doc: Document) -> list[int]:
    """Start offsets of the document's paragraphs."""
    return doc.paragraph_starts


@analysis("translation.sentence_paragraphs")
def sentence_paragraphs(doc: Document) -> list[int]:
    """The paragraph of each sentence (non-decreasing)."""
    return doc.sentence_paragraphs


@analysis("translation.function_word_flags", needs=(token_lowers,))
def function_word_flags(doc: Document) -> list[bool]:
    """Per token: is it one of the reference function words?"""
    return list(map(stopwords().__contains__, token_lowers(doc)))


def dedupe(hits: list[Hit]) -> list[Hit]:
    """Drop hits overlapping an earlier one (same code), keeping document order."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    last_end = -1
    for h in hits:
        if h.start < last_end:
            continue
        out.append(h)
        last_end = max(h.end, h.start + 1)
    return out


NEXT_WORD_RE = re.compile(r"[\w’'-]+")



def findings_from(rule: Rule, doc: Document, hits: Iterable[Hit]) -> Iterator[Finding]:
    """The findings of ``rule`` for its detector's ``hits``."""
    for h in hits:
        yield rule.finding(doc, h.start, h.end, h.message, confidence=h.confidence, fix=h.fix, severity=h.severity)
