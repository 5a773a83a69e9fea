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
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

from sourcelint.document import WORD_RE, Document, Paragraph
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

from .lexicon import data_lines, speech_verbs

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
    det: bool = False  # every word is a determiner (see _DETERMINERS)


@dataclass(frozen=True)
class Template:
    """A parsed phrase template (one line of a ``boilerplate_*.txt`` file)."""

    source: str
    slots: tuple[Slot, ...]
    mode: str = ""  # "" | "^" (starts the unit) | ">" (head of a caption) | "%" (credit) | "=" (weak)
    no_comma_after: bool = False
    category: str = ""


# Determiners and possessives, the words small wording changes add, drop or
# swap: "Back to the top", "Listen to the article", "Leave your comment".
# In a loose template set one may stand between two words of a template and
# a template slot made of them takes any of them or none (see TemplateSet).
_DETERMINERS = frozenset("the a an this these our your my its their".split())


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def parse_template(line: str, category: str = "") -> Template:
    """Parse one template line; raise ValueError when it is malformed."""
    src = line.strip()
    mode = ""
    body = src
    if body[:1] in "^>%=":
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
        det = alts <= _DETERMINERS
        if not det and alts & _DETERMINERS:
            raise ValueError(f"template {src!r}: slot {piece!r} mixes determiners and other words")
        slots.append(Slot(words=frozenset(alts), optional=optional, label=label, det=det))
    if not slots or slots[0].gap or slots[0].optional:
        raise ValueError(f"template {src!r} must start with a required word")
    if all(sl.det or sl.gap for sl in slots):
        raise ValueError(f"template {src!r} needs a word that is not a determiner")
    return Template(src, tuple(slots), mode, no_comma, category)


def _is_head(t: Template) -> bool:
    """Whether free content (a headline, a caption) follows ``t`` on its line."""
    return t.mode == ">" or any(s.label for s in t.slots)


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

    def __init__(self, name: str, templates: list[Template], loose_determiners: bool = False) -> None:
        self.name = name
        self.templates = templates
        # Loose: a determiner slot takes any determiner or none ("share the
        # article" = "share this article"). Strict sets keep the template's own
        # determiner, as in "this story was ..." where "this" is what makes a
        # sentence a notice about the page itself.
        self.loose = loose_determiners
        keyed: dict[str, list[int]] = {}
        for i, t in enumerate(templates):
            for key in self._keys(t, loose_determiners):
                keyed.setdefault(key, []).append(i)
        # Each template's literal words: a match's other words (its gaps)
        # are free text, judged as prose or not.
        self.literal = [frozenset().union(*(s.words for s in t.slots)) for t in templates]
        self.automaton = ahocorasick.Automaton()
        for key, ids in keyed.items():
            self.automaton.add_word(key, (key.count(" ") - 1, tuple(ids)))
        self.automaton.make_automaton()

    @staticmethod
    def _keys(t: Template, loose: bool) -> list[str]:
        # Anchor on the run of required literal words at the start (up to 3),
        # so a common first word ("the", "share") is not verified everywhere.
        # In a loose set determiner slots are left out of the run and any one
        # determiner may stand between two of its words ("back to the top"),
        # so each key also comes in those variants.
        keys: list[list[str]] = [[]]
        for slot in t.slots:
            if slot.det and loose:
                continue
            if slot.gap or slot.optional or len(keys[0]) == 3:
                break
            nxt = [k + [w] for k in keys for w in sorted(slot.words) if "’" not in w]
            if len(nxt) > 64:
                break
            keys = nxt
            if slot.label:
                break
        out = [" " + " ".join(k) + " " for k in keys]
        if loose:
            dets = sorted(_DETERMINERS)
            out += [
                " " + " ".join(k[:p] + [d] + k[p:]) + " "
                for k in keys for p in range(1, len(k)) for d in dets
            ]
        return out

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

    def start(self, t: Template, doc: Document, tok: int, lo: int) -> int:
        """Where a match of ``t`` anchored at hit token ``tok`` begins, not before ``lo``.

        The anchors of a loose set leave determiner slots out, so a template
        that opens with one ("this site uses cookies") begins at the
        determiner before the hit, if there is one.
        """
        if self.loose and t.slots[0].det and tok > lo and doc.tokens[tok - 1].lower in _DETERMINERS:
            return tok - 1
        return tok

    def match(self, t: Template, doc: Document, i: int, end: int) -> int:
        """End token index (exclusive) of ``t`` matched at token ``i`` within ``[i, end)``, or -1."""
        tokens = doc.tokens
        text = doc.text
        slots = t.slots
        loose = self.loose
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
            if s.det:
                if j < end and tokens[j].lower in (_DETERMINERS if loose else s.words):
                    r = go(k + 1, j + 1)
                    if r >= 0:
                        return r
                return go(k + 1, j) if s.optional or loose else -1
            if j < end and tokens[j].lower in s.words and (not s.label or label_ok(j)):
                r = go(k + 1, j + 1)
                if r >= 0:
                    return r
            if (
                k > 0
                and j + 1 < end
                and tokens[j].lower in _DETERMINERS
                and tokens[j + 1].lower in s.words
                and (not s.label or label_ok(j + 1))
            ):
                # One determiner between two words: "back to the top".
                r = go(k + 1, j + 2)
                if r >= 0:
                    return r
            if s.optional:
                return go(k + 1, j)
            return -1

        return go(0, i)


def _rest_is_blank(text: str, s: int, e: int) -> bool:
    return not text[s:e].strip(" \t.!?)]*_")


_SETS: dict[str, TemplateSet] = {}
# Page furniture means the same with any determiner; aggregator notices do not.
_LOOSE_SETS = frozenset({"boilerplate_phrases.txt"})


def template_set(name: str) -> TemplateSet:
    """The template set of ``data/<name>``, loaded once per process."""
    ts = _SETS.get(name)
    if ts is None:
        ts = _SETS[name] = TemplateSet(name.rsplit(".", 1)[0], load_templates(name), name in _LOOSE_SETS)
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
_COPYRIGHT_RE = re.compile(r"[ \t(*_»›]*(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d\b)", re.I)
_SPECIAL_TRIGGERS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT", "pdated", "PDATED", "ublished", "UBLISHED",
                     "osted", "OSTED", "odified", " | ", " › ", " » ", " • ", " · ", " > ", " / ")
_LEAD_PREFIX_OK = set(" \t*_#>-•([»›")


# --------------------------------------------------------------------------
# Furniture or prose?
# --------------------------------------------------------------------------
# Furniture is short, addresses the reader ("you", "our"), is imperative and
# rarely ends with a full stop; news prose that happens to open with the same
# words ("Sign up for the vaccine scheme opened on Monday ...") has a finite
# verb, a subject, a clause after a comma, dates and figures. These helpers
# weigh that evidence on the words a template did not match.

# Speech-tag forms that are also page furniture ("Story continues below",
# "Posted in: World", "Comments", "Notes") or nouns; the rest of the shared
# speech-verb list marks attribution, which furniture never has.
_NOT_REPORTING = frozenset(
    "continued continues posted comments notes states remarks answers replies claims promises "
    "specifies indicates observes".split()
)
_AUXILIARIES = frozenset(
    "is are was were am has have had will would can could shall should may might must does did "
    "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't doesn't didn't".split()
)
# The reader and the site speaking: "you'll never miss", "our newsletter".
_SITE_VOICE = frozenset("you your yours you'll you're you've yourself we we'll we're we've our ours us".split())
# Words that open a clause with its own subject after a comma or a
# conjunction ("..., the figures speak", "... and the costs add up").
_CLAUSE_SUBJECTS = frozenset("the a an this these those he she it they i his her their its".split())
_CONJUNCTIONS = frozenset("and but or so while because as when if although though whereas until".split())
_RELATIVES = frozenset("that which who whom whose".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december yesterday".split()
)


@lru_cache(maxsize=None)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(v for v in speech_verbs() if " " not in v) - _NOT_REPORTING


@lru_cache(maxsize=None)
def _past_forms() -> frozenset[str]:
    """Past and participle forms of the shared verb lexicon (``data/mt_verbs.txt``)."""
    out: set[str] = set()
    for line in data_lines("mt_verbs.txt"):
        base, *irregular = line.split()
        if base in ("can", "will", "shall", "may", "must"):
            continue  # modals are auxiliaries, counted apart
        out.update(f for f in irregular if not f.endswith(("ing", "s")))
        if base.endswith("e"):
            out.add(base + "d")
        elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
            out.add(base[:-1] + "ied")
        else:
            out.add(base + "ed")
    return frozenset(out)


def _reads_as_prose(doc: Document, line: Line, toks: Iterable[int], head: bool) -> bool:
    """Whether ``line`` is a sentence of news prose, judged on the tokens ``toks``.

    ``toks`` are the line's tokens no template word matched. ``head`` says the
    line opens with a label or caption head ("Comments:", "Image caption"):
    captions and headlines after a head are furniture even when they are
    sentences, so only a lowercase clause ending in a full stop after the
    head ("Comments: the minister declined ...") is prose there.
    """
    text = doc.text
    tokens = doc.tokens
    toks = list(toks)
    if not toks:
        return False
    body = text[line.start : line.end].rstrip(" \t\"”’')]*_")
    ends_stop = body.endswith((".", "!", "?")) and not body.endswith("..")
    if head and not (ends_stop and tokens[toks[0]].text[:1].islower()):
        return False
    reporting = _reporting_verbs()
    past = _past_forms()
    all_caps = not any(c.islower() for c in body)
    strong = weak_past = weak_date = weak_rel = False
    voice = False
    for j in toks:
        tok = tokens[j]
        w = tok.lower
        if w in reporting:
            return True  # attribution: "..., the company said on Tuesday."
        if w in _SITE_VOICE:
            voice = voice or w != "us" or tok.text == "us"  # "US" is the country
        elif w in _AUXILIARIES:
            strong = True
        elif w in _RELATIVES:
            weak_rel = True
        elif w in _CALENDAR or any(c.isdigit() for c in w):
            weak_date = True
        elif w in past or (
            # Names ("Manchester United") are not verbs; in capitals we cannot tell.
            len(w) >= 5 and w.endswith("ed") and not w.endswith("eed") and (all_caps or tok.text[:1].islower())
        ):
            weak_past = True
        if not strong and j > line.tok_lo and w in _CLAUSE_SUBJECTS:
            # "Subscribe to the theory or not, the figures speak ...": a comma
            # or a conjunction, then a subject word, opens a second clause.
            prev = tokens[j - 1].lower
            if prev in _CONJUNCTIONS or ("," in text[tokens[j - 1].end : tok.start] and prev not in _CALENDAR):
                strong = True
    if not ends_stop or voice:
        return False
    return strong or weak_past + weak_date + weak_rel >= 2


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
    are news. A prompt ("Sign up for ...") takes a whole line only when the
    line is short or talks to the reader ("you", "our"), and the rest of it
    has no attribution ("..., the company said"), finite verb, second clause
    or dated fact ending in a full stop; a caption after a label ("Photo:",
    "Image caption") is furniture unless it is a lowercase clause ("Comments:
    the minister declined to comment.").

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
        "prompt-max-words": Option(12, "longest line a leading prompt without a label ('Sign up for', 'Subscribe to') covers whole", min=1),
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
        prompt_max = self.opts["prompt-max-words"]
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
            literal = bytearray(n)
            for tok, ids in hits[lo:hi]:
                for tid in ids:
                    t = ts.templates[tid]
                    st = ts.start(t, doc, tok, line.tok_lo)
                    lead = t.mode in ("^", ">")
                    if lead and (st != line.tok_lo or not _clean_prefix(text, line.start, tokens[st].start)):
                        continue
                    r = ts.match(t, doc, st, line.tok_hi)
                    if r < 0:
                        continue
                    if t.mode == "%" and not _credit_like(text, line, n):
                        continue
                    words = ts.literal[tid]
                    for j in range(st, r):
                        covered[j - line.tok_lo] = 1
                        if tokens[j].lower in words:
                            literal[j - line.tok_lo] = 1
                    if t.mode == "%":
                        whole = True
                    elif lead and not whole:
                        # A leading template takes the whole line only when the
                        # line is short and the rest of it is not a sentence of
                        # prose ("Sign up for the vaccine scheme opened on Monday").
                        # A longer prompt still qualifies when it talks to the
                        # reader ("... and we'll send you the best stories").
                        head = _is_head(t)
                        if n <= lead_max:
                            rest = [j for j in range(st, line.tok_hi) if j >= r or not literal[j - line.tok_lo]]
                            if head or n <= prompt_max or any(tokens[j].lower in _SITE_VOICE for j in rest):
                                whole = not _reads_as_prose(doc, line, rest, head)
                    if t.mode != "=":
                        strong = True
                        why = why or t.category
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
                if _reads_as_prose(doc, line, (line.tok_lo + j for j in range(n) if not literal[j]), False):
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
    r"!?\[([^\[\]\n]{0,300})\]\([ \t]*(#[^()\s]{0,60}|javascript:[^()\s]{0,40}(?:\([ \t]*\d{0,3}[ \t]*\))?;?|about:blank"
    # template variables a CMS or a scraper failed to fill: "(undefined)", "(null)", "({{url}})"
    r"|undefined|null|none|nan|url|link|href|tbd|\{\{?[ \t]{0,3}(?:url|link|href)[ \t]{0,3}\}\}?|\$\{?(?:url|link)\}?|%(?:url|link)%)?"
    r"[ \t]*\)",
    re.I,
)
# "[](https://...)": a real target but nothing to click on (an image's
# "![](...)" is not a link).
_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(.{1,200}?)[ \t#]*$", re.M)
_ID_RE = re.compile(r"""\b(?:id|name)\s{0,3}=\s{0,3}["']([^"'\s]{1,100})["']""", re.I)


def _anchors(text: str) -> set[str]:
    """In-page link targets the text defines: Markdown heading slugs and HTML ids."""
    out = {m.group(1).lower() for m in _ID_RE.finditer(text)} if "=" in text else set()
    for m in _HEADING_RE.finditer(text):
        words = re.findall(r"[\w-]+", m.group(1).lower())
        out.add("-".join(words))
    return out


# "[statement][]" or "[statement][3]": a reference link, dead when the text
# defines no "[statement]: ..." (or "[3]: ...") for it.
_MD_REF_RE = re.compile(r"(?<![\w!\\\]])\[([^\[\]\n]{1,300})\]\[([^\[\]\n]{0,100})\]")
_EDITORIAL_BRACKETS = frozenset(["sic", "citation needed", "...", "…", "edit", "update", "note"])
_MD_REF_DEF_RE = re.compile(r"^[ \t]{0,3}\[([^\[\]\n]{1,300})\]:", re.M)
_MD_EMPTY_RE = re.compile(r"(?<![!\\])\[[ \t]{0,20}\]\([ \t]{0,20}([^()\s]{1,2000})[ \t]{0,20}\)")
_HTML_A_RE = re.compile(r"<a(\s[^<>]{0,500})?>([^<]{0,500})</a\s{0,5}>", re.I)
_HREF_RE = re.compile(r"\bhref\s{0,5}=\s{0,5}(?:\"([^\"]{0,500})\"|'([^']{0,500})'|([^\s>]{0,500}))", re.I)


class PlaceholderLink(Rule):
    """A link with no real target, left by extraction: `[text](#)`, `[text]()`, `<a href="#">`.

    What it finds:
    Markdown links whose target is empty, "#", "javascript:void(0)",
    "about:blank" or a template variable nobody filled ("undefined", "null",
    "url", "{{url}}"), reference links ("[text][]", "[text][3]") whose
    reference the text defines nowhere, or an in-page anchor the text does not define ("#top",
    "#?ref=inline"; "#methods" is fine when the article has a "Methods"
    heading or an element with that id), HTML anchors with no href, an
    empty one or "#", and empty
    anchors with a real target but no text (`[](https://...)`). These are
    what an extractor leaves when it keeps a link's text but loses its
    address, or keeps the address of a link whose text was an image or an
    icon. Links with a real address and text (`[text](https://...)`) and
    images (`![](...)`) are fine.

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
            dead: set[int] = set()
            anchors: set[str] | None = None
            for m in _MD_DEAD_RE.finditer(text):
                target = m.group(2) or ""
                if len(target) > 2 and target.startswith("#") and target[1] not in "!?":
                    # "[see below](#methods)" is a real in-page link when the
                    # article has that heading or anchor; "#top" or "#?ref=x"
                    # left by extraction point nowhere
                    if anchors is None:
                        anchors = _anchors(text)
                    if target[1:].lower() in anchors:
                        continue
                dead.add(m.start())
                if not _in_prose(doc, m.start()):
                    continue
                label = m.group(1).strip()
                target = (m.group(2) or "").strip() or "empty"
                yield self._report(doc, m.start(), m.end(), label, f"target '{target}'" if target != "empty" else "an empty target")
            if "[](" in text or "[ " in text or "[\t" in text:
                for m in _MD_EMPTY_RE.finditer(text):
                    if m.start() not in dead and _in_prose(doc, m.start()):
                        yield self._report(doc, m.start(), m.end(), "", f"target '{_shown(m.group(1), 40)}'")
        if "][" in text:
            defined = {m.group(1).strip().lower() for m in _MD_REF_DEF_RE.finditer(text)} if "]:" in text else set()
            for m in _MD_REF_RE.finditer(text):
                label = m.group(1).strip()
                ref = (m.group(2).strip() or label).lower()
                if ref in defined or not _in_prose(doc, m.start()):
                    continue
                if label.isdigit() or label.lower() in _EDITORIAL_BRACKETS:
                    continue  # citation marks "[3][4]", "[sic][1]": not links
                yield self._report(doc, m.start(), m.end(), label, f"the reference '[{_shown(ref, 30)}]' defined nowhere")
        if "<a" in text or "<A" in text:
            for m in _HTML_A_RE.finditer(text):
                attrs = m.group(1) or ""
                h = _HREF_RE.search(attrs)
                if h is None:
                    why = "no href"
                else:
                    href = next((g for g in h.groups() if g is not None), "").strip()
                    if href not in ("", "#", "#!") and not href.lower().startswith("javascript:"):
                        if m.group(2).strip():
                            continue
                        why = f"href '{_shown(href, 40)}'"  # a real target with nothing to click on
                    else:
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

# An embed prints its date in the page's language ("28. Mai 2022", "3 de
# junio de 2022", "3 июня 2022 г.", "2022年6月3日"), so right after the
# handle any word of letters between a day and a year counts as a month.
_SP = r"[ \t\u00a0]"
_ANY_MONTH = r"[^\W\d_]{3,12}\.?"
_DATE_AFTER_HANDLE_RE = re.compile(
    # an optional time first, as X prints it: "7:42 PM · Jan 6, 2024"
    rf"{_SP}{{0,5}}(?:\d{{1,2}}:\d{{2}}(?:{_SP}?[ap]\.?m\.?)?{_SP}{{0,3}}[·•]?{_SP}{{0,3}})?(?:on{_SP}{{1,3}})?(?:"
    rf"{_ANY_MONTH}{_SP}{{1,3}}\d{{1,2}},?{_SP}{{1,3}}\d{{4}}"
    rf"|\d{{1,2}}\.?{_SP}{{1,3}}(?:de{_SP}{{1,3}})?{_ANY_MONTH},?{_SP}{{1,3}}(?:del?{_SP}{{1,3}})?\d{{4}}(?:{_SP}г\.)?"
    rf"|\d{{4}}{_SP}?[年년]{_SP}?\d{{1,2}}{_SP}?[月월]{_SP}?\d{{1,2}}{_SP}?[日일]"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.I,
)
# Handles may carry dots (Bluesky: "@claravoss.bsky.social").
_HANDLE_RE = re.compile(r"\(@\w[\w.]{0,60}\)")
_SOCIAL = r"(?:twitter|instagram|facebook|tiktok|youtube|x|threads|telegram)"
# Each embed phrase with a lowercase literal that must occur for it to match:
# the regexes only run when their literal is in the text (clean text: a few
# substring tests instead of a many-branch regex scan).
_EMBED_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lit, re.compile(rx, re.I))
    for lit, rx in (
        ("pic.twitter.com/", r"(?:https?://)?pic\.twitter\.com/\w{1,40}"),
        ("t.co/", r"https?://t\.co/\w{1,30}"),
        ("view ", rf"\bview (?:this|the full|more) (?:post|photo|video|reel|profile|posts|photos|videos)? ?on {_SOCIAL}\b"),
        ("replying to @", r"\breplying to @\w{1,30}(?: and @\w{1,30})?"),
        ("ads info", r"\b(?:twitter|x) ads info and privacy\b"),
        ("shared by", r"\ba (?:post|photo|video|reel) shared by\b[^\n]{0,120}"),
        (" post by", rf"\b(?:skip|end of) {_SOCIAL} (?:post|content|video)(?: \d{{1,3}})?(?:,? by [^\n]{{0,80}})?"),
        (" by ", rf"\b{_SOCIAL}(?:/{_SOCIAL})? (?:post|video|content) by @?\w[^\n]{{0,80}}"),
        ("allow ", rf"\ballow {_SOCIAL} content\??"),
        ("content ", rf"\bcontent (?:provided|hosted) by {_SOCIAL}\b[^\n]{{0,120}}"),
    )
)
# Whole lines an embed widget leaves when it does not load: its placeholder,
# its counters and its labels. Each needs the whole line, since the same
# words occur in prose ("fans can watch on YouTube").
_COUNTERS = "(?:likes|views|retweets|reposts|shares|plays|replies|comments|reactions|quotes|bookmarks|subscribers|followers)"
_EMBED_LINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lit, re.compile(rx, re.I))
    for lit, rx in (
        ("watch", rf"(?:watch|view|play) (?:this|the)? ?(?:video|clip|post)? ?on {_SOCIAL}"),
        ("loading", r"loading (?:tweet|post|video|content|embed|media)?[.…]*"),
        ("to play", r"(?:tap|click|press) to (?:play|view|watch|load)(?: (?:gif|video|media|content))?"),
        ("not available", r"this (?:content|video|post|tweet|embed) is not available[^\n]{0,200}"),
        ("♬", r"(?:@[\w.]{1,30} )?♬[^\n]{0,120}"),
        # Counters, alone or in a row ("1,203 Retweets  4,592 Likes",
        # "2.1K reactions · 340 comments"). Bounded, and only from the start
        # of a number: linear even if searched.
        *((lit, rf"(?:(?<![\d.,])[\d.,]{{1,15}}[km]? {_COUNTERS}[ \t·•|,]{{0,6}}){{1,6}}")
          for lit in ("like", "view", "retweet", "repost", "share", "play", "repl", "reaction",
                      "quote", "bookmark", "subscriber", "follower")),
        ("read ", rf"read (?:all )?[\d.,]{{1,15}}[km]? (?:replies|comments)"),
        # a tweet's time stamp: "10:42 AM · Jul 4, 2023"
        (" · ", r"\d{1,2}:\d{2} ?[ap]\.?m\.? · [a-z]{3,9}\.? \d{1,2}, \d{4}(?: · [\d.,]{1,15}[km]? views)?"),
        # a channel line: "HYBE LABELS • 74.2M subscribers"
        ("subscribers", r"[^\n]{1,60}?[ \t]{1,4}[•·|][ \t]{1,4}[\d.,]{1,15}[km]? subscribers"),
        # a player's controls and labels
        ("play video", r"play video(?: \d{1,2}:\d{2})?"),
        ("unmute", r"(?:tap|click) to unmute"),
        (" / ", r"\d{1,2}:\d{2} / \d{1,2}:\d{2}"),
        ("video player", r"(?:youtube|vimeo|dailymotion|embedded)? ?video player"),
        ("copy link", r"copy link to (?:post|tweet|video)"),
        ("embed ", r"embed (?:tweet|post|video|code)"),
        ("embedded content", r"\[embedded content\]"),
        ("unavailable", r"this (?:post|tweet|video|content|embed|media) is (?:currently )?unavailable[^\n]{0,120}"),
        ("posted by", rf"posted by [^\n]{{1,60}} on (?:[a-z]+day,? )?(?:\d{{1,2}} [a-z]+|[a-z]+ \d{{1,2}}),? \d{{4}}"),
    )
)
_DASHES = "—–―-"


def _last_dash(text: str, lo: int, hi: int) -> int:
    """The last dash in ``[lo, hi)`` standing alone (spaces or the line's start around it), or -1."""
    end = hi
    while True:
        i = max([text.rfind(c, lo, end) for c in _DASHES])
        if i < 0:
            return -1
        if (i == 0 or text[i - 1] in " \t\u00a0\n") and (i + 1 >= hi or text[i + 1] in " \t\u00a0"):
            return i
        end = i


class EmbedResidue(Rule):
    """Text left over from an embedded tweet or Instagram post ("— Name (@handle) May 28, 2022").

    What it finds:
    The signature line of an embedded tweet ("— Global Times
    (@globaltimesnews) May 28, 2022"), with the date in any language, as the
    embed prints it in the page's ("28. Mai 2022", "3 juin 2022", "3 de
    junio de 2022", "2022年6月3日"), "pic.twitter.com/..." and t.co links,
    "View this post on Instagram", "A post shared by ...", "Replying to
    @...", the "Skip Twitter post by ..." / "Twitter post by ..." labels
    some sites put around embeds, and lines a widget leaves when it does
    not load ("Watch on YouTube", "Loading tweet…", "Tap to play GIF",
    "1,204 likes", "2.1K reactions · 340 comments", "10:42 AM · Jul 4, 2023",
    "Play Video 0:45", "0:00 / 1:27", "YouTube video player", "Embed Tweet",
    "[embedded content]", "This post is unavailable", "♬ original sound -
    ...", "Posted by ... on 4 May 2021").

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
        for lit, rx in _EMBED_LINES:
            if lit not in lower:
                continue
            for para in doc.paragraphs:
                if lit not in lower[para.start : para.end]:
                    continue
                pos = para.start
                for line in para.text.split("\n"):
                    stripped = line.strip()
                    off = pos + line.find(stripped) if stripped else pos
                    if stripped and len(stripped) <= 240 and rx.fullmatch(stripped.rstrip(".")):
                        spans.append((off, off + len(stripped), "embed placeholder"))
                    pos += len(line) + 1
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
            e = len(text[s:e].rstrip()) + s
            # Bounded scans (regexes that stop at the first other character),
            # so many embeds on one huge line stay linear.
            ls = s - doc.line_col(s)[1] + 1
            rest = _REST_OF_LINE_RE.match(text, e)
            if _BLANK_RE.match(text, ls, s).end() == s and rest is not None:
                rs, re_ = removal_span(doc, s, rest.end())
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


_BLANK_RE = re.compile(r"\s*")
# Only closing marks left on the line: " .", ";".
_REST_OF_LINE_RE = re.compile(r"[ \t.,;]*(?=\n|\Z)")
_LINE_REST_BLANK_RE = re.compile(r"[^\S\n]*(?:\n|\Z)")


def _tweet_signature(text: str, hs: int, he: int) -> tuple[int, int] | None:
    """The span of "— Name (@handle) Date" around the handle at ``[hs, he)``."""
    floor = max(0, hs - 120)
    nl = text.rfind("\n", floor, hs)
    # -1: the line starts before the window, too far back for a name.
    ls = nl + 1 if nl >= 0 else (0 if floor == 0 else -1)
    window_start = max(ls, hs - 100)
    dash = _last_dash(text, window_start, hs)
    date = _DATE_AFTER_HANDLE_RE.match(text, he)
    if date:
        if dash >= 0:
            return dash, date.end()
        if ls < 0 or hs - ls > 60:
            return None
        lead = text[ls:hs]
        if not any(c in lead for c in ".!?\"“”"):
            return ls + (len(lead) - len(lead.lstrip())), date.end()
        return None
    if dash >= 0 and _LINE_REST_BLANK_RE.match(text, he):
        return dash, he
    return None


# --------------------------------------------------------------------------
# BLP004 aggregator notices
# --------------------------------------------------------------------------

_NOTICE_PREFIX_OK = set(" \t*_([-—–")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
_WORD_BEFORE_RE = re.compile(r"(\w+)\.?[ \t]*$")
_MONTH_AFTER_RE = re.compile(
    r"[ \t]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]+\d", re.I
)


def _clause_comma(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` has a comma that starts a clause, not one inside a date or a number.

    "Originally published in 1851, the novel ..." has one; "Originally
    published on Monday, June 3, 2021." has none.
    """
    c = text.find(",", s, e)
    while c != -1:
        nxt = text[c + 1 : min(c + 4, e)].lstrip()
        if not nxt[:1].isdigit():
            m = _WORD_BEFORE_RE.search(text, max(s, c - 12), c)
            weekday = m is not None and m.group(1).lower() in _WEEKDAYS
            if not (weekday and _MONTH_AFTER_RE.match(text, c + 1, e)):
                return True
        c = text.find(",", c + 1, e)
    return False


class AggregatorNotice(Rule):
    """A notice that the article was republished or auto-generated from a feed.

    What it finds:
    Sentences that aggregators and syndication feeds append: "This story was
    auto-generated from a syndicated feed", "This story has been published
    from a wire agency feed", "Originally published on June 3, 2021.", "This
    content is republished from ...", "A version of this story first
    appeared in ...", "Republished with permission", "The post ... appeared
    first on ...", "this post is auto-generated from a third-party source",
    "The site is not responsible for the content of news items fetched
    automatically". Phrases live in `data/boilerplate_aggregator.txt`.
    Where MT006 (translation and aggregation disclaimers) reports the same
    notice, such as "(Except for the headline, this story has not been
    edited by ... staff and is published from a syndicated feed.)", its
    finding supersedes this one, so one notice yields one finding; with
    MT006 off, this rule still reports it.

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
                st = ts.start(t, doc, tok, s_lo)
                if t.mode == "^" and (st != s_lo or not all(c in _NOTICE_PREFIX_OK for c in text[sent.start : tokens[st].start])):
                    continue
                if t.no_comma_after and _clause_comma(text, tokens[st].start, sent.end):
                    continue
                if ts.match(t, doc, st, s_hi) >= 0:
                    found[sent.index] = t.source
                    break
        if not found:
            return
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
