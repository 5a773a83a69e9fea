"""MT001 glued words: a word run into the next word or sentence with no space."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import compress
from typing import Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..lexicon import data_words
from ..literals import MarkPattern
from ..words import compound_split, function_words, glue_split, is_common_word, name_split, plausible_compound, unigram
from ..tokens import non_dictionary_forms, token_lowers
from .lexicons import finite_forms, sentence_openers
from .glue_attested import attested_cut
from .glue_segment import INFO_CONFIDENCE, given_name_then_unknown, segment_cut, surname_after_name
from .glue_punctuation import CAP_WORD_RE as _CAP_WORD_RE, LOWER_NEXT_RE as _LOWER_NEXT_RE, \
    punctuation_joins
from .glue_marks import CONFIDENCE as _CONFIDENCE, LOWER_TOKEN_RE as _LOWER_TOKEN_RE, glue_hit as _glue_hit, \
    bracketed_words, in_foreign_quote, in_foreign_sentence as _in_foreign_sentence, mark_joins, may_have_part_joins, number_joins, part_joins, possessive_joins
from .prose import NEXT_WORD_RE, Hit, chunk, para_starts, paragraph_at, urlish


# A capital right after a lowercase letter or digit, which may start a
# lowercase run: the only place a word can have been glued to the next.
# Fixed width: linear. Letters of Latin-1 count too ("SecretaryThérèse").
# The match is the capital (the pattern opens with it, so the regex engine
# skips ahead to capitals, far rarer than lowercase letters); the two classes
# are disjoint, so every lowercase-capital pair is found.
_GLUE_RE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-z0-9ß-öø-ÿ][A-ZÀ-ÖØ-Þ])")
# A comma glued to a lowercase word: "on Tuesday,the". (The comma comes
# first in the pattern so the engine skips ahead to commas.)
_COMMA_GLUE_RE = re.compile(r",(?<=[a-z]{2},)(?=[a-z]{2,}\b)")
# An all-capitals dateline glued to the first word: "BRUSSELSEuropean leaders".
_DATELINE_GLUE_RE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?=[A-Z][a-z]{2,})")
#: Both halves of a glued pair of capitalised words this long are words, not
#: the parts of a camel-case brand ("StatisticsUnemployment", not "PowerPoint").
_LONG_PART = 7
# Real words and names that end in an opener word.
_GLUE_EXCEPTIONS = frozenset(
    """
    linkedin checkin signin login logon plugin addon walkin playon inbev knowhow
    pricewaterhousecoopers
    easyjet easyhotel easycar wikihow smartthings thescore iheartradio ecoatm
    """.split()
)


@analysis("translation.glued", needs=(para_starts, token_lowers, non_dictionary_forms))
def glued_hits(doc: Document) -> list[Hit]:
    """MT001's hits: words run into the next word or sentence."""
    hits = _case_joins(doc)
    hits += punctuation_joins(doc)
    hits += _comma_joins(doc)
    taken = {(h.start, h.end) for h in hits}
    hits += [h for h in _lowercase_joins(doc) if (h.start, h.end) not in taken]
    hits += _dateline_joins(doc)
    more = _word_knowledge_joins(doc) + number_joins(doc) + possessive_joins(doc) + mark_joins(doc)
    return _add_apart(hits, more)


def _add_apart(hits: list[Hit], more: list[Hit]) -> list[Hit]:
    """``hits`` and those of ``more`` that overlap none of them."""
    spans = sorted((h.start, h.end) for h in hits)
    starts = [s for s, _ in spans]
    for h in more:
        i = bisect_right(starts, h.start)
        if (i and spans[i - 1][1] > h.start) or (i < len(spans) and spans[i][0] < h.end):
            continue
        hits.append(h)
        spans.insert(i, (h.start, h.end))
        starts.insert(i, h.start)
    return hits


# Shapes of tokens that word knowledge can judge: all lowercase; a capital
# then lowercase (a name with a word run onto it); a function word run into
# a capitalised word ("inLagos"); an acronym run into a lowercase word.
_TITLE_TOKEN_RE = re.compile(r"[A-Z][a-z]{5,}")
_CAMEL_TOKEN_RE = re.compile(r"([a-z]{2,4})[A-Z][a-z]{2,}")
_ACRONYM_TOKEN_RE = re.compile(r"([A-Z]{2,5})[a-z]{4,}")


def _word_knowledge_joins(doc: Document) -> list[Hit]:
    """Tokens that are no word but two words run together, in any case
    pattern ("busroute", "Ritchieover", "inLagos", "NATOallies")."""
    text = doc.text
    hits: list[Hit] = []
    words: set[str] | None = None
    forms: Counter[str] | None = None
    # Most tokens are dictionary words, in whatever case: no test below can
    # report them, so only the others are looked at.
    lowers = token_lowers(doc)
    candidates = {w for w in non_dictionary_forms(doc) if len(w) >= 5}
    if not candidates:
        return hits
    # The tokens that are candidates, found in one pass over the tokens.
    at = list(compress(range(len(lowers)), map(candidates.__contains__, lowers)))
    # How often each candidate occurs (a recurring form is a name, judged so).
    counts = Counter(map(lowers.__getitem__, at))
    # Each written form is judged once per process; only the forms that
    # may be glue are looked for among the tokens.
    verdicts: dict[str, tuple[object, ...] | None] = {}
    # The token columns, not the tokens: no Token is built for this rule.
    texts, starts, ends, _ = doc.token_columns
    for i in at:
        word = texts[i]
        if word not in verdicts:
            verdicts[word] = _verdict(word, min(counts[lowers[i]], 2))
        verdict = verdicts[word]
        if verdict is None:
            if counts[lowers[i]] > 1 or not word.isalpha():
                continue
            # attested_cut asks only whether a form occurs, not how often:
            # the distinct forms, each counted once, are built in C.
            forms = forms if forms is not None else _written_forms(texts)
            attested = attested_cut(word, forms)
            if attested is None:
                continue
            verdict = (attested, None)
        start, end = starts[i], ends[i]
        if verdict is _PARTS:
            hits += part_joins(doc, start, word)
            continue
        cut, opener_cut = verdict
        if opener_cut is not None and _starts_sentence(text, start):
            cut = opener_cut
        elif cut is not None and word[0].isupper() and word[1:].islower() \
                and word[: cut[0]].lower() in function_words() and not _starts_sentence(text, start):
            continue  # "Weare" glues only where a sentence opens; elsewhere a name ("Ather", "Afterpay")
        if cut is None or paragraph_at(doc, start) is None or urlish(chunk(text, start, end)) \
                or _inside_word(text, start, end):
            continue
        if _in_foreign_sentence(doc, start) or in_foreign_quote(doc, start):
            continue  # words of another language are not English words run together
        if word[0].isupper() and word[1:].islower() and _listed_name(text, start, end):
            continue  # "apps like Blinkit, Zepto and Bolt": an item of a list of names
        if _stranded_tail(text, word, cut[0], end) or (word[0].isupper() and counts[lowers[i]] > 1):
            continue  # (a capitalised form written twice is a name: "Thornby Primary" ... "Thornby")
        if surname_after_name(texts, starts, ends, i, word[cut[0]:].lower()):
            continue  # "Tunde Bakare": a surname ending like a function word, after a name
        if word[0].isupper() and given_name_then_unknown(word) and _DETERMINER_BEFORE_RE.search(text, max(0, start - 9), start):
            # "a GeneXpert unit": a product after an article; a person ("DavidBeckham") takes none,
            # unless named alone elsewhere ("the striker DavidBeckham" ... "Beckham")
            words = words if words is not None else set(texts)
            if word[cut[0] :] not in words:
                continue
        if word[1].isupper():
            # An acronym run into a word ("NATOallies") is told from a brand
            # ("JBpress") by the acronym standing alone elsewhere in the text.
            words = words if words is not None else set(texts)
            if word[: cut[0]] not in words:
                continue
        hits.append(_glue_hit(start, start + cut[0], end, text, cut[1]))
    return hits


# (or a verb that introduces a name as written: "a boutique called PatsyKloset")
_DETERMINER_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur|[Ee]ach|[Ee]very"
                                   r"|called|named|dubbed|titled|as)\s+\Z")


def _written_forms(texts: Iterable[str]) -> Counter[str]:
    """The forms the article writes, each counted once: its tokens, and the
    parts of its hyphenated ones ("pekapeka" of "pekapeka-tou-roa")."""
    forms: Counter[str] = Counter(dict.fromkeys(texts, 1))
    for t in [t for t in forms if "-" in t]:
        forms.update(dict.fromkeys((p for p in t.split("-") if p and p not in forms), 1))
    return forms


#: A token of several parts (hyphens, apostrophes), judged part by part.
_PARTS = ("parts",)


@lru_cache(maxsize=65536)
def _verdict(word: str, repeats: int) -> tuple[object, ...] | None:
    """How the written form ``word`` (occurring ``repeats`` times, at most
    2) may be two words run together, wherever it stands: None (nowhere),
    _PARTS, or (its cut, its cut when it opens a sentence), either None."""
    if not word.isalpha():
        return _PARTS if may_have_part_joins(word) else None
    cut = _glue_cut(word)
    if cut is not None:
        return cut, None
    # A capitalised opener is judged by its own test first.
    opener = _opener_cut(word) if _TITLE_TOKEN_RE.fullmatch(word) else None
    segment = segment_cut(word, repeats)
    if opener is None and segment is None:
        return None
    return segment, opener


# Before and after an item of a list of names: "like X, Y", ", X and Y".
_LIST_BEFORE_RE = re.compile(r"(?:,|\blike|\bas|\bincluding|\band|\bor)[ \t]+\Z")
_LIST_AFTER_RE = re.compile(r"(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)[A-Z]")


def _listed_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised token at ``[start, end)`` stands in a list of
    capitalised names: a list marker before it, another name after it."""
    return _LIST_AFTER_RE.match(text, end) is not None and _LIST_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the token at ``start`` opens a sentence: after a paragraph
    break or a sentence mark and a space."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“”'‘’")
    return not before or before.endswith(("\n", ".", "!", "?", ":", "-", "—", "–", ")"))


def _opener_cut(word: str) -> tuple[int, float] | None:
    """A capitalised sentence opener that is two words run together
    ("Servicesinflation": a name is no inflected word run into a long word;
    "Thepelagic": no name the web knows)."""
    low = word.lower()
    split = glue_split(low)
    if split is None:
        return None
    if split.evidence == "inflected" and len(split.head) >= 6 and len(split.tail) >= 4 and len(word) >= 10:
        return (len(split.head), 0.7)
    # A capital only because it opens the sentence: a token the web never
    # wrote as one word ("Thepelagic", "Italso", "Localresidents"); a name
    # would have been written somewhere.
    if split.evidence in ("phrase", "function") and not unigram(low) and is_common_word(split.head) \
            and is_common_word(split.tail):
        return (len(split.head), 0.7)
    return None


def _glue_cut(word: str) -> tuple[int, float] | None:
    """(where the space goes, confidence) if ``word`` is two words run together."""
    if _LOWER_TOKEN_RE.fullmatch(word):
        split = glue_split(word) or compound_split(word)
        if split is None or (split.evidence in ("inflected", "compound") and plausible_compound(word)):
            return None
        return (len(split.head), _CONFIDENCE[split.evidence])
    if _TITLE_TOKEN_RE.fullmatch(word):
        split = name_split(word)
        return (len(split.head), 0.8) if split is not None else _name_verb_cut(word) or _word_function_cut(word)
    m = _CAMEL_TOKEN_RE.fullmatch(word)
    if m is not None and m.group(1) in function_words():
        return (m.end(1), 0.9)
    m = _ACRONYM_TOKEN_RE.fullmatch(word)
    if m is not None and is_common_word(word[m.end(1):]) and not unigram(word.lower()):
        return (m.end(1), 0.8)
    return None


def _word_function_cut(word: str) -> tuple[int, float] | None:
    """A capitalised word run into a function word ("Tractionin"): a token
    the web never wrote, a common word of five letters or more, then "in",
    "is", "to"..."""
    low = word.lower()
    if unigram(low):
        return None
    split = glue_split(low)
    if split is None or split.evidence != "function" or len(split.head) < 5 or not is_common_word(split.head):
        return None
    return (len(split.head), 0.75)


def _name_verb_cut(word: str) -> tuple[int, float] | None:
    """A name run into the past tense that follows it ("Modiinaugurated"):
    names do not end in a past-tense verb of six letters or more."""
    low = word.lower()
    if not low.endswith("ed") or unigram(low):
        return None
    for i in range(3, len(low) - 5):
        tail = low[i:]
        if tail.endswith("ed") and tail in finite_forms() and is_common_word(tail) and unigram(low[:i]) >= 100_000:
            return (i, 0.8)
    return None


def _stranded_tail(text: str, word: str, cut: int, end: int) -> bool:
    """A capitalised word whose split leaves a function word right before a
    comma or full stop ("from Harrowby, fell": "Harrow by,"): a preposition
    or article run into a word would lead on to its object, so this is a
    name ending like one (Whitby, Brighton)."""
    return word[:1].isupper() and word[cut:].lower() in data_words("leading_words.txt") and text[end : end + 1] in _STOPS


_STOPS = frozenset(",.;:!?)")


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether the token is part of a longer written form: a hashtag, a
    handle, a file name or a hyphenated or apostrophised compound."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if after in ("'", "’") and not text[end + 1 : end + 2].isalpha():
        after = ""  # a plural possessive ("residents' groups") ends the word
    return before in ("#", "@", "/", "_", ".", "-", "'", "’") or after in ("_", "@", "-", "'", "’", "/")


def _case_joins(doc: Document) -> list[Hit]:
    """A lowercase word or a number run into a capitalised word: "BacheletThis", "2022The"."""
    text = doc.text
    openers, two_letter = sentence_openers()
    hits: list[Hit] = []
    # One scan of the whole text (a regex scan per paragraph costs more).
    for m in _GLUE_RE.finditer(text):
        cut = m.start()  # the capital; the lowercase letter or digit is just before it
        para = paragraph_at(doc, cut - 1)
        if para is None or cut - para.start < 2:
            continue
        w = _CAP_WORD_RE.match(text, cut)
        if w is None or len(w.group()) < 2:
            continue
        if w.end() < len(text) and text[w.end()].isalnum():
            continue
        second = w.group()
        if text[cut - 1].isdigit():
            # "in 2022The": a number then a sentence opener ("4Kids", "3Com" are not openers)
            lo = cut - 1
            while lo > para.start and text[lo - 1].isdigit():
                lo -= 1
            if second in openers and len(second) >= 2 and (lo == para.start or text[lo - 1] in " (\n"):
                hits.append(Hit("MT001", lo, w.end(), f"'{text[lo:w.end()]}' runs the number into the next word "
                                f"'{second}' with no space", 0.9,
                                Fix((Edit(cut, cut, " "),), safe=True, description=f"insert a space before '{second}'")))
            continue
        if not text[cut - 2].islower():
            continue
        lo = cut - 1
        floor = max(para.start, cut - 40)
        while lo > floor and text[lo - 1].isalpha():
            lo -= 1
        if lo > para.start and (text[lo - 1].isalnum() or text[lo - 1] in "'’-"):
            continue  # an apostrophe or hyphen compound: too unclear
        first = text[lo:cut]
        if len(first) < 3 or not (first[0].isupper() or first.islower()):
            continue
        if any(c.isupper() for c in first[1:]):
            continue  # camel-case product names: "PlayStationThe" is too rare to chase
        word = first + second
        if word.lower() in _GLUE_EXCEPTIONS:
            continue
        long_pair = first[0].isupper() and len(first) >= _LONG_PART and len(second) >= _LONG_PART
        after = text[w.end() : w.end() + 30]
        if second in two_letter:
            # Two-letter tails end many product names ("LinkedIn"): only a
            # long head followed by a lowercase word or a contraction counts.
            if _LOWER_NEXT_RE.match(after) is None:
                continue
        elif second not in openers and not long_pair:
            # Any capitalised word after a plain lowercase word ("vehiclesPortland"):
            # lowercase-headed brands are rare and listed as exceptions.
            if not first.islower() or len(first) < 4 or len(second) < 3:
                continue
        if urlish(chunk(text, lo, w.end())):
            continue
        hits.append(
            Hit(
                "MT001",
                lo,
                w.end(),
                f"'{word}' runs '{first}' into the next word '{second}' with no space",
                1.0,
                Fix((Edit(cut, cut, " "),), safe=True, description=f"insert a space: '{first} {second}'"),
            )
        )
    return hits


def _comma_joins(doc: Document) -> list[Hit]:
    """No space after a comma between lowercase words: "on Tuesday,the"."""
    text = doc.text
    hits: list[Hit] = []
    if "," in text:
        for m in _COMMA_GLUE_RE.finditer(text):
            para = paragraph_at(doc, m.start())
            if para is None:
                continue
            lo = m.start()
            while lo > max(para.start, m.start() - 40) and text[lo - 1].isalpha():
                lo -= 1
            nxt = NEXT_WORD_RE.match(text, m.end())
            if nxt is None or urlish(chunk(text, lo, nxt.end())) or (lo > para.start and text[lo - 1] in "@#/"):
                continue
            hits.append(Hit("MT001", lo, nxt.end(), f"'{text[lo:nxt.end()]}' has no space after ','", 0.9,
                            Fix((Edit(m.end(), m.end(), " "),), safe=True, description="insert a space after ','")))
    return hits


def _dateline_joins(doc: Document) -> list[Hit]:
    """An all-capitals dateline run into the first word: "BRUSSELSEuropean"."""
    text = doc.text
    hits: list[Hit] = []
    for para in doc.paragraphs:
        m = _DATELINE_GLUE_RE.match(text, para.start)
        if m is not None and m.end() < para.end:
            w = _CAP_WORD_RE.match(text, m.end())
            hits.append(Hit("MT001", para.start, w.end(), f"the dateline '{m.group()}' runs into '{w.group()}' "
                            "with no space", 0.9,
                            Fix((Edit(m.end(), m.end(), " "),), safe=True,
                                description=f"insert a space: '{m.group()} {w.group()}'")))
    return hits


# Joins no edited text has, each with a lowercase word after it:
# "again;the", "blunt:fares", "(IAEA)said", 'time,"said', "29%while",
# "1,200workers", "2-1in". The match ends where the space goes. One pattern
# per join, each run only when the text holds its pair of characters, and
# each opening with its mark (the look-behind after it), so the engine skips
# ahead: a single alternation of them cost 0.2 ms per article. The number
# joins also give what must come before their mark: a whole number ("1,200",
# "12,500,000", not "0.1,200"), or a score's first number.
# ("{}": the mark, each of the marks in turn: see MarkPattern.)
_LOWER_JOINS: tuple[tuple[tuple[str, ...], MarkPattern, re.Pattern[str] | None], ...] = tuple(
    (gates, MarkPattern(rx, marks), re.compile(head) if head else None) for gates, marks, rx, head in (
        ((";", ":"), ";:", r"{}(?<=[a-z]{3}{})(?=[a-z]{3,}\b)", None),  # a semicolon or colon between lowercase words
        ((")", "]"), ")]", r"{}(?<=[A-Za-z]{2}{})(?=[a-z]{3,}\b)", None),  # a closing bracket after a word
        ((',"', ",”"), "”\"", r"{}(?<=[a-z],{})(?=[a-z]{3,}\b)", None),  # a closing quote after a comma
        (("%",), "%", r"{}(?<=\d{})(?=[a-z]{3,}\b)", None),  # a percent sign
        ((",",), ",", r"{}(?<=\d{})\d{3}(?=[a-z]{4,}\b)", r"(?<![\d,.])\d{1,3}(?:,\d{3})*\Z"),  # "1,200workers"
        ((",",), ",", r"{}(?<=\d{})(?=[a-z]{2,}\b)", r"(?<![\w,.])\d{1,4}\Z"),  # a number then a comma: "in 2019,the"
        (("-",), "-", r"{}(?<=\d{})\d{1,2}(?=(?:in|at|on|to|after|before|with|and|against|over)\b)",
         r"(?<![\d-])\d{1,2}\Z"),  # a score: "2-1in"
    )
)
# Units written before a full stop ("24 km.Construction"): a capitalised word
# after one starts a sentence.
_UNITS = frozenset("km kg cm mm mg ml mph kph ft lb lbs sq".split())
_URL_SCHEMES = frozenset("javascript about mailto data file tel urn news irc magnet blob view-source".split())
# A number (a year, a count) or a unit, a full stop, and a capitalised word.
_NUMBER_STOP_RE = re.compile(r"\.(?<=[\da-z]\.)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}\b)")
# A lowercase word, "!" and a capitalised word: "was!Galway" ("Yahoo!News"
# has a capitalised head).
_BANG_RE = re.compile(r"!(?<=[^\W\d_][a-z]{2}!)(?=[A-Z][a-z]{2,}\b)")


def _lowercase_joins(doc: Document) -> list[Hit]:
    """Glue that the capital-letter scans above cannot see: marks, numbers and
    brackets run into the next word."""
    text = doc.text
    hits: list[Hit] = []
    candidates: list[tuple[int, str]] = []  # (where the space goes, what is missing)
    for gates, rx, head_rx in _LOWER_JOINS:
        if any(g in text for g in gates):
            candidates += [(m.end(), "join") for m in rx.finditer(text)
                           if head_rx is None or head_rx.search(text, max(0, m.start() - 40), m.start())]
    if "." in text:
        for m in _NUMBER_STOP_RE.finditer(text):
            candidates.append((m.end(), "stop"))
    if "!" in text:
        for m in _BANG_RE.finditer(text):
            candidates.append((m.end(), "bang"))
    for cut, kind in candidates:
        if paragraph_at(doc, cut - 1) is None:
            continue
        lo = cut - 1
        floor = max(0, cut - 40)
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        nxt = NEXT_WORD_RE.match(text, cut)
        if nxt is None:
            continue
        head = text[lo:cut]
        if kind == "bang" and not (head[:-1].isalpha() and head[:-1].islower()):
            continue  # "Yahoo!News": a brand's capitalised head
        if kind == "join" and head[-1] in ")]" and not head.lstrip("“\"'‘").startswith(("(", "[")) \
                and not bracketed_words(text, cut - 1, paragraph_at(doc, cut - 1).start):
            continue  # "HSBC(UK)plc", "word(s)": the bracket is inside a token, not after one
        if kind == "stop":
            before = head[:-1].lstrip("(“\"'‘")
            if before.isdigit():
                # "in 2021.Electoral": a number ending a sentence; not "v2.Beta"
                if len(before) < 2 or not _LOWER_NEXT_RE.match(text, nxt.end()):
                    continue
            elif before.lower() not in _UNITS:
                continue
        if head[-1] == ":" and ("](" in head or head[:-1].lower().lstrip("(<[") in _URL_SCHEMES):
            continue  # "[x](javascript:void(0))", "about:blank": a link target, not prose
        if "&" in head or "@" in head or "#" in head or urlish(chunk(text, lo, nxt.end())):
            continue  # "&amp;the", handles, tags, URLs and code
        hits.append(Hit("MT001", lo, nxt.end(), f"'{text[lo:nxt.end()]}' has no space before "
                        f"'{nxt.group()}'", 0.9,
                        Fix((Edit(cut, cut, " "),), safe=True, description=f"insert a space before '{nxt.group()}'")))
    return hits


class GluedWords(Rule):
    """A word is run into the next word or sentence with no space.

    What it finds:
    A lowercase word end glued to a capitalised sentence opener ("Michelle
    BacheletThis week-long trip", "officials saidThe plan") and a missing
    space after sentence punctuation ("she said.The minister", "spoke;Residents",
    'motto "think different".The', "at 3 p.m.The", "the U.K.Foreign Office",
    "was!Galway", "in 2021.Electoral", "24 km.Construction", a number of
    two digits or more before a sentence opener, "died in 2010.He"; not a
    version or decimal, "2.0.The"), and marks,
    brackets or numbers run into a lowercase word ("again;the",
    "blunt:fares", "(IAEA)said", "(who was not present)said", 'ready,"said', "29%while",
    "1,200workers", "won 2-1in"), a word into a number ("only2,000", "in1972"; a
    function word into a one-digit or decimal number too, "about2.3"). Word knowledge finds glue in any case
    pattern: a token that is no dictionary word but two common words that
    the web writes apart far more often than joined, or one of them a
    function word ("busroute", "ofthe", "eveningafter", "governmentsaid"),
    a word whose head carries an inflection or a derivational suffix, which
    the first part of a solid compound never does ("pressuredcity",
    "adequatetraining", "Servicesinflation" opening a sentence), a numeral
    run into a word ("ninedouble"), glue inside one part of a hyphenated or
    possessive token ("pre-positionedin", "theport's",
    "Ramaphosa'sgovernment"), a quote mark between letters ('said"the',
    'visa"scheme'), a currency sign run onto a word ("about$3bn", not
    "US$3bn"), "6.1%.Economists", a credit run into a word ("(AFP)Police",
    "ISTANBUL(Reuters)"), two lowercase words with a sentence mark and no
    space ("suspended.passengers", "why!staff"),
    a function word run into a capitalised word ("inLagos"), a word or a
    past tense run onto a name ("Ritchieover", "Modiinaugurated"), a
    capitalised word the web never writes as one token that is a known
    phrase or a word and a function word ("Italso" opening a sentence,
    "Harbourin"), an acronym run into a word when the
    acronym also stands alone in the article ("NATOallies"), a number run
    into a word or a word into a number ("6wickets", "only2,000") and a
    possessive run into a name ("Haas'sEsteban"), an article run onto a sum
    ("a£60"), a comma run into a word ("fears,Mayor", "up,and"). A
    capitalised token written twice in the article ("Thornby Primary" ...
    "Thornby"), one whose split would leave an article or preposition
    before a comma or full stop ("from Harrowby,") and a word inside a
    quotation in another language ("amore") are names and foreign words,
    not glue; so is a capitalised token opening on a function word away
    from a sentence's start ("pay with Afterpay": only a sentence's first
    word takes a capital, after a full stop, a colon, a dash or a bracket),
    and a given name run into a word no dictionary has after an article or
    a verb that introduces a name ("a GeneXpert unit", "a boutique called
    PatsyKloset") unless that word stands alone elsewhere.

    Word probabilities judge the tokens the shapes above leave: a token that
    is no dictionary word but whose best split the web writes apart far more
    often than joined ("Weare", "Ministryof", "NewEngland"), a function word
    run into a word ("andvowed"), a quantifier run into the word after it
    ("mostfarmers"), two frequent words the web never wrote
    joined and English would not coin ("councilborrowing"; capitalised, only
    with an inflected tail, as place names end in a bare noun:
    "Localelevators", not "Castlebridge"), a given name, a title or an
    article run into a capitalised word ("DavidMiller", "SecretaryFiona",
    "OnApril"), a name run into a function word or a verb ("Bjartmarhas").
    Less sure splits are reported at severity info: two words without a
    phrase count, a magnitude written onto a number ("$9million"; British
    style writes "£3million" on purpose), camel-case pairs that may be
    brands. A token that recurs in the article is taken for a name. Word
    counts and the dictionary come from the wordsegment package, given
    names and titles from the pronoun family's lexicons. Compounds the web writes
    joined ("ceasefire", "lawmakers"), new words ("livestream"), hashtags,
    handles and units ("10km") stay quiet. Real mixed-case names (iPhone, YouTube, LinkedIn, McDonald, DeSantis),
    URLs, lines of a program ("if rise_rate > user.threshold: send_sms(user.phone,
    gauge.name)"), link targets ("javascript:void", "about:blank"), HTML entities
    ("&amp;the"), e-mail addresses, file and domain names ("notes.Docx"),
    brands ("Yahoo!News", "HSBC(UK)plc"), abbreviations written without
    spaces on purpose ("St.Petersburg", "U.S.A"), decimals, ratios, times
    and versions ("3:1", "10:30am", "v2.Beta") are left alone.

    It also finds a token no one writes that splits into a name or rare word the article writes alone (or as a
    part of a hyphenated name: "pekapeka" of "pekapeka-tou-roa") and a common word ("Pakistansoon", "Kobzevmet"), or a function word, adverb or person noun run into such a name
    ("SinceThursday", "ManagerNeil"); a number run into a three-letter word ("40new"), a comma after a number
    ("2019,the") and an ordinal run into its noun ("84thminute"). A content word and a tail English compounds
    onto freely ("makerspace"), a capitalised item of a list of names ("apps like Blinkit, Zepto and Bolt")
    and two function words written as one capitalised word mid-sentence ("Ather") are left alone.

    Why it matters:
    Careless machine-translation and re-publishing pipelines drop the space
    between segments, gluing a name to the next sentence. An editor sees it
    at once; it marks the article as unedited automatic output.

    How to fix:
    Insert the missing space (the fix does this and is safe; read an info
    finding before applying it, as a rare name may look like two words). If the glue
    hides a lost sentence boundary, check the sentence around it too.
    """

    code = "MT001"
    name = "glued-words"
    severity = "error"
    fixable = True
    family = "translation"
    needs = (glued_hits,)

    def check(self, doc: Document) -> Iterable[Finding]:
        for h in glued_hits(doc):
            # A less sure split is reported at severity info for the editor to judge.
            yield self.finding(doc, h.start, h.end, h.message, confidence=h.confidence, fix=h.fix,
                               severity=None if h.confidence >= INFO_CONFIDENCE else "info")
