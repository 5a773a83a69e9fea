"""The rules on a blind labelled set: an honest measure of generalisation.

``tests/eval/blind_set.jsonl`` holds 383 short news-like passages written by
someone who had not seen the rules' code or word lists: 263 with labelled
artefacts of ten kinds (glued words, stray punctuation, spurious breaks,
fragments, doubled attributions, translation disclaimers, foreign passages,
furniture lines, placeholder links, embed residue) and 120 tricky clean
passages (brand names, abbreviations, URLs, Q&A, reported speech about
machine translation, furniture-like prose). Record format:
``{"id", "kind", "text", "spans": [[start, end], ...], "note"}``.

Per kind: recall (a labelled span overlapped by a finding of the kind's
rule), precision (findings of that rule on the items of that kind that
overlap a labelled span), and on the clean items every warning or error
finding of any rule, listed. Do not tune rules to this file's strings: its
value is that nobody did.

    python tests/eval/blind_eval.py [--show] [--set v2|v3]

``blind_set_v2.jsonl`` (412 passages, 151 clean) was written the same way,
later, by another author who saw neither the rules nor the first set; it
measures the rules after the changes the first set's misses prompted.
General mechanisms were then fixed from v2's misses too, so v2 is no longer
blind either. ``blind_set_v3.jsonl`` (400 passages, 150 clean) was written
after that by an author who saw neither the rules nor v1, and only the
format of v2: its figures are the honest ones.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sourcelint import Linter

BLIND = Path(__file__).resolve().parent / "blind_set.jsonl"
SETS = {"v1": BLIND, "v2": BLIND.with_name("blind_set_v2.jsonl"), "v3": BLIND.with_name("blind_set_v3.jsonl")}
#: Small sets of fragments and doubled tags only (make_grammar_dev.py, make_grammar_holdout.py).
GRAMMAR_SETS = {"dev": BLIND.with_name("grammar_dev.jsonl"), "holdout": BLIND.with_name("grammar_holdout.jsonl")}

#: The rule codes that answer to each kind (either one counts).
KIND_CODES = {
    "glued": ("MT001",),
    "stray": ("MT002",),
    "break": ("MT003",),
    "fragment": ("MT004",),
    "attribution": ("MT005", "PRN003"),
    "disclaimer": ("MT006", "BLP004"),
    "foreign": ("MT007", "LNG001"),
    "furniture": ("BLP001",),
    "placeholder": ("BLP002",),
    "embed": ("BLP003",),
}


def load(path: Path = BLIND) -> list[dict]:
    """The blind items."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(items: list[dict], linter: Linter | None = None) -> dict:
    """Recall and precision per kind, and the false alarms on clean items."""
    linter = linter or Linter()
    spans = Counter()
    hit = Counter()
    found = Counter()
    true = Counter()
    missed: list[tuple[str, str]] = []
    false_alarms: list[tuple[str, str, str, str]] = []
    clean_words = 0
    for item in items:
        report = linter.lint_text(item["text"], id=item["id"])
        kind = item["kind"]
        if kind == "clean":
            clean_words += report.words
            for f in report.findings:
                if f.severity != "info" and f.family != "internal":
                    false_alarms.append((item["id"], f.code, f.severity, item["text"][f.start : f.end][:70]))
            continue
        codes = KIND_CODES[kind]
        mine = [f for f in report.findings if f.code in codes]
        for s, e in item["spans"]:
            spans[kind] += 1
            if any(f.start < e and s < f.end for f in mine):
                hit[kind] += 1
            else:
                missed.append((kind, item["text"][s:e][:80]))
        for f in mine:
            found[kind] += 1
            if any(f.start < e and s < f.end for s, e in item["spans"]):
                true[kind] += 1
    return {
        "recall": {k: hit[k] / spans[k] for k in spans},
        "precision": {k: (true[k] / found[k] if found[k] else float("nan")) for k in spans},
        "spans": dict(spans),
        "found": dict(found),
        "missed": missed,
        "clean_items": sum(1 for i in items if i["kind"] == "clean"),
        "clean_words": clean_words,
        "false_alarms": false_alarms,
    }


def main() -> None:
    """Print the table (and with --show the misses and false alarms)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--set", choices=sorted(SETS | GRAMMAR_SETS), default="v1")
    args = ap.parse_args()
    res = evaluate(load((SETS | GRAMMAR_SETS)[args.set]))
    print(f"{'kind':12} {'rules':14} {'spans':>5} {'found':>5} {'recall':>7} {'precision':>9}")
    for kind, codes in KIND_CODES.items():
        print(f"{kind:12} {'/'.join(codes):14} {res['spans'].get(kind, 0):5d} {res['found'].get(kind, 0):5d} "
              f"{res['recall'].get(kind, float('nan')):7.3f} {res['precision'].get(kind, float('nan')):9.3f}")
    fa = res["false_alarms"]
    print(f"clean: {res['clean_items']} items, {res['clean_words']} words, {len(fa)} warning/error findings "
          f"({1000 * len(fa) / max(res['clean_words'], 1):.2f} per 1,000 words) on "
          f"{len({f[0] for f in fa})} items: {dict(Counter(f[1] for f in fa))}")
    if args.show:
        print("\nmissed:")
        for kind, text in res["missed"]:
            print(f"  {kind:12} {text!r}")
        print("\nfalse alarms on clean items:")
        for item_id, code, sev, text in fa:
            print(f"  {item_id} {code} [{sev}] {text!r}")


if __name__ == "__main__":
    main()
