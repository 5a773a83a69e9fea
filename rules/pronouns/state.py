"""The state the pronoun analysis builds up in its pass over the sentences:
people so far, the indexes that link a name to them, quotes, open pronouns."""

from __future__ import annotations

from bisect import bisect_right

from sourcelint.document import Document, Token

from .couples import couple_surnames
from .model import Attachment, Entity, Mention, PronounRecord, SpeechTag
from .quotes import quote_spans
from .words import PLACE_PREPOSITIONS, PREPOSITIONS, first_names, nonperson_words, person_words


class BuilderState:
    """What every part of the pass reads and writes.

    The parts (names, roles, attachment, speech tags) are mixins of this
    class and call one another through ``self``; ``entities._Builder``
    combines them and runs the pass.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = doc.tokens
        self.names = first_names()
        self.pw = person_words()
        self.org, self.notname, self.acronyms = nonperson_words()
        self.entities: list[Entity] = []
        self.attachments: list[Attachment] = []
        self.by_full: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_surname: dict[str, list[int]] = {}
        self.couples = couple_surnames(doc.text, self.names, self.org, self.notname)
        self.sent_mentions: list[list[Mention]] = []
        self.open_genders: list[set[str]] = []
        self.tags: list[SpeechTag] = []
        self.pron_records: list[PronounRecord] = []
        self.pending_role: tuple[int, int] | None = None  # (anon entity id, sentence) for a lede role noun
        self.q_starts: list[int] = []
        self.q_spans: list[tuple[int, int]] = []
        self._cur_mentions: list[Mention] = []  # the mentions of the sentence being read
        self._lo = 0  # token index of its first word

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

    def _mark_quotes(self) -> None:
        spans = quote_spans(self.doc)
        self.q_starts = [a for a, _ in spans]
        self.q_spans = spans

    def _quote_of(self, idx: int) -> int:
        """Index of the quote span holding token ``idx``, or -1."""
        pos = self.toks[idx].start
        k = bisect_right(self.q_starts, pos) - 1
        return k if k >= 0 and pos < self.q_spans[k][1] else -1

    def _quote_at(self, pos: int) -> int:
        """Index of the quote span holding text offset ``pos``, or -1."""
        k = bisect_right(self.q_starts, pos) - 1
        return k if k >= 0 and pos < self.q_spans[k][1] else -1

    def _add_mention(self, mention: Mention, tok_idx: int, lo: int, mentions: list[Mention]) -> None:
        ent = self.entities[mention.entity]
        if ent.kind == "weak" and tok_idx > 0 and (
            self.toks[tok_idx - 1].lower in PLACE_PREPOSITIONS or self.toks[tok_idx - 1].lower in ("the", "a", "an")
        ):
            # "on Capitol Hill", "in Abu Dhabi", "the Red Devils": not a person in play
            mention.kind = "place"
        if not mention.in_quote and not mention.possessive:
            if not any(not m.in_quote for m in mentions):
                prev = self.toks[tok_idx - 1].lower if tok_idx > lo else ""
                mention.subject = prev not in PREPOSITIONS
        if mention.kind != "pron":
            ent.last_noun = mention.sent
        ent.mentions.append(mention)
        mentions.append(mention)
