"""Per-paragraph facts every duplication rule reads: keys, token ranges,
first occurrences, headings, and the document's word pairs."""

from __future__ import annotations

import re
import sys
from array import array
from collections import Counter
from itertools import islice, repeat
from operator import itemgetter, lt
from functools import partial
from typing import Any, Callable, Iterable, NamedTuple, Sequence, TypeVar

from sourcelint.analysis import Analysis, analysis
from sourcelint.document import Document
from sourcelint.rows import Pairs

from ..tokens import paragraph_token_bounds, token_lowers

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

_LO = itemgetter(0)
_HI = itemgetter(1)

# A headline or subhead: short and not closed like a sentence. Ledes restate
# the headline in other words, which is news style, not duplication.
_HEADING_MAX_WORDS = 25
_SENTENCE_END_RE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")

T = TypeVar("T")


def per_option(memo: Analysis[dict], doc: Document, find: Callable[..., T], *options: Any) -> T:
    """``find(doc, *options)``, kept in the analysis ``memo`` under ``options``.

    The analyses that depend on a rule's options (the fewest words a
    paragraph needs, a similarity threshold) are one analysis each, holding
    one result per option value, so every rule declares them in ``needs``.
    """
    results = memo(doc)
    found = results.get(options)
    if found is None:
        found = results[options] = find(doc, *options)
    return found


class ParagraphKeys(NamedTuple):
    """Per-paragraph facts every duplication rule uses."""

    keys: list[str]  # text with white space collapsed, case-folded
    lo: list[int]  # index of the paragraph's first token in doc.tokens
    hi: list[int]  # one past its last token
    first: list[int]  # index of the first paragraph with the same key
    heading: list[bool]  # looks like a title or subhead (short, no closing punctuation)
    lows: list[str]  # lowercase form of every token of the document


@analysis("duplication.paragraphs", needs=(token_lowers, paragraph_token_bounds))
def paragraph_keys(d: Document) -> ParagraphKeys:
    """Per-paragraph keys, token ranges and first occurrences of ``d``."""
    bounds = paragraph_token_bounds(d)
    if isinstance(bounds, Pairs):  # a large document: compact columns
        lo, hi = bounds.a, bounds.b
    else:
        lo, hi = list(map(_LO, bounds)), list(map(_HI, bounds))
    # A large document's keys are interned (its repeated paragraphs share
    # one string) and its first occurrences kept as an array.
    compact = d.compact
    keys: list[str] = []
    first: Any = array(d.offset_type) if compact else []
    heading: list[bool] = []
    seen: dict[str, int] = {}
    title = " ".join(str(d.metadata.get("title") or "").split()).casefold()
    for p in d.paragraphs:
        key = " ".join(p.text.split()).casefold()
        if compact:
            key = sys.intern(key)
        keys.append(key)
        first.append(seen.setdefault(key, p.index))
        short = hi[p.index] - lo[p.index] <= _HEADING_MAX_WORDS
        heading.append(
            key == title
            or (short and not _SENTENCE_END_RE.search(key[-6:]))
            # a first line ending in "?" or "!" is a headline too
            or (p.index == 0 and short and "\n" not in p.text and not key.endswith("."))
        )
    return ParagraphKeys(keys, lo, hi, first, heading, token_lowers(d))


class Bigrams(NamedTuple):
    """Every word pair of the document, with how often it occurs."""

    grams: Sequence[int]  # the hash of the pair starting at each token
    counts: Sequence[int]  # occurrences of that pair in the whole document
    repeated: bytes  # count > 1


#: Above this many tokens, per-token columns are arrays (8 bytes an entry)
#: rather than lists (faster to walk, but an int object per entry).
COMPACT_TOKENS = 50_000


def column(n: int) -> Callable[[Iterable[int]], Sequence[int]]:
    """The constructor of an int column of ``n`` entries: ``list`` or a 64-bit array."""
    return partial(array, "q") if n > COMPACT_TOKENS else list


def count_bigrams(lows: list[str]) -> Bigrams:
    # A pair is its hash (a 64-bit collision is as unlikely as the longer
    # n-grams' keys, which are hashes too), not a tuple per token.
    make = column(len(lows))
    grams = make(map(hash, zip(lows, islice(lows, 1, None))))
    counts = make(map(Counter(grams).__getitem__, grams))
    return Bigrams(grams, counts, bytes(map(lt, repeat(1), counts)))


@analysis("duplication.bigrams", needs=(paragraph_keys,))
def bigrams(doc: Document) -> Bigrams:
    """Every word pair of ``doc`` with its count."""
    return count_bigrams(paragraph_keys(doc).lows)
