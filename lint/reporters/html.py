"""``--format html``: placeholder while the editor report is being written."""

from __future__ import annotations

from . import Reporter

__all__ = ["HtmlReporter"]


class HtmlReporter(Reporter):
    """Not ready yet."""
