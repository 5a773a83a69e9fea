"""The translation family (prefix MT): artefacts of careless machine translation.

Content farms translate English news into another language and back; what
comes out has recognisable damage: words glued together, stray full stops,
sentences broken in the middle, fragments, doubled speech tags, notices that
the text was translated automatically, and passages left in another language.

One rule per module; each reads its own detector, a shared analysis
(:mod:`sourcelint.analysis`) cached on the document, so selecting one rule
runs one detector. MT008 combines all of them with two document-style
signals into one "translation artefact density" (:mod:`.signals`).
"""

from __future__ import annotations

from .artefact_density import TranslationArtefactDensity
from .attribution import doubled_attribution
from .attribution_doubling import AttributionDoubling
from .disclaimers import TranslationDisclaimer
from .foreign import foreign_passages, mostly_foreign
from .foreign_passage import ForeignPassage
from .sentence_fragment import SentenceFragment
from .glued_words import GluedWords
from .prose import Hit
from .signals import artefacts, translation_signals
from .spurious_break import SpuriousSentenceBreak
from .stray_punctuation import StrayPunctuation

__all__ = [
    "Hit",
    "artefacts",
    "translation_signals",
    "doubled_attribution",
    "foreign_passages",
    "mostly_foreign",
    "GluedWords",
    "StrayPunctuation",
    "SpuriousSentenceBreak",
    "SentenceFragment",
    "AttributionDoubling",
    "TranslationDisclaimer",
    "ForeignPassage",
    "TranslationArtefactDensity",
    "RULES",
]

RULES = [
    GluedWords,
    StrayPunctuation,
    SpuriousSentenceBreak,
    SentenceFragment,
    AttributionDoubling,
    TranslationDisclaimer,
    ForeignPassage,
    TranslationArtefactDensity,
]
