"""BLP004: a notice that the article was republished or generated from a feed."""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from ..lexicon import data_sections
from .spans import shown
from .generation_notices import generation_notices
from .origin_notices import origin_notices
from .templates import notice_hits, template_set

_NOTICE_PREFIX_OK = set(" \t*_([-—–")
_WEEKDAYS = data_sections("boilerplate_grammar.txt")["weekdays"]
_WORD_BEFORE_RE = re.compile(r"(\w+)\.?[ \t]*$")
_MONTH_AFTER_RE = re.compile(
    r"[ \t]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]+\d", re.I
)


def _clause_comma(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` has a comma that starts a clause, not one inside a date or a number.

    "Originally published in 1851, the novel ..." has one; "Originally
    published on Monday, June 3, 2021." has none.
    """
    c = text.find(",", s, e)
    while c != -1:
        nxt = text[c + 1 : min(c + 4, e)].lstrip()
        if not nxt[:1].isdigit():
            m = _WORD_BEFORE_RE.search(text, max(s, c - 12), c)
            weekday = m is not None and m.group(1).lower() in _WEEKDAYS
            if not (weekday and _MONTH_AFTER_RE.match(text, c + 1, e)):
                return True
        c = text.find(",", c + 1, e)
    return False


def _introduces(text: str, end: int) -> bool:
    """Whether a sentence ending at ``end`` introduces what follows with a
    colon ('..., and it is reprinted here with her permission:' before a
    poem): a notice about the piece it introduces, not about the article."""
    return text[:end].rstrip().endswith(":") and bool(text[end:].strip())


_GENERATED = "automatic production"
_ORIGIN = "automatic origin"


class AggregatorNotice(Rule):
    """A notice that the article was republished or auto-generated from a feed.

    What it finds:
    Sentences that aggregators and syndication feeds append: "This story was
    auto-generated from a syndicated feed", "This story has been published
    from a wire agency feed", "Originally published on June 3, 2021.", "This
    content is republished from ...", "A version of this story first
    appeared in ...", "Republished with permission", "The post ... appeared
    first on ...", "this post is auto-generated from a third-party source",
    "The site is not responsible for the content of news items fetched
    automatically". Phrases live in `data/boilerplate_aggregator.txt`.
    Notices that the text was produced automatically are found by what they
    say in one sentence, whatever the wording: this text was generated
    (written, compiled), by a machine (an automated system, AI, software),
    with a following "It has not been reviewed by an editor" taken with it
    (a label such as "Summary generated automatically by our AI from ..."
    counts when short, when it says nobody checked it, or when it opens the
    article's last paragraph);
    and a short paragraph is a notice by what it means across its sentences
    (``origin_notices``): this text (any kind of text: a story, an
    obituary, "content in this section"; or a label: "[...]", "Via ...",
    "Automated court report.") was made or passed on by a machine or a feed
    ("[Automatically generated summary — content syndicated via a partner
    feed. Accuracy not guaranteed.]", "Generated from public listings by
    CourtBot; not checked by a journalist."), or is syndicated and not
    vouched for ("Syndicated content from X. We do not guarantee its
    accuracy."). Reporting about generated text ("..., the audit found")
    and disclosures that editors checked it are not notices, nor is a
    sentence that introduces with a colon the piece it says is reprinted
    ('a poem ..., reprinted here with her permission:').
    Where MT006 (translation and aggregation disclaimers) is selected and
    reports the same notice, such as "(Except for the headline, this story has not been
    edited by ... staff and is published from a syndicated feed.)", its
    finding stands instead (MT006 supersedes BLP004), so one notice yields
    one finding, and with MT006 off the notice is still reported here.

    It also finds press-release and syndication notices that disown the text: a story "distributed through" a
    press exchange that "has not been reviewed" by editors, "based on a press release", "a sponsored press
    release", an outlet that "takes no responsibility for the accuracy" of what it runs.

    Why it matters:
    The text is second-hand: nobody at the publishing site edited it, the
    original may have been updated or corrected since, and the same story
    appears on many sites (duplicate content).

    How to fix:
    If you keep the article, cite and link the original publisher. There is
    no automatic fix: the notice is evidence of where the text came from,
    and deleting it would launder the source.
    """

    code = "BLP004"
    name = "aggregator-notice"
    family = "boilerplate"
    severity = "warning"
    needs = (notice_hits, generation_notices, origin_notices)

    def check(self, doc: Document) -> Iterator[Finding]:
        ts = template_set("boilerplate_aggregator.txt")
        hits = notice_hits(doc)
        generated = generation_notices(doc)
        origin = origin_notices(doc)
        if not hits and not generated and "production" not in origin.values():
            return
        text = doc.text
        starts = doc.token_starts
        found: dict[int, str] = {i: _ORIGIN for i, kind in origin.items() if kind == "production"}
        found.update(dict.fromkeys(generated, _GENERATED))
        for tok, ids in hits:
            sent = doc.sentence_at(starts[tok])
            if sent is None or sent.index in found or _introduces(text, sent.end):
                continue
            s_lo = bisect.bisect_left(doc.token_starts, sent.start)
            s_hi = bisect.bisect_left(doc.token_starts, sent.end)
            for tid in ids:
                t = ts.templates[tid]
                st = ts.start(t, doc, tok, s_lo)
                if t.mode == "^" and (st != s_lo or not all(c in _NOTICE_PREFIX_OK for c in text[sent.start : starts[st]])):
                    continue
                if t.no_comma_after and _clause_comma(text, starts[st], sent.end):
                    continue
                if ts.match(t, doc, st, s_hi) >= 0:
                    found[sent.index] = t.source
                    break
        if not found:
            return
        # Adjacent notice sentences in one paragraph are one notice.
        groups: list[list[int]] = []
        for idx in sorted(found):
            if groups and groups[-1][-1] == idx - 1 and doc.sentences[idx].paragraph == doc.sentences[idx - 1].paragraph:
                groups[-1].append(idx)
            else:
                groups.append([idx])
        for g in groups:
            first, last = doc.sentences[g[0]], doc.sentences[g[-1]]
            s, e = first.start, last.end
            shown_text = shown(text[s:e])
            kinds = {found[i] for i in g}
            what = ("a notice of automatic production: the text was generated" if kinds == {_GENERATED}
                    else "a notice that a machine or a feed produced or passed on the text" if kinds <= {_GENERATED, _ORIGIN}
                    else "an aggregator notice: the text was republished")
            # No fix: the notice is evidence of the text's origin, not a defect.
            yield self.finding(doc, s, e, f"'{shown_text}' is {what}, not written or edited here", confidence=0.9)
