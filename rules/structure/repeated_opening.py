"""STR005: the headline or first sentence repeated at the top."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from sourcelint.document import Document, Paragraph
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

from ..messages import shown

_NORM_DROP_RE = re.compile(r"[\"'“”‘’«»`*_#]")
# White space (every character str.isspace() accepts, as \s did) and marks.
_NORM_END_CHARS = ".!?:;,…–—-" + "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace())


def _norm(s: str) -> str:
    s = _NORM_DROP_RE.sub("", s)
    # One rstrip, not a "[...]+$" regex: the regex retried a long run of marks
    # from each of its positions (quadratic: 20 s for " . . ... x" of 160 KB).
    s = s.rstrip(_NORM_END_CHARS)
    return " ".join(s.lower().split())


def removal_span_after(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` plus the white space after it (or before it, at the end of the text)."""
    rs, re_ = s, e
    while re_ < len(text) and text[re_] in " \t\r\n":
        re_ += 1
    if re_ == len(text):
        re_ = e
        while rs > 0 and text[rs - 1] in " \t\r\n":
            rs -= 1
    return rs, re_


class RepeatedOpening(Rule):
    """The headline or first sentence is repeated at the start of the article.

    What it finds:
    The title line followed by the same text again (as the next paragraph or
    as the first sentence of the next paragraph), the headline doubled on
    one line, the metadata title appearing twice at the top, or the lede
    sentence repeated as the first sentence of the next paragraph. Only
    exact repeats after normalising case, quotes, white space and final
    punctuation count.

    Why it matters:
    Templates that print the headline both as a title and as a summary, or
    extraction that grabs a teaser and the body, leave a stutter at the most
    visible place in the article.

    How to fix:
    Remove the second copy (the fix is safe: it is an exact repeat).

    A headline repeated as a paragraph of its own is also a duplicated
    paragraph: DUP001 reports it then, and this rule's finding gives way.
    """

    code = "STR005"
    name = "repeated-opening"
    family = "structure"
    severity = "warning"
    fixable = True
    covers_span = True
    options = {
        "min-words": Option(4, "fewest words a repeated headline or sentence needs", min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        paras = doc.paragraphs[:4]
        if not paras:
            return
        min_words = self.opts["min-words"]
        text = doc.text
        # A headline doubled on one line: "Title Title" or "Title. Title."
        p0 = paras[0]
        # Counted by bisecting: a huge first paragraph's tokens are not listed.
        lo = bisect_left(doc.token_starts, p0.start)
        n = bisect_left(doc.token_starts, p0.end) - lo
        if n >= 2 * min_words and n % 2 == 0 and len(p0.text) < 400:
            _, starts, ends, lowers = doc.token_columns
            half = n // 2
            first_half = lowers[lo : lo + half]
            # "Bye Bye Bye Bye" is degenerate repetition, not a doubled headline.
            if len(set(first_half)) >= 3 and first_half == lowers[lo + half : lo + n]:
                a_end = ends[lo + half - 1]
                b_start = starts[lo + half]
                if _norm(text[p0.start:a_end]) == _norm(text[b_start:p0.end]):
                    cut = a_end
                    while cut < b_start and text[cut] in ".!?:;,…":
                        cut += 1
                    yield self._report(doc, b_start, p0.end, p0.start, a_end, cut, p0.end, "the headline is doubled on its line")
                    return
        # Opening units: each paragraph's first sentence (the whole paragraph
        # for a one-sentence title line), compared with the units before it.
        units: list[tuple[int, int, Paragraph]] = []
        for p in paras[:3]:
            first = doc.sentence_at(p.start)
            if first is None:
                continue
            units.append((first.start, first.end, p))
        title = doc.metadata.get("title")
        seen: list[tuple[str, int, int]] = []
        for s, e, p in units:
            key = _norm(text[s:e])
            if len(key.split()) < min_words:
                seen.append((key, s, e))
                continue
            for k, ps, pe in seen:
                if k == key:
                    what = "the headline is repeated" if ps == paras[0].start else "the first sentence is repeated"
                    if isinstance(title, str) and _norm(title) == key:
                        what = "the title (as in the metadata) is repeated"
                    if e == p.end:
                        rs, re_ = removal_span_after(text, s, e)
                    else:
                        rs, re_ = s, e
                        while re_ < p.end and text[re_] in " \t\n":
                            re_ += 1
                    yield self._report(doc, s, e, ps, pe, rs, re_, what)
                    return
            seen.append((key, s, e))
        # A title whose own punctuation splits it into sentences ("'What
        # happened?!' Fighter ...") repeated at the start of a later paragraph.
        t0 = p0.text
        if "\n" in t0 or n < min_words or n > 40:
            return
        low = t0.lower()
        for p in paras[1:3]:
            if not p.text.lower().startswith(low):
                continue
            e = p.start + len(t0)
            while e < p.end and text[e] in ".!?:;":
                e += 1
            if e < p.end and not text[e].isspace():
                continue
            what = "the headline is repeated"
            if e == p.end:
                rs, re_ = removal_span_after(text, p.start, e)
            else:
                rs, re_ = p.start, e
                while re_ < p.end and text[re_] in " \t\n":
                    re_ += 1
            yield self._report(doc, p.start, e, p0.start, p0.end, rs, re_, what)
            return

    def _report(self, doc: Document, s: int, e: int, fs: int, fe: int, rs: int, re_: int, what: str) -> Finding:
        return self.finding(
            doc, s, e,
            f"{what}: '{shown(doc.text[s:e], 50)}' already appears at the top",
            related=[(fs, fe, "first copy")],
            fix=Fix((Edit(rs, re_, ""),), safe=True, description="remove the repeated copy"),
        )
