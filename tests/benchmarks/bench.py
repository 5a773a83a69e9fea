"""Throughput benchmark: lint the shared corpus on one core.

    python tests/benchmarks/bench.py                 # all rules
    python tests/benchmarks/bench.py --select DUP    # one family
    python tests/benchmarks/bench.py --per-rule      # cost of each rule
    python tests/benchmarks/bench.py --per-analysis  # own cost of each shared analysis

Prints documents/s and MB/s (of UTF-8 text). Timings are measured here, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from sourcelint import Config, Document, Linter

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def load(corpus: Path) -> list[dict]:
    """Every record of every JSONL file in the corpus folder."""
    records = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def bench(linter: Linter, texts: list[str], repeat: int) -> tuple[float, float]:
    """(docs/s, MB/s) over ``repeat`` passes, fresh Documents each pass."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            linter.lint(Document(text, id=str(i)))
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best, size / best / 1e6


def views_cost(texts: list[str], repeat: int) -> float:
    """µs/doc of building the paragraph, sentence and token views (a linter
    with no rule selected never builds them)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            doc = Document(text)
            doc.paragraphs, doc.sentences, doc.tokens  # noqa: B018 - built on first access
        best = min(best, time.perf_counter() - t0)
    return 1e6 * best / len(texts)


def analysis_costs(linter: Linter, texts: list[str]) -> tuple[Counter[str], float]:
    """(µs/doc each shared analysis spends in its own code, not in the
    analyses it reads; µs/doc of the whole lint) over one pass with the
    analyses timed: the timing itself adds a little to each."""
    own: Counter[str] = Counter()
    inner: list[float] = []  # per open analysis: the time its nested analyses took
    view = Document.view

    def timed(doc: Document, name: str, compute):  # type: ignore[no-untyped-def]
        if name in doc._views:
            return view(doc, name, compute)
        t0 = time.perf_counter()
        inner.append(0.0)
        try:
            return view(doc, name, compute)
        finally:
            took = time.perf_counter() - t0
            own[name] += took - inner.pop()
            if inner:
                inner[-1] += took

    Document.view = timed  # type: ignore[method-assign]
    try:
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            linter.lint(Document(text, id=str(i)))
        total = time.perf_counter() - t0
    finally:
        Document.view = view  # type: ignore[method-assign]
    n = len(texts)
    return Counter({k: 1e6 * v / n for k, v in own.items()}), 1e6 * total / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--select", default="ALL", help="comma-separated selectors")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--per-rule", action="store_true")
    ap.add_argument("--per-analysis", action="store_true")
    args = ap.parse_args()
    texts = [r["text"] for r in load(args.corpus)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"corpus: {len(texts)} documents, {size / 1e6:.2f} MB, mean {size / len(texts) / 1000:.1f} KB")
    linter = Linter(Config(select=tuple(args.select.split(","))))
    docs_s, mb_s = bench(linter, texts, args.repeat)
    print(f"sourcelint ({args.select}, {len(linter.rules)} rules, 1 core): {docs_s:,.0f} docs/s, {mb_s:.2f} MB/s")
    if args.per_rule:
        base = Linter(Config(select=()))
        base_docs, _ = bench(base, texts, args.repeat)
        views = views_cost(texts, args.repeat)
        print(f"  core only (no rules): {1e6 / base_docs:8.1f} µs/doc")
        print(f"  document views alone (paragraphs, sentences, tokens): {views:8.1f} µs/doc; the core builds "
              f"some of them, and each rule below is charged for the rest it reads")
        for rule in linter.rules:
            one = Linter(Config(select=(rule.code,)))
            d, _ = bench(one, texts, args.repeat)
            print(f"  {rule.code:<7} {rule.name:<34} {1e6 / d - 1e6 / base_docs:8.1f} µs/doc")
    if args.per_analysis:
        own, total = analysis_costs(linter, texts)
        print(f"  shared analyses, own time (of {total:,.0f} µs/doc timed; the rest is the core and the rules' checks):")
        for name, cost in own.most_common():
            print(f"  {name:<42} {cost:8.1f} µs/doc")


if __name__ == "__main__":
    main()
