"""Furniture or prose? Whether a line that holds furniture words is news prose.

Furniture is short, addresses the reader ("you", "our"), is imperative and
rarely ends with a full stop; news prose that happens to open with the same
words ("Sign up for the vaccine scheme opened on Monday ...") has a finite
verb, a subject, a clause after a comma, dates and figures. These helpers
weigh that evidence on the words a template did not match.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from sourcelint.document import Document

from ..lexicon import data_lines, data_sections, speech_verbs
from .lines import Line

_GRAMMAR = data_sections("boilerplate_grammar.txt")
_NOT_REPORTING = _GRAMMAR["not_reporting"]
_AUXILIARIES = _GRAMMAR["auxiliaries"]
SITE_VOICE = _GRAMMAR["site_voice"]
_CLAUSE_SUBJECTS = _GRAMMAR["clause_subjects"]
_CONJUNCTIONS = _GRAMMAR["conjunctions"]
_RELATIVES = _GRAMMAR["relatives"]
_CALENDAR = _GRAMMAR["calendar"]


@lru_cache(maxsize=None)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(v for v in speech_verbs() if " " not in v) - _NOT_REPORTING


@lru_cache(maxsize=None)
def _past_forms() -> frozenset[str]:
    """Past and participle forms of the shared verb lexicon (``data/mt_verbs.txt``)."""
    out: set[str] = set()
    for line in data_lines("mt_verbs.txt"):
        base, *irregular = line.split()
        if base in ("can", "will", "shall", "may", "must"):
            continue  # modals are auxiliaries, counted apart
        out.update(f for f in irregular if not f.endswith(("ing", "s")))
        if base.endswith("e"):
            out.add(base + "d")
        elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
            out.add(base[:-1] + "ied")
        else:
            out.add(base + "ed")
    return frozenset(out)


def reads_as_prose(doc: Document, line: Line, toks: Iterable[int], head: bool) -> bool:
    """Whether ``line`` is a sentence of news prose, judged on the tokens ``toks``.

    ``toks`` are the line's tokens no template word matched. ``head`` says the
    line opens with a label or caption head ("Comments:", "Image caption"):
    captions and headlines after a head are furniture even when they are
    sentences, so only a lowercase clause ending in a full stop after the
    head ("Comments: the minister declined ...") is prose there.
    """
    text = doc.text
    tokens = doc.tokens
    toks = list(toks)
    if not toks:
        return False
    body = text[line.start : line.end].rstrip(" \t\"”’')]*_")
    ends_stop = body.endswith((".", "!", "?")) and not body.endswith("..")
    if head and not (ends_stop and tokens[toks[0]].text[:1].islower()):
        return False
    reporting = _reporting_verbs()
    past = _past_forms()
    all_caps = not any(c.islower() for c in body)
    strong = weak_past = weak_date = weak_rel = False
    voice = False
    for j in toks:
        tok = tokens[j]
        w = tok.lower
        if w in reporting:
            return True  # attribution: "..., the company said on Tuesday."
        if w in SITE_VOICE:
            voice = voice or w != "us" or tok.text == "us"  # "US" is the country
        elif w in _AUXILIARIES:
            strong = True
        elif w in _RELATIVES:
            weak_rel = True
        elif w in _CALENDAR or any(c.isdigit() for c in w):
            weak_date = True
        elif w in past or (
            # Names ("Manchester United") are not verbs; in capitals we cannot tell.
            len(w) >= 5 and w.endswith("ed") and not w.endswith("eed") and (all_caps or tok.text[:1].islower())
        ):
            weak_past = True
        if not strong and j > line.tok_lo and w in _CLAUSE_SUBJECTS:
            # "Subscribe to the theory or not, the figures speak ...": a comma
            # or a conjunction, then a subject word, opens a second clause.
            prev = tokens[j - 1].lower
            if prev in _CONJUNCTIONS or ("," in text[tokens[j - 1].end : tok.start] and prev not in _CALENDAR):
                strong = True
    if not ends_stop or voice:
        return False
    return strong or weak_past + weak_date + weak_rel >= 2
