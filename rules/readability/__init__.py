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

One module per rule (``run_on_sentence``, ``lost_sentence_boundaries``);
the figures both read in ``stats``.
"""

from __future__ import annotations

from .lost_sentence_boundaries import LostSentenceBoundaries
from .run_on_sentence import RunOnSentence
from .stats import Readability, readability

__all__ = ["Readability", "readability", "RunOnSentence", "LostSentenceBoundaries", "RULES"]

RULES = [RunOnSentence, LostSentenceBoundaries]
