"""Runs of paragraphs that repeat an earlier run exactly (DUP001, DUP002)."""

from __future__ import annotations

from dataclasses import dataclass

from sourcelint.analysis import analysis
from sourcelint.document import Document

from .paragraphs import paragraph_keys, per_option

# Earlier occurrences tried as the source of a repeated block (first and most
# recent ones); a paragraph repeated thousands of times must not go quadratic.
_SEED_TRIES = 4

@dataclass(frozen=True)
class Run:
    """Paragraphs ``copy_first..copy_last`` repeat ``src_first..src_last``."""

    copy_first: int
    copy_last: int
    src_first: int
    src_last: int
    block: bool  # two or more substantial paragraphs: DUP002, else DUP001

    @property
    def size(self) -> int:
        return self.copy_last - self.copy_first + 1


@analysis("duplication.exact", needs=(paragraph_keys,))
def exact_runs_memo(doc: Document) -> dict:
    """Exact runs computed so far on ``doc``, by option values (filled by :func:`exact_runs`)."""
    return {}


def exact_runs(doc: Document, min_words: int) -> list[Run]:
    """Maximal runs of paragraphs that repeat an earlier run exactly.

    A run starts at a paragraph of at least ``min_words`` words that repeats
    an earlier one and extends while the following paragraphs repeat the
    paragraphs following the source, short ones included so that a repeated
    subhead does not split a block. A run with two or more substantial
    paragraphs is a block and also takes in the equal short paragraphs just
    before it (a repeated subhead opening the block); otherwise it is trimmed
    to its one substantial paragraph. The source always ends before the copy
    starts, and earlier occurrences tried as sources are capped, so a
    paragraph repeated thousands of times stays linear.
    """
    return per_option(exact_runs_memo, doc, _find_exact_runs, min_words)


def _find_exact_runs(d: Document, min_words: int) -> list[Run]:
    info = paragraph_keys(d)
    keys, first, lo, hi = info.keys, info.first, info.lo, info.hi
    n = len(keys)
    occurrences: dict[str, list[int]] = {}
    runs: list[Run] = []
    i = 0
    while i < n:
        key = keys[i]
        if first[i] == i or hi[i] - lo[i] < min_words:
            occurrences.setdefault(key, []).append(i)
            i += 1
            continue
        earlier = occurrences[key]
        tries = earlier if len(earlier) <= 2 * _SEED_TRIES else earlier[:_SEED_TRIES] + earlier[-_SEED_TRIES:]
        best_end, best_src = i, earlier[0]
        for j in tries:
            end, src = i, j
            while end + 1 < n and src + 1 < i and keys[end + 1] == keys[src + 1]:
                end += 1
                src += 1
            if end > best_end:
                best_end, best_src = end, j
        substantial = sum(1 for k in range(i, best_end + 1) if hi[k] - lo[k] >= min_words)
        start, src_start = i, best_src
        if substantial >= 2:
            src_last = best_src + best_end - i
            floor = runs[-1].copy_last if runs else -1
            while (
                start - 1 > max(floor, src_last)
                and src_start > 0
                and hi[start - 1] - lo[start - 1] < min_words
                and keys[start - 1] == keys[src_start - 1]
            ):
                start -= 1
                src_start -= 1
        else:
            best_end = i
        runs.append(Run(start, best_end, src_start, src_start + best_end - start, substantial >= 2))
        for k in range(i, best_end + 1):
            occurrences.setdefault(keys[k], []).append(k)
        i = best_end + 1
    return runs
