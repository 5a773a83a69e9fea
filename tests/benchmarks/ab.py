"""A/B throughput on a shared machine: a base copy of the package against this one.

    git archive BASE lint rules | tar -x -C /tmp/base
    (cd /tmp/base && mv lint sourcelint && mv rules sourcelint/rules)
    python tests/benchmarks/ab.py --base /tmp/base [--corpus ../shared/corpus] [--rounds 5]

Two worker processes (the base package first on their path, and this one)
lint the same chunks of the corpus in alternation, the order swapped each
chunk, so both meet the same load from other processes; per document the
fastest of ``--rounds`` lints counts. Prints docs/s and MB/s of each and
the speed-up. Timings are measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CHUNK = 20  # documents per turn


def load(corpus: Path) -> list[str]:
    """The text of every record of every JSONL file in the corpus folder."""
    texts = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def worker(corpus: Path) -> None:
    """Lint the documents named on stdin ("lo hi"), answering with each one's seconds."""
    from sourcelint import Document, Linter

    texts = load(corpus)
    linter = Linter()
    for text in texts:  # warm: lexicons loaded, caches filled
        linter.lint(Document(text))
    print("ready", flush=True)
    clock = time.perf_counter
    for line in sys.stdin:
        lo, hi = map(int, line.split())
        times = []
        for text in texts[lo:hi]:
            t0 = clock()
            linter.lint(Document(text))
            times.append(clock() - t0)
        print(" ".join(map(repr, times)), flush=True)


def start(corpus: Path, base: Path | None) -> subprocess.Popen[str]:
    """A worker process, with ``base`` first on its path if given."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if base is not None:
        env["PYTHONPATH"] = str(base)
    proc = subprocess.Popen([sys.executable, __file__, "--worker", "--corpus", str(corpus)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit("a worker failed to start")
    return proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, help="folder holding the base copy as sourcelint/")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.corpus)
        return
    if args.base is None:
        ap.error("--base is required")
    texts = load(args.corpus)
    n, size = len(texts), sum(len(t.encode("utf-8")) for t in texts)
    procs = {"base": start(args.corpus, args.base), "this": start(args.corpus, None)}
    best = {name: [float("inf")] * n for name in procs}
    for r in range(args.rounds):
        for k, lo in enumerate(range(0, n, CHUNK)):
            for name in (("base", "this") if (r + k) % 2 == 0 else ("this", "base")):
                proc = procs[name]
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(f"{lo} {min(n, lo + CHUNK)}\n")
                proc.stdin.flush()
                for i, t in enumerate(map(float, proc.stdout.readline().split()), lo):
                    best[name][i] = min(best[name][i], t)
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    for name, times in best.items():
        total = sum(times)
        print(f"{name}: {n / total:,.0f} docs/s, {size / total / 1e6:.2f} MB/s "
              f"(sum over {n} documents of the fastest of {args.rounds} lints)")
    print(f"speed-up: {sum(best['base']) / sum(best['this']):.3f}x")


if __name__ == "__main__":
    main()
