"""Doubled speech tags ("..., he said. she declared."): the analysis behind
MT005, which MT003 and the pronoun rules read too."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress

from sourcelint.analysis import analysis
from sourcelint.document import Document
from sourcelint.finding import Edit, Fix

from ..langid import token_lowers
from .prose import SPEECH_VERB_SET, SPEECH_VERBS, Hit, para_starts

__all__ = ["doubled_attribution"]


_SUBJ = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[A-Z][a-zß-öø-ÿ’'-]+(?: [A-Z][a-zß-öø-ÿ’'-]+){0,2}|[Tt]he [a-z]+(?: [a-z]+)?)"
# Words after a tag's verb: an object or a place ("told reporters", "said in
# a statement", "said on Monday"), at most three words.
_TAIL = r"(?: [\w’'-]+){0,3}?"
# A tag: "he said", "he told reporters", inverted "said Wang Yi"; the second
# may also be a bare verb ("said the president. stated.") or "according to him".


def _tag(s: str, v: str, o: str, vi: str, si: str) -> str:
    return (f"(?:(?P<{s}>{_SUBJ}) (?P<{v}>{SPEECH_VERBS})(?P<{o}>{_TAIL})"
            f"|(?P<{vi}>{SPEECH_VERBS}) (?P<{si}>{_SUBJ}))")


_ATTR_RE = re.compile(
    r"(?<![\w’'-])" + _tag("s1", "v1", "obj", "v1i", "s1i") + r"[ \t]?(?P<sep>[.,;])[ \t]+"
    + "(?:" + _tag("s2", "v2", "obj2", "v2i", "s2i")
    + rf"|(?P<v2b>{SPEECH_VERBS})|(?P<acc>according to (?:him|her|them|the [a-z]+)))"
    # the second tag is bare: it ends the sentence or the clause
    + r"(?=[ \t]?[.,;:”\"]|[ \t]*$)"
)
_LOWER_PRONOUNS = frozenset("he she they we".split())
_OBJECT_VERBS = frozenset("told tells asked asks assured assures warned warns urged urges reminded".split())
_TIME_RE = re.compile(r" (?:on|last|this|late|early) [A-Za-z]+(?: [a-z]+)?|"
                      r" (?:today|yesterday|later|earlier|afterwards|again)|"
                      r" (?:in|on|at|to|during|after|via|through|from) (?:a |an |the |his |her |their )?[\w’'-]+")
_NOT_SUBJECTS = frozenset(
    "The This That It In On At As And But When While After Before If So Then Also However "
    "Meanwhile Earlier Later Last Asked Speaking".split()
)


# The tokens a doubled tag is found between ("pointed out", "according to").
_ATTRIBUTION_WORDS = SPEECH_VERB_SET | {"out", "according"}


def _attribution_windows(doc: Document) -> list[tuple[int, int]]:
    """Spans where a speech verb followed by punctuation has another speech verb
    within a few words: the only places a doubled tag can be (a token pass,
    much cheaper than running the full pattern over the text)."""
    text = doc.text
    verbs = list(compress(doc.tokens, map(_ATTRIBUTION_WORDS.__contains__, token_lowers(doc))))
    out: list[tuple[int, int]] = []
    for a, b in zip(verbs, verbs[1:]):
        between = text[a.end : b.start]
        if len(between) <= 40 and any(c in between for c in ".,;"):
            # the second tag may run on ("said the minister", "told reporters")
            out.append((max(0, a.start - 60), min(len(text), b.end + 40)))
    return out


@analysis("translation.attribution")
def doubled_attribution(doc: Document) -> list[Hit]:
    """Two speech tags in a row for one quote (MT005's hits)."""
    text = doc.text
    hits: list[Hit] = []
    paras = doc.paragraphs
    starts = para_starts(doc)
    for ws, we in _attribution_windows(doc):
        para = paras[max(0, bisect_right(starts, ws + 60) - 1)]
        pos = max(ws, para.start)
        end = min(we, para.end)
        while True:
            m = _ATTR_RE.search(text, pos, end)
            if m is None:
                break
            pos = m.start() + 1
            inverted = m.group("s1") is None
            s1 = m.group("s1i") if inverted else m.group("s1")
            v1 = m.group("v1i") if inverted else m.group("v1")
            s2 = m.group("s2") or m.group("s2i") or ""
            if s1 in _NOT_SUBJECTS or s2 in _NOT_SUBJECTS:
                continue
            obj = "" if inverted else m.group("obj")
            obj2 = m.group("obj2") or ""
            if (obj and v1 not in _OBJECT_VERBS and not _TIME_RE.fullmatch(obj)) or (
                    obj2 and (m.group("v2") or "") not in _OBJECT_VERBS and not _TIME_RE.fullmatch(obj2)):
                # "he said Smith. she ..." is no tag; only "told reporters" or
                # "said on Monday" carry words after the verb
                continue
            after = text[m.end() : m.end() + 4]
            tag2_bare = after[:1] in (".", ",", ";", "") or m.end() >= para.end
            if hits and m.start() < hits[-1].end:
                continue  # overlapping windows find the same pair again
            # '"No," he said. She said, "Yes."': a new sentence opening a new
            # quote is another speaker; after a comma the quote goes on.
            if not tag2_bare or (m.group("sep") == "." and re.match(r"[,:]\s*[“\"]", after)):
                continue
            second = m.group()[m.end("sep") - m.start():].lstrip()
            strong = m.group("sep") == "." and second[:1].islower()
            before = text[max(para.start, m.start() - 3) : m.start()]
            quoted = any(q in before for q in "”\"’")
            if not strong and not quoted:
                continue
            tag1 = f"{v1} {s1}" if inverted else f"{s1} {v1}{obj}"
            tag2 = second
            cut_from = m.end("s1i") if inverted else m.end("obj")
            hits.append(
                Hit(
                    "MT005",
                    m.start(),
                    m.end(),
                    f"two speech tags for one quote: '{tag1}' then '{tag2}'",
                    1.0 if strong else 0.9,
                    Fix((Edit(cut_from, m.end(), ""),), safe=False, description=f"keep only '{tag1}'"),
                )
            )
            pos = m.end()
    return hits
