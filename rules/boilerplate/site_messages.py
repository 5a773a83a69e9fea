"""Messages a website writes to its reader about itself: cookie and consent
banners, newsletter sign-ups, comment prompts, paywall and app prompts, in
any wording.

What makes one is not a phrase but who speaks to whom about what: the line
talks to the reader ("you", "your", an imperative such as "Join"), is about
the site's own machinery (cookies, the newsletter, comments, an account),
and usually names the site as speaker or place ("we", "our", "below"). News
about cookies or newsletters reports someone else ("the regulator said")
and does not talk to the reader about this site.
"""

from __future__ import annotations

from bisect import bisect_left

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..lexicon import data_sections
from ..tokens import token_lowers
from .lines import Line, lines_of
from .spans import in_prose

__all__ = ["site_messages"]

_WORDS = data_sections("boilerplate_site_messages.txt")
_READER = _WORDS["reader"]
_SITE_VERBS = _WORDS["site_verbs"]
_MACHINERY = _WORDS["machinery"]
_SITE_VOICE = _WORDS["site_voice"]
_REPORTING = _WORDS["reporting"]
# The site itself as speaker or place ("we", "below"), not any site or page.
_SITE_SPEAKS = _SITE_VOICE - frozenset(("us", "here", "site", "website", "page"))
#: Longest line (words) a site message can be.
MAX_WORDS = 70
#: Longest line (words) one word of machinery makes a site message.
SHORT_WORDS = 25


@analysis("boilerplate.site_messages", needs=(token_lowers,))
def site_messages(doc: Document) -> list[Line]:
    """Lines that are the site talking to its reader about itself."""
    lowers = token_lowers(doc)
    if not _MACHINERY.intersection(lowers):  # one set test per document
        return []
    return [line for line in lines_of(doc) if _is_site_message(doc, lowers, line)]


def _is_site_message(doc: Document, lowers: list[str], line: Line) -> bool:
    words = lowers[line.tok_lo : line.tok_hi]
    if not words or len(words) > MAX_WORDS:
        return False
    machinery = _MACHINERY.intersection(words)
    if not machinery or _REPORTING.intersection(words) or _quoted(doc, line) or not in_prose(doc, line.start):
        return False
    reader = _READER.intersection(words)
    if len(machinery) < 2:
        # One piece of machinery is enough in a short line that talks to the
        # reader and names the site or gives its order ("Have your say in the
        # comments below", "Subscribe today for your first month"). Advice
        # naming some other website or app is journalism.
        return len(words) <= SHORT_WORDS and bool(reader) and (
            bool(_SITE_SPEAKS.intersection(words)) or _imperative_opening(doc, lowers, line))
    imperative = _imperative_opening(doc, lowers, line)
    if not (reader or imperative):
        return False
    # Advice to the reader ("check your browser settings") is journalism; the
    # site speaking ("we", "below") or giving its own orders ("Sign up") is not.
    return bool(_SITE_VOICE.intersection(words)) or imperative


def _imperative_opening(doc: Document, lowers: list[str], line: Line) -> bool:
    """One of the line's sentences opens with a site verb ("Join", "Sign up")."""
    starts = doc.token_starts
    first = doc.sentence_at(line.start)
    if first is None:
        return lowers[line.tok_lo] in _SITE_VERBS
    for sent in doc.sentences[first.index :]:
        if sent.start >= line.end:
            break
        i = max(line.tok_lo, bisect_left(starts, sent.start))
        if i < line.tok_hi and lowers[i] in _SITE_VERBS:
            return True
    return False


def _quoted(doc: Document, line: Line) -> bool:
    """A line that is a quotation is someone speaking, not the page."""
    first = doc.text[line.start : line.start + 1]
    return first in "\"“‘'"
