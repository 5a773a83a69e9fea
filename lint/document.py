"""The document model every rule shares.

A :class:`Document` keeps the text exactly as it was decoded and computes, on
first use, the views rules need: prose ranges, paragraphs, sentences, word
tokens and a line/column index. Every view carries character offsets into
``Document.text`` (Python ``str`` indices), so a finding's span always points
at the original text. Rules never re-tokenise: they walk these views.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from collections import abc
from itertools import accumulate, chain, count, repeat
from operator import add, itemgetter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterator, NamedTuple, Sequence, TypeVar

from .rows import Rows
from .segment import iter_paragraphs, iter_sentences, split_sentences, non_prose_ranges

__all__ = ["Document", "Paragraph", "Sentence", "Token", "TokenColumns", "WORD_RE"]

T = TypeVar("T")

# A word: letters/digits with inner hyphens or apostrophes ("re-education",
# "Haven't", "China’s"). Offsets of these tokens are what rules anchor to.
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
# The same pattern as a capturing split: ``split`` returns separators and
# words alternately as plain strings, so the token view needs no Match
# objects (which the garbage collector tracks, unlike strings) and gets every
# offset from one running sum of the pieces' lengths.
# From Python 3.11, possessive quantifiers match the same words (a word
# character never follows a word's end, so giving one back never helps)
# without the backtracking bookkeeping.
_WORD_SPLIT_PATTERN = r"(\w++(?:[-'’]\w++)*+)" if sys.version_info >= (3, 11) else "(" + WORD_RE.pattern + ")"
_WORD_SPLIT = re.compile(_WORD_SPLIT_PATTERN).split
# On ASCII text the ASCII meaning of \w is the same and cheaper to test.
_ASCII_WORD_SPLIT = re.compile(_WORD_SPLIT_PATTERN, re.ASCII).split
# The views are lists of NamedTuples built in bulk: ``tuple.__new__(Cls, row)``
# is a C call, where ``Cls(*row)`` runs the Python-level ``__new__`` that
# ``namedtuple`` generates.
_new = tuple.__new__
_MISSING: Any = object()
_PARAGRAPH_OF = itemgetter(1)  # Sentence.paragraph
#: Documents longer than this keep their views compact (see ``sourcelint.rows``).
COMPACT_CHARS = 300_000
# The token view of a compact document splits its text in windows of about
# this many characters, cut at white space (no word contains any).
_WINDOW = 1 << 16
_SPACE_RE = re.compile(r"\s")


class _Failed:
    """A view whose computation raised ``exc``."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class Paragraph(NamedTuple):
    """A paragraph of prose: ``text == document.text[start:end]``."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, as the field name should
    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    """A sentence inside one paragraph."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, as the field name should
    paragraph: int
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A word token with its lowercase form."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, as the field name should
    start: int
    end: int
    text: str
    lower: str


class TokenColumns(NamedTuple):
    """The fields of :attr:`Document.tokens`, one sequence per field."""

    texts: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    lowers: Sequence[str]


class _Column(abc.Sequence):  # type: ignore[type-arg]
    """One text field of a compact token view, read row by row."""

    __slots__ = ("rows", "field")

    def __init__(self, rows: Rows, field: int) -> None:
        self.rows = rows
        self.field = field

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [row[self.field] for row in self.rows[i]]
        return self.rows[i][self.field]

    def __iter__(self) -> Iterator[str]:
        return map(itemgetter(self.field), self.rows)


@dataclass(eq=False)
class Document:
    """One article: its exact text, identity, metadata and shared views.

    ``metadata`` holds whatever came with the article (outlet, url, title,
    language, and any other JSONL fields); rules may read it, never write it.
    """

    text: str
    id: str = "<text>"
    path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    markdown: bool = True
    #: Invalid byte sequences met while decoding the file: ``(char offset of
    #: the U+FFFD that replaced it, byte start, byte end)``.
    decode_errors: list[tuple[int, int, int]] = field(default_factory=list)
    #: The language the run expects when the metadata names none (the
    #: Linter sets it from the configuration's ``language``).
    expected_language: str = "en"
    #: Whether ``<!-- sourcelint: ... -->`` directives in the text are obeyed.
    #: True for a file the user lints (its author's choice); False for a
    #: record from a pipeline (JSONL, stdin, the API), whose text is data that
    #: must not switch its own checks off (``Config.record_directives`` does).
    directives: bool = False
    _views: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def view(self, name: str, compute: Callable[["Document"], T]) -> T:
        """A derived view, computed once per document and shared by every rule.

        Rule modules use this for analyses several rules need (person
        mentions, language signals); ``name`` should be namespaced by family,
        e.g. ``"pronouns.entities"``.
        """
        views = self._views
        value = views.get(name, _MISSING)  # a miss (the first call) raises nothing
        if value is _MISSING:
            try:
                value = views[name] = compute(self)
            except BaseException as exc:
                # A view that failed (a bug, or the rule budget ran out while
                # computing it) fails the same way for the next rule that
                # asks, instead of being computed again by each of them.
                if isinstance(exc, Exception) or getattr(exc, "sticky", False):
                    views[name] = _Failed(exc)
                raise
        elif type(value) is _Failed:
            raise value.exc
        return value  # type: ignore[no-any-return]  # a cast would cost a call on a hot path

    @property
    def language(self) -> str:
        """The language the article should be in: its metadata's, else the run's."""
        return str(self.metadata.get("language") or self.expected_language)

    @cached_property
    def non_prose(self) -> list[tuple[int, int]]:
        """Sorted, disjoint ranges that are not prose (front matter, code, comments)."""
        # Indented code blocks only in Markdown files: scraped text from other
        # sources (JSONL records, the API) often indents its paragraphs.
        indented = self.markdown and (self.path or "").lower().endswith((".md", ".markdown"))
        return non_prose_ranges(self.text, markdown=self.markdown, indented_code=indented)

    @cached_property
    def compact(self) -> bool:
        """Whether the views are :class:`~sourcelint.rows.Rows` (a large document)."""
        return len(self.text) > COMPACT_CHARS

    @property
    def offset_type(self) -> str:
        """The ``array`` type code that holds any offset into the text ("i": 4 bytes, if it does)."""
        return "i" if len(self.text) < 2**31 - 1 else "q"

    @cached_property
    def paragraphs(self) -> Sequence[Paragraph]:
        """Paragraphs of prose, in order."""
        text = self.text
        spans = iter_paragraphs(text, self.non_prose)
        if self.compact:
            flat = array(self.offset_type, chain.from_iterable(spans))
            return Rows(Paragraph, text, (flat[0::2], flat[1::2]))
        return [_new(Paragraph, (i, s, e, text[s:e])) for i, (s, e) in enumerate(spans)]

    @cached_property
    def sentences(self) -> Sequence[Sentence]:
        """Sentences of every paragraph, in order (abbreviation-aware)."""
        text = self.text
        if self.compact:
            paras = self.paragraphs
            assert isinstance(paras, Rows)
            flat = array(self.offset_type, chain.from_iterable(
                chain.from_iterable(((pi, s, e) for s, e in iter_sentences(text, ps, pe)))
                for pi, ps, pe in zip(count(), *paras.columns)))
            starts = flat[1::3]
            self.__dict__["sentence_starts"] = starts
            return Rows(Sentence, text, (flat[0::3], starts, flat[2::3]))
        out: list[Sentence] = []
        append = out.append
        for pi, ps, pe, _ in self.paragraphs:
            for s, e in split_sentences(text, ps, pe):
                append(_new(Sentence, (len(out), pi, s, e, text[s:e])))
        # Filled here, where the offsets are at hand: most documents need it.
        self.__dict__["sentence_starts"] = [s[2] for s in out]
        return out

    def _word_chunks(self) -> Iterator[tuple[int, str]]:
        """(offset, text) of the pieces of text whose words are the prose's tokens."""
        if self.non_prose:
            return ((p.start, p.text) for p in self.paragraphs)
        # Without non-prose ranges, every character outside the paragraphs
        # is white space, and white space separates the paragraphs, so one
        # split of the whole text yields exactly the paragraphs' words.
        return iter([(0, self.text)])

    @cached_property
    def token_columns(self) -> TokenColumns:
        """The token view as columns (texts, starts, ends, lowercase forms),
        without a Token per word: for rules that read only some columns."""
        if self.compact:
            rows = self.tokens
            assert isinstance(rows, Rows)
            return TokenColumns(_Column(rows, 3), rows.columns[0], rows.columns[1], _Column(rows, 4))
        # Built with C-level calls only (split, accumulate, map): tokens are
        # the hottest view, and a Python-level step per token costs more than
        # most rules.
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        split = _ASCII_WORD_SPLIT if self.text.isascii() else _WORD_SPLIT
        for base, chunk in self._word_chunks():
            pieces = split(chunk)  # separator, word, separator, ..., word, separator
            if len(pieces) > 1:
                offsets = list(accumulate(map(len, pieces), initial=base))
                words += pieces[1::2]
                starts += offsets[1:-1:2]
                ends += offsets[2::2]
        return TokenColumns(words, starts, ends, list(map(str.lower, words)))

    @cached_property
    def tokens(self) -> Sequence[Token]:
        """Word tokens of the prose, in order."""
        if self.compact:
            return self._compact_tokens()
        words, starts, ends, lowers = self.token_columns
        n = len(words)
        return list(map(_new, repeat(Token, n), zip(range(n), starts, ends, words, lowers)))

    def _compact_tokens(self) -> Rows:
        """The token view of a large document: offsets only, split window by window."""
        starts = array(self.offset_type)
        ends = array(self.offset_type)
        for base, chunk in self._word_chunks():
            for wbase, window in _windows(base, chunk):
                pieces = _WORD_SPLIT(window)
                if len(pieces) > 1:
                    offsets = list(accumulate(map(len, pieces), initial=wbase))
                    starts.extend(offsets[1:-1:2])
                    ends.extend(offsets[2::2])
        self.__dict__["token_starts"] = starts
        return Rows(Token, self.text, (starts, ends), lower=True)

    @cached_property
    def token_starts(self) -> Sequence[int]:
        """Start offsets of :attr:`tokens`, for bisecting."""
        return self.token_columns.starts  # building the columns fills this view too

    @cached_property
    def sentence_starts(self) -> Sequence[int]:
        """Start offsets of :attr:`sentences`, for bisecting."""
        sentences = self.sentences  # building the sentences view fills this one too
        starts = self.__dict__.get("sentence_starts")
        return starts if starts is not None else [s.start for s in sentences]

    @cached_property
    def paragraph_starts(self) -> Sequence[int]:
        """Start offsets of :attr:`paragraphs`, for bisecting."""
        paras = self.paragraphs
        return paras.columns[0] if isinstance(paras, Rows) else [p.start for p in paras]

    @cached_property
    def sentence_paragraphs(self) -> Sequence[int]:
        """The paragraph index of each of :attr:`sentences` (non-decreasing)."""
        sentences = self.sentences
        return sentences.columns[0] if isinstance(sentences, Rows) else list(map(_PARAGRAPH_OF, sentences))

    @property
    def word_count(self) -> int:
        """Number of word tokens in the prose."""
        return len(self.token_starts)

    @cached_property
    def _line_starts(self) -> Sequence[int]:
        # A line starts one past the end of the one before: a running sum of
        # (length + 1) over the lines, in C.
        sums = accumulate(map(add, map(len, self.text.split("\n")), repeat(1)), initial=0)
        starts = array(self.offset_type, sums) if self.compact else list(sums)
        starts.pop()  # one past the end of the text
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        # Clamped to [0, len(text)] as max(0, min(offset, len(text))) would.
        if offset > len(self.text):
            offset = len(self.text)
        if not offset > 0:
            offset = 0
        starts = self._line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, if any."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0:
            s = self.sentences[i]
            if s.start <= offset < max(s.end, s.start + 1):
                return s
        return None

    def tokens_in(self, start: int, end: int) -> Sequence[Token]:
        """Tokens whose start lies in ``[start, end)``."""
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        return self.tokens_between(lo, hi)

    def tokens_between(self, lo: int, hi: int) -> Sequence[Token]:
        """``tokens[lo:hi]``. Until some rule reads the whole token view,
        only these tokens are built: a rule that reads a few sentences'
        tokens does not pay for a Token per word of the document."""
        if self.compact or "tokens" in self.__dict__:
            tokens = self.tokens
            # A large document's tokens are a window: no row is built until read.
            return tokens.window(lo, hi) if isinstance(tokens, Rows) else tokens[lo:hi]
        words, starts, ends, lowers = self.token_columns
        lo, hi, _ = slice(lo, hi).indices(len(words))  # clamped as a list slice is
        return list(map(_new, repeat(Token, max(0, hi - lo)),
                        zip(range(lo, hi), starts[lo:hi], ends[lo:hi], words[lo:hi], lowers[lo:hi])))

    def excerpt(self, start: int, end: int, width: int = 80) -> str:
        """A short one-line excerpt around ``[start, end)`` for reports."""
        text = self.text
        if end - start > width:
            snippet = text[start : start + width - 1] + "…"
        else:
            pad = (width - (end - start)) // 2
            lo = max(0, start - pad)
            hi = min(len(text), end + pad)
            snippet = ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")
        return " ".join(snippet.split())


def _windows(base: int, chunk: str) -> Iterator[tuple[int, str]]:
    """``chunk`` (at offset ``base``) in pieces of about ``_WINDOW`` characters,
    each cut just before a white-space character."""
    pos, n = 0, len(chunk)
    while pos < n:
        cut = pos + _WINDOW
        if cut < n:
            m = _SPACE_RE.search(chunk, cut)
            cut = n if m is None else m.start()
        else:
            cut = n
        yield base + pos, chunk[pos:cut]
        pos = cut
