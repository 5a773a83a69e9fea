"""STR001: a paragraph break in the middle of a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from sourcelint.document import WORD_RE, Document, Paragraph
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

from ..messages import shown
from .shape import DANGLING, LIST_OR_HEADING_RE, last_line, title_case


# Before a capital, only function words that must have a word after them
# count: a headline may end "... and much more" or "... like this".
_CUT = DANGLING - frozenset("who this these those not no very more most such they he she we i".split())


# A cut paragraph may go on with an amount ("... raise about" / "$12,000 to ...").
_AMOUNT_SIGNS = frozenset("$£€¥")
_AMOUNT_RE = re.compile(r"(?:[.,]\d+)*")


# Below this many characters, a line that ends at a single newline is a
# line of verse, an address or a list, not a paragraph of its own.
_LINE_PARAGRAPH = 80


_LONE_BREAK_RE = re.compile(r"(?<=\S)\n(?=\S)")
_BLOCK_SPLIT_RE = re.compile(r"\n[ \t]*\n")


def _line_cut(line: str, rest: str) -> bool:
    """Whether one line break between ``line`` and ``rest`` cuts a sentence:
    prose on one side at least (a line as long as a paragraph), the line
    ending on a word or a comma, and the rest going on in lowercase, or
    after a word no sentence ends on ("... met the" / "Prime Minister")."""
    if not line or not (line[-1].isalnum() or line[-1] == ","):
        return False
    if max(len(line), len(rest)) < _LINE_PARAGRAPH and (len(line) + len(rest) < _LINE_PARAGRAPH
                                                        or line[-1] == ","
                                                        or rest.rstrip()[-1:] not in ".!?\"”"):
        return False  # short lines: verse, an address, a list, unless one sentence runs over both
    if rest[:1].islower():
        return True
    words = WORD_RE.findall(line)
    return line[-1] != "," and rest[:1].isupper() and _ends_cut(words)


def _short_lines(block: str) -> bool:
    """Whether a paragraph is set out in two or more lines, each shorter than a paragraph (verse, an address)."""
    lines = block.split("\n")
    return len(lines) > 1 and all(len(line) < _LINE_PARAGRAPH for line in lines)


def _ends_cut(words: list[str]) -> bool:
    """Whether a prose paragraph (not a headline) stops on a word that needs one after it."""
    return len(words) >= 5 and words[-1].lower() in _CUT and not title_case(words)


#: Before a capitalised last word, words that make it part of a phrase ("undermine the Nouméa").
_PHRASE_BEFORE_NAME = frozenset("the a an of to in on at for with from by".split())
_TAIL_RE = re.compile(r"(\S+)\s+(\S+)$")


def _prose_stops_midway(doc: Document, para: Paragraph) -> bool:
    """Whether a paragraph of prose (twenty words or more, a finished
    sentence in it) stops without a mark inside a sentence of six words or
    more: on a lowercase word ("... one still, clear night in late"), or on a
    capitalised one inside a phrase ("... and undermine the Nouméa"). A
    caption's credit, a feed's footer or a list ends on a name, a count or
    an address, after no sentence of its own."""
    lo = bisect_left(doc.sentence_starts, para.start)
    hi = bisect_left(doc.sentence_starts, para.end)
    if hi - lo < 2 or len(WORD_RE.findall(para.text)) < 20:
        return False
    tail = doc.sentences[hi - 1].text.rstrip()
    if "\n" in tail or len(WORD_RE.findall(tail)) < 6 or any(c in tail for c in "·•|@#:/"):
        return False
    m = _TAIL_RE.search(tail)
    if m is None or not m.group(2).isalpha():
        return False
    before, word = m.group(1), m.group(2)
    return word.islower() or (word[0].isupper() and before in _PHRASE_BEFORE_NAME)


class BrokenParagraph(Rule):
    """A paragraph break in the middle of a sentence.

    What it finds:
    One paragraph ends without closing punctuation (on a word, a number or a
    comma) and the next one starts with a lowercase word that continues the
    sentence: "... resulted in a missed opportunity" / "for a frank and
    grounded discussion ...", or stops on a word no sentence ends on ("the",
    "until", "of") before a paragraph of any case or a number ("... campaign
    until" / "Westshire council publishes ...", "... raise about" /
    "$12,000"), or, in a paragraph of prose (twenty words or more, with a
    finished sentence in it), stops inside a sentence of six words or more
    on a lowercase word or on a capitalised one after "the" or a
    preposition, before a paragraph of any case ("... one clear night in
    late" / "September takes half the crop", "... undermine the Nouméa" /
    "Accord, the 1998 agreement"). Headings followed by text (a title line with a question and its deck:
    "Can drones stop locusts? A trial suggests they might"), list items, and a paragraph
    ending with ":" before a lowercase list are not reported; nor
    is a next paragraph that starts with a lowercase brand ("iPhone", "eBay")
    or an address. Where lines are separated by a single newline, only a
    line as long as a paragraph counts: short lines are verse or addresses,
    and a blank line between two blocks of short lines is a stanza break.
    Inside a paragraph, one line break after such a line before a lowercase
    word that goes on with the sentence ("... the company never once" /
    "audited those accounts") is a cut too; a paragraph wrapped at several
    lines is hard-wrapped text.

    Why it matters:
    Extraction split a sentence across two blocks (often where an ad, image
    or link sat in the page). Readers stumble, and sentence-level tools see
    two fragments instead of one sentence.

    How to fix:
    Join the two paragraphs with a space. The fix is offered as unsafe:
    check that nothing (an image caption, a quote) was lost between them.
    """

    code = "STR001"
    name = "broken-paragraph"
    family = "structure"
    severity = "warning"
    fixable = True
    fix_safety = "unsafe"
    options = {
        "min-words": Option(5, "fewest words the paragraph before the break needs (shorter ones may be headings)", min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._between_paragraphs(doc)
        yield from self._inside_paragraphs(doc)

    def _inside_paragraphs(self, doc: Document) -> Iterator[Finding]:
        """A lone line break inside a paragraph after a prose-length line,
        before a lowercase word that goes on with the sentence; a paragraph
        broken at several lines is hard-wrapped text, not a cut."""
        text = doc.text
        # Text wrapped at short lines breaks many paragraphs in two; a cut breaks one
        # (a block of several short lines is a list or a form, not wrapped prose).
        wrapped: bool | None = None  # worked out at the first paragraph that needs it
        for p in doc.paragraphs:
            body = p.text
            if body.count("\n") != 1:
                continue
            cut = body.index("\n")
            line, rest = body[:cut].rstrip(), body[cut + 1 :]
            if not _line_cut(line, rest):
                continue
            if max(len(line), len(rest)) < _LINE_PARAGRAPH:
                if wrapped is None:
                    wrapped = sum(len(_LONE_BREAK_RE.findall(b)) == 1 for b in _BLOCK_SPLIT_RE.split(text)) > 1
                if wrapped:
                    continue  # short lines throughout: wrapped text
            nxt = WORD_RE.match(rest)
            if nxt is None or any(c.isupper() for c in nxt.group()[1:]) or LIST_OR_HEADING_RE.match(rest):
                continue
            s = p.start + max(line.rfind(" "), -1) + 1
            e = p.start + cut + 1 + nxt.end()
            yield self.finding(
                doc, s, e,
                f"line break inside a sentence: '…{shown(line[-40:], 40)}' continues as '{shown(rest[:40], 40)}…'",
                confidence=0.7,
                fix=Fix((Edit(p.start + len(line), p.start + cut + 1, " "),), safe=False,
                        description="join the two lines"),
            )

    def _between_paragraphs(self, doc: Document) -> Iterator[Finding]:
        """A paragraph break inside a sentence."""
        text = doc.text
        paras = doc.paragraphs
        min_words = self.opts["min-words"]
        for k, (a, b) in enumerate(zip(paras, paras[1:])):
            last = a.text[-1]
            if not (last.isalnum() or last == ","):
                continue
            first = b.text[0]
            # A paragraph that stops on a word no sentence ends on ("until",
            # "the") was cut, whatever the next one starts with ("... until" /
            # "Westshire council publishes ..."); a first paragraph of one
            # unfinished line may be the title, a question headline and its
            # deck too ("Can drones stop locusts? A trial suggests they might").
            title = k == 0 and "\n" not in a.text and ". " not in a.text
            starts = first.isupper() or first.isdigit() or first in _AMOUNT_SIGNS
            cut = not title and last != "," and starts and (_ends_cut(WORD_RE.findall(last_line(a)))
                                                              or _prose_stops_midway(doc, a))
            if not (first.islower() or cut):
                continue
            gap = text[a.end : b.start]
            if gap.strip():
                continue  # something that is not prose (a comment, code) sits between
            if gap.count("\n") < 2 and len(last_line(a)) < _LINE_PARAGRAPH:
                continue  # a line break in verse or an address, not a paragraph break
            if _short_lines(a.text) or _short_lines(b.text):
                continue  # a stanza, an address or a list block: set out in lines, not prose
            nxt = WORD_RE.match(text, b.start + (first in _AMOUNT_SIGNS))
            if nxt is None or (first.islower() and any(c.isupper() for c in nxt.group()[1:])):
                continue  # "iPhone", "eBay": lowercase brands start sentences too
            if b.text.startswith(("www.", "http", "e.g", "i.e")) or LIST_OR_HEADING_RE.match(b.text):
                continue
            tail = last_line(a)
            if LIST_OR_HEADING_RE.match(tail):
                continue
            # A heading is short and stands alone; prose is longer or has a
            # finished sentence before the break.
            words = WORD_RE.findall(a.text)
            dangling = bool(words) and words[-1].lower() in DANGLING and last != ","
            if not dangling and (len(words) < min_words or (len(words) <= 15 and title_case(words))):
                continue
            toks = doc.tokens_in(a.start, a.end)
            if not toks:
                continue
            # The span runs from the last space-delimited word ("1,250") to the first word after.
            s = max(text.rfind(" ", a.start, a.end), text.rfind("\n", a.start, a.end), a.start - 1) + 1
            e = nxt.end()
            if first in _AMOUNT_SIGNS:  # the whole amount, "$12,000"
                e = _AMOUNT_RE.match(text, e).end()
            yield self.finding(
                doc, s, e,
                f"paragraph break inside a sentence: '…{shown(text[toks[max(0, len(toks) - 4)].start : a.end], 40)}'"
                f" continues as '{shown(text[b.start : min(b.end, b.start + 40)], 40)}…'",
                confidence=0.8,
                fix=Fix((Edit(a.end, b.start, " "),), safe=False, description="join the two paragraphs"),
            )
