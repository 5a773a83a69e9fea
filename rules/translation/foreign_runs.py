"""Runs of words no English dictionary knows inside an English sentence,
where a clause of another language sits unquoted: 'told reporters that
neuvottelut ovat vaikeita mutta eivät mahdottomia, before leaving'."""

from __future__ import annotations

from itertools import compress

from sourcelint.document import Document

from ..langid import foreign_function_words
from ..tokens import non_dictionary_forms, token_lowers
from .lexicons import stopwords

__all__ = ["unknown_word_runs"]

#: Fewest words of a run; a shorter one is a term ("ad hoc", "pro bono").
MIN_RUN = 4
#: Fewest words of a run no English dictionary knows (the rest may be
#: another language's function words that English writes too: "la", "es").
MIN_UNKNOWN = 2


def unknown_word_runs(doc: Document) -> list[tuple[int, int]]:
    """Spans of MIN_RUN or more lowercase words in a row, separated by
    spaces only, each unknown to English or another language's function
    word, MIN_UNKNOWN of them unknown."""
    lows = token_lowers(doc)
    unknown = non_dictionary_forms(doc) - stopwords()
    if len(unknown) < MIN_UNKNOWN:
        return []
    # Only tokens of these forms can be in a run: the loop visits them alone
    # (most articles have a few dozen among hundreds of tokens).
    candidates = unknown.union(foreign_function_words())
    texts, starts, ends, _ = doc.token_columns
    text = doc.text
    spans: list[tuple[int, int]] = []
    first = last = -2  # token indices of the current run's ends
    n_unknown = 0
    for i in compress(range(len(lows)), map(candidates.__contains__, lows)):
        word = texts[i]
        if not (word[:1].islower() and word.isalpha()):
            continue
        if i == last + 1 and text[ends[last] : starts[i]] == " ":
            last = i
            n_unknown += lows[i] in unknown
            continue
        if last - first + 1 >= MIN_RUN and n_unknown >= MIN_UNKNOWN:
            spans.append((starts[first], ends[last]))
        first = last = i
        n_unknown = int(lows[i] in unknown)
    if last - first + 1 >= MIN_RUN and n_unknown >= MIN_UNKNOWN:
        spans.append((starts[first], ends[last]))
    return spans
