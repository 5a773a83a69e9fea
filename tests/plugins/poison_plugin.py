"""A rule that kills the worker process linting a marked article (tests of the process pool).

A document containing ``KILL-THIS-WORKER`` makes the process linting it die
with SIGKILL, as an out-of-memory kill or a crash in a C extension would. It
only ever does so in a pool worker, never in the main process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from typing import Iterable

from sourcelint import Finding, Rule

MARKER = "KILL-THIS-WORKER"


class Poison(Rule):
    """Kills the worker process linting an article that carries the test marker.

    What it finds:
    Nothing: it stands in for a crash that takes the whole process down.

    Why it matters:
    The process pool must not lose records when a worker dies.

    How to fix:
    Nothing to fix; it exists for tests only.
    """

    code = "BLP997"
    name = "test-poison"
    family = "boilerplate"
    severity = "info"

    def check(self, doc) -> Iterable[Finding]:
        if MARKER in doc.text and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)
        return ()


RULES = [Poison]
