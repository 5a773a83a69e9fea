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
from itertools import accumulate, repeat
from operator import add
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, NamedTuple, TypeVar

from .segment import split_paragraphs, split_sentences, non_prose_ranges

__all__ = ["Document", "Paragraph", "Sentence", "Token", "WORD_RE"]

T = TypeVar("T")

# A word: letters/digits with inner hyphens or apostrophes ("re-education",
# "Haven't", "China’s"). Offsets of these tokens are what rules anchor to.
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
# The same pattern as a capturing split: ``split`` returns separators and
# words alternately as plain strings, so the token view needs no Match
# objects (which the garbage collector tracks, unlike strings) and gets every
# offset from one running sum of the pieces' lengths.
_WORD_SPLIT = re.compile("(" + WORD_RE.pattern + ")").split
# The views are lists of NamedTuples built in bulk: ``tuple.__new__(Cls, row)``
# is a C call, where ``Cls(*row)`` runs the Python-level ``__new__`` that
# ``namedtuple`` generates.
_new = tuple.__new__
_MISSING: Any = object()


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
    def paragraphs(self) -> list[Paragraph]:
        """Paragraphs of prose, in order."""
        text = self.text
        return [_new(Paragraph, (i, s, e, text[s:e]))
                for i, (s, e) in enumerate(split_paragraphs(text, self.non_prose))]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences of every paragraph, in order (abbreviation-aware)."""
        out: list[Sentence] = []
        append = out.append
        text = self.text
        for pi, ps, pe, _ in self.paragraphs:
            for s, e in split_sentences(text, ps, pe):
                append(_new(Sentence, (len(out), pi, s, e, text[s:e])))
        # Filled here, where the offsets are at hand: most documents need it.
        self.__dict__["sentence_starts"] = [s[2] for s in out]
        return out

    @cached_property
    def tokens(self) -> list[Token]:
        """Word tokens of the prose, in order."""
        # Built with C-level calls only (split, accumulate, map, zip): tokens
        # are the hottest view, and a Python-level step per token costs more
        # than most rules.
        if self.non_prose:
            chunks = [(p.start, p.text) for p in self.paragraphs]
        else:
            # Without non-prose ranges, every character outside the
            # paragraphs is white space, and white space separates the
            # paragraphs, so one split of the whole text yields exactly the
            # paragraphs' words.
            chunks = [(0, self.text)]
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for base, chunk in chunks:
            pieces = _WORD_SPLIT(chunk)  # separator, word, separator, ..., word, separator
            if len(pieces) > 1:
                offsets = list(accumulate(map(len, pieces), initial=base))
                words += pieces[1::2]
                starts += offsets[1:-1:2]
                ends += offsets[2::2]
        n = len(words)
        self.__dict__["token_starts"] = starts  # the cached token_starts view, for free
        rows = zip(range(n), starts, ends, words, map(str.lower, words))
        return list(map(_new, repeat(Token, n), rows))

    @cached_property
    def token_starts(self) -> list[int]:
        """Start offsets of :attr:`tokens`, for bisecting."""
        tokens = self.tokens  # building the tokens view fills this one too
        starts = self.__dict__.get("token_starts")
        return starts if starts is not None else [t.start for t in tokens]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of :attr:`sentences`, for bisecting."""
        sentences = self.sentences  # building the sentences view fills this one too
        starts = self.__dict__.get("sentence_starts")
        return starts if starts is not None else [s.start for s in sentences]

    @property
    def word_count(self) -> int:
        """Number of word tokens in the prose."""
        return len(self.tokens)

    @cached_property
    def _line_starts(self) -> list[int]:
        # A line starts one past the end of the one before: a running sum of
        # (length + 1) over the lines, in C.
        starts = list(accumulate(map(add, map(len, self.text.split("\n")), repeat(1)), initial=0))
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

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens whose start lies in ``[start, end)``."""
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_left(self.token_starts, end)
        return self.tokens[lo:hi]

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
