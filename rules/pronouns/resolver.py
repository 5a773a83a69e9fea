"""The pronoun resolver: who each he/she-family pronoun may refer to, and how
probable its gender is.

For every pronoun the analysis read, the candidates are the people mentioned
in the last three sentences (and later in the same sentence), people named
outside quotes up to ten sentences back (distant candidates), the article's
main person wherever it is, the previous pronoun (a chain), and "someone not
named". Each candidate gets a score from a small log-linear model (recency,
subject position, speech tags, paragraph topic, main person, how many of
the recent pronouns the analysis attached to the person, quotes) whose
weights were learned from clean news with the pronoun's gender hidden
(``tests/tools/train_pronoun_model.py``, weights in
``data/pronouns_resolver.json``). The probability that the pronoun is female
is the score-weighted mean of the candidates' own probabilities of being
female, which come from their gender evidence (never from the pronoun
itself). A pronoun whose observed gender gets a low probability is the
likely flip that PRN001 reports.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from sourcelint.analysis import analysis
from sourcelint.document import Document

from .entities import entities
from .model import Entity, Mention, PronounAnalysis, PronounRecord

__all__ = ["Candidate", "Resolution", "blamed", "resolve", "resolutions", "model_weights", "female_probability", "thresholds"]

#: Sentences back in which a person is within reach of a pronoun.
REACH = 3

#: Sentences back in which a person named is a (distant) candidate.
FAR_REACH = 10

#: Sentences further back a quote's speaker may be named, for "..., she said".
TAG_REACH = 5

#: How much a chain candidate's gender is the previous pronoun's own (the rest: its candidates').
CHAIN_SEEN = 0.5


@dataclass(eq=False)
class Candidate:
    """One possible referent of a pronoun."""

    kind: str  # "person", "weak", "anon", "chain", "none"
    entity: int  # canonical entity id, or -1 (chain, none)
    mention: Mention | PronounRecord | None  # the mention it was found by
    female: float  # probability that the candidate is female, from its evidence
    feats: dict[str, float] = field(default_factory=dict)
    why: str = ""
    voted_only: bool = False  # ``female`` rests on two attached pronouns or fewer, no title, name or noun


@dataclass(eq=False)
class Resolution:
    """A pronoun, its candidates, their probabilities and the pronoun's gender probability."""

    pron: PronounRecord
    cands: list[Candidate]
    probs: list[float]
    p_female: float

    def p_observed(self) -> float:
        """The probability of the gender the pronoun has in the text."""
        return self.p_female if self.pron.gender == "f" else 1.0 - self.p_female


@lru_cache(maxsize=None)
def model_weights() -> dict:
    """The shipped model: ``{"weights": {feature: w}, "threshold": t, ...provenance}``."""
    return json.loads((files("sourcelint.rules") / "data" / "pronouns_resolver.json").read_text(encoding="utf-8"))


def thresholds(alone: float | None = None) -> tuple[float, float]:
    """(threshold, threshold when crowded) of the shipped model; ``alone``
    overrides the first (the rule's option) and scales the second with it."""
    model = model_weights()
    t, crowded = model["threshold"], model.get("threshold_crowded", 0.0)
    if alone is None:
        return t, crowded
    return alone, crowded * alone / t if t > 0 else 0.0


def female_probability(e: Entity, skip: int, votes: dict[int, tuple[int, int]],
                       own: dict[int, tuple[int, str]], doubted: bool = False) -> float:
    """How probably person ``e`` is female, from its gender evidence and from
    the pronouns attached to it other than the one at offset ``skip``.
    ``doubted``: other pronouns that most probably mean ``e`` all contradict
    its first name, the only evidence (the lexicon may be wrong for this
    person's culture)."""
    if e.kind == "anon":
        return {"f": 0.95, "m": 0.05}.get(e.gender_hint or "", 0.5)
    return _female(evidence_logit(e, doubted), e.id, skip, votes, own)


def evidence_logit(e: Entity, doubted: bool = False, spoken: bool = False) -> float:
    """The log-odds that ``e`` is female from its gender evidence (capped;
    ``spoken``: all of it in quoted speech, which counts half)."""
    logit = 0.0
    for ev in e.evidence:
        if not (doubted and ev.source == "first name"):
            logit += _EVIDENCE_WEIGHT.get(ev.source, 2.0) * (1 if ev.gender == "f" else -1)
    if spoken:
        logit /= 2
    return max(-4.0, min(4.0, logit))


def _female(logit: float, eid: int, skip: int, votes: dict[int, tuple[int, int]],
            own: dict[int, tuple[int, str]]) -> float:
    m, f = votes.get(eid, (0, 0))
    mine = own.get(skip)
    if mine is not None and mine[0] == eid:  # leave the pronoun's own vote out
        m, f = (m - 1, f) if mine[1] == "m" else (m, f - 1)
    logit += 0.8 * max(-4, min(4, f - m))
    return 1.0 / (1.0 + math.exp(-logit))


#: Log-odds one piece of gender evidence adds (a first name may belong to
#: another culture's use; a relation word may describe someone else).
_EVIDENCE_WEIGHT = {"honorific": 4.0, "title": 3.5, "role noun": 3.0, "first name": 2.6, "name ending": 2.2,
                    "relation word": 1.5}


class _Context:
    """What every pronoun of one document is resolved against."""

    def __init__(self, doc: Document, an: PronounAnalysis) -> None:
        self.doc, self.an = doc, an
        self.sents = doc.sentences
        self.votes: dict[int, tuple[int, int]] = {}
        self.own: dict[int, tuple[int, str]] = {}  # pronoun offset -> (person attached to, gender)
        self.attached_at: dict[int, list[tuple[int, int]]] = {}  # person -> (sentence, offset) of its pronouns
        self._logits: dict[tuple[int, bool], float] = {}
        # pronouns that fairly probably mean a person, per person: (agreeing, not) with the first name
        self.top_votes: dict[int, tuple[int, int]] = {}
        self.top_own: dict[int, list[tuple[int, bool]]] = {}
        self.quote_tags = {t.start for t in an.tags if t.quote_tag}
        for a in an.attachments:
            eid = an.canonical(a.entity).id
            m, f = self.votes.get(eid, (0, 0))
            self.votes[eid] = (m + (a.gender == "m"), f + (a.gender == "f"))
            self.own[a.start] = (eid, a.gender)
            self.attached_at.setdefault(eid, []).append((a.sent, a.start))
        counts: dict[int, int] = {}
        self.topic: dict[int, int] = {}  # paragraph -> entity leading it
        for s, ms in enumerate(an.sent_mentions):
            para = self.sents[s].paragraph
            for m in ms:
                if m.kind in ("name", "role") and m.entity >= 0:
                    eid = an.canonical(m.entity).id
                    counts[eid] = counts.get(eid, 0) + 1
                    if m.subject and not m.in_quote and para not in self.topic:
                        self.topic[para] = eid
        self.counts = counts
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        self.main = -1
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            self.main = ranked[0][0]
        self.main_first = -1
        if self.main >= 0:
            self.main_first = min(m.sent for m in an.entities[self.main].mentions)

    def salience(self, eid: int, rec: PronounRecord) -> float:
        """How much the story has been following person ``eid`` lately: the
        pronouns attached to it in the :data:`FAR_REACH` sentences up to
        ``rec`` (not ``rec`` itself), on a log scale."""
        n = sum(1 for s, start in self.attached_at.get(eid, ())
                if rec.sent - FAR_REACH <= s <= rec.sent and start != rec.start)
        return math.log1p(n) / 2

    def female(self, e: Entity, skip: int) -> float:
        if e.kind == "anon":
            return female_probability(e, skip, self.votes, self.own)
        key = (e.id, self._doubted(e, skip))
        logit = self._logits.get(key)
        if logit is None:
            logit = self._logits[key] = evidence_logit(e, key[1], self.an.spoken_only(e.evidence))
        return _female(logit, e.id, skip, self.votes, self.own)

    def _doubted(self, e: Entity, skip: int) -> bool:
        if e.id not in self.top_votes or not e.evidence or any(ev.source != "first name" for ev in e.evidence):
            return False
        agree, against = self.top_votes[e.id]
        for eid, agreed in self.top_own.get(skip, ()):
            if eid == e.id:  # leave the pronoun's own vote out
                agree, against = (agree - 1, against) if agreed else (agree, against - 1)
        return against >= 1 and agree <= 0

    def count_top_votes(self, first: list[Resolution]) -> bool:
        """Count, per person, the pronouns outside quotes that fairly probably
        mean them, agreeing with their first name or not; whether any first
        name is contradicted (then the pronouns are resolved again)."""
        for res in first:
            if res.pron.quote >= 0:
                continue
            for p, c in zip(res.probs, res.cands):
                if c.kind not in ("person", "weak") or p < 0.3:
                    continue
                e = self.an.entities[c.entity]
                name_g = next((ev.gender for ev in e.evidence if ev.source == "first name"), None)
                if name_g is None:
                    continue
                agree = res.pron.gender == name_g
                a, b = self.top_votes.get(e.id, (0, 0))
                self.top_votes[e.id] = (a + agree, b + (not agree))
                self.top_own.setdefault(res.pron.start, []).append((e.id, agree))
        return any(b and not a for a, b in self.top_votes.values())


def _mention_feats(ctx: _Context, rec: PronounRecord, m: Mention, eid: int, rank: int) -> dict[str, float]:
    """Features of a person candidate found by its mention ``m`` nearest to pronoun ``rec``."""
    d = rec.sent - m.sent
    f: dict[str, float] = {}
    if d == 0:
        f["d0b" if m.start < rec.start else "d0a"] = 1.0
    else:
        f[f"d{min(d, 3)}"] = 1.0
    if m.subject:
        f["subj"] = 1.0
        if rec.form == "subj":
            f["subj_subj"] = 1.0
            if d == 1:
                f["subj_subj_d1"] = 1.0  # "Ardern won. She said": the story follows its subject
    if m.kind == "role":
        f["role"] = 1.0
    if m.possessive:
        f["possessive"] = 1.0
    if rec.speaker == eid:
        f["speaker"] = 1.0
    if ctx.own.get(rec.start, (-1, ""))[0] == eid:
        f["attached"] = 1.0  # the analysis tied the pronoun to this person on explainable evidence
    if rec.fronted == eid:
        f["fronted"] = 1.0
    if rec.form in ("poss", "refl") and d == 0 and m.subject and m.start < rec.start:
        f["poss_subj"] = 1.0
    if rank < 2:
        f[f"rank{rank}"] = 1.0
    para = ctx.sents[rec.sent].paragraph
    if ctx.topic.get(para) == eid or ctx.topic.get(para - 1) == eid:
        f["topic"] = 1.0
        if ctx.topic.get(para) == eid:
            f["_topic_here"] = 1.0  # (no weight: the model does not read it; told_by does)
    if ctx.main == eid:
        f["main"] = 1.0
    f["mentions"] = math.log1p(ctx.counts.get(eid, 0)) / 2
    f["followed"] = ctx.salience(eid, rec)
    if rec.quote >= 0:
        f["same_quote" if m.quote == rec.quote else "pq_out"] = 1.0
    elif rec.start in ctx.quote_tags:
        f["tag_cand"] = 1.0
        if m.subject and not m.in_quote:
            f["tag_subj"] = 1.0
    elif m.in_quote:
        f["cand_in_quote"] = 1.0
    return f


def _person_candidates(ctx: _Context, rec: PronounRecord) -> list[Candidate]:
    """People mentioned within reach of ``rec``, nearest mention first, and the main person."""
    an = ctx.an
    seen: dict[int, Candidate] = {}
    tag = rec.start in ctx.quote_tags
    order: list[tuple[int, Mention]] = []
    # a quote's speaker is named before the quote, which may run over several sentences
    reach = REACH + TAG_REACH if tag else REACH
    for s in range(rec.sent, max(-1, rec.sent - reach - 1), -1):
        ms = an.sent_mentions[s]
        before = sorted((m for m in ms if m.start < rec.start), key=lambda m: -m.start)
        after = [m for m in ms if m.start > rec.end] if s == rec.sent else []
        for m in (*before, *after):
            if m.kind in ("pron", "place") or m.entity < 0 or (tag and m.in_quote):
                continue  # ("..., she said": the quote's speaker, not someone named in it)
            order.append((an.canonical(m.entity).id, m))
    rank = 0
    for eid, m in order:
        if eid in seen:
            continue
        e = an.entities[eid]
        kind = e.kind if e.kind in ("person", "weak", "anon") else "person"
        feats = _mention_feats(ctx, rec, m, eid, rank)
        seen[eid] = Candidate(kind, eid, m, ctx.female(e, rec.start), feats, voted_only=_voted_only(ctx, e))
        if m.start < rec.start or m.sent < rec.sent:
            rank += 1
    _far_candidates(ctx, rec, reach, seen)
    if ctx.main >= 0 and ctx.main not in seen and ctx.main_first < rec.sent:
        e = an.entities[ctx.main]
        feats = {"far": 1.0, "main": 1.0, "mentions": math.log1p(ctx.counts.get(ctx.main, 0)) / 2,
                 "followed": ctx.salience(ctx.main, rec)}
        seen[ctx.main] = Candidate("person", ctx.main, None, ctx.female(e, rec.start), feats)
    return list(seen.values())


def _voted_only(ctx: _Context, e: Entity) -> bool:
    """Whether the gender of ``e`` rests on two pronouns or fewer and no other evidence."""
    return e.kind != "anon" and not e.evidence and sum(ctx.votes.get(e.id, (0, 0))) <= 2


def _far_candidates(ctx: _Context, rec: PronounRecord, reach: int, seen: dict[int, Candidate]) -> None:
    """People named outside quotes between ``reach`` and :data:`FAR_REACH`
    sentences back, added to ``seen``: in clean news a "she" often means a
    woman named a paragraph or two before, while a man is the subject nearby."""
    an = ctx.an
    for s in range(rec.sent - reach - 1, max(-1, rec.sent - FAR_REACH - 1), -1):
        for m in reversed(an.sent_mentions[s]):
            if m.kind not in ("name", "role") or m.entity < 0 or m.in_quote:
                continue
            eid = an.canonical(m.entity).id
            e = an.entities[eid]
            if eid in seen or e.kind not in ("person", "weak"):
                continue
            f = {"dfar": 1.0, "mentions": math.log1p(ctx.counts.get(eid, 0)) / 2,
                 "followed": ctx.salience(eid, rec)}
            if ctx.main == eid:
                f["main"] = 1.0
            para = ctx.sents[rec.sent].paragraph
            if ctx.topic.get(para) == eid or ctx.topic.get(para - 1) == eid:
                f["topic"] = 1.0
            seen[eid] = Candidate(e.kind, eid, m, ctx.female(e, rec.start), f, voted_only=_voted_only(ctx, e))


def _chain_candidate(prev: PronounRecord | None, prev_female: float, rec: PronounRecord) -> Candidate | None:
    """The previous pronoun, in this sentence or the one before: the story may
    be following it. Its gender is half what it reads, half what its own
    candidates say, so that two flips in a row do not vouch for each other."""
    if prev is None or rec.sent - prev.sent > 1 or (prev.quote >= 0) != (rec.quote >= 0):
        return None
    f = {"chain_same" if prev.sent == rec.sent else "chain_prev": 1.0}
    if prev.form == "subj":
        f["chain_subj"] = 1.0
    seen = 0.9 if prev.gender == "f" else 0.1
    return Candidate("chain", -1, prev, CHAIN_SEEN * seen + (1 - CHAIN_SEEN) * prev_female, f)


def _none_candidate(rec: PronounRecord, people: list[Candidate]) -> Candidate:
    f = {"none_quote": 1.0} if rec.quote >= 0 else {}
    if not any(c.kind in ("person", "weak") for c in people):
        f["none_alone"] = 1.0
    return Candidate("none", -1, None, 0.5, f)


def resolve_one(ctx: _Context, rec: PronounRecord, weights: dict[str, float],
                chain: Candidate | None = None) -> Resolution:
    """The candidates of ``rec`` (people, nobody, and ``chain``) with their
    probabilities under ``weights``."""
    cands = _person_candidates(ctx, rec)
    cands.append(_none_candidate(rec, cands))
    if chain is not None:
        cands.append(chain)
    for c in cands:
        c.feats[f"bias_{c.kind}"] = 1.0
    return _scored(rec, cands, weights)


def _scored(rec: PronounRecord, cands: list[Candidate], weights: dict[str, float]) -> Resolution:
    scores = [sum(weights.get(k, 0.0) * v for k, v in c.feats.items()) for c in cands]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    probs = [x / z for x in exps]
    p_female = sum(p * c.female for p, c in zip(probs, cands))
    return Resolution(rec, cands, probs, p_female)


def resolve(doc: Document, an: PronounAnalysis, weights: dict[str, float] | None = None) -> list[Resolution]:
    """Every pronoun of ``doc`` resolved (``weights``: the shipped model unless given)."""
    if weights is None:
        weights = model_weights()["weights"]
    ctx = _Context(doc, an)
    first = [resolve_one(ctx, rec, weights) for rec in an.pronouns]
    if ctx.count_top_votes(first):
        first = [resolve_one(ctx, rec, weights) for rec in an.pronouns]
    out = first[:1]
    for prev, res in zip(first, first[1:]):
        chain = _chain_candidate(prev.pron, prev.p_female, res.pron)
        if chain is None:
            out.append(res)
            continue
        if prev.pron.start in ctx.quote_tags and \
                doc.sentences[prev.pron.sent].paragraph != doc.sentences[res.pron.sent].paragraph:
            # the tag of a quote that ended the paragraph before ('..." he said.'): no thread to follow
            chain.feats["_chain_para"] = 1.0  # (no weight: the model does not read it; told_by does)
        chain.feats["bias_chain"] = 1.0
        out.append(_scored(res.pron, [*res.cands, chain], weights))
    return out


@analysis("pronouns.resolutions", needs=(entities,))
def resolutions(doc: Document) -> list[Resolution]:
    """The resolved pronouns of ``doc``, computed once per document."""
    return resolve(doc, entities(doc))


#: A candidate this probably of the pronoun's gender keeps it from being reported
#: (one of unknown gender too: earlier in the same sentence, named in the one before
#: or last mentioned there, or a subject who may be the speaker of a tagged quote).
COMPATIBLE = 0.8

#: How probable a nearby candidate of unknown gender must be to keep the pronoun from being reported.
UNKNOWN_MASS = 0.1


def _near(c: Candidate) -> bool:
    """Mentioned in the pronoun's sentence or the one before."""
    return "d0b" in c.feats or "d0a" in c.feats or "d1" in c.feats


def _possessed_by_other(c: Candidate, pron: PronounRecord) -> bool:
    """An unnamed person of unknown gender earlier in the pronoun's sentence,
    possessed by a pronoun of the other gender ("her client", "his lawyer"):
    someone else than the possessor, whom the pronoun may well mean."""
    m = c.mention
    if c.kind != "anon" or "d0b" not in c.feats or not 0.2 < c.female < 0.8 or not isinstance(m, Mention):
        return False
    first = m.text.split(" ", 1)[0].lower()
    return first in ("his", "her") and (first == "her") != (pron.gender == "f")


def blamed(res: Resolution, threshold: float) -> Candidate | None:
    """The candidate of the other gender that pronoun ``res`` most probably
    refers to, when its observed gender is improbable (below ``threshold``);
    else None."""
    if res.p_observed() >= threshold or res.pron.quote >= 0:
        return None  # (inside a quote the speaker may talk about anyone)
    other_f = res.pron.gender == "m"
    spk = told_by(res)
    if spk is not None:
        return spk
    best: tuple[float, Candidate] | None = None
    for p, c in zip(res.probs, res.cands):
        if c.kind == "none" or "far" in c.feats or (c.kind == "anon" and "cand_in_quote" in c.feats):
            continue  # (the main person named far back, a speaker's "my mum", are no one to pin a pronoun on)
        fits = 1.0 - c.female if other_f else c.female
        unknown_near = ("d0b" in c.feats or "tag_subj" in c.feats
                        or ("d1" in c.feats and ("rank0" in c.feats or c.kind != "anon")))
        if c.voted_only:
            fits = max(fits, 0.5)
        if _possessed_by_other(c, res.pron):
            return None  # "her client ... his bosses": the client may be the man  # ("Her leader, Mingma Gyalzen, said she": one pronoun is no gender)
        if c.kind != "chain" and (fits >= COMPATIBLE and _near(c) or fits >= 0.5 and unknown_near and p >= UNKNOWN_MASS):
            return None  # someone who can take the pronoun is within reach: no guessing between two
        share = p * (c.female if other_f else 1.0 - c.female)
        if best is None or share > best[0]:
            best = (share, c)
    return best[1] if best is not None else None


#: How probably the speaker of "X said he" must be of the other gender to be blamed whoever else is near.
SPEAKER_SURE = 0.9


def told_by(res: Resolution) -> Candidate | None:
    """The speaker X of "X said (that) PRONOUN" when X is a person established
    as of the other gender: in news the pronoun of such a clause is the
    speaker's own, unless someone who can take it is named near, is the
    article's main person or the paragraph's topic, is the one the story
    has been following (an obituary's "his daughter said he"), or is meant
    by the pronoun just before."""
    other_f = res.pron.gender == "m"
    spk = next((c for c in res.cands if "speaker" in c.feats and c.kind == "person"), None)
    if spk is None or spk.voted_only or (spk.female if other_f else 1.0 - spk.female) < SPEAKER_SURE:
        return None
    for c in res.cands:
        fits = c.female if not other_f else 1.0 - c.female
        if c is spk or fits < 0.5:
            continue
        if c.kind == "chain" and "_chain_para" not in c.feats:
            return None  # "Her nephew, X, said she": the pronoun just before may be who it means
        # (someone named after the pronoun, "Hartmann said his decision to leave the
        # company", is not whom a tag's pronoun points back to)
        if c.kind != "none" and ("d0b" in c.feats or "d1" in c.feats or "main" in c.feats
                                 or "_topic_here" in c.feats or c.feats.get("followed", 0.0) >= _FOLLOWED):
            return None
    return spk


#: The salience of a person with two pronouns attached in the sentences before:
#: the story is following them ("He was proud ..., he told ..." then "Delaney said he").
_FOLLOWED = math.log1p(2) / 2
