"""DUP003: a lightly edited copy of an earlier paragraph."""

from __future__ import annotations

from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Finding, Fix
from sourcelint.rule import Option, Rule

from .edits import para_label, quoted_words, removal
from .near import near_duplicates, near_duplicates_memo
from .paragraphs import DEFAULT_NEAR_MIN_WORDS, DEFAULT_NEAR_THRESHOLD, FAMILY


class NearDuplicateParagraph(Rule):
    """A paragraph is a lightly edited copy of an earlier paragraph.

    What it finds:
    A paragraph that repeats an earlier paragraph with small changes: words
    swapped, dropped, added or replaced, as left behind by an editor or
    produced by a rewriting tool. Similarity is the share of words the two
    paragraphs have in common in the same order (2 x matched words / total
    words, ignoring case and punctuation); pairs at or above `threshold` are
    reported, each later paragraph once, against its most similar earlier
    paragraph. Paragraphs shorter than `min_words` words are ignored, and so
    is similarity to an earlier heading (a lede restating the headline is
    news style); exact copies are
    left to DUP001 and DUP002, and a paragraph that only shares whole
    sentences with an earlier one is left to DUP004.

    Why it matters:
    Two versions of the same paragraph say the same thing twice, often with
    contradicting details (a number or a name changed in one of them), which
    leaves the reader unsure which one is right.

    How to fix:
    Keep the better version and delete the other, checking which details are
    correct. The fix deletes the later paragraph; it is unsafe because the
    two versions differ.
    """

    code = "DUP003"
    name = "near-duplicate-paragraph"
    family = FAMILY
    needs = (near_duplicates_memo,)
    severity = "warning"
    fixable = True
    covers_span = True
    fix_safety = "unsafe"
    options = {
        "threshold": Option(
            DEFAULT_NEAR_THRESHOLD, "Minimum similarity (share of words in common, in order; 0-1).", float, min=0.0, max=1.0
        ),
        "min-words": Option(DEFAULT_NEAR_MIN_WORDS, "Paragraphs with fewer words are never compared.", int, min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per paragraph that nearly repeats an earlier one."""
        paras = doc.paragraphs
        for near in near_duplicates(doc, self.opts["threshold"], self.opts["min-words"]):
            p, src = paras[near.later], paras[near.earlier]
            yield self.finding(
                doc,
                p.start,
                p.end,
                f"paragraph {quoted_words(p.text)} is a near copy of {para_label(doc, src.index)} "
                f"({near.similarity:.0%} of the words in common)",
                confidence=near.similarity,
                related=[(src.start, src.end, "similar earlier paragraph")],
                fix=Fix((removal(doc.text, p.start, p.end),), safe=False, description="remove the near copy"),
            )
