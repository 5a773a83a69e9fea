"""DUP001: a paragraph repeated word for word."""

from __future__ import annotations

from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Finding, Fix
from sourcelint.rule import Option, Rule

from .edits import para_label, quoted_words, removal
from .exact import exact_runs, exact_runs_memo
from .paragraphs import DEFAULT_MIN_WORDS, FAMILY


class DuplicatedParagraph(Rule):
    """A paragraph repeats an earlier paragraph word for word.

    What it finds:
    A paragraph whose text, after collapsing white space and ignoring case,
    equals an earlier paragraph's. Each later copy is reported, with the first
    copy as related span. Short paragraphs (datelines, "Advertisement",
    "Share this article") are left alone, and a copy that is part of a
    repeated run of paragraphs is reported once as DUP002 instead.

    Why it matters:
    A pasted-twice paragraph is a scraping or editing accident: readers see
    the same text again, and datasets built from the article overweight it.

    How to fix:
    Delete the later copy. The fix does this and is safe: the text removed is
    identical to text that stays.

    A headline repeated as a paragraph of its own is one artefact: this
    finding stands for it, and STR005's (repeated opening) gives way.
    """

    code = "DUP001"
    name = "duplicated-paragraph"
    family = FAMILY
    needs = (exact_runs_memo,)
    severity = "warning"
    fixable = True
    covers_span = True
    supersedes = ("STR005",)
    options = {
        "min-words": Option(DEFAULT_MIN_WORDS, "Paragraphs with fewer words are never reported.", int, min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per later copy of a repeated paragraph."""
        min_words = self.opts["min-words"]
        paras = doc.paragraphs
        for run in exact_runs(doc, min_words):
            if run.block:
                continue
            # A run of one substantial paragraph (plus trailing short ones
            # trimmed away) is a single duplicated paragraph.
            p, src = paras[run.copy_first], paras[run.src_first]
            yield self.finding(
                doc,
                p.start,
                p.end,
                f"paragraph {quoted_words(p.text)} repeats {para_label(doc, src.index)} word for word",
                related=[(src.start, src.end, "first copy")],
                fix=Fix((removal(doc.text, p.start, p.end),), safe=True, description="remove the repeated paragraph"),
            )
