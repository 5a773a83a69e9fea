"""BLP001: a short line that is page furniture, not article text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from sourcelint.document import WORD_RE, Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

from ..literals import LiteralSet
from .lines import Line, lines_of
from .prose import SITE_VOICE, reads_as_prose
from .furniture_shapes import furniture_shapes
from .site_messages import site_messages
from .spans import removal_span, shown
from ..translation.finite_verbs import finite_verb_groups
from .templates import Template, furniture_hits, is_head, template_set

# Menus and breadcrumbs: "By Jane Doe | Home | World | Politics", "Home › News › UK".
_MENU_SEP_RE = re.compile(r"\s(?:\||•|·|»|›|>|/)\s")
# "Updated 14:02 GMT", "Published: 3 June 2021": a time stamp line, not prose.
_STAMP_RE = re.compile(
    r"[ \t(*_]*(?:last\s)?(?:updated|published|posted|modified)(?:\s(?:on|at))?:?\s{1,3}"
    r"(?:\d{1,2}[:.]\d{2}|\d{1,2}\s[A-Za-z]{3,9}\s\d{4}|[A-Za-z]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{4}-\d{2}-\d{2})",
    re.I,
)
_COPYRIGHT_RE = re.compile(r"[ \t(*_»›]*(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d\b)", re.I)
_SPECIAL_TRIGGERS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT", "pdated", "PDATED", "ublished", "UBLISHED",
                     "osted", "OSTED", "odified", " | ", " › ", " » ", " • ", " · ", " > ", " / ")
_SPECIAL_TRIGGER_SET = LiteralSet(_SPECIAL_TRIGGERS)
_LEAD_PREFIX_OK = set(" \t*_#>-•([»›")


@dataclass
class _Cover:
    """What the furniture templates cover of a line's words."""

    covered: bytearray  # per word: inside a template match
    literal: bytearray  # per word: one of a matching template's own words
    strong: bool = False  # a template that is furniture on its own matched
    whole: bool = False  # a template takes the whole line
    why: str = ""


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
    punctuation and small wording changes (a determiner added, dropped or
    swapped: "Back to the top") do not matter. A line fires only when it is
    short and the furniture covers most of it, and never when it reads as a
    sentence of news prose: "The advertisement campaign cost $2m" and
    "Sign up for the vaccine scheme opened on Monday for everyone over 50."
    are news. Furniture is also known by its shape, whatever its words
    (``furniture_shapes``): a menu as a run of short capitalised items, a
    recommending heading over headlines ("Trending in sport" / two
    headlines), an author box closing the article ("Owen Maddox is a sports
    correspondent for ...", "Rachel Denby covers planning for the Herald.
    Follow her @..."), or anywhere under "About the author:" (or that
    heading on a line of its own, "ABOUT THE AUTHOR"), a contact
    line ("Contact the author at ...", "Got a tip? WhatsApp us on ..."; at
    info when it ends the article, as wire copy's do), a
    reading time ("5 min read"), a share row spaced on one line ("X  Copy
    link  Email") or between spaced bars or dots ("Print | Email | Report an
    error"), a breadcrumb from "Home" ("Home / News / Local", also after a label: "You are here: Home / News"), an imprint ("Valley Courier Media Ltd 2026"), a
    bracketed button ("[Register to vote]"), a comment counter ("112
    Comments"), a label pointing to another story ("Next article: ...",
    "You may also like: ...") and a feedback prompt ("Was this article
    helpful? Yes No"); and by who speaks (``site_messages``): the site talking to
    its reader about its own machinery ("Have your say in the comments
    below"). A prompt ("Sign up for ...") takes a whole line only when the
    line is short or talks to the reader ("you", "our"), and the rest of it
    has no attribution ("..., the company said"), finite verb, second clause
    or dated fact ending in a full stop; a caption after a label ("Photo:",
    "Image caption") is furniture unless it is a lowercase clause ("Comments:
    the minister declined to comment.") or a caption the newsroom wrote: a
    clause with a finite verb after "Photo:", "Pictured:" and the like
    ("Photo: Firefighters battle a blaze in Athens"), where a credit
    ("Photo: John Smith/Reuters") has none.

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
    needs = (furniture_hits, site_messages, furniture_shapes)
    options = {
        "max-words": Option(40, "longest line (in words) that can count as furniture", min=1),
        "min-coverage": Option(0.6, "share of a line's words the furniture must cover", min=0.0, max=1.0),
        "lead-max-words": Option(25, "longest line a leading label ('Read more:', 'Image caption') covers whole", min=1),
        "prompt-max-words": Option(12, "longest line a leading prompt without a label ('Sign up for', 'Subscribe to') covers whole", min=1),
    }

    def _removable(self, doc: Document, start: int, end: int, message: str, confidence: float,
                   description: str, severity: str | None = None) -> Finding:
        """A finding whose safe fix removes the span with its line."""
        s, e = removal_span(doc, start, end)
        return self.finding(doc, start, end, message, confidence=confidence,
                            fix=Fix((Edit(s, e, ""),), safe=True, description=description), severity=severity)

    def check(self, doc: Document) -> Iterator[Finding]:
        hits = furniture_hits(doc)
        text = doc.text
        taken: list[tuple[int, int]] = []
        for line in site_messages(doc):
            taken.append((line.start, line.end))
            yield self._removable(
                doc, line.start, line.end,
                f"'{shown(text[line.start : line.end])}' is the site talking to its reader, not article text",
                0.8, "remove the furniture line")
        for shape in furniture_shapes(doc):
            if any(a < shape.end and shape.start < b for a, b in taken):
                continue
            taken.append((shape.start, shape.end))
            yield self._removable(
                doc, shape.start, shape.end,
                f"'{shown(text[shape.start : shape.end])}' is page furniture ({shape.why}), not article text",
                0.75, "remove the furniture", shape.severity)
        # Only paragraphs holding a phrase hit, or any when the text has a
        # copyright, time-stamp or menu trigger, need to be split into lines.
        if _SPECIAL_TRIGGER_SET.any_in(text):
            lines = lines_of(doc)
        elif hits:
            t_starts, p_starts = doc.token_starts, doc.paragraph_starts
            wanted = sorted({bisect.bisect_right(p_starts, t_starts[tok]) - 1 for tok, _ in hits})
            lines = lines_of(doc, [doc.paragraphs[i] for i in wanted if i >= 0])
        else:
            return
        hit_toks = [h[0] for h in hits]
        max_words = self.opts["max-words"]
        for line in lines:
            n = line.tok_hi - line.tok_lo
            if n == 0 or n > max_words:
                continue
            lo = bisect.bisect_left(hit_toks, line.tok_lo)
            hi = bisect.bisect_left(hit_toks, line.tok_hi)
            judged = self._judge(doc, line, n, hits[lo:hi])
            if judged is None or any(a < line.end and line.start < b for a, b in taken) \
                    or _continues_lead_in(text, line.start):
                continue
            share, why = judged
            s, e = removal_span(doc, line.start, line.end)
            shown_text = shown(text[line.start : line.end])
            yield self.finding(
                doc, line.start, line.end,
                f"'{shown_text}' is page furniture ({why}), not article text",
                confidence=0.9 if share >= 0.85 else 0.75,
                fix=Fix((Edit(s, e, ""),), safe=True, description="remove the furniture line"),
            )

    def _judge(self, doc: Document, line: Line, n: int,
               hits: list[tuple[int, tuple[int, ...]]]) -> tuple[float, str] | None:
        """(share of the line that is furniture, why) for a furniture line, else None."""
        text = doc.text
        cover = self._cover(doc, line, n, hits)
        whole, strong, why = cover.whole, cover.strong, cover.why
        if _COPYRIGHT_RE.match(text, line.start):
            whole, strong, why = True, True, why or "copyright line"
        elif n <= 10 and _STAMP_RE.match(text, line.start):
            whole, strong, why = True, True, why or "time stamp"
        if _menu_like(text, line, n):
            whole, strong, why = True, True, "menu or breadcrumb"
        if whole:
            return 1.0, why
        share = sum(cover.covered) / n
        if not strong and share < 1.0:
            return None
        if share < self.opts["min-coverage"]:
            return None
        if reads_as_prose(doc, line, (line.tok_lo + j for j in range(n) if not cover.literal[j]), False):
            return None
        return share, why or "share and social buttons"

    def _cover(self, doc: Document, line: Line, n: int, hits: list[tuple[int, tuple[int, ...]]]) -> _Cover:
        """What the templates matching on ``line`` cover of it."""
        ts = template_set("boilerplate_phrases.txt")
        text, starts, lowers = doc.text, doc.token_starts, doc.token_columns.lowers
        lead_max = self.opts["lead-max-words"]
        prompt_max = self.opts["prompt-max-words"]
        c = _Cover(bytearray(n), bytearray(n))
        for tok, ids in hits:
            for tid in ids:
                t = ts.templates[tid]
                st = ts.start(t, doc, tok, line.tok_lo)
                lead = t.mode in ("^", ">")
                if lead and (st != line.tok_lo or not _clean_prefix(text, line.start, starts[st])):
                    continue
                r = ts.match(t, doc, st, line.tok_hi)
                if r < 0:
                    continue
                if t.mode == "%" and not _credit_like(text, line, n):
                    continue
                words = ts.literal[tid]
                for j in range(st, r):
                    c.covered[j - line.tok_lo] = 1
                    if lowers[j] in words:
                        c.literal[j - line.tok_lo] = 1
                if t.mode == "%":
                    c.whole = True
                elif lead and not c.whole:
                    # A leading template takes the whole line only when the
                    # line is short and the rest of it is not a sentence of
                    # prose ("Sign up for the vaccine scheme opened on Monday").
                    # A longer prompt still qualifies when it talks to the
                    # reader ("... and we'll send you the best stories").
                    head = is_head(t)
                    if n <= lead_max:
                        rest = [j for j in range(st, line.tok_hi) if j >= r or not c.literal[j - line.tok_lo]]
                        if head or n <= prompt_max or any(lowers[j] in SITE_VOICE for j in rest):
                            c.whole = not reads_as_prose(doc, line, rest, head) and not _caption(doc, t, rest)
                if t.mode != "=":
                    c.strong = True
                    c.why = c.why or t.category
        return c


# Labels a newsroom puts before a caption it wrote ("Photo: The band leads
# the parade down Main Street"); after them a credit ("Photo: Getty
# Images") has no verb, a caption describes what the picture shows.
_CAPTION_LABELS = frozenset("photo photograph picture pictured illustration".split())


def _caption(doc: Document, t: Template, rest: list[int]) -> bool:
    """Whether the line is a caption the article wrote, not a credit or a label left by extraction."""
    label = t.source.lstrip("^>%=").split(":", 1)[0].strip()
    if label not in _CAPTION_LABELS or len(rest) < 6:
        return False
    toks = [doc.tokens[j] for j in rest]
    return finite_verb_groups([tok.lower for tok in toks], toks, 0) > 0


_ITEM_RE = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+")


def _continues_lead_in(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a lowercase list item that finishes
    the sentence above the list ("Residents can:" / "- download the bin
    collection app;"): advice the article gives, not a site prompt."""
    m = _ITEM_RE.match(text, start)
    if m is None or not text[m.end() : m.end() + 1].islower():
        return False
    for above in reversed(text[: start].rstrip().splitlines()[-30:]):
        if above.strip() and not _ITEM_RE.match(above):
            return above.rstrip().endswith(":")
    return False


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
    label, colon, trail = body.partition(": ")
    if colon and len(label.split()) <= 4:
        body = trail  # "You are here: Home / News / Harvest": a trail after its label
    parts = _MENU_SEP_RE.split(body)
    # Breadcrumb arrows are menu-only marks; bars and slashes need more items.
    # A trail that starts at "Home" is a breadcrumb at any length ("Home / News / Local").
    crumbs = "›" in body or "»" in body or body.lower().startswith("home ")
    if len(parts) < (3 if crumbs else 4):
        return False
    sizes = [len(WORD_RE.findall(p)) for p in parts]
    if max(sizes) > 5 or min(sizes) == 0:
        return False
    if max(sizes[1:]) <= 2:
        return True  # "Home | World | UK": one- or two-word items, whatever their case
    caps = sum(1 for p in parts if p.strip()[:1].isupper())
    return caps * 10 >= len(parts) * 7
