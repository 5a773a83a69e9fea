"""Containers an article can come in besides a text file or a JSONL line.

Each format has its reader in a module of its own: ``compressed`` (gzip,
zstd, bzip2, xz streams), ``table`` (Parquet and Arrow IPC), ``html``
(main-text extraction) and ``warc`` (web archives). :func:`read_container`
recognises a file by its magic bytes and its name and returns the Sources it
holds, or None for a plain text or JSONL file, which ``inputs`` reads itself.
The readers of heavy formats are optional extras; a missing one is named.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import IO, Any, Callable, Iterator

from ..config import Config

__all__ = ["MissingExtra", "require", "read_container", "container_kind", "walk_skip_reason"]

Notify = Callable[[str], None]

#: The extra that brings each optional reader, by the module it imports.
EXTRAS = {"pyarrow": "parquet", "trafilatura": "html", "warcio": "warc"}
#: Which module each kind of container needs.
NEEDS = {"parquet": "pyarrow", "arrow": "pyarrow", "html": "trafilatura", "warc": "warcio"}

_NAMES = (
    (("parquet", ".parquet", ".pq"), "parquet"),
    (("arrow", ".arrow", ".arrows", ".feather", ".ipc"), "arrow"),
    (("html", ".html", ".htm", ".xhtml"), "html"),
    (("warc", ".warc", ".arc"), "warc"),
    (("jsonl", ".jsonl"), "jsonl"),
)


class MissingExtra(ImportError):
    """A format's reader or writer needs an optional extra that is not installed."""

    def __init__(self, module: str, what: str) -> None:
        module = module.split(".")[0]
        extra = EXTRAS.get(module)
        if extra is None:  # a core dependency that went missing
            super().__init__(f"{what} needs {module}, which is not installed: pip install {module}")
        else:
            super().__init__(f"{what} needs the '{extra}' extra ({module} is not installed): "
                             f"pip install 'sourcelint[{extra}]'")
        self.extra = extra


def require(module: str, what: str) -> Any:
    """Import ``module`` or raise :class:`MissingExtra` naming the extra that brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, what) from exc


@functools.lru_cache(maxsize=None)
def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def container_kind(name: str, head: bytes = b"") -> str:
    """``parquet``, ``arrow``, ``html``, ``warc``, ``jsonl`` or ``text`` for a
    (decompressed) stream named ``name`` that starts with ``head``."""
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"ARROW1"):
        return "arrow"
    if head.startswith((b"WARC/", b"warc/")):
        return "warc"
    lower = name.lower()
    for (_, *suffixes), kind in _NAMES:
        if lower.endswith(tuple(suffixes)):
            return kind
    return "text"


def walk_skip_reason(name: str) -> str | None:
    """Why a folder walk leaves out a file it would otherwise read: the extra
    its format needs is not installed (named explicitly, it is an input error)."""
    from .compressed import inner_name

    module = NEEDS.get(container_kind(inner_name(name)))
    if module is None or _available(module):
        return None
    return f"needs the '{EXTRAS[module]}' extra"


def read_container(fh: IO[bytes], display: str, config: Config,
                   notify: Notify | None = None) -> Iterator[Any] | None:
    """The Sources in ``fh`` when it is compressed, a table, a web page or an
    archive; None when it is a plain text or JSONL file."""
    from . import compressed

    head = compressed.peek(fh, 16)
    method = compressed.sniff(head)
    kind = container_kind(compressed.inner_name(display) if method else display, head)
    if method is None and kind in ("text", "jsonl"):
        return None
    return _dispatch(fh, display, config, notify or (lambda msg: None), method, kind)


def _dispatch(fh: IO[bytes], display: str, config: Config, notify: Notify,
              method: str | None, kind: str) -> Iterator[Any]:
    from ..inputs import Source
    from . import compressed

    try:
        if kind == "warc":
            from .warc import read_warc
            yield from read_warc(fh, display, config, notify, method)
        elif kind in ("parquet", "arrow") and method is None:
            from .table import read_table
            yield from read_table(fh, display, config, kind)
        elif method is not None:
            yield from compressed.read_compressed(fh, display, config, method, kind)
        else:  # html
            from .html import read_html_file
            yield from read_html_file(fh, display, config)
    except MissingExtra as exc:
        yield Source(display, display, error=str(exc), input_error=True)
    except Exception as exc:  # noqa: BLE001 - a reader's surprise ends this file, never the run
        yield Source(display, display, error=f"cannot read this {kind} file: {type(exc).__name__}: {exc}",
                     input_error=True)
