"""sourcelint: a source-reliability linter for news articles.

The pipeline, one module per step: :mod:`~sourcelint.inputs` (files, JSONL)
-> :mod:`~sourcelint.document` (shared views) -> rules (plugins, see
:mod:`~sourcelint.rule`) -> :mod:`~sourcelint.finding` ->
:mod:`~sourcelint.score` -> :mod:`~sourcelint.reporters`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config, ConfigError, load_config  # noqa: E402
from .document import Document  # noqa: E402
from .finding import Edit, Finding, Fix, Related  # noqa: E402
from .linter import Linter, Report, lint_text  # noqa: E402
from .notebook import ReportBatch, to_pandas  # noqa: E402
from .fix import FixOutcome, fix_text  # noqa: E402
from .rule import Option, Rule  # noqa: E402

__all__ = [
    "__version__",
    "Config",
    "ConfigError",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "FixOutcome",
    "Linter",
    "Option",
    "Related",
    "Report",
    "ReportBatch",
    "Rule",
    "fix_text",
    "lint_text",
    "load_config",
    "to_pandas",
]
