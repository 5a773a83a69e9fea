"""The readability figures of a document: words, sentences, syllables and
their Flesch formulas, from the shared document views."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from sourcelint.analysis import analysis
from sourcelint.document import Document

from .. import cmu
from ..tokens import paragraph_token_bounds, token_lowers

__all__ = ["Readability", "readability"]

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


@analysis("readability.stats", needs=(token_lowers, paragraph_token_bounds))
def readability(doc: Document) -> Readability:
    """The document's readability figures, computed once per document."""
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
    counted = sum(1 for n in sentence_lengths if n > 2) or (1 if starts else 0)
    return Readability(len(starts), counted, syllables, sentence_lengths, paragraph_words)
