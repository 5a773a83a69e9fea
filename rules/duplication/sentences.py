"""Sentences that repeat an earlier sentence (DUP004)."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..lexicon import media_words
from ..structure.shape import LIST_OR_HEADING_RE
from .exact import exact_runs, exact_runs_memo
from .near import near_duplicates, near_duplicates_memo
from .paragraphs import DEFAULT_MIN_WORDS, DEFAULT_NEAR_MIN_WORDS, DEFAULT_NEAR_THRESHOLD, paragraph_keys, per_option

class SentenceDup(NamedTuple):
    later: int  # index into doc.sentences
    earlier: int


@analysis("duplication.sentences", needs=(paragraph_keys, exact_runs_memo, near_duplicates_memo,))
def duplicated_sentences_memo(doc: Document) -> dict:
    """Duplicated sentences computed so far on ``doc``, by option values (filled by :func:`duplicated_sentences`)."""
    return {}


def duplicated_sentences(doc: Document, min_words: int) -> list[SentenceDup]:
    """Sentences of ``min_words`` words or more whose words repeat an earlier sentence.

    Sentences inside paragraphs already reported as (near) copies with the
    default settings of DUP001-DUP003 are left out.
    """
    return per_option(duplicated_sentences_memo, doc, _find_duplicated_sentences, min_words)


def _find_duplicated_sentences(d: Document, min_words: int) -> list[SentenceDup]:
    info = paragraph_keys(d)
    skip = set()
    for run in exact_runs(d, DEFAULT_MIN_WORDS):
        skip.update(range(run.copy_first, run.copy_last + 1))
    for near in near_duplicates(d, DEFAULT_NEAR_THRESHOLD, DEFAULT_NEAR_MIN_WORDS):
        skip.add(near.later)
    starts = d.token_starts
    lows, lo, hi = info.lows, info.lo, info.hi
    seen: dict[tuple[str, ...], int] = {}
    out: list[SentenceDup] = []
    for s in d.sentences:
        a = bisect_left(starts, s.start)
        b = bisect_left(starts, s.end, a)
        if b - a < min_words:
            continue
        key = tuple(lows[a:b])
        j = seen.setdefault(key, s.index)
        if j == s.index or s.paragraph in skip:
            continue
        # A short paragraph repeated whole (a subhead, a one-line
        # question) is exempt, as in DUP001, even when it is one sentence.
        f = d.sentences[j]
        if _credit_line(lows[a:b]):
            continue  # "Picture by Jess Trewin, Coastline Post.": one credit under each picture
        if f.paragraph != s.paragraph and _list_item(d, f.paragraph) and _list_item(d, s.paragraph):
            continue  # two entries of a list or a log ("5. ... Staff reported a raccoon."): items share wording
        if (
            b - a < DEFAULT_MIN_WORDS
            and (a, b) == (lo[s.paragraph], hi[s.paragraph])
            and f.start == d.paragraphs[f.paragraph].start
            and f.end == d.paragraphs[f.paragraph].end
        ):
            continue
        out.append(SentenceDup(s.index, j))
    return out


def _list_item(d: Document, k: int) -> bool:
    """Whether paragraph ``k`` opens with a list marker ("5. ", "- ", "• ") (or a heading's, a table's)."""
    return LIST_OR_HEADING_RE.match(d.text, d.paragraphs[k].start) is not None


def _credit_line(words: list[str]) -> bool:
    """A media credit: a media word then "by" or "credit" ("Photo by ...",
    "Picture credit: ...")."""
    return len(words) >= 3 and words[0] in media_words() and words[1] in ("by", "credit", "credits", "courtesy")
