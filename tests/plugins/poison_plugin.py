"""A rule that kills the worker process linting a marked article (tests of the process pool).

A document containing ``KILL-THIS-WORKER`` makes the process linting it die
with SIGKILL, as an out-of-memory kill or a crash in a C extension would
(BLP997). BLP996 does so only once: the first worker to meet
``KILL-ONE-WORKER`` creates the file named by its ``flag`` option and dies;
later ones see the file and go on. Both only ever kill a child process,
never the main one.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from typing import Iterable

from sourcelint import Finding, Option, Rule

MARKER = "KILL-THIS-WORKER"
ONCE = "KILL-ONE-WORKER"


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


class KillOnce(Rule):
    """Kills the first worker process that lints an article carrying the test marker.

    What it finds:
    Nothing: it stands in for a worker lost once mid-run (a node reboot, an OOM kill).

    Why it matters:
    A distributed run must not lose records when a worker dies.

    How to fix:
    Nothing to fix; it exists for tests only.
    """

    code = "BLP996"
    name = "test-kill-once"
    family = "boilerplate"
    severity = "info"
    options = {"flag": Option("", "file created by the worker that dies")}

    def check(self, doc) -> Iterable[Finding]:
        flag = self.opts["flag"]
        if flag and ONCE in doc.text and multiprocessing.parent_process() is not None:
            try:
                fd = os.open(flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return ()
            os.close(fd)
            os.kill(os.getpid(), signal.SIGKILL)
        return ()


RULES = [Poison, KillOnce]
