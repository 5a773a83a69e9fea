"""Precision and recall of copy linking (sourcelint.copies_across) on copies made here.

Originals: the human articles of ../shared/corpus (native English and the
human references of the WMT21 X->en pairs), or, without it, the articles
tests/eval/source_outlets.py builds from the blind sets' clean passages.
Each original gets one copy of each kind, all streamed after every
original, in a shuffled order:

* ``syndicated``: the same text under a new headline with an agency credit;
* ``trimmed``: the first 70% of the paragraphs, with a credit;
* ``mt``: machine-translation damage (glue, stray marks, breaks, fragments,
  doubled speech tags; tests/eval/inject_mt.py), two of each kind;
* ``mt-heavy``: four of each kind, and 10% of the words replaced, swapped
  or dropped, as a round trip through another language does;
* ``reworded``: 30% of the words changed (a rewrite, not a copy: expected
  to be missed).

A copy is found when it is linked to its own original (or to another copy
of it); any other link is a false one. Every original is a distinct
article, so a link from an original is false too. With the corpus, also
reported: how often a WMT machine translation is linked to the human
translation of the same document (independent translations, not copies).

Run: python tests/eval/copies_eval.py [--thresholds 0.5,0.6,0.7,0.8] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from source_outlets import clean_articles, mt_damage  # noqa: E402

from sourcelint.copies_across import CopyIndex  # noqa: E402

# ../shared beside the repository (as in CI), or beside its parent folder (a worktree).
CORPUS = next((p for p in (HERE.parents[2] / "shared" / "corpus", HERE.parents[3] / "shared" / "corpus")
               if p.is_dir()), HERE.parents[2] / "shared" / "corpus")
KINDS = ("syndicated", "trimmed", "mt", "mt-heavy", "reworded")
_FILLER = ("the", "a", "officials", "said", "which", "very", "also", "in", "that", "report", "new", "after")


def originals() -> tuple[list[dict], list[dict]]:
    """Human articles (``id``, ``text``, ``docid``) and, with the corpus, the WMT machine translations."""
    if not CORPUS.is_dir():
        return [{"id": f"blind-{i}", "text": t, "docid": None} for i, t in enumerate(clean_articles())], []
    human, mt = [], []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            (human if r.get("label") == "human" else mt).append(
                {"id": r["id"], "text": r["text"], "docid": f"{r.get('pair')}:{r.get('docid')}"})
    return human, mt


def reword(text: str, rng: random.Random, rate: float) -> str:
    """``rate`` of the words replaced, swapped with the next or dropped."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        if rng.random() < rate:
            action = rng.choice(("replace", "swap", "drop"))
            if action == "replace":
                out.append(rng.choice(_FILLER))
            elif action == "swap" and i + 1 < len(words):
                out += [words[i + 1], words[i]]
                i += 1
        else:
            out.append(words[i])
        i += 1
    return " ".join(out)


def make_copy(text: str, kind: str, rng: random.Random) -> str:
    """A copy of ``text`` of the given kind."""
    credit = rng.choice(("(Reuters)", "— AFP", "Copyright 2026 The Associated Press. All rights reserved."))
    if kind == "syndicated":
        return f"{rng.choice(('UPDATE: ', 'WORLD: ', ''))}{text.splitlines()[0]}\n\n{text}\n\n{credit}"
    if kind == "trimmed":
        paras = text.split("\n\n")
        return "\n\n".join(paras[: max(1, round(len(paras) * 0.7))] + [credit])
    if kind == "mt":
        return mt_damage(text, rng, per_kind=2)
    if kind == "mt-heavy":
        return reword(mt_damage(text, rng, per_kind=4), rng, 0.10)
    return reword(text, rng, 0.30)


def evaluate(threshold: float, seed: int = 0) -> dict:
    """Recall per kind and overall precision at one similarity threshold."""
    rng = random.Random(seed)
    human, mt = originals()
    copies = [(o["id"], kind, make_copy(o["text"], kind, rng)) for o in human for kind in KINDS]
    rng.shuffle(copies)
    index = CopyIndex(threshold)
    links: list[tuple[str, str | None, str | None]] = []  # (article, its original, linked to)
    for o in human:
        found, _ = index.link(o["id"], "orig", 100.0, o["text"])
        links.append((o["id"], None, found and found["id"]))
    origin_of: dict[str, str] = {}
    for n, (orig, kind, text) in enumerate(copies):
        cid = f"copy-{n}-{kind}"
        origin_of[cid] = orig
        found, _ = index.link(cid, "copies", 50.0, text)
        links.append((cid, orig, found and found["id"]))
    found_by_kind: Counter = Counter()
    true_links = false_links = 0
    for cid, orig, linked in links:
        if linked is None:
            continue
        if orig is not None and origin_of.get(linked, linked) == orig:
            true_links += 1
            found_by_kind[cid.rsplit("-", 1)[-1] if not cid.endswith("heavy") else "mt-heavy"] += 1
        else:
            false_links += 1
    result = {"threshold": threshold, "originals": len(human), "copies_per_kind": len(human),
              "recall": {k: round(found_by_kind[k] / len(human), 3) for k in KINDS},
              "precision": round(true_links / max(1, true_links + false_links), 3),
              "false_links": false_links}
    if mt:
        result["wmt_mt_linked_to_reference"] = _translations_linked(human, mt, threshold)
    return result


def _translations_linked(human: list[dict], mt: list[dict], threshold: float) -> float:
    """Share of WMT machine translations linked to the human translation of the same document."""
    index = CopyIndex(threshold)
    by_doc = defaultdict(list)
    for h in human:
        index.link(h["id"], "ref", 100.0, h["text"])
        by_doc[h["docid"]].append(h["id"])
    hits = 0
    for m in mt:
        found, _ = index.link(m["id"], "mt", 50.0, m["text"])
        hits += bool(found and found["id"] in by_doc.get(m["docid"], ()))
    return round(hits / max(1, len(mt)), 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for threshold in (float(t) for t in args.thresholds.split(",")):
        print(json.dumps(evaluate(threshold, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
