"""The translation family (prefix MT): artefacts of careless machine translation.

Content farms translate English news into another language and back; what
comes out has recognisable damage: words glued together, stray full stops,
sentences broken in the middle, fragments, doubled speech tags, notices that
the text was translated automatically, and passages left in another language.

All detectors run once per document inside the shared view
``"translation.artefacts"`` (see :func:`artefacts`): MT001-MT007 each report
their own part of it, and MT008 turns the counts, together with two
document-style signals, into one "translation artefact density"
(:func:`translation_signals`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from collections import Counter
from functools import lru_cache
from operator import itemgetter, mul, truediv
from typing import Callable, Iterable, NamedTuple

import ahocorasick

from sourcelint.document import Document, Sentence
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule
from sourcelint.segment import ABBREVIATIONS

from .langid import (
    detect_language,
    foreign_function_words,
    langdetect_probabilities,
    paragraph_token_bounds,
    prose_sample,
    same_language,
    token_lowers,
)
from .lexicon import data_lines, speech_verbs

__all__ = [
    "Hit",
    "artefacts",
    "translation_signals",
    "GluedWords",
    "StrayPunctuation",
    "SpuriousSentenceBreak",
    "SentenceFragment",
    "AttributionDoubling",
    "TranslationDisclaimer",
    "ForeignPassage",
    "TranslationArtefactDensity",
    "RULES",
]


class Hit(NamedTuple):
    """One raw artefact found by a detector, before it becomes a Finding."""

    code: str
    start: int
    end: int
    message: str
    confidence: float = 1.0
    fix: Fix | None = None


# --------------------------------------------------------------------------
# Lexicons (loaded once per process)
# --------------------------------------------------------------------------


_data_lines = data_lines


@lru_cache(maxsize=None)
def _openers() -> tuple[frozenset[str], frozenset[str]]:
    """(all sentence-opener words, the two-letter ones), capitalised as in the file."""
    words = frozenset(_data_lines("mt_sentence_openers.txt"))
    return words, frozenset(w for w in words if len(w) == 2)


@lru_cache(maxsize=None)
def _function_profile() -> dict[str, float]:
    """Reference relative frequencies of English function words (sum to 1)."""
    raw = {}
    for line in _data_lines("mt_function_words.txt"):
        word, freq = line.split()
        raw[word] = float(freq)
    total = sum(raw.values())
    return {w: f / total for w, f in raw.items()}


@lru_cache(maxsize=None)
def _profile_rank() -> dict[str, int]:
    """Position of each reference function word in the profile."""
    return {w: i for i, w in enumerate(_function_profile())}


@lru_cache(maxsize=None)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(base forms, every finite or participle form we know) of common verbs."""
    base: set[str] = set()
    forms: set[str] = set()
    for line in _data_lines("mt_verbs.txt"):
        parts = line.split()
        b = parts[0]
        base.add(b)
        forms.update(parts)
        if len(parts) == 1 or b not in {"can", "will", "shall", "may", "must"}:
            if b.endswith("e"):
                forms.update((b + "s", b + "d"))
            elif b.endswith("y") and len(b) > 2 and b[-2] not in "aeiou":
                forms.update((b[:-1] + "ies", b[:-1] + "ied"))
            elif b.endswith(("s", "sh", "ch", "x", "z")):
                forms.update((b + "es", b + "ed"))
            else:
                forms.update((b + "s", b + "ed"))
    return frozenset(base), frozenset(forms)


_STEM_DROP = frozenset("a an the this that these our its their your".split())


def _stem(word: str) -> str:
    """A deliberately crude suffix strip so 'translated'/'translates' meet."""
    if len(word) > 5:
        for suf in ("ing", "ed", "es", "s"):
            if word.endswith(suf):
                word = word[: -len(suf)]
                break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _normalise_words(words: Iterable[str]) -> list[str]:
    out = []
    for w in words:
        for part in re.split(r"[-'’]", w.lower()):
            if part and part not in _STEM_DROP:
                out.append(_stem(part))
    return out


@lru_cache(maxsize=None)
def _disclaimer_automaton() -> ahocorasick.Automaton:
    """Aho-Corasick automaton over normalised disclaimer phrases (" w1 w2 ... ")."""
    auto = ahocorasick.Automaton()
    for phrase in _data_lines("mt_disclaimers.txt"):
        key = " " + " ".join(_normalise_words(phrase.split())) + " "
        auto.add_word(key, (key, phrase))
    auto.make_automaton()
    return auto


# Cheap lowercase substrings: a paragraph is normalised and matched against
# the phrase list only when one of these occurs in it.
_DISCLAIMER_ANCHORS = (
    "translat", "programmatic", "syndicat", "automatic", "point of view", "human editor", "not been edited",
    "aggregat", "transmit", "views of", "opinion of", "position of", "rendered into",
)
_DISCLAIMER_ANCHOR_RE = re.compile("|".join(_DISCLAIMER_ANCHORS))

# --------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------

_EXTRA_ABBREVIATIONS = frozenset(
    """
    ca c fl op ed eds trans ch pt pts para art cit ibid resp incl excl avg max dist mi
    yd pct mo yr yrs wk wks tbsp tsp qt gal doz pop alt elev hwy ste apt bldg div
    ref aka dep esp nr tel fax ext mgr asst assoc bros mfg natl
    ehf hf plc llc gmbh ag sa spa bv nv oy ab kft srl sro
    """.split()
)
_ALL_ABBREVIATIONS = ABBREVIATIONS | _EXTRA_ABBREVIATIONS
# Lowercase name particles that may legitimately follow a full stop.
_NAME_PARTICLES = frozenset("de da del della der di du van von al el la le ibn bin bint y dos das".split())

_QUOTE_CHARS = "\"“”«»„"
_SENTENCE_PARAGRAPH = itemgetter(1)  # Sentence.paragraph
_QUOTE_CHAR_RE = re.compile(f"[{_QUOTE_CHARS}]")
# Longest first, so the regex alternation prefers "pointed out" to "pointed".
_SPEECH_VERBS = "|".join(sorted(speech_verbs(), key=len, reverse=True))
_SPEECH_VERB_SET = frozenset(v for v in _SPEECH_VERBS.split("|") if " " not in v)


def _quoted_test(doc: Document) -> Callable[[Sentence], bool]:
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


def _chunk(text: str, start: int, end: int, limit: int = 80) -> str:
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


def _urlish(chunk: str) -> bool:
    return _URLISH_RE.search(chunk) is not None


# --------------------------------------------------------------------------
# MT001 glued words
# --------------------------------------------------------------------------

# A capital right after a lowercase letter or digit, which may start a
# lowercase run: the only place a word can have been glued to the next.
# Fixed width: linear. Letters of Latin-1 count too ("SecretaryThérèse").
# The match is the capital (the pattern opens with it, so the regex engine
# skips ahead to capitals, far rarer than lowercase letters); the two classes
# are disjoint, so every lowercase-capital pair is found.
_GLUE_RE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-z0-9ß-öø-ÿ][A-ZÀ-ÖØ-Þ])")
_CAP_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
# Missing space after sentence punctuation: "said.The", "visit,But".
_PUNCT_GLUE_RE = re.compile(r"[.!?,;:](?=[”\"’)\]]?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
# A comma glued to a lowercase word: "on Tuesday,the". (The comma comes
# first in the pattern so the engine skips ahead to commas.)
_COMMA_GLUE_RE = re.compile(r",(?<=[a-z]{3},)(?=[a-z]{2,}\b)")
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
_LOWER_NEXT_RE = re.compile(r"(?:\s+[a-z]|['’][a-z])")
# Top-level domains written capitalised in site names ("Booking.Com",
# "Kostroma.Today") and file extensions ("notes.Docx", "config.Json").
_TLD_WORDS = frozenset(
    "Com Net Org Gov Edu Info Biz Io Js Ts Py Ai Tv Co Uk Us De Fr Ru Today News Online Live Media "
    "Press Site Tech Shop World Club Blog App Cloud Digital Global Network Store Web "
    "Docx Doc Pdf Json Xml Csv Txt Html Htm Jpg Jpeg Png Gif Svg Webp Mp3 Mp4 Mov Wav Xlsx Xls Pptx "
    "Ppt Zip Rar Exe Apk Yaml Yml Ini Cfg Log Tar Gz Epub Rtf Odt".split()
)
_CLOSERS = "”\"’)]"
_DOTTED = frozenset("u.s. u.k. u.n. e.u. d.c. a.m. p.m. u.a.e. n.y. l.a. s.a. n.z.".split())
_HONORIFICS = frozenset("mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. rev.".split())


def _detect_glued(doc: Document) -> list[Hit]:
    text = doc.text
    openers, two_letter = _openers()
    hits: list[Hit] = []
    paras = doc.paragraphs

    # One scan of the whole text (a regex scan per paragraph costs more).
    for m in _GLUE_RE.finditer(text):
        cut = m.start()  # the capital; the lowercase letter or digit is just before it
        para = _paragraph_at(doc, cut - 1)
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
        if _urlish(_chunk(text, lo, w.end())):
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
    for m in _PUNCT_GLUE_RE.finditer(text):
        dot = m.start()
        para = _paragraph_at(doc, dot)
        # The word before the mark may end in a closing quote or bracket
        # ('"think different".The', '(as expected).The').
        k = dot - 1 if dot > 0 and text[dot - 1] in _CLOSERS else dot
        if para is None or k - para.start < 2:
            continue
        after = dot + 1
        if text[after] in _CLOSERS:
            after += 1
        w = _CAP_WORD_RE.match(text, after)
        if w is None:
            continue
        second = w.group()
        if second in _TLD_WORDS:
            continue
        openers_ok = second in openers
        lo = k
        floor = max(para.start, k - 40)
        while lo > floor and (text[lo - 1].isalpha() or text[lo - 1] in ".'’"):
            lo -= 1
        first = text[lo:k]
        punct = text[dot]
        abbreviation = "." in first or first.lower().rstrip(".") in _ALL_ABBREVIATIONS
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
            punct not in ".?;:" or (punct == ":" and (not first.islower() or len(first) < 3 or len(second) < 3))
            or (len(second) < 3 and (not first.islower() or _LOWER_NEXT_RE.match(text, w.end()) is None))
        ):
            continue
        if _urlish(_chunk(text, lo, w.end())):
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
    if "," in text:
        for m in _COMMA_GLUE_RE.finditer(text):
            para = _paragraph_at(doc, m.start())
            if para is None:
                continue
            lo = m.start()
            while lo > max(para.start, m.start() - 40) and text[lo - 1].isalpha():
                lo -= 1
            nxt = _NEXT_WORD_RE.match(text, m.end())
            if nxt is None or _urlish(_chunk(text, lo, nxt.end())) or (lo > para.start and text[lo - 1] in "@#/"):
                continue
            hits.append(Hit("MT001", lo, nxt.end(), f"'{text[lo:nxt.end()]}' has no space after ','", 0.9,
                            Fix((Edit(m.end(), m.end(), " "),), safe=True, description="insert a space after ','")))
    taken = {(h.start, h.end) for h in hits}
    hits += [h for h in _glued_lowercase_joins(doc) if (h.start, h.end) not in taken]
    for para in paras:
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
_LOWER_JOINS: tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (gates, re.compile(rx), re.compile(head) if head else None) for gates, rx, head in (
        ((";", ":"), r"[;:](?<=[a-z]{3}[;:])(?=[a-z]{3,}\b)", None),  # a semicolon or colon between lowercase words
        ((")", "]"), r"[)\]](?<=[A-Za-z]{2}[)\]])(?=[a-z]{3,}\b)", None),  # a closing bracket after a word
        ((',"', ",”"), r"[”\"](?<=[a-z],[”\"])(?=[a-z]{3,}\b)", None),  # a closing quote after a comma
        (("%",), r"%(?<=\d%)(?=[a-z]{3,}\b)", None),  # a percent sign
        ((",",), r",(?<=\d,)\d{3}(?=[a-z]{4,}\b)", r"(?<![\d,.])\d{1,3}(?:,\d{3})*\Z"),  # "1,200workers"
        (("-",), r"-(?<=\d-)\d{1,2}(?=(?:in|at|on|to|after|before|with|and|against|over)\b)",
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


def _glued_lowercase_joins(doc: Document) -> list[Hit]:
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
        if _paragraph_at(doc, cut - 1) is None:
            continue
        lo = cut - 1
        floor = max(0, cut - 40)
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        nxt = _NEXT_WORD_RE.match(text, cut)
        if nxt is None:
            continue
        head = text[lo:cut]
        if kind == "bang" and not (head[:-1].isalpha() and head[:-1].islower()):
            continue  # "Yahoo!News": a brand's capitalised head
        if kind == "join" and head[-1] in ")]" and not head.lstrip("“\"'‘").startswith(("(", "[")):
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
        if "&" in head or "@" in head or "#" in head or _urlish(_chunk(text, lo, nxt.end())):
            continue  # "&amp;the", handles, tags, URLs and code
        hits.append(Hit("MT001", lo, nxt.end(), f"'{text[lo:nxt.end()]}' has no space before "
                        f"'{nxt.group()}'", 0.9,
                        Fix((Edit(cut, cut, " "),), safe=True, description=f"insert a space before '{nxt.group()}'")))
    return hits


# --------------------------------------------------------------------------
# MT002 stray or doubled punctuation
# --------------------------------------------------------------------------

# A space before a full stop, comma or semicolon after a word: "visit ." .
_SPACE_BEFORE_RE = re.compile(r"(?<=[^\W_])[ \t]+([.,;])(?=[\s”\"’)]|$)")
# A second full stop after the end of a sentence: "crimes. .", "violations”. ."
_DOUBLE_STOP_RE = re.compile(r"[.!?][”\"’)\]]*([ \t]+\.)(?=[\s”\"’)]|$)")
# Marks that clash: ", ." ",," ";." ".," ", ;"
_CLASH_RE = re.compile(r"([,;])([ \t]*)[.,;]|(?<=\w)(\.)(,)")
# A comma (maybe after a stray opening quote) after the end of a sentence.
_STOP_COMMA_RE = re.compile(r"(?<=[^\W_])[.!?]([ \t]+[“\"]?,)(?=\s)")
_PUNCT_ONLY_RE = re.compile(r"[.,;:!?\s]+")
# Two sentence marks with no space: "July..", "one?.", "pitch.;", "delay:."
# ("...", "?!" and "!?" are not matched: the second mark is . ; or : and a
# space or the end must follow it).
_TERMINAL_CLASH_RE = re.compile(r"(?<=[^\W_])([.!?:;])([.;:])(?=[\s”\"’)]|$)")
# A comma doubled around a closing quote: 'next,”, the coach said'.
_QUOTE_COMMA_RE = re.compile(r",[”\"’]+(,)")
# A paragraph that opens with a stray mark: ". In the meantime".
_LEADING_MARK_RE = re.compile(r"[.,;:](?=[ \t]+\w)")
# What a paragraph must open with for _LEADING_MARK_RE or _PUNCT_ONLY_RE to
# match it (or white space).
_OPENING_MARKS = ".,;:!?"
# Every match of the patterns above holds a mark of ". , ; :" right after a
# space, a tab or another mark, or a comma right after a quote ("visit .",
# ", .", "..", ',”,', ' “,'). This scan, one pass over the text, finds the
# paragraphs that have such a pair: the only ones worth scanning with them.
_STRAY_TRIGGER_RE = re.compile(r"[.,;:](?<=[ \t.,;!?:”\"’“][.,;:])")


def _is_spaced_ellipsis(text: str, dot: int) -> bool:
    """True if the '.' at ``dot`` belongs to '. . .' (three or more spaced dots)."""
    n = 1
    i = dot - 1
    # Three dots settle it: stop there so a run of 100,000 ". " stays linear.
    while n < 3 and i >= 1 and text[i] == " " and text[i - 1] == ".":
        n += 1
        i -= 2
    j = dot + 1
    while n < 3 and j + 1 < len(text) and text[j] == " " and text[j + 1] == ".":
        n += 1
        j += 2
    return n >= 3 or (dot + 1 < len(text) and text[dot + 1] == ".") or (dot > 0 and text[dot - 1] == ".")


def _prev_word(text: str, end: int, floor: int) -> str:
    lo = end
    limit = max(floor, end - 40)
    while lo > limit and (text[lo - 1].isalnum() or text[lo - 1] in ".’'-"):
        lo -= 1
    return text[lo:end]


def _detect_stray_punct(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    # The paragraphs where the scans below can match at all: usually none,
    # and then neither the scans nor the substring tests that gate them run.
    triggers = [m.start() for m in _STRAY_TRIGGER_RE.finditer(text)]
    flagged: set[int] = set()
    spaced = clash = terminal = quote_comma = stop_comma = False
    if triggers:
        starts = _para_starts(doc)
        flagged = {bisect_right(starts, t) - 1 for t in triggers}
        # Cheap substring tests gate each scan. Every string tested holds a
        # trigger pair (its mark at most two characters from its start, one
        # from its end), so it occurs in the text exactly when it occurs in
        # the few characters around a trigger: test those, not the text.
        near = "\0".join([text[max(0, t - 2) : t + 2] for t in triggers])
        spaced = " ." in near or " ," in near or " ;" in near or "\t" in text
        clash = any(x in near for x in (",,", ",.", ", .", ";.", "; .", ",;", ", ;", ";;", ".,", ", ,", "; ,", "; ;"))
        terminal = any(x in near for x in ("..", "?.", "!.", ".;", ":.", ";:", ".:"))
        quote_comma = ",”," in near or ',",' in near or ",’," in near
        stop_comma = " ," in near or "“," in near or '",' in near
    for para in doc.paragraphs:
        ps, pe = para.start, para.end
        if para.index not in flagged:
            # Only the two tests of the paragraph's opening can report here.
            opening = text[ps : ps + 1]
            if opening not in _OPENING_MARKS and not opening.isspace():
                continue
        for m in _SPACE_BEFORE_RE.finditer(text, ps, pe) if spaced else ():
            mark_at = m.start(1)
            mark = m.group(1)
            if mark == "." and _is_spaced_ellipsis(text, mark_at):
                continue
            nxt = text[m.end() : m.end() + 2]
            if mark == "." and nxt[:1] in "”\"’":
                pass
            hits.append(
                Hit(
                    "MT002",
                    m.start(),
                    m.end(),
                    f"space before '{mark}'" + (" at the end of the paragraph" if m.end() >= pe else ""),
                    0.9 if mark == "." else 0.8,
                    Fix((Edit(m.start(), mark_at, ""),), safe=True, description=f"remove the space before '{mark}'"),
                )
            )
        for m in _DOUBLE_STOP_RE.finditer(text, ps, pe) if spaced else ():
            first = m.start()
            dot = m.end(1) - 1
            if _is_spaced_ellipsis(text, dot) or (first > 0 and text[first - 1] in ". "):
                continue
            hits.append(
                Hit(
                    "MT002",
                    m.start(1),
                    m.end(1),
                    "a second full stop after the end of the sentence",
                    1.0,
                    Fix((Edit(m.start(1), m.end(1), ""),), safe=True, description="remove the stray full stop"),
                )
            )
        for m in _CLASH_RE.finditer(text, ps, pe) if clash else ():
            if m.group(3):  # ".," : fine after an abbreviation ("etc.,", "U.S.,", "Inc.,")
                word = _prev_word(text, m.start(3), ps)
                low = word.lower()
                # After a plain word: "Ore.,", "Wash.,", "Inc.," are abbreviations;
                # a capitalised word needs five letters ("Sunday.,", not "Mass.,").
                if not word.isalpha() or len(word) < 2 or low in _ALL_ABBREVIATIONS:
                    continue
                if not word.islower() and (len(word) < 5 or not word[1:].islower()):
                    continue
                if m.start(3) > 0 and text[m.start(3) - 1] == ".":
                    continue
                hits.append(
                    Hit("MT002", m.start(3), m.end(4), "a comma right after a full stop", 0.9,
                        Fix((Edit(m.start(4), m.end(4), ""),), safe=True, description="remove the stray comma"))
                )
                continue
            span = m.group()
            hits.append(
                Hit("MT002", m.start(), m.end(), f"clashing punctuation '{span}'", 1.0,
                    Fix((Edit(m.start(), m.start(1) + 1 + len(m.group(2)), ""),), safe=True,
                        description=f"remove the stray '{m.group(1)}'"))
            )
        for m in _TERMINAL_CLASH_RE.finditer(text, ps, pe) if terminal else ():
            first, second = m.group(1), m.group(2)
            if first == "." and (text[m.start() - 1 : m.start()].isdigit() or
                                 _prev_word(text, m.start(), ps).lower().rstrip(".") in _ALL_ABBREVIATIONS or
                                 "." in _prev_word(text, m.start(), ps)):
                continue  # "etc.;", "U.S.:", "No. 4..": the full stop is the abbreviation's
            hits.append(
                Hit("MT002", m.start(1), m.end(2), f"'{first}{second}': two sentence marks in a row", 0.9,
                    Fix((Edit(m.start(2), m.end(2), ""),), safe=True, description=f"remove the stray '{second}'"))
            )
        for m in _QUOTE_COMMA_RE.finditer(text, ps, pe) if quote_comma else ():
            hits.append(
                Hit("MT002", m.start(1), m.end(1), "a second comma after the closing quote", 0.9,
                    Fix((Edit(m.start(1), m.end(1), ""),), safe=True, description="remove the stray comma"))
            )
        lead = _LEADING_MARK_RE.match(text, ps)
        if lead is not None and not text.startswith(("...", ". . ."), ps):
            hits.append(
                Hit("MT002", ps, lead.end(), f"a paragraph that opens with a stray '{text[ps]}'", 0.9,
                    Fix((Edit(ps, lead.end() + 1 if lead.end() < pe and text[lead.end()] == " " else lead.end(), ""),),
                        safe=True, description=f"remove the stray '{text[ps]}'"))
            )
        for m in _STOP_COMMA_RE.finditer(text, ps, pe) if stop_comma else ():
            hits.append(
                Hit("MT002", m.start(1), m.end(1), "a comma after the end of a sentence", 0.9, None)
            )
        if _PUNCT_ONLY_RE.fullmatch(para.text) and any(c in para.text for c in ".,;:") and not (
            set(para.text) <= {".", " "} and para.text.count(".") >= 3
        ):
            hits.append(
                Hit("MT002", ps, pe, "a paragraph that is only punctuation", 1.0,
                    Fix((Edit(ps, pe, ""),), safe=True, description="remove the punctuation-only paragraph"))
            )
    hits += _stray_marks_beyond_stops(doc)
    return [h for h in _dedupe(hits) if not _quoted_marks(text, h.start, h.end, doc)]


# Marks round-trip translation and extraction leave that are not doubled
# stops: '"ready,"" said', '"final.".', "( )", " – . ", "disease,- and", and
# an Arabic comma or ideographic full stop after a Latin letter. Group 1 is
# the stray part.
# Like _LOWER_JOINS: one pattern each, run only when its gate strings occur.
_STRAY_MARKS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (gates, re.compile(rx)) for gates, rx in (
        (('""', '””', '"”', '”"'), r'[,.!?][\"”]([\"”])(?=\s)'),  # a doubled closing quote (the second is stray)
        (('".', "”."), r'[.!?][\"”](\.)(?=\s)'),  # a full stop after a quote that already ends with one
        (("( ", "()"), r"(\((?<=\s\()[ \t]*\))(?=[\s,.;:])"),  # empty brackets
        (("– ", "— "), r"[–—][ \t]+(\.)(?=\s)"),  # a full stop after a dash
        ((",-",), r",(?<=[a-z],)(-)(?=\s)"),  # a hyphen after a comma
        (("\u060c", "\u061b", "\u3001", "\u3002", "\uff0c", "\uff1b"),
         r"([\u060c\u061b\u3001\u3002\uff0c\uff1b])(?<=[A-Za-z].)(?=\s|[A-Za-z])"),  # a foreign script's comma or stop
    )
)


def _stray_marks_beyond_stops(doc: Document) -> list[Hit]:
    """The stray marks of _STRAY_MARKS, and a closing bracket or
    guillemet that nothing opened in its paragraph."""
    text = doc.text
    hits: list[Hit] = []
    for n, (gates, rx) in enumerate(_STRAY_MARKS):
        if not any(g in text for g in gates):
            continue
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            para = _paragraph_at(doc, s)
            if para is None or e > para.end:
                continue  # front matter, code, comments: not prose
            if n == 0 and _nested_quote_closes(doc, para.start, s - 1):
                continue
            what = m.group(1).strip()
            hits.append(Hit("MT002", s, e, f"a stray '{what}'", 0.8,
                            Fix((Edit(s, e, ""),), safe=True, description=f"remove the stray '{what}'")))
    if ")" in text or "»" in text:
        for para in doc.paragraphs:
            hits += _unopened(para.start, para.text)
    return hits


def _paragraph_at(doc: Document, pos: int):
    """The paragraph holding offset ``pos``, or None outside the prose."""
    i = bisect_right(_para_starts(doc), pos) - 1
    if i < 0:
        return None
    para = doc.paragraphs[i]
    return para if pos < para.end else None


def _count_between(doc: Document, char: str, lo: int, hi: int) -> int:
    """How many ``char`` characters ``text[lo:hi]`` holds, by bisecting one
    list of their offsets, cached on the document (counting in the text per
    hit would be quadratic in a long paragraph)."""
    where = doc.view(f"translation.offsets{char}", lambda d: [m.start() for m in re.finditer(re.escape(char), d.text)])
    return bisect_left(where, hi) - bisect_left(where, lo)


def _nested_quote_closes(doc: Document, para_start: int, at: int) -> bool:
    """True if the two closing quotes at ``at`` close a quote inside a quote
    ('"He said, "we hope so.""'): two or more quotes are open before them."""
    if doc.text[at] == '"':
        n = _count_between(doc, '"', para_start, at)
        return n >= 2 and n % 2 == 0
    return _count_between(doc, "“", para_start, at) - _count_between(doc, "”", para_start, at) >= 2


_ROMAN_RE = re.compile(r"[ivxlc]{1,6}")


def _unopened(base: int, body: str) -> list[Hit]:
    """A ")" or "»" that no "(" or "«" before it in the paragraph opened."""
    out: list[Hit] = []
    for close, opener in ((")", "("), ("»", "«")):
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
                if len(head) <= 2 or head[:1].isdigit() or _ROMAN_RE.fullmatch(head.lower()):
                    continue
                out.append(Hit("MT002", base + i, base + i + 1, "a stray ')' that nothing opened", 0.7, None))
    return out


def _quoted_marks(text: str, start: int, end: int, doc: Document) -> bool:
    """True if marks at ``[start, end)`` are quoted or code, not prose: inside
    `inline code`, or a quoted string of nothing but marks ('He typed ". ."')."""
    para = _paragraph_at(doc, start)
    if para is None:
        return True  # outside the prose: not the article's marks
    # No "`" in text" test first: on a text without backticks it scans the
    # whole document per call (quadratic); the cached offsets are one scan.
    if _count_between(doc, "`", para.start, start) % 2 == 1:
        return True
    lo = start
    while lo > max(para.start, start - 6) and not text[lo - 1].isalnum() and text[lo - 1] not in _QUOTE_CHARS:
        lo -= 1
    hi = end
    while hi < min(para.end, end + 6) and not text[hi].isalnum() and text[hi] not in _QUOTE_CHARS:
        hi += 1
    return (lo > para.start and text[lo - 1] in _QUOTE_CHARS + "'‘" and hi < para.end
            and text[hi] in _QUOTE_CHARS + "'’")


def _para_starts(doc: Document) -> list[int]:
    """Start offsets of the document's paragraphs (cached on the document)."""
    return doc.view("translation.para_starts", lambda d: [p.start for p in d.paragraphs])


def _sentence_paragraphs(doc: Document) -> list[int]:
    """The paragraph of each sentence (non-decreasing; cached on the document)."""
    return doc.view("translation.sentence_paragraphs", lambda d: list(map(_SENTENCE_PARAGRAPH, d.sentences)))


def _function_word_flags(doc: Document) -> list[bool]:
    """Per token: is it one of the reference function words? (cached on the document)"""
    return doc.view("translation.function_word_flags",
                    lambda d: list(map(_stopwords().__contains__, token_lowers(d))))


def _dedupe(hits: list[Hit]) -> list[Hit]:
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


# --------------------------------------------------------------------------
# MT003 spurious sentence break
# --------------------------------------------------------------------------

_BREAK_RE = re.compile(r"\.[ \t]+(?=[a-z])")
_NEXT_WORD_RE = re.compile(r"[\w’'-]+")


def _detect_breaks(doc: Document, taken: list[tuple[int, int]]) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    taken_starts = [t[0] for t in taken]
    paras = doc.paragraphs
    starts = _para_starts(doc)
    # One scan of the whole text: a match lies in the paragraph it starts in
    # when the lowercase letter after it does too, and is then exactly what a
    # scan of that paragraph alone finds there.
    for m in _BREAK_RE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() >= paras[i].end:
            continue
        para = paras[i]
        dot = m.start()
        if dot == para.start or not text[dot - 1].isalnum():
            continue
        prev = _prev_word(text, dot, para.start)
        core = prev.strip(".’'-")
        if not core:
            continue
        low = core.lower()
        if (
            len(core) == 1
            or "." in core
            or low in _ALL_ABBREVIATIONS
            or core.isdigit()
            or (core.isupper() and len(core) <= 4)
        ):
            continue
        w = _NEXT_WORD_RE.match(text, m.end())
        if w is None:
            continue
        nxt = w.group()
        if any(c.isupper() for c in nxt) or nxt in _NAME_PARTICLES or any(c.isdigit() for c in nxt):
            continue
        if w.end() + 1 < len(text) and text[w.end()] == "." and text[w.end() + 1].isalpha():
            continue  # a domain name ("example.com")
        start = dot - len(prev)
        k = bisect_right(taken_starts, dot) - 1
        if k >= 0 and taken[k][0] <= dot < taken[k][1]:
            continue  # already reported as a doubled speech tag
        hits.append(
            Hit(
                "MT003",
                start,
                w.end(),
                f"full stop after '{core}' followed by lowercase '{nxt}': the sentence continues",
                0.9,
                Fix((Edit(dot, dot + 1, ""),), safe=False, description="remove the full stop"),
            )
        )
    return hits


# --------------------------------------------------------------------------
# MT004 fragments
# --------------------------------------------------------------------------

_SUBORDINATORS = (
    ("given", "that"), ("although",), ("though",), ("even", "though"), ("even", "if"),
    ("whereas",), ("because",), ("unless",), ("in", "order", "that"),
    ("despite", "the", "fact", "that"), ("in", "spite", "of", "the", "fact", "that"),
    ("considering", "that"), ("provided", "that"), ("due", "to", "which"),
    ("because", "of", "which"), ("as", "a", "result", "of", "which"), ("through", "which"),
    ("during", "which"), ("after", "which"), ("in", "which"), ("by", "which"),
    ("of", "which"), ("from", "which"), ("whereby",), ("which",), ("whose",),
    ("insofar", "as"), ("while",), ("whilst",), ("if",), ("so", "that"), ("as", "if"), ("as", "though"),
)
_SUB_FIRST = {s[0] for s in _SUBORDINATORS}
_SUBORDINATORS_LONGEST_FIRST = sorted(_SUBORDINATORS, key=len, reverse=True)
# Journalists write short stylistic fragments with these ("Because nobody
# wanted it.", "Though not for long."); machine translation leaves long ones.
_SHORT_STYLE_SUBORDINATORS = frozenset("although though because unless whereas while whilst if".split())
_SHORT_IF = frozenset("while whilst if".split())
# "Which is why the vote was delayed." is idiomatic English, not a torn clause.
_WHICH_IDIOMS = frozenset("is was means meant explains explained makes made they he she we i".split())
# Sentences with no main verb that open like these are a phrase torn off the
# sentence before: "Such as the construction of roads.", "Of great importance
# for the region.", "To protect the interests of the people."
_PHRASE_OPENERS = (
    ("such", "as"), ("as", "well", "as"), ("according", "to"), ("due", "to"), ("thanks", "to"),
    ("along", "with"), ("together", "with"), ("in", "order", "to"), ("as", "for"),
    ("as", "a", "result", "of"), ("because", "of"), ("in", "addition", "to"), ("in", "view", "of"),
    ("of",), ("in",), ("on",), ("at",), ("for",), ("with",), ("from",), ("by",), ("since",), ("during",),
    ("despite",), ("under",), ("among",), ("between",), ("against",), ("without",), ("within",),
    ("through",), ("towards",), ("toward",), ("amid",), ("including",), ("especially",),
    ("particularly",), ("mainly",), ("mostly",), ("notably",), ("namely",), ("regarding",),
    ("concerning",), ("to",),
)
_PHRASE_FIRST = {p[0] for p in _PHRASE_OPENERS}
# Openers of a list torn off its sentence, where commas belong to the list:
# "Such as schools, clinics and the market hall."
_LIST_OPENERS = frozenset({("such", "as"), ("including",), ("as", "well", "as"), ("especially",), ("notably",),
                           ("particularly",), ("mainly",), ("namely",)})
_DET_OPENERS = frozenset("the a an this these those such".split())
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•+])[ \t]")
_NP_PREPOSITIONS = frozenset("of for between in at on with from to about against among".split())
# Adverbs that can open a bare speech tag: "Further said.", "Also noted."
_TAG_ADVERBS = frozenset("further also additionally moreover then later again however finally".split())
_AUX = frozenset("has have had is are was were will would can could should shall might must did does".split())
_FINITE_EXTRA = frozenset(
    """am be 's ’s cannot can't can’t won't won’t don't don’t doesn't doesn’t didn't didn’t isn't isn’t
    aren't aren’t wasn't wasn’t weren't weren’t hasn't hasn’t haven't haven’t hadn't hadn’t shouldn't
    shouldn’t wouldn't wouldn’t couldn't couldn’t may might must""".split()
)
_PLAIN_SUBJECTS = frozenset("i we they you".split())
# After these the next word is the verb, known to the lexicon or not ("it rains").
_PRONOUN_SUBJECTS = frozenset("i we they you he she it".split())
_AFTER_AUX = frozenset("been be not also already still never yet reportedly since".split())
_SUBJECT_WORDS = frozenset(
    "i you he she it we they this that there these those who which what one someone everyone nobody".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our your my all some any no more it them him us me".split()
)
_RHETORICAL_IMPERATIVES = frozenset(
    """
    consider take look remember imagine think note see read watch click sign subscribe follow
    get find let join share contact call visit download register listen check learn try say
    keep make go come wait stop mind meet forget ask tell thank enjoy buy pick expect
    """.split()
)
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
# Punctuation that joins clauses: a sentence with it is "punctuated".
_CLAUSE_PUNCT_RE = re.compile(r"[,;:–—()]| - ")


def _finite_verbs(lw: list[str], base: frozenset[str], forms: frozenset[str]) -> int:
    """How many verb groups of a sentence look finite (a cheap count from the
    verb lexicon: inflected forms, auxiliaries, a base form after I/we/they/
    you, any word after a subject pronoun; never a word right after a
    determiner, "the interests"). "has also received" is one group."""
    n = 0
    last = -3
    for i, w in enumerate(lw):
        prev = lw[i - 1] if i else ""
        if prev in _DETERMINERS and prev not in ("it", "them", "him", "us", "me"):
            continue
        verb = (
            w in _AUX or w in _FINITE_EXTRA
            or (w in forms and w not in base and not w.endswith("ing"))
            or (w in base and prev in _PLAIN_SUBJECTS)
            or (prev in _PRONOUN_SUBJECTS and w not in _DETERMINERS and w not in _PHRASE_FIRST)
            or (len(w) > 4 and w.endswith("ed") and w not in ("indeed", "hundred", "needed"))
        )
        if not verb:
            continue
        # an auxiliary's participle ("has received", "was not seen") joins its group
        if not (i - last == 1 or (i - last == 2 and lw[i - 1] in _AFTER_AUX)):
            n += 1
        last = i
    return n


# What an object-taking past verb with no subject is followed by: "Told
# reporters ...", "Expressed his support ...", "Promised to ...".
_PAST_OBJECTS = frozenset("that to by reporters journalists lawmakers parliament".split())
# Adverbs that open a sentence whose subject MT dropped: "Also called for ...".
# ("Then came the flood", "Later followed ..." are inversions: not these.)
_THEN_ADVERBS = frozenset("also further".split())
_INVERSION = frozenset("was were is are".split())
# Words a phrase cannot end on: "According to.", "Pointing out."
_DANGLING = frozenset("to of out that with by for at from".split())
_REPORTING_PARTICIPLES = frozenset(
    "stated said noted mentioned reported indicated pointed announced emphasized emphasised stressed explained".split())


def _after_participle(lw: list[str]) -> list[str]:
    """The words after an opening participle and the participle or
    complement right after it ("Having been warned ...", "Being the ..."),
    for counting the finite verbs of what follows."""
    if lw[0] in ("having", "being"):
        return lw[3:] if len(lw) > 2 and lw[1] == "been" else lw[2:]
    return lw


@lru_cache(maxsize=None)
def _fragment_openers() -> frozenset[str]:
    """Every first word (lowercase) some fragment test needs, but for words
    ending in -ing or -ly: subordinators, auxiliaries, phrase openers,
    determiners, tag adverbs and the verbs of the lexicon."""
    base, forms = _verbs()
    return frozenset(_SUB_FIRST | _AUX | _PHRASE_FIRST | _DET_OPENERS | _TAG_ADVERBS | base | forms)


def _detect_fragments(doc: Document) -> list[Hit]:
    base, forms = _verbs()
    openers = _fragment_openers()
    quoted = _quoted_test(doc)
    sentences = doc.sentences
    text = doc.text
    hits: list[Hit] = []
    for s in sentences:
        t = s.text.rstrip()
        if not t.endswith(".") or t.endswith(".."):
            continue
        # Cheap gate: only sentences opening with a subordinator, a phrase
        # opener or an auxiliary, or short ones, can be fragments here.
        if len(t) > 60:
            head = t[: t.find(" ")].lower() if " " in t else t.lower()
            if (head not in _SUB_FIRST and head not in _AUX and head not in _PHRASE_FIRST
                    and head not in forms and not head.endswith("ing")):
                continue
        if quoted(s):
            continue
        words = _WORD_RE.findall(t)
        n = len(words)
        # The paragraph has other sentences (they are contiguous): one next to this one.
        i = s.index
        several = (i > 0 and sentences[i - 1].paragraph == s.paragraph) or (
            i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph)
        if n == 1 and words[0].lower() in _SPEECH_VERB_SET and words[0][0].isupper() and several \
                and s.index > 0 and sentences[s.index - 1].paragraph == s.paragraph:
            # "Underlined." alone after a sentence: a speech tag that lost everything
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{t}' is a speech tag with no speaker", 0.8))
            continue
        if n < 2 or n > 40:
            continue
        first = words[0].lower()
        if first not in openers and not first.endswith(("ing", "ly")):
            continue  # no test below can report a sentence opening with this word
        lw = list(map(str.lower, words))
        body = t[:-1]
        first_in_para = s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph
        # An answer to a question just asked is allowed to be a fragment
        # ("Why did you leave? Because it was wrong.").
        prev_end = text[max(0, s.start - 4) : s.start].rstrip()
        if prev_end.endswith(("?", "?”", '?"')):
            continue
        punctuated = _CLAUSE_PUNCT_RE.search(body) is not None
        # Only a line break at most 7 characters back matters (bounded: linear).
        line_start = text.rfind("\n", max(0, s.start - 7), s.start) + 1
        if _LIST_ITEM_RE.match(text, line_start) and line_start >= s.start - 6:
            continue  # "3. Review the policy.": list items are written as bare imperatives
        # (a) a subordinate clause standing alone: "Given that it supports ..."
        if first in _SUB_FIRST and not punctuated:
            found = None
            for sub in _SUBORDINATORS_LONGEST_FIRST:
                k = len(sub)
                if tuple(lw[:k]) == sub and n > k + 1:
                    found = sub
                    break
            if found is not None:
                single = len(found) == 1
                if single and found[0] in _SHORT_STYLE_SUBORDINATORS and n < (5 if found[0] in _SHORT_IF else 7):
                    found = None
                elif found in (("which",), ("so", "that")) and lw[len(found)] in _WHICH_IDIOMS:
                    found = None
                elif found[0] in ("while", "whilst", "if", "so", "as") and _finite_verbs(lw, base, forms) > 1:
                    found = None  # "While he was there he met X": the main clause is there
            if found is not None:
                lead = " ".join(words[: len(found)])
                hits.append(
                    Hit("MT004", s.start, s.start + len(t),
                        f"'{lead} ...' is a subordinate clause standing alone as a sentence", 0.8)
                )
                continue
        if not words[0][0].isupper() or words[0].isupper():
            continue
        # (b) subjectless declarative opening with an auxiliary: "Have visited the centre."
        if first in _AUX and n <= 20 and "," not in body:
            second = lw[1]
            if second not in _SUBJECT_WORDS and words[1][0].islower() and (
                second in _AFTER_AUX or (second in forms and second not in base) or (len(second) > 4 and second.endswith(("ed", "en")))
            ):
                hits.append(
                    Hit("MT004", s.start, s.start + len(t),
                        f"'{words[0]} {words[1]} ...' has no subject", 0.8)
                )
            continue
        # (e) a phrase with no main verb, torn off the sentence before:
        # "Such as the construction of new roads.", "To protect the people."
        if (first in _PHRASE_FIRST and 4 <= n <= 16 and several
                and not any(w[0].isupper() for w in words[1:2])):
            for op in sorted(_PHRASE_OPENERS, key=len, reverse=True):
                if tuple(lw[: len(op)]) == op:
                    break
            else:
                op = None
            infinitive = op in (("to",), ("in", "order", "to"))
            lists = op in _LIST_OPENERS and not any(c in body for c in ";:–—()")
            if (op is not None and (not punctuated or lists) and (not infinitive or lw[len(op)] in base)
                    and _finite_verbs(lw, base, forms) == 0):
                lead = " ".join(words[: len(op) + (1 if infinitive else 0)])
                hits.append(
                    Hit("MT004", s.start, s.start + len(t), f"'{lead} ...' has no main verb", 0.75)
                )
                continue
        # (g) a participle phrase standing alone: "Calling on all sides to show
        # restraint.", "Emphasizing that the decision is final.", "Adding that."
        if (first.endswith("ing") and len(first) > 4 and (first[:-3] in base or first[:-3] + "e" in base
                                                           or first[:-4] in base or first[:-3] in forms)
                and not punctuated and n <= 16 and several and not first_in_para
                and first not in ("including", "concerning", "regarding", "according")
                and ((lw[1] == "that") or (n >= 3 and _finite_verbs(_after_participle(lw), base, forms) == 0))):
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{words[0]} ...' is a participle phrase "
                            "standing alone", 0.75))
            continue
        # (h) a noun phrase with no verb at all, inside running prose: "The
        # situation of the refugees at the northern border." (short ones are
        # style: "A big mistake.")
        # The preposition early on is what a noun phrase has where a clause
        # has its verb ("The situation of ...", not "The president laid ..."
        # with a verb the lexicon lacks).
        if (first in _DET_OPENERS and 6 <= n <= 16 and not punctuated and several
                and not first_in_para and _finite_verbs(lw, base, forms) == 0
                and any(w in _NP_PREPOSITIONS for w in lw[2:6])
                and not any(w.endswith("ing") for w in lw[1:])):
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{words[0]} {words[1]} ...' has no verb", 0.6))
            continue
        # (f) a past-tense verb with no subject: "Expressed his support for the
        # plan.", "Promised to compensate users.", "Announced by the ministry."
        if (first in forms and first not in base and not first.endswith(("ing", "s"))
                and lw[1] in _DETERMINERS | _PAST_OBJECTS
                and not punctuated and n <= 14 and several and not first_in_para):
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{words[0]} {words[1]} ...' has no subject", 0.75))
            continue
        # (f') an adverb, then a past verb with no subject: "Also called for
        # the case to be dismissed." ("Also injured were two children" is
        # inverted: its subject follows the verb).
        if (first in _THEN_ADVERBS and n >= 3 and lw[1] in forms and lw[1] not in base
                and not lw[1].endswith(("ing", "s")) and not punctuated and n <= 14 and several
                and not first_in_para and not _INVERSION.intersection(lw[2:4])):
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{words[0]} {words[1]} ...' has no subject", 0.7))
            continue
        if n > 12 or not several:
            continue
        # (c') a phrase broken off before its end: "According to.",
        # "Pointing out.", "As stated."
        if n <= 3 and not first_in_para and (
            (lw[-1] in _DANGLING and (first.endswith("ing") or first in ("according", "due", "because", "such")))
            or (n == 2 and first == "as" and lw[1] in _REPORTING_PARTICIPLES)
        ):
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{t}' breaks off before the end of its phrase", 0.8))
            continue
        # (c) a speech tag with no speaker: "Denying said.", "Denying any involvement said."
        if lw[-1] in _SPEECH_VERB_SET and (n <= 3 or (n <= 5 and first.endswith("ing"))):
            if not any(w in _SUBJECT_WORDS for w in lw[:-1]) and (
                first.endswith("ing") or first.endswith("ly") or first in base or first in _TAG_ADVERBS
            ) and not any(w[0].isupper() for w in words[1:-1]):
                hits.append(Hit("MT004", s.start, s.start + len(t), f"'{t}' is a speech tag with no speaker", 0.9))
            continue
        # (d) a bare imperative: "Recognize the damage."
        if (
            not first_in_para
            and first in base
            and first not in _RHETORICAL_IMPERATIVES
            and first not in forms - base
            and lw[1] in _DETERMINERS
            and n <= 12
        ):
            hits.append(Hit("MT004", s.start, s.start + len(t), f"'{t}' is a verb phrase with no subject", 0.7))
            continue
    return hits


# --------------------------------------------------------------------------
# MT005 attribution doubling
# --------------------------------------------------------------------------

_SUBJ = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[A-Z][a-zß-öø-ÿ’'-]+(?: [A-Z][a-zß-öø-ÿ’'-]+){0,2}|[Tt]he [a-z]+(?: [a-z]+)?)"
# Words after a tag's verb: an object or a place ("told reporters", "said in
# a statement", "said on Monday"), at most three words.
_TAIL = r"(?: [\w’'-]+){0,3}?"
# A tag: "he said", "he told reporters", inverted "said Wang Yi"; the second
# may also be a bare verb ("said the president. stated.") or "according to him".


def _tag(s: str, v: str, o: str, vi: str, si: str) -> str:
    return (f"(?:(?P<{s}>{_SUBJ}) (?P<{v}>{_SPEECH_VERBS})(?P<{o}>{_TAIL})"
            f"|(?P<{vi}>{_SPEECH_VERBS}) (?P<{si}>{_SUBJ}))")


_ATTR_RE = re.compile(
    r"(?<![\w’'-])" + _tag("s1", "v1", "obj", "v1i", "s1i") + r"[ \t]?(?P<sep>[.,;])[ \t]+"
    + "(?:" + _tag("s2", "v2", "obj2", "v2i", "s2i")
    + rf"|(?P<v2b>{_SPEECH_VERBS})|(?P<acc>according to (?:him|her|them|the [a-z]+)))"
    # the second tag is bare: it ends the sentence or the clause
    + r"(?=[ \t]?[.,;:”\"]|[ \t]*$)"
)
_LOWER_PRONOUNS = frozenset("he she they we".split())
_OBJECT_VERBS = frozenset("told tells asked asks assured assures warned warns urged urges reminded".split())
_TIME_RE = re.compile(r" (?:on|last|this|late|early) [A-Za-z]+(?: [a-z]+)?|"
                      r" (?:today|yesterday|later|earlier|afterwards|again)|"
                      r" (?:in|on|at|to|during|after|via|through|from) (?:a |an |the |his |her |their )?[\w’'-]+")
_NOT_SUBJECTS = frozenset(
    "The This That It In On At As And But When While After Before If So Then Also However "
    "Meanwhile Earlier Later Last Asked Speaking".split()
)


# The tokens a doubled tag is found between ("pointed out", "according to").
_ATTRIBUTION_WORDS = _SPEECH_VERB_SET | {"out", "according"}


def _attribution_windows(doc: Document) -> list[tuple[int, int]]:
    """Spans where a speech verb followed by punctuation has another speech verb
    within a few words: the only places a doubled tag can be (a token pass,
    much cheaper than running the full pattern over the text)."""
    text = doc.text
    verbs = list(compress(doc.tokens, map(_ATTRIBUTION_WORDS.__contains__, token_lowers(doc))))
    out: list[tuple[int, int]] = []
    for a, b in zip(verbs, verbs[1:]):
        between = text[a.end : b.start]
        if len(between) <= 40 and any(c in between for c in ".,;"):
            # the second tag may run on ("said the minister", "told reporters")
            out.append((max(0, a.start - 60), min(len(text), b.end + 40)))
    return out


def _detect_attribution(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    paras = doc.paragraphs
    starts = _para_starts(doc)
    for ws, we in _attribution_windows(doc):
        para = paras[max(0, bisect_right(starts, ws + 60) - 1)]
        pos = max(ws, para.start)
        end = min(we, para.end)
        while True:
            m = _ATTR_RE.search(text, pos, end)
            if m is None:
                break
            pos = m.start() + 1
            inverted = m.group("s1") is None
            s1 = m.group("s1i") if inverted else m.group("s1")
            v1 = m.group("v1i") if inverted else m.group("v1")
            s2 = m.group("s2") or m.group("s2i") or ""
            if s1 in _NOT_SUBJECTS or s2 in _NOT_SUBJECTS:
                continue
            obj = "" if inverted else m.group("obj")
            obj2 = m.group("obj2") or ""
            if (obj and v1 not in _OBJECT_VERBS and not _TIME_RE.fullmatch(obj)) or (
                    obj2 and (m.group("v2") or "") not in _OBJECT_VERBS and not _TIME_RE.fullmatch(obj2)):
                # "he said Smith. she ..." is no tag; only "told reporters" or
                # "said on Monday" carry words after the verb
                continue
            after = text[m.end() : m.end() + 4]
            tag2_bare = after[:1] in (".", ",", ";", "") or m.end() >= para.end
            if hits and m.start() < hits[-1].end:
                continue  # overlapping windows find the same pair again
            # '"No," he said. She said, "Yes."': a new sentence opening a new
            # quote is another speaker; after a comma the quote goes on.
            if not tag2_bare or (m.group("sep") == "." and re.match(r"[,:]\s*[“\"]", after)):
                continue
            second = m.group()[m.end("sep") - m.start():].lstrip()
            strong = m.group("sep") == "." and second[:1].islower()
            before = text[max(para.start, m.start() - 3) : m.start()]
            quoted = any(q in before for q in "”\"’")
            if not strong and not quoted:
                continue
            tag1 = f"{v1} {s1}" if inverted else f"{s1} {v1}{obj}"
            tag2 = second
            cut_from = m.end("s1i") if inverted else m.end("obj")
            hits.append(
                Hit(
                    "MT005",
                    m.start(),
                    m.end(),
                    f"two speech tags for one quote: '{tag1}' then '{tag2}'",
                    1.0 if strong else 0.9,
                    Fix((Edit(cut_from, m.end(), ""),), safe=False, description=f"keep only '{tag1}'"),
                )
            )
            pos = m.end()
    return hits


# --------------------------------------------------------------------------
# MT006 disclaimers
# --------------------------------------------------------------------------


# A notice of automatic translation, in any wording, says three things in
# one short sentence: the text was translated, by a machine, and "this" text
# is meant. The phrase list catches the fixed formulas; these concepts catch
# the rest ("Note: This content was translated by an AI tool", "The
# translation was provided by an automated service", "Translated by DeepL.").
_TRANSLATED_RE = re.compile(r"\b(?:(?:auto|machine|computer)-?)?translat(?:ed|ion|ions)\b|\brendered into [A-Z][a-z]+\b",
                            re.I)
_MACHINE_RE = re.compile(
    r"\b(?:machine|machines|automatic|automatically|automated|auto-?translat\w*|software|programmatic|"
    r"computer|computer-generated|algorithms?|algorithmic|algorithmically|robots?|bots?|AI|A\.I\.|"
    r"artificial intelligence|neural|google translate|deepl|bing translator|yandex translate|"
    r"translation (?:tool|engine|service|system|software|program)s?)\b", re.I)
# "this text", "the following text", "this translated article", or the text
# named bare at the start of a notice ("Content auto-translated by AI").
_SELF_RE = re.compile(
    r"\b(?:(?:this|the|following|below)(?: [\w-]+)? (?:article|story|text|content|news|report|page|post|piece|item|"
    r"translation|version)|we|our|us|here|below|above|errors? in (?:the )?translation)\b"
    r"|^(?:this is|(?:article|story|text|content|news|report|post)\b)",
    re.I)
# Sentences that open with the label itself: "Translated by DeepL.",
# "(Machine translation from Arabic)", "Source: automatic translation of ...".
_LABEL_RE = re.compile(r"[(\[]?(?:[A-Z][a-z]+: )?(?:(?:machine|automatic|automated|auto|ai|computer|"
                       r"[a-z]+ly)[- ])?(?:translat(?:ed|ion))\b", re.I)
# Reporting about translation, not a notice: "researchers found that the
# story was machine translated", "..., the company said."
_REPORTED_RE = re.compile(r"\b(?:found|showed|shows|reported|claimed|alleged|revealed|suggested) that\b|"
                          r"\baccording to\b|, (?:[\w’'-]+ ){0,4}(?:said|says|reported|added|wrote)"
                          r"(?: on \w+)?[.”\"]*$", re.I)


# The aggregator's "not all news on the site expresses its point of view",
# in any wording: news published by the site, its point of view, a negation.
# (An op-ed's "the views expressed are the author's own" names no news.)
_POV_RE = re.compile(r"\b(?:point of view|points of view|views?|opinions?|position|editorial line)\b", re.I)
_BRACKET_LABEL_RE = re.compile(r"[\[(][^\])\n]{0,40}?translat[^\])\n]{0,40}[\])]", re.I)
_POV_NEWS_RE = re.compile(r"\b(?:news|materials|reports|pieces of news|piece of news|articles?|stories|content)\b",
                          re.I)
_POV_SITE_RE = re.compile(r"\b(?:site|website|portal|agency|platform|here)\b", re.I)
_NEGATION_RE = re.compile(r"\b(?:not|never|necessarily|no)\b", re.I)


def _translation_notices(doc: Document, para, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sentences of ``para`` that announce their own automatic translation, or
    disown the news they carry."""
    out = []
    # By index and bisection: a slice of the sentences per paragraph and a
    # scan of every match per sentence were quadratic on a repeated notice.
    sentences = doc.sentences
    starts = sorted(ms for ms, _, _ in taken)
    for i in range(bisect_left(doc.sentence_starts, para.start), len(sentences)):
        sent = sentences[i]
        if sent.start >= para.end:
            break
        k = bisect_left(starts, sent.start)
        if k < len(starts) and starts[k] < sent.end:
            continue
        t = sent.text
        if len(t) > 300 or _REPORTED_RE.search(t) or any(w in _SPEECH_VERB_SET for w in t.lower().split()):
            continue  # "Researchers said the text had been machine translated": reporting, not a notice
        pov = _POV_RE.search(t)
        if pov and _POV_NEWS_RE.search(t) and _POV_SITE_RE.search(t) and _NEGATION_RE.search(t) \
                and len(t.split()) <= 40:
            out.append((sent.start + pov.start(), sent.start + pov.end(), pov.group()))
            continue
        tr = _TRANSLATED_RE.search(t)
        if tr is None or _MACHINE_RE.search(t) is None:
            continue
        short_label = _LABEL_RE.match(t) is not None and len(t.split()) <= 12
        if short_label or _SELF_RE.search(t) or (len(t.split()) <= 8 and "translated" in tr.group().lower()):
            out.append((sent.start + tr.start(), sent.start + tr.end(), tr.group()))
    return out


def _detect_disclaimers(doc: Document) -> list[Hit]:
    text = doc.text
    auto = _disclaimer_automaton()
    hits: list[Hit] = []
    # A paragraph's lowercase text is part of the document's (case mapping
    # is per character but for the final sigma, which is not ASCII), so an
    # anchor in no paragraph is nowhere in it: most articles stop here, after
    # a few substring tests, instead of a regex scan per paragraph.
    lowered = text.lower()
    if not any(a in lowered for a in _DISCLAIMER_ANCHORS):
        return hits
    for para in doc.paragraphs:
        if _DISCLAIMER_ANCHOR_RE.search(para.text.lower()) is None:
            continue
        labels = []
        for m in _BRACKET_LABEL_RE.finditer(text, para.start, para.end):
            # "[Auto-translated] The national team ...": the label alone is the
            # notice; the sentence it sits in is the article's
            if _MACHINE_RE.search(m.group()):
                end = m.end() + (1 if m.end() < para.end and text[m.end()] == " " else 0)
                labels.append((m.start(), m.end()))
                hits.append(Hit("MT006", m.start(), m.end(), f"notice of automatic translation ('{m.group()}')", 1.0,
                                Fix((Edit(m.start(), end, ""),), safe=False, description="remove the notice")))
        toks = doc.tokens_in(para.start, para.end)
        stream: list[str] = []
        offs: list[int] = []  # char offset in the stream where each word starts
        spans: list[tuple[int, int]] = []
        pos = 1
        for tok in toks:
            for part in _normalise_words([tok.text]):
                stream.append(part)
                offs.append(pos)
                spans.append((tok.start, tok.end))
                pos += len(part) + 1
        joined = " " + " ".join(stream) + " "
        matched: list[tuple[int, int, str]] = []
        for end_idx, (key, phrase) in auto.iter(joined):
            start_char = end_idx - len(key) + 2
            wi = bisect_right(offs, start_char) - 1
            wj = bisect_right(offs, end_idx - 1) - 1
            matched.append((spans[wi][0], spans[wj][1], phrase))
        matched.extend(_translation_notices(doc, para, matched))
        if labels:  # labels are found in order and disjoint: bisect, not a scan per match
            label_starts = [a for a, _ in labels]
            matched = [x for x in matched
                       if (k := bisect_right(label_starts, x[0]) - 1) < 0 or x[0] >= labels[k][1]]
        if not matched:
            continue
        matched.sort()
        # One finding per sentence that carries a notice, spanning the sentence.
        seen: set[int] = set()
        for ms, me, phrase in matched:
            sent = doc.sentence_at(ms)
            if sent is None or sent.index in seen or _REPORTED_RE.search(sent.text) \
                    or any(w.strip(",.;:") in _SPEECH_VERB_SET for w in sent.text.lower().split()):
                continue
            seen.add(sent.index)
            last = doc.sentence_at(max(me - 1, ms)) or sent
            end = last.end
            hits.append(
                Hit(
                    "MT006",
                    sent.start,
                    end,
                    f"notice of automatic translation or aggregation ('{text[ms:me]}')",
                    1.0,
                    Fix((Edit(sent.start, end, ""),), safe=False, description="remove the notice"),
                )
            )
    return hits


# --------------------------------------------------------------------------
# MT007 foreign passages
# --------------------------------------------------------------------------

_NON_LATIN_RE = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF]")
# The same letters, found faster: the engine skips ahead to characters past
# Latin Extended-B, then checks that they are letters.
_HAS_NON_LATIN_RE = re.compile(r"[\u0250-\u1DFF\u1F00-\U0010FFFF](?<=[^\W\d_])")


@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    return frozenset(_function_profile())


_LETTER_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LANG_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ru": "Russian", "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
    "tr": "Turkish", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "uk": "Ukrainian", "el": "Greek", "he": "Hebrew",
    "hi": "Hindi", "fa": "Persian", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "ca": "Catalan",
}


def _langdetect(text: str, unless: tuple[list[str], float] | None = None) -> tuple[str, float]:
    """(language, probability) from langdetect with a fixed seed; ('', 0) if it fails.

    The shared seeded detector of :mod:`.langid` (the same results as
    ``langdetect.detect_langs`` with ``DetectorFactory.seed = 0``, one set of
    profiles per process). With ``unless=(codes, p)``, also ('', 0) as soon as
    no language outside ``codes`` can reach probability ``p``.
    """
    from langdetect.lang_detect_exception import LangDetectException

    try:
        # a bounded sample keeps huge paragraphs cheap
        probs = langdetect_probabilities(text[:1000], unless)
    except LangDetectException:
        return "", 0.0
    if probs is None:
        return "", 0.0
    best = probs[0]
    return best.lang, best.prob


# Only a language other than English at 0.95 or more makes a passage foreign.
_NOT_ENGLISH = (["en"], 0.95)


def _foreign_name(text: str) -> str:
    lang, _ = _langdetect(text)
    return _LANG_NAMES.get(lang, "a non-Latin script")


def _foreign_segment(text: str, min_words: int, has_non_latin: bool = True) -> tuple[str, float] | None:
    """If ``text`` reads as another language: (description, confidence)."""
    words = _LETTER_WORD_RE.findall(text)
    if has_non_latin:
        letters = sum(map(len, words))
        non_latin = len(_NON_LATIN_RE.findall(text))
        # Scripts without spaces (Chinese, Japanese) have few "words": count letters.
        if non_latin >= 2 * min_words and non_latin / max(letters, 1) > 0.5:
            return (f"text in {_foreign_name(text)}", 1.0)
    n = len(words)
    if n < max(min_words, 8):
        return None  # too short to judge on words
    sw = _stopwords()
    lows = [w.lower() for w in words]
    if sum(1 for w in lows if w in sw) / n >= 0.15:
        return None
    if any(w.endswith(("n't", "n’t", "'s", "’s")) for w in lows):
        return None  # English morphology
    if sum(1 for w in words if w[0].islower()) / n < 0.5:
        return None  # a title or a list of names
    # Positive evidence before the (costly) langdetect call: function words of
    # another language, or letters with diacritics.
    ffw = foreign_function_words()
    if sum(1 for w in lows if w in ffw) < 2 and text.isascii():
        return None
    lang, prob = _langdetect(text, _NOT_ENGLISH)
    if lang and lang != "en" and prob >= 0.95:
        return (f"text in {_LANG_NAMES.get(lang, lang)}", min(1.0, prob))
    return None


# A stretch with no Latin letters and no line break: where a non-Latin passage
# sits inside an English paragraph (scripts without case or spaces are not
# split into sentences by the segmenter).
_NON_LATIN_STRETCH_RE = re.compile(r"[^A-Za-z\u00C0-\u024F\u1E00-\u1EFF\n]{12,}")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_STRETCH_TRIM = " \t\"'“”‘’([{-–—,;:"


def _detect_foreign(doc: Document) -> list[Hit]:
    hits: list[Hit] = []
    text = doc.text
    # most articles: skip every script check
    nl = not text.isascii() and _HAS_NON_LATIN_RE.search(text) is not None
    sentences = doc.sentences
    sentence_paragraphs = _sentence_paragraphs(doc)
    paragraphs = doc.paragraphs
    # paragraph_token_bounds holds each paragraph's bisect_left(tstarts, ...) pair.
    bounds = paragraph_token_bounds(doc)
    tstarts = doc.token_starts
    pref: list[int] = []

    def maybe_foreign(start: int, end: int) -> bool:
        i, j = bisect_left(tstarts, start), bisect_left(tstarts, end)
        n = j - i
        return n >= 8 and (pref[j] - pref[i]) / n < 0.15

    if nl:
        todo: Iterable[int] = range(len(paragraphs))
    else:
        # English function words per token span from one prefix sum over the
        # shared tokens: most paragraphs and sentences are cleared without
        # any per-segment work. Only paragraphs that may be foreign, and those
        # of several sentences (one of which may be), are looked at.
        pref = list(accumulate(_function_word_flags(doc), initial=0))
        todo = sorted(
            {i for i, (lo, hi) in enumerate(bounds) if hi - lo >= 8 and (pref[hi] - pref[lo]) / (hi - lo) < 0.15}
            | {a for a, b in zip(sentence_paragraphs, sentence_paragraphs[1:]) if a == b}
        )
    for index in todo:
        para = paragraphs[index]
        lo, hi = bounds[index]
        res = None
        if nl or (hi - lo >= 8 and (pref[hi] - pref[lo]) / (hi - lo) < 0.15):
            res = _foreign_segment(para.text, 6, nl)
        if res is not None:
            hits.append(Hit("MT007", para.start, para.end, f"paragraph of {res[0]} in an English article", res[1]))
            continue
        for m in _NON_LATIN_STRETCH_RE.finditer(text, para.start, para.end) if nl else ():
            stretch = m.group()
            n = len(_NON_LATIN_RE.findall(stretch))
            if n < 12 or _urlish(stretch) or not (_CJK_RE.search(stretch) or " " in stretch.strip()):
                continue  # a domain name or a single foreign word is not a passage
            a, b = m.start(), m.end()
            while a < b and text[a] in _STRETCH_TRIM:
                a += 1
            while b > a and text[b - 1] in _STRETCH_TRIM:
                b -= 1
            hits.append(Hit("MT007", a, b, f"passage of {_foreign_name(text[a:b])} in an English paragraph", 1.0))
        if hits and hits[-1].start >= para.start and hits[-1].end <= para.end:
            continue
        first = bisect_left(sentence_paragraphs, index)
        last = bisect_right(sentence_paragraphs, index, first)
        if last - first < 2:
            continue
        for s in sentences[first:last]:
            if not (nl or maybe_foreign(s.start, s.end)):
                continue
            res = _foreign_segment(s.text, 6, nl)
            if res is not None:
                hits.append(Hit("MT007", s.start, s.end, f"sentence of {res[0]} in an English paragraph", res[1]))
    return hits


def _english_expected(doc: Document) -> bool:
    return doc.language.lower().startswith("en")


# --------------------------------------------------------------------------
# The shared view and the document signals
# --------------------------------------------------------------------------


#: Share of the prose in other languages above which the article as a whole
#: is foreign (LNG001's finding) rather than English with untranslated
#: passages (MT007's): one finding either way, never both.
MOSTLY_FOREIGN = 2 / 3


def _compute_artefacts(doc: Document) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    out["MT001"] = _detect_glued(doc)
    out["MT002"] = _detect_stray_punct(doc)
    out["MT005"] = _detect_attribution(doc)
    out["MT003"] = _detect_breaks(doc, sorted((h.start, h.end) for h in out["MT005"]))
    out["MT004"] = _detect_fragments(doc)
    out["MT006"] = _detect_disclaimers(doc)
    out["MT007"] = _detect_foreign(doc) if _english_expected(doc) else []
    foreign = sum(h.end - h.start for h in out["MT007"])
    prose = sum(p.end - p.start for p in doc.paragraphs) if foreign else 0
    if prose and foreign > MOSTLY_FOREIGN * prose:
        # Mostly another language: the article as a whole is LNG001's finding
        # (same detector, same sample), not a set of untranslated passages.
        lang, prob = detect_language(prose_sample(doc), unless=("en", 0.9))
        if lang not in ("unknown", "") and not same_language(lang, "en") and prob >= 0.9:
            out["MT007"] = []
    return out


def artefacts(doc: Document) -> dict[str, list[Hit]]:
    """MT001-MT007 hits of ``doc`` by code, computed once per document."""
    return doc.view("translation.artefacts", _compute_artefacts)


TTR_WINDOW = 100
#: Weights of the density formula (see :func:`translation_signals`).
DENSITY_WEIGHTS = {"artefacts": 1.0, "function_words": 10.0, "ttr": 10.0}
#: Baselines from clean native English news (native-en.jsonl): the 90th
#: percentile of the function-word deviation and the 10th percentile of the
#: windowed TTR there. Values on the clean side of these cost nothing, so the
#: style signals only add to the density for outliers.
FW_BASELINE = 0.48
TTR_BASELINE = 0.68


def translation_signals(doc: Document) -> dict[str, float]:
    """Document-level MT signals and their combination, ``translation.*`` keys.

    * ``artefact_rate``: MT001-MT007 hits (weighted by confidence) per 1,000 words.
    * ``function_word_deviation``: Hellinger distance between the article's
      distribution over the reference function words and the reference profile.
    * ``ttr``: mean type-token ratio over consecutive 100-token windows (so
      length does not bias it; the whole text if shorter).
    * ``density``: artefact rate, plus weighted excesses of the function-word
      deviation above its clean baseline and of the TTR below its baseline.
      The artefacts dominate: a clean article scores about 0.
    """
    return doc.view("translation.signals", _compute_signals)


def _compute_signals(doc: Document) -> dict[str, float]:
    hits = artefacts(doc)
    words = max(doc.word_count, 1)
    weighted = sum(h.confidence for lst in hits.values() for h in lst)
    # Same 300-word floor as the score: three artefacts in a note are not a rate.
    rate = 1000.0 * weighted / max(words, 300)
    lowers = token_lowers(doc)
    profile = _function_profile()
    # Only the reference words are counted; the ones absent from the text
    # would add exact zeros to the sum of sqrt(p * c / total), which runs
    # over the others in the order of the profile.
    counts = Counter(compress(lowers, _function_word_flags(doc)))
    fw_total = sum(counts.values())
    if fw_total >= 20:
        present = sorted(counts, key=_profile_rank().__getitem__)
        bc = sum(map(math.sqrt, map(truediv, map(mul, map(profile.__getitem__, present),
                                                   map(counts.__getitem__, present)), repeat(fw_total))))
        fw_dev = math.sqrt(max(0.0, 1.0 - bc))
    else:
        fw_dev = 0.0
    if len(lowers) >= TTR_WINDOW:
        n_win = len(lowers) // TTR_WINDOW
        ttr = sum(len(set(lowers[i * TTR_WINDOW : (i + 1) * TTR_WINDOW])) for i in range(n_win)) / (n_win * TTR_WINDOW)
    else:
        ttr = len(set(lowers)) / len(lowers) if lowers else 0.0
    density = (
        DENSITY_WEIGHTS["artefacts"] * rate
        + DENSITY_WEIGHTS["function_words"] * max(0.0, fw_dev - FW_BASELINE)
        + (DENSITY_WEIGHTS["ttr"] * max(0.0, TTR_BASELINE - ttr) if len(lowers) >= TTR_WINDOW else 0.0)
    )
    return {
        "translation.artefact_rate": rate,
        "translation.function_word_deviation": fw_dev,
        "translation.ttr": ttr,
        "translation.density": density,
    }


# --------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------


class _ArtefactRule(Rule):
    """Base of MT001-MT007: report this rule's part of the shared view."""

    family = "translation"

    def check(self, doc: Document) -> Iterable[Finding]:
        for h in artefacts(doc).get(self.code, ()):
            yield self.finding(doc, h.start, h.end, h.message, confidence=h.confidence, fix=h.fix)


class GluedWords(_ArtefactRule):
    """A word is run into the next word or sentence with no space.

    What it finds:
    A lowercase word end glued to a capitalised sentence opener ("Michelle
    BacheletThis week-long trip", "officials saidThe plan") and a missing
    space after sentence punctuation ("she said.The minister", "spoke;Residents",
    'motto "think different".The', "at 3 p.m.The", "the U.K.Foreign Office",
    "was!Galway", "in 2021.Electoral", "24 km.Construction"), and marks,
    brackets or numbers run into a lowercase word ("again;the",
    "blunt:fares", "(IAEA)said", 'ready,"said', "29%while",
    "1,200workers", "won 2-1in"). Real mixed-case names (iPhone, YouTube, LinkedIn, McDonald, DeSantis),
    URLs, link targets ("javascript:void", "about:blank"), HTML entities
    ("&amp;the"), e-mail addresses, file and domain names ("notes.Docx"),
    brands ("Yahoo!News", "HSBC(UK)plc"), abbreviations written without
    spaces on purpose ("St.Petersburg", "U.S.A"), decimals, ratios, times
    and versions ("3:1", "10:30am", "v2.Beta") are left alone.

    Why it matters:
    Careless machine-translation and re-publishing pipelines drop the space
    between segments, gluing a name to the next sentence. An editor sees it
    at once; it marks the article as unedited automatic output.

    How to fix:
    Insert the missing space (the fix does this and is safe). If the glue
    hides a lost sentence boundary, check the sentence around it too.
    """

    code = "MT001"
    name = "glued-words"
    severity = "error"
    fixable = True


class StrayPunctuation(_ArtefactRule):
    """Punctuation is doubled, misplaced or stands alone.

    What it finds:
    A second full stop after a sentence ("crimes. ."), a space before a full
    stop or comma ("the visit ."), clashing marks (", ." ",," ";." and ".,"
    after a word that is not an abbreviation), a comma after the end of a
    sentence, a paragraph that is only punctuation, a doubled closing quote
    ('it,"" said'), a full stop after a quote that already ended with one
    ('"final.".'), empty brackets ("( )"), a full stop after a dash
    ("weekly – ."), a comma-hyphen ("disease,- and"), another script's comma
    or full stop after a Latin letter ("minister،", "Thursday。"), and a ")"
    or "»" that nothing opened in its paragraph. The ellipsis ("...",
    ". . ."), "?!", marks inside numbers and after abbreviations ("etc.,",
    "U.S.,"), a quote closing inside a quote ('saying, "we hope so.""'),
    list labels and smileys ("1)", "iii)", ":)"), and marks that are quoted,
    code or outside the prose ('typed ". ."', `a , b`, comments, front
    matter) are not reported.

    Why it matters:
    Round-trip machine translation re-attaches sentence punctuation
    separately from the words and leaves such marks behind; they are rare in
    edited copy.

    How to fix:
    Remove the stray mark and the space before it (the fix does this for
    doubled and spaced marks and is safe).
    """

    code = "MT002"
    name = "stray-punctuation"
    severity = "warning"
    fixable = True


class SpuriousSentenceBreak(_ArtefactRule):
    """A full stop splits a sentence: the next word continues it in lowercase.

    What it finds:
    A full stop followed by a lowercase word that carries on the same
    sentence ("missing family. members", "women's rights and interests. and
    children"). Abbreviations (e.g., i.e., etc., vs., a.m., No., U.S.),
    initials, numbers, name particles (de, van) and lowercase brand names
    (iPhone, eBay) after a full stop are not reported.

    Why it matters:
    Machine translation of sentence fragments inserts full stops mid-sentence;
    readers and downstream sentence splitters then see broken sentences.

    How to fix:
    Remove the full stop if the text reads as one sentence; otherwise
    capitalise the next word and make both halves complete sentences.
    """

    code = "MT003"
    name = "spurious-sentence-break"
    severity = "warning"
    fixable = True
    fix_safety = "unsafe"


class SentenceFragment(_ArtefactRule):
    """A sentence is a fragment: no subject, no main clause, or no finite verb.

    What it finds:
    A subordinate clause standing alone ("Given that it supports the plan.",
    "Because of which the talks failed.", "While the economy continues to
    grow."), a phrase with no main verb torn off the sentence before ("Such as
    the construction of new roads.", "To protect the interests of the
    people."; the verb test uses the verb lexicon rules/data/mt_verbs.txt), a
    declarative sentence with no subject ("Have visited the centre.",
    "Expressed his support for the plan.", "Told reporters in Nairobi.",
    "Also called for the case to be dismissed."), a participle phrase
    standing alone ("Noting that the deadline had passed.", "Having been
    warned twice by the referee.", "Expressing deep concern."), a phrase
    broken off before its end ("According to.", "Pointing out.", "As
    stated."), a speech tag with no speaker ("Denying said.", "Denying any
    involvement said.", "Further said."), and a bare verb phrase inside a
    paragraph ("Recognize the damage to the reputation of the
    institution."). Quoted speech, headlines (no final full stop), answers
    to a question just asked, short stylistic fragments ("Because nobody
    wanted it.", "Which is why the vote was delayed.", "As expected."),
    inversions ("Also injured were two children.", "Then came the flood.")
    and idioms ("Not so.") are left alone.

    Why it matters:
    Round-trip translation tears clauses off their sentences and loses
    subjects; edited news rarely leaves such fragments outside quotes.

    How to fix:
    Join the fragment to the sentence it belongs to, or restore its subject
    and verb; compare with the original report if one exists.
    """

    code = "MT004"
    name = "sentence-fragment"
    severity = "warning"


class AttributionDoubling(_ArtefactRule):
    """One quote carries two speech tags in a row.

    What it finds:
    Two attributions back to back for the same quote, such as "…,” he said.
    she declared.", "…,” she said, he added.", "…,” said Wang Yi. he
    stressed.", "…,” he told reporters. she added." or, inside a quote that
    goes on, "…,” the mayor said, she said, “but …". Names may carry
    accented letters ("Governor Rodríguez said. she added."). The second tag
    is bare (it ends with a full stop, comma or colon), which is what
    distinguishes it from a new attributed statement; a new sentence that
    opens a new quote ('"No," he said. She said, "Yes."') is another speaker.

    Why it matters:
    Machine translation renders the source's speech verb twice, often with
    the wrong pronoun; the result misattributes or garbles who said what.

    How to fix:
    Keep the one correct attribution and delete the other.
    """

    code = "MT005"
    name = "attribution-doubling"
    severity = "error"
    fixable = True
    fix_safety = "unsafe"


class TranslationDisclaimer(_ArtefactRule):
    """The article says it was translated or republished automatically.

    What it finds:
    Notices such as "this article was machine translated", "translated
    through programmatic technology" or "not all news on the site expresses
    the point of view of the site, but we transmit this news automatically".
    (Notices of syndication and republication, "auto-generated from a
    syndicated feed", are BLP004's.) Fixed formulas come from the phrase list rules/data/mt_disclaimers.txt,
    matched on a normalised word stream (case, punctuation, determiners and
    word endings ignored); other wordings are recognised by what a notice
    says in one sentence: the text was translated ("rendered into English"),
    by a machine ("an AI tool", "DeepL", "an automated service", "a
    computer program"), and this text is meant ("this content", "the
    translation", "any errors in translation", or a label such as
    "Translated by ...").
    Reporting about machine translation ("researchers found that the story
    was machine translated", "..., the company said") is not a notice.

    Why it matters:
    The notice is the publisher's own admission that nobody edited or checked
    the text; such articles should not be treated as a primary source.

    How to fix:
    Find and use the original article. If republishing is intended, remove
    the notice only after a human has edited the translation.
    """

    code = "MT006"
    name = "translation-disclaimer"
    severity = "error"
    fixable = True
    fix_safety = "unsafe"


class ForeignPassage(_ArtefactRule):
    """A paragraph or sentence is in another language or script.

    What it finds:
    Untranslated passages inside an English article: a paragraph or sentence
    mostly in a non-Latin script, or Latin-script text with almost no English
    function words that langdetect (seeded, deterministic) identifies as
    another language. Only suspicious passages of six words or more are sent
    to langdetect; titles and lists of names are skipped. Articles whose
    metadata declares a non-English language are not checked.

    Why it matters:
    Left-over source text shows that the translation was never finished or
    reviewed.

    How to fix:
    Translate the passage or remove it; if it is a deliberate quotation in
    the original language, add a translation next to it.
    """

    code = "MT007"
    name = "foreign-passage"
    severity = "warning"
    covers_span = True


class TranslationArtefactDensity(Rule):
    """The article has a high density of machine-translation artefacts.

    What it finds:
    A document whose translation density (artefacts of MT001-MT007 per 1,000
    words, plus small contributions from an unusual function-word profile
    and a low type-token ratio) exceeds the threshold, with at least one
    artefact (style signals alone are metrics, not evidence). It also reports
    the underlying numbers as ``translation.*`` metrics for every document.

    Why it matters:
    Single artefacts can be typos; many of them together mark an article
    that went through careless machine translation and was not edited.

    How to fix:
    Treat the article as an unreliable copy: look for the original report,
    or have the text edited by a person before use.
    """

    code = "MT008"
    name = "translation-artefact-density"
    family = "translation"
    severity = "warning"
    options = {
        "threshold": Option(6.0, "translation density (artefacts per 1,000 words, roughly) above which to report", min=0.0),
        "min-words": Option(80, "do not judge documents shorter than this many words", min=0),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        if doc.word_count < self.opts["min-words"]:
            return
        sig = translation_signals(doc)
        density = sig["translation.density"]
        if density <= self.opts["threshold"]:
            return
        n = sum(len(v) for v in artefacts(doc).values())
        if n == 0:
            return  # style signals alone (a repetitive text) are metrics, not evidence of translation
        end = doc.paragraphs[0].end if doc.paragraphs else 0
        start = doc.paragraphs[0].start if doc.paragraphs else 0
        yield self.finding(
            doc,
            start,
            end,
            f"translation density {density:.1f} (threshold {self.opts['threshold']:.1f}): "
            f"{n} artefact(s) in {doc.word_count} words",
            confidence=min(1.0, density / (2 * self.opts["threshold"])),
            extent=0.0,
        )

    def measure(self, doc: Document) -> dict[str, float]:
        return translation_signals(doc)


RULES = [
    GluedWords,
    StrayPunctuation,
    SpuriousSentenceBreak,
    SentenceFragment,
    AttributionDoubling,
    TranslationDisclaimer,
    ForeignPassage,
    TranslationArtefactDensity,
]
