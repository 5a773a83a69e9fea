"""The duplication family (prefix DUP): content that appears more than once.

Scrapers and content pipelines often paste a paragraph, a run of paragraphs
or the whole body twice; editors leave a reworded copy of a paragraph behind.
The rules here report each artefact once:

* DUP002 a repeated run of paragraphs, as one finding over the whole copy;
* DUP001 a single repeated paragraph (not part of a DUP002 block);
* DUP003 a lightly edited copy of an earlier paragraph;
* DUP004 a repeated sentence outside the paragraphs above;
* DUP005 the Gopher repetition statistics (Rae et al. 2021, table A1), as
  metrics on every document and as a finding when repetition the rules above
  did not already report exceeds the Gopher thresholds.

All analysis is computed once per document in shared analyses
(``duplication.*``, each rule declares those it reads) built on the
document's paragraphs, sentences and tokens; nothing is re-tokenised and no
lexicon is used. One module per rule (``duplicated_paragraph``,
``repeated_block``, ``near_duplicate_paragraph``, ``duplicated_sentence``,
``gopher_repetition``); the analyses in ``paragraphs``, ``exact``, ``near``,
``sentences`` and ``gopher``. An analysis that depends on a rule's options
(``exact_runs(doc, min_words)``) caches one result per option value.
"""

from __future__ import annotations

from .duplicated_paragraph import DuplicatedParagraph
from .duplicated_sentence import DuplicatedSentence
from .gopher import gopher_statistics
from .gopher_repetition import GopherRepetition
from .near_duplicate_paragraph import NearDuplicateParagraph
from .repeated_block import RepeatedBlock

__all__ = [
    "DuplicatedParagraph",
    "RepeatedBlock",
    "NearDuplicateParagraph",
    "DuplicatedSentence",
    "GopherRepetition",
    "gopher_statistics",
    "RULES",
]

RULES = [DuplicatedParagraph, RepeatedBlock, NearDuplicateParagraph, DuplicatedSentence, GopherRepetition]
