"""Text that is not prose for a reader: editors' notes to self, HTML left in
the body, identifiers, and filler. BLP002 reports them with the template
placeholders (``template_tokens``).

* An editor's note is a marker in capitals ("TK", "TODO", "INSERT", "TBC")
  followed by a colon or more capitals, at the start of a line or of a
  sentence or a quotation, closing a short line ("Caption TK"), anywhere with
  two or more words in capitals after it ("Director-General INSERT DG NAME +
  QUOTE HERE said"), or anywhere inside brackets ("[Photo: site – credit TBC]"); weaker markers ("CHECK",
  "CONFIRM", "NEED") only open a line before a colon; a line addressed to
  the desk ("NOTE TO DESK: ...", "EDS: ...") is one too, and so is an HTML
  comment holding a marker (in scraped text, any comment but a linter's
  directive), and a bracket holding nothing but a marker ("(placeholder)").
  A number still to fill in ("£XX million", "XX%", "a XX-year-old") is a note.
* HTML elements of body text ("<p class=...>", "</div>", "<br>") and
  character entities ("&nbsp;", "&amp;") left in the text; an element's
  content is kept by the fix unless it is an empty value
  ("<p>undefined</p>"), and an entity becomes its character.
* A slot in capitals: two or more words in capitals in brackets ending on
  what a slot names ("[PHOTOGRAPHER NAME]"; not a stage direction,
  "[CHEERING AND APPLAUSE]"), or one after a currency sign ("$[AMOUNT]").
* An identifier with underscores ("link_placeholder", "EMBED_ARTICLE_ID=55721")
  outside a handle, hashtag, address or file name: a template's slot name.
* Filler: a sentence of five or more words with almost no English function
  word and no function word of another language but Latin, holding a Latin
  one ("sit", "sed", "est"), whose words are at least half Latin function
  words or carry Latin endings ("Lorem ipsum dolor sit amet, consectetur
  adipiscing elit", or any sentence opening "Lorem ipsum"); a short line
  "<Something> goes here", "HEADLINE HERE", "Insert <what>" or "<Something>
  to come"; a short paragraph of a template's sample text ("This is sample
  text. Replace it with your own content.").
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from typing import NamedTuple

from sourcelint.document import Document

from ..langid import english_stopwords, foreign_function_words
from ..lexicon import data_sections
from ..folding import lowered_text
from ..literals import LiteralSet, MarkPattern
from ..tokens import distinct_lowers, token_lowers
from .spans import in_prose

__all__ = ["NotProse", "SLOT_NOUNS", "not_prose"]

_WORDS = data_sections("boilerplate_not_prose.txt")
_STRONG = _WORDS["strong_markers"]
_WEAK = _WORDS["weak_markers"]
#: A text holds an editor's note only if it holds one of these.
_NOTE_MARKERS = LiteralSet([*_STRONG, *_WEAK, "NOTE TO", "ATTN"])
_ELEMENTS = _WORDS["html_elements"]
_INLINE = _WORDS["html_inline"]
_LATIN = _WORDS["latin_function_words"]
SLOT_NOUNS = _WORDS["slot_nouns"]
_EMPTY = frozenset(("undefined", "null", "nan", "none", "[object object]", ""))


class NotProse(NamedTuple):
    start: int
    end: int
    kind: str
    keep: str | None = None  # text the fix keeps in place of the span (None: remove it)
    severity: str | None = None


_MARKER_RE = re.compile(r"(?<![\w'’-])([A-Z]{2,11})(?![\w'’-])")
_NOTE_TAIL_RE = re.compile(r"[^\n\]>]{0,200}")
# Two or more more words in capitals after a marker ("INSERT DG NAME + QUOTE HERE"): the rest of its note.
_CAPS_AFTER_RE = re.compile(r"(?: (?:[+&/] )?[A-Z]{2,}(?![\w'’-])){2,}")
_BRACKET_RE = re.compile(r"\[[^\[\]\n]{1,200}\]|<<[^<>\n]{1,200}>>")
_COMMENT_RE = re.compile(r"<!--([^\n]{0,300}?)-->")
_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>\n]{0,200})?/?>")
_ELEMENT_RE = re.compile(r"<([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>\n]{0,200})?>([^<>\n]{0,200})</([A-Za-z][A-Za-z0-9]{0,10})\s?>")
_IDENT_RE = re.compile(
    r"(?<![\w@#/.:=\\&?%-])[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,6}(?:=\w{1,40})?(?![\w/@]|\.[A-Za-z0-9])")
# A slot may follow a label: "Image: INSERT CAPTION HERE".
_LABEL = r"(?:[A-Z][a-z]{1,15}:[ \t]*)?"
_GOES_HERE_RE = re.compile(r"(?m)^[ \t]*" + _LABEL + r"(?:[A-Z][\w'’-]*)(?: [\w'’-]+){0,3} (?:goes here|GOES HERE)\.?[ \t]*$"
                           # "HEADLINE HERE", "Insert quote from minister": a slot or an order to the editor
                           r"|^[ \t]*" + _LABEL + r"(?!READ|CLICK|TAP|SEE|MORE|LEARN|FIND|SIGN|JOIN)[A-Z]{3,}(?: [A-Z]{2,}){0,2} HERE\.?[ \t]*$"
                           r"|^[ \t]*" + _LABEL + r"(?:Insert|INSERT|insert) (?:[\w'’-]+ ){0,5}[\w'’-]+[ \t]*$")
# "Quote from police to come": an element promised, not written (no verb: "The best is yet to come").
_TO_COME_RE = re.compile(r"(?m)^[ \t]*([A-Z][\w'’-]*(?: [\w'’-]+){0,6} to come)\.?[ \t]*$")
_TO_COME_VETO_RE = re.compile(r"\b(?:is|are|was|were|will|would|yet|has|have|had|more|much|worse|best|things|days|years)\b", re.I)
# A note addressed to the desk: "NOTE TO DESK:", "ATTN SUBS:", "EDS:".
_DESK_NOTE_RE = re.compile(r"(?m)^[ \t]*((?:NOTE TO (?:THE )?[A-Z]{2,12}|ATTN|EDS|FOR (?:THE )?DESK)\b[^:\n]{0,20}:[^\n]{0,200})")
# A bracket holding nothing but a marker, in any case: "(placeholder)", "[tbd]".
_MARKER_ALONE_RE = MarkPattern(
    r"{}(?i:[ \t]?(?:placeholder|tk|tktk|tbd|tbc|todo|fixme|tba|(?:[\w'’-]+ ){0,3}to come)[ \t]?[\])])", "[(")
# Text a template ships for its user to replace: "This is sample text. Replace it with your own content."
_SAMPLE_TEXT_RE = re.compile(r"\b(?:sample|dummy|placeholder|filler|example) (?:text|copy|headline|caption)\b"
                             r"|\breplace (?:it|this|this text|me) with your\b", re.I)
# A slot in capitals: "[PHOTOGRAPHER NAME]", "$[AMOUNT]" (one word in capitals
# after a currency sign; alone, "[UN]" is an acronym).
_CAPS_SLOT_RE = re.compile(r"\[[ \t]?[A-Z]{2,}(?: [A-Z]{2,}){1,4}[ \t]?\]|(?<=[$£€])\[[ \t]?[A-Z]{1,20}[ \t]?\]")
# An HTML character entity left in the text: "&nbsp;", "AT&amp;T", "&#8217;".
_ENTITY_RE = re.compile(r"&(?:nbsp|amp|quot|lt|gt|apos|mdash|ndash|rsquo|lsquo|ldquo|rdquo|hellip|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# A number still to fill in: "£XX million", "XX%", "X,XXX", "a XX-year-old".
_XX_NUMBER_RE = re.compile(r"(?<![\w£$€])(?:[£$€][ \t]?X{1,3}(?:[.,]X{1,3})?\b|X{2,3}(?=[ \t]?(?:%|per ?cent|percent|million|billion|bn\b))"
                           # a count or an age: "a XX-year-old man", "XX people", "XX years"
                           r"|X{2,3}(?=-(?:year|month|week|day|hour|minute|storey|metre|point|seat|member)s?\b"
                           r"| (?:people|years|months|weeks|days|hours|minutes|members|residents|patients|votes)\b)"
                           r"|X{1,3},XXX\b)")
# Latin function words that are no English word: one must occur ("sit", "sed", "est").
_LATIN_ONLY = _LATIN - frozenset(("in", "at", "ad", "id", "per", "pro", "de", "a", "ab", "ex", "si", "non", "ac"))
_LATIN_END = ("um", "us", "ur", "it", "et", "unt", "or", "ae", "is", "em", "am", "at", "ex", "ent", "ant")


def not_prose(doc: Document) -> list[NotProse]:
    """Notes, markup, identifiers and filler in the prose of ``doc``, in no particular order."""
    text = doc.text
    out: list[NotProse] = []
    if _NOTE_MARKERS.any_in(text):
        out += _notes(text)
    out += [NotProse(m.start(), m.end(), "an editor's note") for m in _MARKER_ALONE_RE.finditer(text)]
    if "[" in text:
        out += [NotProse(m.start(), m.end(), "a slot in capitals") for m in _CAPS_SLOT_RE.finditer(text)
                if text[m.start() - 1 : m.start()] in "$£€" and m.start() > 0
                or m.group().strip("[] \t").split()[-1] in SLOT_NOUNS]
        out += _slots_in_brackets(text)
    if "&" in text:
        out += [NotProse(m.start(), m.end(), "an HTML entity", keep=html.unescape(m.group()).replace("\xa0", " "))
                for m in _ENTITY_RE.finditer(text)]
    if "<" in text:
        out += _markup(doc)
    if "_" in text:
        out += _identifiers(text)
    if "goes here" in text or "HERE" in text or "nsert" in text:
        out += [NotProse(m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), "filler text")
                for m in _GOES_HERE_RE.finditer(text)]
    if "to come" in text:
        out += [NotProse(m.start(1), m.end(1), "filler text") for m in _TO_COME_RE.finditer(text)
                if not _TO_COME_VETO_RE.search(m.group(1))]
    low = lowered_text(doc)
    if any(w in low for w in ("sample", "dummy", "placeholder t", "filler", "replace")):
        out += _sample_text(doc)
    if "XX" in text:
        out += [NotProse(m.start(), m.end(), "a number still to fill in") for m in _XX_NUMBER_RE.finditer(text)]
    out += _latin_filler(doc)
    return [p for p in out if p.kind == "an editor's note" and text.startswith("<!--", p.start) or in_prose(doc, p.start)]


def _line_or_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line, or a sentence after ". ", or follows an opening mark."""
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or before.endswith(("\n", "[", "<<", "<< ", "[ ", "<!-- ")) or bool(re.search(r"[.!?][\"”’)]? $", before)) \
        or bool(_OPENING_QUOTE_RE.search(before))


# An opening quote mark at a line's start or after a space or a colon: a note may open a quotation ('said. "INSERT').
_OPENING_QUOTE_RE = re.compile(r"(?:^|[\s:])[\"“]$")


def _notes(text: str) -> list[NotProse]:
    """Editors' notes in capitals, in the open, inside brackets or in a comment."""
    out: list[NotProse] = []
    for m in _MARKER_RE.finditer(text):
        word, e = m.group(1), m.end()
        nxt = text[e : e + 1]
        after = text[e + 1 : e + 30].split(" ", 1)[0]
        if word in _STRONG:
            opens = _line_or_sentence_start(text, m.start())
            ok = nxt == ":" or (nxt == " " and len(after) >= 2 and after.isupper()) \
                or (nxt in ("", "\n", "]") and opens)
            # "Caption TK": a marker closing a short line (TBC and TBD are also printed: "Kick-off TBC").
            closing = nxt in ("", "\n", ".") and word not in ("TBC", "TBD") and _short_line(text, m.start())
            # Opening a line or a sentence, a marker heads a note whatever follows, but a name ("TK Maxx").
            heading = opens and nxt == " " and not (after[:1].isupper() and not after.isupper())
            run = _CAPS_AFTER_RE.match(text, e)
            if run is not None and not (closing or heading or opens or _inside_brackets(text, m.start())):
                # "Director-General INSERT DG NAME + QUOTE HERE said": an order in capitals anywhere
                out.append(NotProse(m.start(), run.end(), "an editor's note"))
                continue
            if not (closing or heading) and (not ok or not (opens or nxt == ":" or _inside_brackets(text, m.start()))):
                continue
        elif word in _WEAK:
            if nxt != ":" or not _line_or_sentence_start(text, m.start()):
                continue
        else:
            continue
        s, end = _enclosing(text, m.start())
        if s is None:
            s, end = m.start(), _NOTE_TAIL_RE.match(text, e).end()
            if text[s - 1 : s] in "\"“":  # a note in quotation marks ends at the closing one
                end = min((q for q in (text.find('"', e, end), text.find("”", e, end)) if q >= 0), default=end)
            end = len(text[s:end].rstrip(" .")) + s
        out.append(NotProse(s, end, "an editor's note"))
    out += [NotProse(m.start(1), m.end(), "an editor's note") for m in _DESK_NOTE_RE.finditer(text)]
    for m in _BRACKET_RE.finditer(text):
        caps = re.findall(r"[A-Z]{2,11}", m.group())
        # a weak marker too in a bracket all in capitals: "[TRANSLATION NEEDED]", "[CHECK SPELLING]"
        if any(w in _STRONG for w in caps) or (any(w in _WEAK for w in caps) and not any(c.islower() for c in m.group())):
            out.append(NotProse(m.start(), m.end(), "an editor's note"))
    return out


# A run of two or more words in capitals, joined by spaces: a slot's label ("NAME OF PHOTOGRAPHER").
_CAPS_RUN_RE = re.compile(r"(?<![\w'’])[A-Z]{2,}(?: [A-Z]{2,}){1,5}(?![\w'’])")


def _slots_in_brackets(text: str) -> list[NotProse]:
    """A bracket after a label holding a run in capitals that names a slot
    with a slot noun and a function word ("[Photo: AP/NAME OF
    PHOTOGRAPHER]", "[Source: TITLE OF REPORT]"): a credit or a caption
    whose value was never filled in. A run of names ("AP/JOHN SMITH") names
    no slot."""
    out: list[NotProse] = []
    for m in _BRACKET_RE.finditer(text):
        for run in _CAPS_RUN_RE.finditer(m.group()):
            words = run.group().split()
            if any(w in SLOT_NOUNS for w in words) and any(w.lower() in _SLOT_LINKS for w in words):
                out.append(NotProse(m.start(), m.end(), "a slot in capitals"))
                break
    return out


# The function words that join a slot noun to what it names ("NAME OF", "DATE FOR", "TITLE TO").
_SLOT_LINKS = frozenset(("of", "for", "to", "and", "or", "the", "here"))


def _short_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` has at most six words."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return len(text[ls : le if le >= 0 else len(text)].split()) <= 6


def _inside_brackets(text: str, pos: int) -> bool:
    return _enclosing(text, pos)[0] is not None


def _enclosing(text: str, pos: int) -> tuple[int | None, int]:
    """The bracket, ``<< >>`` or HTML comment around ``pos`` on its line, if any."""
    ls = text.rfind("\n", 0, pos) + 1
    for opener, closer in (("[", "]"), ("<<", ">>"), ("<!--", "-->")):
        o = text.rfind(opener, ls, pos)
        if o < 0 or text.rfind(closer, o, pos) >= 0:
            continue
        c = text.find(closer, pos, pos + 300)
        nl = text.find("\n", pos)
        if c >= 0 and (nl < 0 or c < nl):
            return o, c + len(closer)
    return None, pos


def _markup(doc: Document) -> list[NotProse]:
    """HTML elements of body text left in the prose; notes in HTML comments."""
    text = doc.text
    # A Markdown file may format with HTML and hide notes in comments; in
    # scraped text both are shown to the reader.
    markdown = doc.markdown and (doc.path or "").lower().endswith((".md", ".markdown"))
    out: list[NotProse] = []
    for m in _COMMENT_RE.finditer(text):
        body = m.group(1).strip()
        if body.lower().startswith(("sourcelint", "noqa", "vale", "prettier", "markdownlint")):
            continue
        if not markdown or any(w in _STRONG or w in _WEAK for w in re.findall(r"[A-Z]{2,11}", body)):
            out.append(NotProse(m.start(), m.end(), "an editor's note"))
    taken: list[tuple[int, int]] = []
    for m in _ELEMENT_RE.finditer(text):
        name = m.group(1).lower()
        if name != m.group(3).lower() or name not in _ELEMENTS:
            continue
        content = m.group(2).strip()
        empty = content.lower() in _EMPTY
        if markdown and name in _INLINE and not empty:
            continue
        out.append(NotProse(m.start(), m.end(), "an HTML element", keep=None if empty else content))
        taken.append((m.start(), m.end()))
    for m in _TAG_RE.finditer(text):
        name = m.group(1).lower()
        if name not in _ELEMENTS or (markdown and name in _INLINE):
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append(NotProse(m.start(), m.end(), "an HTML tag"))
    return out


# A noun that names the identifier after it: "an error code, ERR_ALLOC_TIMEOUT", "the flag USE_CACHE".
_NAMED_BEFORE_RE = re.compile(r"\b(?:code|error|message|variable|flag|setting|constant|status|field|parameter|key|"
                              r"function|command|option|label|string|value)s?[,:]?[ \t]+[\"“‘'(`]?$", re.I)


def _identifiers(text: str) -> list[NotProse]:
    """Slot names with underscores; in brackets, with a value or naming a placeholder they are certain."""
    out: list[NotProse] = []
    for m in _IDENT_RE.finditer(text):
        tok = m.group()
        if tok.startswith("_") or tok.endswith("_"):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        bracketed = text.rfind("[", ls, m.start()) > text.rfind("]", ls, m.start())
        if not bracketed and _NAMED_BEFORE_RE.search(text, max(ls, m.start() - 40), m.start()):
            continue  # "returning an error code, ERR_ALLOC_TIMEOUT,": an identifier the story names
        sure = bracketed or "=" in tok or "placeholder" in tok.lower() or (tok.isupper() and tok.count("_") >= 2)
        s, e = _enclosing(text, m.start()) if bracketed else (None, m.end())
        # In brackets, the whole bracket is the template's ("[READ MORE: link_placeholder]").
        out.append(NotProse(m.start() if s is None else s, e, "a template's slot name", severity=None if sure else "info"))
    return out


def _sample_text(doc: Document) -> list[NotProse]:
    """Short paragraphs of a template's sample text."""
    out = []
    for para in doc.paragraphs:
        if len(para.text) <= 200 and _SAMPLE_TEXT_RE.search(para.text) and '"' not in para.text and "“" not in para.text:
            out.append(NotProse(para.start, para.end, "filler text"))
    return out


def _latin_filler(doc: Document) -> list[NotProse]:
    """Sentences of Latin-shaped words with no English in them: lorem ipsum."""
    out: list[NotProse] = []
    lowers, starts = token_lowers(doc), doc.token_starts
    present = distinct_lowers(doc)
    if "lorem" not in present and _LATIN_ONLY.isdisjoint(present):
        return out  # no filler without a Latin function word or its own name
    stop = english_stopwords()
    for sent in doc.sentences:
        lo = bisect_left(starts, sent.start)
        # Most sentences of English stop here, at one of their first words.
        if lowers[lo : lo + 1] != ["lorem"] and any(w in stop for w in lowers[lo : lo + 4]):
            continue
        hi = bisect_left(starts, sent.end)
        if hi - lo < 2:
            continue
        words = [w for w in lowers[lo:hi] if w.isalpha()]
        if words[:2] == ["lorem", "ipsum"]:  # the filler's own name opens it, however short
            out.append(NotProse(sent.start, sent.end, "filler text (lorem ipsum)"))
            continue
        if len(words) < 5 or any(w in stop for w in words[:4]):
            continue
        english = sum(w in stop for w in words)
        if english * 8 > len(words) or _LATIN_ONLY.isdisjoint(words):
            continue
        # A function word of French, Italian or Spanish ("que", "les", "il") makes it a quotation.
        foreign = foreign_function_words()
        if any(w in foreign and w not in _LATIN for w in words):
            continue
        latin = sum(w in _LATIN or (len(w) > 3 and w.endswith(_LATIN_END)) for w in words)
        if latin * 2 >= len(words):
            out.append(NotProse(sent.start, sent.end, "filler text (lorem ipsum)"))
    return out
