"""RDB002: text whose sentence boundaries were lost."""

from __future__ import annotations

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from .stats import readability


class LostSentenceBoundaries(Rule):
    """The article's sentences are so long on average that its full stops must be missing.

    What it finds:
    An article of at least ``min_words`` words whose sentences average more
    than ``max_mean_words`` words (50 by default), or whose Flesch reading
    ease falls below ``min_flesch`` (-50): far outside what any edited prose
    reaches (clean news averages 15-35 words a sentence and scores 10-80).
    Such figures mean the text has lost its sentence boundaries, or is a
    spun or machine-generated run of clauses. The finding points at the
    longest sentence.

    Why it matters:
    Every sentence-level check (fragments, spurious breaks, pronouns) and
    every reader relies on sentence boundaries; text without them was
    damaged by extraction, a spinner or a broken translation step.

    How to fix:
    Restore the punctuation from the original source, or re-extract the
    article; if the text was generated or spun, discard it.
    """

    code = "RDB002"
    name = "lost-sentence-boundaries"
    family = "readability"
    needs = (readability,)
    severity = "warning"
    options = {
        "max-mean-words": Option(50.0, "mean words per sentence above which the article is reported", min=1),
        "min-flesch": Option(-50.0, "Flesch reading ease below which the article is reported"),
        "min-words": Option(100, "shorter articles are not judged", min=0),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        stats = readability(doc)
        if stats.words < self.opts["min-words"] or not stats.sentence_lengths:
            return
        mean = stats.words_per_sentence
        flesch = stats.flesch_reading_ease
        if mean <= self.opts["max-mean-words"] and flesch >= self.opts["min-flesch"]:
            return
        lengths = stats.sentence_lengths
        longest = max(range(len(lengths)), key=lengths.__getitem__)
        sentence = doc.sentences[longest]
        limit = self.opts["max-mean-words"]
        damaged = sum(n for n in lengths if n > limit)
        yield self.finding(
            doc,
            sentence.start,
            sentence.end,
            f"sentences average {mean:.0f} words (Flesch reading ease {flesch:.0f}); "
            f"the longest has {lengths[longest]} words, so full stops appear to be missing",
            confidence=0.8,
            extent=damaged / stats.words,
        )
