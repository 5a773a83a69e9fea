"""The pronouns family (prefix PRN): one person, one set of pronouns.

Round-trip machine translation through languages whose pronouns do not mark
gender leaves one person "she" in one sentence and "he" in the next. The rules
here share one analysis, ``doc.view("pronouns.entities", analyse)``, built in a
single pass over the document's sentences and tokens without any model:

* **Person mentions**: capitalised name runs (titles, honorifics and
  organisation words split off, sentence-initial common words dropped,
  initials kept as a first name: "J.K. Rowling"), surname-only repeats linked
  to the full name (split by honorific for couples: "John and Mary Smith" ...
  "Mr Smith"), lone given names with a cue ("his wife Michelle", "Emma
  said", "Emma and Liam Hart"), and definite role nouns ("the envoy", "the
  central bank chief") linked to the person they stand for, never across a
  quotation mark. Unnamed person nouns ("the woman", "a senior official",
  "his wife"), styles ("Her Majesty") and surnames two people share are
  mentions of separate, anonymous people: they never get findings, but they
  stop pronouns from being pinned on someone else, for two sentences after
  they were last named.
* **Gender evidence** per person, each item with its source: honorifics,
  gendered titles and role nouns, relation words before a name ("husband
  Jarett Kelley"), the first-name lexicon ``data/first_names.tsv`` (US
  Social Security counts; a name is evidence only at a 95% share) and the
  pronouns attached to the person.
* **Pronoun attachment**: a he/she-family pronoun is attached to a person only
  on cheap, explainable evidence (speech tag "X said he", subject of the same
  sentence, subject after an opening phrase "In his remarks, X said", the
  only person of the previous sentence, a pronoun chain of the same gender),
  and only when nobody else who could take that pronoun is in play in the
  last few sentences. When the grammar ties the pronoun to one person, people
  further out of play (a non-subject three sentences back, anyone from a
  paragraph the story has since moved on from) no longer count. Inside
  quotation marks only people named earlier in the same quote are
  candidates, because speakers talk about third people.

The rules then read the analysis: PRN001 (pronouns of both genders for one
person), PRN002 (honorifics of both genders), PRN003 (a quote's speech tags
switching gender). Two speech tags in a row ("he said. she declared.") are
attribution doubling, owned by the translation family's MT005; the pronoun
rules skip the pronouns inside MT005's own hits (``Analysis.doubled``), so
one artefact yields one finding. PRN003 in turn claims its tags from
PRN001.

Most articles have nothing for the rules to find (pronouns of one gender and
no evidence of the other, say), and a cheap gate (``_gate``) tells them apart
from the token sets, so the analysis is only built where a finding is possible.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, filterfalse
from operator import itemgetter, ne
from typing import Iterable

from sourcelint.document import Document, Token
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from .lexicon import data_lines, speech_verbs
from .translation import artefacts

__all__ = [
    "Analysis",
    "Attachment",
    "Entity",
    "Evidence",
    "Mention",
    "SpeechTag",
    "analyse",
    "first_names",
    "fold",
    "PronounGenderConflict",
    "HonorificConflict",
    "SpeechTagGenderConflict",
]

VIEW = "pronouns.entities"

# Token fields by position: itemgetter and tuple unpacking are the fastest
# ways to read them in the loops over every token.
assert Token._fields == ("index", "start", "end", "text", "lower")
_token_lower = itemgetter(4)
_token_text = itemgetter(3)

# ---------------------------------------------------------------------------
# Lexicons (loaded once per process)
# ---------------------------------------------------------------------------


_data_lines = data_lines


#: A first name is gender evidence only when at least this share of the people
#: with it are of one gender (the lexicon marks rarer names "u").
FIRST_NAME_EVIDENCE = 0.95


@lru_cache(maxsize=None)
def first_names() -> dict[str, tuple[str, float]]:
    """``{folded name: (gender "m"|"f"|"u", share of that gender)}`` from ``data/first_names.tsv``.

    Keys are lowercase without diacritics (look names up with :func:`fold`).
    Hand-curated rows carry no counts: m/f ones get share 1.0 (they were added
    because the gender is clear), u rows 0.5 like every ambiguous name.
    """
    out: dict[str, tuple[str, float]] = {}
    for line in _data_lines("first_names.tsv"):
        name, gender, female, _source = line.split("\t")
        if gender == "u":
            share = 0.5
        elif female == "-":
            share = 1.0
        else:
            share = float(female) if gender == "f" else 1.0 - float(female)
        out[name] = (gender, round(share, 3))
    return out


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` lowercased without diacritics ("Ségolène" -> "segolene"), the lexicon's key form."""
    low = word.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _person_words() -> dict[str, tuple[str, frozenset[str]]]:
    """``{word: (gender "m"|"f"|"n", kinds)}`` from ``data/pronouns_person_words.tsv``."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for line in _data_lines("pronouns_person_words.tsv"):
        word, gender, kinds = line.split("\t")
        out[word] = (gender, frozenset(kinds.split(",")))
    return out


@lru_cache(maxsize=None)
def _nonperson_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(organisation/place words, words that never begin a person's name, acronyms)."""
    sections: dict[str, set[str]] = {"org": set(), "notname": set(), "acronym": set()}
    current = "org"
    for line in _data_lines("pronouns_nonperson_words.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections[current].update(line.split())
    return frozenset(sections["org"]), frozenset(sections["notname"]), frozenset(sections["acronym"])


_HONORIFIC_PAIR = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?"
_COUPLE_RE = re.compile(
    rf"\b{_HONORIFIC_PAIR}\s+(?:and|&)\s+{_HONORIFIC_PAIR}\s+([A-Z][\w’'-]+)"
    r"|\b([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][\w’'-]+)"
)


# Every match of _COUPLE_RE starts where this one does ("Mr and", "John &"),
# and no uppercase letter but its first lies inside a match of this one, so
# trying _COUPLE_RE only at its starts finds exactly what finditer does (the
# scan for a capital is far cheaper than trying the pattern everywhere).
_COUPLE_START_RE = re.compile(r"[A-Z][a-z]+\.?\s+(?:and|&)\s")


def _couple_matches(text: str) -> Iterable[re.Match]:
    """The matches of ``_COUPLE_RE.finditer(text)``, found faster."""
    last = 0
    match = _COUPLE_RE.match
    for s in _COUPLE_START_RE.finditer(text):
        i = s.start()
        if i >= last:
            m = match(text, i)
            if m:
                last = m.end()
                yield m


def _couple_surnames(text: str, names: dict, org: frozenset[str], notname: frozenset[str]) -> frozenset[str]:
    """Surnames of couples and siblings named together: "Mr and Mrs Smith",
    "Ms and Mr Okafor", "John and Mary Smith"."""
    out = set()
    for m in _couple_matches(text):
        if m.group(1):
            sur = m.group(1)
        elif fold(m.group(2).lower()) in names and fold(m.group(3).lower()) in names:
            sur = m.group(4)
        else:
            continue
        low = sur.lower().removesuffix("'s").removesuffix("’s")
        if low not in org and low not in notname:
            out.add(low)
    return frozenset(out)


# ---------------------------------------------------------------------------
# Small closed word classes (grammar, not lexicon data)
# ---------------------------------------------------------------------------

#: pronoun -> (gender, form); "her" is object or possessive, decided in context.
PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "subj"), "him": ("m", "obj"), "his": ("m", "poss"), "himself": ("m", "refl"),
    "she": ("f", "subj"), "her": ("f", "obj/poss"), "hers": ("f", "poss"), "herself": ("f", "refl"),
}
for _p, _g in (("he", "m"), ("she", "f")):
    for _suffix in ("'s", "'d", "'ll"):
        for _apo in ("'", "’"):
            PRONOUNS[_p + _suffix.replace("'", _apo)] = (_g, "subj")

_OPPOSITE = {"m": "f", "f": "m"}
_GENDER_WORD = {"m": "male", "f": "female"}
_PRON_SETS = {"m": "he/him/his", "f": "she/her/hers"}

#: Speech-tag verbs: the list MT005 uses, so both families agree on what a
#: tag is, plus verbs of thinking ("Bachelet believes she ...").
SPEECH_VERBS = frozenset(v for v in speech_verbs() if " " not in v) | frozenset(
    "believes believed thinks thought".split()
)
_CONTINUATION_VERBS = frozenset("added adds continued continues concluded concludes went goes".split())
_DIALOGUE_VERBS = frozenset("asked asks replied replies answered answers responded responds retorted".split())
_PREPOSITIONS = frozenset(
    """with to by for from about of against on at in into between among including like than told asked
    urged met meet meeting called accused criticised criticized praised thanked blamed sued
    replaced succeeded defeated beat""".split()
)
# Role nouns a news story uses interchangeably for one person ("the High
# Commissioner" ... "the envoy"); "the minister" is not "the spokeswoman", and
# "the president" is not a minister already named.
_ROLE_GROUPS: dict[str, frozenset[int]] = {}
for _i, _group in enumerate((
    "envoy commissioner diplomat ambassador representative delegate negotiator",
    "minister secretary chancellor",
    "president premier chancellor",
    "senator lawmaker legislator mp congressman congresswoman congressperson representative",
    "governor",
    "mayor",
    "candidate nominee challenger incumbent",
    "spokesman spokeswoman spokesperson",
    "coach manager",
    "player striker midfielder defender goalkeeper forward captain star athlete champion fighter",
    "singer rapper artist actor actress musician performer star celebrity",
    "founder ceo executive chairman chairwoman chair director owner billionaire businessman businesswoman",
    "author writer novelist poet journalist reporter correspondent columnist",
)):
    for _w in _group.split():
        _ROLE_GROUPS[_w] = _ROLE_GROUPS.get(_w, frozenset()) | {_i}
#: Words a story uses for the holder of any role ("the UN rights chief").
_ROLE_GENERIC = frozenset("official leader chief head boss politician".split())
# Modifiers that make "the <role>" someone else than the holder named before.
_CONTRASTIVE = frozenset(
    "other another new second third fourth rival opposing opposition fellow previous next incoming".split()
)


def _same_role(a: str, b: str) -> bool:
    """Whether role nouns ``a`` and ``b`` can name the same post."""
    if a == b or a in _ROLE_GENERIC or b in _ROLE_GENERIC:
        return True
    return bool(_ROLE_GROUPS.get(a, frozenset()) & _ROLE_GROUPS.get(b, frozenset()))


_PLACE_PREPOSITIONS = frozenset(
    "in at from to near on across into outside inside around through toward towards throughout via of".split()
)
_COPULAS = frozenset("is was are were became becomes remains remained".split())
_DETERMINERS = frozenset("the a an this that his her their its my our your".split())
_NAME_PARTICLES = frozenset("de da di du del della der den van von ter ten bin ibn al el la le dos das y".split())
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_MONTH_CUES = frozenset("in on since until by from last next early late mid this every".split())
# Words after which "her" is an object ("told her that", "gave her a"), not a possessive.
_AFTER_OBJECT = frozenset(
    """a an the to that and or but as at in on for from with by of about into than this these those
    so if when while because before after until since up down out off over back again too also not
    away there here then now later first last all both""".split()
)
# Forms of address that take "His"/"Her" ("Her Majesty", "His Excellency").
_STYLES = frozenset(
    "majesty majesties holiness excellency excellencies highness highnesses eminence lordship ladyship "
    "worship beatitude honour honor".split()
)
_STYLE_MODS = frozenset("royal imperial serene".split())
# Words that open a phrase before the subject ("In his remarks, Bachelet said").
_FRONTING = frozenset(
    "in during at on after before since despite following throughout upon amid with without for from "
    "like unlike as through under ahead".split()
)
_QA_RE = re.compile(r"(?:Q|A|Question|Answer)\s*[:.]\s")
_QUOTE_CHAR_RE = re.compile(r"[\"“”„«»‘’']")
_DOUBLE_QUOTES = "\"“”„«»"
_OPEN_CONTEXT = " \t\n([{—–-/"
_GLUED_RE = re.compile(r"([A-Z][a-z’'\-]+?[a-z])([A-Z][a-z]+)$")


_NOUN_KINDS = frozenset({"role", "human"})
#: Entities searched (most recent first) for the holder of a role.
_ROLE_LOOKBACK = 500
_POSSESSIVE = ("'s", "’s")


@lru_cache(maxsize=None)
def _never_name_words() -> frozenset[str]:
    """Capitalised words that neither start nor join a person's name ("The", "But", "Monday")."""
    pw = _person_words()
    # months stay: "Theresa May" ends in one
    return frozenset(w for w in _nonperson_words()[1] if w not in pw and w not in _MONTHS)


@lru_cache(maxsize=None)
def _event_words() -> frozenset[str]:
    """Lowercase words worth a look besides capitalised ones: pronouns and person nouns."""
    return frozenset(PRONOUNS) | {w for w, (_, kinds) in _person_words().items() if kinds & _NOUN_KINDS}


# ---------------------------------------------------------------------------
# The analysis data model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One piece of gender evidence for a person, with where it came from."""

    gender: str  # "m" or "f"
    source: str  # "honorific", "title", "role noun", "relation word", "first name"
    label: str  # the word itself, for messages
    start: int
    end: int


@dataclass(eq=False)
class Mention:
    """A mention of a person (or of an unnamed person) in the text."""

    entity: int
    start: int
    end: int
    sent: int
    kind: str  # "name", "role", "anon", "pron"
    subject: bool
    in_quote: bool
    quote: int
    possessive: bool = False
    text: str = ""


@dataclass(eq=False)
class Attachment:
    """A pronoun attached to a person, with the evidence for the attachment."""

    start: int
    end: int
    word: str
    gender: str
    entity: int
    antecedent: Mention
    reason: str
    strength: float
    sent: int
    in_quote: bool


@dataclass(eq=False)
class Entity:
    """A person (named, or an unnamed person noun) and what is known about them."""

    id: int
    name: str
    kind: str  # "person" (named, person cues), "weak" (name-like, no cue), "anon"
    gender_hint: str | None = None  # for anonymous nouns: the noun's own gender
    keys: set[str] = field(default_factory=set)
    first: str | None = None
    firsts: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    honorifics: list[tuple[str, int, int, str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    alias: int | None = None  # merged into another entity
    shared_surname: bool = False  # another person in the article has the same surname
    votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    last_noun: int = -1  # sentence of the last mention that is not a pronoun
    # genders of ``evidence`` read so far (only appended to), so that asking
    # for the gender stays cheap however often a person is mentioned
    _ev_seen: int = field(default=0, repr=False)
    _ev_genders: set[str] = field(default_factory=set, repr=False)

    def static_gender(self) -> str | None:
        """The gender the non-pronoun evidence gives, if it is one-sided."""
        if self.kind == "anon":
            return self.gender_hint if self.gender_hint in ("m", "f") else None
        ev = self.evidence
        if self._ev_seen > len(ev):
            self._ev_seen, self._ev_genders = 0, set()
        for e in ev[self._ev_seen :]:
            self._ev_genders.add(e.gender)
        self._ev_seen = len(ev)
        return next(iter(self._ev_genders)) if len(self._ev_genders) == 1 else None

    def effective_gender(self) -> str | None:
        """Static gender, else the gender of the pronouns attached so far when
        at least two agree and none disagrees (one pronoun may be the very
        flip to find; letting it decide would turn the person's real pronouns
        away)."""
        g = self.static_gender()
        if g or self.kind == "anon":
            return g
        m, f = self.votes["m"], self.votes["f"]
        if m >= 2 and not f:
            return "m"
        if f >= 2 and not m:
            return "f"
        return None


@dataclass(frozen=True)
class SpeechTag:
    """A pronoun speech tag ("she said") next to a quote."""

    start: int  # pronoun start
    end: int  # verb end
    pron_end: int
    gender: str
    verb: str
    paragraph: int
    sent: int
    quote_tag: bool  # right after a closing quote or right before an opening one


@dataclass(eq=False)
class Analysis:
    """The shared pronoun analysis of one document."""

    entities: list[Entity]
    attachments: list[Attachment]
    tags: list[SpeechTag]
    doubled: set[int]  # starts of pronouns in adjacent doubled speech tags (MT005's)
    tag_conflicts: list[tuple[SpeechTag, SpeechTag, int | None]]  # (kept, flagged, entity)
    couples: frozenset[str] = frozenset()  # surnames of couples named together ("Mr and Mrs Smith")

    def canonical(self, eid: int) -> Entity:
        """The entity ``eid`` was merged into (or itself)."""
        e = self.entities[eid]
        while e.alias is not None:
            e = self.entities[e.alias]
        return e

    def people(self) -> list[Entity]:
        """Named people (not merged away), in order of first mention."""
        return [e for e in self.entities if e.alias is None and e.kind == "person"]


# ---------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------


def _quote_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` ranges of quoted speech (and Q/A interview paragraphs)."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for para in doc.paragraphs:
        ps, pe = para.start, para.end
        if _QA_RE.match(text, ps):
            spans.append((ps, pe))
            continue
        dopen = -1
        sopen = -1
        for m in _QUOTE_CHAR_RE.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            opening = prev in _OPEN_CONTEXT and (nxt.isalnum() or nxt in "‘'.…([$£€")
            closing = not prev.isspace() and not nxt.isalnum()
            if ch in _DOUBLE_QUOTES:
                if opening and not closing:
                    is_open = True
                elif closing and not opening:
                    is_open = False
                elif ch in "“„«":
                    is_open = dopen < 0 or not (nxt.isspace() or nxt in ",.;:")
                elif ch in "”»":
                    is_open = False
                else:
                    is_open = dopen < 0
                if dopen < 0:
                    if is_open:
                        dopen = i
                elif not is_open:
                    spans.append((dopen, i + 1))
                    dopen = -1
                else:  # a second opening quote: the first was never closed
                    spans.append((dopen, i))
                    dopen = i
            else:
                # Single quotes double as apostrophes: only a clear opener
                # followed later by a clear closer makes a quote.
                if dopen >= 0:
                    continue
                if sopen < 0:
                    if opening and ch in "‘'" and prev in _OPEN_CONTEXT:
                        sopen = i
                elif closing and ch in "’'" and prev not in "sS":
                    spans.append((sopen, i + 1))
                    sopen = -1
        if dopen >= 0:
            spans.append((dopen, pe))
    spans.sort()
    return spans


# ---------------------------------------------------------------------------
# The analysis
# ---------------------------------------------------------------------------


class _Builder:
    """Builds an :class:`Analysis` in one pass over sentences and tokens."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = doc.tokens
        self.names = first_names()
        self.pw = _person_words()
        self.org, self.notname, self.acronyms = _nonperson_words()
        self.entities: list[Entity] = []
        self.attachments: list[Attachment] = []
        self.by_full: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_surname: dict[str, list[int]] = {}
        self.couples = _couple_surnames(doc.text, self.names, self.org, self.notname)
        self.sent_mentions: list[list[Mention]] = []
        self.open_genders: list[set[str]] = []
        self.tags: list[SpeechTag] = []
        self.doubled: set[int] = set()
        self.pending_role: tuple[int, int] | None = None  # (anon entity id, sentence) for a lede role noun
        self.q_starts: list[int] = []
        self.q_spans: list[tuple[int, int]] = []

    # -- helpers ---------------------------------------------------------------
    def _new_entity(self, name: str, kind: str, gender_hint: str | None = None) -> Entity:
        e = Entity(len(self.entities), name, kind, gender_hint)
        self.entities.append(e)
        return e

    def canon(self, eid: int) -> Entity:
        e = self.entities[eid]
        while e.alias is not None:
            e = self.entities[e.alias]
        return e

    def _gap(self, a: Token, b: Token) -> str:
        return self.text[a.end : b.start]

    # -- token-level preparation -----------------------------------------------
    def _mark_quotes(self) -> None:
        spans = _quote_spans(self.doc)
        self.q_starts = [a for a, _ in spans]
        self.q_spans = spans

    def _quote_of(self, idx: int) -> int:
        """Index of the quote span holding token ``idx``, or -1."""
        pos = self.toks[idx].start
        k = bisect_right(self.q_starts, pos) - 1
        return k if k >= 0 and pos < self.q_spans[k][1] else -1

    # -- names -----------------------------------------------------------------
    def _name_run(self, j: int, lo: int, hi: int, si: int, mentions: list[Mention]) -> int:
        """Handle the capitalised run starting at token ``j``; return the index after it."""
        toks, text = self.toks, self.text
        k = j + 1
        while k < hi and k - j < 8:
            gap = text[toks[k - 1].end : toks[k].start]
            nt = toks[k]
            if toks[k - 1].lower.endswith(("'s", "’s")):
                break  # "Frank Lampard's Chelsea": the possessor's name ends here
            if gap == " " or gap == "  ":
                if nt.text[0].isupper():
                    k += 1
                    continue
                if nt.lower in _NAME_PARTICLES and k + 1 < hi and toks[k + 1].text[0].isupper() and self._gap(nt, toks[k + 1]) == " ":
                    k += 2
                    continue
                if (nt.lower in _NAME_PARTICLES and k + 2 < hi and toks[k + 1].lower in _NAME_PARTICLES
                        and toks[k + 2].text[0].isupper() and self._gap(nt, toks[k + 1]) == " " == self._gap(toks[k + 1], toks[k + 2])):
                    k += 3  # "von der Leyen", "de la Cruz"
                    continue
            elif gap in (". ", ".  ") and nt.text[0].isupper():
                prevw = toks[k - 1].text
                if (len(prevw) == 1 and prevw.isupper()) or prevw.lower() in ("mr", "mrs", "ms", "dr", "st", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "rev"):
                    k += 1
                    continue
            break
        run = toks[j:k]
        self._process_run(run, j, lo, si, mentions)
        return k

    def _process_run(self, run: list[Token], j: int, lo: int, si: int, mentions: list[Mention]) -> None:
        pw, org, notname, names = self.pw, self.org, self.notname, self.names
        n = len(run)
        lows = [t.lower[:-2] if t.lower[-2:] in _POSSESSIVE else t.lower for t in run]
        if not org.isdisjoint(lows) and not any(fold(w) in names or w in pw for w in lows):
            return  # "Human Rights Watch", "Communist Party": no name or title inside
        possessive = run[-1].lower[-2:] in _POSSESSIVE
        end_cut = n
        glued_end = None
        # "BacheletThis": a name glued to the next sentence's first word.
        last = run[-1].text
        m = None if last[1:].islower() else _GLUED_RE.match(last)
        if m and m.group(2).lower() in notname and not last.startswith(("Mc", "Mac")):
            lows[-1] = m.group(1).lower()
            glued_end = run[-1].start + len(m.group(1))
        while end_cut > 0 and lows[end_cut - 1] in _NAME_SUFFIXES:
            end_cut -= 1
        # Trailing common words ("Bachelet Saturday") are not part of the name.
        while end_cut > 1 and lows[end_cut - 1] in notname and lows[end_cut - 1] not in pw and lows[end_cut - 1] not in _MONTHS:
            end_cut -= 1  # (months stay: "Theresa May", "Brian May")
        # Split off the prefix: honorifics, titles, all-caps acronyms, organisation words.
        cut = 0
        honor: list[tuple[int, str, str]] = []
        titles: list[tuple[int, str, str]] = []
        for i in range(end_cut - 1):
            low = lows[i]
            info = pw.get(low)
            if info and ("honorific" in info[1] or "title" in info[1] or "role" in info[1]):
                cut = i + 1
                if "honorific" in info[1]:
                    honor.append((i, low, info[0]))
                else:
                    titles.append((i, low, info[0]))
            elif info and "titlemod" in info[1]:
                continue
            elif i == end_cut - 2 and self._initials(run[i].text) and lows[i + 1] not in org:
                continue  # "JK Rowling"
            elif (len(run[i].text) > 1 and run[i].text.isupper()) or low in org:
                if low in org and i + 1 < end_cut and lows[i + 1] not in org:
                    # "Human Rights Michelle Bachelet": the name starts at a first name
                    if fold(lows[i + 1]) in names or (pw.get(lows[i + 1]) or ("", frozenset()))[1] & {"honorific", "title"}:
                        cut = i + 1
                elif run[i].text.isupper():
                    cut = i + 1
        # A sentence-initial common word ("But", "Speaking") is not part of a name.
        sentence_initial = j == lo  # tokens are words: quotes and dashes before do not count
        while cut < end_cut and (lows[cut] in notname and lows[cut] not in pw):
            cut += 1
        # "J.K. Rowling", cut off by the sentence splitter after "J.K."
        init_start = self._initials_before(j) if sentence_initial and cut == 0 else None
        if cut < end_cut and sentence_initial and cut == 0 and n > 0 and init_start is None:
            w0 = lows[0]
            second = names.get(fold(lows[1])) if end_cut >= 3 else None
            if (
                fold(w0) not in names
                and w0 not in self.by_key
                and w0 not in pw
                and (w0.endswith(("ing", "ed", "ly")) or end_cut == 1 or (second is not None and second[0] != "u"))
            ):
                cut = 1  # ("Headteacher Mark Evans": the name starts at the first name)
        while cut < end_cut - 1 and (
            "titlemod" in (pw.get(lows[cut]) or ("", frozenset()))[1]
            or (len(run[cut].text) > 1 and run[cut].text.isupper() and not (cut == end_cut - 2 and self._initials(run[cut].text)))
        ):
            cut += 1
        if end_cut - cut >= 1 and len(run[end_cut - 1].text) > 1 and run[end_cut - 1].text.isupper():
            return  # an acronym ("UN", "ÍBV"), not a person's name
        name_toks = run[cut:end_cut]
        name_lows = lows[cut:end_cut]
        if len(name_lows) == 1 and (pw.get(name_lows[0]) or ("", frozenset()))[1] & {"title", "role"}:
            # "The High Commissioner's agenda": a capitalised title, no name
            info = pw[name_lows[0]]
            # (at the start of a sentence the capital says nothing: "Individual areas")
            self._role_mention(name_toks[0], name_lows[0], info[0], j + cut, si, mentions, capitalised=not (sentence_initial and cut == 0))
            return
        if not name_toks:
            # a title on its own: "the President said", "the Queen"
            if titles or honor:
                i, low, g = (titles or honor)[-1]
                self._role_mention(run[i], low, g, j + i, si, mentions, capitalised=True)
            return
        if any(low in org for low in name_lows):
            return
        if name_lows[0] in _MONTHS and len(name_lows) == 1:
            prev = self.toks[j + cut - 1].lower if j + cut - 1 >= 0 else ""
            if prev in _MONTH_CUES or self._followed_by_digit(run[-1]):
                return
        if len(name_lows) == 1 and name_lows[0] in ("i", "o", "a"):
            return
        # Context before the run: lowercase titles/roles ("activist Rushan Abbas", "husband Jarett Kelley").
        ctx_titles = []
        start_tok = j + cut
        b = j - 1
        steps = 0
        while b >= lo and steps < 3 and self.text[self.toks[b].end : self.toks[b + 1].start] == " ":
            low = self.toks[b].lower
            info = pw.get(low)
            if info and info[1] & {"title", "role", "kin", "human"}:
                ctx_titles.append((b, low, info))
                break
            if low in _CTX_SKIP:
                b -= 1
                steps += 1
                continue
            break
        first_low = name_lows[0]
        fn = names.get(fold(first_low))
        # "J.K. Rowling", "JK Rowling": initials stand for the first name
        if cut:
            init_start = None
        initials = init_start is not None or (len(name_toks) >= 2 and self._initials(name_toks[0].text))
        if initials:
            fn = None
        has_title = bool(honor or titles or ctx_titles)
        lone: tuple[str, str, str] | None = None
        if len(name_lows) == 1 and not has_title and not initials and fn is not None:
            # a lone given name is a person only with a cue: "Emma said",
            # "Emma and Liam Hart", "Max, four,"
            lone = self._lone_cue(j + end_cut) or self._coordinated(j)
        hon_gender = next((g for _, _, g in reversed(honor) if g in ("m", "f")), None)
        # Link to an existing person.
        full = " ".join(name_lows)
        ent: Entity | None = None
        new_couple = False
        given = False  # a lone word known to be this person's given name, not a surname
        if full in self.by_full:
            ent = self.canon(self.by_full[full])
        elif len(name_lows) == 1:
            if hon_gender and (first_low in self.couples or self._shared(first_low)):
                # "Mr and Mrs Smith", "John and Mary Smith" ... "Mr Smith": the
                # honorific says which of the two is meant
                ent = self._by_gender(first_low, hon_gender)
                new_couple = ent is None and first_low in self.couples
            if ent is None and not new_couple:
                eid = self.by_key.get(first_low)
                if eid is None and lone is not None:
                    eid = self._unique_first(first_low)
                    given = eid is not None
                if eid is not None:
                    ent = self.canon(eid)
                    if ent.shared_surname and not hon_gender and first_low not in ent.firsts:
                        # "Williams" with Serena and Venus Williams in the article:
                        # someone, but not a known one
                        self._ambiguous_mention(name_toks, possessive, glued_end, start_tok, lo, si, mentions)
                        return
        else:
            eid = self.by_key.get(name_lows[-1])
            if eid is None and fn is None and not initials:
                eid = self.by_key.get(first_low)
            if eid is not None:
                cand = self.canon(eid)
                first_known = cand.firsts
                if not first_known or first_low in first_known or (fn is None and first_low in cand.keys):
                    ent = cand
        kind = "person"
        if ent is None:
            if len(name_lows) == 1:
                if not (has_title or lone or init_start is not None):
                    return
            elif not (fn is not None or has_title or initials or self._appositive_or_speech(run[end_cut - 1], j + end_cut)):
                kind = "weak"
            display = " ".join(t.text for t in name_toks)
            if glued_end is not None:
                display = self.text[name_toks[0].start : glued_end]
            elif possessive and display.endswith(("'s", "’s")):
                display = display[:-2]
            if init_start is not None:
                display = self.text[self.toks[init_start].start : name_toks[0].start] + display
            elif lone is not None and lone[0] == "coord":
                display = f"{display} {lone[2]}"
            ent = self._new_entity(display, kind)
            given = lone is not None
            # a lede role noun ("The UN envoy ... his visit") waiting for its name
            if self.pending_role is not None and kind == "person":
                pid, psent = self.pending_role
                self.pending_role = None
                pent = self.entities[pid]
                if si - psent <= 1 and (pent.gender_hint in (None, "n") or not fn or fn[0] in ("u", pent.gender_hint)):
                    pent.alias = ent.id
                    ent.roles |= pent.roles
                    for mm in pent.mentions:
                        ent.mentions.append(mm)
        elif ent.kind == "weak" and (fn is not None or has_title or initials):
            ent.kind = "person"
        surname = name_lows[-1] if len(name_lows) >= 2 else (lone[1] if lone and lone[0] == "coord" else None)
        if surname is not None:
            if len(name_lows) >= 2:
                self.by_full[full] = ent.id
            other = self.by_key.get(surname)
            if other is not None and self.canon(other).id != ent.id:
                self.canon(other).shared_surname = ent.shared_surname = True
            self.by_key[surname] = ent.id
            if ent.id not in self.by_surname.setdefault(surname, []):
                self.by_surname[surname].append(ent.id)
            ent.keys.add(surname)
            if fn is None and ent.kind == "person" and not initials:
                # East Asian order ("Xi Jinping" -> "Xi"); not for name-like runs
                # without a person cue ("Icelandic Track" must not make "Icelandic" a name)
                self.by_key.setdefault(first_low, ent.id)
            self._add_first(ent, first_low, fn, name_toks[0])
            if len(ent.name.split()) < len(name_lows) and glued_end is None and init_start is None:
                ent.name = " ".join(t.text for t in name_toks).removesuffix("'s").removesuffix("’s")
        else:
            if new_couple or (hon_gender and ent.honorifics and first_low in self.couples):
                self.by_surname.setdefault(first_low, [])
                if ent.id not in self.by_surname[first_low]:
                    self.by_surname[first_low].append(ent.id)
                if len(self.by_surname[first_low]) > 1:
                    for x in self.by_surname[first_low]:
                        self.entities[x].shared_surname = True
            else:
                self.by_key.setdefault(first_low, ent.id)
            if given or (ent.first is None and any("kin" in info[1] for _, _, info in ctx_titles)):
                # "his wife Michelle", "Emma and Liam Hart": the lone word is a
                # given name ("Mr Rose ... Rose said" is a surname: no evidence).
                # A speech verb alone gives none either: "Florence said" may be
                # the city speaking.
                speech_only = lone is not None and lone[0] == "speech" and not ctx_titles and ent.first is None
                self._add_first(ent, first_low, None if speech_only else fn, name_toks[0])
        ent.keys.update(name_lows)
        for i, low, g in honor:
            t = run[i]
            ent.honorifics.append((g, t.start, (glued_end or name_toks[-1].end), t.text))
            if g in ("m", "f"):
                ent.evidence.append(Evidence(g, "honorific", t.text, t.start, t.end))
        for i, low, g in titles:
            ent.roles.add(low)
            if g in ("m", "f"):
                ent.evidence.append(Evidence(g, "title", run[i].text, run[i].start, run[i].end))
        for b, low, info in ctx_titles:
            t = self.toks[b]
            if "kin" in info[1] or "human" in info[1] and "role" not in info[1]:
                # "husband Jarett Kelley": the name is the husband, unless it is "her husband's"...
                if info[0] in ("m", "f"):
                    ent.evidence.append(Evidence(info[0], "relation word", t.text, t.start, t.end))
            else:
                ent.roles.add(low)
                if info[0] in ("m", "f"):
                    ent.evidence.append(Evidence(info[0], "title", t.text, t.start, t.end))
        end = glued_end or name_toks[-1].end
        if possessive and glued_end is None:
            end -= 2
        q = self._quote_of(start_tok)
        mstart = self.toks[init_start].start if init_start is not None else name_toks[0].start
        mention = Mention(ent.id, mstart, end, si, "name", False, q >= 0, q, possessive, self.text[mstart:end])
        self._add_mention(mention, start_tok, lo, mentions)

    def _add_first(self, ent: Entity, first_low: str, fn: tuple[str, float] | None, tok: Token) -> None:
        """Record a given name of ``ent`` and, the first time, its gender evidence."""
        if first_low not in ent.firsts:
            ent.firsts.add(first_low)
            self.by_first.setdefault(first_low, []).append(ent.id)
        if ent.first is None:
            ent.first = first_low
            if fn and fn[0] in ("m", "f") and fn[1] >= FIRST_NAME_EVIDENCE:
                ent.evidence.append(Evidence(fn[0], "first name", tok.text, tok.start, tok.end))

    def _unique_first(self, first_low: str) -> int | None:
        """The one person with this given name, if exactly one has it."""
        ids = {self.canon(x).id for x in self.by_first.get(first_low, ())}
        return ids.pop() if len(ids) == 1 else None

    def _shared(self, surname: str) -> bool:
        return len({self.canon(x).id for x in self.by_surname.get(surname, ())}) > 1

    def _by_gender(self, surname: str, gender: str) -> Entity | None:
        """The one person with this surname whose gender is ``gender``."""
        found = {self.canon(x).id for x in self.by_surname.get(surname, ()) if self.canon(x).static_gender() == gender}
        return self.entities[found.pop()] if len(found) == 1 else None

    def _ambiguous_mention(self, name_toks: list[Token], possessive: bool, glued_end: int | None, tok_idx: int,
                           lo: int, si: int, mentions: list[Mention]) -> None:
        """A surname two people in the article share: an unknown one of them."""
        end = glued_end or name_toks[-1].end
        if possessive and glued_end is None:
            end -= 2
        label = self.text[name_toks[0].start : end]
        anon = self._new_entity(label, "anon")
        q = self._quote_of(tok_idx)
        self._add_mention(Mention(anon.id, name_toks[0].start, end, si, "anon", False, q >= 0, q, possessive, label), tok_idx, lo, mentions)

    def _lone_cue(self, k: int) -> tuple[str, str, str] | None:
        """What after a lone given name shows it is a person: a speech verb
        ("Emma said"), an age (", 10,") or a shared surname ("Emma and Liam
        Hart" -> ("coord", "hart", "Hart"))."""
        toks, text = self.toks, self.text
        if k >= len(toks):
            return None
        gap = text[toks[k - 1].end : toks[k].start]
        nxt = toks[k]
        if gap == " " and nxt.lower in SPEECH_VERBS:
            return ("speech", "", "")
        if gap.strip() == "," and nxt.text.isdigit() and text[nxt.end : nxt.end + 1] == ",":
            return ("age", "", "")
        if gap == " " and nxt.lower == "and" and k + 2 < len(toks):
            a, b = toks[k + 1], toks[k + 2]
            if (
                text[nxt.end : a.start] == " "
                and text[a.end : b.start] == " "
                and a.text[0].isupper()
                and b.text[0].isupper()
                and fold(a.lower) in self.names
                and b.lower not in self.org
                and b.lower not in self.notname
            ):
                sur = b.text[:-2] if b.lower.endswith(_POSSESSIVE) else b.text
                return ("coord", sur.lower(), sur)
        return None

    def _coordinated(self, j: int) -> tuple[str, str, str] | None:
        """ "Prince William and Catherine": a lone given name joined to a person just named."""
        toks, text = self.toks, self.text
        if j < 2 or toks[j - 1].lower != "and" or text[toks[j - 1].end : toks[j].start] != " ":
            return None
        m = self._cur_mentions[-1] if self._cur_mentions else None
        if m is None or m.kind != "name" or m.end != toks[j - 2].end or text[m.end : toks[j - 1].start] != " ":
            return None
        return ("and", "", "") if self.canon(m.entity).kind == "person" else None

    def _initials(self, word: str) -> bool:
        """ "JK", "TJ", "J": initials rather than an acronym ("UN", "BBC")."""
        if not (1 <= len(word) <= 3 and word.isascii() and word.isupper() and word.isalpha()):
            return False
        return word.lower() not in self.acronyms and word.lower() not in self.org

    def _initials_before(self, j: int) -> int | None:
        """Start of "J.K." cut off as a sentence of its own before token ``j``."""
        toks, text = self.toks, self.text
        k = j
        while k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper() and text[toks[k - 1].end : toks[k].start] in (".", ". "):
            k -= 1
            if j - k >= 3:
                break
        if k == j or text[toks[j - 1].end : toks[j].start] != ". ":
            return None
        if "".join(t.text for t in toks[k:j]).lower() in self.acronyms:
            return None  # "the U.S. Biden said"
        if k > 0:
            before = text[toks[k - 1].end : toks[k].start]
            info = self.pw.get(toks[k - 1].lower)
            if not (before.strip()[-1:] in (".", "!", "?", ":") or "\n" in before or (info and info[1] & {"role", "title"})):
                return None
        return k

    def _followed_by_digit(self, t: Token) -> bool:
        k = t.index + 1
        return k < len(self.toks) and self.toks[k].text[0].isdigit() and self.toks[k].start - t.end <= 2

    def _appositive_or_speech(self, last: Token, nxt_idx: int) -> bool:
        """A person cue after a name: ", a spokeswoman", ", 45," or a speech verb."""
        toks = self.toks
        if nxt_idx >= len(toks):
            return False
        gap = self.text[last.end : toks[nxt_idx].start]
        if gap == " " and toks[nxt_idx].lower in SPEECH_VERBS:
            return True
        if gap.strip() == ",":
            for x in range(nxt_idx, min(nxt_idx + 5, len(toks))):
                t = toks[x]
                if t.text.isdigit() and x == nxt_idx:
                    return True
                info = self.pw.get(t.lower)
                if info and info[1] & {"role", "title", "human"}:
                    if "kin" in info[1]:
                        return False
                    return True
                if t.lower in ("who", "whose", "which"):
                    return t.lower != "which"
        return False

    def _add_mention(self, mention: Mention, tok_idx: int, lo: int, mentions: list[Mention]) -> None:
        ent = self.entities[mention.entity]
        if ent.kind == "weak" and tok_idx > 0 and (
            self.toks[tok_idx - 1].lower in _PLACE_PREPOSITIONS or self.toks[tok_idx - 1].lower in ("the", "a", "an")
        ):
            # "on Capitol Hill", "in Abu Dhabi", "the Red Devils": not a person in play
            mention.kind = "place"
        if not mention.in_quote and not mention.possessive:
            if not any(not m.in_quote for m in mentions):
                prev = self.toks[tok_idx - 1].lower if tok_idx > lo else ""
                mention.subject = prev not in _PREPOSITIONS
        if mention.kind != "pron":
            ent.last_noun = mention.sent
        ent.mentions.append(mention)
        mentions.append(mention)

    # -- role and person nouns ---------------------------------------------------
    def _role_mention(self, t: Token, low: str, gender: str, idx: int, si: int, mentions: list[Mention], capitalised: bool = False) -> None:
        """A role or person noun: link "the envoy" to its person, or make an anonymous person."""
        toks, text = self.toks, self.text
        info = self.pw.get(low)
        if info is None:
            return
        kinds = info[1]
        # the determiner in front, across up to three modifiers ("the top UN rights envoy")
        det = None
        b = idx - 1
        steps = 0
        while b >= 0 and steps < 4:
            gap = text[toks[b].end : toks[b + 1].start]
            if gap.strip():
                break
            bl = toks[b].lower
            if bl in _DETERMINERS:
                det = bl
                break
            if bl.endswith(("'s", "’s")):
                det = "poss"
                break
            b -= 1
            steps += 1
        q = self._quote_of(idx)
        in_quote = q >= 0
        linked: Entity | None = None
        appo = self._apposition(idx)
        if appo is not None and "kin" not in kinds:
            # "Sophie Turner, a spokeswoman for the ministry": the noun describes her
            appo.roles.add(low)
            if gender in ("m", "f"):
                appo.evidence.append(Evidence(gender, "role noun", t.text, t.start, t.end))
            return
        # "the UN envoy", "the central bank chief" can be the holder named
        # before; "the other minister", "the new coach" are someone else
        plain = all(
            (self.pw.get(toks[x].lower, ("", frozenset()))[1] & {"titlemod", "title"} and toks[x].lower not in _CONTRASTIVE)
            or toks[x].text.isupper()
            or (toks[x].text.isalpha() and toks[x].text.islower() and toks[x].lower not in _CONTRASTIVE
                and toks[x].lower not in PRONOUNS)
            for x in range(b + 1, idx)
        ) if det else False
        # the whole description ("The UN envoy") for messages and related spans
        didx = b if det is not None and b >= 0 else idx
        dstart = toks[didx].start
        desc = text[dstart : t.end]
        if det == "the" and plain and ("role" in kinds or capitalised) and "kin" not in kinds:
            linked = self._recent_anon(low, si)
            if linked is None and not in_quote:
                # (inside a quote the speaker talks about someone else: "I told
                # the minister that she was wrong," Carney said.)
                linked = self._link_role(low, gender, si)
            # si first: the scan of every entity only runs in the lede (was quadratic)
            if linked is None and not in_quote and si <= 1 and not any(e.kind == "person" for e in self.entities):
                # a lede role noun before any name: the next person named may be it
                anon = self._new_entity(t.text, "anon", gender)
                anon.roles.add(low)
                self.pending_role = (anon.id, si)
                mention = Mention(anon.id, dstart, t.end, si, "role", False, in_quote, q, False, desc)
                self._add_mention(mention, didx, self._lo, mentions)
                return
        if linked is not None and linked.kind == "anon":
            mention = Mention(linked.id, dstart, t.end, si, "anon", False, in_quote, q, False, desc)
        elif linked is not None:
            linked.roles.add(low)
            if gender in ("m", "f"):
                linked.evidence.append(Evidence(gender, "role noun", t.text, t.start, t.end))
            mention = Mention(linked.id, dstart, t.end, si, "role", False, in_quote, q, False, desc)
        elif det is None and gender not in ("m", "f") and not capitalised:
            return  # "been accused", "to guard": a verb or a bare plural-like use, not a person
        else:
            anon = self._new_entity(t.text, "anon", gender)
            anon.roles.add(low)
            mention = Mention(anon.id, dstart, t.end, si, "anon", False, in_quote, q, False, desc)
        self._add_mention(mention, didx, self._lo, mentions)

    def _apposition(self, idx: int) -> Entity | None:
        """The person a noun in apposition describes: "<Name>, (a|the)? (modifiers) <noun>"."""
        toks, text = self.toks, self.text
        b = idx
        for _ in range(5):
            if b <= 0:
                return None
            gap = text[toks[b - 1].end : toks[b].start]
            if gap == " ":
                if toks[b - 1].lower in PRONOUNS or toks[b - 1].lower in SPEECH_VERBS:
                    return None
                if toks[b - 1].lower in _COPULAS and b >= 2 and self._cur_mentions:
                    # "Lea Michele was the star of the series": the noun describes her
                    m = self._cur_mentions[-1]
                    if m.kind == "name" and m.end == toks[b - 2].end and self.text[m.end : toks[b - 1].start] == " ":
                        e = self.canon(m.entity)
                        return e if e.kind != "anon" else None
                    return None
                b -= 1
                continue
            if gap.strip() == "," and self._cur_mentions:
                m = self._cur_mentions[-1]
                if m.kind == "name" and m.end in (toks[b - 1].end, toks[b - 1].end - 2):
                    e = self.canon(m.entity)
                    return e if e.kind != "anon" else None
            return None
        return None

    def _title_use(self, j: int, hi: int, kinds: frozenset[str]) -> bool:
        """A role word in front of a name ("activist Rushan Abbas", "entrepreneur and
        Tinkoff group founder Oleg Tinkov") titles that name; it is no separate person."""
        toks, text = self.toks, self.text
        reach = 5 if "role" in kinds and "kin" not in kinds else 1
        for k in range(j + 1, min(j + 1 + reach, hi)):
            if text[toks[k - 1].end : toks[k].start] != " ":
                return False
            low = toks[k].lower
            if low in self.notname or low in _PREPOSITIONS or low in PRONOUNS or low in SPEECH_VERBS:
                if low != "and":
                    return False
            elif toks[k].text[0].isupper():
                return True
        return False

    def _link_role(self, low: str, gender: str, si: int) -> Entity | None:
        """The person "the <role>" stands for: a holder of that role, else the only recent person."""
        best: Entity | None = None
        # The most recent holders only: a scan of every entity per role noun
        # was quadratic on hostile text (thousands of "the minister" mentions,
        # each adding an anonymous entity); real articles have far fewer.
        for e in reversed(self.entities[-_ROLE_LOOKBACK:]):
            if e.alias is None and e.kind == "person" and low in e.roles:
                best = e
                break
        if best is not None:
            g = best.static_gender()
            if gender in ("m", "f") and g and g != gender:
                return None
            if any(self.canon(m.entity).id == best.id and not m.in_quote for m in self._cur_mentions):
                return None  # "Bachelet met the envoy": someone else than Bachelet
            return best
        recent: set[int] = set()
        here: set[int] = set()
        for s in range(max(0, si - 2), si + 1):
            src = self.sent_mentions[s] if s < len(self.sent_mentions) else self._cur_mentions
            for m in src:
                if m.kind == "name":
                    e = self.canon(m.entity)
                    if e.kind == "person":
                        recent.add(e.id)
                        if s == si:
                            here.add(e.id)
        if len(recent) == 1 and not here:
            # "Turner said the minister ..." is someone else; "the envoy" after a
            # paragraph about Bachelet is Bachelet, unless she holds another kind of role
            e = self.entities[recent.pop()]
            g = e.static_gender()
            if gender in ("m", "f") and g and g != gender:
                return None
            if e.roles and not any(_same_role(low, r) for r in e.roles):
                return None
            return e
        return None

    def _recent_anon(self, low: str, si: int) -> Entity | None:
        """An unnamed holder of this role mentioned in the last two sentences
        ("Bachelet met the envoy. The envoy said ..."): the same unnamed person."""
        for s in range(si, max(-1, si - 3), -1):
            src = self.sent_mentions[s] if s < len(self.sent_mentions) else self._cur_mentions
            for m in reversed(src):
                if m.kind == "anon":
                    e = self.canon(m.entity)
                    if e.kind == "anon" and low in e.roles:
                        return e
        return None

    # -- pronouns ----------------------------------------------------------------
    def _pronoun_form(self, idx: int, low: str, form: str) -> str:
        if form != "obj/poss":
            return form
        nxt = self.toks[idx + 1] if idx + 1 < len(self.toks) else None
        if nxt is None or self.text[self.toks[idx].end : nxt.start].strip():
            return "obj"
        return "obj" if nxt.lower in _AFTER_OBJECT or nxt.lower in PRONOUNS else "poss"

    def _styled(self, idx: int, hi: int, gender: str, si: int, mentions: list[Mention]) -> int:
        """ "Her Majesty", "His Holiness", "Her Royal Highness": no pronoun but a
        person of that gender, in play like an unnamed person (so "her" in "on
        her behalf" has someone to go to). Returns the token index after the
        style, or 0."""
        toks, text = self.toks, self.text
        t = toks[idx]
        if not t.text[0].isupper() or t.lower not in ("his", "her"):
            return 0
        k = idx + 1
        while k < hi and k - idx <= 3 and text[toks[k - 1].end : toks[k].start] == " " and toks[k].text[0].isupper():
            if toks[k].lower in _STYLE_MODS:
                k += 1
                continue
            if toks[k].lower not in _STYLES:
                return 0
            label = text[t.start : toks[k].end]
            anon = self._new_entity(label, "anon", gender)
            q = self._quote_of(idx)
            mention = Mention(anon.id, t.start, toks[k].end, si, "anon", False, q >= 0, q, False, label)
            self._add_mention(mention, idx, self._lo, mentions)
            return k + 1
        return 0

    def _skip_pronoun(self, idx: int, lo: int, hi: int) -> bool:
        """Generic or honorific uses: "his or her", "he/she", "Her Majesty", "His Excellency"."""
        toks, text = self.toks, self.text
        t = toks[idx]
        if t.text[0].isupper() and idx > lo and idx + 1 < hi and toks[idx + 1].text[0].isupper():
            if text[t.end : toks[idx + 1].start] == " ":
                return True
        for a, b in ((idx, idx + 1), (idx - 1, idx)):
            if a < 0 or b >= len(toks):
                continue
            pa, pb = PRONOUNS.get(toks[a].lower), PRONOUNS.get(toks[b].lower)
            if pa and pb and pa[0] != pb[0] and text[toks[a].end : toks[b].start].strip() in ("/", "or", "and", "(", ")"):
                return True
        if idx + 2 < len(toks):
            mid = toks[idx + 1].lower
            other = PRONOUNS.get(toks[idx + 2].lower)
            if mid in ("or", "and") and other and other[0] != PRONOUNS[t.lower][0]:
                return True
        if idx - 2 >= 0:
            mid = toks[idx - 1].lower
            other = PRONOUNS.get(toks[idx - 2].lower)
            if mid in ("or", "and") and other and other[0] != PRONOUNS[t.lower][0]:
                return True
        return False

    def _speech_tag(self, idx: int, gender: str, si: int, para: int) -> None:
        toks, text = self.toks, self.text
        if idx + 1 >= len(toks):
            return
        v = toks[idx + 1]
        if v.lower not in SPEECH_VERBS or text[toks[idx].end : v.start] != " ":
            return
        t = toks[idx]
        before = text[max(0, t.start - 4) : t.start]
        after = text[v.end : v.end + 3]
        quote_tag = any(c in before for c in "”\"’'") or any(c in after for c in ":“\"")
        if self._quote_of(idx) >= 0:
            return
        self.tags.append(SpeechTag(t.start, v.end, t.end, gender, v.lower, para, si, quote_tag))

    def _mark_doubled(self) -> None:
        """Pronouns inside the translation family's MT005 hits (attribution
        doubling, "he said. she declared."): that rule owns them. Reading its
        actual hits keeps the two families from disagreeing on what a doubled
        tag is, so one artefact gives one finding."""
        hits = artefacts(self.doc).get("MT005", [])
        if not hits:
            return
        starts = self.doc.token_starts
        for h in hits:
            for k in range(bisect_left(starts, h.start), bisect_left(starts, h.end)):
                if self.toks[k].lower in PRONOUNS:
                    self.doubled.add(self.toks[k].start)

    def _resolve(self, p: tuple, si: int, para_first: bool, cur: list[Mention]) -> None:
        """Attach pronoun ``p`` (found in sentence ``si``) to a person, or leave it open."""
        idx, start, end, word, gender, form, q = p
        if start in self.doubled:
            return
        before = [m for m in cur if m.start < start]
        if q >= 0:
            scope = [m for m in before if m.quote == q]
            self._decide(p, si, scope, [], [], [], quoted=True)
            return
        after = sorted((m for m in cur if m.start > start and not m.in_quote), key=lambda m: m.start)
        prev = self.sent_mentions[si - 1] if si >= 1 else []
        wide: list[Mention] = []
        for s in range(max(0, si - 4), si - 1):
            wide.extend(self.sent_mentions[s])
        # Cataphora only from an opening phrase to the subject after its comma
        # ("In his remarks, Bachelet urged"); "She met the boss" is no cataphora.
        fronted = self._fronted(p, si, before, after)
        self._decide(p, si, before, prev, wide, [fronted] if fronted else [], quoted=False)

    def _fronted(self, p: tuple, si: int, before: list[Mention], after: list[Mention]) -> Mention | None:
        """The subject after an opening phrase that holds possessive ``p``:
        "In his strongest remarks ..., Bachelet urged", "Speaking at the end of
        her visit, Bachelet said". Only a person named before counts ("After
        his death, Mary Smith, his widow, said" introduces someone else)."""
        idx, start, end, word, gender, form, q = p
        if form != "poss" or any(not m.in_quote for m in before) or not after:
            return None
        toks, text = self.toks, self.text
        first = next((k for k in range(self._lo, idx) if self._quote_of(k) < 0), idx)
        w = toks[first].lower
        if first == idx or not (w in _FRONTING or (w.endswith("ing") and w not in PRONOUNS)):
            return None
        nxt = after[0]
        comma = text.rfind(",", end, nxt.start)
        if comma < 0 or text[comma + 1 : nxt.start].strip() or self._quote_at(comma) >= 0:
            return None
        if nxt.kind not in ("name", "role") or nxt.possessive:
            return None
        e = self.canon(nxt.entity)
        if e.kind != "person" or not any(m.sent < si and m.kind in ("name", "role") for m in e.mentions):
            return None
        return nxt

    def _quote_at(self, pos: int) -> int:
        k = bisect_right(self.q_starts, pos) - 1
        return k if k >= 0 and pos < self.q_spans[k][1] else -1

    def _direct(self, p: tuple, si: int, before: list[Mention], fronted: list[Mention]) -> tuple[Mention, str, float] | None:
        """A mention the grammar ties pronoun ``p`` to: the speaker of "X said
        (that) he", the subject after an opening phrase, or the subject of the
        same sentence for a possessive or reflexive with nobody in between."""
        idx, start, end, word, gender, form, q = p
        spk = self._speech_subject(idx, before)
        if spk is not None and spk.kind in ("name", "role"):
            return spk, f"speech tag: '{self._tag_text(spk, idx)}'", 0.9
        if fronted:
            m = fronted[0]
            return m, f"'{m.text}' is the subject after the opening phrase", 0.8
        if form in ("poss", "refl"):
            subj = next((m for m in before if m.subject and not m.in_quote), None)
            if subj is not None and subj.kind in ("name", "role"):
                eid = self.canon(subj.entity).id
                if all(self.canon(m.entity).id == eid for m in before if m.start > subj.start and not m.in_quote):
                    return subj, f"'{subj.text}' is the subject of the same sentence", 0.85
        return None

    def _weak_blocker(self, m: Mention, si: int, target: Entity) -> bool:
        """Whether mention ``m``, 2-4 sentences back, is too far out of play to
        stop a pronoun that the grammar ties to ``target``: a non-subject three
        or more sentences back ("... a meeting with President Xi Jinping"), or
        anyone from a paragraph before one in which the target has since led a
        sentence (the story has moved on to the target)."""
        if m.sent <= si - 3 and not m.subject and m.kind != "pron":
            return True
        sents = self.doc.sentences
        para = sents[m.sent].paragraph
        for s in range(m.sent + 1, si):
            if sents[s].paragraph == para:
                continue
            if any(x.subject and x.kind in ("name", "role") and self.canon(x.entity).id == target.id
                   for x in self.sent_mentions[s]):
                return True
        return False

    def _decide(self, p: tuple, si: int, before: list[Mention], prev: list[Mention], wide: list[Mention],
                cat: list[Mention], quoted: bool) -> None:
        idx, start, end, word, gender, form, q = p
        direct = None if quoted else self._direct(p, si, before, cat)
        target = self.canon(direct[0].entity) if direct else None
        compat_near: dict[int, Mention] = {}
        for m in (*reversed(before), *cat, *reversed(prev)):
            if m.entity < 0 or m.kind == "place":
                continue
            e = self.canon(m.entity)
            if e.kind == "anon" and e.last_noun < si - 2:
                continue  # its pronouns do not keep an unnamed person in play
            if e.kind == "weak":
                # a name-like run with no person cue ("Wang Yi", "Hafdís
                # Sigurðardóttir") may be a person: it keeps the pronoun from
                # being pinned on someone else ("the Red Devils", "on Capitol
                # Hill" are places, marked so before)
                compat_near.setdefault(e.id, m)
            elif e.effective_gender() in (None, gender):
                compat_near.setdefault(e.id, m)
        compat_wide: dict[int, Mention] = {}
        for m in reversed(wide):
            if m.entity < 0:
                continue
            e = self.canon(m.entity)
            # an unnamed person ("a senior official") stays in play for two sentences
            # after it was last named; a name-like run without any person cue
            # ("Red Devils") only nearby
            if (e.kind == "anon" and e.last_noun < si - 2) or e.kind == "weak":
                continue
            if target is not None and e.id != target.id and self._weak_blocker(m, si, target):
                continue
            if e.effective_gender() in (None, gender):
                compat_wide.setdefault(e.id, m)
        if compat_near or compat_wide:
            # (name-like runs without any person cue, "Red Devils", "Capitol Hill",
            # are not counted: they are mostly places, teams and events)
            # Someone who can take this pronoun is in play: attach when unambiguous
            # (a vote for that person's gender), never report.
            people = {eid: m for eid, m in compat_near.items() if self.entities[eid].kind != "weak"}
            if len(people) == 1 and len(compat_near) == 1:
                (eid, m), = people.items()
                reason, strength = self._reason(m, si, start, quoted)
                # The person's gender may only be learnt later ("Ms Mukherjee" two
                # paragraphs on): keep the full strength only when the attachment
                # would also stand without gender agreement.
                alone = len(compat_near) == 1 and not (set(compat_wide) - {eid})
                opened = gender in self.open_genders[si] or any(
                    gender in self.open_genders[s] for s in range(max(0, si - 3), si))
                if not alone or opened or not self._no_other_near(before, prev, cat, eid):
                    strength *= 0.5
                self._attach(p, si, self.entities[eid], m, reason, strength)
                return
            # Several people could take it: a vote only for a clearly salient one
            # (speech tag "X said she", or the subject of this sentence for a
            # possessive/reflexive), at half strength.
            pick = None
            if direct is not None and target is not None and target.id in compat_near:
                pick = direct
            if pick is not None:
                self._attach(p, si, target, pick[0], pick[1], pick[2] * 0.5)
            else:
                self.open_genders[si].add(gender)
            return
        back = 1 if direct else 3  # a tie by grammar outweighs an older unresolved pronoun
        if gender in self.open_genders[si] or (not quoted and any(
                gender in self.open_genders[s] for s in range(max(0, si - back), si))):
            # an unresolved pronoun of this gender points at someone not yet identified
            self.open_genders[si].add(gender)
            return
        # Nobody who could take this pronoun is in play: is exactly one person the referent?
        cands: dict[int, Mention] = {}
        anon = False
        for m in (*reversed(before), *cat, *reversed(prev)):
            if m.entity < 0:
                continue
            e = self.canon(m.entity)
            if e.kind == "anon":
                anon = anon or not (direct and e.gender_hint == _OPPOSITE[gender])
                continue
            if e.kind == "weak" or m.kind == "place":
                continue
            if m.kind == "pron" and PRONOUNS[m.text.lower()][0] != gender:
                # "He read the speech on her behalf": a pronoun of the other gender
                # is no chain; only a subject "She" leading the previous sentence
                # shows who the story is following
                lead = min((x for x in prev if not x.in_quote), key=lambda x: x.start, default=None)
                if m.sent == si or PRONOUNS[m.text.lower()][1] != "subj" or lead is not m:
                    continue
            cands.setdefault(e.id, m)
        if direct is not None and target is not None and target.kind == "person":
            cands.setdefault(target.id, direct[0])
        if anon or not cands:
            if not quoted:
                self.open_genders[si].add(gender)
            return
        chosen: tuple[int, Mention] | None = None
        reason = ""
        strength = 0.0
        if direct is not None and target is not None and target.id in cands:
            chosen = (target.id, direct[0])
            reason, strength = direct[1], direct[2]
        elif len(cands) == 1:
            (eid, m), = cands.items()
            chosen = (eid, m)
            if m.kind == "pron" and PRONOUNS[m.text.lower()][0] != gender:
                name = self.entities[eid].name
                reason, strength = f"{name} is the only person in play ('{m.text}' in the previous sentence)", 0.6
            else:
                reason, strength = self._reason(m, si, start, quoted)
        if chosen is None:
            if not quoted:
                self.open_genders[si].add(gender)
            return
        eid, m = chosen
        self._attach(p, si, self.entities[eid], m, reason, strength)

    def _no_other_near(self, before: list[Mention], prev: list[Mention], cat: list[Mention], eid: int) -> bool:
        """No other person (of any gender, named or not) in the near scope than ``eid``."""
        for m in (*before, *prev, *cat):
            if m.entity < 0 or m.kind == "place":
                continue
            e = self.canon(m.entity)
            if e.id != eid and e.kind != "weak":
                return False
        return True

    def _reason(self, m: Mention, si: int, start: int, quoted: bool) -> tuple[str, float]:
        """Why pronoun at ``start`` goes with mention ``m``, and how strong that is."""
        if quoted:
            return f"'{m.text}' is the only person named earlier in the same quote", 0.6
        if m.kind == "pron":
            where = "the same sentence" if m.sent == si else "the previous sentence"
            return f"it continues '{m.text}' in {where}", 0.75 if m.sent == si else 0.65
        if m.sent == si and m.start < start:
            if m.subject:
                return f"'{m.text}' is the subject of the same sentence", 0.85
            return f"'{m.text}' is the only person earlier in the same sentence", 0.75
        if m.sent == si:
            return f"'{m.text}' is named later in the same sentence", 0.7
        if m.subject:
            return f"'{m.text}' is the subject of the previous sentence", 0.8
        return f"'{m.text}' is the only person in the previous sentence", 0.7

    def _speech_subject(self, idx: int, before: list[Mention]) -> Mention | None:
        """The mention X in "X said (that) PRONOUN", if the pronoun follows such a tag."""
        toks, text = self.toks, self.text
        v = idx - 1
        if v >= 0 and toks[v].lower == "that" and not text[toks[v].end : toks[idx].start].strip():
            v -= 1
        if v < 1 or toks[v].lower not in SPEECH_VERBS:
            return None
        if text[toks[v].end : toks[v + 1].start].strip():
            return None  # "Ardern said. he": the tag ended at the full stop
        subj_end = toks[v - 1].end
        for m in reversed(before):
            if m.end == subj_end or (m.end + 2 == subj_end and self.text[m.end : subj_end] in ("'s", "’s")):
                return m
        return None

    def _tag_text(self, m: Mention, idx: int) -> str:
        return self.text[m.start : self.toks[idx].end]

    def _attach(self, p: tuple, si: int, e: Entity, m: Mention, reason: str, strength: float) -> None:
        idx, start, end, word, gender, form, q = p
        antecedent = m
        if m.kind == "pron":
            # point the related span at a real mention of the person where possible
            for mm in reversed(e.mentions):
                if mm.kind in ("name", "role") and mm.start < start:
                    antecedent = mm
                    break
        a = Attachment(start, end, word, gender, e.id, antecedent, reason, strength, si, q >= 0)
        e.attachments.append(a)
        e.votes[gender] += 1
        self.attachments.append(a)
        self._cur_mentions.append(Mention(e.id, start, end, si, "pron", False, q >= 0, q, False, word))

    # -- the pass ----------------------------------------------------------------
    def build(self) -> Analysis:
        doc, toks = self.doc, self.toks
        self._mark_quotes()
        self._mark_doubled()
        pw, by_key, names = self.pw, self.by_key, self.names
        starts = doc.token_starts
        # Only capitalised words, pronouns and person nouns need a closer look.
        interesting, never = _event_words(), _never_name_words()
        # (``text != lower`` is a cheap "has a capital"; handlers check the first letter)
        events = [i for i, _, _, text, low in toks if low in interesting or (text != low and low not in never)]
        nev = len(events)
        ei = 0
        last_para = -1
        for s in doc.sentences:
            si = s.index
            lo = bisect_left(starts, s.start)
            hi = bisect_left(starts, s.end)
            mentions: list[Mention] = []
            self._cur_mentions = mentions
            self._lo = lo
            self.open_genders.append(set())
            prons: list[tuple] = []
            para_first = s.paragraph != last_para
            last_para = s.paragraph
            while ei < nev and events[ei] < lo:
                ei += 1
            while ei < nev and events[ei] < hi:
                j = events[ei]
                ei += 1
                t = toks[j]
                low = t.lower
                pr = PRONOUNS.get(low)
                if pr is not None:
                    k = self._styled(j, hi, pr[0], si, mentions)
                    if k:
                        while ei < nev and events[ei] < k:
                            ei += 1
                        continue
                    if not self._skip_pronoun(j, lo, hi):
                        form = self._pronoun_form(j, low, pr[1])
                        prons.append((j, t.start, t.end, t.text, pr[0], form, self._quote_of(j)))
                        if pr[1] == "subj" or low in ("he", "she"):
                            self._speech_tag(j, pr[0], si, s.paragraph)
                    continue
                if t.text != low:
                    if not t.text[0].isupper():
                        continue
                    # a lone capitalised word that is no known name, title or glued
                    # name ("China", "Urumqi") needs no run analysis
                    nt = toks[j + 1] if j + 1 < hi else None
                    if nt is None or (nt.text == nt.lower and nt.lower not in _NAME_PARTICLES and len(low) > 1):
                        base = low[:-2] if low[-2:] in _POSSESSIVE else low
                        if (base not in by_key and base not in pw and t.text[1:].islower() and fold(base) not in names
                                and not (j == lo and self._initials_before(j) is not None)):
                            continue
                    k = self._name_run(j, lo, hi, si, mentions)
                    while ei < nev and events[ei] < k:
                        ei += 1
                    continue
                info = pw.get(low)
                if info is not None and info[1] & _NOUN_KINDS:
                    if not self._title_use(j, hi, info[1]):
                        self._role_mention(t, low, info[0], j, si, mentions)
            # resolve this sentence's pronouns in order; attachments join `mentions`
            for p in prons:
                self._resolve(p, si, para_first, mentions)
            self.sent_mentions.append(mentions)
        tag_conflicts = self._tag_conflicts()
        return Analysis(
            self.entities,
            self.attachments,
            self.tags,
            self.doubled,
            tag_conflicts,
            self.couples,
        )

    def _named_between(self, start: int, end: int) -> bool:
        """A capitalised word outside quotes between two tags: maybe a new speaker."""
        notname = self.notname
        for t in self.doc.tokens_in(start, end):
            if self._quote_of(t.index) >= 0:
                continue
            if t.text[0].isupper() and t.lower not in notname and t.lower not in PRONOUNS:
                return True
        return False

    def _tag_conflicts(self) -> list[tuple[SpeechTag, SpeechTag, int | None]]:
        """Pairs of quote speech tags of different genders that attribute one quote run."""
        out = []
        att_by_start = {a.start: a for a in self.attachments}
        for t1, t2 in zip(self.tags, self.tags[1:]):
            if t1.start in self.doubled or t2.start in self.doubled:
                continue
            if t1.gender == t2.gender or t1.paragraph != t2.paragraph:
                continue
            if not (t1.quote_tag and t2.quote_tag):
                continue
            if t1.verb in _DIALOGUE_VERBS or t2.verb in _DIALOGUE_VERBS:
                continue
            # anybody else mentioned (outside quotes) between the tags, or before them
            # who could take the second pronoun, makes two speakers plausible
            a1, a2 = att_by_start.get(t1.start), att_by_start.get(t2.start)
            speakers = {self.canon(a.entity).id for a in (a1, a2) if a is not None}
            if len(speakers) == 2:
                continue  # each tag has its own speaker: a dialogue
            other = self._named_between(t1.end, t2.start)
            for s in range(max(0, t1.sent - 3), t2.sent + 1):
                if other:
                    break
                for m in self.sent_mentions[s]:
                    if m.kind in ("pron", "place") or (m.in_quote and not (t1.end <= m.start < t2.start)):
                        continue
                    e = self.canon(m.entity)
                    if e.id in speakers:
                        continue
                    g = e.effective_gender()
                    if t1.end <= m.start < t2.start or g in (None, t2.gender):
                        other = True
                        break
                if other:
                    break
            if other:
                continue
            ent = None
            flagged, kept = t2, t1
            for a in (a1, a2):
                if a is not None:
                    e = self.canon(a.entity)
                    g = e.static_gender()
                    ent = e.id
                    if g == t1.gender:
                        flagged, kept = t2, t1
                    elif g == t2.gender:
                        flagged, kept = t1, t2
            out.append((kept, flagged, ent))
        return out


def analyse(doc: Document) -> Analysis:
    """The pronoun analysis of ``doc`` (use ``doc.view(VIEW, analyse)`` to share it)."""
    return _Builder(doc).build()


def _analysis(doc: Document) -> Analysis:
    return doc.view(VIEW, analyse)


# ---------------------------------------------------------------------------
# The gate: can a document yield any finding at all?
# ---------------------------------------------------------------------------
#
# Most articles cannot: a finding needs pronouns of both genders, or pronouns
# of one gender and gender evidence of the other (PRN001), or honorifics of
# both genders (PRN002), or speech tags (pronouns) of both genders (PRN003).
# The gate answers with set operations on the tokens' forms, and for the few
# words that may be evidence of the other gender (a first name, "wife") with
# a look at their neighbours for the context the analysis needs before it
# takes them as evidence. It errs only towards "maybe", so a document it turns
# away has no finding for certain, and the analysis is only built for the
# others. (Anything else may still ask for ``doc.view(VIEW, analyse)``.)

_GATE_VIEW = "pronouns.gate"


def _with_possessives(words: Iterable[str]) -> frozenset[str]:
    """``words`` and their possessive forms ("ms", "ms's", "ms’s")."""
    words = set(words)
    return frozenset(words | {w + s for w in words for s in _POSSESSIVE})


@lru_cache(maxsize=None)
def _gate_lexicon() -> dict[str, dict[str, frozenset[str]]]:
    """Per gender: pronouns, honorifics, gendered person words (all of them, and
    the nouns that count in lowercase too) and the first names that count as
    evidence. Words that count in capitalised name runs come in their possessive
    forms too, which the analysis strips before looking them up."""
    pw, names = _person_words(), first_names()
    out: dict[str, dict[str, frozenset[str]]] = {}
    for g in ("m", "f"):
        out[g] = {
            "pron": frozenset(w for w, (pg, _) in PRONOUNS.items() if pg == g),
            "honorific": _with_possessives(w for w, (wg, kinds) in pw.items() if wg == g and "honorific" in kinds),
            "word": _with_possessives(w for w, (wg, _) in pw.items() if wg == g),
            # lowercase person nouns: a role noun can stand for anyone ("the
            # spokeswoman"); the others only name someone next to a name ("wife
            # Michelle") or, if no relation word, in apposition ("Ann Lee, a woman")
            "role": frozenset(w for w, (wg, kinds) in pw.items() if wg == g and "role" in kinds and "kin" not in kinds),
            "near": frozenset(w for w, (wg, kinds) in pw.items() if wg == g and kinds & _ANY_CASE_KINDS
                              and not ("role" in kinds and "kin" not in kinds)),
            "appo": frozenset(w for w, (wg, kinds) in pw.items() if wg == g and "human" in kinds and "kin" not in kinds),
            "name": _with_possessives(
                w for w, (ng, share) in names.items() if ng == g and share >= FIRST_NAME_EVIDENCE
            ),
        }
    return out


#: Kinds of person words that are gender evidence in lowercase too ("spokeswoman",
#: "wife Michelle"); honorifics and the rest only count inside a capitalised run.
_ANY_CASE_KINDS = frozenset({"title", "role", "kin", "human"})
_RUN_GAPS = (" ", "  ", ". ", ".  ")  # the gaps a name run continues over
_CTX_SKIP = ("of", "for", "state", "general")  # words between a title and a name


@lru_cache(maxsize=None)
def _kin_words() -> frozenset[str]:
    """Relation words ("wife", "son"), which make the name after them a given name."""
    return frozenset(w for w, (_, kinds) in _person_words().items() if "kin" in kinds)


def _given_name_cue(doc: Document, lows: list[str], i: int) -> bool:
    """Whether the capitalised word at token ``i`` may be read as somebody's
    given name, the only use that makes a first name gender evidence: another
    word of a name run after it ("Olga Petrova", "Olga de Souza"), a cue after a
    lone given name ("Olga said", "Olga, 10,", "Olga and Ivan Petrov"), or, in
    front of a name run that may hold it, "and" ("Ivan and Olga") or a relation
    word ("his wife Olga", "the mother of Olga"). Errs towards yes: this only
    has to rule words out. ``lows``: the tokens' lowercase forms."""
    toks, text = doc.tokens, doc.text
    if i + 1 < len(toks):
        t, nt = toks[i], toks[i + 1]
        gap = text[t.end : nt.start]
        if gap in _RUN_GAPS and (nt.text[0].isupper() or nt.lower in _NAME_PARTICLES):
            return True
        if gap == " " and (nt.lower == "and" or nt.lower in SPEECH_VERBS):
            return True
        if gap.strip() == "," and nt.text.isdigit():
            return True
    kin = _kin_words()
    j = i
    for _ in range(10):  # a name run has at most 10 words
        # if the run starts at token j: "and" or a relation word (up to three
        # words back, over "of", "for", ...) in front of it
        b = j - 1
        steps = 0
        while b >= 0 and steps < 3 and text[toks[b].end : toks[b + 1].start] == " ":
            if lows[b] in kin or (steps == 0 and lows[b] == "and"):
                return True
            if lows[b] not in _CTX_SKIP:
                break
            b -= 1
            steps += 1
        # else the run starts before j, if token j - 1 can be in it
        if j == 0 or text[toks[j - 1].end : toks[j].start] not in _RUN_GAPS:
            return False
        if not all(toks[x].text[0].isupper() or lows[x] in _NAME_PARTICLES for x in (j - 1, j)):
            return False
        j -= 1
    return False


def _person_noun_cue(doc: Document, lows: list[str], i: int, apposition: bool) -> bool:
    """Whether the lowercase person noun at token ``i`` may be gender evidence
    for a named person: right in front of a name ("wife Michelle", "mother of
    Michelle"), or (``apposition``) after a comma or a copula that may follow
    a name ("Ann Lee, a local woman", "Ann Lee was the woman"). Errs towards yes."""
    toks, text = doc.tokens, doc.text
    for k in range(i + 1, min(i + 4, len(toks))):
        if text[toks[k - 1].end : toks[k].start] != " ":
            break
        if toks[k].text[0].isupper():
            return True
        if lows[k] not in _CTX_SKIP:
            break
    if not apposition:
        return False
    b = i
    for _ in range(5):  # as far back as _Builder._apposition looks
        if b <= 0:
            return False
        gap = text[toks[b - 1].end : toks[b].start]
        if gap != " ":
            return gap.strip() == ","
        prev = lows[b - 1]
        if prev in PRONOUNS or prev in SPEECH_VERBS:
            return False
        if prev in _COPULAS:
            return True
        b -= 1
    return False


def _gate(doc: Document) -> tuple[bool, bool, bool]:
    """Whether PRN001, PRN002 and PRN003 can find anything in ``doc``."""
    lex = _gate_lexicon()
    toks = doc.tokens
    lw = list(map(_token_lower, toks))
    lows = set(lw)
    # (honorifics are only ever read from the words in front of a name, never
    # from the name part of a glued word, "MrThis")
    prn002 = not lows.isdisjoint(lex["m"]["honorific"]) and not lows.isdisjoint(lex["f"]["honorific"])
    pron_m = not lows.isdisjoint(lex["m"]["pron"])
    pron_f = not lows.isdisjoint(lex["f"]["pron"])
    if pron_m and pron_f:
        return True, prn002, True
    if not (pron_m or pron_f):
        return False, prn002, False
    # pronouns of one gender only: a PRN001 finding needs evidence of the other
    other = lex["f" if pron_m else "m"]
    if not lows.isdisjoint(other["role"]):
        return True, prn002, False
    # The rest counts only in the words of a name run: capitalised words,
    # name particles, and the name in a glued word ("BacheletThis", which is
    # no title-case word). (Lists and map() keep this at C speed.)
    tl = list(map(_token_text, toks))
    # (a word whose lowercase differs has a capital; the only other words
    # that are no lowercase words, with no cased letter or a capital that has
    # no lowercase, can never be found in the lexicons, whose words are lowercase)
    capital = list(map(ne, tl, lw))
    glued = {w: m.group(1).lower() for w in filterfalse(str.istitle, compress(tl, capital))
             if not w[1:].islower() and (m := _GLUED_RE.match(w))}
    forms = set(compress(lw, capital))
    forms |= lows & _NAME_PARTICLES
    if not forms.isdisjoint(other["word"]) or not other["word"].isdisjoint(glued.values()):
        return True, prn002, False
    near = lows & other["near"]
    if near:
        appo = other["appo"]
        for i in compress(count(), map(near.__contains__, lw)):
            if not capital[i] and _person_noun_cue(doc, lw, i, lw[i] in appo):
                return True, prn002, False
    names = other["name"]
    hits = forms & names
    hits.update(w for w in forms.difference(filter(str.isascii, forms)) if fold(w) in names)
    hits.update(w.lower() for w, name in glued.items() if fold(name) in names)
    if not hits:
        return False, prn002, False
    for i in compress(count(), map(hits.__contains__, lw)):
        # (an all-caps word is an acronym or initials, never a given name)
        if capital[i] and len(tl[i]) > 1 and tl[i].isupper():
            continue
        if (capital[i] or lw[i] in _NAME_PARTICLES) and _given_name_cue(doc, lw, i):
            return True, prn002, False
    return False, prn002, False


def _may_find(doc: Document, k: int) -> bool:
    """Whether rule ``k`` of :data:`RULES` (0: PRN001, 1: PRN002, 2: PRN003) can find anything."""
    return doc.view(_GATE_VIEW, _gate)[k]


# ---------------------------------------------------------------------------
# Deciding an entity's gender
# ---------------------------------------------------------------------------


@dataclass
class _Verdict:
    gender: str
    signals: list[str]  # independent sources agreeing with the gender
    summary: str
    static: bool
    majority: int = 0
    minority: int = 0


def _lexeme(ev: Evidence) -> str:
    """The word behind a piece of evidence, so one word counts once however it was used."""
    if ev.source == "first name":
        return "first name"
    return ev.label.lower().rstrip(".").removesuffix("'s").removesuffix("’s")


def _verdict(e: Entity, skip: set[int]) -> _Verdict | None:
    """The gender of a named person and the evidence, or None when not established."""
    atts = [a for a in e.attachments if a.start not in skip]
    votes = {"m": 0, "f": 0}
    for a in atts:
        votes[a.gender] += 1
    static = e.static_gender()
    sources = {ev.source for ev in e.evidence}
    maj = "m" if votes["m"] > votes["f"] else "f"
    pron_gender = None
    if votes[maj] >= 2 and votes[maj] >= 2 * votes[_OPPOSITE[maj]]:
        pron_gender = maj
    if static:
        if sources == {"first name"} and votes[static] == 0 and votes[_OPPOSITE[static]] >= 2:
            return None  # the lexicon may be wrong for this person's culture
        gender = static
    elif pron_gender:
        gender = pron_gender
    else:
        return None
    # One signal per word: title 'Prince' and role noun 'prince', or 'Ms' twice,
    # are one piece of evidence, not two; every first name counts as one.
    signals = sorted({_lexeme(ev) for ev in e.evidence if ev.gender == gender})
    if votes[gender] >= 2 and votes[gender] >= votes[_OPPOSITE[gender]]:
        signals.append("pronouns")
    parts = []
    for ev in e.evidence:
        if ev.gender != gender:
            continue
        if ev.source == "first name":
            parts.append(f"first name {ev.label}")
        else:
            parts.append(f"{ev.source} '{ev.label}'")
    parts = list(dict.fromkeys(parts))
    parts.append(f"{votes[gender]} {_PRON_SETS[gender]} vs {votes[_OPPOSITE[gender]]} {_PRON_SETS[_OPPOSITE[gender]]} attached")
    return _Verdict(gender, signals, "; ".join(parts), static is not None, votes[gender], votes[_OPPOSITE[gender]])


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------


class PronounGenderConflict(Rule):
    """One person is referred to with pronouns of both genders.

    What it finds:
    A pronoun (he/him/his/himself or she/her/hers/herself) attached to a
    named person whose gender the rest of the article establishes the other
    way: by honorific (Ms, Mr), gendered title or role noun (Queen,
    spokeswoman), relation word before the name ("husband Jarett Kelley"),
    the first-name lexicon, or the majority of the pronouns attached to that
    person. A pronoun is attached only on explainable evidence (a speech tag
    "Bachelet said he", the subject of the same sentence, the only person of
    the previous sentence, a pronoun chain) and only when no one else who
    could take that pronoun (a named person, "the woman", "a senior official",
    "Her Majesty", an unresolved pronoun of that gender) is in play in the
    last few sentences. Inside quotation marks only people named earlier in
    the same quote count. Pronouns inside MT005's attribution-doubling hits
    ("he said. she declared.") are left to MT005, and tags that PRN003
    reports are left to it. The finding is an error when two or more
    independent signals establish the gender (one word used twice, such as
    title 'Prince' and role noun 'prince', is one signal), otherwise a
    warning.

    Why it matters:
    Languages such as Chinese, Turkish or Hindi do not mark gender on (all)
    pronouns or possessives, so machine translation into English guesses, and
    one person flips between "she" and "he". Human-written news almost never
    does this: it is one of the clearest signs that an article is an
    unedited machine translation, and it misleads readers about who did what.

    How to fix:
    Use the pronouns that match the person throughout (check the original
    source), or repeat the person's name where the reference is unclear.
    """

    code = "PRN001"
    name = "pronoun-gender-conflict"
    family = "pronouns"
    severity = "error"
    options = {
        "min-confidence": Option(0.5, "Report only attachments at least this confident (0-1).", min=0.0, max=1.0),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _may_find(doc, 0):
            return
        an = _analysis(doc)
        skip = set(an.doubled)
        for _kept, flagged, _e in an.tag_conflicts:
            skip.add(flagged.start)
            skip.add(_kept.start)
        merged_into: dict[int, list[Entity]] = {}
        for x in an.entities:
            if x.alias is not None:
                merged_into.setdefault(an.canonical(x.id).id, []).append(x)
        for e in an.people():
            members = [e, *merged_into.get(e.id, ())]
            atts = sorted((a for x in members for a in x.attachments), key=lambda a: a.start)
            if not atts:
                continue
            merged = Entity(e.id, e.name, e.kind, evidence=list(e.evidence), attachments=atts)
            v = _verdict(merged, skip)
            if v is None:
                continue
            strong = len(v.signals) >= 2
            if strong:
                base = 1.0
            elif v.static:
                base = 0.85
            else:  # only the pronouns themselves: the clearer the majority, the surer
                base = min(0.95, 0.7 + 0.04 * (v.majority - 2 * v.minority))
            for a in atts:
                if a.gender == v.gender or a.start in skip:
                    continue
                conf = a.strength * base
                if conf < self.opts["min-confidence"]:
                    continue
                msg = (
                    f"'{a.word}' refers to {e.name} here ({a.reason}), but {e.name} is "
                    f"{_GENDER_WORD[v.gender]} elsewhere in the article ({v.summary})"
                )
                yield self.finding(
                    doc,
                    a.start,
                    a.end,
                    msg,
                    confidence=conf,
                    related=[(a.antecedent.start, a.antecedent.end, f"the mention of {e.name} it was attached to")],
                    severity="error" if strong else "warning",
                )


class HonorificConflict(Rule):
    """One person gets honorifics of both genders ("Ms Bachelet" ... "Mr Bachelet").

    What it finds:
    A person (linked by full name or surname) introduced with a male
    honorific (Mr, Sir, Lord) in one place and a female one (Ms, Mrs, Miss,
    Dame, Lady) in another. The minority honorific (or, on a tie, the one
    that disagrees with the first-name lexicon, else the later one) is
    reported. Couples and relatives who share a surname ("Mr and Mrs Smith",
    "Ms and Mr Okafor", "John and Mary Smith", different first names, "his
    wife" or "her son" next to the name) are skipped; other people in the
    same article are still checked.

    Why it matters:
    Honorifics are how British and Commonwealth news style refers to people
    after the first mention; a switch from "Ms" to "Mr" for the same person is
    a machine-translation or careless-rewrite artefact that confuses readers
    about who is meant.

    How to fix:
    Use the honorific that matches the person throughout.
    """

    code = "PRN002"
    name = "honorific-conflict"
    family = "pronouns"
    severity = "error"

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _may_find(doc, 1):
            return
        an = _analysis(doc)
        kin_sents = {m.sent for e in an.entities if e.kind == "anon" for m in e.mentions
                     if _person_words().get(e.name.lower(), ("", frozenset()))[1] & {"kin"}}
        for e in an.people():
            hons = [h for h in e.honorifics if h[0] in ("m", "f")]
            genders = {h[0] for h in hons}
            if len(genders) < 2 or len(e.firsts) > 1 or e.shared_surname or e.keys & an.couples:
                continue
            if any(m.sent in kin_sents for m in e.mentions):
                continue
            count = {"m": 0, "f": 0}
            for h in hons:
                count[h[0]] += 1
            names = [ev.gender for ev in e.evidence if ev.source == "first name"]
            if count["m"] != count["f"]:
                keep = "m" if count["m"] > count["f"] else "f"
            elif names:
                keep = names[0]
            else:
                keep = hons[0][0]
            first_keep = next(h for h in hons if h[0] == keep)
            for g, s, end, word in hons:
                if g == keep:
                    continue
                yield self.finding(
                    doc,
                    s,
                    end,
                    f"'{doc.text[s:end]}' gives {e.name} a {_GENDER_WORD[g]} honorific, but "
                    f"'{doc.text[first_keep[1]:first_keep[2]]}' (line {doc.line_col(first_keep[1])[0]}) is {_GENDER_WORD[keep]}",
                    confidence=0.9 if count[keep] > count[g] or names else 0.7,
                    related=[(first_keep[1], first_keep[2], "the other honorific for this person")],
                )


class SpeechTagGenderConflict(Rule):
    """The speech tags of one quote switch gender ("she said" ... "he added").

    What it finds:
    Two pronoun speech tags attached to quotes in one paragraph, with
    pronouns of different genders ("“...,” she said. “...,” he added."),
    when nobody else is mentioned between them and no other person who could
    take the second pronoun is in play just before: the same speaker's quote
    run is attributed to a woman and then to a man. Dialogue tags (asked,
    replied, answered) are not compared. Two tags directly in a row with
    nothing but punctuation between them ("he said. she declared.") are
    attribution doubling, reported by the translation family's MT005, not
    here. When one of the tags is attached to a person whose gender is known,
    the other tag is reported; otherwise the second.

    Why it matters:
    A quote cannot be said by a man and a woman at once. A switch of pronoun
    inside one speaker's quote run is a typical artefact of machine
    translation from a language that does not mark gender on pronouns, and it
    leaves the reader unsure who is speaking.

    How to fix:
    Use the speaker's pronoun in both tags, or name the speaker.
    """

    code = "PRN003"
    name = "speech-tag-gender-conflict"
    family = "pronouns"
    severity = "error"

    def check(self, doc: Document) -> Iterable[Finding]:
        if not _may_find(doc, 2):
            return
        an = _analysis(doc)
        for kept, flagged, eid in an.tag_conflicts:
            who = f" ({an.canonical(eid).name})" if eid is not None else ""
            kept_text = doc.text[kept.start : kept.end]
            flag_text = doc.text[flagged.start : flagged.end]
            yield self.finding(
                doc,
                flagged.start,
                flagged.end,
                f"'{flag_text}' attributes the quote to a {_GENDER_WORD[flagged.gender]} speaker, but "
                f"'{kept_text}' (line {doc.line_col(kept.start)[0]}) attributes the same quote run{who} "
                f"to a {_GENDER_WORD[kept.gender]} one",
                confidence=0.85 if eid is not None else 0.75,
                related=[(kept.start, kept.end, "the other speech tag of this quote run")],
            )


RULES = [PronounGenderConflict, HonorificConflict, SpeechTagGenderConflict]
