"""Notices of where a text came from, known by what they mean, not their words.

A short paragraph is a notice of automatic production or syndication when,
between its sentences, it says that this text (or a label naming it) was
made or moved by a machine or a feed, or that a syndicated text is not
vouched for. Four ideas are looked for:

* a machine: automatic, automated, machine, AI, algorithm, software, a bot
  ("CourtBot"), programmatic;
* making or moving text: generated, written, summary, translated,
  syndicated, republished, distributed, a feed, a wire, a partnership, a
  news or press release;
* disowning it: accuracy, not guaranteed, errors, not (independently)
  checked / reviewed / verified, unedited, without editorial review or
  changes, no responsibility;
* the text itself: "this story", "the following content", a bracketed or
  parenthesised label, "Note:", "Disclaimer:" or "Via ...", a heading label naming a
  machine ("Robot journalism: ..."), or a short sentence that
  opens on one of the words above or on the text's name ("Automated court
  report.", "Story auto-published from the wire.").

A notice that only says the text was translated by a machine is MT006's
(a translation notice); the others are BLP004's. A notice needs the text itself and either a machine making or moving it,
or a syndication it disowns. A disclosure that editors checked the text
("... and checked by our editors") is not one. Reporting ("..., the audit found", "the
agency said") and paragraphs of more than three sentences or with a quotation
are news, not notices.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..folding import aligned_folded_text, folded_text
from ..tokens import token_lowers

from .generation_notices import HUMAN_CHECKED_RE as _HUMAN_CHECKED_RE, UNCHECKED_RE as _UNCHECKED_RE

__all__ = ["origin_notices"]

_MACHINE_RE = re.compile(
    r"\b(?:automatic(?:ally)?|automated|auto(?:-[a-z]+)?|machines?(?:-[a-z]+)?|algorithm\w*|software|bots?|robots?"
    r"|computer(?:-generated)?|programmatic\w*|language models?)\b", re.I)
_MACHINE_CASED_RE = re.compile(r"\b(?:AI|A\.I\.|LLMs?|[A-Z][a-z]+Bot)\b")
_MADE_RE = re.compile(
    r"\b(?:generated|produced|written|compiled|created|summari[sz]ed|summar(?:y|ies)|digest|brief|translated|translation"
    r"|syndicated|syndication|republished|distributed|aggregated|feeds?|wire|partnership|partner|sourced|imported"
    r"|published|copy|powered|provided|supplied|filled|populated|fetched|scraped|pulled)\b", re.I)
_SYNDICATED_RE = re.compile(r"\b(?:syndicat\w*|feeds?|wire|partner\w*|aggregat\w*|republish\w*|(?:news|press) releases?)\b",
                            re.I)
_DISOWNED_RE = re.compile(
    r"\b(?:accuracy|accurate|guarantee[ds]?|errors?|inaccuraci\w+|mistakes|unedited|unverified|unchecked|as is"
    r"|no responsibility|not responsible|authoritative"
    r"|not (?:have )?(?:been )?(?:\w+ly )?(?:checked|reviewed|edited|verified|fact-checked|seen)"
    r"|without (?:\w+ )?(?:review|oversight|editing|intervention|checks?|changes|alterations?|modifications?))\b", re.I)
#: Kinds of text a notice may name itself by.
_TEXT_NOUNS = (r"(?:article|story|stories|report|content|text|summary|summaries|item|piece|post|copy|page|brief|digest"
               r"|update|obituary|obituaries|section|feature|column|review|bulletin|listing|entry|entries|dispatch"
               r"|segment|newsletter|transcript|edition|version|material|coverage|blog|news)")
_SELF_RE = re.compile(r"\b(?:this|the following|the above|our)(?: [\w-]+){0,2} " + _TEXT_NOUNS + r"s?\b", re.I)
# A label heading the paragraph: "Robot journalism: ...".
_HEAD_RE = re.compile(r"[ \t]*[A-Z][\w -]{0,30}:")
_LABEL_RE = re.compile(r"^[ \t]*(?:[\[(*_]|(?:note|disclaimer|editor's note|source)[ \t]*:|via )", re.I)
_REPORTED_RE = re.compile(r"\b(?:said|says|told|according to|found|showed|shows|reported|revealed|claimed|alleged|"
                          r"announced|warned|argued)\b", re.I)
# Tokens that name a machine or a feed (and any "...bot" token, or one
# opening on a machine: "auto-published", "machine-summarised"). The word
# heads are looked for only in a text that holds one (a substring test of
# the case-folded text is far cheaper than the case-blind scan).
_TRIGGER_HEADS = ("auto", "machine", "algorithm", "robot", "computer", "syndicat", "aggregat")
_TRIGGER_HEADS_RE = re.compile(r"\b(?:" + "|".join(_TRIGGER_HEADS) + ")", re.I)
_FOLDED_HEADS_RE = re.compile(r"\b(?:" + "|".join(_TRIGGER_HEADS) + ")")
_TRIGGER_BOT_RE = re.compile(r"bot\b", re.I)
# (U+0345, no word character, folds to "ι", one)
_FOLDED_BOT_RE = re.compile(r"bot(?:\b|ι)")
_TRIGGERS = frozenset((
    "automatic", "automatically", "automated", "machine", "machines", "machine-generated", "machine-translated",
    "algorithm", "algorithms", "algorithmic", "algorithmically", "software", "robot", "robots", "computer",
    "computer-generated", "programmatic", "programmatically", "language", "ai", "llm", "llms", "gpt",
    "syndicated", "syndication", "syndicate", "feed", "feeds", "wire", "partner", "partners", "partnership",
    "aggregated", "aggregator", "republished", "release", "releases"))
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


_TEXT_NOUN_RE = re.compile(_TEXT_NOUNS + "s?", re.I)


_IDEAS = (_MACHINE_RE, _MACHINE_CASED_RE, _MADE_RE, _DISOWNED_RE, _SELF_RE)


def _opens_on_idea(sentence: str) -> bool:
    """A short label sentence opening on a machine, a making word or the text:
    "Automated court report.", "Story auto-published from the wire."."""
    words = _WORD_RE.findall(sentence)
    if not words or len(words) > 12:
        return False
    first = words[0]
    return bool(_MACHINE_RE.fullmatch(first) or _MACHINE_CASED_RE.fullmatch(first) or _MADE_RE.fullmatch(first)
                or _TEXT_NOUN_RE.fullmatch(first))


@analysis("boilerplate.origin_notices", needs=(token_lowers, aligned_folded_text))
def origin_notices(doc: Document) -> dict[int, str]:
    """Sentence index -> "translation" or "production", for the sentences of
    short paragraphs that are notices of a text's automatic origin.

    A notice that only says the text was translated is a translation notice
    (MT006's); one that says it was made, summarised or passed on by a
    machine or a feed is a production notice (BLP004's)."""
    text = doc.text
    # The tokens name the paragraphs with a machine or a feed in them; a
    # notice needs one, so only those are read (set lookups, no regex scan).
    at = list(compress(doc.token_starts, map(_TRIGGERS.__contains__, token_lowers(doc))))
    aligned = aligned_folded_text(doc)
    folded = aligned if aligned is not None else folded_text(doc)
    if any(head in folded for head in _TRIGGER_HEADS):
        rx, where = (_FOLDED_HEADS_RE, aligned) if aligned is not None else (_TRIGGER_HEADS_RE, text)
        at += [m.start() for m in rx.finditer(where)]
    # A "bot" inside a head found above ("robot") names the same paragraph.
    # (Looked for in the case-folded text first, where the pattern needs no
    # case-blind matching: it finds every place the case-blind scan would.)
    if _FOLDED_BOT_RE.search(folded):
        at += [m.start() for m in _TRIGGER_BOT_RE.finditer(text)]
    if not at:
        return {}
    p_starts = doc.paragraph_starts
    wanted = sorted({bisect_right(p_starts, pos) - 1 for pos in at})
    out: dict[int, str] = {}
    starts = doc.sentence_starts
    for k in wanted:
        if k < 0:
            continue
        para = doc.paragraphs[k]
        body = para.text
        if len(body) > 600 or any(q in body for q in '"“”') or _REPORTED_RE.search(body):
            continue
        lo, hi = bisect_left(starts, para.start), bisect_left(starts, para.end)
        sents = doc.sentences[lo:hi]
        if not sents or len(sents) > 3 or len(_WORD_RE.findall(body)) > 60:
            continue
        machine = _MACHINE_RE.search(body) or _MACHINE_CASED_RE.search(body)
        made = _MADE_RE.search(body)
        head = _HEAD_RE.match(body)
        itself = _SELF_RE.search(body) or _LABEL_RE.match(body) or any(_opens_on_idea(s.text) for s in sents) \
            or (head is not None and (_MACHINE_RE.search(head.group()) or _MACHINE_CASED_RE.search(head.group())))
        if not itself or not made:
            continue
        if _HUMAN_CHECKED_RE.search(body) and not _UNCHECKED_RE.search(body):
            continue  # a disclosure that editors checked the text, not a site disowning it
        if machine or (_SYNDICATED_RE.search(body) and _DISOWNED_RE.search(body)):
            made_words = {m.group().lower() for m in _MADE_RE.finditer(body)}
            kind = "translation" if made_words <= {"translated", "translation"} else "production"
            # The sentences that carry one of the ideas; news beside the notice stays out.
            carrying = [s.index for s in sents if any(rx.search(s.text) for rx in _IDEAS)]
            out.update(dict.fromkeys(carrying, kind))
    return out
