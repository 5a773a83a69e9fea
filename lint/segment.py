"""Segmentation: what is prose, where paragraphs and sentences begin and end.

All functions return character offsets into the text they were given and run
in time linear in its length (every pattern here is a simple scan, with no
nested quantifiers that could backtrack).
"""

from __future__ import annotations

import bisect
import re
from array import array
from typing import Iterator

__all__ = ["non_prose_ranges", "split_paragraphs", "iter_paragraphs", "split_sentences", "iter_sentences",
           "ABBREVIATIONS"]

_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.M)

# Abbreviations that end in a full stop without ending a sentence. Lowercase,
# without the final dot; internal dots kept ("u.s", "e.g").
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof sr jr st mt ft gen gov sen rep lt col capt cmdr sgt
    maj adm rev hon pres supt insp det atty adv amb sec no nos vol vols fig figs p pp
    approx dept est inc ltd corp co bros vs v etc e.g i.e cf al viz jan feb mar
    apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun a.m p.m u.s u.k u.n e.u d.c ph.d b.a m.a u.s.a n.y l.a a.d b.c min mins
    hr hrs sq km kg cm mm oz lb lbs ave blvd rd jan. univ assn govt natl intl
    """.split()
)

# Abbreviations that commonly end a sentence too ("... in the U.S. The ..."):
# after these we split only when the next word is a usual sentence opener.
_FINAL_ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u d.c etc inc ltd corp co a.m p.m jr sr u.s.a n.y l.a".split()
)
_SENTENCE_OPENERS = frozenset(
    """
    the a an it he she they we i you his her their its this that these those
    there but and so yet or in on at as if when while after before since
    however meanwhile some many most according officials one two what why how
    """.split()
)

# The lookbehind makes a match start only at the first mark of a run: without
# it, a run of n marks not followed by white space ("......") is retried from
# each of its n positions, each retry scanning to the run's end (quadratic).
# It comes after the first mark (and so spans two characters) because a
# pattern that begins with a character set lets the regex engine skip to the
# next candidate in a fast loop; one that begins with a lookbehind is tried at
# every position (3x slower). Group 1 is the white space after the boundary,
# where the next sentence starts.
_BOUNDARY_RE = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’)\]]*(\s+)")
# How far back to look for the word before a full stop: abbreviations and
# initials are short, and an unbounded rfind per boundary is quadratic in a
# paragraph with many sentences and no line break.
_WORD_WINDOW = 40
_OPENERS = "\"'“‘([–—-¿¡"
_TERMINAL = ".!?\"'”’)]:…"
_LIST_OR_HEADING_RE = re.compile(r"[ \t]*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?)")


def non_prose_ranges(text: str, markdown: bool = True, indented_code: bool = False) -> list[tuple[int, int]]:
    """Ranges that are not article prose.

    HTML comments (which also carry suppression directives) are never prose.
    With ``markdown`` true, front matter (``---``/``+++`` at the very top) and
    fenced code blocks are excluded too, and with ``indented_code`` also
    indented code blocks (only for Markdown files: other text often indents
    its paragraphs). Link syntax stays in the prose so
    that spans stay true to the file.
    """
    ranges: list[tuple[int, int]] = []
    if markdown:
        for fence in ("---", "+++"):
            if text.startswith((fence + "\n", fence + "\r\n")):  # CRLF files too
                close = text.find("\n" + fence, len(fence))
                if close != -1:
                    end = text.find("\n", close + 1 + len(fence))
                    ranges.append((0, len(text) if end == -1 else end + 1))
                break
        pos = ranges[0][1] if ranges else 0
        # A fence needs three backticks or tildes in a row: two substring
        # scans spare most texts the line-anchored search below, which the
        # regex engine cannot skip through quickly.
        fenced = "```" in text or "~~~" in text
        while fenced:
            m = _FENCE_RE.search(text, pos)
            if not m:
                break
            marker = m.group(1)
            close = re.compile(r"^[ \t]{0,3}" + re.escape(marker[0]) + "{%d,}[ \t]*$" % len(marker), re.M)
            line_end = text.find("\n", m.end())
            if line_end == -1:
                ranges.append((m.start(), len(text)))
                break
            c = close.search(text, line_end + 1)
            end = len(text) if c is None else c.end()
            ranges.append((m.start(), end))
            pos = end
        if indented_code and ("\n    " in text or "\n\t" in text or text.startswith(("    ", "\t"))):
            ranges += _indented_code(text)
    pos = 0
    while True:
        s = text.find("<!--", pos)
        if s == -1:
            break
        e = text.find("-->", s + 4)
        e = len(text) if e == -1 else e + 3
        ranges.append((s, e))
        pos = e
    return _merge(ranges)


_LIST_ITEM_RE = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]")


def _indented_code(text: str) -> list[tuple[int, int]]:
    """Markdown's indented code blocks: lines indented by four spaces or a
    tab that do not continue a paragraph or a list item. Each block runs from
    its first line to the end of its last indented line."""
    out: list[tuple[int, int]] = []
    pos = 0
    blank_before = True  # the start of the text counts as a blank line
    in_list = False
    block: list[int] | None = None  # [start, end] of the open block
    for line in text.split("\n"):
        end = pos + len(line)
        body = line.strip()
        indented = line.startswith(("    ", "\t"))
        if not body:
            blank_before = True
        elif indented and block is not None:
            block[1] = end
        elif indented and blank_before and not in_list:
            block = [pos, end]
        else:
            if block is not None and not indented:
                out.append((block[0], block[1]))
                block = None
            if not indented:
                in_list = _LIST_ITEM_RE.match(line) is not None or (in_list and not blank_before)
            blank_before = False
        pos = end + 1
    if block is not None:
        out.append((block[0], block[1]))
    return out


_FRONT_KEY_RE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$")


def front_matter(text: str) -> dict[str, str]:
    """The simple ``key: value`` (YAML) or ``key = "value"`` (TOML) lines of a
    Markdown file's front matter, e.g. ``title``, ``url``, ``language``.

    Only scalar lines are read (lists and nested tables are skipped): this is
    metadata for the rules (a ``language`` to check against, a ``title`` to
    compare with the opening), not a YAML parser.
    """
    for fence in ("---", "+++"):
        opening = next((o for o in (fence + "\n", fence + "\r\n") if text.startswith(o)), None)
        if opening is not None:
            close = text.find("\n" + fence, len(fence))
            if close == -1:
                return {}
            out: dict[str, str] = {}
            for line in text[len(opening) : close].splitlines()[:200]:
                m = _FRONT_KEY_RE.match(line)
                if m is None or not m.group(2) or m.group(2)[0] in "[{|>":
                    continue
                value = m.group(2)
                if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                    value = value[1:-1]
                out.setdefault(m.group(1).lower(), value)
            return out
    return {}


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ranges.sort()
    out: list[tuple[int, int]] = []
    for s, e in ranges:
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _covered(ranges: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, s) - 1
    return i >= 0 and ranges[i][0] <= s and e <= ranges[i][1]


def split_paragraphs(text: str, non_prose: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Paragraph spans, trimmed of surrounding white space (see :func:`iter_paragraphs`)."""
    return list(iter_paragraphs(text, non_prose))


def iter_paragraphs(text: str, non_prose: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int]]:
    """Paragraph spans, trimmed of surrounding white space, in order.

    Paragraphs are separated by blank lines. A block of several lines is split
    into one paragraph per line when its lines look like whole paragraphs
    (most end with closing punctuation) or are list items or headings; this
    handles scraped text that puts each paragraph on one line without
    breaking hard-wrapped prose apart. Only the current block is held (as
    flat offsets), so memory does not grow with the number of paragraphs.
    """
    non_prose = non_prose or []
    np_starts = [r[0] for r in non_prose]
    block = array("q")  # start, end, start, end, ... of the current block's lines
    pos = 0  # offset of the current line
    for line in text.split("\n"):
        body = line.lstrip()
        if body:
            ls = pos + len(line) - len(body)
            le = ls + len(body.rstrip())
            if not (non_prose and _covered(non_prose, np_starts, ls, le)):
                block.extend((ls, le))
                pos += len(line) + 1
                continue
        # A blank line, or one wholly outside the prose, ends a block.
        if block:
            yield from _block_paragraphs(text, block)
            block = array("q")
        pos += len(line) + 1
    if block:
        yield from _block_paragraphs(text, block)


def _block_paragraphs(text: str, block: array) -> Iterator[tuple[int, int]]:
    """The paragraphs of one block of lines (flat start/end offsets)."""
    if len(block) > 2 and _lines_are_paragraphs(text, block):
        yield from zip(block[0::2], block[1::2])
    else:
        yield block[0], block[-1]


def _lines_are_paragraphs(text: str, block: array) -> bool:
    n = len(block) // 2
    ends = sum(1 for e in block[1:-2:2] if text[e - 1] in _TERMINAL)
    if ends * 2 >= n - 1:
        return True
    return any(_LIST_OR_HEADING_RE.match(text, s) for s in block[0::2])


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (see :func:`iter_sentences`)."""
    return list(iter_sentences(text, start, end))


def iter_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, in order.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes
    or brackets) followed by white space and a capital, digit or opening
    quote. A full stop after an abbreviation ("Mr.", "e.g.", "U.S."), or after
    a single-letter initial ("J. K. Rowling", "Roe v. Wade") but the article
    "a", does not end a sentence;
    after abbreviations that often end one ("U.S.", "Inc."), it does when the
    next word is a usual sentence opener.
    """
    sent_start = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
            continue
        mark = m.start()
        if text[mark] == "." and text[mark + 1 : mark + 2] != ".":
            lo = max(start, mark - _WORD_WINDOW)
            ws = max(text.rfind(" ", lo, mark), text.rfind("\n", lo, mark), lo - 1)
            written = text[ws + 1 : mark].lstrip(_OPENERS)
            word = written.lower()
            if len(word) == 1 and word.isalpha() and written != "a":
                continue  # an initial ("J."), "v." or a list label; the article "a" is no abbreviation
            if word in ABBREVIATIONS:
                if word not in _FINAL_ABBREVIATIONS:
                    continue
                w_end = nxt
                while w_end < end and text[w_end].isalpha():
                    w_end += 1
                if text[nxt:w_end].lower() not in _SENTENCE_OPENERS:
                    continue
        if m.start(1) > sent_start:
            yield sent_start, m.start(1)
        sent_start = nxt
    if sent_start < end:
        tail = text[sent_start:end].rstrip()
        if tail:
            yield sent_start, sent_start + len(tail)
