"""Lint on Dask: bags of records, DataFrames, and ``sourcelint check --dask``.

Install with ``pip install 'sourcelint[dask]'``.

- :func:`lint_bag` maps a bag of records (``{"id": ..., "text": ...}`` dicts)
  partition by partition to JSONL records (the schema of
  ``sourcelint check --format jsonl``).
- :func:`lint_dataframe` does the same for a Dask DataFrame with a text column
  and returns a DataFrame whose columns are the record fields.
- :class:`DaskRunner` lints a stream of sources read by the client (files,
  folders, JSONL) on a cluster, keeping input order; it is what
  ``sourcelint check --dask ADDRESS`` uses.

What crosses the network: the :class:`~sourcelint.config.Config` (a few
hundred bytes) with every task, and the documents' text. Each worker process
builds its :class:`~sourcelint.linter.Linter` from the config once and keeps
it (:func:`linter_for`); lexicons load once per worker process. A worker that
dies mid-task loses nothing: the scheduler runs its tasks again elsewhere.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections import deque
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ..config import Config
from ..inputs import Source
from ..linter import Linter, Report
from ..parallel import Payload, WorkerInitError, document_payload, lint_payloads, next_batch
from ..record_model import RECORD_FIELDS
from ..records import report_from_dict

__all__ = ["lint_bag", "lint_dataframe", "lint_partition", "linter_for", "DaskRunner", "RECORD_COLUMNS"]

#: Fields of a JSONL record, in order (the columns of :func:`lint_dataframe`).
RECORD_COLUMNS = tuple(f.name for f in RECORD_FIELDS if not f.omit_none)

_LINTERS: dict[bytes, Linter] = {}


def linter_for(config: Config | None) -> Linter:
    """The Linter for ``config`` in this process, built on first use and kept."""
    config = config or Config()
    key = pickle.dumps(config)
    linter = _LINTERS.get(key)
    if linter is None:
        linter = _LINTERS[key] = Linter(config)
    return linter


def lint_partition(records: Iterable[Mapping[str, Any]], config: Config | None = None) -> list[dict[str, Any]]:
    """Lint one partition of records (``config.text_field`` / ``config.id_field``) to JSONL records.

    A record without a string text becomes an error record, as in the CLI.
    """
    linter = linter_for(config)
    return [report.to_dict() for report in linter.lint_many(records)]


def lint_bag(bag: Any, config: Config | None = None) -> Any:
    """A ``dask.bag.Bag`` of JSONL records, one per record of ``bag``, in the same order.

    >>> import dask.bag as db                                       # doctest: +SKIP
    >>> records = db.read_text("s3://corpus/*.jsonl").map(json.loads)
    >>> lint_bag(records).map(json.dumps).to_textfiles("s3://out/*.jsonl")
    """
    return bag.map_partitions(lint_partition, config)


def _lint_frame(frame: Any, config: Config | None, text_column: str, id_column: str | None) -> Any:
    import pandas as pd

    cfg = (config or Config()).with_overrides(text_field=text_column, id_field=id_column or "id")
    if id_column is None:
        # Without an id column the index identifies the row.
        rows = ({**row, "id": idx} for idx, row in zip(frame.index, frame.to_dict("records")))
    else:
        rows = iter(frame.to_dict("records"))
    records = lint_partition(rows, cfg)
    return pd.DataFrame.from_records(records, columns=list(RECORD_COLUMNS), index=frame.index)


def lint_dataframe(df: Any, config: Config | None = None, text_column: str = "text",
                   id_column: str | None = "id") -> Any:
    """A DataFrame of JSONL records, one row per row of ``df``, same index.

    ``df`` is a Dask DataFrame (linted lazily, partition by partition, and a
    Dask DataFrame is returned) or a pandas DataFrame (linted here and now,
    a pandas DataFrame is returned; needs only pandas). Other columns of
    ``df`` go to each record's ``metadata``. Nested fields (``findings``,
    ``families``...) are Python objects in ``object`` columns.
    """
    import pandas as pd

    if isinstance(df, pd.DataFrame):
        return _lint_frame(df, config, text_column, id_column)
    if not hasattr(df, "map_partitions"):
        raise TypeError(f"lint_dataframe takes a pandas or Dask DataFrame, not {type(df).__name__}")
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in RECORD_COLUMNS})
    return df.map_partitions(_lint_frame, config, text_column, id_column, meta=meta)


def _lint_chunk(config: Config, payloads: Sequence[Payload]) -> list[dict[str, Any]]:
    return lint_payloads(linter_for(config), payloads)


class DaskRunner:
    """Lint sources on a Dask cluster, in input order, with a bounded number of chunks in flight.

    ``address`` is a scheduler address (``tcp://10.0.0.5:8786``), a
    ``distributed.Client``, or ``"local"`` to start a ``LocalCluster`` with
    one single-threaded worker process per core.
    """

    def __init__(self, address: Any, config: Config, chunk_size: int = 128, window: int | None = None) -> None:
        self.address = address
        self.config = config
        self.chunk_size = max(1, chunk_size)
        self.window = window
        self._client: Any = None
        self._own: list[Any] = []

    def __enter__(self) -> "DaskRunner":
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise WorkerInitError("--dask needs the dask extra: pip install 'sourcelint[dask]'") from exc
        if not isinstance(self.address, str):
            self._client = self.address
        elif self.address == "local":
            cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(cluster)
            self._own = [self._client, cluster]
        else:
            try:
                self._client = Client(self.address, timeout=30)
            except (OSError, TimeoutError, ValueError) as exc:
                raise WorkerInitError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc
            self._own = [self._client]
        return self

    def __exit__(self, *exc: Any) -> None:
        for thing in self._own:
            thing.close()
        self._own = []

    def run(self, sources: Iterable[Source]) -> Iterator[tuple[Report, Source]]:
        """Yield ``(report, source)`` in input order."""
        client = self._client
        if client is None:
            raise RuntimeError("use DaskRunner as a context manager")
        window = self.window or max(8, 4 * sum(client.nthreads().values()))
        it = iter(sources)
        inflight: deque[tuple[list[Source], Any]] = deque()
        exhausted = False
        while True:
            while not exhausted and len(inflight) < window:
                batch = next_batch(it, self.chunk_size)
                if not batch:
                    exhausted = True
                    break
                payloads = [document_payload(s.document) for s in batch if s.document is not None]
                future = client.submit(_lint_chunk, self.config, payloads, pure=False) if payloads else None
                inflight.append((batch, future))
            if not inflight:
                return
            batch, future = inflight.popleft()
            yield from _pair(batch, future)


def _pair(batch: list[Source], future: Any) -> Iterator[tuple[Report, Source]]:
    records: list[dict[str, Any]] | None = None
    failure = ""
    if future is not None:
        try:
            records = future.result()
        except Exception as exc:  # e.g. KilledWorker: the scheduler gave up on this chunk
            failure = f"the Dask task linting this document failed: {type(exc).__name__}: {exc}"
    pos = 0
    for source in batch:
        if source.document is None:
            yield (Report.failed(source.id, source.error or "unreadable", path=source.path, line=source.line,
                                 metadata=source.metadata), source)
            continue
        if records is None:
            report = Report.failed(source.id, failure, path=source.path, metadata=source.metadata)
        else:
            report = report_from_dict(records[pos], document=source.document)
        pos += 1
        report.line = source.line
        yield report, source

