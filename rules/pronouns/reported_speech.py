"""Pronouns in reported speech: whom a pronoun after a speech verb most
probably means (the speaker, the article's main person) rather than
someone the resolver would blame."""

from __future__ import annotations


from sourcelint.document import Document

from .model import PronounAnalysis
from .resolver import COMPATIBLE, Candidate, Resolution
from .words import LOWER_WORD_RE, SPEECH_VERBS

__all__ = ["about_the_main_person", "speech_verb_between", "unread_speaker"]



def about_the_main_person(doc: Document, r: Resolution, c: Candidate) -> bool:
    """"Baumann said her climbs were ...": a possessive in the words a speaker
    reports, when the article's main person can
    take it, is about that person."""
    if c.mention is None or "poss_subj" not in c.feats or not speech_verb_between(doc, c.mention.end, r.pron.start):
        return False
    for other in r.cands:
        if other is not c and "main" in other.feats:
            fits = other.female if r.pron.gender == "f" else 1.0 - other.female
            if fits >= COMPATIBLE:
                return True
    return False


def unread_speaker(doc: Document, an: PronounAnalysis, r: Resolution, c: Candidate) -> bool:
    """Whether the pronoun follows a speech verb whose speaker the analysis
    read no mention of, while the blamed person was named sentences back:
    the pronoun most probably means the speaker."""
    p = r.pron
    if "dfar" not in c.feats:
        return False
    start = doc.sentences[p.sent].start
    if any(m.start < p.start and m.kind != "place" for m in an.sent_mentions[p.sent]):
        return False
    return speech_verb_between(doc, start, p.start)


def speech_verb_between(doc: Document, start: int, end: int) -> bool:
    """Whether a speech verb lies in ``text[start:end]`` (the pronoun is in reported words)."""
    return not SPEECH_VERBS.isdisjoint(LOWER_WORD_RE.findall(doc.text[start:end].lower()))
