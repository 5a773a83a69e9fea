"""Snapshot every finding and metric on a fixed set of texts, to prove that a
speed change changes nothing else.

    python tests/tools/golden.py write /tmp/golden.json          # before
    python tests/tools/golden.py diff /tmp/golden.json [--select PRN]   # after
    ... [--corpus ../shared/corpus]   # where the shared corpus is (a worktree's sibling folder by default)

The texts: the shared corpus (native, human and machine translations), the
samples, every evaluation set in tests/eval and the rule cases, each keyed
by its file and line (ids repeat across the sets). A diff lists every document
whose findings (code, span, severity, message, confidence, fix) or metrics
differ, restricted to the selected codes (and metric prefixes) if given.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sourcelint import Document, Linter
from sourcelint.cases import load_cases
from sourcelint.registry import load_rules

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def texts(corpus: Path = CORPUS) -> list[tuple[str, str]]:
    """(key, text) of every document in the snapshot."""
    if not corpus.is_dir():
        print(f"warning: no corpus at {corpus} (pass --corpus): only the repository's texts are compared",
              file=sys.stderr)
    out = []
    for path in [*sorted(corpus.glob("*.jsonl")), *sorted((ROOT / "tests" / "eval").glob("*.jsonl"))]:
        for n, line in enumerate(path.open(encoding="utf-8"), 1):
            if line.strip():
                out.append((f"{path.name}:{n}", json.loads(line)["text"]))
    for path in sorted((ROOT / "samples").glob("*.txt")):
        out.append((path.name, path.read_text(encoding="utf-8")))
    for code, cls in load_rules().items():
        for case in load_cases(cls):
            out.append((f"case:{code}:{case.name}", case.text))
    return out


def snapshot(corpus: Path = CORPUS) -> dict[str, dict]:
    """Findings and metrics of every text."""
    linter = Linter()
    snap = {}
    for doc_id, text in texts(corpus):
        rec = linter.lint(Document(text, id=doc_id)).to_dict()
        snap[doc_id] = {
            "findings": [[f["code"], f["start"], f["end"], f["severity"], f["message"], f["confidence"],
                          f["fix"]] for f in rec["findings"]],
            "metrics": rec["metrics"],
            "score": rec["score"],
        }
    return snap


def main() -> int:
    """write PATH | diff PATH [--select PREFIX,...] [--corpus DIR]"""
    mode, path = sys.argv[1], Path(sys.argv[2])
    select = ()
    if "--select" in sys.argv:
        select = tuple(sys.argv[sys.argv.index("--select") + 1].split(","))
    corpus = Path(sys.argv[sys.argv.index("--corpus") + 1]) if "--corpus" in sys.argv else CORPUS
    snap = snapshot(corpus)
    if mode == "write":
        path.write_text(json.dumps(snap, sort_keys=True), encoding="utf-8")
        print(f"wrote {len(snap)} documents to {path}")
        return 0
    old = json.loads(path.read_text(encoding="utf-8"))
    bad = 0
    for doc_id in sorted(set(old) | set(snap)):
        a, b = old.get(doc_id), snap.get(doc_id)
        if a is None or b is None:
            print(f"{doc_id}: only in {'new' if a is None else 'old'}")
            bad += 1
            continue
        fa = [f for f in a["findings"] if not select or f[0].startswith(select)]
        fb = [f for f in b["findings"] if not select or f[0].startswith(select)]
        ma, mb = a["metrics"], b["metrics"]
        # with --select only those codes' findings are compared; else everything
        if fa != fb or (not select and (ma != mb or a["score"] != b["score"])):
            bad += 1
            if bad <= 20:
                print(f"{doc_id}:\n  old {fa}\n  new {fb}")
                if not select and ma != mb:
                    print("  metrics differ:", {k: (ma.get(k), mb.get(k)) for k in set(ma) | set(mb) if ma.get(k) != mb.get(k)})
    print(f"{bad} document(s) differ out of {len(snap)}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
