"""What the pronoun analysis finds: people, their mentions and gender
evidence, the pronouns attached to them, and pronoun speech tags."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class PronounRecord:
    """A he/she-family pronoun the analysis read (generic and styled uses left
    out), with what the grammar says about it, for the resolver."""

    start: int
    end: int
    word: str
    gender: str
    form: str  # "subj", "obj", "poss", "refl"
    sent: int
    quote: int  # quote span index, or -1
    speaker: int  # entity of "X said (that) PRONOUN", or -1
    fronted: int  # entity of the subject after an opening phrase holding it, or -1


@dataclass(eq=False)
class PronounAnalysis:
    """The pronoun analysis of one document."""

    entities: list[Entity]
    attachments: list[Attachment]
    tags: list[SpeechTag]
    tag_conflicts: list[tuple[SpeechTag, SpeechTag, int | None]]  # (kept, flagged, entity)
    couples: frozenset[str] = frozenset()  # surnames of couples named together ("Mr and Mrs Smith")
    pronouns: list[PronounRecord] = field(default_factory=list)
    sent_mentions: list[list[Mention]] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # sorted (start, end) of quoted speech

    def quoted(self, pos: int) -> bool:
        """Whether text offset ``pos`` lies inside quoted speech."""
        k = bisect_right(self.quotes, (pos, float("inf"))) - 1
        return k >= 0 and pos < self.quotes[k][1]

    def spoken_only(self, evidence: list[Evidence]) -> bool:
        """Whether every item of ``evidence`` lies inside quoted speech (a
        speaker's words: "emails addressed to 'Mr. Sharma'")."""
        return bool(evidence) and all(self.quoted(ev.start) for ev in evidence)

    def canonical(self, eid: int) -> Entity:
        """The entity ``eid`` was merged into (or itself)."""
        e = self.entities[eid]
        while e.alias is not None:
            e = self.entities[e.alias]
        return e

    def people(self) -> list[Entity]:
        """Named people (not merged away), in order of first mention."""
        return [e for e in self.entities if e.alias is None and e.kind == "person"]

