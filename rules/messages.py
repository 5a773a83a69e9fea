"""Text shown in findings' messages, shared by the rule families."""

from __future__ import annotations

__all__ = ["shown"]


def shown(span: str, width: int = 60) -> str:
    """A span for a message: one line, at most ``width`` characters."""
    one = " ".join(span.split())
    return one if len(one) <= width else one[: width - 1] + "…"
