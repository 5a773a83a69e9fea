"""Doubled speech tags found by what they repeat: the same speaker tagged
twice in one sentence ("A spokesman said the process was fair, the
spokesman said."; "Campbell said, according to Campbell"), the same tag
said twice ("Berhe told journalists that, he told journalists, ..."), or
two bare tags back to back at a sentence's end ("..., the festival said,
organisers said."). Part of MT005's analysis (see ``attribution``)."""

from __future__ import annotations

import re
from typing import Iterable

from sourcelint.document import Sentence

from .prose import SPEECH_VERBS, Hit

__all__ = ["repeated_tags"]

_WORD = r"[A-Za-z][\w’'-]*"
# A tag: a subject of one to four words and a speech verb, with at most two
# words after it ("told journalists"), or "according to" and a name.
_TAG_RE = re.compile(
    rf"(?P<subj>(?:{_WORD} ){{0,3}}{_WORD}) (?P<verb>{SPEECH_VERBS})(?P<obj>(?: [a-z][\w’'-]*){{0,2}})"
    rf"(?P<bare>(?=[ \t]*[,.;!?:”\"]|[ \t]*$))?"
    rf"|according to (?P<acc>{_WORD}(?: {_WORD})?)(?P<accbare>(?=[ \t]*[,.;!?”\"]|[ \t]*$))?")
# Two bare tags back to back ending a sentence: ", the festival said, organisers said."
_TWO_BARE_RE = re.compile(
    rf",[ \t]+(?:{_WORD} ){{0,2}}{_WORD}[ \t]+(?:{SPEECH_VERBS}),[ \t]+(?P<tag2>(?:{_WORD} ){{0,2}}{_WORD}[ \t]+"
    rf"(?:{SPEECH_VERBS}))[.!]?[”\"]?$")
# Where a tag's verb may be: every tag holds one of these or "according to",
# so a sentence with fewer than two holds fewer than two tags. Counting them
# is far cheaper than _TAG_RE, which is tried at every letter.
_VERB_AT_RE = re.compile(rf" (?={SPEECH_VERBS})")
_DETERMINERS = frozenset("a an the this that his her their its our".split())
# Words no tag's subject holds: it would be a clause, not a speaker.
_CLAUSE_WORDS = frozenset("""and or but who which that what is are was were be been do does did to of
    in on at for with as if when while not also""".split())
_PRONOUNS = frozenset("he she they we i it".split())


def _head(subject: str) -> str:
    """The last word of a tag's subject, lower-cased ("A ministry spokesman" -> "spokesman")."""
    return subject.split()[-1].lower()


def _tags(t: str) -> list[tuple[int, int, str, str, str, bool]]:
    """(start, end, subject head, verb, object, bare) of the tags in sentence
    text ``t``; bare: nothing but punctuation follows the tag."""
    out = []
    for m in _TAG_RE.finditer(t):
        if m.group("acc"):
            out.append((m.start(), m.end(), _head(m.group("acc")), "according", "", m.group("accbare") is not None))
            continue
        words = m.group("subj").split()
        opener = words[0].lower()
        while words and words[0].lower() in _CLAUSE_WORDS | _DETERMINERS:
            words = words[1:]  # "that the spokesman said": the subject starts after "that"
        if not words or any(w.lower() in _CLAUSE_WORDS for w in words):
            continue
        obj = []
        for w in m.group("obj").split():
            if w in _CLAUSE_WORDS:
                break
            obj.append(w)
        # bare: only punctuation after it ("she agreed" after "said" is speech, not a tag's object)
        bare = m.group("bare") is not None and _PRONOUNS.isdisjoint(obj) and opener not in _CLAUSE_WORDS
        out.append((m.start("subj"), m.end(), words[-1].lower(), m.group("verb"), " ".join(obj), bare))
    return out


def _repeat(first: tuple, second: tuple) -> bool:
    """Whether tag ``second`` names the speaker of ``first`` again, or says its words again."""
    _, _, head1, verb1, obj1, _ = first
    _, _, head2, verb2, obj2, bare = second
    if not bare:
        return False  # the second "tag" says something of its own
    if head1 == head2 and head1 not in _PRONOUNS:
        return True
    return bool(obj1) and verb1 == verb2 and obj1 == obj2 and head2 in _PRONOUNS


def repeated_tags(sentences: Iterable[Sentence]) -> list[Hit]:
    """Those of ``sentences`` whose second tag, set off by a comma, repeats the first."""
    hits: list[Hit] = []
    for sent in sentences:
        t = sent.text.rstrip()
        if "," not in t:
            continue
        m = _TWO_BARE_RE.search(t)
        if m is not None:
            hits.append(Hit("MT005", sent.start + m.start("tag2"), sent.start + m.end("tag2"),
                            f"a second speech tag for the same words: '{m.group('tag2')}'", 0.85))
            continue
        if len(_VERB_AT_RE.findall(t)) + t.count("according to ") < 2:
            continue  # no pair of tags
        tags = _tags(t)
        for first, second in zip(tags, tags[1:]):
            # the second tag is set off: a comma right before it
            if t[:second[0]].rstrip().endswith(",") and _repeat(first, second):
                hits.append(Hit("MT005", sent.start + second[0], sent.start + second[1],
                                f"a second speech tag for the same speaker: '{t[second[0]:second[1]]}'", 0.85))
                break
    return hits
