"""Pronoun attachment: which person a he/she-family pronoun refers to, on
cheap, explainable evidence, and only when nobody else who could take the
pronoun is in play."""

from __future__ import annotations

import re
from bisect import bisect_left

from .model import Attachment, Entity, Mention, PronounRecord
from .state import BuilderState
from .words import AFTER_OBJECT, FRONTING, OPPOSITE, PRONOUNS, SPEECH_VERBS

#: A pronoun: (token index, start, end, text, gender, form, quote index or -1).
Pronoun = tuple


#: A relative clause or an apposition set off by commas between a subject and its verb.
_ASIDE_RE = re.compile(r",[ \t](?:who|whose|a|an|the|now|then|formerly|herself|himself|[0-9]{1,3})\b[^,.;:!?\"“”()\n]{0,150},[ \t]")


class PronounAttachment(BuilderState):
    """The builder's attachment of pronouns to people."""

    def _pronoun_form(self, idx: int, low: str, form: str) -> str:
        if form != "obj/poss":
            return form
        nxt = self.toks[idx + 1] if idx + 1 < len(self.toks) else None
        if nxt is None or self.text[self.toks[idx].end : nxt.start].strip():
            return "obj"
        return "obj" if nxt.lower in AFTER_OBJECT or nxt.lower in PRONOUNS else "poss"

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

    def _resolve(self, p: tuple, si: int, para_first: bool, cur: list[Mention]) -> None:
        """Attach pronoun ``p`` (found in sentence ``si``) to a person, or leave it open."""
        idx, start, end, word, gender, form, q = p
        before = [m for m in cur if m.start < start]
        if q >= 0:
            self.pron_records.append(PronounRecord(start, end, word, gender, form, si, q, -1, -1))
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
        spk = self._speech_subject(idx, before)
        self.pron_records.append(PronounRecord(
            start, end, word, gender, form, si, q,
            self.canon(spk.entity).id if spk is not None and spk.kind in ("name", "role") and spk.entity >= 0 else -1,
            self.canon(fronted.entity).id if fronted is not None else -1))
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
        if first == idx or not (w in FRONTING or (w.endswith("ing") and w not in PRONOUNS)):
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
            if any(x.kind in ("name", "role") and self.canon(x.entity).id == target.id and self._leads(x)
                   for x in self.sent_mentions[s]):
                return True
        return False

    def _leads(self, x: Mention) -> bool:
        """Whether mention ``x`` is its sentence's subject, or its first person
        after an organisation's name ("Ice Scotland director Hannah Smith")."""
        if x.subject:
            return True
        for m in self.sent_mentions[x.sent]:
            if m is x:
                return not x.in_quote
            if not m.in_quote and m.entity >= 0 and self.canon(m.entity).kind != "weak":
                return False
        return False

    def _decide(self, p: Pronoun, si: int, before: list[Mention], prev: list[Mention], wide: list[Mention],
                cat: list[Mention], quoted: bool) -> None:
        """Attach ``p`` when exactly one person can take it, else leave it open.
        ``before``: mentions earlier in the sentence (or quote), ``prev``: of the
        previous sentence, ``wide``: of the three before that, ``cat``: the
        subject after an opening phrase."""
        gender = p[4]
        spoken = None if quoted else self._quote_speaker(p[0], si)
        if spoken is not None and self.canon(spoken[0].entity).kind == "person":
            # the quote's speaker, attributed by name: grammar, whoever else is near
            m, attribution = spoken
            self._attach(p, si, self.canon(m.entity), m, f"the quote's speaker, attributed as '{attribution}'", 0.85)
            return
        direct = None if quoted else self._direct(p, si, before, cat)
        target = self.canon(direct[0].entity) if direct else None
        lead = None
        if target is None and not quoted and not before:
            target = lead = self._lead_of_previous(p, prev)
        compat_near = self._compatible_near((*reversed(before), *cat, *reversed(prev)), si, gender)
        if lead is not None:  # (the organisation before the subject, "Ice Scotland director ...", is no one)
            compat_near = {eid: m for eid, m in compat_near.items() if self.entities[eid].kind != "weak"}
        compat_wide = self._compatible_wide(wide, si, gender, target)
        if compat_near or compat_wide:
            # (name-like runs without any person cue, "Red Devils", "Capitol Hill",
            # are not counted: they are mostly places, teams and events)
            # Someone who can take this pronoun is in play: attach when unambiguous
            # (a vote for that person's gender), never report.
            self._attach_in_play(p, si, compat_near, compat_wide, direct, target, (before, prev, cat), quoted)
            return
        back = 1 if direct else 3  # a tie by grammar outweighs an older unresolved pronoun
        if gender in self.open_genders[si] or (not quoted and any(
                gender in self.open_genders[s] for s in range(max(0, si - back), si))):
            # an unresolved pronoun of this gender points at someone not yet identified
            self.open_genders[si].add(gender)
            return
        self._attach_sole(p, si, before, prev, cat, direct, target, quoted)

    def _lead_of_previous(self, p: Pronoun, prev: list[Mention]) -> Entity | None:
        """The person a sentence-opening subject or possessive pronoun (or a
        subject after an opening phrase, "In 2019, she") continues: the named
        subject and only person of the previous sentence outside quotes ("Hannah
        Smith described the bridge. She said: ..."). People further back then
        count as out of play as they do for a grammatical tie."""
        lo = self.toks[self._lo].start
        opening = p[0] == self._lo or (p[5] == "subj" and self.text[max(lo, p[1] - 4) : p[1]].rstrip().endswith(","))
        if p[5] not in ("subj", "poss") or not opening or not prev or self._has_quote(prev[0].sent):
            return None  # (after a quote and its tag: a reply, "He replied that ...")
        outside = [m for m in prev if not m.in_quote and m.kind != "place" and m.entity >= 0]
        weak = 0  # ("Ice Scotland director Hannah Smith": an organisation's name before the subject)
        while weak < len(outside) and self.canon(outside[weak].entity).kind == "weak":
            weak += 1
        outside = outside[weak:]
        if not outside or not (outside[0].subject or weak) or outside[0].kind != "name":
            return None  # (a role noun may be bound to the wrong holder)
        e = self.canon(outside[0].entity)
        if e.kind != "person" or any(self.canon(m.entity).id != e.id for m in outside[1:]):
            return None
        return e

    def _has_quote(self, si: int) -> bool:
        """Whether quoted speech (not a word or two in scare quotes) starts or ends in sentence ``si``."""
        sent = self.doc.sentences[si]
        k = bisect_left(self.q_starts, sent.start)
        spans = [self.q_spans[k]] if k < len(self.q_starts) and self.q_starts[k] < sent.end else []
        if k > 0 and self.q_spans[k - 1][1] > sent.start:
            spans.append(self.q_spans[k - 1])
        return any(self.text.count(" ", a, b) >= 3 for a, b in spans)

    def _compatible_near(self, near: tuple[Mention, ...], si: int, gender: str) -> dict[int, Mention]:
        """People in the near scope who could take a pronoun of ``gender``, latest mention first."""
        compat_near: dict[int, Mention] = {}
        for m in near:
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
        return compat_near

    def _compatible_wide(self, wide: list[Mention], si: int, gender: str, target: Entity | None) -> dict[int, Mention]:
        """People 2-4 sentences back still in play who could take a pronoun of ``gender``."""
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
        return compat_wide

    def _attach_in_play(self, p: Pronoun, si: int, compat_near: dict[int, Mention], compat_wide: dict[int, Mention],
                        direct: tuple[Mention, str, float] | None, target: Entity | None,
                        scopes: tuple[list[Mention], list[Mention], list[Mention]], quoted: bool) -> None:
        """Someone who can take ``p`` is in play: attach only when that is one
        person, or a person the grammar ties it to (at half strength)."""
        start, gender = p[1], p[4]
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
            if not alone or opened or not self._no_other_near(*scopes, eid):
                strength *= 0.5
            self._attach(p, si, self.entities[eid], m, reason, strength)
            return
        # Several people could take it: a vote only for a clearly salient one
        # (speech tag "X said she", or the subject of this sentence for a
        # possessive/reflexive), at half strength.
        if direct is not None and target is not None and target.id in compat_near:
            self._attach(p, si, target, direct[0], direct[1], direct[2] * 0.5)
        else:
            self.open_genders[si].add(gender)

    def _attach_sole(self, p: Pronoun, si: int, before: list[Mention], prev: list[Mention], cat: list[Mention],
                     direct: tuple[Mention, str, float] | None, target: Entity | None, quoted: bool) -> None:
        """Nobody who could take ``p`` is in play: attach it if exactly one person is the referent."""
        start, gender = p[1], p[4]
        cands: dict[int, Mention] = {}
        anon = False
        # "He admitted ... with her": a subject pronoun of the other gender
        # in the sentence is someone else, so no chain across genders
        crossed = any(m.kind == "pron" and m.sent == si and PRONOUNS[m.text.lower()][0] != gender for m in before)
        for m in (*reversed(before), *cat, *reversed(prev)):
            if m.entity < 0:
                continue
            e = self.canon(m.entity)
            if e.kind == "anon":
                anon = anon or not (direct and e.gender_hint == OPPOSITE[gender])
                continue
            if e.kind == "weak" or m.kind == "place":
                continue
            if m.kind == "pron" and PRONOUNS[m.text.lower()][0] != gender:
                # "He read the speech on her behalf": a pronoun of the other gender
                # is no chain; only a subject "She" leading the previous sentence
                # shows who the story is following
                lead = min((x for x in prev if not x.in_quote), key=lambda x: x.start, default=None)
                if crossed or m.sent == si or PRONOUNS[m.text.lower()][1] != "subj" or lead is not m:
                    continue
            cands.setdefault(e.id, m)
        if direct is not None and target is not None and target.kind == "person":
            cands.setdefault(target.id, direct[0])
        chosen: tuple[int, Mention] | None = None
        if anon or not cands:
            pass
        elif direct is not None and target is not None and target.id in cands:
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
            if m.kind in ("name", "role") and not m.in_quote and _ASIDE_RE.fullmatch(text, m.end, toks[v].start):
                return m  # "Solberg, who began the project in 2018, said he"
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
