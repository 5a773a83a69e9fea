"""The language server (``sourcelint server``), in the optional ``lsp`` extra.

One module per concern: :mod:`.positions` (offsets <-> LSP positions),
:mod:`.workspace` (which documents, which configuration), :mod:`.diagnostics`
(findings and score as diagnostics), :mod:`.actions` (quick fixes and
suppression), :mod:`.hover`, and :mod:`.server` (the pygls server).
"""

from __future__ import annotations

__all__ = ["MissingExtra", "serve"]

INSTALL_HINT = "pip install 'sourcelint[lsp]'"


class MissingExtra(Exception):
    """pygls (the ``lsp`` extra) is not installed."""


def serve() -> int:
    """Run the server on stdin/stdout; the process exit code."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError as exc:
        raise MissingExtra(f"`sourcelint server` needs the lsp extra ({exc.name or 'pygls'} is not installed): "
                           f"{INSTALL_HINT}") from exc
    from .server import serve as run

    return run()
