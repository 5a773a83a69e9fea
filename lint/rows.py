"""Compact views of large documents: rows kept as offset arrays.

A document of a few kilobytes keeps its paragraphs, sentences and tokens as
lists of NamedTuples (the fastest to walk). A document of megabytes can hold
millions of them (a megabyte of ``"a\\n\\n"`` is a third of a million
paragraphs, sentences and tokens), and at well over a hundred bytes per
tuple, its int and its text, the views alone would take gigabytes. There the
views are :class:`Rows`: the offsets in ``array('q')`` columns (8 bytes a
row), each row built as the same NamedTuple when it is read, so memory is
bounded by the input's size and rules see the same values either way.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import count, repeat
from typing import Any, Iterator, overload

__all__ = ["Rows", "Pairs"]

_new = tuple.__new__


class Rows(Sequence):  # type: ignore[type-arg]
    """Rows ``cls(index, *columns, text[start:end][, lower])`` built on demand.

    ``columns`` are equal-length arrays whose last two are the start and end
    offsets into ``text``; with ``lower`` each row ends with the lowercase
    text too (the token view).
    """

    __slots__ = ("cls", "text", "columns", "lower", "first")

    def __init__(self, cls: type, text: str, columns: tuple[array, ...], lower: bool = False, first: int = 0) -> None:
        self.cls = cls
        self.text = text
        self.columns = columns
        self.lower = lower
        #: The index of the first row (a window's rows keep their document indices).
        self.first = first

    def window(self, lo: int, hi: int) -> "Rows":
        """Rows ``lo`` to ``hi`` as a view of their own, copying offsets only."""
        return Rows(self.cls, self.text, tuple(c[lo:hi] for c in self.columns), self.lower, self.first + lo)

    def __len__(self) -> int:
        return len(self.columns[0])

    def _build(self, lo: int, hi: int) -> Iterator[Any]:
        cols = [c[lo:hi] for c in self.columns]
        starts, ends = cols[-2], cols[-1]
        texts = map(self.text.__getitem__, map(slice, starts, ends))
        extra = [map(str.lower, map(self.text.__getitem__, map(slice, starts, ends)))] if self.lower else []
        return map(_new, repeat(self.cls), zip(count(self.first + lo), *cols, texts, *extra))

    def __iter__(self) -> Iterator[Any]:
        return self._build(0, len(self))

    @overload
    def __getitem__(self, i: int) -> Any: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Any]: ...

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            lo, hi, step = i.indices(len(self))
            if step == 1:  # a window: ``paragraphs[1:]`` copies offsets, not rows
                return self.window(lo, max(lo, hi))
            return [self[j] for j in range(lo, hi, step)]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("view index out of range")
        return next(self._build(i, i + 1))

    def __repr__(self) -> str:
        return f"<{len(self)} {self.cls.__name__} rows>"


class Pairs(Sequence):  # type: ignore[type-arg]
    """``(a[i], b[i])`` tuples over two equal-length arrays, built on demand."""

    __slots__ = ("a", "b")

    def __init__(self, a: array, b: array) -> None:
        self.a = a
        self.b = b

    def __len__(self) -> int:
        return len(self.a)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.a, self.b)

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return list(zip(self.a[i], self.b[i]))
        return self.a[i], self.b[i]
