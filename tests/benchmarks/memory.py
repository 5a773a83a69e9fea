"""Peak memory of a long streaming run: does RSS stay flat as the input grows?

    python tests/benchmarks/memory.py --articles 1000000 --jobs 2

Generates synthetic articles on the fly (tests/benchmarks/synth.py) into a
pipe, runs ``sourcelint check - --stdin-filename stream.jsonl --format jsonl
--jobs N`` on it, reads its output, and samples the resident memory of the
sourcelint process and its workers (psutil) as it goes. Prints the peak RSS
of the parent, of the largest worker and of all of them together at every
tenth of the run, so growth with the input would show; the total is also
given as PSS (shared pages counted once) where the platform has it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent


class Sampler(threading.Thread):
    """Peak RSS of a process tree, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.parent = self.worker = self.total = self.pss = 0
        self.done = threading.Event()

    def run(self) -> None:
        ticks = 0
        while not self.done.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                rss = {p.pid: p.memory_info().rss for p in procs}
                self.parent = max(self.parent, rss[self.root.pid])
                self.worker = max([self.worker, *(v for k, v in rss.items() if k != self.root.pid)])
                self.total = max(self.total, sum(rss.values()))
                if ticks % 8 == 0:  # PSS reads smaps: costlier, sample less often
                    self.pss = max(self.pss, sum(getattr(p.memory_full_info(), "pss", 0) for p in procs))
            except (psutil.Error, KeyError):
                pass
            ticks += 1
            self.done.wait(self.interval)


def mb(n: int) -> str:
    """Bytes as MB."""
    return f"{n / 2**20:.0f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--select", default=None, help="rule selection (default: every default rule)")
    args = ap.parse_args()

    gen = subprocess.Popen([sys.executable, str(HERE / "synth.py"), str(args.articles)], stdout=subprocess.PIPE)
    cmd = [sys.executable, "-m", "sourcelint", "check", "-", "--stdin-filename", "stream.jsonl", "--format", "jsonl",
           "--jobs", str(args.jobs), "--exit-zero", "--no-progress"]
    if args.select:
        cmd += ["--select", args.select]
    lint = subprocess.Popen(cmd, stdin=gen.stdout, stdout=subprocess.PIPE)
    assert gen.stdout is not None and lint.stdout is not None
    gen.stdout.close()  # the linter owns the pipe now
    sampler = Sampler(lint.pid)
    sampler.start()
    t0 = time.perf_counter()
    step = max(1, args.articles // 10)
    count = 0
    print(f"{'records':>9} {'seconds':>8} {'docs/s':>7}  peak RSS: parent  worker   total     PSS total")
    for _ in lint.stdout:
        count += 1
        if count % step == 0:
            dt = time.perf_counter() - t0
            print(f"{count:>9} {dt:>8.0f} {count / dt:>7.0f}  {mb(sampler.parent):>16} {mb(sampler.worker):>7} "
                  f"{mb(sampler.total):>7} {mb(sampler.pss):>12}", flush=True)
    lint.wait()
    gen.wait()
    sampler.done.set()
    sampler.join()
    dt = time.perf_counter() - t0
    print(f"done: {count} records in {dt:.0f} s ({count / dt:.0f} docs/s), exit {lint.returncode}; "
          f"peak RSS parent {mb(sampler.parent)}, largest worker {mb(sampler.worker)}, "
          f"all processes {mb(sampler.total)} (PSS {mb(sampler.pss)})")


if __name__ == "__main__":
    main()
