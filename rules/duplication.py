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

All analysis is computed once per document in shared views
(``duplication.*``) built on the document's paragraphs, sentences and
tokens; nothing is re-tokenised and no lexicon is used.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate, compress, repeat
from operator import itemgetter, lt
from typing import Iterable, Iterator, NamedTuple

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule, RuleError

__all__ = [
    "DuplicatedParagraph",
    "RepeatedBlock",
    "NearDuplicateParagraph",
    "DuplicatedSentence",
    "GopherRepetition",
    "gopher_statistics",
    "RULES",
]

FAMILY = "duplication"

# Defaults shared between rules: DUP004 and DUP005 leave out what DUP001-3
# report with these settings, so "one artefact, one finding" holds for the
# default configuration.
DEFAULT_MIN_WORDS = 8
#: Lines shorter than this never count as the text repeating itself in DUP005.
SHORT_LINE_WORDS = 5
DEFAULT_NEAR_MIN_WORDS = 10
DEFAULT_NEAR_THRESHOLD = 0.8
DEFAULT_SENTENCE_MIN_WORDS = 6

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
# Earlier occurrences tried as the source of a repeated block (first and most
# recent ones); a paragraph repeated thousands of times must not go quadratic.
_SEED_TRIES = 4

_LOWER = itemgetter(4)  # Token.lower

# A headline or subhead: short and not closed like a sentence. Ledes restate
# the headline in other words, which is news style, not duplication.
_HEADING_MAX_WORDS = 25
_SENTENCE_END_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


# ---------------------------------------------------------------------------
# Shared views
# ---------------------------------------------------------------------------


class _Paras(NamedTuple):
    """Per-paragraph facts every duplication rule uses."""

    keys: list[str]  # text with white space collapsed, case-folded
    lo: list[int]  # index of the paragraph's first token in doc.tokens
    hi: list[int]  # one past its last token
    first: list[int]  # index of the first paragraph with the same key
    heading: list[bool]  # looks like a title or subhead (short, no closing punctuation)
    lows: list[str]  # lowercase form of every token of the document


def _paras(doc: Document) -> _Paras:
    def compute(d: Document) -> _Paras:
        starts = d.token_starts
        keys: list[str] = []
        lo: list[int] = []
        hi: list[int] = []
        first: list[int] = []
        heading: list[bool] = []
        seen: dict[str, int] = {}
        title = " ".join(str(d.metadata.get("title") or "").split()).casefold()
        for p in d.paragraphs:
            key = " ".join(p.text.split()).casefold()
            keys.append(key)
            a = bisect_left(starts, p.start)
            b = bisect_left(starts, p.end, a)
            lo.append(a)
            hi.append(b)
            first.append(seen.setdefault(key, p.index))
            short = b - a <= _HEADING_MAX_WORDS
            heading.append(
                key == title
                or (short and not _SENTENCE_END_RE.search(key[-6:]))
                # a first line ending in "?" or "!" is a headline too
                or (p.index == 0 and short and "\n" not in p.text and not key.endswith("."))
            )
        return _Paras(keys, lo, hi, first, heading, list(map(_LOWER, d.tokens)))

    return doc.view("duplication.paragraphs", compute)


class _Bigrams(NamedTuple):
    """Every word pair of the document, with how often it occurs."""

    grams: list[tuple[str, str]]  # the pair starting at each token
    counts: list[int]  # occurrences of that pair in the whole document
    repeated: list[bool]  # count > 1


def _count_bigrams(lows: list[str]) -> _Bigrams:
    grams = list(zip(lows, lows[1:]))
    counts = list(map(Counter(grams).__getitem__, grams))
    return _Bigrams(grams, counts, list(map(lt, repeat(1), counts)))


def _bigrams(doc: Document) -> _Bigrams:
    return doc.view("duplication.bigrams", lambda d: _count_bigrams(_paras(d).lows))


@dataclass(frozen=True)
class _Run:
    """Paragraphs ``copy_first..copy_last`` repeat ``src_first..src_last``."""

    copy_first: int
    copy_last: int
    src_first: int
    src_last: int
    block: bool  # two or more substantial paragraphs: DUP002, else DUP001

    @property
    def size(self) -> int:
        return self.copy_last - self.copy_first + 1


def _exact_runs(doc: Document, min_words: int) -> list[_Run]:
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

    def compute(d: Document) -> list[_Run]:
        info = _paras(d)
        keys, first, lo, hi = info.keys, info.first, info.lo, info.hi
        n = len(keys)
        occurrences: dict[str, list[int]] = {}
        runs: list[_Run] = []
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
            runs.append(_Run(start, best_end, src_start, src_start + best_end - start, substantial >= 2))
            for k in range(i, best_end + 1):
                occurrences.setdefault(keys[k], []).append(k)
            i = best_end + 1
        return runs

    return doc.view(f"duplication.exact.{min_words}", compute)


class _Near(NamedTuple):
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


def _sentence_keys(doc: Document, info: _Paras, para: int) -> list[tuple[str, ...]]:
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


def _only_shares_sentences(doc: Document, info: _Paras, earlier: int, later: int, threshold: float) -> bool:
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


def _near_duplicates(doc: Document, threshold: float, min_words: int) -> list[_Near]:
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

    def compute(d: Document) -> list[_Near]:
        info = _paras(d)
        lows, lo, hi, first, heading = info.lows, info.lo, info.hi, info.first, info.heading
        eligible = [p for p in range(len(lo)) if first[p] == p and hi[p] - lo[p] >= min_words]
        if len(eligible) < 2:
            return []
        # A paragraph can only be half of a near-duplicate pair if many of its
        # word pairs occur elsewhere in the document; in clean text few do
        # ("of the", "said the"), so this leaves a handful of candidates.
        big = _bigrams(d)
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

        def earlier_for(q: int, options: Iterable[int], stop_at: float = 2.0) -> _Near | None:
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
            return _Near(q, best[1], best[0])

        out: list[_Near] = []
        if len(cands) <= _PAIRWISE_LIMIT:
            for x, q in enumerate(cands):
                near = earlier_for(q, cands[:x])
                if near is not None:
                    out.append(near)
            return out
        # Many candidates: an inverted index over shared word pairs with
        # capped posting lists, and a few exact comparisons per paragraph.
        postings: dict[tuple[str, str], list[int]] = {}
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

    return doc.view(f"duplication.near.{threshold}.{min_words}", compute)


class _SentenceDup(NamedTuple):
    later: int  # index into doc.sentences
    earlier: int


def _duplicated_sentences(doc: Document, min_words: int) -> list[_SentenceDup]:
    """Sentences of ``min_words`` words or more whose words repeat an earlier sentence.

    Sentences inside paragraphs already reported as (near) copies with the
    default settings of DUP001-DUP003 are left out.
    """

    def compute(d: Document) -> list[_SentenceDup]:
        info = _paras(d)
        skip = set()
        for run in _exact_runs(d, DEFAULT_MIN_WORDS):
            skip.update(range(run.copy_first, run.copy_last + 1))
        for near in _near_duplicates(d, DEFAULT_NEAR_THRESHOLD, DEFAULT_NEAR_MIN_WORDS):
            skip.add(near.later)
        starts = d.token_starts
        lows, lo, hi = info.lows, info.lo, info.hi
        seen: dict[tuple[str, ...], int] = {}
        out: list[_SentenceDup] = []
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
            if (
                b - a < DEFAULT_MIN_WORDS
                and (a, b) == (lo[s.paragraph], hi[s.paragraph])
                and f.start == d.paragraphs[f.paragraph].start
                and f.end == d.paragraphs[f.paragraph].end
            ):
                continue
            out.append(_SentenceDup(s.index, j))
        return out

    return doc.view(f"duplication.sentences.{min_words}", compute)


# ---------------------------------------------------------------------------
# Gopher repetition statistics
# ---------------------------------------------------------------------------

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
    lows: list[str], top_ns: Iterable[int], dup_ns: Iterable[int], bigrams: _Bigrams | None = None
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
    big = bigrams or _count_bigrams(lows)
    grams: list = big.grams
    counts = big.counts
    keep: list[bool] | None = big.repeated
    positions: Iterable[int] = range(len(grams))
    cum: list[int] | None = None
    for n in range(2, last + 1):
        if n > 2:
            # An n-gram is keyed by the hash of (its (n-1)-gram key, last
            # word): constant work per position whatever n is.
            longer = [(i, hash((g, lows[i + n - 1]))) for i, g in zip(positions, grams) if i + n <= n_tok]
            positions = [i for i, _ in longer]
            grams = [g for _, g in longer]
            counts = list(map(Counter(grams).__getitem__, grams))
            keep = None
        top = max(counts, default=0)
        if top < 2:
            break  # nothing of this length repeats, so nothing longer does
        if n in top_set:
            p = positions[counts.index(top)]
            out[f"top_{n}gram_char_frac"] = top * sum(map(len, lows[p : p + n])) / total
        if keep is None:
            keep = list(map(lt, repeat(1), counts))
        positions = list(compress(positions, keep))
        grams = list(compress(grams, keep))
        if n in dup_set:
            if cum is None:
                cum = list(accumulate(map(len, lows), initial=0))
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
    bigrams: _Bigrams | None = None,
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


def _lines_of(keys: list[str], texts: Iterable[str]) -> list[str]:
    """Normalised lines of paragraphs (a one-line paragraph's line is its key)."""
    lines: list[str] = []
    for key, text in zip(keys, texts):
        if "\n" in text:
            lines.extend(" ".join(x.split()).casefold() for x in text.split("\n") if x.strip())
        else:
            lines.append(key)
    return lines


def _gopher_view(doc: Document, top_ns: tuple[int, ...], dup_ns: tuple[int, ...]) -> dict[str, float]:
    def compute(d: Document) -> dict[str, float]:
        info = _paras(d)
        lines = _lines_of(info.keys, (p.text for p in d.paragraphs))
        return gopher_statistics(info.keys, lines, info.lows, top_ns, dup_ns, _bigrams(d))

    return doc.view(f"duplication.gopher.{top_ns}.{dup_ns}", compute)


# ---------------------------------------------------------------------------
# Fixes
# ---------------------------------------------------------------------------


def _removal(text: str, start: int, end: int) -> Edit:
    """An edit deleting ``text[start:end]`` with the white space that separates it.

    The white space after the span goes with it; for the last piece of text,
    the white space before it goes instead, so the text keeps its ending.
    """
    e = end
    n = len(text)
    while e < n and text[e].isspace():
        e += 1
    if e < n:
        return Edit(start, e, "")
    s = start
    while s > 0 and text[s - 1].isspace():
        s -= 1
    return Edit(s, end, "")


def _para_label(doc: Document, index: int) -> str:
    line, _ = doc.line_col(doc.paragraphs[index].start)
    return f"paragraph {index + 1} (line {line})"


def _words(text: str, limit: int = 6) -> str:
    words = text.split()
    head = " ".join(words[:limit])
    return f"'{head}…'" if len(words) > limit else f"'{head}'"


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------


class DuplicatedParagraph(Rule):
    """A paragraph repeats an earlier paragraph word for word.

    What it finds:
    A paragraph whose text, after collapsing white space and ignoring case,
    equals an earlier paragraph's. Each later copy is reported, with the first
    copy as related span. Short paragraphs (datelines, "Advertisement",
    "Share this article") are left alone, and a copy that is part of a
    repeated run of paragraphs is reported once as DUP002 instead.

    Why it matters:
    A pasted-twice paragraph is a scraping or editing accident: readers see
    the same text again, and datasets built from the article overweight it.

    How to fix:
    Delete the later copy. The fix does this and is safe: the text removed is
    identical to text that stays.
    """

    code = "DUP001"
    name = "duplicated-paragraph"
    family = FAMILY
    severity = "warning"
    fixable = True
    covers_span = True
    options = {
        "min-words": Option(DEFAULT_MIN_WORDS, "Paragraphs with fewer words are never reported.", int, min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per later copy of a repeated paragraph."""
        min_words = self.opts["min-words"]
        paras = doc.paragraphs
        for run in _exact_runs(doc, min_words):
            if run.block:
                continue
            # A run of one substantial paragraph (plus trailing short ones
            # trimmed away) is a single duplicated paragraph.
            p, src = paras[run.copy_first], paras[run.src_first]
            yield self.finding(
                doc,
                p.start,
                p.end,
                f"paragraph {_words(p.text)} repeats {_para_label(doc, src.index)} word for word",
                related=[(src.start, src.end, "first copy")],
                fix=Fix((_removal(doc.text, p.start, p.end),), safe=True, description="remove the repeated paragraph"),
            )


class RepeatedBlock(Rule):
    """A run of consecutive paragraphs repeats an earlier run.

    What it finds:
    Two or more consecutive paragraphs that repeat, in the same order and
    word for word (ignoring white space and case), an earlier run of
    paragraphs: typically a body pasted twice by a scraper. The whole copy is
    one finding, from the start of its first paragraph to the end of its
    last, with the first copy as related span; its weight in the score is the
    share of the text the copy covers, so an article that is half repetition
    is rejected on this finding alone.

    Why it matters:
    A duplicated block makes the article longer without adding anything,
    misleads readers about its structure, and is a strong sign of a broken
    extraction pipeline.

    How to fix:
    Delete the repeated block. The fix removes the later copy and is safe.
    """

    code = "DUP002"
    name = "repeated-block"
    family = FAMILY
    severity = "error"
    fixable = True
    covers_span = True
    options = {
        "min-words": Option(
            DEFAULT_MIN_WORDS,
            "Paragraphs with fewer words neither start nor end a block; a block needs two longer ones.",
            int, min=0,
        ),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per repeated run of two or more paragraphs."""
        min_words = self.opts["min-words"]
        paras = doc.paragraphs
        for run in _exact_runs(doc, min_words):
            if not run.block:
                continue
            start, end = paras[run.copy_first].start, paras[run.copy_last].end
            src_start, src_end = paras[run.src_first].start, paras[run.src_last].end
            share = (end - start) / max(len(doc.text), 1)
            yield self.finding(
                doc,
                start,
                end,
                f"{run.size} paragraphs ({share:.0%} of the text) repeat paragraphs "
                f"{run.src_first + 1}-{run.src_last + 1} word for word",
                related=[(src_start, src_end, "first copy")],
                fix=Fix((_removal(doc.text, start, end),), safe=True, description="remove the repeated block"),
            )


class NearDuplicateParagraph(Rule):
    """A paragraph is a lightly edited copy of an earlier paragraph.

    What it finds:
    A paragraph that repeats an earlier paragraph with small changes: words
    swapped, dropped, added or replaced, as left behind by an editor or
    produced by a rewriting tool. Similarity is the share of words the two
    paragraphs have in common in the same order (2 x matched words / total
    words, ignoring case and punctuation); pairs at or above `threshold` are
    reported, each later paragraph once, against its most similar earlier
    paragraph. Paragraphs shorter than `min_words` words are ignored, and so
    is similarity to an earlier heading (a lede restating the headline is
    news style); exact copies are
    left to DUP001 and DUP002, and a paragraph that only shares whole
    sentences with an earlier one is left to DUP004.

    Why it matters:
    Two versions of the same paragraph say the same thing twice, often with
    contradicting details (a number or a name changed in one of them), which
    leaves the reader unsure which one is right.

    How to fix:
    Keep the better version and delete the other, checking which details are
    correct. The fix deletes the later paragraph; it is unsafe because the
    two versions differ.
    """

    code = "DUP003"
    name = "near-duplicate-paragraph"
    family = FAMILY
    severity = "warning"
    fixable = True
    covers_span = True
    fix_safety = "unsafe"
    options = {
        "threshold": Option(
            DEFAULT_NEAR_THRESHOLD, "Minimum similarity (share of words in common, in order; 0-1).", float, min=0.0, max=1.0
        ),
        "min-words": Option(DEFAULT_NEAR_MIN_WORDS, "Paragraphs with fewer words are never compared.", int, min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per paragraph that nearly repeats an earlier one."""
        paras = doc.paragraphs
        for near in _near_duplicates(doc, self.opts["threshold"], self.opts["min-words"]):
            p, src = paras[near.later], paras[near.earlier]
            yield self.finding(
                doc,
                p.start,
                p.end,
                f"paragraph {_words(p.text)} is a near copy of {_para_label(doc, src.index)} "
                f"({near.similarity:.0%} of the words in common)",
                confidence=near.similarity,
                related=[(src.start, src.end, "similar earlier paragraph")],
                fix=Fix((_removal(doc.text, p.start, p.end),), safe=False, description="remove the near copy"),
            )


class DuplicatedSentence(Rule):
    """A sentence repeats an earlier sentence of the article.

    What it finds:
    A sentence of at least `min_words` words whose words (ignoring case and
    punctuation) are the same as an earlier sentence's, in a paragraph that is
    not itself reported as a copy by DUP001, DUP002 or DUP003. Typical causes
    are a pull quote or caption scraped into the body, or a sentence pasted
    into two paragraphs during editing.

    Why it matters:
    The repeat reads as an error and gives one statement double weight; it
    often shows that the text was assembled from fragments.

    How to fix:
    Delete the later sentence, or the earlier one if it fits better there.
    The fix deletes the later one and is unsafe: the two places may need
    different wording around it.
    """

    code = "DUP004"
    name = "duplicated-sentence"
    family = FAMILY
    severity = "warning"
    fixable = True
    covers_span = True
    fix_safety = "unsafe"
    options = {
        "min-words": Option(DEFAULT_SENTENCE_MIN_WORDS, "Sentences with fewer words are never reported.", int, min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one finding per later occurrence of a repeated sentence."""
        sentences = doc.sentences
        paras = doc.paragraphs
        for dup in _duplicated_sentences(doc, self.opts["min-words"]):
            s, first = sentences[dup.later], sentences[dup.earlier]
            para = paras[s.paragraph]
            if para.start == s.start and para.end == s.end:
                edit = _removal(doc.text, s.start, s.end)
            else:
                # Inside a paragraph: take the sentence and the space after
                # it, or the space before it for the paragraph's last one.
                e = s.end
                while e < para.end and doc.text[e].isspace():
                    e += 1
                if e < para.end:
                    edit = Edit(s.start, e, "")
                else:
                    b = s.start
                    while b > para.start and doc.text[b - 1].isspace():
                        b -= 1
                    edit = Edit(b, s.end, "")
            where = "the same paragraph" if first.paragraph == s.paragraph else _para_label(doc, first.paragraph)
            yield self.finding(
                doc,
                s.start,
                s.end,
                f"sentence {_words(s.text)} already appears in {where}",
                related=[(first.start, first.end, "first occurrence")],
                fix=Fix((edit,), safe=False, description="remove the repeated sentence"),
            )


def _threshold_pairs(value: object, name: str) -> tuple[tuple[int, float], ...]:
    """Parse an ``[[n, fraction], ...]`` option, or raise RuleError naming it."""
    try:
        pairs = tuple((int(n), float(t)) for n, t in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        pairs = ()
    if not pairs or any(n < 2 or not 0 <= t <= 1 for n, t in pairs):
        raise RuleError(f"DUP005: option {name!r} needs [n, fraction] pairs with n >= 2 and 0 <= fraction <= 1")
    return pairs


class GopherRepetition(Rule):
    """The Gopher repetition statistics exceed their thresholds.

    What it finds:
    The repetition statistics of the Gopher quality filter (Rae et al. 2021,
    table A1), computed on every document and reported as metrics
    (`duplication.dup_para_frac`, `duplication.dup_line_char_frac`,
    `duplication.top_2gram_char_frac`, `duplication.dup_5gram_char_frac`, ...):
    the share of paragraphs and lines that repeat an earlier one and of the
    characters in them; the share of word characters taken by the most
    frequent 2-, 3- and 4-gram; and the share of word characters covered by
    repeats of an earlier 5- to 10-gram. The finding is raised when one of
    them is over its threshold both on the whole text and once the copies
    already reported by DUP001 to DUP004 are left out (and, for the n-gram
    statistics, headings, which ledes and subheads restate; for the
    paragraph and line fractions, lines of under five words, which are the
    boilerplate rules' furniture: "Advertisement", "Read more"), so it flags
    repetition those rules do not describe: a phrase repeated over and
    over, keyword stuffing, templated text. Texts under `min-words` words are
    too short for these fractions to mean anything and get no finding. It is
    a document-level finding: its span is the whole prose, from the start of
    the first paragraph to the end of the last, and it does not count as
    covering that text in the score.

    Why it matters:
    Text that repeats itself this much is usually spam, boilerplate or a
    broken page; the Gopher thresholds were chosen to drop such documents
    from language-model training data.

    How to fix:
    Read the article for repeated phrases or lists and remove the
    repetition, or drop the document from the collection.
    """

    code = "DUP005"
    name = "gopher-repetition"
    family = FAMILY
    severity = "warning"
    fixable = False
    options = {
        "min-words": Option(
            50, "Texts with fewer words get the metrics but never the finding (Gopher's own length floor).", int, min=0
        ),
        "dup-para-frac": Option(0.30, "Maximum share of paragraphs repeating an earlier paragraph.", float, min=0.0, max=1.0),
        "dup-para-char-frac": Option(0.20, "Maximum share of characters in repeated paragraphs.", float, min=0.0, max=1.0),
        "dup-line-frac": Option(0.30, "Maximum share of lines repeating an earlier line.", float, min=0.0, max=1.0),
        "dup-line-char-frac": Option(0.20, "Maximum share of characters in repeated lines.", float, min=0.0, max=1.0),
        "top-n-grams": Option(
            [list(p) for p in TOP_NGRAMS],
            "[n, maximum] pairs: share of word characters taken by the most frequent n-gram.",
            list,
        ),
        "dup-n-grams": Option(
            [list(p) for p in DUP_NGRAMS],
            "[n, maximum] pairs: share of word characters covered by repeated n-grams.",
            list,
        ),
    }

    def __init__(self, **opts: object) -> None:
        super().__init__(**opts)
        self._top = _threshold_pairs(self.opts["top-n-grams"], "top-n-grams")
        self._dup = _threshold_pairs(self.opts["dup-n-grams"], "dup-n-grams")
        self._top_ns = tuple(sorted({n for n, _ in self._top}))
        self._dup_ns = tuple(sorted({n for n, _ in self._dup}))
        self._limits: dict[str, float] = {
            "dup_para_frac": self.opts["dup-para-frac"],
            "dup_para_char_frac": self.opts["dup-para-char-frac"],
            "dup_line_frac": self.opts["dup-line-frac"],
            "dup_line_char_frac": self.opts["dup-line-char-frac"],
        }
        self._limits.update({f"top_{n}gram_char_frac": t for n, t in self._top})
        self._limits.update({f"dup_{n}gram_char_frac": t for n, t in self._dup})

    def measure(self, doc: Document) -> dict[str, float]:
        """The Gopher statistics of the whole prose, as ``duplication.*`` metrics."""
        stats = _gopher_view(doc, self._top_ns, self._dup_ns)
        return {f"duplication.{k}": v for k, v in stats.items()}

    def _over(self, stats: dict[str, float]) -> list[tuple[str, float, float]]:
        return [(k, stats[k], t) for k, t in self._limits.items() if stats.get(k, 0.0) > t]

    def _residual_stats(self, doc: Document) -> dict[str, float]:
        """Statistics once what other rules report or deliberately allow is left out.

        Left out: the copies reported by DUP001-DUP004 (with their default
        options), and for the n-gram statistics the words of headings, since
        a lede restating the headline or a subhead is news style.
        """
        info = _paras(doc)
        drop_paras: set[int] = set()
        for run in _exact_runs(doc, DEFAULT_MIN_WORDS):
            drop_paras.update(range(run.copy_first, run.copy_last + 1))
        for near in _near_duplicates(doc, DEFAULT_NEAR_THRESHOLD, DEFAULT_NEAR_MIN_WORDS):
            drop_paras.add(near.later)
        keep = [k for k in range(len(info.keys)) if k not in drop_paras]
        keys = [info.keys[k] for k in keep]
        paras = doc.paragraphs
        # Short repeated lines ("Advertisement", "Read more:", a dateline) are
        # furniture for the boilerplate rules, not the text repeating itself:
        # they leave the paragraph and line fractions (the n-grams keep them).
        lines = [ln for ln in _lines_of(keys, (paras[k].text for k in keep)) if len(ln.split()) >= SHORT_LINE_WORDS]
        keys = [key for key in keys if len(key.split()) >= SHORT_LINE_WORDS]
        dropped_tokens: set[int] = set()
        for k in range(len(info.keys)):
            if k in drop_paras or info.heading[k]:
                dropped_tokens.update(range(info.lo[k], info.hi[k]))
        starts = doc.token_starts
        for dup in _duplicated_sentences(doc, DEFAULT_SENTENCE_MIN_WORDS):
            s = doc.sentences[dup.later]
            dropped_tokens.update(range(bisect_left(starts, s.start), bisect_left(starts, s.end)))
        lows = [w for t, w in enumerate(info.lows) if t not in dropped_tokens]
        return gopher_statistics(keys, lines, lows, self._top_ns, self._dup_ns)

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one document-level finding naming the statistics over threshold."""
        paras = doc.paragraphs
        if not paras or doc.word_count < self.opts["min-words"]:
            return
        # The residual statistics only ever withdraw a finding the whole
        # text's statistics call for, so clean texts cost nothing extra.
        if not self._over(_gopher_view(doc, self._top_ns, self._dup_ns)):
            return
        over = self._over(self._residual_stats(doc))
        if not over:
            return
        worst = max(v / t if t else float("inf") for _, v, t in over)
        names = ", ".join(f"{k} {v:.3f} > {t:g}" for k, v, t in over)
        yield self.finding(
            doc,
            paras[0].start,
            paras[-1].end,
            f"the text repeats itself beyond the Gopher thresholds: {names}",
            confidence=min(1.0, 0.5 + 0.25 * worst),
            extent=0.0,
        )


RULES = [DuplicatedParagraph, RepeatedBlock, NearDuplicateParagraph, DuplicatedSentence, GopherRepetition]
