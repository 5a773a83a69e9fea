"""Doubled speech tags found by the name they repeat: one sentence names
the same speaker in two tags of one statement ('"...," said Inspector
Claire Hughes, who leads the team, Hughes said.', '..., Ruth Castellanos,
said, according to Castellanos.', 'According to the chief executive, Neil
Sutton, Sutton said the project ...'). Part of MT005's analysis (see
``attribution``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from sourcelint.document import Sentence
from sourcelint.finding import Edit, Fix

from .prose import SPEECH_VERB_SET, Hit

__all__ = ["same_speaker_tags"]

_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
# A capitalised word in a name: not the first word of the sentence, not a possessive.
_NAME_RE = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w-]*(?![\w’'-])")
_QUOTES = "\"“”"
#: Words between a speech verb (or "according to") and the name it tags: "said team captain Sofia Reyes".
_REACH = 6


def _words_before(t: str, at: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(t[max(0, at - 80) : at])][-n:]


def _tags_name(t: str, start: int, end: int) -> str:
    """How the name at ``t[start:end]`` is a tag's speaker: 'verb' (a speech
    verb right before it, past its title and first name, or right after it
    and a comma or an apposition's comma), 'according' ("according to" before
    it), or ''."""
    before = _words_before(t, start, _REACH + 2)
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w == "to" and i > 0 and before[i - 1] == "according":
            return "according"
        if w in SPEECH_VERB_SET:
            return "verb" if len(before) - i <= _REACH else ""
        if w in ("who", "which", "and", "but", "that"):
            break
    after = _WORD_RE.findall(t[end : end + 40])
    if after and after[0].lower() in SPEECH_VERB_SET and t[end : end + 3].lstrip(", ")[:1].isalpha():
        return "verb"
    return ""


def _second_tag(t: str, start: int, end: int) -> str:
    """How the name at ``t[start:end]`` opens a tag set off by a comma:
    'verb' ('..., Hughes said'), 'according' ('..., according to Herrera'), or ''."""
    lead = t[max(0, start - 30) : start].rstrip()
    if lead.lower().endswith(", according to"):
        return "according"
    after = _WORD_RE.match(t, end + 1) if t[end : end + 1] == " " else None
    if lead.endswith(",") and after is not None and after.group().lower() in SPEECH_VERB_SET:
        return "verb"
    return ""


def same_speaker_tags(sentences: Iterable[Sentence]) -> list[Hit]:
    """Sentences whose speaker's name tags one statement twice, with no quote
    between the two tags; the second is reported."""
    hits: list[Hit] = []
    for sent in sentences:
        t = sent.text.rstrip()
        seen: dict[str, tuple[int, str]] = {}
        quotes = [i for i, c in enumerate(t) if c in _QUOTES] if any(q in t for q in _QUOTES) else []
        for m in _NAME_RE.finditer(t):
            name = m.group()
            if m.start() > 0 and name in seen:
                first_at, first_kind = seen[name]
                second = _second_tag(t, m.start(), m.end())
                if second and first_kind and bisect_left(quotes, first_at) == bisect_left(quotes, m.start()) \
                        and (second == "according" or first_kind == "according" or _bare_after(t, m.end())):
                    hits.append(_hit(sent, t, m.start(), m.end(), second))
                    break
            kind = _tags_name(t, m.start(), m.end())
            if kind or name not in seen:
                seen[name] = (m.start(), kind)
    return hits


def _bare_after(t: str, end: int) -> bool:
    """Whether the tag whose speaker ends at ``end`` carries no reported speech
    of its own: its verb, at most an object of three words, then a mark or
    a subordinate clause ('Hale told the Post as she waited')."""
    words = _WORD_RE.findall(t[end : end + 60])
    tail = t[end : end + 200]
    cut = min((tail.find(c) for c in ",.;:!?" if c in tail), default=len(tail))
    n = len(_WORD_RE.findall(tail[:cut]))
    return n <= 4 or (len(words) > 2 and any(w.lower() in ("as", "when", "while", "after", "before") for w in words[2:5]))


def _hit(sent: Sentence, t: str, s: int, e: int, kind: str) -> Hit:
    if kind == "according":
        s = t.rfind("according", 0, s)
    else:
        e = _WORD_RE.match(t, e + 1).end()
    tag = t[s:e]
    comma = t.rfind(",", 0, s)
    fix = None
    if comma >= 0 and not t[comma + 1 : s].strip() and t[e : e + 1] in (".", ",", ";", "!", "?", ""):
        # a bare tag: drop it with the comma before it
        fix = Fix((Edit(sent.start + comma, sent.start + e, ""),), safe=False, description=f"remove '{tag}'")
    return Hit("MT005", sent.start + s, sent.start + e, f"a second speech tag for the same speaker: '{tag}'", 0.85, fix)
