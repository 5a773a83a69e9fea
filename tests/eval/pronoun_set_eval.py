"""The pronoun family on hand-written sets of whole articles with flipped
pronouns (``tests/eval/pronouns_p1.jsonl``, ...), written by someone who had
seen neither the rules nor any earlier set. Record format::

    {"id", "title", "text", "clean": bool, "person", "gender",
     "flips": [{"start", "end", "text", "original"}, ...]}

Flipped articles have 1-5 pronouns of one established person flipped to
the other gender, anywhere; clean look-alikes have none. Reported: flipped
articles with any pronoun (PRN) finding, flipped pronouns covered by a PRN
finding, PRN findings that cover no flip, and clean articles with a PRN
finding (per 50). A set is blind until its first run; its first figure is
in the commit that adds it.

    python tests/eval/pronoun_set_eval.py --set p1 [--show]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sourcelint import Linter

HERE = Path(__file__).resolve().parent


def evaluate(articles: list[dict], linter: Linter, show: bool = False) -> dict:
    """The figures of one set."""
    flipped = [a for a in articles if not a["clean"]]
    clean = [a for a in articles if a["clean"]]
    art_hit = flips = found = stray = clean_hit = 0
    for art in articles:
        report = linter.lint_text(art["text"], id=art["id"])
        prn = [f for f in report.findings if f.family == "pronouns"]
        if art["clean"]:
            clean_hit += bool(prn)
            if show:
                for f in prn:
                    print(f"FALSE {art['id']}: {art['text'][max(0, f.start - 60):f.end + 20]!r} {f.message}")
            continue
        art_hit += bool(prn)
        for flip in art["flips"]:
            flips += 1
            hit = any(f.start < flip["end"] and flip["start"] < max(f.end, f.start + 1) for f in prn)
            found += hit
            if show and not hit:
                print(f"MISS {art['id']}: {art['text'][max(0, flip['start'] - 80):flip['end'] + 20]!r}")
        stray += sum(not any(f.start < fl["end"] and fl["start"] < max(f.end, f.start + 1) for fl in art["flips"])
                     for f in prn)
    return {
        "flipped_articles": len(flipped), "articles_with_finding": round(art_hit / max(1, len(flipped)), 3),
        "flips": flips, "flips_found": round(found / max(1, flips), 3), "findings_off_flip": stray,
        "clean_articles": len(clean), "clean_with_finding": clean_hit,
        "clean_per_50": round(50 * clean_hit / max(1, len(clean)), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", required=True, help="p1, p2, ...")
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    args = parser.parse_args()
    path = HERE / f"pronouns_{args.set}.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(json.dumps(evaluate(articles, Linter(), show=args.show), indent=1))


if __name__ == "__main__":
    main()
