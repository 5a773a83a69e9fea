"""The readability family (prefix RDB).

Readability is reported as metrics (Flesch reading ease, Flesch-Kincaid
grade, sentence-length statistics, words per paragraph); findings are kept
for extremes that signal damage rather than style, such as the endless
run-on sentences that article spinners and some machine translation emit.

The formulas are textstat's (Flesch 1948; Kincaid et al. 1975), computed
from the shared document views: textstat re-tokenises the text and costs
about 3 ms on a 2 KB article, thirty times this family's budget. Syllables
come from the same CMU Pronouncing Dictionary textstat uses, with the same
pyphen fallback for unlisted words (:mod:`sourcelint.rules.cmu`), and
``tests/test_readability.py`` checks the results against textstat's own.

Importing this module also makes textstat itself offline-safe in this
process (:func:`sourcelint.rules.cmu.install_into_textstat`): its syllable
counter would otherwise download NLTK's cmudict on first use.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Iterable, Mapping

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from . import cmu
from .langid import paragraph_token_bounds, token_lowers

__all__ = ["Readability", "readability", "RunOnSentence", "LostSentenceBoundaries", "RULES"]

cmu.install_into_textstat()


class _SyllableCache(dict):
    """lowercase word -> syllables; misses computed once per process.

    A dict subclass so that ``map(cache.__getitem__, words)`` runs at C
    speed for known words and only calls Python on a miss.
    """

    def __missing__(self, word: str) -> int:
        n = _word_syllables(word)
        if len(self) >= _CACHE_LIMIT:
            # Bound memory over millions of articles (names, typos, residue).
            self.clear()
        self[word] = n
        return n


_LONG_WORD = 40
_CACHE_LIMIT = 500_000
_SYLLABLE_SAMPLE = 5_000  # tokens; articles are ~400, longer texts are sampled


def _word_syllables(word: str) -> int:
    if len(word) > _LONG_WORD:
        # No real word is this long (URL residue, base64, hostile input), and
        # pyphen's hyphenation is slow on such strings: estimate instead.
        return max(1, len(word) // 3)
    if word.isdigit():
        return max(1, len(word) - 1) if len(word) > 2 else 1
    if "-" in word or "’" in word:
        # Hyphenated compounds are not in the dictionary as a whole, but
        # their parts are ("well-known" = well + known).
        parts = [p for p in word.replace("’", "'").split("-") if p]
        if len(parts) > 1:
            return sum(_SYLLABLES[p] for p in parts)
        word = parts[0] if parts else word
    return cmu.syllables(word)


_SYLLABLES = _SyllableCache()


@dataclass(frozen=True)
class Readability:
    """Readability figures of one document, from its shared views."""

    words: int
    sentences: int  # sentences of 3+ words, as textstat counts them
    syllables: int
    sentence_lengths: tuple[int, ...]  # words per sentence, every sentence
    paragraph_words: tuple[int, ...]

    @property
    def words_per_sentence(self) -> float:
        """Mean words per counted sentence."""
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        """Mean syllables per word."""
        return self.syllables / self.words if self.words else 0.0

    @property
    def flesch_reading_ease(self) -> float:
        """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
        if not self.words or not self.sentences:
            return 0.0
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables_per_word

    @property
    def flesch_kincaid_grade(self) -> float:
        """Flesch-Kincaid grade: 0.39 words/sentence + 11.8 syllables/word - 15.59."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words_per_sentence + 11.8 * self.syllables_per_word - 15.59

    def sentence_length_stats(self) -> tuple[float, int, float]:
        """(mean, max, population standard deviation) of words per sentence."""
        lengths = self.sentence_lengths
        if not lengths:
            return 0.0, 0, 0.0
        mean = sum(lengths) / len(lengths)
        var = sum((x - mean) ** 2 for x in lengths) / len(lengths)
        return mean, max(lengths), math.sqrt(var)


def _compute(doc: Document) -> Readability:
    tokens = doc.tokens
    starts = doc.token_starts
    lows = token_lowers(doc)
    if len(lows) > _SYLLABLE_SAMPLE:
        # Unknown words cost a pyphen call each (~80 us); on huge inputs of
        # unique junk that adds up to seconds, so estimate from an evenly
        # spaced, deterministic sample instead.
        # Ten contiguous runs rather than every n-th token, which would
        # alias with repetitive (spun or duplicated) text.
        run = _SYLLABLE_SAMPLE // 10
        stride = (len(lows) - run) // 9
        sample = [w for i in range(10) for w in lows[i * stride : i * stride + run]]
        syllables = round(sum(map(_SYLLABLES.__getitem__, sample)) * len(lows) / len(sample))
    else:
        syllables = sum(map(_SYLLABLES.__getitem__, lows))
    left = bisect.bisect_left
    sentence_lengths = tuple(left(starts, s.end) - left(starts, s.start) for s in doc.sentences)
    paragraph_words = tuple(hi - lo for lo, hi in paragraph_token_bounds(doc))
    # textstat does not count "sentences" of one or two words (datelines,
    # bylines, "Photo: AP"); neither do we, so the figures agree.
    counted = sum(1 for n in sentence_lengths if n > 2) or (1 if tokens else 0)
    return Readability(len(tokens), counted, syllables, sentence_lengths, paragraph_words)


def readability(doc: Document) -> Readability:
    """The document's readability figures, computed once (``doc.view("readability.stats")``)."""
    return doc.view("readability.stats", _compute)


class RunOnSentence(Rule):
    """A sentence runs on for far more words than any edited sentence does.

    What it finds:
    A single sentence longer than ``max_words`` words (80 by default). Edited
    news sentences average 20-25 words and rarely pass 60; sentences of 80
    and more come from article spinners that splice sentences together, from
    machine translation that loses sentence boundaries, or from extraction
    that dropped the full stops between list items or paragraphs.

    Why it matters:
    Nobody can follow an 80-word sentence, and in practice one this long is
    usually damage: several sentences fused, a paragraph break lost, or
    clauses strung together by a spinner.

    How to fix:
    Split the sentence at its clause boundaries, or restore the full stops
    and paragraph breaks that extraction removed; compare with the original
    source if one is available.
    """

    code = "RDB001"
    name = "run-on-sentence"
    family = "readability"
    severity = "warning"
    options = {
        "max-words": Option(80, "sentences with more words than this are reported (as info)", min=1),
        "warning-words": Option(
            110, "sentences with more words than this are reported as warnings", min=1
        ),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        limit = self.opts["max-words"]
        warn = self.opts["warning-words"]
        stats = readability(doc)
        for sentence, n in zip(doc.sentences, stats.sentence_lengths):
            if n > limit:
                # Careful human writers and translators do produce sentences
                # of 80-110 words (court cases, sports results), so those are
                # only info; beyond that it is nearly always fused sentences.
                confidence = min(1.0, 0.6 + 0.4 * (n - limit) / limit)
                yield self.finding(
                    doc,
                    sentence.start,
                    sentence.end,
                    f"this sentence runs on for {n} words (limit {limit}); "
                    f"it starts {sentence.text[:40].strip()!r}",
                    confidence=confidence,
                    severity=None if n > warn else "info",
                    # A long sentence is hard to read, not missing text: it
                    # costs by density, not by the share of text it spans.
                    extent=0.0,
                )

    def measure(self, doc: Document) -> Mapping[str, float]:
        stats = readability(doc)
        if not stats.words:
            return {}
        mean, longest, std = stats.sentence_length_stats()
        paragraphs = stats.paragraph_words
        return {
            "readability.flesch_reading_ease": round(stats.flesch_reading_ease, 2),
            "readability.flesch_kincaid_grade": round(stats.flesch_kincaid_grade, 2),
            "readability.sentence_length_mean": round(mean, 2),
            "readability.sentence_length_max": float(longest),
            "readability.sentence_length_std": round(std, 2),
            "readability.words_per_paragraph": round(sum(paragraphs) / len(paragraphs), 2) if paragraphs else 0.0,
        }


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


RULES = [RunOnSentence, LostSentenceBoundaries]
