"""STR002: an article that stops mid-sentence."""

from __future__ import annotations

import re
from typing import Iterator

from sourcelint.document import WORD_RE, Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from ..messages import shown
from .shape import DANGLING, LIST_OR_HEADING_RE, TERMINAL, last_line, title_case

_CREDIT_RE = re.compile(
    r"[ \t(*_]*(?:by|reporting|additional reporting|editing|edited|writing|written|compiled|contact|follow|"
    r"copyright|source|sources|photo|photos|image|images|video|credit|credits|tags|filed under|topics|"
    r"with reporting|contributing|related|read more|see also|©)\b",
    re.I,
)
_CUT_MARK_RE = re.compile(r"(?:\[\s?(?:…|\.\.\.)\s?\]|(?<=[a-z,])\s?(?:…|\.\.\.))\s*$")


def _unpunctuated_lines(doc: Document) -> bool:
    """True when some paragraph between the first and the last ends without punctuation
    although it is sentence-length (a caption or teaser headline)."""
    for p in doc.paragraphs[1:-1]:
        if p.text[-1] not in TERMINAL + ":;" and len(WORD_RE.findall(last_line(p))) >= 6:
            if not LIST_OR_HEADING_RE.match(last_line(p)):
                return True
    return False


class TruncatedArticle(Rule):
    """The article stops in the middle of a sentence.

    What it finds:
    The last paragraph of the document is a long stretch of prose that ends
    without closing punctuation ("... the minister said the review would"),
    or ends with a cut mark such as "[…]" or a "…" right after a lowercase
    word, as feed excerpts do. Short last lines, headings, bylines, credits
    and tag lists are not reported.

    Why it matters:
    A scraper or feed cut the story short: the ending, often the context or
    the other side's response, is missing, and the text should not be
    republished or summarised as if complete.

    How to fix:
    Fetch the full article from the original source. There is no automatic
    fix; the confidence is modest because some pages end on a caption.
    """

    code = "STR002"
    name = "truncated-article"
    family = "structure"
    severity = "warning"
    fixable = False
    options = {
        "min-words": Option(12, "fewest words the last paragraph needs before it can count as cut off", min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        if not doc.paragraphs or len(doc.paragraphs) < 2:
            return
        p = doc.paragraphs[-1]
        body = p.text.rstrip()
        cut = _CUT_MARK_RE.search(body)
        if not cut and not (body[-1].isalnum() or body[-1] == ","):
            return  # ends on punctuation, a symbol or junk: not a sentence cut in the middle
        if "\n" in p.text or LIST_OR_HEADING_RE.match(p.text) or _CREDIT_RE.match(p.text):
            return
        if "@" in body or "http" in body or "|" in body:
            return
        last_word = body.rsplit(None, 1)[-1]
        if not cut and ("/" in last_word or "." in last_word.rstrip(".")):
            return  # a link or file name ("pic.twitter.com/x", "example.org")
        words = WORD_RE.findall(body)
        if len(words) < self.opts["min-words"] or title_case(words):
            return
        sent = doc.sentence_at(p.end - 1)
        # Stopping on "of", "the", "until" is a cut; stopping on a content word
        # may be an unpunctuated teaser headline or caption, so ask for more.
        dangling = words[-1].lower() in DANGLING or body[-1] == ","
        if not cut and not dangling:
            if sent is not None and sent.start == p.start and len(words) < 20:
                return  # one short unpunctuated sentence: as likely a teaser headline as a cut
            if _unpunctuated_lines(doc):
                return  # the source leaves captions or headlines unpunctuated: the end proves nothing
        s = sent.start if sent else p.start
        how = f"ends with the cut mark '{cut.group().strip()}'" if cut else "ends without closing punctuation"
        yield self.finding(
            doc, s, p.end,
            f"the article {how}: '…{shown(doc.text[max(s, p.end - 50) : p.end], 50)}' looks cut off mid-sentence",
            confidence=0.6 if cut or dangling else 0.45,
            extent=0.0,
        )
