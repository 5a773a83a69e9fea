"""Document-level translation signals: artefact rate, function-word
profile, type-token ratio and their combination, the translation density."""

from __future__ import annotations

import math
from collections import Counter
from itertools import compress, repeat
from operator import mul, truediv

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..tokens import token_lowers
from .attribution import doubled_attribution
from .disclaimers import disclaimer_hits
from .foreign import foreign_passages, mostly_foreign
from .fragments import fragment_hits
from .glued_words import glued_hits
from .lexicons import function_profile, profile_rank
from .prose import Hit, function_word_flags
from .spurious_break import break_hits
from .stray_punctuation import stray_hits

__all__ = ["artefacts", "translation_signals", "ARTEFACT_ANALYSES"]


#: The hit analyses of MT001-MT007, by code (in the order their confidences are summed).
ARTEFACT_ANALYSES = {
    "MT001": glued_hits,
    "MT002": stray_hits,
    "MT005": doubled_attribution,
    "MT003": break_hits,
    "MT004": fragment_hits,
    "MT006": disclaimer_hits,
    "MT007": foreign_passages,
}


@analysis("translation.artefacts", needs=tuple(ARTEFACT_ANALYSES.values()) + (mostly_foreign,))
def artefacts(doc: Document) -> dict[str, list[Hit]]:
    """MT001-MT007 hits of ``doc`` by code. The passages of an article that is
    mostly in another language are not counted: the article as a whole is
    foreign, not English with artefacts."""
    out = {code: hits(doc) for code, hits in ARTEFACT_ANALYSES.items()}
    if out["MT007"] and mostly_foreign(doc):
        out["MT007"] = []
    return out


TTR_WINDOW = 100
#: Weights of the density formula (see :func:`translation_signals`).
DENSITY_WEIGHTS = {"artefacts": 1.0, "function_words": 10.0, "ttr": 10.0}
#: Baselines from clean native English news (native-en.jsonl): the 90th
#: percentile of the function-word deviation and the 10th percentile of the
#: windowed TTR there. Values on the clean side of these cost nothing, so the
#: style signals only add to the density for outliers.
FW_BASELINE = 0.48
TTR_BASELINE = 0.68


@analysis("translation.signals", needs=(artefacts, function_word_flags, token_lowers))
def translation_signals(doc: Document) -> dict[str, float]:
    """Document-level MT signals and their combination, ``translation.*`` keys.

    * ``artefact_rate``: MT001-MT007 hits (weighted by confidence) per 1,000 words;
      hits a detector reports at severity info are not counted.
    * ``function_word_deviation``: Hellinger distance between the article's
      distribution over the reference function words and the reference profile.
    * ``ttr``: mean type-token ratio over consecutive 100-token windows (so
      length does not bias it; the whole text if shorter).
    * ``density``: artefact rate, plus weighted excesses of the function-word
      deviation above its clean baseline and of the TTR below its baseline.
      The artefacts dominate: a clean article scores about 0.
    """
    hits = artefacts(doc)
    words = max(doc.word_count, 1)
    weighted = sum(h.confidence for lst in hits.values() for h in lst if h.severity != "info")
    # Same 300-word floor as the score: three artefacts in a note are not a rate.
    rate = 1000.0 * weighted / max(words, 300)
    lowers = token_lowers(doc)
    profile = function_profile()
    # Only the reference words are counted; the ones absent from the text
    # would add exact zeros to the sum of sqrt(p * c / total), which runs
    # over the others in the order of the profile.
    counts = Counter(compress(lowers, function_word_flags(doc)))
    fw_total = sum(counts.values())
    if fw_total >= 20:
        present = sorted(counts, key=profile_rank().__getitem__)
        bc = sum(map(math.sqrt, map(truediv, map(mul, map(profile.__getitem__, present),
                                                   map(counts.__getitem__, present)), repeat(fw_total))))
        fw_dev = math.sqrt(max(0.0, 1.0 - bc))
    else:
        fw_dev = 0.0
    if len(lowers) >= TTR_WINDOW:
        n_win = len(lowers) // TTR_WINDOW
        ttr = sum(len(set(lowers[i * TTR_WINDOW : (i + 1) * TTR_WINDOW])) for i in range(n_win)) / (n_win * TTR_WINDOW)
    else:
        ttr = len(set(lowers)) / len(lowers) if lowers else 0.0
    density = (
        DENSITY_WEIGHTS["artefacts"] * rate
        + DENSITY_WEIGHTS["function_words"] * max(0.0, fw_dev - FW_BASELINE)
        + (DENSITY_WEIGHTS["ttr"] * max(0.0, TTR_BASELINE - ttr) if len(lowers) >= TTR_WINDOW else 0.0)
    )
    return {
        "translation.artefact_rate": rate,
        "translation.function_word_deviation": fw_dev,
        "translation.ttr": ttr,
        "translation.density": density,
    }
