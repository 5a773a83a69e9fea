"""The pronoun analysis: people, their gender evidence and the pronouns
attached to them, built in one pass over the document's sentences and tokens.

The pass is split by what it reads (:mod:`.names`, :mod:`.roles`,
:mod:`.attachment`, :mod:`.speech_tags`, each a mixin of the shared
:class:`~.state.BuilderState`); this module runs it sentence by sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from sourcelint.analysis import analysis
from sourcelint.document import Document, Sentence

from .attachment import PronounAttachment
from .model import Mention, PronounAnalysis
from .names import NameMentions
from .quote_speakers import QuoteSpeakers
from .roles import RoleMentions
from .speech_tags import SpeechTags
from .words import NAME_PARTICLES, NOUN_KINDS, POSSESSIVE, PRONOUNS, event_words, fold, never_name_words

__all__ = ["analyse", "entities"]


class _Builder(NameMentions, RoleMentions, PronounAttachment, SpeechTags, QuoteSpeakers):
    """Builds a :class:`PronounAnalysis` in one pass over sentences and tokens."""

    def build(self) -> PronounAnalysis:
        doc, toks = self.doc, self.toks
        self._mark_quotes()
        starts = doc.token_starts
        # Only capitalised words, pronouns and person nouns need a closer look.
        interesting, never = event_words(), never_name_words()
        # (``text != lower`` is a cheap "has a capital"; handlers check the first letter)
        self._events = [i for i, _, _, text, low in toks if low in interesting or (text != low and low not in never)]
        self._ei = 0
        last_para = -1
        for s in doc.sentences:
            lo = bisect_left(starts, s.start)
            hi = bisect_left(starts, s.end)
            mentions: list[Mention] = []
            self._cur_mentions = mentions
            self._lo = lo
            self.open_genders.append(set())
            prons = self._read_sentence(s, lo, hi, mentions)
            para_first = s.paragraph != last_para
            last_para = s.paragraph
            # resolve this sentence's pronouns in order; attachments join `mentions`
            for p in prons:
                self._resolve(p, s.index, para_first, mentions)
            self.sent_mentions.append(mentions)
        return PronounAnalysis(self.entities, self.attachments, self.tags, self._tag_conflicts(), self.couples,
                               self.pron_records, self.sent_mentions, self.q_spans)

    def _skip_events(self, k: int) -> None:
        """Move past the events before token ``k`` (those a handler has read)."""
        events, nev = self._events, len(self._events)
        while self._ei < nev and events[self._ei] < k:
            self._ei += 1

    def _read_sentence(self, s: Sentence, lo: int, hi: int, mentions: list[Mention]) -> list[tuple]:
        """Read the mentions of sentence ``s`` (tokens ``lo:hi``) into ``mentions``;
        return its pronouns, to be resolved once the sentence is read."""
        toks, events, nev = self.toks, self._events, len(self._events)
        si = s.index
        prons: list[tuple] = []
        self._skip_events(lo)
        while self._ei < nev and events[self._ei] < hi:
            j = events[self._ei]
            self._ei += 1
            t = toks[j]
            low = t.lower
            pr = PRONOUNS.get(low)
            if pr is not None:
                k = self._styled(j, hi, pr[0], si, mentions)
                if k:
                    self._skip_events(k)
                elif not self._skip_pronoun(j, lo, hi):
                    form = self._pronoun_form(j, low, pr[1])
                    prons.append((j, t.start, t.end, t.text, pr[0], form, self._quote_of(j)))
                    if pr[1] == "subj" or low in ("he", "she"):
                        self._speech_tag(j, pr[0], si, s.paragraph)
                continue
            if t.text != low:
                if t.text[0].isupper() and not self._plain_capital(j, lo, hi):
                    self._skip_events(self._name_run(j, lo, hi, si, mentions))
                continue
            base = low[:-2] if low[-2:] in POSSESSIVE else low  # "her husband's money": him too
            info = self.pw.get(base)
            if info is not None and info[1] & NOUN_KINDS:
                if not self._title_use(j, hi, info[1]) and not self._modifies_role(j, hi, info[1]):
                    self._role_mention(t, base, info[0], j, si, mentions)
        return prons

    def _plain_capital(self, j: int, lo: int, hi: int) -> bool:
        """A lone capitalised word that is no known name, title or glued name
        ("China", "Urumqi"): it needs no run analysis."""
        toks = self.toks
        t = toks[j]
        low = t.lower
        nt = toks[j + 1] if j + 1 < hi else None
        if nt is None or (nt.text == nt.lower and nt.lower not in NAME_PARTICLES and len(low) > 1):
            base = low[:-2] if low[-2:] in POSSESSIVE else low
            return (base not in self.by_key and base not in self.pw and t.text[1:].islower()
                    and fold(base) not in self.names and not (j == lo and self._initials_before(j) is not None))
        return False


def analyse(doc: Document) -> PronounAnalysis:
    """The pronoun analysis of ``doc``, computed afresh (rules share :data:`entities`)."""
    return _Builder(doc).build()


@analysis("pronouns.entities")
def entities(doc: Document) -> PronounAnalysis:
    """The pronoun analysis of ``doc``, computed once per document."""
    return _Builder(doc).build()
