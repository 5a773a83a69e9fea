"""Runs of words no English dictionary knows inside an English sentence,
where a clause of another language sits unquoted: 'told reporters that
neuvottelut ovat vaikeita mutta eivät mahdottomia, before leaving'."""

from __future__ import annotations

from sourcelint.document import Document

from ..langid import foreign_function_words
from ..tokens import token_lowers
from ..words import dictionary_words
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
    vocab, sw = dictionary_words(), stopwords()
    unknown = set(lows) - vocab - sw
    if len(unknown) < MIN_UNKNOWN:
        return []
    ffw = foreign_function_words()
    tokens, text = doc.tokens, doc.text
    spans: list[tuple[int, int]] = []
    run: list[int] = []
    n_unknown = 0

    def flush() -> None:
        if len(run) >= MIN_RUN and n_unknown >= MIN_UNKNOWN:
            spans.append((tokens[run[0]].start, tokens[run[-1]].end))

    for i, low in enumerate(lows):
        member = low in unknown or low in ffw
        if member:
            tok = tokens[i]
            member = tok.text[:1].islower() and tok.text.isalpha()
        if member and run and text[tokens[run[-1]].end : tokens[i].start] == " ":
            run.append(i)
            n_unknown += low in unknown
            continue
        flush()
        run, n_unknown = ([i], int(low in unknown)) if member else ([], 0)
    flush()
    return spans
