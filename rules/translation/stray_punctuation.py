"""MT002 stray punctuation: marks doubled, misplaced or standing alone."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document, Paragraph
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..literals import LiteralSet, MarkPattern
from .stray_balance import balance_hits, unopened_closers
from .stray_orphans import orphan_hits
from .stray_quotes import french_spacing, quote_hits
from .stray_script import script_mark_hits
from .prose import (ALL_ABBREVIATIONS, NEXT_WORD_RE, QUOTE_CHARS, Hit, count_between, dedupe, findings_from,
                    mark_offsets, para_starts, paragraph_at, prev_word)


# A space before a full stop, comma or semicolon after a word: "visit ." .
# (or before another mark: "said Tess Whitford ., "Now ...")
_SPACE_BEFORE_RE = re.compile(r"(?<=[^\W_])[ \t]+([.,;](?=[\s”\"’)]|$)|\.(?=[,;:]))")
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
# Every match above holds ". , ; :" right after a space, a tab, "(", a mark or a
# quote ("visit .", ", .", "..", ',”,'): one pass finds the paragraphs worth scanning.
_STRAY_TRIGGER_RE = MarkPattern(r"{}(?<=[ \t.,;!?:”\"’“(]{})", ".,;:")


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


def stray_triggers(doc: Document) -> tuple[list[int], str]:
    """Offsets of the trigger pairs of _STRAY_TRIGGER_RE, and the text
    around them. Cheap substring tests gate each scan: every string tested
    holds a trigger pair (its mark at most two characters from its start,
    one from its end), so it occurs in the text exactly when it occurs in
    the few characters around a trigger: test those, not the text."""
    text = doc.text
    triggers = [m.start() for m in _STRAY_TRIGGER_RE.finditer(text)]
    return triggers, "\0".join([text[max(0, t - 2) : t + 2] for t in triggers])


@analysis("translation.stray", needs=(para_starts, mark_offsets))
def stray_hits(doc: Document) -> list[Hit]:
    """Stray, doubled or clashing marks (MT002's hits)."""
    text = doc.text
    triggers, near = stray_triggers(doc)
    hits = _spaced_and_clashing(doc, triggers, near)
    hits += _stray_marks_beyond_stops(doc)
    hits += _doubled_marks(doc)
    if ";\n" in text or text.endswith(";"):
        hits += _semicolon_ends(doc)
    hits += _unclosed_brackets(doc)
    hits += balance_hits(doc, near)
    hits += orphan_hits(doc)
    hits += quote_hits(doc)
    hits += script_mark_hits(doc)
    return [h for h in dedupe(hits) if not _quoted_marks(text, h.start, h.end, doc) and not french_spacing(doc, h)]


def _spaced_and_clashing(doc: Document, triggers: list[int], near: str) -> list[Hit]:
    """The scans of _SCANS, each on the paragraphs its gate lets through."""
    text = doc.text
    hits: list[Hit] = []
    # The paragraphs where the scans below can match at all: usually none,
    # and then neither the scans nor the substring tests that gate them run.
    flagged: set[int] = set()
    spaced = clash = terminal = quote_comma = stop_comma = False
    if triggers:
        starts = para_starts(doc)
        flagged = {bisect_right(starts, t) - 1 for t in triggers}
        spaced = " ." in near or " ," in near or " ;" in near or "\t" in text
        clash = any(x in near for x in (",,", ",.", ", .", ";.", "; .", ",;", ", ;", ";;", ".,", ", ,", "; ,", "; ;"))
        terminal = any(x in near for x in ("..", "?.", "!.", ".;", ":.", ";:", ".:"))
        quote_comma = ",”," in near or ',",' in near or ",’," in near
        stop_comma = " ," in near or "“," in near or '",' in near
    gates = {"spaced": spaced, "clash": clash, "terminal": terminal, "quote_comma": quote_comma,
             "stop_comma": stop_comma, None: True}
    scans = [scan for scan, gate in _SCANS if gates[gate]]
    for para in doc.paragraphs:
        if para.index not in flagged:
            # Only the two tests of the paragraph's opening can report here.
            opening = text[para.start : para.start + 1]
            if opening not in _OPENING_MARKS and not opening.isspace():
                continue
            for scan in (_leading_mark, _punctuation_only):
                hits += scan(doc, para)
            continue
        for scan in scans:
            hits += scan(doc, para)
    return hits


def _spaces_before(doc: Document, para: Paragraph) -> list[Hit]:
    """A space before a full stop, comma or semicolon ("visit .")."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    for m in _SPACE_BEFORE_RE.finditer(text, ps, pe):
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
    return hits


def _double_stops(doc: Document, para: Paragraph) -> list[Hit]:
    """A second full stop after the end of a sentence ("crimes. .")."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    for m in _DOUBLE_STOP_RE.finditer(text, ps, pe):
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
    return hits


def _clashes(doc: Document, para: Paragraph) -> list[Hit]:
    """Marks that clash: ", ." ",," and ".," after a plain word."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    for m in _CLASH_RE.finditer(text, ps, pe):
        if m.group(3):  # ".," : fine after an abbreviation ("etc.,", "U.S.,", "Inc.,")
            word = prev_word(text, m.start(3), ps)
            low = word.lower()
            # After a plain word: "Ore.,", "Wash.,", "Inc.," are abbreviations;
            # a capitalised word needs five letters ("Sunday.,", not "Mass.,").
            if not word.isalpha() or len(word) < 2 or low in ALL_ABBREVIATIONS:
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
    return hits


def _name_with_mark(text: str, at: int, floor: int) -> bool:
    """Whether the word before the mark at ``at`` is a capitalised name in mid-sentence."""
    word = prev_word(text, at, floor)
    before = text[max(floor, at - len(word) - 2) : at - len(word)]
    return word[:1].isupper() and word[1:].islower() and bool(before) and before[-1] == " " and before[:1].islower()


def _terminal_clashes(doc: Document, para: Paragraph) -> list[Hit]:
    """Two sentence marks in a row ("July..", "one?.")."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    for m in _TERMINAL_CLASH_RE.finditer(text, ps, pe):
        first, second = m.group(1), m.group(2)
        if first == "." and (text[m.start() - 1 : m.start()].isdigit() or
                             prev_word(text, m.start(), ps).lower().rstrip(".") in ALL_ABBREVIATIONS or
                             "." in prev_word(text, m.start(), ps)):
            continue  # "etc.;", "U.S.:", "No. 4..": the full stop is the abbreviation's
        word = prev_word(text, m.start(), ps)
        if first == "." and second in ";:" and word[:1].isupper() and word.isalpha() and len(word) < 5:
            continue  # "St. Paul, Minn.; eight grandchildren": a short capitalised word is abbreviated, as before ".,"
        if first in "?!" and _name_with_mark(text, m.start(), ps):
            continue  # "the charity Which?.", "at Yahoo!.": the mark is the name's
        hits.append(
            Hit("MT002", m.start(1), m.end(2), f"'{first}{second}': two sentence marks in a row", 0.9,
                Fix((Edit(m.start(2), m.end(2), ""),), safe=True, description=f"remove the stray '{second}'"))
        )
    return hits


def _quote_commas(doc: Document, para: Paragraph) -> list[Hit]:
    """A comma doubled around a closing quote: 'next,”, the coach'."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    for m in _QUOTE_COMMA_RE.finditer(text, ps, pe):
        hits.append(
            Hit("MT002", m.start(1), m.end(1), "a second comma after the closing quote", 0.9,
                Fix((Edit(m.start(1), m.end(1), ""),), safe=True, description="remove the stray comma"))
        )
    return hits


def _leading_mark(doc: Document, para: Paragraph) -> list[Hit]:
    """A paragraph that opens with a stray mark (". In the meantime")."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    lead = _LEADING_MARK_RE.match(text, ps)
    if lead is not None and not text.startswith(("...", ". . ."), ps):
        hits.append(
            Hit("MT002", ps, lead.end(), f"a paragraph that opens with a stray '{text[ps]}'", 0.9,
                Fix((Edit(ps, lead.end() + 1 if lead.end() < pe and text[lead.end()] == " " else lead.end(), ""),),
                    safe=True, description=f"remove the stray '{text[ps]}'"))
        )
    return hits


def _stop_commas(doc: Document, para: Paragraph) -> list[Hit]:
    """A comma after the end of a sentence."""
    text, ps, pe = doc.text, para.start, para.end
    hits: list[Hit] = []
    for m in _STOP_COMMA_RE.finditer(text, ps, pe):
        hits.append(
            Hit("MT002", m.start(1), m.end(1), "a comma after the end of a sentence", 0.9, None)
        )
    return hits


def _punctuation_only(doc: Document, para: Paragraph) -> list[Hit]:
    """A paragraph that is only punctuation."""
    ps, pe = para.start, para.end
    hits: list[Hit] = []
    if _PUNCT_ONLY_RE.fullmatch(para.text) and not (
        set(para.text) <= {".", " "} and para.text.count(".") >= 3
    ):
        hits.append(
            Hit("MT002", ps, pe, "a paragraph that is only punctuation", 1.0,
                Fix((Edit(ps, pe, ""),), safe=True, description="remove the punctuation-only paragraph"))
        )
    return hits


#: Each paragraph scan and the gate (a substring test on the text) it needs.
_SCANS = (
    (_spaces_before, 'spaced'),
    (_double_stops, 'spaced'),
    (_clashes, 'clash'),
    (_terminal_clashes, 'terminal'),
    (_quote_commas, 'quote_comma'),
    (_leading_mark, None),
    (_stop_commas, 'stop_comma'),
    (_punctuation_only, None),
)


# Marks round-trip translation and extraction leave: '"ready,"" said', '"final.".',
# "( )", " – . ", "disease,- and", an Arabic comma or ideographic full stop after a
# Latin letter. Group 1 is the stray part; each pattern runs only when its gates occur.
_STRAY_MARKS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (gates, re.compile(rx)) for gates, rx in (
        (('""', '””', '"”', '”"'), r'[,.!?][\"”]([\"”])(?=\s)'),  # a doubled closing quote (the second is stray)
        (('".', "”."), r'[.!?][\"”](\.)(?=\s)'),  # a full stop after a quote that already ends with one
        (("( ", "()"), r"(\((?<=\s\()[ \t]*\))(?=[\s,.;:])"),  # empty brackets
        (("– ", "— "), r"[–—][ \t]+(\.)(?=\s)"),  # a full stop after a dash
        ((",-",), r",(?<=[a-z],)(-)(?=\s)"),  # a hyphen after a comma
    )
)


_STRAY_GATES = LiteralSet(gate for gates, _ in _STRAY_MARKS for gate in gates)
_MARK_PAIRS = LiteralSet(("!!", "??", "((", "««", "»»", "::", " ?", " !", "\t?", "\t!"))


def _stray_marks_beyond_stops(doc: Document) -> list[Hit]:
    """The stray marks of _STRAY_MARKS, and a closing bracket or
    guillemet that nothing opened in its paragraph."""
    text = doc.text
    hits: list[Hit] = []
    present = _STRAY_GATES.found(text)
    for n, (gates, rx) in enumerate(_STRAY_MARKS):
        if present.isdisjoint(gates):
            continue
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            para = paragraph_at(doc, s)
            if para is None or e > para.end:
                continue  # front matter, code, comments: not prose
            if n == 0 and _nested_quote_closes(doc, para.start, s - 1):
                continue
            what = m.group(1).strip()
            hits.append(Hit("MT002", s, e, f"a stray '{what}'", 0.8,
                            Fix((Edit(s, e, ""),), safe=True, description=f"remove the stray '{what}'")))
    if ")" in text or "»" in text or "]" in text:
        for para in doc.paragraphs:
            hits += unopened_closers(para.start, para.text)
    return hits


# A mark English writes once, written twice: "really??", "now!!", "((",
# "««". Three or more ("!!!") is a style; ";;" and ",," are clashes above.
_DOUBLED_MARK_RE = re.compile(r"(?<![!?(«»:])([!?(«»]|:(?=:\s))\1(?![!?(«»:])")
# A space before a question or exclamation mark: "why ?" (French typography).
_SPACE_BEFORE_MARK_RE = re.compile(r"(?<=[^\W_])[ \t]+([?!])(?=[\s”\"’)]|$)")


def _doubled_marks(doc: Document) -> list[Hit]:
    """Doubled marks and spaces before ? or ! in prose, outside quotes
    (where speakers may shout)."""
    text = doc.text
    hits: list[Hit] = []
    present = _MARK_PAIRS.found(text)
    doubled = not present.isdisjoint(("!!", "??", "((", "««", "»»", "::"))
    spaced = not present.isdisjoint((" ?", " !", "\t?", "\t!"))
    scans = [(rx, what) for rx, what, wanted in ((_DOUBLED_MARK_RE, "doubled", doubled),
                                               (_SPACE_BEFORE_MARK_RE, "spaced", spaced)) if wanted]
    for rx, what in scans:
        for m in rx.finditer(text):
            para = paragraph_at(doc, m.start())
            if para is None or _headline_end(doc, para, m.end()):
                continue
            mark = m.group(1)
            if what == "doubled":
                # a chant may shout ("Olé!!"); a quoted sentence in edited copy keeps one mark
                quoted = _inside_quote(doc, para.start, m.start())
                if quoted and _words_before(text, para.start, m.start()) < _SHOUT_WORDS:
                    continue
                hits.append(Hit("MT002", m.start(), m.end(), f"'{mark}' written twice", 0.5 if quoted else 0.8,
                                Fix((Edit(m.start() + 1, m.end(), ""),), safe=True, description=f"keep one '{mark}'"),
                                "info" if quoted else None))
            else:
                hits.append(Hit("MT002", m.start(), m.end(), f"space before '{mark}'", 0.8,
                                Fix((Edit(m.start(), m.start(1), ""),), safe=True,
                                    description=f"remove the space before '{mark}'")))
    return hits


# A list item or a legal clause may end on ";": "- more buses;", "(a) the applicant;".
_ITEM_RE = re.compile(r"\s*(?:[-*•·–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
_PROSE_LINE = 40  # characters: a shorter last line may be verse


_SHOUT_WORDS = 6
_SENTENCE_OPEN_RE = re.compile(r"[\"“]|[.!?]\s")


def _words_before(text: str, floor: int, at: int) -> int:
    """How many words the sentence or quotation holding ``at`` has before it."""
    start = floor
    for m in _SENTENCE_OPEN_RE.finditer(text, max(floor, at - 300), at):
        start = m.end()
    return len(text[start:at].split())


def _semicolon_ends(doc: Document) -> list[Hit]:
    """A prose paragraph that ends on ";" before a paragraph that starts a
    new sentence: the full stop was lost or swapped ("twelve years;" /
    "After retiring ...")."""
    hits: list[Hit] = []
    paras = doc.paragraphs
    for a, b in zip(paras, paras[1:]):
        body = a.text
        if not body.endswith(";") or _ITEM_RE.match(body) or len(body.split()) < 8:
            continue
        if len(body[body.rfind("\n") + 1 :]) < _PROSE_LINE or not (b.text[:1].isupper() or b.text[:1] in "\"“"):
            continue
        at = a.end - 1
        hits.append(Hit("MT002", at, at + 1, "a paragraph ends on ';' before a new sentence", 0.7,
                        Fix((Edit(at, at + 1, "."),), safe=True, description="end the sentence with a full stop")))
    return hits


def _headline_end(doc: Document, para: Paragraph, end: int) -> bool:
    """Whether ``end`` closes a short paragraph: a headline or a caption may shout ("A determined win!!")."""
    return not doc.text[end : para.end].strip() and len(para.text.split()) < 12


def _inside_quote(doc: Document, para_start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside an open quotation in its paragraph."""
    straight = count_between(doc, '"', para_start, at)
    curly = count_between(doc, "“", para_start, at) - count_between(doc, "”", para_start, at)
    return straight % 2 == 1 or curly > 0


# An opening bracket that nothing closes in its paragraph, after a space and
# before a word: "(booked two weeks ahead". Emoticons (":(") are not.
_OPEN_BRACKET_RE = re.compile(r"(?<=\s)\((?=[^\W\d_])")


def _unclosed_brackets(doc: Document) -> list[Hit]:
    """An "(" that no ")" closes before the end of its paragraph."""
    text = doc.text
    hits: list[Hit] = []
    if "(" not in text:
        return hits
    for para in doc.paragraphs:
        body = para.text
        if body.count("(") <= body.count(")"):
            continue
        for at in _unmatched_openers(body):
            pos = para.start + at
            if _OPEN_BRACKET_RE.match(text, pos) is None:
                continue
            nxt = NEXT_WORD_RE.match(text, pos + 1)
            end = nxt.end() if nxt else pos + 1
            hits.append(Hit("MT002", pos, end, "a '(' that nothing closes in its paragraph", 0.7, None))
    return hits


def _unmatched_openers(body: str) -> list[int]:
    """Offsets of the "(" of ``body`` that no ")" after them closes (one pass)."""
    open_at: list[int] = []
    for i, ch in enumerate(body):
        if ch == "(":
            open_at.append(i)
        elif ch == ")" and open_at:
            open_at.pop()
    return open_at


_EMPTY_PAIR_RE = re.compile(r'(?<!\S)""(?!\S)')


def _nested_quote_closes(doc: Document, para_start: int, at: int) -> bool:
    """True if the two closing quotes at ``at`` close a quote inside a quote
    ('"He said, "we hope so.""'): two or more quotes are open before them."""
    if doc.text[at] == '"':
        # empty quotes ('said. "" We') open nothing
        text = doc.text
        n = count_between(doc, '"', para_start, at) - 2 * len(_EMPTY_PAIR_RE.findall(text, para_start, at))
        if n < 2 or n % 2:
            return False
        # the quote before them opened the inner quotation (' "we'), not closed the first ('," she');
        # empty quotes (' "" ') are skipped, a few at most
        last = text.rfind('"', para_start, at)
        for _ in range(8):
            if last > para_start and text[last - 1] == '"' and _EMPTY_PAIR_RE.match(text, last - 1):
                last = text.rfind('"', para_start, last - 1)
            else:
                break
        return last < 0 or (not text[last - 1 : last].isalnum() and text[last - 1 : last] not in ".,!?")
    return count_between(doc, "“", para_start, at) - count_between(doc, "”", para_start, at) >= 2


def _quoted_marks(text: str, start: int, end: int, doc: Document) -> bool:
    """True if marks at ``[start, end)`` are quoted or code, not prose: inside
    `inline code`, or a quoted string of nothing but marks ('He typed ". ."')."""
    para = paragraph_at(doc, start)
    if para is None:
        return True  # outside the prose: not the article's marks
    if count_between(doc, "`", para.start, start) % 2 == 1:  # bisects a cached list: no scan per hit
        return True
    lo = start
    while lo > max(para.start, start - 6) and not text[lo - 1].isalnum() and text[lo - 1] not in QUOTE_CHARS:
        lo -= 1
    hi = end
    while hi < min(para.end, end + 6) and not text[hi].isalnum() and text[hi] not in QUOTE_CHARS:
        hi += 1
    # The quote before must open ('typed ". ."'), not close a quotation the
    # marks follow ('"angry" : "Older'): no letter right before it.
    return (lo > para.start and text[lo - 1] in QUOTE_CHARS + "'‘" and not text[lo - 2 : lo - 1].isalpha()
            and hi < para.end and text[hi] in QUOTE_CHARS + "'’")


class StrayPunctuation(Rule):
    """Punctuation is doubled, misplaced or stands alone.

    What it finds:
    A second full stop after a sentence ("crimes. ."), a space before a full
    stop or comma ("the visit .", "said Whitford ., "), clashing marks (", ." ",," ";." and ".,"
    after a word that is not an abbreviation), a comma after the end of a
    sentence (a capitalised word of four letters or fewer before ".;" or ".:"
    is an abbreviation: "Minn.;"), a paragraph that is only punctuation, a doubled closing quote
    ('it,"" said'), a full stop after a quote that already ended with one
    ('"final.".'), empty brackets ("( )"), a full stop after a dash
    ("weekly – ."), a comma-hyphen ("disease,- and"), another script's comma
    or full stop after a Latin letter ("minister،", "Thursday。", "hopeful！"),
    a ")" or "»" that nothing opened and a "(" that nothing closes in its
    paragraph, a mark written twice ("divided!!", "really??", "((", "««")
    outside short headlines and short shouts in quotes ("Olé!!"; a longer
    quoted sentence at info), a prose paragraph ending on ";" before a new sentence, and a space
    before a question or exclamation mark ("the money ?"); a doubled
    ? or ! closing reported speech before a neutral reporting verb
    ('isn't??" said'); a space before a clitic or a colon ("EU 's",
    "said : the", not "10 : 30"), before two full stops ("unless ..") or
    inside brackets ("( wind"); a mark right after an opening bracket
    ("(.$215m)"); a doubled quote mark opening a paragraph or a lowercase
    word ('""The', 'told ""it', 'said: ""The'); a quote mark that cannot pair in
    its paragraph or in a quotation running over paragraphs (apostrophes,
    elisions, inch marks, the ʻokina of a Polynesian name ('Eua) and nesting known; a straight quotation opened
    again after a finished sentence leaves the one before unclosed: 'as
    "massive after a bad month. "We kept going'), two apostrophes written for a
    quote mark (''), a paragraph of marks only ("!!"), any other script's
    punctuation among Latin words (from the Unicode database); a mark after a finished sentence ("said. ;",
    "Monday. ?"), another script's mark set off by spaces or opening a line ("the
    short term 。 Forecasts", "。The"), a Spanish "¿" or "¡" opening an
    English sentence that no "?" or "!" closes ("¿Not everyone") or that is
    English throughout ('"¿Who finds a space rock?'; not "¿por qué no?"), empty quotes ('the hearing. "" Nobody'), a straight
    quote with white space on both sides, a "[" that nothing closes in its
    paragraph and a comma set before the next word ("grandmother ,Rosa");
    a guillemet or angle quote with no partner in its paragraph ("said
    Dieye « reading"), a low quote mark set as a comma ("change‚ the"), a
    straight quote closing after a word when nothing opened it ('Ryan", who')
    in a paragraph that no quotation from the paragraphs before runs into, a
    space before a closing quote that a speech tag follows ('done. " said'),
    and a "]" that nothing opened.
    Empty quotes named in a sentence ('typed "" into'), marks next to a
    passage in that script, the ellipsis ("...",
    ". . ."), "?!", marks inside numbers and after abbreviations ("etc.,",
    "U.S.,"), a quote closing inside a quote ('saying, "we hope so.""'),
    list labels and smileys ("1)", "iii)", ":)"), and marks that are quoted,
    code or outside the prose ('typed ". ."', `a , b`, comments, front
    matter) are not reported.

    It also finds a Spanish opening mark where nothing can open (after a word: "in years\"¡", "result¿ but"),
    a curly quote with spaces on both sides ("a “ changing"), an ellipsis run into more full stops ("…..") and
    a ")" after a two-letter word that nothing opened ("turn up)"; "a)", "ii)" are list labels).

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
    family = "translation"
    needs = (stray_hits,)

    def check(self, doc: Document) -> Iterable[Finding]:
        return findings_from(self, doc, stray_hits(doc))
