"""Which documents the server lints, and with which configuration.

The configuration is found as the command line finds it (the nearest
``sourcelint.toml``, ``.sourcelint.toml`` or ``pyproject.toml`` with a
``[tool.sourcelint]`` table, walking up from the file; an unsaved buffer
looks from its workspace folder). A Linter is built once per configuration
file and rebuilt when the file's modification time or size changes, so an
edited configuration takes effect on the next lint without a restart.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from urllib.parse import unquote, urlparse

from ..config import ConfigError, find_config, load_config
from ..document import Document
from ..linter import Linter
from ..registry import RegistryError
from ..rule import RuleError
from ..segment import front_matter

__all__ = ["LinterCache", "Setup", "is_lintable", "make_document", "uri_to_path"]

#: Editor language ids and file suffixes of the articles sourcelint reads.
LANGUAGE_IDS = frozenset({"markdown", "plaintext", "text", "txt"})
SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
PLAIN_SUFFIXES = (".txt", ".text")


def uri_to_path(uri: str) -> Path | None:
    """The local file of a ``file:`` URI, else None (unsaved buffers, remote files)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if os.name == "nt" and path.startswith("/") and len(path) > 2 and path[2] == ":":
        path = path[1:]
    return Path(path)


def is_lintable(uri: str, language_id: str | None) -> bool:
    """Markdown and plain-text documents, by language id or file suffix."""
    if language_id and language_id.lower() in LANGUAGE_IDS:
        return True
    return urlparse(uri).path.lower().endswith(SUFFIXES)


def make_document(text: str, uri: str, language_id: str | None) -> Document:
    """A Document as the CLI builds one for the file: Markdown unless plain text,
    a Markdown file's front matter as its metadata."""
    path = uri_to_path(uri)
    name = str(path) if path is not None else uri
    plain = (language_id or "").lower() in ("plaintext", "text", "txt") or name.lower().endswith(PLAIN_SUFFIXES)
    metadata = front_matter(text) if not plain and text.startswith(("---\n", "+++\n")) else {}
    # An editor buffer is the author's own file: its directives are obeyed.
    return Document(text, id=uri, path=name, metadata=metadata, markdown=not plain, directives=True)


@dataclass(frozen=True)
class Setup:
    """The linter for one document, or why there is none."""

    linter: Linter | None
    config_path: Path | None
    error: str | None = None
    excluded: bool = False


class LinterCache:
    """One Linter per configuration file, rebuilt when the file changes."""

    def __init__(self) -> None:
        self._linters: dict[Path | None, tuple[tuple[int, int] | None, Linter | str]] = {}
        self.folders: list[Path] = []

    def setup_for(self, uri: str) -> Setup:
        """The linter (or configuration error) that applies to ``uri``."""
        path = uri_to_path(uri)
        start = path if path is not None else self._fallback_folder()
        config_path = find_config(start) if start is not None else None
        built = self._linter(config_path)
        if isinstance(built, str):
            return Setup(None, config_path, error=built)
        excluded = path is not None and _excluded(path, config_path, built.config.exclude)
        return Setup(built, config_path, excluded=excluded)

    def forget(self) -> None:
        """Drop every cached linter (a watched configuration file changed)."""
        self._linters.clear()

    def _fallback_folder(self) -> Path | None:
        return self.folders[0] if self.folders else None

    def _linter(self, config_path: Path | None) -> Linter | str:
        stamp = _stamp(config_path)
        cached = self._linters.get(config_path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            built: Linter | str = Linter(load_config(config_path))
        except (ConfigError, RuleError, RegistryError) as exc:
            built = str(exc)
        self._linters[config_path] = (stamp, built)
        return built


def _stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _excluded(path: Path, config_path: Path | None, patterns: Sequence[str]) -> bool:
    """Whether the configuration's ``exclude`` patterns leave this file out,
    matched like the CLI: against the path relative to the configuration's
    folder, or the file name."""
    if not patterns:
        return False
    base = config_path.parent if config_path is not None else None
    try:
        rel = path.relative_to(base).as_posix() if base is not None else path.name
    except ValueError:
        rel = path.name
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat) for pat in patterns)
