"""Findings per 1,000 words on clean and machine-translated news, per rule.

The shared corpus holds three kinds of English news text:

* ``native``: native English articles (native-en.jsonl), the clean baseline
  the issue's false-positive target is measured on;
* ``human``: professional human translations (the WMT21 references), clean
  but translated, a second, larger clean set;
* ``mt``: machine translations of the same documents (the WMT21 systems).

For each kind the script prints, per rule code, the warning/error findings
per 1,000 words (and info findings separately), and the verdicts. Every
default rule runs, so the clean rates count every family, not only the one
being tuned.

    python tests/eval/clean_rates.py [--select MT,BLP] [--show CODE] [--limit N]

``--show CODE`` prints the excerpts of that code's findings on the clean
kinds, for reading them one by one.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from sourcelint import Config, Linter

_HERE = Path(__file__).resolve()
# ../shared beside the checkout, or beside the folder of worktrees.
CORPUS = next((p for p in (_HERE.parents[3] / "shared" / "corpus", _HERE.parents[4] / "shared" / "corpus")
               if p.is_dir()), _HERE.parents[3] / "shared" / "corpus")


def load(kind: str, limit: int = 0) -> list[dict]:
    """The records of one kind (native, human or mt)."""
    out = []
    files = ["native-en.jsonl"] if kind == "native" else sorted(p.name for p in CORPUS.glob("wmt21-*.jsonl"))
    for name in files:
        with (CORPUS / name).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if kind == "native" or (kind == "human") == (rec["label"] == "human"):
                    out.append(rec)
    return out[:limit] if limit else out


def main() -> None:
    """Print the per-code rates for each kind of text."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--select", default="ALL")
    ap.add_argument("--show", default="", help="print the findings of this code (or prefix) on clean text")
    ap.add_argument("--limit", type=int, default=0, help="records per kind (0: all)")
    args = ap.parse_args()
    linter = Linter(Config(select=tuple(args.select.split(","))))
    table: dict[str, dict[str, float]] = defaultdict(dict)
    totals = {}
    for kind in ("native", "human", "mt"):
        recs = load(kind, args.limit)
        words = 0
        strong: Counter[str] = Counter()
        info: Counter[str] = Counter()
        verdicts: Counter[str] = Counter()
        for rec in recs:
            report = linter.lint_text(rec["text"], id=rec["id"])
            words += report.words
            verdicts[report.verdict] += 1
            for f in report.findings:
                (info if f.severity == "info" else strong)[f.code] += 1
                if args.show and kind != "mt" and f.code.startswith(args.show):
                    print(f"[{kind}] {rec['id']} {f.code} {f.severity}: {f.message}\n      {f.excerpt}")
        per = 1000.0 / max(words, 1)
        for code in set(strong) | set(info):
            table[code][kind] = strong[code] * per
            table[code][kind + "_info"] = info[code] * per
        totals[kind] = (len(recs), words, sum(strong.values()) * per, sum(info.values()) * per, verdicts)
    print(f"{'code':<8}" + "".join(f"{k:>10}{k + ' info':>13}" for k in ("native", "human", "mt")))
    for code in sorted(table):
        row = table[code]
        print(f"{code:<8}" + "".join(f"{row.get(k, 0):>10.3f}{row.get(k + '_info', 0):>13.3f}"
                                     for k in ("native", "human", "mt")))
    print("(warning/error findings per 1,000 words; 'info' columns: info findings)")
    for kind, (n, words, strong_rate, info_rate, verdicts) in totals.items():
        v = ", ".join(f"{k} {c}" for k, c in sorted(verdicts.items()))
        print(f"{kind:<7} {n:>4} articles {words:>7,} words: {strong_rate:.3f} warning/error and "
              f"{info_rate:.3f} info per 1,000 words; {v}")


if __name__ == "__main__":
    main()
