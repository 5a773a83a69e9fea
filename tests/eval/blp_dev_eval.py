"""Score the rules on ``blp_dev.jsonl`` (see ``make_blp_dev.py``): recall per
kind and false alarms on the clean items. A development set, not a blind one.

    python tests/eval/blp_dev_eval.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_eval  # noqa: E402

DEV = Path(__file__).resolve().parent / "blp_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    blind_eval.KIND_CODES.setdefault("broken_paragraph", ("STR001",))
    res = blind_eval.evaluate(blind_eval.load(DEV))
    for kind in res["spans"]:
        print(f"{kind:17} {res['spans'][kind]:3d} {res['recall'][kind]:6.2f}")
    fa = res["false_alarms"]
    print(f"clean: {res['clean_items']} items, {len(fa)} warning/error findings: {dict(Counter(f[1] for f in fa))}")
    if args.show:
        for kind, text in res["missed"]:
            print(f"  missed {kind:12} {text!r}")
        for item_id, code, sev, text in fa:
            print(f"  false alarm {item_id} {code} [{sev}] {text!r}")


if __name__ == "__main__":
    main()
