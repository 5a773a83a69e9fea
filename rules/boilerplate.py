"""The boilerplate family (prefix BLP): what a scraper or aggregator left behind.

Page furniture (navigation, newsletter prompts, share buttons, credits),
placeholder links, social-media embed residue and aggregator notices are not
part of the article. Phrase lists live in ``data/boilerplate_*.txt`` as small
word templates (see the header of ``boilerplate_phrases.txt`` for the syntax);
they are matched on the document's shared word tokens, anchored with an
Aho-Corasick automaton, so case, punctuation and small wording changes do not
matter and a clean article costs one automaton pass.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

from sourcelint.document import WORD_RE, Document, Paragraph
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

__all__ = [
    "Template",
    "TemplateSet",
    "load_templates",
    "removal_span",
    "FurnitureLine",
    "PlaceholderLink",
    "EmbedResidue",
    "AggregatorNotice",
    "RULES",
]


# --------------------------------------------------------------------------
# Word templates
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One position of a template: a set of words, or a gap of up to ``gap`` words."""

    words: frozenset[str] = frozenset()
    gap: int = 0
    optional: bool = False
    label: bool = False


@dataclass(frozen=True)
class Template:
    """A parsed phrase template (one line of a ``boilerplate_*.txt`` file)."""

    source: str
    slots: tuple[Slot, ...]
    mode: str = ""  # "" | "^" (starts the unit) | "%" (credit) | "=" (weak)
    no_comma_after: bool = False
    category: str = ""


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def parse_template(line: str, category: str = "") -> Template:
    """Parse one template line; raise ValueError when it is malformed."""
    src = line.strip()
    mode = ""
    body = src
    if body[:1] in "^%=":
        mode, body = body[0], body[1:].strip()
    no_comma = False
    if body.endswith("$"):
        no_comma, body = True, body[:-1].strip()
    slots: list[Slot] = []
    for piece in body.split():
        if piece.startswith("*"):
            slots.append(Slot(gap=int(piece[1:] or 4)))
            continue
        label = piece.endswith(":")
        piece = piece.rstrip(":")
        optional = piece.endswith("?")
        piece = piece.rstrip("?")
        alts = {_norm(a) for a in piece.split("|") if a}
        # Tokens keep their apostrophe; accept the typographic one as well.
        alts |= {a.replace("'", "’") for a in alts if "'" in a}
        for a in alts:
            m = WORD_RE.fullmatch(a)
            if m is None:
                raise ValueError(f"template {src!r}: {a!r} is not one word token")
        if not alts:
            raise ValueError(f"template {src!r}: empty slot")
        slots.append(Slot(words=frozenset(alts), optional=optional, label=label))
    if not slots or slots[0].gap or slots[0].optional:
        raise ValueError(f"template {src!r} must start with a required word")
    return Template(src, tuple(slots), mode, no_comma, category)


def load_templates(name: str) -> list[Template]:
    """Templates of ``data/<name>``; ``# --- category ---`` comments name categories."""
    text = (files("sourcelint.rules") / "data" / name).read_text(encoding="utf-8")
    out: list[Template] = []
    category = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("# ---"):
            category = line[5:].strip(" -")
            continue
        if not line or line.startswith("#"):
            continue
        out.append(parse_template(line, category))
    return out


# A label mark after a word: "Related:", "Image | ...", "READ MORE -".
_LABEL_RE = re.compile(r"[ \t]*(?:[:|»›–—]|-\s)")


def _words(doc: Document) -> str:
    """The lowercase word tokens as " w0 w1 w2 " (tokens never contain spaces)."""
    return " " + " ".join([t.lower for t in doc.tokens]).replace("’", "'") + " "


class TemplateSet:
    """Templates anchored by an Aho-Corasick automaton over their leading words."""

    def __init__(self, name: str, templates: list[Template]) -> None:
        self.name = name
        self.templates = templates
        keyed: dict[str, list[int]] = {}
        for i, t in enumerate(templates):
            for key in self._keys(t):
                keyed.setdefault(key, []).append(i)
        self.automaton = ahocorasick.Automaton()
        for key, ids in keyed.items():
            self.automaton.add_word(key, (key.count(" ") - 1, tuple(ids)))
        self.automaton.make_automaton()

    @staticmethod
    def _keys(t: Template) -> list[str]:
        # Anchor on the run of required literal words at the start (up to 3),
        # so a common first word ("the", "share") is not verified everywhere.
        keys = [""]
        for slot in t.slots[:3]:
            if slot.gap or slot.optional:
                break
            nxt = [k + " " + w for k in keys for w in sorted(slot.words) if "’" not in w]
            if len(nxt) > 64:
                break
            keys = nxt
            if slot.label:
                break
        return [k + " " for k in keys]

    def hits(self, doc: Document) -> list[tuple[int, tuple[int, ...]]]:
        """``(token index, template ids)`` of every anchor occurrence, in order (cached per document)."""

        def compute(d: Document) -> list[tuple[int, tuple[int, ...]]]:
            joined = d.view("boilerplate.words", _words)
            out = []
            spaces = 0
            prev = 0
            for end, (n_words, ids) in self.automaton.iter(joined):
                # ``end`` is the key's closing space; the spaces before it count
                # the words up to the key's last one (hits come in end order, so
                # counting incrementally keeps this linear).
                spaces += joined.count(" ", prev, end)
                prev = end
                out.append((spaces - n_words, ids))
            out.sort()
            return out

        return doc.view(f"boilerplate.hits.{self.name}", compute)

    def match(self, t: Template, doc: Document, i: int, end: int) -> int:
        """End token index (exclusive) of ``t`` matched at token ``i`` within ``[i, end)``, or -1."""
        tokens = doc.tokens
        text = doc.text
        slots = t.slots
        unit_end_char = tokens[end - 1].end if end > 0 else 0

        def label_ok(j: int) -> bool:
            e = tokens[j].end
            if e >= unit_end_char and _rest_is_blank(text, e, unit_end_char):
                return True
            return _LABEL_RE.match(text, e) is not None

        def go(k: int, j: int) -> int:
            if k == len(slots):
                return j
            s = slots[k]
            if s.gap:
                if k == len(slots) - 1:
                    return min(j + s.gap, end)
                for g in range(s.gap + 1):
                    if j + g > end:
                        break
                    r = go(k + 1, j + g)
                    if r >= 0:
                        return r
                return -1
            if j < end and tokens[j].lower in s.words and (not s.label or label_ok(j)):
                r = go(k + 1, j + 1)
                if r >= 0:
                    return r
            if s.optional:
                return go(k + 1, j)
            return -1

        return go(0, i)


def _rest_is_blank(text: str, s: int, e: int) -> bool:
    return not text[s:e].strip(" \t.!?)]*_")


_SETS: dict[str, TemplateSet] = {}


def template_set(name: str) -> TemplateSet:
    """The template set of ``data/<name>``, loaded once per process."""
    ts = _SETS.get(name)
    if ts is None:
        ts = _SETS[name] = TemplateSet(name.rsplit(".", 1)[0], load_templates(name))
    return ts


def removal_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to take a whole line out cleanly.

    The following white space goes with it, or the preceding white space when
    the line is the last thing in the document, so no blank-line pile-up or
    trailing blank remains.
    """
    text = doc.text
    e = end
    while e < len(text) and text[e] in " \t\r\n":
        e += 1
    if e < len(text):
        return start, e
    s = start
    while s > 0 and text[s - 1] in " \t\r\n":
        s -= 1
    return s, len(text)


# --------------------------------------------------------------------------
# Lines (units of BLP001)
# --------------------------------------------------------------------------


class Line(NamedTuple):
    """A line of prose that could stand alone, with its token range."""

    start: int
    end: int
    tok_lo: int
    tok_hi: int


_TERMINAL_END = ".!?…:;\"”’)]"


def _lines(doc: Document, paragraphs: Iterable[Paragraph] | None = None) -> list[Line]:
    """Lines of ``paragraphs`` (default: all) that can stand alone."""
    out: list[Line] = []
    text = doc.text
    starts = doc.token_starts
    for p in doc.paragraphs if paragraphs is None else paragraphs:
        if "\n" not in p.text:
            spans = [(p.start, p.end)]
        else:
            spans = []
            pos = p.start
            prev: tuple[int, int] | None = None
            for raw in p.text.split("\n"):
                s = pos + (len(raw) - len(raw.lstrip()))
                e = pos + len(raw.rstrip())
                pos += len(raw) + 1
                if e <= s:
                    continue
                # A line inside hard-wrapped prose is not a unit of its own:
                # only the first line, a short one, or one after a finished
                # or short line (not a wrapped one) is.
                if (
                    prev is None
                    or text[prev[1] - 1] in _TERMINAL_END
                    or _looks_short(text, *prev)
                    or _looks_short(text, s, e)
                ):
                    spans.append((s, e))
                prev = (s, e)
        for s, e in spans:
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e)
            out.append(Line(s, e, lo, hi))
    return out


def _looks_short(text: str, s: int, e: int) -> bool:
    # Furniture lines are short; a wrapped prose line fills the width.
    return e - s <= 40


# Menus and breadcrumbs: "By Jane Doe | Home | World | Politics", "Home › News › UK".
_MENU_SEP_RE = re.compile(r"\s(?:\||•|·|»|›|>|/)\s")
# "Updated 14:02 GMT", "Published: 3 June 2021": a time stamp line, not prose.
_STAMP_RE = re.compile(
    r"[ \t(*_]*(?:last\s)?(?:updated|published|posted|modified)(?:\s(?:on|at))?:?\s{1,3}"
    r"(?:\d{1,2}[:.]\d{2}|\d{1,2}\s[A-Za-z]{3,9}\s\d{4}|[A-Za-z]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{4}-\d{2}-\d{2})",
    re.I,
)
_COPYRIGHT_RE = re.compile(r"[ \t(]*(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d\b)", re.I)
_SPECIAL_TRIGGERS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT", "pdated", "PDATED", "ublished", "UBLISHED",
                     "osted", "OSTED", "odified", " | ", " › ", " » ", " • ", " · ", " > ", " / ")
_REPORTING = frozenset("said says say told added asked according tweeted wrote".split())
_LEAD_PREFIX_OK = set(" \t*_#>-•([")


class FurnitureLine(Rule):
    """A short line that is page furniture (navigation, prompts, credits), not article text.

    What it finds:
    A line made mostly of site furniture the scraper kept: "Skip to content",
    "Sign up for ... newsletter", "Subscribe to ...", "Share this article",
    "Advertisement", "Read more: ...", "Related:", "Click here to ...", cookie
    banners, "All rights reserved", "Follow us on Twitter", photo credits
    ("Image caption ...", "John Smith/Getty Images") and bylines glued to menus
    ("By Jane Doe | Home | World"). Phrases come from
    `data/boilerplate_phrases.txt` and are matched on words, so case,
    punctuation and small wording changes do not matter. A line fires only
    when it is short and the furniture covers most of it: "The advertisement
    campaign cost $2m" is news, not furniture.

    Why it matters:
    Furniture shows that text was scraped without cleaning; it pads word
    counts, pollutes training data and summaries, and readers see menus in
    the middle of a story.

    How to fix:
    Remove the line (the fix is safe). If it recurs across a source, add the
    site's furniture to the extraction step's blocklist.
    """

    code = "BLP001"
    name = "furniture-line"
    family = "boilerplate"
    severity = "warning"
    fixable = True
    options = {
        "max-words": Option(40, "longest line (in words) that can count as furniture", min=1),
        "min-coverage": Option(0.6, "share of a line's words the furniture must cover", min=0.0, max=1.0),
        "lead-max-words": Option(25, "longest line a leading label ('Read more:', 'Image caption') covers whole", min=1),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        ts = template_set("boilerplate_phrases.txt")
        hits = ts.hits(doc)
        text = doc.text
        # Only paragraphs holding a phrase hit, or any when the text has a
        # copyright, time-stamp or menu trigger, need to be split into lines.
        if any(t in text for t in _SPECIAL_TRIGGERS):
            lines = _lines(doc)
        elif hits:
            tokens = doc.tokens
            p_starts = [p.start for p in doc.paragraphs]
            wanted = sorted({bisect.bisect_right(p_starts, tokens[tok].start) - 1 for tok, _ in hits})
            lines = _lines(doc, [doc.paragraphs[i] for i in wanted if i >= 0])
        else:
            return
        hit_toks = [h[0] for h in hits]
        max_words = self.opts["max-words"]
        min_cov = self.opts["min-coverage"]
        lead_max = self.opts["lead-max-words"]
        tokens = doc.tokens
        for line in lines:
            n = line.tok_hi - line.tok_lo
            if n == 0 or n > max_words:
                continue
            covered = bytearray(n)
            strong = False
            whole = False
            why = ""
            lo = bisect.bisect_left(hit_toks, line.tok_lo)
            hi = bisect.bisect_left(hit_toks, line.tok_hi)
            for tok, ids in hits[lo:hi]:
                for tid in ids:
                    t = ts.templates[tid]
                    if t.mode == "^" and (
                        tok != line.tok_lo or n > lead_max or not _clean_prefix(text, line.start, tokens[tok].start)
                    ):
                        continue
                    r = ts.match(t, doc, tok, line.tok_hi)
                    if r < 0:
                        continue
                    if t.mode == "%":
                        if not _credit_like(text, line, n):
                            continue
                        whole = True
                    elif t.mode == "^":
                        whole = True
                    if t.mode != "=":
                        strong = True
                        why = why or t.category
                    for j in range(tok - line.tok_lo, r - line.tok_lo):
                        covered[j] = 1
            if _COPYRIGHT_RE.match(text, line.start):
                whole, strong, why = True, True, why or "copyright line"
            elif n <= 10 and _STAMP_RE.match(text, line.start):
                whole, strong, why = True, True, why or "time stamp"
            menu = _menu_like(text, line, n)
            if menu:
                whole, strong, why = True, True, "menu or breadcrumb"
            if whole:
                share = 1.0
            else:
                share = sum(covered) / n
                if not strong and share < 1.0:
                    continue
                if share < min_cov:
                    continue
                if any(tokens[j].lower in _REPORTING for j in range(line.tok_lo, line.tok_hi)):
                    continue
                why = why or "share and social buttons"
            s, e = removal_span(doc, line.start, line.end)
            shown = _shown(text[line.start : line.end])
            yield self.finding(
                doc, line.start, line.end,
                f"'{shown}' is page furniture ({why}), not article text",
                confidence=0.9 if share >= 0.85 else 0.75,
                fix=Fix((Edit(s, e, ""),), safe=True, description="remove the furniture line"),
            )


def _clean_prefix(text: str, s: int, e: int) -> bool:
    return all(c in _LEAD_PREFIX_OK for c in text[s:e])


def _credit_like(text: str, line: Line, n: int) -> bool:
    if n > 12:
        return False
    body = text[line.start : line.end].rstrip()
    if body.endswith((".", "!", "?")) and not body.endswith(("Ltd.", "Inc.")):
        return False
    return n <= 4 or "/" in body or "©" in body or body.startswith(("(", "["))


def _menu_like(text: str, line: Line, n: int) -> bool:
    if n > 30 or text[line.start] == "|" or text[line.end - 1] == "|":
        return False  # Markdown tables are not menus.
    body = text[line.start : line.end]
    if "\n" in body:
        return False
    parts = _MENU_SEP_RE.split(body)
    # Breadcrumb arrows are menu-only marks; bars and slashes need more items.
    crumbs = "›" in body or "»" in body
    if len(parts) < (3 if crumbs else 4):
        return False
    sizes = [len(WORD_RE.findall(p)) for p in parts]
    if max(sizes) > 5 or min(sizes) == 0:
        return False
    if max(sizes[1:]) <= 2:
        return True  # "Home | World | UK": one- or two-word items, whatever their case
    caps = sum(1 for p in parts if p.strip()[:1].isupper())
    return caps * 10 >= len(parts) * 7


# --------------------------------------------------------------------------
# BLP002 placeholder links
# --------------------------------------------------------------------------

# Bounded character classes keep these linear on hostile input.
_MD_DEAD_RE = re.compile(
    r"!?\[([^\[\]\n]{0,300})\]\([ \t]*(#!?|javascript:[^()\s]{0,40}(?:\([ \t]*\d{0,3}[ \t]*\))?;?|about:blank)?[ \t]*\)",
    re.I,
)
_HTML_A_RE = re.compile(r"<a(\s[^<>]{0,500})?>([^<]{0,500})</a\s{0,5}>", re.I)
_HREF_RE = re.compile(r"\bhref\s{0,5}=\s{0,5}(?:\"([^\"]{0,500})\"|'([^']{0,500})'|([^\s>]{0,500}))", re.I)


class PlaceholderLink(Rule):
    """A link with no real target, left by extraction: `[text](#)`, `[text]()`, `<a href="#">`.

    What it finds:
    Markdown links whose target is empty, "#", "javascript:void(0)" or
    "about:blank", and HTML anchors with no href, an empty one or "#". These
    are what an extractor leaves when it keeps a link's text but loses its
    address. Links with a real address (`[text](https://...)`) are fine.

    Why it matters:
    The reader sees markup instead of words, the promised source is missing,
    and the article was clearly not proofread after scraping.

    How to fix:
    Keep the link text and drop the markup (the fix is safe). If the source
    matters, restore the real address from the original page.
    """

    code = "BLP002"
    name = "placeholder-link"
    family = "boilerplate"
    severity = "warning"
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "](" in text:
            for m in _MD_DEAD_RE.finditer(text):
                if not _in_prose(doc, m.start()):
                    continue
                label = m.group(1).strip()
                target = (m.group(2) or "").strip() or "empty"
                yield self._report(doc, m.start(), m.end(), label, f"target '{target}'" if target != "empty" else "an empty target")
        if "<a" in text or "<A" in text:
            for m in _HTML_A_RE.finditer(text):
                attrs = m.group(1) or ""
                h = _HREF_RE.search(attrs)
                if h is None:
                    why = "no href"
                else:
                    href = next((g for g in h.groups() if g is not None), "").strip()
                    if href not in ("", "#", "#!") and not href.lower().startswith("javascript:"):
                        continue
                    why = f"href '{href}'" if href else "an empty href"
                if not _in_prose(doc, m.start()):
                    continue
                yield self._report(doc, m.start(), m.end(), m.group(2).strip(), why)

    def _report(self, doc: Document, s: int, e: int, label: str, why: str) -> Finding:
        shown = _shown(doc.text[s:e])
        if label:
            msg = f"'{shown}' is a placeholder link with {why}; only '{label}' belongs in the text"
            desc = f"keep '{label}', drop the link markup"
        else:
            msg = f"'{shown}' is an empty link with {why} and no text"
            desc = "remove the empty link"
        return self.finding(doc, s, e, msg, fix=Fix((Edit(s, e, label),), safe=True, description=desc))


def _shown(span: str, width: int = 60) -> str:
    """A span for a message: one line, at most ``width`` characters."""
    one = " ".join(span.split())
    return one if len(one) <= width else one[: width - 1] + "…"


def _in_prose(doc: Document, pos: int) -> bool:
    ranges = doc.non_prose
    if not ranges:
        return True
    i = bisect.bisect_right([r[0] for r in ranges], pos) - 1
    return not (i >= 0 and ranges[i][0] <= pos < ranges[i][1])


# --------------------------------------------------------------------------
# BLP003 social-media embed residue
# --------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_AFTER_HANDLE_RE = re.compile(
    rf"[ \t\u00a0]{{0,5}}(?:on[ \t]{{1,3}})?(?:{_MONTH}\.?[ \t\u00a0]{{1,3}}\d{{1,2}},?[ \t\u00a0]{{1,3}}\d{{4}}"
    rf"|\d{{1,2}}[ \t\u00a0]{{1,3}}{_MONTH}\.?,?[ \t\u00a0]{{1,3}}\d{{4}})",
    re.I,
)
_HANDLE_RE = re.compile(r"\(@\w{1,30}\)")
_SOCIAL = r"(?:twitter|instagram|facebook|tiktok|youtube|x|threads|telegram)"
# Each embed phrase with a lowercase literal that must occur for it to match:
# the regexes only run when their literal is in the text (clean text: a few
# substring tests instead of a many-branch regex scan).
_EMBED_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lit, re.compile(rx, re.I))
    for lit, rx in (
        ("pic.twitter.com/", r"(?:https?://)?pic\.twitter\.com/\w{1,40}"),
        ("t.co/", r"https?://t\.co/\w{1,30}"),
        ("view th", rf"\bview (?:this|the full) (?:post|photo|video|reel|profile) on {_SOCIAL}\b"),
        ("shared by", r"\ba (?:post|photo|video|reel) shared by\b[^\n]{0,120}"),
        (" post by", rf"\b(?:skip|end of) {_SOCIAL} (?:post|content|video)(?: \d{{1,3}})?(?:,? by [^\n]{{0,80}})?"),
        (" by ", rf"\b{_SOCIAL}(?:/{_SOCIAL})? (?:post|video|content) by @?\w[^\n]{{0,80}}"),
        ("allow ", rf"\ballow {_SOCIAL} content\??"),
        ("content ", rf"\bcontent (?:provided|hosted) by {_SOCIAL}\b[^\n]{{0,120}}"),
    )
)
_DASHES = "—–―-"


class EmbedResidue(Rule):
    """Text left over from an embedded tweet or Instagram post ("— Name (@handle) May 28, 2022").

    What it finds:
    The signature line of an embedded tweet ("— Global Times
    (@globaltimesnews) May 28, 2022"), "pic.twitter.com/..." and t.co links,
    "View this post on Instagram", "A post shared by ...", and the
    "Skip Twitter post by ..." / "Twitter post by ..." labels some sites put
    around embeds.

    Why it matters:
    The embed's widget is gone, so the reader gets a dangling quote and a
    signature with no context; it also shows the text was scraped rather
    than edited.

    How to fix:
    Remove the residue (the fix is safe). If the embedded post matters,
    quote it properly with attribution in the text.
    """

    code = "BLP003"
    name = "embed-residue"
    family = "boilerplate"
    severity = "warning"
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        spans: list[tuple[int, int, str]] = []
        if "(@" in text:
            for m in _HANDLE_RE.finditer(text):
                span = _tweet_signature(text, m.start(), m.end())
                if span:
                    spans.append((span[0], span[1], "tweet signature"))
        lower = text.lower()
        for lit, rx in _EMBED_PHRASES:
            if lit in lower:
                if lit == " by " and not any(w in lower for w in (" post by", " video by", " content by")):
                    continue
                if lit == "content " and "content provided by" not in lower and "content hosted by" not in lower:
                    continue
                for m in rx.finditer(text):
                    spans.append((m.start(), m.end(), "embed label"))
        spans.sort()
        merged: list[list] = []
        for s, e, kind in spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, kind])
        for s, e, kind in merged:
            if not _in_prose(doc, s):
                continue
            e = len(text[s:e].rstrip())+s
            ls = text.rfind("\n", 0, s) + 1
            le = text.find("\n", e)
            le = len(text) if le == -1 else le
            if not text[ls:s].strip() and not text[e:le].strip(" \t.,;"):
                rs, re_ = removal_span(doc, ls + (s - ls), le)
                desc = "remove the embed residue line"
            else:
                rs, re_ = s, e
                if rs > 0 and text[rs - 1] == " ":
                    rs -= 1
                desc = "remove the embed residue"
            shown = _shown(text[s:e])
            yield self.finding(
                doc, s, e, f"'{shown}' is residue of a social-media embed ({kind})",
                fix=Fix((Edit(rs, re_, ""),), safe=True, description=desc),
            )


def _tweet_signature(text: str, hs: int, he: int) -> tuple[int, int] | None:
    """The span of "— Name (@handle) Date" around the handle at ``[hs, he)``."""
    ls = text.rfind("\n", max(0, hs - 120), hs) + 1
    window_start = max(ls, hs - 100)
    dash = -1
    for i in range(hs - 1, window_start - 1, -1):
        c = text[i]
        if c in _DASHES and (i == ls or text[i - 1] in " \t\u00a0") and (i + 1 >= hs or text[i + 1] in " \t\u00a0"):
            dash = i
            break
    date = _DATE_AFTER_HANDLE_RE.match(text, he)
    if date:
        if dash >= 0:
            return dash, date.end()
        lead = text[ls:hs]
        if hs - ls <= 60 and not any(c in lead for c in ".!?\"“”"):
            return ls + (len(lead) - len(lead.lstrip())), date.end()
        return None
    if dash >= 0:
        le = text.find("\n", he)
        le = len(text) if le == -1 else le
        if not text[he:le].strip():
            return dash, he
    return None


# --------------------------------------------------------------------------
# BLP004 aggregator notices
# --------------------------------------------------------------------------

_NOTICE_PREFIX_OK = set(" \t*_([-—–")


class AggregatorNotice(Rule):
    """A notice that the article was republished or auto-generated from a feed.

    What it finds:
    Sentences that aggregators and syndication feeds append: "This story was
    auto-generated from a syndicated feed", "(Except for the headline, this
    story has not been edited by ... staff ...)", "Originally published on
    ...", "This article originally appeared on ...", "Republished with
    permission", "The post ... appeared first on ...". Phrases live in
    `data/boilerplate_aggregator.txt`. Machine-translation disclaimers are
    reported by MT006 instead.

    Why it matters:
    The text is second-hand: nobody at the publishing site edited it, the
    original may have been updated or corrected since, and the same story
    appears on many sites (duplicate content).

    How to fix:
    Remove the notice (the fix is safe) and, if you keep the article, cite
    and link the original publisher instead.
    """

    code = "BLP004"
    name = "aggregator-notice"
    family = "boilerplate"
    severity = "warning"
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        ts = template_set("boilerplate_aggregator.txt")
        hits = ts.hits(doc)
        if not hits:
            return
        text = doc.text
        tokens = doc.tokens
        found: dict[int, str] = {}
        for tok, ids in hits:
            sent = doc.sentence_at(tokens[tok].start)
            if sent is None or sent.index in found:
                continue
            s_lo = bisect.bisect_left(doc.token_starts, sent.start)
            s_hi = bisect.bisect_left(doc.token_starts, sent.end)
            for tid in ids:
                t = ts.templates[tid]
                if t.mode == "^" and (tok != s_lo or not all(c in _NOTICE_PREFIX_OK for c in text[sent.start : tokens[tok].start])):
                    continue
                if t.no_comma_after and "," in text[tokens[tok].start : sent.end]:
                    continue
                if ts.match(t, doc, tok, s_hi) >= 0:
                    found[sent.index] = t.source
                    break
        # Adjacent notice sentences in one paragraph are one notice.
        groups: list[list[int]] = []
        for idx in sorted(found):
            if groups and groups[-1][-1] == idx - 1 and doc.sentences[idx].paragraph == doc.sentences[idx - 1].paragraph:
                groups[-1].append(idx)
            else:
                groups.append([idx])
        for g in groups:
            first, last = doc.sentences[g[0]], doc.sentences[g[-1]]
            s, e = first.start, last.end
            para = doc.paragraphs[first.paragraph]
            if s == para.start and e == para.end:
                rs, re_ = removal_span(doc, s, e)
            else:
                rs, re_ = s, e
                while re_ < para.end and text[re_] in " \t\n":
                    re_ += 1
                if re_ == para.end:  # last sentence: take the space before it instead
                    re_ = e
                    while rs > para.start and text[rs - 1] in " \t\n":
                        rs -= 1
            shown = _shown(text[s:e])
            yield self.finding(
                doc, s, e,
                f"'{shown}' is an aggregator notice: the text was republished, not written or edited here",
                confidence=0.9,
                fix=Fix((Edit(rs, re_, ""),), safe=True, description="remove the aggregator notice"),
            )


RULES = [FurnitureLine, PlaceholderLink, EmbedResidue, AggregatorNotice]
