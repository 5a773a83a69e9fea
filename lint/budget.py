"""The per-rule time budget: a rule that runs past it is stopped.

:class:`Alarm` arms one interval timer per document from ``SIGALRM`` where
that is safe; :class:`RuleTimeout` is what a stopped rule sees.
"""

from __future__ import annotations

import signal
import threading
import time
from typing import Any

__all__ = ["Alarm", "RuleTimeout"]


class RuleTimeout(BaseException):
    """Raised inside a rule that ran past the per-document time budget.

    A BaseException, like KeyboardInterrupt, so that a rule's own
    ``except Exception`` cannot swallow it.
    """

    #: A shared view it stopped stays failed for the document (Document.view):
    #: the next rule that needs it is not given the same budget to burn.
    sticky = True


class Alarm:
    """A hard per-rule time budget from ``SIGALRM``, where that is safe.

    One interval timer per document (not per rule, to keep the cost at two
    system calls per document): when it fires, the handler checks how long
    the *current* rule has run, and either raises :class:`RuleTimeout` in it
    or re-arms for the rest of its budget. Python runs signal handlers
    between bytecodes and the ``re`` engine checks for signals while
    matching, so a catastrophic regex is interrupted too; a rule stuck inside
    one long C call is stopped when that call returns.

    Only used in the main thread, when no one else owns ``SIGALRM`` (its
    handler is the default and no timer is running, so a host such as
    pytest-timeout is never disturbed); elsewhere :meth:`Linter.lint` falls
    back to measuring each rule and reporting the overrun afterwards.
    """

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.rule_start = 0.0
        self.active = False
        self.running = False

    @classmethod
    def install(cls, budget: float) -> "Alarm | None":
        """An armed-on-demand alarm, or None where SIGALRM cannot be used safely."""
        if budget <= 0 or not hasattr(signal, "setitimer"):
            return None
        if threading.current_thread() is not threading.main_thread():
            return None
        try:
            if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None):
                return None
            if signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0):
                return None
            alarm = cls(budget)
            signal.signal(signal.SIGALRM, alarm._fire)
        except (ValueError, OSError):  # not the main interpreter, or no signals here
            return None
        return alarm

    def _fire(self, signum: int, frame: Any) -> None:
        self.running = False
        if not self.active:
            return
        left = self.budget - (time.perf_counter() - self.rule_start)
        if left > 0.001:
            self.running = True
            signal.setitimer(signal.ITIMER_REAL, left)
            return
        self.active = False
        raise RuleTimeout()

    def start_rule(self, now: float | None = None) -> None:
        """Start the budget of the next rule (arming the timer if it is not running).

        ``now`` is the rule's start time if the caller has just read the clock.
        """
        self.rule_start = time.perf_counter() if now is None else now
        self.active = True
        if not self.running:
            self.running = True
            signal.setitimer(signal.ITIMER_REAL, self.budget)

    def end_rule(self) -> None:
        """The rule returned: a late signal is ignored."""
        self.active = False

    def uninstall(self) -> None:
        """Stop the timer and give SIGALRM back."""
        self.active = False
        self.running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
