"""The Gopher repetition statistics (Rae et al. 2021, table A1) (DUP005)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import accumulate, compress, repeat
from operator import add, lt
from typing import Any, Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document

from .paragraphs import Bigrams, bigrams, column, count_bigrams, paragraph_keys, per_option

# Gopher's thresholds (Rae et al. 2021, table A1).
TOP_NGRAMS: tuple[tuple[int, float], ...] = ((2, 0.20), (3, 0.18), (4, 0.16))
DUP_NGRAMS: tuple[tuple[int, float], ...] = ((5, 0.15), (6, 0.14), (7, 0.13), (8, 0.12), (9, 0.11), (10, 0.10))


def _dup_fractions(keys: list[str]) -> tuple[float, float]:
    """(share of items repeating an earlier one, share of characters in them)."""
    seen: set[str] = set()
    dup = dup_chars = total_chars = 0
    for k in keys:
        total_chars += len(k)
        if k in seen:
            dup += 1
            dup_chars += len(k)
        else:
            seen.add(k)
    if not keys:
        return 0.0, 0.0
    return dup / len(keys), (dup_chars / total_chars if total_chars else 0.0)


def _ngram_stats(
    lows: list[str], top_ns: Iterable[int], dup_ns: Iterable[int], bigrams: Bigrams | None = None
) -> dict[str, float]:
    """Top n-gram and duplicate n-gram character fractions over a token list.

    Characters are the characters of the words (white space and punctuation
    are not counted, on either side of the fraction). *Top n-gram*: the most
    frequent n-gram's characters times its count (0 when no n-gram occurs
    twice; ties go to the one first in the text). *Duplicate n-gram*: the
    characters of the words covered by an occurrence of an n-gram that
    already occurred earlier, each word counted once however many such
    n-grams cover it (so a text pasted twice scores 0.5).

    One pass per n over a shrinking set of positions: an n-gram can only
    occur twice where its first n-1 words do, and in clean text a few dozen
    positions of a few hundred have a repeated word pair, fewer a repeated
    triple, and almost none a repeated 5-gram.
    """
    top_set, dup_set = set(top_ns), set(dup_ns)
    out: dict[str, float] = {f"top_{n}gram_char_frac": 0.0 for n in sorted(top_set)}
    out.update({f"dup_{n}gram_char_frac": 0.0 for n in sorted(dup_set)})
    total = sum(map(len, lows))
    last = max(top_set | dup_set, default=0)
    if not total or len(lows) < 2 or last < 2:
        return out
    n_tok = len(lows)
    big = bigrams or count_bigrams(lows)
    # Positions, keys and counts of a long text in arrays: on a repetitive
    # one every position survives every pass, and an int object per entry
    # would cost five times the memory.
    make = column(n_tok)
    grams: Any = big.grams
    counts: Any = big.counts
    keep: Any = big.repeated
    positions: Any = range(len(grams))
    cum: Any = None
    for n in range(2, last + 1):
        if n > 2:
            # An n-gram is keyed by the hash of (its (n-1)-gram key, last
            # word): constant work per position whatever n is. Positions are
            # ascending, so those with room for n words are a prefix.
            cut = bisect_right(positions, n_tok - n)
            positions, grams = positions[:cut], grams[:cut]
            grams = make(map(hash, zip(grams, map(lows.__getitem__, map(add, positions, repeat(n - 1))))))
            counts = make(map(Counter(grams).__getitem__, grams))
            keep = None
        top = max(counts, default=0)
        if top < 2:
            break  # nothing of this length repeats, so nothing longer does
        if n in top_set:
            p = positions[counts.index(top)]
            out[f"top_{n}gram_char_frac"] = top * sum(map(len, lows[p : p + n])) / total
        if keep is None:
            keep = bytes(map(lt, repeat(1), counts))
        positions = make(compress(positions, keep))
        grams = make(compress(grams, keep))
        if n in dup_set:
            if cum is None:
                cum = make(accumulate(map(len, lows), initial=0))
            covered = 0
            seen: set = set()
            run_start = run_end = -1
            for i, g in zip(positions, grams):
                if g not in seen:
                    seen.add(g)
                    continue
                if i > run_end:  # a new stretch of covered words
                    if run_end > run_start:
                        covered += cum[run_end] - cum[run_start]
                    run_start = i
                if i + n > run_end:
                    run_end = i + n
            if run_end > run_start >= 0:
                covered += cum[run_end] - cum[run_start]
            out[f"dup_{n}gram_char_frac"] = covered / total
    return out


def gopher_statistics(
    paragraphs: list[str],
    lines: list[str],
    lows: list[str],
    top_ns: Iterable[int] = (2, 3, 4),
    dup_ns: Iterable[int] = (5, 6, 7, 8, 9, 10),
    bigrams: Bigrams | None = None,
) -> dict[str, float]:
    """The Gopher repetition statistics (Rae et al. 2021, table A1).

    ``paragraphs`` and ``lines`` are normalised texts (white space collapsed,
    case-folded), ``lows`` the lowercase word tokens in order. Returns
    ``dup_para_frac``, ``dup_para_char_frac``, ``dup_line_frac``,
    ``dup_line_char_frac``, ``top_{n}gram_char_frac`` and
    ``dup_{n}gram_char_frac``, each in [0, 1].
    """
    out: dict[str, float] = {}
    out["dup_para_frac"], out["dup_para_char_frac"] = _dup_fractions(paragraphs)
    out["dup_line_frac"], out["dup_line_char_frac"] = _dup_fractions(lines)
    out.update(_ngram_stats(lows, top_ns, dup_ns, bigrams))
    return out


def lines_of(keys: list[str], texts: Iterable[str]) -> list[str]:
    """Normalised lines of paragraphs (a one-line paragraph's line is its key)."""
    lines: list[str] = []
    for key, text in zip(keys, texts):
        if "\n" in text:
            lines.extend(" ".join(x.split()).casefold() for x in text.split("\n") if x.strip())
        else:
            lines.append(key)
    return lines


@analysis("duplication.gopher", needs=(paragraph_keys, bigrams,))
def gopher_view_memo(doc: Document) -> dict:
    """Gopher statistics computed so far on ``doc``, by option values (filled by :func:`gopher_view`)."""
    return {}


def gopher_view(doc: Document, top_ns: tuple[int, ...], dup_ns: tuple[int, ...]) -> dict[str, float]:
    """The Gopher statistics of ``doc`` for these n-gram sizes."""
    return per_option(gopher_view_memo, doc, _find_gopher_view, top_ns, dup_ns)


def _find_gopher_view(d: Document, top_ns: tuple[int, ...], dup_ns: tuple[int, ...]) -> dict[str, float]:
    info = paragraph_keys(d)
    lines = lines_of(info.keys, (p.text for p in d.paragraphs))
    return gopher_statistics(info.keys, lines, info.lows, top_ns, dup_ns, bigrams(d))
