"""PRN002: one person given honorifics of both genders."""

from __future__ import annotations

import bisect

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from .entities import entities
from .gate import possible_findings
from .words import GENDER_WORD, LOWER_WORD_RE, person_words


class HonorificConflict(Rule):
    """One person gets honorifics of both genders ("Ms Bachelet" ... "Mr Bachelet").

    What it finds:
    A person (linked by full name or surname) introduced with a male
    honorific (Mr, Sir, Lord) in one place and a female one (Ms, Mrs, Miss,
    Dame, Lady) in another. The minority honorific (or, on a tie, the one
    that disagrees with the first-name lexicon, else the later one) is
    reported. Couples and relatives who share a surname ("Mr and Mrs Smith",
    "Ms and Mr Okafor", "John and Mary Smith", different first names, "his
    wife" or "her son" next to the name, or a kin noun of the honorific's
    gender in the two sentences before it: "His wife, Brenda, ... Mrs
    Grant said") are skipped; other people in the same article are still
    checked.

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
    needs = (possible_findings, entities)
    severity = "error"

    def check(self, doc: Document) -> Iterable[Finding]:
        if not possible_findings(doc)[1]:
            return
        an = entities(doc)
        kin_sents = {m.sent for e in an.entities if e.kind == "anon" for m in e.mentions
                     if person_words().get(e.name.lower(), ("", frozenset()))[1] & {"kin"}}
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
                if g == keep or _kin_before(doc, s, g):
                    continue
                yield self.finding(
                    doc,
                    s,
                    end,
                    f"'{doc.text[s:end]}' gives {e.name} a {GENDER_WORD[g]} honorific, but "
                    f"'{doc.text[first_keep[1]:first_keep[2]]}' (line {doc.line_col(first_keep[1])[0]}) is {GENDER_WORD[keep]}",
                    confidence=0.9 if count[keep] > count[g] or names else 0.7,
                    related=[(first_keep[1], first_keep[2], "the other honorific for this person")],
                )




def _kin_before(doc: Document, start: int, gender: str) -> bool:
    """Whether a kin noun of ``gender`` ("his wife, Brenda,") is in the
    sentence at ``start`` or the two before it: the honorific may name that
    relative, who shares the surname."""
    i = bisect.bisect_right(doc.sentence_starts, start) - 1
    words = person_words()
    for sent in doc.sentences[max(0, i - 2):i + 1]:
        for w in LOWER_WORD_RE.findall(sent.text.lower()):
            g, kinds = words.get(w, ("", frozenset()))
            if g == gender and "kin" in kinds:
                return True
    return False

