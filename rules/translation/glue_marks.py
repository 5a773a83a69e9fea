"""MT001's joins around marks and numbers and inside tokens of several parts: quotes,
currency signs, brackets and full stops run into a word, and glue inside a
hyphenated or possessive token ("pre-positionedin", "theport's")."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from sourcelint.document import Document
from sourcelint.finding import Edit, Fix

from ..literals import MarkPattern
from ..tokens import non_dictionary_forms, token_lowers
from ..words import compound_split, dictionary_words, function_words, glue_split, is_common_word, is_dictionary_word
from .glue_segment import segment_cut
from .lexicons import stopwords
from .prose import ALL_ABBREVIATIONS, NEXT_WORD_RE, Hit, chunk, code_line, paragraph_at, urlish

__all__ = ["CONFIDENCE", "bracketed_words", "LOWER_TOKEN_RE", "TLD_WORDS", "glue_hit", "in_foreign_quote", "in_foreign_sentence", "mark_joins", "may_have_part_joins",
           "number_joins", "part_joins", "possessive_joins"]

LOWER_TOKEN_RE = re.compile(r"[a-z]{5,}")
# Top-level domains written capitalised in site names ("Booking.Com",
# "Kostroma.Today") and file extensions ("notes.Docx", "config.Json").
TLD_WORDS = frozenset(
    "Com Net Org Gov Edu Info Biz Io Js Ts Py Ai Tv Co Uk Us De Fr Ru Today News Online Live Media "
    "Press Site Tech Shop World Club Blog App Cloud Digital Global Network Store Web "
    "Docx Doc Pdf Json Xml Csv Txt Html Htm Jpg Jpeg Png Gif Svg Webp Mp3 Mp4 Mov Wav Xlsx Xls Pptx "
    "Ppt Zip Rar Exe Apk Yaml Yml Ini Cfg Log Tar Gz Epub Rtf Odt".split()
)
CONFIDENCE = {"phrase": 0.9, "function": 0.8, "inflected": 0.7, "compound": 0.7}


def glue_hit(start: int, cut: int, end: int, text: str, confidence: float) -> Hit:
    head, tail = text[start:cut], text[cut:end]
    return Hit("MT001", start, end, f"'{head}{tail}' runs '{head}' into the next word '{tail}' with no space",
               confidence, Fix((Edit(cut, cut, " "),), safe=True, description=f"insert a space: '{head} {tail}'"))


def in_foreign_sentence(doc: Document, pos: int) -> bool:
    """Whether the sentence at ``pos`` has five words or more, almost no English function word and few English words."""
    sent = doc.sentence_at(pos)
    if sent is None:
        return False
    starts = doc.token_starts
    words = token_lowers(doc)[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
    if len(words) < 5 or sum(w in stopwords() for w in words) >= 0.1 * len(words):
        return False
    # English prose without function words (a headline-like sentence) is still English words.
    return sum(is_dictionary_word(w) for w in words) < 0.5 * len(words)


#: A quotation on one line: what the quote marks hold.
_QUOTATION_RE = re.compile(r"[“\"«„]([^“”\"«»„\n]{10,400})[”\"»“]")


def in_foreign_quote(doc: Document, pos: int) -> bool:
    """Whether ``pos`` lies in a quotation of five words or more, most of them
    no English word or function word ('"Che il vostro amore sia lungo come il
    lago," which means ...'): another language's words are not glue."""
    text = doc.text
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    for m in _QUOTATION_RE.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.start(1) <= pos < m.end(1):
            starts = doc.token_starts
            words = token_lowers(doc)[bisect_left(starts, m.start(1)) : bisect_left(starts, m.end(1))]
            english = sum(is_dictionary_word(w) or w in stopwords() for w in words)
            return len(words) >= 5 and english < 0.5 * len(words)
    return False


# Marks that never touch a letter on both sides in edited prose. Each
# opens with its mark, a literal where it can be (the engine skips ahead to it) and the match ends
# where the space goes: a quote between letters or after a sentence mark
# ('said"the', 'visa"scheme', 'Champions!"Thousands'), a currency sign run
# onto a word ("about$3bn"), a percentage ending a sentence ("6.1%.Economists"),
# and a bracketed credit run into a capitalised word ("(AFP)Police").
_MARK_JOINS: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (gates, re.compile(rx), what) for gates, rx, what in (
        (('"',), r'"(?<=[A-Za-z.!?,]")(?=[A-Za-z])', "quote"),
        (("“",), r"“(?<=[A-Za-z.!?,]“)(?=[A-Za-z])", "quote"),
        (("”",), r"”(?<=[A-Za-z.!?,]”)(?=[A-Za-z])", "quote"),
        (("$", "£", "€"), r"[$£€](?<=[a-z][$£€])(?=\d)", "currency"),
        (("%.",), r"%\.(?<=\d%\.)(?=[A-Z][a-z]{2,}\b)", "stop"),
        ((")",), r"\)(?<=[A-Za-z]\))(?=[A-Z][a-z]{2,}\b)", "credit"),
        ((".",), r"\.(?<=[a-z]{3}\.)(?=[a-z]{3,}\b)", "words"),
        (("?", "!"), r"[?!](?<=[a-z]{3}[?!])(?=[a-z]{3,}\b)", "words"),
    )
)
# What marks a chunk as an address or code, not two words (a dot between
# lowercase words alone does not: that is the join looked for).
_WEBBY_RE = re.compile(r"@|://|www\.|/|#|_|=|&")
_AMOUNT_RE = re.compile(r"[$£€][\d.,]*\w*")
# An all-capitals dateline run into the bracketed credit: "ISTANBUL(Reuters)".
_DATELINE_BRACKET_RE = re.compile(r"\n[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?=\([A-Z][A-Za-z]*\))")


def mark_joins(doc: Document) -> list[Hit]:
    """Quotes, currency signs, a percentage's full stop and brackets run into a word."""
    text = doc.text
    hits: list[Hit] = []
    for gates, rx, what in _MARK_JOINS:
        if not any(g in text for g in gates):
            continue
        for m in rx.finditer(text):
            cut = m.start() if what == "currency" else m.end()
            para = paragraph_at(doc, cut)
            lo = cut - 1
            while lo > max(0, cut - 40) and not text[lo - 1].isspace():
                lo -= 1
            nxt = (_AMOUNT_RE if what == "currency" else NEXT_WORD_RE).match(text, cut)
            if para is None or nxt is None or lo < para.start or not _mark_join_ok(what, text[lo:cut], nxt.group()):
                continue
            if what == "words" and text[nxt.end() : nxt.end() + 1] in (".", "/", "@", "(", "_", ":"):
                continue  # "news.bbc.co", "os.path(", "mail.google:": names and code, not prose
            whole = chunk(text, lo, nxt.end())
            if what == "words":
                if _WEBBY_RE.search(whole) or whole.rstrip(".,;:!?)”\"’").count(".") > 1 or code_line(text, cut):
                    continue
            elif "&" in text[lo:cut] or "=" in text[lo:cut] or urlish(whole):
                continue  # entities, attributes, URLs and code
            hits.append(Hit("MT001", lo, nxt.end(), f"'{text[lo:nxt.end()]}' has no space before '{nxt.group()}'",
                            0.9, Fix((Edit(cut, cut, " "),), safe=True, description=f"insert a space before '{nxt.group()}'")))
    if "(" in text:
        # The pattern opens with its line break (a literal the engine skips
        # ahead to); the text's first line is matched on its own.
        found = [(m.start() + 1, m.end()) for m in _DATELINE_BRACKET_RE.finditer(text)]
        first = _DATELINE_BRACKET_RE.match("\n" + text[:80])
        if first is not None:
            found.append((0, first.end() - 1))
        for lo, hi in found:
            para = paragraph_at(doc, lo)
            if para is not None and para.start == lo:
                hits.append(glue_hit(lo, hi, text.index(")", hi) + 1, text, 0.9))
    return hits


def bracketed_words(text: str, close: int, lo: int) -> bool:
    """Whether the bracket closing at ``close`` opened after ``lo`` and holds
    words with a space between them: "(who was not present)said" is an
    aside run into a word; "word(s)and" is written so."""
    opener = "(" if text[close] == ")" else "["
    opened = text.rfind(opener, max(lo, close - 120), close)
    return opened >= 0 and text[close] not in text[opened:close] and " " in text[opened:close].strip()


def _mark_join_ok(what: str, head: str, tail: str) -> bool:
    """Whether the mark join of ``head`` (up to the cut) and ``tail`` is glue, not a written form."""
    if what == "quote":
        return head[:-1].replace("'", "").isalpha() or head[-2:-1] in ".!?,"
    if what == "currency":
        word = head
        return word.isalpha() and (word in ("a", "an") or (len(word) >= 3 and is_common_word(word.lower())))
    if what == "words":
        # Two lowercase words with a sentence mark and no space between
        # ("talks.officials", "why?because"); not abbreviations ("approx.five"),
        # domains or file names ("example.com", "notes.pdf").
        word = head[:-1]
        return (word.isalpha() and word.islower() and word not in ALL_ABBREVIATIONS and is_dictionary_word(word)
                and is_common_word(word) and tail.isalpha() and tail.islower() and is_dictionary_word(tail)
                and is_common_word(tail) and tail.capitalize() not in TLD_WORDS)
    if what == "credit":
        body = head[head.find("(") + 1 : -1]
        return head.startswith("(") and body.isalpha() and (body.isupper() or body.istitle())
    return True


# A token of several parts: hyphenated ("pre-positionedin") or possessive
# ("theport's", "Ramaphosa'sgovernment").
_PART_RE = re.compile(r"[A-Za-z]+")


def part_joins(doc: Document, start: int, word: str) -> list[Hit]:
    """Glue inside one part of a hyphenated or possessive token."""
    text = doc.text
    if text[start - 1 : start] in ("#", "@", "/", "_", "."):
        return []
    cuts = _part_cuts(word)
    if not cuts or paragraph_at(doc, start) is None or urlish(chunk(text, start, start + len(word))) \
            or in_foreign_sentence(doc, start):
        return []
    return [glue_hit(start + lo, start + cut, start + hi, text, confidence) for lo, cut, hi, confidence in cuts]


def may_have_part_joins(word: str) -> bool:
    """Whether :func:`part_joins` may find glue in the token ``word``, wherever it stands."""
    return bool(_part_cuts(word))


@lru_cache(maxsize=65536)
def _part_cuts(word: str) -> tuple[tuple[int, int, int, float], ...]:
    """(start, cut, end, confidence) in ``word`` of each part glued to the next word."""
    if not set(word) <= _PART_CHARS:
        return ()
    inner = word[1:-2]
    if "'s" not in inner and "’s" not in inner and not any(
            len(p) >= 5 and not is_dictionary_word(p.lower()) for p in _PART_RE.findall(word)):
        return ()  # no possessive run into a word, no unknown part: the common case
    cuts: list[tuple[int, int, int, float]] = []
    for m in _PART_RE.finditer(word):
        part, lo = m.group(), m.start()
        if m.start() and word[m.start() - 1] in "'’":
            # A possessive run into the next word: "Ramaphosa'sgovernment".
            rest = part[1:]
            if part[0] == "s" and rest.islower() and len(rest) >= 3 and is_common_word(rest) \
                    and not is_dictionary_word(part):
                cuts.append((0, lo + 1, m.end(), 0.9))
            continue
        if len(part) < 5 or is_dictionary_word(part.lower()):
            continue
        split = (glue_split(part) or compound_split(part)) if LOWER_TOKEN_RE.fullmatch(part) else None
        if split is not None:
            cuts.append((lo, lo + len(split.head), m.end(), CONFIDENCE[split.evidence]))
        elif part.isalpha():
            # One part of a hyphenated name or compound: "Winslow-Barnessaid".
            cut = segment_cut(part, 1)
            if cut is not None:
                cuts.append((lo, lo + cut.at, m.end(), cut.confidence))
    return tuple(cuts)


# Letters, hyphens, apostrophes and digits ("34-year-oldman").
_PART_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'’")


# A number run into a word ("6wickets", "3,412crowd") or a word into a
# number ("only2,000"). Units and ordinals are written that way on purpose.
# The digit comes first so the engine skips ahead to digits; the look-behind
# after it asks what (?<![\w.,]) before it would.
_NUMBER_WORD_RE = re.compile(r"\d(?<![\w.,]\d)(?:[\d,.]*\d)?([a-z]{2,})\b")
# A digit right after a lowercase letter (the engine skips ahead to digits),
# then the number: at least two digits ("only2,000", not "mp3").
_LETTER_DIGIT_RE = re.compile(r"\d(?<=[a-z]\d)")
_NUMBER_AFTER_RE = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\b")


def number_joins(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    if not _letter_next_to_digit(doc):
        return hits
    for m in _NUMBER_WORD_RE.finditer(text):
        word = m.group(1)
        ordinal = _ORDINAL_RE.match(word)
        if ordinal is not None and is_common_word(word[ordinal.end():]) and paragraph_at(doc, m.start()) is not None:
            cut = m.start(1) + ordinal.end()  # "the 84thminute": an ordinal run into its noun
            hits.append(glue_hit(m.start(), cut, m.end(), text, 0.9))
            continue
        if word in _NUMBER_UNITS or not is_common_word(word) or paragraph_at(doc, m.start()) is None:
            continue
        if word in _SHORT_UNITS or (len(word) < 4 and word not in function_words()
                                    and (len(word) < 3 or not is_dictionary_word(word))):
            continue  # "10in", "5am", "3m", "5pm", "20mph": units and times ("40new" is glue)
        if word in _MAGNITUDES and text[m.start() - 1 : m.start()] == "£":
            continue  # British house style writes the magnitude onto a sterling sum ("£3million")
        # Elsewhere ("$9million", "24hours") a slip or a house style: less sure.
        hits.append(glue_hit(m.start(), m.start(1), m.end(), text, 0.5 if word in _MAGNITUDES else 0.9))
    for m in _LETTER_DIGIT_RE.finditer(text):
        cut = m.start()
        lo = cut
        while lo > max(0, cut - 30) and "a" <= text[lo - 1] <= "z":
            lo -= 1
        if lo > 0 and "A" <= text[lo - 1] <= "Z" and (lo < 2 or not text[lo - 2].isalnum()) \
                and text[lo - 1 : cut].lower() in function_words():
            lo -= 1  # a capitalised function word: "About20" (not "Office365", "Route66": names)
        n = _NUMBER_AFTER_RE.match(text, cut)
        word = text[lo:cut].lower()
        # (a one-digit number only after a function word: "about2.3", not "web3", "mp3")
        if (n is None or (len(word) < 3 and word not in _SHORT_PREPOSITIONS) or (lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "'’-"))
                or (n.end() - cut == 1 and word not in function_words())
                or not is_common_word(word) or paragraph_at(doc, lo) is None or urlish(chunk(text, lo, n.end()))):
            continue
        hits.append(glue_hit(lo, cut, n.end(), text, 0.8))
    return hits


# An ordinal's suffix and then a word of three letters or more.
_ORDINAL_RE = re.compile(r"(?:st|nd|rd|th)(?=[a-z]{3,}$)")
# Units and magnitudes written onto their number ("10kmph", "£3million").
_DIGIT_RE = re.compile(r"\d")
_LETTER_DIGIT_PAIR_RE = re.compile(r"[a-z]\d|\d[a-z]")


def _letter_next_to_digit(doc: Document) -> bool:
    """Whether a word of the prose may hold a letter next to a digit, as
    every join of :func:`number_joins` does ("6wickets", "only2,000"): its
    lowercase form is then no dictionary word, so the few forms that are
    none are read instead of the text (when no dictionary word holds a digit)."""
    if _dictionary_has_digits():
        return _DIGIT_RE.search(doc.text) is not None
    return any(_LETTER_DIGIT_PAIR_RE.search(w) for w in non_dictionary_forms(doc) if not w.isalpha())


@lru_cache(maxsize=None)
def _dictionary_has_digits() -> bool:
    return any(not w.isalpha() and any(c.isdigit() for c in w) for w in dictionary_words())
_NUMBER_UNITS = frozenset("kmph mins secs gbps mbps kbps mph thousand crore lakh sec mil yen sen gen".split())
_MAGNITUDES = frozenset("million millions billion billions trillion hours".split())
_SHORT_UNITS = frozenset("a am an i in us my me".split())
# Two-letter prepositions run into a number: "in1972", "on24", "of10".
_SHORT_PREPOSITIONS = frozenset("in on at by of to".split())
# A possessive run into the next name: "Haas'sEsteban".
_POSSESSIVE_RE = MarkPattern(r"{}(?<=[a-z]{})s(?=[A-Z][a-z]{2,}\b)", "'’")


def possessive_joins(doc: Document) -> list[Hit]:
    text = doc.text
    hits: list[Hit] = []
    for m in _POSSESSIVE_RE.finditer(text) if ("'s" in text or "’s" in text) else ():
        if paragraph_at(doc, m.start()) is None:
            continue
        lo = m.start()
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
        nxt = NEXT_WORD_RE.match(text, m.end())
        if nxt is not None and not urlish(chunk(text, lo, nxt.end())):
            hits.append(glue_hit(lo, m.end(), nxt.end(), text, 0.9))
    return hits
