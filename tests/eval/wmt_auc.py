"""How well translation.density separates machine from human translations.

On ../shared/corpus/wmt21-*-en.jsonl (professional human reference and four
MT systems per source document), compute the ROC AUC of each translation
signal for label ``mt`` against label ``human``, per language pair and
overall. AUC is computed here (Mann-Whitney U with ties counted half), no
scikit-learn. 0.5 means no separation; above 0.5 means MT scores higher.

Run: python tests/eval/wmt_auc.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sourcelint.document import Document
from sourcelint.rules.translation import translation_signals

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
KEYS = (
    "translation.density",
    "translation.artefact_rate",
    "translation.function_word_deviation",
    "translation.ttr",
)


def roc_auc(pos: list[float], neg: list[float]) -> float:
    """P(score of a random positive > a random negative), ties counting 1/2.

    Computed by ranking (average ranks for ties), O(n log n).
    """
    if not pos or not neg:
        return float("nan")
    scored = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum = 0.0
    i = 0
    n = len(scored)
    while i < n:
        j = i
        while j < n and scored[j][0] == scored[i][0]:
            j += 1
        avg_rank = (i + 1 + j) / 2.0  # ranks i+1..j
        rank_sum += avg_rank * sum(1 for k in range(i, j) if scored[k][1] == 1)
        i = j
    u = rank_sum - len(pos) * (len(pos) + 1) / 2.0
    return u / (len(pos) * len(neg))


def evaluate(corpus: Path) -> dict[str, dict[str, float]]:
    """{pair or 'all': {signal: AUC}} plus record counts under 'n_mt'/'n_human'."""
    results: dict[str, dict[str, float]] = {}
    pooled: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in KEYS}
    for path in sorted(corpus.glob("wmt21-*-en.jsonl")):
        pair = path.stem.replace("wmt21-", "")
        per: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in KEYS}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            sig = translation_signals(Document(rec["text"], id=rec["id"]))
            for k in KEYS:
                # Low TTR is the MT-like direction: negate so higher = more MT-like.
                v = -sig[k] if k == "translation.ttr" else sig[k]
                side = 0 if rec["label"] == "mt" else 1
                per[k][side].append(v)
                pooled[k][side].append(v)
        results[pair] = {k: roc_auc(*per[k]) for k in KEYS}
        results[pair]["n_mt"] = len(per[KEYS[0]][0])
        results[pair]["n_human"] = len(per[KEYS[0]][1])
    results["all"] = {k: roc_auc(*pooled[k]) for k in KEYS}
    results["all"]["n_mt"] = len(pooled[KEYS[0]][0])
    results["all"]["n_human"] = len(pooled[KEYS[0]][1])
    return results


def main(argv: list[str] | None = None) -> int:
    """Print the AUC table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if not any(args.corpus.glob("wmt21-*-en.jsonl")):
        print(f"no wmt21-*-en.jsonl files in {args.corpus}")
        return 2
    res = evaluate(args.corpus)
    short = {k: k.split(".", 1)[1] for k in KEYS}
    print(f"{'pair':6} {'mt':>5} {'human':>5} " + " ".join(f"{short[k]:>24}" for k in KEYS))
    for pair, row in res.items():
        print(f"{pair:6} {int(row['n_mt']):5d} {int(row['n_human']):5d} " + " ".join(f"{row[k]:24.3f}" for k in KEYS))
    print("(AUC of label mt vs human; ttr negated so that > 0.5 means lower TTR for MT)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
