"""Fix idempotence over the shared corpora.

For every article: fix to a fixed point, then fix the result again. Reports
how many articles changed, the fixes applied per rule, how many runs did not
converge, how many second runs changed anything (should be 0) and how many
safe fixes a re-lint still offers (should be 0).

    python tests/eval/fix_idempotence.py [--limit N] [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from sourcelint import Config, Document, Linter
from sourcelint.fix import fix_document

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def main() -> None:
    """Run the check and print one line per corpus plus the totals."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles per file (0: all)")
    args = ap.parse_args()
    files = args.files or sorted(CORPUS.glob("*.jsonl"))
    linter = Linter(Config())
    totals: Counter = Counter()
    codes: Counter = Counter()
    t0 = time.perf_counter()
    for path in files:
        stats: Counter = Counter()
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if args.limit and n >= args.limit:
                    break
                rec = json.loads(line)
                doc = Document(rec["text"], id=str(rec.get("id", n)))
                out = fix_document(linter, doc)
                stats["articles"] += 1
                stats["changed"] += out.changed
                stats["fixes"] += out.applied
                stats["not_converged"] += not out.converged
                codes.update(out.codes)
                again = fix_document(linter, Document(out.text, id=doc.id))
                stats["second_run_changed"] += again.changed
                stats["safe_fixes_left"] += sum(1 for f in out.report.findings if f.fix and f.fix.safe)
        totals.update(stats)
        print(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    print("total: " + ", ".join(f"{k} {v}" for k, v in totals.items())
          + f"; {time.perf_counter() - t0:.1f} s")
    print("fixes by rule: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))


if __name__ == "__main__":
    main()
