"""Paragraphs that nearly repeat an earlier one (DUP003)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from difflib import SequenceMatcher
from typing import Iterable, NamedTuple

from sourcelint.analysis import analysis
from sourcelint.document import Document

from .paragraphs import DEFAULT_SENTENCE_MIN_WORDS, ParagraphKeys, bigrams, paragraph_keys, per_option

# Near-duplicate search: above this many candidate paragraphs, compare through
# an inverted index with capped posting lists instead of all pairs, so a
# document of thousands of paragraphs stays near linear.
_PAIRWISE_LIMIT = 48
_POSTING_CAP = 16
_MAX_COMPARISONS = 4
# Share of its word pairs a paragraph must have in common with another to be
# compared with it word by word (an edited copy at 0.8 similarity keeps well
# over half of them), and the longest stretch compared.
_PAIR_SHARE = 0.4
_SEQ_CAP = 600

class Near(NamedTuple):
    later: int
    earlier: int
    similarity: float


def _ratio(a: list[str], b: list[str]) -> float:
    """Share of words two paragraphs have in common, in order: 2 * matched / total.

    Paragraphs are compared on their first ``_SEQ_CAP`` words so that a
    pathological paragraph cannot make the comparison quadratic.
    """
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a[:_SEQ_CAP], b[:_SEQ_CAP], autojunk=False).ratio()


def _sentence_keys(doc: Document, info: ParagraphKeys, para: int) -> list[tuple[str, ...]]:
    """The lowercase words of each sentence of one paragraph."""
    p = doc.paragraphs[para]
    sents = doc.sentences
    starts = doc.sentence_starts
    out = []
    k = bisect_left(starts, p.start)
    while k < len(sents) and sents[k].paragraph == para:
        s = sents[k]
        a = bisect_left(doc.token_starts, s.start)
        b = bisect_left(doc.token_starts, s.end, a)
        out.append(tuple(info.lows[a:b]))
        k += 1
    return out


def _only_shares_sentences(doc: Document, info: ParagraphKeys, earlier: int, later: int, threshold: float) -> bool:
    """True when the later paragraph is new text plus sentences copied whole from the earlier one.

    That is sentence duplication (DUP004), not an edited copy of the
    paragraph: with the shared sentences left out, the rest of the later
    paragraph does not resemble the rest of the earlier one.
    """
    first = _sentence_keys(doc, info, earlier)
    second = _sentence_keys(doc, info, later)
    shared = {k for k in first if len(k) >= DEFAULT_SENTENCE_MIN_WORDS} & set(second)
    if not shared:
        return False
    rest_later = [w for k in second if k not in shared for w in k]
    if not rest_later:  # made only of the earlier paragraph's sentences: a trimmed copy
        return False
    rest_earlier = [w for k in first if k not in shared for w in k]
    return _ratio(rest_earlier, rest_later) < threshold


@analysis("duplication.near", needs=(paragraph_keys, bigrams,))
def near_duplicates_memo(doc: Document) -> dict:
    """Near duplicates computed so far on ``doc``, by option values (filled by :func:`near_duplicates`)."""
    return {}


def near_duplicates(doc: Document, threshold: float, min_words: int) -> list[Near]:
    """Paragraphs that nearly repeat an earlier paragraph (similarity >= ``threshold``).

    Similarity is :func:`_ratio` over the paragraphs' lowercase words, which
    tolerates swapped, dropped and changed words. Candidates are found
    through shared word pairs: a pair of paragraphs at 0.8 similarity shares
    far more than ``_PAIR_SHARE`` of its word pairs, while unrelated
    paragraphs share a few ("of the"), so the exact comparison runs on a
    handful of pairs at most. Exact copies (DUP001/DUP002), similarity to an
    earlier heading (ledes restate headlines) and paragraphs that only repeat
    whole sentences (DUP004) are left out. Each later paragraph is reported once, against its
    most similar earlier paragraph.
    """
    return per_option(near_duplicates_memo, doc, _find_near_duplicates, threshold, min_words)


def _find_near_duplicates(d: Document, threshold: float, min_words: int) -> list[Near]:
    info = paragraph_keys(d)
    lows, lo, hi, first, heading = info.lows, info.lo, info.hi, info.first, info.heading
    eligible = [p for p in range(len(lo)) if first[p] == p and hi[p] - lo[p] >= min_words]
    if len(eligible) < 2:
        return []
    # A paragraph can only be half of a near-duplicate pair if many of its
    # word pairs occur elsewhere in the document; in clean text few do
    # ("of the", "said the"), so this leaves a handful of candidates.
    big = bigrams(d)
    repeated = big.repeated
    cands = [p for p in eligible if sum(repeated[lo[p] : hi[p] - 1]) >= _PAIR_SHARE * (hi[p] - 1 - lo[p])]
    if len(cands) < 2:
        return []
    sets = {p: set(big.grams[lo[p] : hi[p] - 1]) for p in cands}
    shared: set = set()
    seen: set = set()
    for p in cands:
        shared |= sets[p] & seen
        seen |= sets[p]
    # 2m / (a + b) >= t needs min(a, b) / max(a, b) >= t / (2 - t).
    len_bound = threshold / (2.0 - threshold) if threshold < 2 else 1.0

    def earlier_for(q: int, options: Iterable[int], stop_at: float = 2.0) -> Near | None:
        nq = hi[q] - lo[q]
        sq = sets[q]
        matcher: SequenceMatcher | None = None
        best: tuple[float, int] | None = None
        for p in options:
            if heading[p]:  # a lede restating the headline is news style
                continue
            np_ = hi[p] - lo[p]
            if min(np_, nq) < len_bound * max(np_, nq):
                continue
            sp = sets[p]
            if len(sp & sq) < _PAIR_SHARE * min(len(sp), len(sq)):
                continue
            if matcher is None:  # the later paragraph's index is built once
                matcher = SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(lows[lo[q] : min(hi[q], lo[q] + _SEQ_CAP)])
            matcher.set_seq1(lows[lo[p] : min(hi[p], lo[p] + _SEQ_CAP)])
            if matcher.quick_ratio() < threshold:  # an upper bound of ratio()
                continue
            sim = matcher.ratio()
            if sim >= threshold and (best is None or sim > best[0]):
                best = (sim, p)
                if sim >= stop_at:
                    break
        if best is None or _only_shares_sentences(d, info, best[1], q, threshold):
            return None
        return Near(q, best[1], best[0])

    out: list[Near] = []
    if len(cands) <= _PAIRWISE_LIMIT:
        for x, q in enumerate(cands):
            near = earlier_for(q, cands[:x])
            if near is not None:
                out.append(near)
        return out
    # Many candidates: an inverted index over shared word pairs with
    # capped posting lists, and a few exact comparisons per paragraph.
    postings: dict[int, list[int]] = {}
    for q in cands:
        votes: Counter[int] = Counter()
        for g in sets[q] & shared:
            lst = postings.get(g)
            if lst is None:
                postings[g] = [q]
                continue
            votes.update(lst)
            if len(lst) < _POSTING_CAP:
                lst.append(q)
        ranked = [p for p, _ in sorted(votes.items(), key=lambda pv: (-pv[1], pv[0]))[:_MAX_COMPARISONS]]
        near = earlier_for(q, ranked, stop_at=0.95)
        if near is not None:
            out.append(near)
    return out
