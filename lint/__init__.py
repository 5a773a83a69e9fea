"""sourcelint: a source-reliability linter for news articles.

The pipeline, one module per step: :mod:`~sourcelint.inputs` (files, JSONL)
-> :mod:`~sourcelint.document` (shared views) -> rules (plugins, see
:mod:`~sourcelint.rule`) -> :mod:`~sourcelint.finding` ->
:mod:`~sourcelint.score` -> :mod:`~sourcelint.reporters`.
"""

from __future__ import annotations

import sys as _sys

__version__ = "0.1.0"


def _starting_the_command() -> bool:
    """Whether this import is the ``sourcelint`` command (or ``python -m sourcelint``) starting."""
    name = _sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1] if _sys.argv else ""
    return name in ("-m", "sourcelint", "sourcelint.exe", "sourcelint-script.py")


if _starting_the_command():
    # Ctrl-C while the command is still importing (the first fraction of a
    # second) ends it with one line, not a traceback; the command line puts
    # the usual handling back as soon as it runs (cli.main).
    import os as _os
    import signal as _signal

    def _interrupted_while_starting(signum: int, frame: object) -> None:
        _sys.stderr.write("sourcelint: interrupted while starting\n")
        _os._exit(128 + signum)

    _signal.signal(_signal.SIGINT, _interrupted_while_starting)

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
