"""Reading the lexicons in ``rules/data/``.

Each data file starts with ``#`` comment lines giving its source and
licence; blank lines and comments are skipped. Files are read once per
process and shared by every rule module that needs them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

__all__ = ["data_lines", "data_sections", "speech_verbs"]


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


@lru_cache(maxsize=None)
def data_words(name: str) -> frozenset[str]:
    """Every word of ``rules/data/<name>`` (space-separated on its lines)."""
    return frozenset(w for line in data_lines(name) for w in line.split())


@lru_cache(maxsize=None)
def media_words() -> frozenset[str]:
    """Kinds of media and widgets ("photo", "video", "embed"), from
    ``data/boilerplate_media_tags.txt``; boilerplate and duplication share it."""
    return data_words("boilerplate_media_tags.txt")


@lru_cache(maxsize=None)
def data_sections(name: str) -> dict[str, frozenset[str]]:
    """The words of each ``[section]`` of ``rules/data/<name>`` (space-separated on its lines)."""
    out: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], set())
        elif current is None:
            raise ValueError(f"rules/data/{name}: words before the first [section]: {line!r}")
        else:
            current.update(line.split())
    return {k: frozenset(v) for k, v in out.items()}
