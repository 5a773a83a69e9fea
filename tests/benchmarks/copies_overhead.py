"""What copy linking (``--copies``) adds to a run: N articles linted, with and without it.

Articles are made of sentences drawn at random from the human articles of
../shared/corpus (else from the blind sets' clean passages), 12-30 a piece,
so they read like news and are distinct; 5% are damaged copies of earlier
ones, so the index has links to find. One core, in-process, so the figures
are not blurred by a pool:

* lint: ``Linter.lint`` over every article (what ``check`` does per article);
* copies: ``CopyIndex.link`` over every article (signature, LSH query, insert).

The overhead is copies / lint. ``--cli`` also times ``sourcelint check
--format jsonl --jobs 1`` end to end, with and without ``--copies``.

Run: python tests/benchmarks/copies_overhead.py [--articles 10000] [--cli]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eval"))

from copies_eval import originals  # noqa: E402
from source_outlets import mt_damage  # noqa: E402

from sourcelint import Linter  # noqa: E402
from sourcelint.copies_across import CopyIndex  # noqa: E402
from sourcelint.document import Document  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def articles(n: int, seed: int = 0) -> list[dict]:
    """``n`` records (``id``, ``source``, ``text``)."""
    rng = random.Random(seed)
    human, _ = originals()
    pool = [s for o in human for s in _SENTENCE.split(o["text"].replace("\n\n", " ")) if len(s.split()) >= 5]
    out: list[dict] = []
    for i in range(n):
        if out and rng.random() < 0.05:
            text = mt_damage(rng.choice(out)["text"], rng)
        else:
            sents = rng.sample(pool, rng.randint(12, 30))
            text = "\n\n".join(" ".join(sents[j : j + 3]) for j in range(0, len(sents), 3))
        out.append({"id": f"a{i}", "source": f"outlet-{i % 50}", "text": text})
    return out


def in_process(records: list[dict]) -> dict:
    linter = Linter()
    t0 = time.perf_counter()
    reports = [linter.lint(Document(r["text"], id=r["id"], metadata={"source": r["source"]})) for r in records]
    lint_s = time.perf_counter() - t0
    index = CopyIndex()
    t0 = time.perf_counter()
    # As check --copies does: the report's Document, whose word tokens the rules have built.
    linked = sum(index.link(r.id, r.source, r.score, r.document)[0] is not None for r in reports)
    copies_s = time.perf_counter() - t0
    return {"articles": len(records), "lint_s": round(lint_s, 1), "copies_s": round(copies_s, 2),
            "overhead": round(copies_s / lint_s, 4), "linked": linked,
            "copies_ms_per_article": round(1000 * copies_s / len(records), 3)}


def end_to_end(records: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        out = {}
        for label, extra in (("without", []), ("with", ["--copies"])):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "sourcelint", "check", "--format", "jsonl", "--jobs", "1", "-o",
                            str(Path(tmp) / "out.jsonl"), *extra, str(data)], check=False)
            out[f"cli_{label}_s"] = round(time.perf_counter() - t0, 1)
        out["cli_overhead"] = round(out["cli_with_s"] / out["cli_without_s"] - 1, 4)
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--cli", action="store_true", help="also time sourcelint check end to end")
    args = parser.parse_args(argv)
    records = articles(args.articles)
    result = in_process(records)
    if args.cli:
        result.update(end_to_end(records))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
