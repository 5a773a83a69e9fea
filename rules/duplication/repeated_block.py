"""DUP002: a run of paragraphs repeated word for word."""

from __future__ import annotations

from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Finding, Fix
from sourcelint.rule import Option, Rule

from .edits import removal
from .exact import exact_runs, exact_runs_memo
from .paragraphs import DEFAULT_MIN_WORDS, FAMILY


class RepeatedBlock(Rule):
    """A run of consecutive paragraphs repeats an earlier run.

    What it finds:
    Two or more consecutive paragraphs that repeat, in the same order and
    word for word (ignoring white space and case), an earlier run of
    paragraphs: typically a body pasted twice by a scraper. The whole copy is
    one finding, from the start of its first paragraph to the end of its
    last, with the first copy as related span; its weight in the score is the
    share of the text the copy covers, so an article that is half repetition
    is rejected on this finding alone.

    Why it matters:
    A duplicated block makes the article longer without adding anything,
    misleads readers about its structure, and is a strong sign of a broken
    extraction pipeline.

    How to fix:
    Delete the repeated block. The fix removes the later copy and is safe.
    """

    code = "DUP002"
    name = "repeated-block"
    family = FAMILY
    needs = (exact_runs_memo,)
    severity = "error"
    fixable = True
    covers_span = True
    options = {
        "min-words": Option(
            DEFAULT_MIN_WORDS,
            "Paragraphs with fewer words neither start nor end a block; a block needs two longer ones.",
            int, min=0,
        ),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per repeated run of two or more paragraphs."""
        min_words = self.opts["min-words"]
        paras = doc.paragraphs
        for run in exact_runs(doc, min_words):
            if not run.block:
                continue
            start, end = paras[run.copy_first].start, paras[run.copy_last].end
            src_start, src_end = paras[run.src_first].start, paras[run.src_last].end
            share = (end - start) / max(len(doc.text), 1)
            yield self.finding(
                doc,
                start,
                end,
                f"{run.size} paragraphs ({share:.0%} of the text) repeat paragraphs "
                f"{run.src_first + 1}-{run.src_last + 1} word for word",
                related=[(src_start, src_end, "first copy")],
                fix=Fix((removal(doc.text, start, end),), safe=True, description="remove the repeated block"),
            )
