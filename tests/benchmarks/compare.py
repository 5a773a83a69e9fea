"""sourcelint against its peers, on the same articles, in one run.

    pip install -e '.[bench]'
    python tests/benchmarks/compare.py                  # shared corpus, all cores
    python tests/benchmarks/compare.py --jobs 2 --passes 5 --proselint-docs 200

Prints, for the corpus (default ../shared/corpus/*.jsonl):

- sourcelint, every default rule: docs/s and MB/s on 1 core (in-process)
  and on N worker processes (the ``--jobs`` pool, warmed up first: its
  start-up is a one-off, not throughput), the scaling ratio, and peak RSS
  (parent and workers, sampled with psutil);
- datatrove's GopherRepetitionFilter followed by GopherQualityFilter (as in
  a pipeline: a document the first drops never reaches the second), 1 core;
- proselint's default checks through its Python API (the work ``proselint
  check`` does per file), 1 core, on the first ``--proselint-docs`` articles
  because it is slow; its rate is per article, so the ratio stands.

Peers are benchmark-only dependencies (the ``bench`` extra); nothing is
downloaded at run time (datatrove's English tokenizer is a blank spaCy
pipeline, which needs no model). Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import threading
import time
from pathlib import Path
from typing import Any, Callable

from sourcelint import Config, Document, Linter
from sourcelint.inputs import Source
from sourcelint.parallel import ProcessPool

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def load(corpus: Path) -> list[dict]:
    """Every record of every JSONL file in the corpus folder."""
    records = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def rate(n_docs: int, n_bytes: int, seconds: float) -> tuple[float, float]:
    """(docs/s, MB/s)."""
    return n_docs / seconds, n_bytes / seconds / 1e6


def timed(fn: Callable[[], Any], repeat: int) -> float:
    """Best wall time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


class RssSampler:
    """Peak resident memory of this process and the given children, sampled every 50 ms."""

    def __init__(self, pids: Callable[[], list[int]]) -> None:
        import psutil

        self._psutil = psutil
        self._pids = pids
        self.parent = 0
        self.worker = 0
        self.total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = self._psutil.Process()
        while not self._stop.is_set():
            parent = me.memory_info().rss
            workers = []
            for pid in self._pids():
                try:
                    workers.append(self._psutil.Process(pid).memory_info().rss)
                except self._psutil.Error:
                    pass
            self.parent = max(self.parent, parent)
            self.worker = max([self.worker, *workers])
            self.total = max(self.total, parent + sum(workers))
            self._stop.wait(0.05)


def bench_sourcelint(texts: list[str], jobs: int, passes: int, repeat: int) -> dict[str, Any]:
    """1 core in-process, then ``jobs`` workers on ``passes`` copies of the corpus."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    linter = Linter(Config())

    def one_core() -> None:
        for i, text in enumerate(texts):
            linter.lint(Document(text, id=str(i)))

    one_core()  # warm lexicons and lazy caches, as a long run would have them
    t1 = timed(one_core, repeat)
    out: dict[str, Any] = {"rules": len(linter.rules), "one": rate(len(texts), size, t1)}

    def sources() -> list[Source]:
        return [Source(str(i), None, document=Document(t, id=str(i))) for _ in range(passes)
                for i, t in enumerate(texts)]

    with ProcessPool(Config(), jobs=jobs) as pool:
        for _ in pool.run(sources()[: 4 * jobs]):  # start-up and warm-up, not timed
            pass
        with RssSampler(pool.pids) as rss:
            def many() -> None:
                for _ in pool.run(sources()):
                    pass
            tn = timed(many, repeat)
    out["many"] = rate(len(texts) * passes, size * passes, tn)
    out["rss"] = rss
    return out


def bench_gopher(texts: list[str], repeat: int) -> tuple[tuple[float, float], int]:
    """datatrove Gopher repetition then quality filter, 1 core; also how many documents both keep."""
    from datatrove.data import Document as DtDocument
    from datatrove.pipeline.filters import GopherQualityFilter, GopherRepetitionFilter

    rep, qual = GopherRepetitionFilter(), GopherQualityFilter()
    kept = 0

    def chain() -> None:
        nonlocal kept
        kept = 0
        for i, text in enumerate(texts):
            doc = DtDocument(text=text, id=str(i))
            ok = rep.filter(doc)
            if ok is True or (isinstance(ok, tuple) and ok[0]):
                ok = qual.filter(doc)
                kept += ok is True or (isinstance(ok, tuple) and ok[0])

    qual.filter(DtDocument(text=texts[0], id="warm"))  # builds the spaCy tokenizer once
    size = sum(len(t.encode("utf-8")) for t in texts)
    return rate(len(texts), size, timed(chain, repeat)), kept


def bench_proselint(texts: list[str]) -> tuple[float, float]:
    """proselint's default checks (what ``proselint check`` runs on each file), 1 core."""
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    LintFile("<warm>", texts[0]).lint(DEFAULT)
    size = sum(len(t.encode("utf-8")) for t in texts)

    def run() -> None:
        for text in texts:
            LintFile("<article>", text).lint(DEFAULT)

    return rate(len(texts), size, timed(run, 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--passes", type=int, default=4, help="copies of the corpus for the pool run")
    ap.add_argument("--repeat", type=int, default=2, help="best of this many timings")
    ap.add_argument("--proselint-docs", type=int, default=200, help="articles for proselint (it is slow)")
    args = ap.parse_args()

    texts = [r["text"] for r in load(args.corpus)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"corpus: {args.corpus} — {len(texts)} articles, {size / 1e6:.2f} MB, mean {size / len(texts) / 1000:.1f} KB;"
          f" {os.cpu_count()} cores")

    sl = bench_sourcelint(texts, args.jobs, args.passes, args.repeat)
    (d1, m1), (dn, mn) = sl["one"], sl["many"]
    rss = sl["rss"]
    print(f"sourcelint, {sl['rules']} rules, 1 core         : {d1:8.0f} docs/s {m1:6.2f} MB/s")
    print(f"sourcelint, {sl['rules']} rules, {args.jobs} processes     : {dn:8.0f} docs/s {mn:6.2f} MB/s"
          f"  ({dn / d1:.2f}x the 1-core rate; {args.passes} passes)")
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS: parent {rss.parent / 2**20:.0f} MB (run max {self_peak:.0f} MB), "
          f"largest worker {rss.worker / 2**20:.0f} MB, all processes {rss.total / 2**20:.0f} MB")

    (dg, mg), kept = bench_gopher(texts, args.repeat)
    print(f"datatrove Gopher repetition+quality, 1 core: {dg:8.0f} docs/s {mg:6.2f} MB/s  "
          f"(keeps {kept}/{len(texts)})")

    sub = texts[: args.proselint_docs]
    dp, mp_ = bench_proselint(sub)
    print(f"proselint, 1 core ({len(sub)} articles)       : {dp:8.0f} docs/s {mp_:6.2f} MB/s")

    print("ratios (sourcelint 1 core / peer, per article):"
          f" {d1 / dg:.1f}x datatrove Gopher, {d1 / dp:.1f}x proselint;"
          f" with {args.jobs} processes: {dn / dg:.1f}x and {dn / dp:.1f}x")


if __name__ == "__main__":
    main()
