"""Linting at scale: a process pool, resumable JSONL runs, a progress bar.

The parent process reads sources lazily (:func:`sourcelint.inputs.iter_sources`),
groups them into chunks and hands each chunk to a worker process; the
workers return records (``Report.to_dict()``), and the parent rebuilds
:class:`~sourcelint.linter.Report` objects, attaches the Document it already
holds (so reporters that show excerpts or apply fixes work at any ``--jobs``)
and yields them strictly in input order.

Design choices, and why:

- Each worker builds its :class:`Linter` once from the :class:`Config`
  (rules, plugins and lexicons load once per process); tasks carry only
  document fields. The pool uses the "forkserver" start method where it
  exists and "spawn" elsewhere, never plain fork, so it is safe in threaded
  parents.
- Each worker has its own task queue and result pipe, so the parent always
  knows which chunk a worker holds. A worker that dies (killed, out of
  memory, a crash in a C extension) loses nothing: its chunk is retried on a
  fresh worker; if it kills a worker again, its documents are retried one
  by one, and only a document that still kills its worker becomes an error
  record. ``concurrent.futures.ProcessPoolExecutor`` cannot do this: one
  dead worker breaks the whole pool and every pending future.
- Memory is bounded: at most ``window`` chunks are in flight or waiting in
  the reorder buffer, whatever the input size. A slow chunk stalls reading
  rather than letting finished chunks pile up.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Iterable, Iterator, Sequence

from .config import Config
from .document import Document
from .inputs import Source
from .linter import Linter, Report
from .records import report_from_dict, resumed_records

__all__ = [
    "FrozenHeap",
    "ProcessPool",
    "WorkerInitError",
    "lint_payloads",
    "next_batch",
    "lint_stream",
    "document_payload",
    "payload_document",
    "AUTO_JOBS_THRESHOLD",
]

#: With ``jobs=0`` (auto), inputs with more documents than this use every
#: core; smaller ones run in-process, where starting workers would cost more
#: than it saves.
AUTO_JOBS_THRESHOLD = 200
#: ... or with more text than this (a few huge documents also benefit).
_AUTO_JOBS_BYTES = 4 * 1024 * 1024

# A document as it crosses a process boundary: plain fields, no cached views.
Payload = tuple[str, str, "str | None", dict, bool, list, bool]


def document_payload(doc: Document) -> Payload:
    """The picklable fields of a Document (views are recomputed by the worker)."""
    return (doc.text, doc.id, doc.path, doc.metadata, doc.markdown, doc.decode_errors, doc.directives)


def payload_document(payload: Payload) -> Document:
    """Inverse of :func:`document_payload`."""
    text, doc_id, path, metadata, markdown, decode_errors, directives = payload
    return Document(text, id=doc_id, path=path, metadata=metadata, markdown=markdown,
                    decode_errors=list(decode_errors), directives=directives)


def lint_payloads(linter: Linter, payloads: Sequence[Payload]) -> list[dict[str, Any]]:
    """Lint documents and return their records; never raises for one document."""
    out = []
    for payload in payloads:
        doc = payload_document(payload)
        try:
            out.append(linter.lint(doc).to_dict())
        except Exception as exc:  # the engine itself failed on this document: keep the record
            out.append(Report.failed(doc.id, f"internal error: {type(exc).__name__}: {exc}", path=doc.path,
                                     metadata=doc.metadata).to_dict())
    return out


def _failed(source: Source) -> Report:
    return Report.failed(source.id, source.error or "unreadable", path=source.path, line=source.line,
                         metadata=source.metadata)


# --------------------------------------------------------------------------- the heap

class FrozenHeap:
    """``gc.freeze()`` for the length of a run, in a process that owns its heap.

    Why: the cyclic garbage collector's full collections walk every tracked
    object, and a run keeps many alive that never die: the rule modules, the
    lexicons and, loaded on first use, langdetect's profiles (some 90,000
    lists of 55 floats). Linting the shared corpus, each full collection took
    150-300 ms, 150-300 µs per document, about a tenth of the time with every
    rule (``python /tmp/prof.py``-style runs, best and median of 5 passes,
    3,430 -> 3,100 µs/doc). Frozen objects are left out of collections (they
    are still freed when their reference count drops), so a full collection
    only walks what the run created since.

    The heap is frozen when the Linter is built, and again after 1, 2, 4, ...
    times ``first`` documents (or tasks), to catch what the rules load lazily;
    each refreeze first collects the young generations, so short-lived
    garbage is not frozen with it. A larger gen-0 threshold (1,400, 3,000,
    20,000 instead of 700) did not help: fewer collections, each slower.

    Used only by the command line and the pool's workers, never by
    :meth:`Linter.lint`, so a program using the library keeps its own
    collector settings; a host that froze its heap itself is left alone.
    """

    def __init__(self, first: int, thaw: bool = False) -> None:
        self.active = gc.isenabled() and gc.get_freeze_count() == 0
        self.next = first
        self.seen = 0
        self.thaw = thaw
        if self.active:
            gc.freeze()

    def done(self, n: int = 1) -> None:
        """``n`` more documents (or tasks) are done: refreeze on reaching the next count."""
        self.seen += n
        if self.active and self.seen >= self.next:
            while self.next <= self.seen:
                self.next *= 2
            gc.collect(1)
            gc.freeze()

    def close(self) -> None:
        """With ``thaw``, give the collector back the whole heap (for an in-process caller)."""
        if self.active and self.thaw:
            gc.unfreeze()
        self.active = False


# --------------------------------------------------------------------------- workers

def _exit_with_parent(alive: Connection) -> None:
    """Exit this process as soon as ``alive`` reads end-of-file: the parent
    holds the only writing end, so EOF means it died (even by SIGKILL, which
    it cannot clean up after). Without this a worker blocked on its task
    queue would wait for ever, and keep the forkserver and the resource
    tracker alive with it."""
    import threading

    def watch() -> None:
        try:
            wait([alive])
        finally:
            os._exit(1)

    threading.Thread(target=watch, name="sourcelint-parent-watch", daemon=True).start()


def _worker_main(config: Config, tasks: Any, results: Connection, alive: Connection | None = None) -> None:
    """Worker loop: build the Linter once, then lint task after task until told to stop."""
    # Ctrl-C goes to the whole process group; the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if alive is not None:
        _exit_with_parent(alive)
    try:
        linter = Linter(config)
    except BaseException as exc:  # report instead of dying silently, or the parent would retry forever
        results.send(("init-error", f"{type(exc).__name__}: {exc}"))
        return
    heap = FrozenHeap(first=1)  # tasks, not documents: a task is a chunk of up to 128
    results.send(("ready", os.getpid()))
    while True:
        task = tasks.get()
        if task is None:
            break
        task_id, payloads = task
        results.send((task_id, lint_payloads(linter, payloads)))
        heap.done()
    results.close()


def _context() -> Any:
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        # Workers fork from a server that has already imported the engine and
        # the rule modules, so each worker starts in milliseconds.
        from importlib.metadata import entry_points

        rule_modules = [ep.module for ep in entry_points(group="sourcelint.rules")]
        ctx.set_forkserver_preload(["sourcelint.parallel", *rule_modules])
    return ctx


@dataclass
class _Chunk:
    seq: int
    sources: list[Source]
    reports: list[Report | None]
    missing: int


@dataclass
class _Task:
    id: int
    chunk: _Chunk
    indices: list[int]
    deaths: int = 0


@dataclass
class _Worker:
    process: Any
    tasks: Any
    conn: Connection
    assigned: deque = field(default_factory=deque)
    ready: bool = False


#: Chunks between two returns of freed heap memory to the OS (see _malloc_trim).
_TRIM_EVERY = 32
_libc: Any = None


def _malloc_trim() -> None:
    """Give freed heap memory back to the OS (glibc only; a no-op elsewhere).

    The parent's buffers of many sizes (pickled chunks, records, texts)
    fragment glibc's heap: its RSS crept up ~10 MB per million documents
    with no live object behind it (flat under tracemalloc, gone after
    malloc_trim). Trimming every few hundred chunks keeps it flat; it takes
    well under a millisecond.
    """
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                libc = ctypes.CDLL("libc.so.6")
                libc.malloc_trim  # noqa: B018 - absent on musl
                _libc = libc
            except (OSError, AttributeError):
                pass
    if _libc:
        _libc.malloc_trim(0)


class WorkerInitError(RuntimeError):
    """A worker could not build its Linter (bad config or plugin)."""


class ProcessPool:
    """A pool of linter processes; use as a context manager and call :meth:`run`.

    >>> with ProcessPool(Config(), jobs=2) as pool:          # doctest: +SKIP
    ...     for report, source in pool.run(iter_sources(["corpus.jsonl"], config)):
    ...         ...
    """

    def __init__(self, config: Config, jobs: int, chunk_size: int = 128, window: int | None = None,
                 prefetch: int = 2) -> None:
        if jobs < 1:
            raise ValueError("jobs must be >= 1")
        self.config = config
        self.jobs = jobs
        self.chunk_size = max(1, chunk_size)
        # Enough chunks in flight to keep every worker busy while the parent
        # writes output, few enough that memory stays small.
        self.window = window or max(4, jobs * (prefetch + 2))
        self.prefetch = max(1, prefetch)
        self._ctx = _context()
        self._workers: list[_Worker] = []
        self._task_ids = itertools.count()
        # Workers watch the reading end; only this process holds the writing end.
        self._alive_r, self._alive_w = self._ctx.Pipe(duplex=False)
        #: Workers replaced after dying (for monitoring and tests).
        self.restarts = 0
        self._startup_failures = 0

    # -- lifecycle
    def __enter__(self) -> "ProcessPool":
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def start(self) -> None:
        """Start the worker processes (done lazily by :meth:`run` otherwise)."""
        while len(self._workers) < self.jobs:
            self._workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        tasks = self._ctx.Queue()
        recv, send = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_worker_main, args=(self.config, tasks, send, self._alive_r), daemon=True,
                                 name="sourcelint-worker")
        proc.start()
        send.close()  # the parent keeps only its reading end, so a dead worker reads as EOF
        return _Worker(proc, tasks, recv)

    def _discard(self, worker: _Worker, kill: bool = False) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.tasks.cancel_join_thread()  # a dead reader must not block our exit
        worker.tasks.close()
        worker.conn.close()

    def close(self) -> None:
        """Stop the workers (politely, then firmly)."""
        for w in self._workers:
            try:
                w.tasks.put(None)
            except (OSError, ValueError):
                pass
        for w in self._workers:
            w.process.join(timeout=2)
            self._discard(w, kill=True)
        self._workers = []

    def __del__(self) -> None:
        for end in ("_alive_r", "_alive_w"):
            conn = getattr(self, end, None)
            if conn is not None:
                conn.close()

    def pids(self) -> list[int]:
        """Process ids of the current workers (for monitoring and tests)."""
        return [w.process.pid for w in self._workers]

    # -- the run
    def run(self, sources: Iterable[Source]) -> Iterator[tuple[Report, Source]]:
        """Lint ``sources``; yield ``(report, source)`` in input order."""
        self.start()
        it = iter(sources)
        chunks: dict[int, _Chunk] = {}
        pending: deque[_Task] = deque()
        next_seq = 0
        next_out = 0
        exhausted = False
        while True:
            while not exhausted and len(chunks) < self.window:
                batch = next_batch(it, self.chunk_size)
                if not batch:
                    exhausted = True
                    break
                chunk = _Chunk(next_seq, batch, [None] * len(batch), 0)
                todo = []
                for i, src in enumerate(batch):
                    if src.document is None:
                        chunk.reports[i] = _failed(src)
                    else:
                        todo.append(i)
                chunk.missing = len(todo)
                if todo:
                    pending.append(_Task(next(self._task_ids), chunk, todo))
                chunks[next_seq] = chunk
                next_seq += 1
            self._assign(pending)
            while next_out in chunks and chunks[next_out].missing == 0:
                done = chunks.pop(next_out)
                next_out += 1
                if next_out % _TRIM_EVERY == 0:
                    _malloc_trim()
                for report, source in zip(done.reports, done.sources):
                    assert report is not None
                    yield report, source
            if not chunks:
                if exhausted:
                    return
                # A whole window of unreadable sources went out without the
                # workers: nothing to wait for, read on.
                continue
            # The window is full or the input is exhausted: wait for workers.
            self._collect(pending)

    def _assign(self, pending: deque[_Task]) -> None:
        for w in self._workers:
            while pending and len(w.assigned) < self.prefetch:
                task = pending.popleft()
                w.assigned.append(task)
                docs = [task.chunk.sources[i].document for i in task.indices]
                w.tasks.put((task.id, [document_payload(d) for d in docs]))  # type: ignore[arg-type]

    def _collect(self, pending: deque[_Task]) -> None:
        """Wait for at least one result or worker death and handle it."""
        by_handle: dict[Any, _Worker] = {}
        for w in self._workers:
            by_handle[w.conn] = w
            by_handle[w.process.sentinel] = w
        ready = wait(list(by_handle))
        dead: list[_Worker] = []
        for handle in ready:
            w = by_handle[handle]
            if w in dead:
                continue
            if handle is w.conn:
                try:
                    self._receive(w)
                except (EOFError, OSError):
                    dead.append(w)
            else:
                dead.append(w)
        for w in dead:
            self._replace(w, pending)

    def _receive(self, w: _Worker) -> None:
        msg = w.conn.recv()
        if msg[0] == "ready":
            w.ready = True
            self._startup_failures = 0
            return
        if msg[0] == "init-error":
            raise WorkerInitError(f"a worker could not start the linter: {msg[1]}")
        task_id, records = msg
        task = w.assigned.popleft()
        assert task.id == task_id, "results arrive in task order"
        chunk = task.chunk
        for i, record in zip(task.indices, records):
            src = chunk.sources[i]
            report = report_from_dict(record, document=src.document)
            report.line = src.line
            chunk.reports[i] = report
        chunk.missing -= len(task.indices)

    def _replace(self, w: _Worker, pending: deque[_Task]) -> None:
        # Results the worker sent before dying still count.
        try:
            while w.assigned and w.conn.poll():
                self._receive(w)
        except (EOFError, OSError):
            pass
        self._discard(w, kill=True)
        code = w.process.exitcode
        cause = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        requeue: list[_Task] = []
        if not w.ready:
            # Died before linting anything: the environment is at fault, not a document.
            self._startup_failures += 1
            if self._startup_failures >= 3:
                raise WorkerInitError(f"sourcelint worker processes die at start-up ({cause})")
            requeue.extend(w.assigned)
        elif w.assigned:
            head = w.assigned.popleft()
            head.deaths += 1
            if head.deaths == 1:
                requeue.append(head)
            elif len(head.indices) > 1:
                # Find the culprit: each document gets one more try on its own.
                requeue.extend(_Task(next(self._task_ids), head.chunk, [i], deaths=1) for i in head.indices)
            else:
                (i,) = head.indices
                src = head.chunk.sources[i]
                head.chunk.reports[i] = Report.failed(
                    src.id, f"the worker process linting this document died ({cause}), twice; skipped",
                    path=src.path, line=src.line, metadata=src.metadata)
                head.chunk.missing -= 1
            requeue.extend(w.assigned)  # queued behind the culprit, not at fault
        self.restarts += 1
        pending.extendleft(reversed(requeue))
        self._workers[self._workers.index(w)] = self._spawn()


def _peek(sources: Iterator[Source]) -> tuple[list[Source], bool]:
    """Read ahead until the input is known to be large; (head, is_large)."""
    head = next_batch(sources, AUTO_JOBS_THRESHOLD + 1, _AUTO_JOBS_BYTES + 1)
    size = sum(len(src.document.text) for src in head if src.document is not None)
    return head, len(head) > AUTO_JOBS_THRESHOLD or size > _AUTO_JOBS_BYTES


def _inline(linter: Linter, sources: Iterable[Source]) -> Iterator[tuple[Report, Source]]:
    for source in sources:
        if source.document is None:
            yield _failed(source), source
        else:
            report = linter.lint(source.document)
            report.line = source.line
            yield report, source


def lint_stream(linter: Linter, sources: Iterable[Source], jobs: int = 1, *, dask: str | None = None,
                resume: str | None = None, progress: bool = False,
                chunk_size: int = 128) -> Iterator[tuple[Report, Source, bool]]:
    """Lint sources in order, in-process, on a process pool or on a Dask cluster.

    Yields ``(report, source, fresh)``; ``fresh`` is False for records that
    were already in the ``resume`` output file (count them, don't write them).
    ``jobs=0`` means all cores if the input is large (more than
    :data:`AUTO_JOBS_THRESHOLD` documents), else in-process.
    """
    it = iter(sources)
    bar = _progress(progress)
    try:
        if resume:
            for report, source in resumed_records(it, resume, linter.settings_id):
                bar.update(1)
                yield report, source, False
        if dask:
            from .integrations.dask import DaskRunner

            runner = DaskRunner(dask, linter.config, chunk_size=chunk_size)
            with runner:
                for report, source in runner.run(it):
                    bar.update(1)
                    yield report, source, True
            return
        if jobs == 0:
            head, large = _peek(it)
            jobs = (os.cpu_count() or 1) if large else 1
            it = itertools.chain(head, it)
        if jobs <= 1:
            for report, source in _inline(linter, it):
                bar.update(1)
                yield report, source, True
            return
        with ProcessPool(linter.config, jobs, chunk_size=chunk_size) as pool:
            for report, source in pool.run(it):
                bar.update(1)
                yield report, source, True
    finally:
        bar.close()


#: A chunk also ends once it holds this much text, so a window of chunks of
#: huge documents stays small too.
CHUNK_CHARS = 4_000_000


def next_batch(sources: Iterator[Source], size: int, max_chars: int = CHUNK_CHARS) -> list[Source]:
    """The next ``size`` sources, or fewer if they add up to ``max_chars`` of text; [] at the end."""
    batch: list[Source] = []
    chars = 0
    for source in sources:
        batch.append(source)
        if source.document is not None:
            chars += len(source.document.text)
        if len(batch) >= size or chars >= max_chars:
            break
    return batch


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(enabled: bool) -> Any:
    if not enabled:
        return _NoProgress()
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency; degrade quietly if removed
        return _NoProgress()
    return tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, mininterval=0.5, smoothing=0.1)
