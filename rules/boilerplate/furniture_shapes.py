"""Page furniture known by the shape of its lines rather than their words.

A menu is a run of short capitalised items with no sentence among them
("Sport / Football / Cricket / Rugby Union", one per line or spaced on one
line); a pointer is a label naming another of the site's items before its
headline ("Next article: ..."); a feedback prompt asks whether this article
was helpful; a row is short items a page separates by a spaced bar or dot ("Print
| Email | Report an error", "2h · 48 comments"), which prose never does; a list of links is a short heading that talks to the reader or
recommends ("You might also be interested in", "Most read") over lines that
are headlines (no full stop); an author box is one of the article's last
two paragraphs opening "<Name> is a/our <newsroom role>", or "<Name>
covers/writes about ... for <Outlet>" with a handle or an address, or any
paragraph under the label "About the author:"; a contact line is a short
line giving the reader an address, a handle or a phone number ("Contact
the author at ...", "Got a tip? WhatsApp us on ..."; only info when it
ends the article, as wire copy's contact lines do); a reading time is a
short line "5 min read"; an imprint is a company's name
with its legal form and a year ("Westshire Post Ltd 2025."). A list in an
article is introduced by a sentence ending in a colon, and its items are
not headlines under a recommending heading, so it keeps quiet.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..folding import aligned_folded_text
from ..lexicon import data_sections
from ..tokens import token_lowers
from .lines import stripped_lines
from .spans import in_prose

__all__ = ["Shape", "furniture_shapes"]

_WORDS = data_sections("boilerplate_shapes.txt")
_ROLES = _WORDS["roles"]
_LIST_HEADS = _WORDS["list_heads"]
_LEGAL = _WORDS["legal_forms"]
_SITE_VERBS = data_sections("boilerplate_site_messages.txt")["site_verbs"]
_READER = frozenset(("you", "your", "you'll", "you're", "you've"))


class Shape(NamedTuple):
    start: int
    end: int
    why: str
    severity: str | None = None  # None: the rule's own


_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,]*")
# Items spaced apart on one line: two or more spaces or a tab between them.
_SPACED_RE = re.compile(r"[ \t]{2,}|\t|[ \t]*[|•·][ \t]*")
# A counter a page prints by its comment link: "47 Comments", "1.2K shares".
_COUNTER_RE = re.compile(r"\d[\d,.]{0,12}[kKmM]?[ \t]+(?:comments?|replies|responses|shares)", re.I)
_SENTENCE_END = (".", "!", "?", ";", ",", ":")
# "<Name Name> is a/an/our/the ... <role>", at the start of the paragraph.
_AUTHOR_RE = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was|has been) (?:a|an|our|the)\b([^.\n]{0,80})")
_CLAUSE_WORDS = frozenset(("who", "which", "that", "whose", "when", "after", "because", "said", "says", ",", "but"))
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@analysis("boilerplate.furniture_shapes", needs=(token_lowers, aligned_folded_text))
def furniture_shapes(doc: Document) -> list[Shape]:
    """Menus, link lists, author boxes and imprints, by shape, in prose."""
    out: list[Shape] = []
    paras = doc.paragraphs
    legal_paras = _legal_paragraphs(doc)
    contact_paras = _contact_paragraphs(doc)
    # What no paragraph can hold if the text does not: tested once.
    text = doc.text
    rows = " | " in text or " · " in text or " • " in text
    gaps = "  " in text or "\t" in text
    for k, para in enumerate(paras):
        body = para.text
        if (k >= len(paras) - 2 and k > 0) or _AUTHOR_LABEL_RE.match(body):
            out += _author_box(para.start, body)
        # Most paragraphs are one line of prose: cheap tests say which shapes
        # they could hold before any line is looked at.
        multi = body.count("\n") >= 2
        if rows and (" | " in body or " · " in body or " • " in body):
            out += _separator_rows(stripped_lines(para.start, body))
        if ":" in body[:40]:
            out += _pointer_lines(stripped_lines(para.start, body))
        if len(body) < 120 and "?" in body:
            out += _feedback_prompts(stripped_lines(para.start, body))
        spaced = gaps and (body.count("  ") >= 3 or "\t" in body)
        marked = body[:1] in "[»›>" or "\n[" in body or (body[:1].isdigit() and len(body) < 40)
        legal = k in legal_paras
        if k in contact_paras:
            out += _contact_lines(stripped_lines(para.start, body), paras[-1].end)
        if not (multi or spaced or marked or legal):
            continue
        lines = stripped_lines(para.start, body)
        if (multi or spaced) and not (k > 0 and paras[k - 1].text.rstrip().endswith(":")):
            out += _menus(lines)
        if multi:
            out += _link_lists(lines)
        if legal:
            out += _imprints(lines)
        if marked or multi:
            out += _buttons(lines)
    return [s for s in out if in_prose(doc, s.start)]


def _contact_paragraphs(doc: Document) -> set[int]:
    """Indices of the short paragraphs holding an address, a handle, a phone number or a reading time."""
    text = doc.text
    found = _minutes(doc) if "@" in text or "min" in text else []
    if "@" in text:
        found += [m.start() for m in _AT_RE.finditer(text)]
    found += [m.start() for m in _PHONE_RE.finditer(text)]
    if not found:
        return set()
    starts = doc.paragraph_starts
    paras = {bisect_right(starts, pos) - 1 for pos in found}
    return {k for k in paras if k >= 0 and len(doc.paragraphs[k].text) <= 200}


def _minutes(doc: Document) -> list[int]:
    """Where _MINUTES_TRIGGER_RE matches in the text, found in the folded text where it can be."""
    folded = aligned_folded_text(doc)
    if folded is None:
        return [m.start() for m in _MINUTES_TRIGGER_RE.finditer(doc.text)]
    return [m.start() - 1 if folded[m.start() - 1].isdigit() else m.start() - 2
            for m in _FOLDED_MINUTES_RE.finditer(folded)]


def _legal_paragraphs(doc: Document) -> set[int]:
    """Indices of the paragraphs holding a company's legal form ("Ltd", "plc")."""
    lowers = token_lowers(doc)
    if _LEGAL.isdisjoint(lowers):
        return set()
    starts, token_starts = doc.paragraph_starts, doc.token_starts
    return {bisect_right(starts, token_starts[i]) - 1 for i, w in enumerate(lowers) if w in _LEGAL}


def _item(text: str, spaced: bool = False) -> bool:
    """A menu item: one to three capitalised words, no sentence mark, no digits.

    Items spaced apart on one line (a share row) need only the first word
    capitalised ("Copy link").
    """
    if len(text) > 40 or not text[:1].isupper():
        return False
    words = _WORD_RE.findall(text)
    return 0 < len(words) <= 3 and not text.endswith(_SENTENCE_END) \
        and not any(c.isdigit() for c in text) \
        and all(w[:1].isupper() or w in ("&", "and") or (spaced and w.isalpha()) for w in words)


def _menus(lines: list[tuple[int, str]]) -> list[Shape]:
    """Runs of at least five menu items, one per line, or five spaced on one line."""
    out: list[Shape] = []
    run: list[tuple[int, str]] = []
    before = ""  # the line before the run: a list a sentence introduces ("...were:") is no menu
    for pos, line in [*lines, (-1, "")]:
        if pos >= 0 and _item(line):
            run.append((pos, line))
            continue
        if len(run) >= 5 and not before.endswith(":"):
            out.append(Shape(run[0][0], run[-1][0] + len(run[-1][1]), "menu"))
        run = []
        before = line
        if pos >= 0 and not line.endswith(_SENTENCE_END):
            items = [i for i in _SPACED_RE.split(line) if i]
            if len(items) >= 4 and ("  " in line or "\t" in line) and all(_item(i, spaced=True) for i in items):
                out.append(Shape(pos, pos + len(line), "menu"))
    return out


# A spaced bar or dot between items of a row.
_SEPARATOR_RE = re.compile(r"[ \t]+[|·•][ \t]+")


def _separator_rows(lines: list[tuple[int, str]]) -> list[Shape]:
    """Lines of three or more short items between spaced separators, or two
    very short ones, none of them a sentence or lowercase code ("cat notes.txt
    | grep Model"). Two longer items are a headline with its site's name, or
    a name and a headline as Japanese news writes them ("Hanshin • Oyama hits
    his 7th home run")."""
    out = []
    for pos, line in lines:
        items = [i.strip() for i in _SEPARATOR_RE.split(line)]
        if len(items) < 2 or len(line) > 240:
            continue
        longest = 8 if len(items) > 2 else 5
        if all(_row_item(i, longest) for i in items):
            out.append(Shape(pos, pos + len(line), "row of links"))
    return out


def _row_item(item: str, longest: int) -> bool:
    """An item of a row: up to ``longest`` words, not a sentence, not opening lowercase."""
    words = _WORD_RE.findall(item)
    return bool(item) and len(words) <= longest and not item[:1].islower() and not item.endswith((".", ";", ","))


# What a page points its reader to: "Next article:", "You may also like:".
_POINTER_WORDS = _LIST_HEADS | frozenset(("next", "previous", "prev"))
_ITEM_NOUNS = frozenset(("article", "articles", "story", "stories", "post", "posts", "read", "reads", "video",
                         "videos", "news", "like", "headlines"))


def _pointer_lines(lines: list[tuple[int, str]]) -> list[Shape]:
    """A label pointing to another of the site's items, then its headline:
    "Next article: Rates rise for second year", "You may also like: ..."."""
    out = []
    for pos, line in lines:
        label, sep, rest = line.partition(":")
        words = [w.lower() for w in _WORD_RE.findall(label)]
        if not sep or not 1 <= len(words) <= 5 or not _headline(rest.strip()):
            continue
        if _POINTER_WORDS.intersection(words) and (_ITEM_NOUNS.intersection(words) or _READER.intersection(words)):
            out.append(Shape(pos, pos + len(line), "link to another story"))
    return out


# The page asking what its reader made of it: "Was this article helpful?".
_FEEDBACK_RE = re.compile(r"\bthis (?:article|story|page|post|content|piece)\b[^?\n]{0,20}\b(?:helpful|useful|informative)\b"
                          r"|\b(?:helpful|useful|informative|enjoy|like|rate)\b[^?\n]{0,12}\bthis (?:article|story|page|post|content|piece)\b",
                          re.I)


def _feedback_prompts(lines: list[tuple[int, str]]) -> list[Shape]:
    """A short question asking the reader to rate the page: "Was this
    article helpful? Yes No", "Did you enjoy this story? Let us know"."""
    out = []
    for pos, line in lines:
        if "?" in line and len(_WORD_RE.findall(line)) <= 14 and _FEEDBACK_RE.search(line):
            out.append(Shape(pos, pos + len(line), "feedback prompt"))
    return out


def _headline(line: str) -> bool:
    """A headline: 3 to 16 words, capitalised, not ending in a full stop."""
    if len(line) > 140 or not line[:1].isupper() or line.endswith((".", ";", ",", ":")):
        return False
    return 3 <= len(_WORD_RE.findall(line)) <= 16


def _link_lists(lines: list[tuple[int, str]]) -> list[Shape]:
    """A recommending or reader-addressed heading over two or more headlines."""
    out: list[Shape] = []
    for i, (pos, line) in enumerate(lines[:-2]):
        if len(line) > 70:
            continue
        words = [w.lower() for w in _WORD_RE.findall(line)]
        if not 1 <= len(words) <= 8 or line.endswith((".", "!", "?", ";", ",")):
            continue
        if not (_READER.intersection(words) or _LIST_HEADS.intersection(words)):
            continue
        items = lines[i + 1 : i + 3]
        if all(_headline(t) for _, t in items):
            end = items[-1][0] + len(items[-1][1])
            out.append(Shape(pos, end, "list of links"))
            break
    return out


def _imprints(lines: list[tuple[int, str]]) -> list[Shape]:
    """A short line naming a company by its legal form next to a year."""
    out = []
    for pos, line in lines:
        if len(line) > 150 or not line[:1].isupper() or not _YEAR_RE.search(line):
            continue
        words = _WORD_RE.findall(line)
        if len(words) > 15:
            continue
        low = [w.lower().rstrip(".,") for w in words]
        k = next((j for j, w in enumerate(low) if w in _LEGAL or w + "." in _LEGAL), -1)
        # The legal form closes a capitalised name and a year follows or precedes it.
        if k >= 1 and all(w[:1].isupper() for w in words[:k]) \
                and any(_YEAR_RE.fullmatch(w.rstrip(".,")) for w in words[max(0, k - 1) : k + 2]):
            out.append(Shape(pos, pos + len(line), "imprint"))
    return out


# A button's label on a line of its own: "[Sign the guestbook]", "» Share this".
_BUTTON_RE = re.compile(r"(?:\[[ \t]?([A-Za-z]+)[^\[\]\n]{0,40}\]|[»›>][ \t]?([A-Za-z]+)[^\n]{0,40})")


def _buttons(lines: list[tuple[int, str]]) -> list[Shape]:
    """Lines that are a button: a short bracketed or arrowed order of the site."""
    out = []
    for pos, line in lines:
        m = _BUTTON_RE.fullmatch(line)
        if _COUNTER_RE.fullmatch(line):
            out.append(Shape(pos, pos + len(line), "comment counter"))
        elif m and len(line.split()) <= 6 and (m.group(1) or m.group(2)).lower() in _SITE_VERBS \
                and not line.endswith("."):
            out.append(Shape(pos, pos + len(line), "button"))
    return out


# "About the author:", "Author bio —", "ABOUT THE AUTHOR" on a line of its own: the box's own heading.
_AUTHOR_LABEL_RE = re.compile(r"(?:about the (?:author|" + "|".join(sorted(_ROLES)) + r")s?|the author|author bio|bio)"
                             r"(?:[ \t]*[:.—–-][ \t]*|[ \t]*\n)", re.I)
# "<Name> covers planning for the Herald", "... writes about courts for ...".
_BEAT_RE = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}(?:covers|writes about|writes on|reports on|writes for|reports for)"
                      r" [^.\n]{1,80}?\bfor (?:the )?[A-Z]")
# How to reach the author: a handle, an address, "Follow her on X".
_CONTACT_RE = re.compile(r"(?<![\w.])@[A-Za-z_][\w.]{1,30}|\b[\w.+-]+@[\w-]+\.[\w.]+|\bfollow (?:him|her|them|me)\b", re.I)


# "Contact the author at ...", "Email us: ...", "Follow her @...": the site
# telling its reader how to reach it, with an address and no statement.
_CONTACT_OPENERS = frozenset(("contact", "email", "e-mail", "write", "follow", "reach", "send", "tweet", "message", "dm",
                              "whatsapp", "call", "text", "phone", "ring"))
_MODAL_RE = re.compile(r"\b(?:should|can|could|may|must|will|would|is|are|was|were|said|says|urged|asked)\b", re.I)


# What a contact line or a reading time needs: an "@", or minutes after a
# number. Two patterns, each opening on its own character so the engine
# skips ahead to it (an alternation of them is tried at every position).
_AT_RE = re.compile("@")
_MINUTES_TRIGGER_RE = re.compile(r"\d[ \t-]?min", re.I)
# The same in case-folded text (rules/folding.py), opening on its letters so
# the engine skips ahead to "min", not to every digit: the match starts at
# the digit one or two characters before it.
_FOLDED_MINUTES_RE = re.compile(r"min(?:(?<=\dmin)|(?<=\d[ \t-]min))")
# A phone number: nine to fourteen digits, spaced or not ("07700 900123",
# "+44 20 7946 0958"), the "+" only before a digit. It opens on a character
# set (a "+" or a digit) for the same reason.
_PHONE_RE = re.compile(r"[+\d](?:(?<=\+)\d|(?<!\+))[\d \t]{7,16}\d(?![\d.,])")
# "5 min read", "3 minute listen": how long the page takes, printed by the page.
_READING_TIME_RE = re.compile(r"\b\d{1,3}[ \t-]?(?:min|mins|minutes?)[ \t]+(?:read|listen|watch)\b", re.I)


def _contact_lines(lines: list[tuple[int, str]], last_end: int) -> list[Shape]:
    """Short lines that give the reader an address, a handle or a number to reach the
    site or its author, and lines that say how long the page takes to read.
    One that ends the article (``last_end``: where its text ends) is only
    info: wire copy closes on its reporter's or desk's contact ("Follow Jane
    Doe on X: @jdoe.")."""
    out = []
    for pos, line in lines:
        words = _WORD_RE.findall(line)
        if len(words) <= 6 and _READING_TIME_RE.search(line) and not line.endswith("."):
            out.append(Shape(pos, pos + len(line), "reading time"))
            continue
        if not 2 <= len(words) <= 12 or _MODAL_RE.search(line) \
                or (_CONTACT_RE.search(line) is None and _PHONE_RE.search(line) is None):
            continue
        first = words[0].lower()
        if first in _CONTACT_OPENERS or (_READER | {"us", "our"}).intersection(w.lower() for w in words):
            out.append(Shape(pos, pos + len(line), "contact line", "info" if pos + len(line) >= last_end else None))
    return out


def _author_box(start: int, text: str) -> list[Shape]:
    """A closing paragraph introducing the author by a newsroom role or a beat."""
    label = _AUTHOR_LABEL_RE.match(text)
    body = text[label.end():] if label else text
    beat = _BEAT_RE.match(body)
    if beat is not None and (label or _CONTACT_RE.search(body)) and len(text.split()) <= 60:
        return [Shape(start, start + len(text.rstrip()), "author box")]
    if label and (":" in label.group() or "\n" in label.group()):  # under its own heading, any short paragraph is the box
        return [Shape(start, start + len(text.rstrip()), "author box")] if len(text.split()) <= 60 else []
    m = _AUTHOR_RE.match(body)
    if m is None:
        return []
    text = body
    end = text.find(".", m.end())
    first = text[: end if end >= 0 else len(text)].lower()
    role = [w.strip(",;") for w in m.group(1).lower().split()]
    # A box names the role and the outlet and stops; a story goes on to say
    # what the person did ("... who first reported the transfer").
    if not _ROLES.intersection(role) or len(text.split()) > 60 or len(first.split()) > 20 \
            or _CLAUSE_WORDS.intersection(first.replace(",", " , ").split()):
        return []
    return [Shape(start, start + (end + 1 if end >= 0 else len(text)), "author box")]
