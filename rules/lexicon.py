"""Reading the lexicons in ``rules/data/``.

Each data file starts with ``#`` comment lines giving its source and
licence; blank lines and comments are skipped. Files are read once per
process and shared by every rule module that needs them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

__all__ = ["data_lines", "speech_verbs"]


@lru_cache(maxsize=None)
def data_lines(name: str) -> tuple[str, ...]:
    """The stripped, non-blank, non-comment lines of ``rules/data/<name>``."""
    text = (files("sourcelint.rules") / "data" / name).read_text(encoding="utf-8")
    return tuple(s for s in (ln.strip() for ln in text.splitlines()) if s and not s.startswith("#"))


@lru_cache(maxsize=None)
def speech_verbs() -> tuple[str, ...]:
    """Reporting verbs of speech tags ("said", "added", "pointed out"), from
    ``data/speech_verbs.txt``; the translation and pronouns families share it."""
    out: list[str] = []
    for line in data_lines("speech_verbs.txt"):
        out.extend([line] if line == "pointed out" else line.split())
    return tuple(dict.fromkeys(out))
