"""Word templates: furniture and notice phrases matched on the document's words.

Phrase lists live in ``data/boilerplate_*.txt`` as small word templates (see
the header of ``boilerplate_phrases.txt`` for the syntax); they are matched
on the shared word tokens, anchored with an Aho-Corasick automaton, so case,
punctuation and small wording changes do not matter and a clean article
costs one automaton pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

import ahocorasick

from sourcelint.analysis import analysis
from sourcelint.document import WORD_RE, Document

from ..lexicon import data_sections
from ..tokens import token_lowers

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
_DETERMINERS = data_sections("boilerplate_grammar.txt")["determiners"]


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


def is_head(t: Template) -> bool:
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


@analysis("boilerplate.words", needs=(token_lowers,))
def joined_words(doc: Document) -> str:
    """The lowercase word tokens as " w0 w1 w2 " (tokens never contain spaces)."""
    return " " + " ".join(token_lowers(doc)).replace("’", "'") + " "


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
        """``(token index, template ids)`` of every anchor occurrence, in order.

        Computed afresh: the rules read it through :data:`furniture_hits` and
        :data:`notice_hits`, which compute it once per document."""
        joined = joined_words(doc)
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

    def start(self, t: Template, doc: Document, tok: int, lo: int) -> int:
        """Where a match of ``t`` anchored at hit token ``tok`` begins, not before ``lo``.

        The anchors of a loose set leave determiner slots out, so a template
        that opens with one ("this site uses cookies") begins at the
        determiner before the hit, if there is one.
        """
        if self.loose and t.slots[0].det and tok > lo and doc.token_columns.lowers[tok - 1] in _DETERMINERS:
            return tok - 1
        return tok

    def match(self, t: Template, doc: Document, i: int, end: int) -> int:
        """End token index (exclusive) of ``t`` matched at token ``i`` within ``[i, end)``, or -1."""
        _, _, ends, lowers = doc.token_columns
        text = doc.text
        slots = t.slots
        loose = self.loose
        unit_end_char = ends[end - 1] if end > 0 else 0

        def label_ok(j: int) -> bool:
            e = ends[j]
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
                if j < end and lowers[j] in (_DETERMINERS if loose else s.words):
                    r = go(k + 1, j + 1)
                    if r >= 0:
                        return r
                return go(k + 1, j) if s.optional or loose else -1
            if j < end and lowers[j] in s.words and (not s.label or label_ok(j)):
                r = go(k + 1, j + 1)
                if r >= 0:
                    return r
            if (
                k > 0
                and j + 1 < end
                and lowers[j] in _DETERMINERS
                and lowers[j + 1] in s.words
                and (not s.label or label_ok(j + 1))
            ):
                # One determiner between two words: "back to the top".
                r = go(k + 1, j + 2)
                if r >= 0:
                    return r
            if s.optional:
                return go(k + 1, j)
            return -1

        try:
            return go(0, i)
        finally:
            # ``go`` refers to itself through its closure: without this the
            # cycle (and the token list it holds) waits for the garbage collector.
            del go


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


@analysis("boilerplate.furniture_hits", needs=(joined_words,))
def furniture_hits(doc: Document) -> list[tuple[int, tuple[int, ...]]]:
    """Anchor hits of the page-furniture templates (``data/boilerplate_phrases.txt``)."""
    return template_set("boilerplate_phrases.txt").hits(doc)


@analysis("boilerplate.notice_hits", needs=(joined_words,))
def notice_hits(doc: Document) -> list[tuple[int, tuple[int, ...]]]:
    """Anchor hits of the aggregator-notice templates (``data/boilerplate_aggregator.txt``)."""
    return template_set("boilerplate_aggregator.txt").hits(doc)
