"""Template and CMS placeholders left in the text: shortcodes, bracketed media
tags, template variables, format strings, and empty values where words were
meant to go. What they share is that they are instructions to software, not
words for a reader; BLP002 reports them with the dead links."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..folding import lowered_text
from ..lexicon import media_words, speech_verbs
from ..tokens import distinct_lowers, token_lowers
from ..translation.lexicons import past_forms
from .not_prose import SLOT_NOUNS, not_prose
from .spans import in_prose

__all__ = ["Placeholder", "template_placeholders"]


class Placeholder(NamedTuple):
    start: int
    end: int
    kind: str  # what it is, for the message
    keep: str | None = None  # text the fix leaves in place of the span (None: remove it)
    severity: str | None = None  # None: the rule's own


# A WordPress-style shortcode: "[caption id="5" align="left"]", "[gallery
# ids="1,2"]", "[/embed]"; an opening tag with attributes or a closing tag.
_SHORTCODE_RE = re.compile(
    r"\[/?[A-Za-z][\w-]{1,30}(?:[ \t]+[A-Za-z_-]{1,30}=(?:\"[^\"\]\n]{0,200}\"|'[^'\]\n]{0,200}'|[^\s\]]{1,100})){1,10}"
    r"[ \t]*/?\]|\[/[a-z][a-z_-]{1,30}\]")
# "[embed]https://...[/embed]": a shortcode pair and what it wraps.
_SHORTCODE_PAIR_RE = re.compile(r"\[([a-z][a-z_-]{1,30})\][^\[\]\n]{0,300}\[/\1\]")
# A bracketed tag naming a kind of media, alone or with a label:
# "[photo]", "[VIDEO]", "[VIDEO: final_lap_HD]", "[[CHART: q4.png]]".
# Several words are a tag when the bracket is in capitals ("[AD SLOT 2]",
# "[PHOTO CREDIT]") or opens with an editor's marker ("[Insert photo here]").
_MEDIA_TAG_RE = re.compile(
    r"\[\[?[ \t]{0,3}([A-Za-z]{2,20})((?:[ \t_-]{1,2}[A-Za-z0-9'’]{1,20}){0,6})[ \t]{0,3}(?::[^\[\]\n]{0,120})?\]\]?")
# A token shaped like a program's identifier between a template engine's
# delimiters: "{photo_credit}", "%%RELATED_BLOCK%%", "<<slot_3>>",
# "__AMOUNT__", "[ad_unit_2]". Prose never writes words that way. (Each
# branch opens on its delimiter, what comes before it looked at from just
# after it, so the engine skips ahead to delimiters.)
_DELIMITED_RE = re.compile(
    r"\{(?<![\w{$]\{)[ \t]{0,2}[A-Za-z_][\w.-]{0,60}[ \t]{0,2}\}(?!\})"
    r"|%(?<![\w%]%)%?[A-Za-z_][\w.-]{1,60}%%?(?![\w%])"
    r"|<<[ \t]{0,2}[A-Za-z_][\w.:-]{0,60}[ \t]{0,2}>>|<%[^%\n]{1,100}%>"
    r"|_(?<!\w_)_[A-Z][A-Z0-9_]{1,60}__(?!\w)"
    r"|\[[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,6}\]")
# An editor's marker that a word or an element is still to come: "[TK]",
# "[TK: quote from union]", "[Insert photo here]", "TKTK".
_MARKER_WORDS = (r"(?:TK|TKTK|TBD|TODO|FIXME|XXX?|INSERT|PLACEHOLDER"
                   r"|tk|tbd|todo|fixme|insert|placeholder|Insert|Placeholder|Tk|Tbd|Todo)\b")
# ... in square brackets, or in a template's double angle brackets or braces ("<<Insert comment>>").
_EDITOR_NOTE_RE = re.compile(
    r"\[[ \t]{0,2}" + _MARKER_WORDS + r"[^\[\]\n]{0,150}\]"
    r"|<<[ \t]{0,2}" + _MARKER_WORDS + r"[^<>\n]{0,150}>>"
    r"|\{[ \t]{0,2}" + _MARKER_WORDS + r"[^{}\n]{0,150}\}"
    r"|\bTKTK\b")
# Double square brackets holding a label with no spaces, or braces holding a
# template variable: "[[CHART_1]]", "{{author}}", "{{ image.alt }}", "{% if %}", "${name}".
_TEMPLATE_VAR_RE = re.compile(
    r"\[\[[^\[\]\s]{1,100}\]\]|\{\{[^{}\n]{1,100}\}\}|\{%[^%\n]{1,100}%\}|\$\{[A-Za-z_][\w.]{0,60}\}")
# printf-style holes: "Shares of %s closed at %s", "%d people", "%(name)s".
_FORMAT_RE = re.compile(r"(?<![\w%])%(?:\([a-z_]{1,30}\))?[sdif](?![\w%])")
# An empty value where a word was meant to go: "By undefined", "Photo: null" (before a
# credit's slash or dash too: "Photo: undefined / The Ledger"),
# "shares of undefined closed", "[object Object]", "... for months. null".
_EMPTY_VALUE_RE = re.compile(
    r"\[object Object\]|(?:(?<=\b[Bb]y )|(?<=\bof )|(?<=\bto )|(?<=\bin )|(?<=\bat )|(?<=\bfrom )|(?<=\bfor )"
    r"|(?<=\bon )|(?<=\buntil )|(?<=\bthan )|(?<=\bwith )|(?<=\babout )|(?<=\bbefore )|(?<=\bafter )"
    r"|(?<=: )|(?<=^)|(?<=>)|(?<=[.!?] ))(?:undefined|null|NaN)(?=[ \t]*(?:[.,;:)<\n/|–—]|$| [A-Z]))"
    # a value before a preposition: "valued at undefined in a funding round"
    r"|(?:(?<=\bat )|(?<=\bof )|(?<=\bto )|(?<=\bby ))(?:undefined|NaN)(?= (?:in|on|at|by|for|from|to|and|or|per|after|before|last|this|a|an|the)\b)"
    # where a count was meant: "estimated that null households would ..."
    r"|(?:(?<=\bthat )|(?<=\bthan )|(?<=\babout )|(?<=\bnearly )|(?<=\balmost )|(?<=\bonly )|(?<=\bjust )"
    r"|(?<=\bover )|(?<=\bunder ))(?:undefined|null|NaN)(?= [a-z]{3,}s\b)"
    # a number that did not arrive: "$NaN", "£undefined", "NaN%", "id=null", "undefined km/h"
    r"|(?<=[$£€=])(?:undefined|null|NaN)\b|\b(?:undefined|null|NaN)(?=%| percent\b| per cent\b)"
    # an amount after a verb of change or in a measure: "rose undefined points", "an average of null days"
    r"|(?:(?<=\baverage of )|(?<=\btotal of )|(?<=\bby )|(?<=\brose )|(?<=\bfell )|(?<=\bgained )|(?<=\blost ))(?:undefined|null)(?= [a-z]{3,}s\b)"
    r"|\b(?:undefined|null)(?= ?(?:[A-Za-z]{1,3}/[A-Za-z]{1,3}|°[CF]?|mm|cm|km|kg|mph|kph|ft|lbs?|mg|ml|kWh?|MW|GW)\b)"
    # "NaN" is no word of prose anywhere: a number that did not arrive ("NaN volunteer hours")
    r"|(?<![\w.$£€=/-])NaN(?![\w%/-])", re.M)
_BARE_TRIGGERS = ("undefined", "null", "NaN", "TKTK")
_EDITOR_MARKERS = frozenset(("insert", "tk", "tbd", "todo", "fixme", "placeholder"))


@analysis("boilerplate.template_placeholders", needs=(token_lowers, lowered_text, distinct_lowers))
def template_placeholders(doc: Document) -> list[Placeholder]:
    """Placeholders in the prose, each once, in document order."""
    text = doc.text
    bracket, brace, pct = "[" in text, "{" in text, "%" in text
    delimited = brace or pct or "<<" in text or "<%" in text or "__" in text or (bracket and "_" in text)
    bare = any(w in text for w in _BARE_TRIGGERS)
    # Notes, markup and filler (``not_prose``) are judged there, in prose and comments alike.
    loose = [Placeholder(*p) for p in not_prose(doc) if not _inside_code(text, p.start)]
    if not (bracket or delimited or bare):
        return _apart(loose)
    found: list[Placeholder] = []
    # Each pattern runs only when its delimiter occurs: most articles have none.
    if bracket:
        found += [Placeholder(m.start(), m.end(), "a shortcode") for m in _SHORTCODE_PAIR_RE.finditer(text)]
        found += [Placeholder(m.start(), m.end(), "a shortcode") for m in _SHORTCODE_RE.finditer(text)]
        media = media_words()
        found += [Placeholder(m.start(), m.end(), "a media placeholder") for m in _MEDIA_TAG_RE.finditer(text)
                  if _media_tag(m, media, text)]
    if delimited:
        found += [Placeholder(m.start(), m.end(), "a template variable") for m in _DELIMITED_RE.finditer(text)]
    if bracket or bare or delimited:
        found += [Placeholder(m.start(), m.end(), "an editor's marker") for m in _EDITOR_NOTE_RE.finditer(text)]
    if bracket or brace:
        found += [Placeholder(m.start(), m.end(), "a template variable") for m in _TEMPLATE_VAR_RE.finditer(text)]
    if pct:
        found += [Placeholder(m.start(), m.end(), "a format placeholder") for m in _FORMAT_RE.finditer(text)]
    if bare or "[object" in text:
        found += _empty_values(text)
    return _apart([p for p in found if in_prose(doc, p.start) and not _inside_code(text, p.start)] + loose)


def _empty_values(text: str) -> list[Placeholder]:
    """Empty values ("undefined", "NaN") left in the prose; none of a value the
    article quotes as a word somewhere ('"NaN" stands for "not a number"'):
    it writes about that value wherever it names it."""
    values = list(_EMPTY_VALUE_RE.finditer(text))
    seen = {m.start() for m in values}
    values += [m for m in _BARE_EMPTY_RE.finditer(text) if m.start() not in seen and _empty_slot(text, m)]
    discussed = {m.group() for m in values if _mentioned(text, m.start(), m.end())}
    return [Placeholder(m.start(), m.end(), "an empty value") for m in values if m.group() not in discussed]


_BARE_EMPTY_RE = re.compile(r"(?<![\w'’-])(?:undefined|null)(?![\w'’-])")
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]+$")
_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")
_SLOT_PREPOSITIONS = frozenset("at of in on from to by for with near".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our my your any no some each every".split())
_NUMBER_AFTER_RE = re.compile(r"[ \t]+[$£€]?\d")


@lru_cache(maxsize=None)
def _said() -> frozenset[str]:
    return frozenset(speech_verbs())


def _empty_slot(text: str, m: re.Match[str]) -> bool:
    """An empty value where a name or a noun phrase was meant, read from its
    neighbours: after a label in capitals and before more words ("Ward null
    councillor", "Room undefined is"), or after a preposition and before a
    verb ("Rainfall at undefined reached 142mm"), after a speech verb at the
    end of a clause ("a spokesperson said undefined."), or in a range of numbers
    ("from undefined to 41"), where English has no use
    for the adjective ("of undefined length", "null and void")."""
    prev = _PREV_WORD_RE.search(text, max(0, m.start() - 30), m.start())
    if prev is not None and prev.group(1) in _said() and text[m.end() : m.end() + 1] in (".", ",", ";"):
        return True  # "A spokesperson said undefined.": what was said never filled in
    nxt = _NEXT_WORD_RE.match(text, m.end())
    if prev is None or nxt is None:
        return False
    word = prev.group(1)
    if word[0].isupper() and not word.isupper() and word.lower() not in _DETERMINERS:
        return nxt.group(1).islower() and nxt.group(1) not in ("and", "or")
    after = nxt.group(1)
    # ("ranged in age from undefined to 41": a value between two prepositions)
    return word in _SLOT_PREPOSITIONS and (_verb_form(after) or (word == "from" and after == "to"
                                                                  and nxt.end() < len(text) and _NUMBER_AFTER_RE.match(text, nxt.end()) is not None))


def _verb_form(word: str) -> bool:
    """A finite verb (past form, or "is", "was", "has" ...): what comes after a subject, never after an adjective."""
    return word in _FINITE_AFTER or word in past_forms()


_FINITE_AFTER = frozenset("is are was were has have had will would could can should may might must said says".split())


def _media_tag(m: re.Match[str], media: frozenset[str], text: str) -> bool:
    """Whether a bracket names a kind of media or a template's slot: one word
    ("[photo]", "[VIDEO]", "[Infographic]", "[NAME]"), several in capitals
    with a media word ("[AD SLOT 2]"), a few capitalised words ending on one
    ("[Author Name]", "[Pull quote]"), or a hyphenated slug
    ("[related-articles]"). Outside a quotation only, where an editor's
    bracket ("[Name]", "[re-elected]") may stand in for a speaker's words."""
    head, rest = m.group(1), m.group(2)
    words = [head, *re.split(r"[ \t_-]+", rest.strip(" \t_-"))] if rest else [head]
    if head.lower() in _EDITOR_MARKERS and rest:
        return True
    if all(not c.islower() for w in words for c in w) and any(w.lower() in media for w in words):
        return True
    last = words[-1].lower()
    if len(words) > 3 or _in_quotation(text, m.start()):
        return False
    if not rest:
        if head.istitle() and _opens_line(text, m.start()) and text[m.end() : m.end() + 2].strip(" \t"):
            return False  # "[Photo] Prince William at ...": a caption's label
        return last in media or last.upper() in SLOT_NOUNS
    slug = "-" in rest and " " not in m.group() and all(w.islower() for w in words)
    titled = words[0][:1].isupper() and (last in media or last.upper() in SLOT_NOUNS)
    return slug or titled


_QUOTES = "'\"‘’“”"


def _mentioned(text: str, start: int, end: int) -> bool:
    """Whether the value is quoted as a word ("saw '$NaN,'"): mentioned, not left behind."""
    before = text[max(0, start - 2) : start].rstrip("$£€")
    after = text[end : end + 2].lstrip(".,;:!?")
    return bool(before) and before[-1] in _QUOTES and bool(after) and after[0] in _QUOTES


def _opens_line(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened on its line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _inside_code(text: str, pos: int) -> bool:
    """Inside an inline `code` span on its line (template syntax written about, not left behind)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count("`", line_start, pos) % 2 == 1


def _apart(found: list[Placeholder]) -> list[Placeholder]:
    """The placeholders in document order, the widest kept where two overlap."""
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Placeholder] = []
    for p in found:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out
