"""MT003's word-knowledge test: a full stop between two words that English
writes together far more often than chance ("the legal. Action", "a
steady. Hand", "payroll tax. Cuts").

The web counts wordsegment ships (unigrams and bigrams) give each word
pair its pointwise mutual information; a pair that forms a collocation
this strongly sits inside one phrase, so a full stop between them cuts a
sentence. The sentence boundaries of clean news almost never join such a
pair, but a writer may: the finding is reported at severity info.
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..words import _unigrams, bigram, unigram
from .lexicons import stopwords
from .prose import ALL_ABBREVIATIONS

__all__ = ["collocation_strength"]

#: Bits of pointwise mutual information from which a pair is one phrase.
MIN_PMI = 4.0
#: Fewest web occurrences of the pair: rarer pairs give no reliable figure.
MIN_PAIR_COUNT = 10_000


@lru_cache(maxsize=None)
def _total() -> int:
    return sum(_unigrams().values())


def collocation_strength(last: str, first: str) -> float | None:
    """The pointwise mutual information of ``last first`` (two lowercase
    words, the last before a full stop and the first after it) when the pair
    is a collocation strong enough to hold one phrase together, else None.
    Abbreviations ("Mr. Smith", "St. Louis") are not sentence ends."""
    if not (last.isalpha() and first.isalpha()) or len(last) < 2 or last in ALL_ABBREVIATIONS \
            or first in stopwords():
        return None  # a function word opens sentences of every kind ("knew. He", "could. Probably")
    pair = bigram(last, first)
    if pair < MIN_PAIR_COUNT:
        return None
    pmi = math.log2(pair * _total() / (max(unigram(last), 1) * max(unigram(first), 1)))
    return pmi if pmi >= MIN_PMI else None
