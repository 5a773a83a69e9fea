"""Shared analyses: what several rules read, computed once per document.

An analysis is a function of a :class:`~sourcelint.document.Document`
(person mentions, doubled speech tags, foreign passages) decorated with
:func:`analysis`. Calling it returns the value cached on the document, so
however many rules read it, it runs once; a rule that nobody selected never
makes it run.

A rule declares the analyses it reads in ``needs``; an analysis declares the
analyses it reads itself. :func:`closure` follows both, so the linter (and
``sourcelint rules``) can say what a selection costs, and a test can hold
every rule to its declaration.
"""

from __future__ import annotations

from functools import update_wrapper
from typing import Any, Callable, Generic, Iterable, TypeVar

from .document import Document, _Failed

__all__ = ["Analysis", "analysis", "closure"]

T = TypeVar("T")


class Analysis(Generic[T]):
    """A named, per-document cached computation."""

    def __init__(self, compute: Callable[[Document], T], name: str, needs: tuple["Analysis[Any]", ...]) -> None:
        self.compute = compute
        self.name = name
        self.needs = needs
        update_wrapper(self, compute)

    def __call__(self, doc: Document) -> T:
        # The usual case, a value computed before, without a second call.
        value = doc._views.get(self.name, self)
        if value is self or type(value) is _Failed:
            return doc.view(self.name, self.compute)
        return value  # type: ignore[no-any-return]

    def computed(self, doc: Document) -> bool:
        """Whether this analysis has already run on ``doc``."""
        return self.name in doc._views

    def __repr__(self) -> str:
        return f"<analysis {self.name}>"

    def __reduce__(self) -> str:
        # Pickled by reference (as the module attribute it is), so rules that
        # hold analyses in ``needs`` stay picklable for worker processes.
        return self.compute.__qualname__


def analysis(name: str, needs: Iterable[Analysis[Any]] = ()) -> Callable[[Callable[[Document], T]], Analysis[T]]:
    """Make ``compute(doc)`` a shared analysis cached under ``name``.

    ``name`` is namespaced by family (``"translation.attribution"``).
    """

    def wrap(compute: Callable[[Document], T]) -> Analysis[T]:
        return Analysis(compute, name, tuple(needs))

    return wrap


def closure(analyses: Iterable[Analysis[Any]]) -> list[Analysis[Any]]:
    """The given analyses and everything they read, each once, dependencies first."""
    seen: dict[str, Analysis[Any]] = {}

    def visit(a: Analysis[Any]) -> None:
        if a.name in seen:
            return
        for dep in a.needs:
            visit(dep)
        seen[a.name] = a

    for a in analyses:
        visit(a)
    return list(seen.values())
