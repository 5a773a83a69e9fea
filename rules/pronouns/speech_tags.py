"""Pronoun speech tags next to quotes ("she said"), and pairs of them that
attribute one quote run to speakers of both genders."""

from __future__ import annotations

from .model import SpeechTag
from .state import BuilderState
from .words import DIALOGUE_VERBS, GROUP_WORDS, MANNER_TAG_VERBS, PRONOUNS, SPEECH_VERBS


class SpeechTags(BuilderState):
    """The builder's speech tags."""

    def _speech_tag(self, idx: int, gender: str, si: int, para: int) -> None:
        toks, text = self.toks, self.text
        if idx + 1 >= len(toks):
            return
        v = toks[idx + 1]
        t = toks[idx]
        before = text[max(0, t.start - 4) : t.start]
        after = text[v.end : v.end + 3]
        # ('"...," he laughed': a verb of manner tags a quote it follows)
        manner = v.lower in MANNER_TAG_VERBS and before.rstrip(" ").endswith((",”", ',"', "?”", '?"', "!”", '!"'))
        if (v.lower not in SPEECH_VERBS and not manner) or text[toks[idx].end : v.start] != " ":
            return
        quote_tag = any(c in before for c in "”\"’'") or any(c in after for c in ":“\"")
        if self._quote_of(idx) >= 0:
            return
        self.tags.append(SpeechTag(t.start, v.end, t.end, gender, v.lower, para, si, quote_tag))

    def _named_between(self, start: int, end: int) -> bool:
        """A capitalised word outside quotes between two tags: maybe a new speaker."""
        notname = self.notname
        for t in self.doc.tokens_in(start, end):
            if self._quote_of(t.index) >= 0:
                continue
            if t.text[0].isupper() and t.lower not in notname and t.lower not in PRONOUNS:
                return True
        return False

    def _group_before(self, t: SpeechTag) -> bool:
        """Whether a group ("the two", "both of them", "they") is named outside
        quotes just before the run of quotes that tag ``t`` belongs to (in the
        sentence of its paragraph's first tag, or the one before): the quotes
        may be a dialogue among them."""
        sents = self.doc.sentences
        first = next(x for x in self.tags if x.paragraph == t.paragraph)
        s = first.sent - 1 if first.sent > 0 and sents[first.sent - 1].paragraph == t.paragraph else first.sent
        for tok in self.doc.tokens_in(sents[s].start, t.start):
            if tok.lower in GROUP_WORDS and self._quote_of(tok.index) < 0:
                return True
        return False

    def _tag_conflicts(self) -> list[tuple[SpeechTag, SpeechTag, int | None]]:
        """Pairs of quote speech tags of different genders that attribute one quote run."""
        out = []
        att_by_start = {a.start: a for a in self.attachments}
        for t1, t2 in zip(self.tags, self.tags[1:]):
            if t1.gender == t2.gender or t1.paragraph != t2.paragraph:
                continue
            if not (t1.quote_tag and t2.quote_tag):
                continue
            if t1.verb in DIALOGUE_VERBS or t2.verb in DIALOGUE_VERBS:
                continue
            # anybody else mentioned (outside quotes) between the tags, or before them
            # who could take the second pronoun, makes two speakers plausible
            a1, a2 = att_by_start.get(t1.start), att_by_start.get(t2.start)
            speakers = {self.canon(a.entity).id for a in (a1, a2) if a is not None}
            if len(speakers) == 2:
                continue  # each tag has its own speaker: a dialogue
            first = self.canon(a1.entity).id if a1 is not None else None
            other = self._named_between(t1.end, t2.start) or self._group_before(t1)
            for s in range(max(0, t1.sent - 3), t2.sent + 1):
                if other:
                    break
                for m in self.sent_mentions[s]:
                    if m.kind in ("pron", "place") or (m.in_quote and not (t1.end <= m.start < t2.start)):
                        continue
                    e = self.canon(m.entity)
                    between = t1.end <= m.start < t2.start
                    if e.id in speakers and not (between and e.id != first):
                        continue  # ("Her husband said ...": the second tag's own speaker named between)
                    g = e.effective_gender()
                    if between or g in (None, t2.gender):
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
