"""The rules on blind sets of whole articles: span recall, precision and
false alarms, as a reader meets them.

Each set (``tests/eval/articles_v4.jsonl``, ...) holds whole news articles
written by someone who had seen neither the rules nor any earlier set:
damaged ones with labelled spans of twelve kinds, and clean look-alikes.
Record format::

    {"id", "source", "title", "text", "clean": bool,
     "spans": [{"kind", "start", "end", "text"}, ...]}

Per kind: recall (a labelled span overlapped by a finding of one of the
kind's rules), precision (findings of the kind's rules on damaged articles
that overlap a labelled span of any kind, since one artefact may be two
kinds at once); per set: warning/error findings on the clean articles, and
damaged articles that still pass. A set is blind until its first run; the
figure of that run is recorded in the commit that adds the set, and later
runs measure a regression set, not generalisation.

    python tests/eval/article_eval.py --set v4 [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sourcelint import Linter

HERE = Path(__file__).resolve().parent

#: The rule codes that answer to each kind (any of them counts).
KIND_CODES = {
    "glued": ("MT001",),
    "stray": ("MT002",),
    "break": ("MT003",),
    "fragment": ("MT004",),
    "attribution": ("MT005", "PRN003"),
    "placeholder": ("BLP002",),
    "furniture": ("BLP001",),
    "embed": ("BLP003",),
    "foreign": ("MT007", "LNG001"),
    "disclaimer": ("MT006", "BLP004"),
    "broken_paragraph": ("STR001",),
    "duplicated_block": ("DUP001", "DUP002", "DUP003", "STR005"),  # (a repeated headline is STR005's)
}


def set_path(name: str) -> Path:
    """The file of set ``name`` (``v4`` -> ``articles_v4.jsonl``)."""
    return HERE / f"articles_{name}.jsonl"


def load(path: Path) -> list[dict]:
    """The articles of a set."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _meets(f, s: int, e: int) -> bool:
    return f.start < max(e, s + 1) and s < max(f.end, f.start + 1)


def evaluate(articles: list[dict], linter: Linter | None = None) -> dict:
    """Recall and precision per kind, clean false alarms and verdicts."""
    linter = linter or Linter()
    spans, hit, found, true = Counter(), Counter(), Counter(), Counter()
    missed: list[tuple[str, str, str]] = []
    false_alarms: list[tuple[str, str, str, str]] = []
    verdicts: Counter = Counter()
    clean_words = 0
    for art in articles:
        report = linter.lint_text(art["text"], id=art["id"], metadata={"source": art.get("source", "")})
        real = [f for f in report.findings if f.severity != "info" and f.family != "internal"]
        if art["clean"]:
            clean_words += report.words
            verdicts[("clean", report.verdict)] += 1
            false_alarms += [(art["id"], f.code, f.severity, art["text"][f.start:f.end][:70]) for f in real]
            continue
        verdicts[("damaged", report.verdict)] += 1
        for sp in art["spans"]:
            kind, s, e = sp["kind"], sp["start"], sp["end"]
            spans[kind] += 1
            if any(f.code in KIND_CODES[kind] and _meets(f, s, e) for f in report.findings):
                hit[kind] += 1
            else:
                missed.append((art["id"], kind, art["text"][s:e][:90]))
        for kind, codes in KIND_CODES.items():
            for f in report.findings:
                if f.code in codes:
                    found[kind] += 1
                    true[kind] += any(_meets(f, sp["start"], sp["end"]) for sp in art["spans"])
    return {
        "spans": dict(spans), "hit": dict(hit), "found": dict(found), "true": dict(true),
        "missed": missed, "false_alarms": false_alarms, "verdicts": dict(verdicts),
        "clean_articles": sum(1 for a in articles if a["clean"]), "clean_words": clean_words,
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def print_report(res: dict, show: bool) -> None:
    """The table, the clean articles' false alarms and the verdicts."""
    print(f"{'kind':17} {'rules':19} {'spans':>5} {'hit':>4} {'recall':>7} {'found':>5} {'precision':>9}")
    total_spans = total_hit = 0
    for kind, codes in KIND_CODES.items():
        n, h = res["spans"].get(kind, 0), res["hit"].get(kind, 0)
        fo, tr = res["found"].get(kind, 0), res["true"].get(kind, 0)
        total_spans += n
        total_hit += h
        print(f"{kind:17} {'/'.join(codes):19} {n:5d} {h:4d} {_ratio(h, n):7.2f} {fo:5d} {_ratio(tr, fo):9.2f}")
    print(f"{'all':17} {'':19} {total_spans:5d} {total_hit:4d} {_ratio(total_hit, total_spans):7.2f}")
    fa = res["false_alarms"]
    print(f"clean: {res['clean_articles']} articles, {res['clean_words']} words, {len(fa)} warning/error "
          f"findings on {len({f[0] for f in fa})} articles: {dict(Counter(f[1] for f in fa))}")
    v = res["verdicts"]
    print("verdicts: " + ", ".join(f"{k[0]} {k[1]}: {n}" for k, n in sorted(v.items(), key=str)))
    if show:
        print("\nmissed:")
        for art_id, kind, text in res["missed"]:
            print(f"  {art_id} {kind:17} {text!r}")
        print("\nfalse alarms on clean articles:")
        for art_id, code, sev, text in fa:
            print(f"  {art_id} {code} [{sev}] {text!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="v4", help="set name: articles_<name>.jsonl beside this script")
    ap.add_argument("--file", type=Path, help="score this JSONL file instead")
    ap.add_argument("--show", action="store_true", help="list every miss and false alarm")
    args = ap.parse_args()
    print_report(evaluate(load(args.file or set_path(args.set))), args.show)


if __name__ == "__main__":
    main()
