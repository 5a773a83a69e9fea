"""Who a pronoun speech tag means, read from its paragraph's turns.

A quote's tag ('"...," she said') means whoever the paragraph gave the
floor to before the quote: a subject pronoun of the tag's gender there
("She said Ward had changed the culture. '...,' she said"), a person noun
of that gender ("His widow, Lolo Nwankwo, described ..."), or someone
named whose gender nothing in the article settles. And a reply ("He
replied that ...") after a quote tagged with the other gender is the
other party's turn. The resolver weighs people by recency and position;
these turns are the grammar of reported dialogue, which it does not read.
"""

from __future__ import annotations

from bisect import bisect_left

from sourcelint.document import Document

from .model import PronounAnalysis, PronounRecord
from .words import DIALOGUE_VERBS, PRONOUNS

__all__ = ["given_the_floor", "reply_to_other"]


def given_the_floor(doc: Document, an: PronounAnalysis, rec: PronounRecord, nouns: dict[str, list[int]]) -> bool:
    """Whether the quote that pronoun tag ``rec`` closes was given, before
    its opening mark in the paragraph, to someone who can take the
    pronoun's gender (``nouns``: the offsets of the person nouns of each
    gender)."""
    text = doc.text
    k = doc.sentences[rec.sent].paragraph
    para = doc.paragraphs[k]
    opening = max(text.rfind('"', para.start, rec.start - 2), text.rfind("“", para.start, rec.start))
    if opening < para.start:
        return False
    if opening == para.start:
        if k == 0:
            return False
        # a paragraph opening with the quote: the floor was given in the one before
        para = doc.paragraphs[k - 1]
        opening = para.end
    if any(PRONOUNS.get(t.lower) == (rec.gender, "subj") and not an.quoted(t.start)
           for t in doc.tokens_in(para.start, opening)):
        return True
    offsets = nouns[rec.gender]
    if bisect_left(offsets, opening) > bisect_left(offsets, para.start):
        return True  # a person noun of its gender before the quote
    for s in range(rec.sent, -1, -1):
        if doc.sentences[s].end <= para.start:
            break
        for m in an.sent_mentions[s]:
            if m.kind == "name" and not m.in_quote and m.start < opening and m.entity >= 0:
                e = an.canonical(m.entity)
                if e.static_gender() is None and e.effective_gender() is None:
                    return True
    return False


def reply_to_other(doc: Document, an: PronounAnalysis, rec: PronounRecord) -> bool:
    """Whether subject pronoun ``rec`` replies ("He replied that ...") right
    after a quote tagged with the other gender in its paragraph or the one
    before: the other party's turn."""
    if rec.form != "subj":
        return False
    nxt = doc.tokens_in(rec.end, rec.end + 20)
    if not nxt or nxt[0].lower not in DIALOGUE_VERBS:
        return False
    para = doc.sentences[rec.sent].paragraph
    # the last quote tag before it (the tags are in text order)
    k = bisect_left(an.tags, rec.start, key=lambda t: t.start) - 1
    while k >= 0 and not an.tags[k].quote_tag and an.tags[k].paragraph >= para - 1:
        k -= 1
    return k >= 0 and an.tags[k].quote_tag and an.tags[k].paragraph >= para - 1 and an.tags[k].gender != rec.gender
