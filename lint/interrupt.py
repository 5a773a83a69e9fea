"""Stopping a run cleanly on SIGINT / SIGTERM.

A run over millions of records is often stopped by hand (Ctrl-C) or by a job
scheduler (SIGTERM). Either way the output must end with a complete record,
and the user must learn how far the run got. :class:`GracefulStop` turns
both signals into an :class:`Interrupted` exception, raised at once while a
document is being read or linted (so a slow document does not delay the
stop), but deferred while a record is being written (so no half-written
JSONL line is left behind): the write finishes, then the exception is raised.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from functools import wraps
from typing import Any, Callable, Iterator, TypeVar

__all__ = ["Interrupted", "GracefulStop"]

F = TypeVar("F", bound=Callable[..., Any])

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name))


class Interrupted(BaseException):
    """The run was stopped by a signal (a BaseException, like KeyboardInterrupt)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """The signal's name, e.g. ``SIGINT``."""
        try:
            return signal.Signals(self.signum).name
        except ValueError:
            return f"signal {self.signum}"

    @property
    def exit_code(self) -> int:
        """The shell convention for death by a signal: 128 + its number."""
        return 128 + self.signum


class GracefulStop:
    """Installs SIGINT/SIGTERM handlers for the duration of a run.

    Use :meth:`deferring` (or :meth:`critical`) around the code that writes a
    record; ``written`` counts the completed writes. Outside the main thread
    (where Python cannot install signal handlers) it does nothing.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self.stopping = False
        self.written = 0
        self._depth = 0
        self._previous: dict[int, Any] = {}

    def install(self) -> "GracefulStop":
        """Take over SIGINT and SIGTERM (main thread only); returns self."""
        if threading.current_thread() is threading.main_thread():
            for sig in _SIGNALS:
                try:
                    self._previous[sig] = signal.signal(sig, self._handle)
                except (ValueError, OSError):
                    pass
        return self

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers."""
        for sig, handler in self._previous.items():
            try:
                signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
            except (ValueError, OSError):
                pass
        self._previous.clear()

    def _handle(self, signum: int, frame: Any) -> None:
        if self.stopping:
            return  # already winding down: finishing the output beats dying half-way
        self.signum = signum
        if self._depth == 0:
            self.stopping = True
            raise Interrupted(signum)

    @contextmanager
    def critical(self) -> Iterator[None]:
        """A section a signal must not cut short; the stop happens right after it."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0 and self.signum is not None and not self.stopping:
            self.stopping = True
            raise Interrupted(self.signum)

    def deferring(self, write: F) -> F:
        """``write`` wrapped in :meth:`critical`, counting completed calls."""

        @wraps(write)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self.critical():
                result = write(*args, **kwargs)
                self.written += 1
            return result

        return wrapper  # type: ignore[return-value]
