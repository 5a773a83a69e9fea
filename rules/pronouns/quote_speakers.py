"""Who said a quote: the speaker a pronoun speech tag after it must mean.

News attributes a run of quotes once by name ("Solberg said the crowd had
carried her. “I could hear them,” she said."): a pronoun tag after a quote
is the person the paragraph last attributed speech to by name, or, for a
paragraph that opens with the quote, the one the previous paragraph did,
when nobody else is named outside quotes since. That tie is grammar, not
proximity, so it holds whoever else of the pronoun's gender is near.
"""

from __future__ import annotations

import re

from .model import Entity, Mention
from .state import BuilderState
from .words import DIALOGUE_VERBS, PRONOUNS, SPEECH_VERBS

#: Sentences back the attribution of a quote run may be.
SPEAKER_REACH = 5

# After a name: "'s", or an apposition (", a nurse,"), or the comma closing
# the name's own apposition ("The conductor, Sir Martin Ellery, said"), then
# up to one adverb or auxiliary, then the verb.
_ADVERB = r"(?:(?:\w+ly|also|later|then|again|had|has|have)\s+)?(\w+)"
_AFTER_NAME = (re.compile(r"(?:'s|’s)?,?\s+" + _ADVERB), re.compile(r",[^,\"“”]{1,60}?,\s+" + _ADVERB))
_BEFORE_NAME = re.compile(r"[\"”’],?\s+(\w+)\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")  # "“…,” said (Dr) Pranav Kapoor"
_CLOSING = re.compile(r"[,.!?…]?\s*[\"”’]\s*$")


def _settled_gender(e: Entity) -> str | None:
    """The gender of ``e`` when settled before the tag: by a title, honorific
    or gendered noun, or by a first name that an attached pronoun agrees with
    (a name alone may belong to another culture's use: "Rayhan Asat")."""
    g = e.static_gender()
    if g is None or any(ev.source != "first name" for ev in e.evidence) or e.votes[g] >= 1:
        return g
    return None


class QuoteSpeakers(BuilderState):
    """The builder's reading of who says the quote a pronoun tag follows."""

    def _quote_speaker(self, idx: int, si: int) -> tuple[Mention, str] | None:
        """For a pronoun at token ``idx`` tagging the quote just before it
        ("“…,” she said"), the mention naming the quote's speaker and the
        attribution's text; None when no one is established."""
        toks, text = self.toks, self.text
        if idx + 1 >= len(toks) or toks[idx + 1].lower not in SPEECH_VERBS or toks[idx + 1].lower in DIALOGUE_VERBS:
            return None
        t = toks[idx]
        if not t.text[0].islower():
            return None  # ("…grudge.” She told the jury": a new sentence, no tag)
        close = _CLOSING.search(text, max(0, t.start - 6), t.start)
        if close is None:
            return None
        q = self._quote_at(close.start() + len(close.group().rstrip()) - 1)
        if q < 0:
            return None
        qs = self.q_spans[q][0]
        sents = self.doc.sentences
        para = sents[si].paragraph
        for s in range(si, max(-1, si - SPEAKER_REACH - 1), -1):
            if sents[s].paragraph < para - 1:
                return None
            ms = self._cur_mentions if s == si else self.sent_mentions[s]
            named = [m for m in ms if m.start < qs and not m.in_quote and m.kind in ("name", "role", "anon")]
            if not named:
                continue
            found = self._attribution(named)
            if found is None:
                return None  # someone else is named since: no tie
            gender = _settled_gender(self.canon(found[0].entity))
            if gender is None or any(self._could_take(m, t.lower) for m in named if m.start > found[0].start):
                return None  # ("Carter said that Whitlock ... “…,” she said": maybe Whitlock's words)
            if self._other_subject_between(found[0].end, qs, gender):
                return None  # ("Moreau said. He replied that …": a new speaker)
            if sents[s].paragraph != para and (text[self.doc.paragraphs[para].start : qs].strip()
                                                  or self._speaks_of(qs, t.start, gender)):
                # the previous paragraph's speaker only for a paragraph opening with the quote, and
                # not when the quote speaks of someone of that speaker's gender ('"She's usually
                # right," he said' after her quote: a reply, since nobody calls themselves "she")
                return None
            return found
        return None

    def _attribution(self, named: list[Mention]) -> tuple[Mention, str] | None:
        """The last mention of ``named`` (one sentence's, outside quotes) that
        is a speech verb's subject ("Dahl said", "Kane's barrister, Simon
        Ashcroft, said") or follows a quote's verb ("said Pranav Kapoor")."""
        text = self.text
        for m in reversed(named):
            for pattern in _AFTER_NAME:
                after = pattern.match(text, m.end)
                if after is not None and after.group(1).lower() in SPEECH_VERBS and after.group(1).lower() not in DIALOGUE_VERBS:
                    return m, text[m.start : after.end()]
            before = _BEFORE_NAME.search(text, max(0, m.start - 30), m.start)
            if before is not None and before.group(1).lower() in SPEECH_VERBS:
                return m, text[before.start(1) : m.end]
        return None

    def _speaks_of(self, start: int, end: int, gender: str) -> bool:
        """Whether a third-person pronoun of ``gender`` lies in ``text[start:end]`` (a quote)."""
        return any((info := PRONOUNS.get(tok.lower)) is not None and info[0] == gender
                   for tok in self.doc.tokens_in(start, end))

    def _could_take(self, m: Mention, pronoun: str) -> bool:
        """Whether the person of mention ``m`` may be meant by ``pronoun``."""
        e = self.canon(m.entity)
        g = e.static_gender()
        return e.kind != "weak" and m.kind != "place" and g in (None, PRONOUNS[pronoun][0])

    def _other_subject_between(self, start: int, end: int, gender: str) -> bool:
        """Whether a subject pronoun of the other gender than ``gender`` lies
        outside quotes in ``text[start:end]``, after the sentence of ``start``
        (in it, "Smith said she ..." reports someone else)."""
        own = self.doc.sentence_at(start)
        for tok in self.doc.tokens_in(start, end):
            info = PRONOUNS.get(tok.lower)
            if info is None or info[1] != "subj" or info[0] == gender or self._quote_of(tok.index) >= 0:
                continue
            if own is None or tok.start >= own.end:
                return True
        return False
