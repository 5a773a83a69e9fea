"""Recall and false positives of the duplication family on injected copies.

Takes the clean native English news articles of the shared corpus, injects
one artefact per corrupted copy at a random (seeded) place, and checks that
the duplication rules find it:

* ``paragraph``: an exact copy of a paragraph, inserted after a later one;
* ``block``: a copy of 2-5 consecutive paragraphs, inserted further on;
* ``near``: a lightly edited copy of a paragraph (adjacent words swapped,
  words dropped), inserted further on;
* ``sentence``: a copy of a sentence appended to a later paragraph.

Each injection is labelled with the span of the copy. It is *found* when a
duplication finding (DUP001-DUP004; DUP005 is document-level) overlaps that
span, and *exact* when one has exactly that span. False positives are the
findings on the untouched originals, per 1,000 words.

    python tests/eval/inject_duplicates.py [--seed 13] [--limit N] [--timing]

``--timing`` also prints the family's own cost per article on the untouched
originals (document views computed beforehand, best of 5 passes).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from sourcelint import Document, Linter
from sourcelint.registry import load_rules

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
KINDS = ("paragraph", "block", "near", "sentence")
SPAN_CODES = ("DUP001", "DUP002", "DUP003", "DUP004")
MIN_WORDS = 12  # paragraphs copied are at least this long
MIN_NEAR_WORDS = 20  # a "light edit" needs room to stay light


@dataclass(frozen=True)
class Injection:
    """A corrupted text and the span of the injected copy."""

    kind: str
    text: str
    start: int
    end: int


def load_native(path: Path | None = None) -> list[dict]:
    """Records (``id``, ``text``) of the native English corpus."""
    path = path or CORPUS / "native-en.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _insert_paragraph(text: str, after: int, copy: str) -> tuple[str, int, int]:
    """Insert ``copy`` as a new paragraph after the paragraph ending at ``after``."""
    new = text[:after] + "\n\n" + copy + text[after:]
    start = after + 2
    return new, start, start + len(copy)


def _light_edit(words: list[str], rng: random.Random) -> list[str]:
    """Swap adjacent words and drop words: about one edit per 12 words, at least two."""
    out = list(words)
    edits = max(2, len(out) // 12)
    for _ in range(edits):
        i = rng.randrange(1, len(out) - 1)
        if rng.random() < 0.5:
            out[i], out[i + 1] = out[i + 1], out[i]
        else:
            del out[i]
    return out


def inject(text: str, kind: str, rng: random.Random) -> Injection | None:
    """Inject one artefact of ``kind`` into ``text``; None if the text is too short for it."""
    doc = Document(text)
    paras = doc.paragraphs
    long_ = [p.index for p in paras if len(p.text.split()) >= MIN_WORDS]
    if len(paras) < 3 or len(long_) < 2:
        return None
    if kind == "paragraph":
        i = rng.choice(long_)
        after = rng.randrange(i, len(paras))
        new, s, e = _insert_paragraph(text, paras[after].end, paras[i].text)
        return Injection(kind, new, s, e)
    if kind == "block":
        size = rng.randint(2, 5)
        starts = [
            i
            for i in range(len(paras) - size + 1)
            if sum(1 for k in range(i, i + size) if len(paras[k].text.split()) >= MIN_WORDS) >= 2
        ]
        if not starts:
            return None
        i = rng.choice(starts)
        last = i + size - 1
        after = rng.randrange(last, len(paras))
        block = text[paras[i].start : paras[last].end]
        new, s, e = _insert_paragraph(text, paras[after].end, block)
        return Injection(kind, new, s, e)
    if kind == "near":
        cands = [p.index for p in paras if len(p.text.split()) >= MIN_NEAR_WORDS and p.text[-1:] in ".\"”’"]
        if not cands:
            return None
        i = rng.choice(cands)
        copy = " ".join(_light_edit(paras[i].text.split(), rng))
        after = rng.randrange(i, len(paras))
        new, s, e = _insert_paragraph(text, paras[after].end, copy)
        return Injection(kind, new, s, e)
    if kind == "sentence":
        sents = [s for s in doc.sentences if len(s.text.split()) >= 8 and s.text[-1:] in ".\"”’?!"]
        if not sents:
            return None
        s = rng.choice(sents)
        later = [p for p in paras if p.index > s.paragraph]
        if not later:
            return None
        host = rng.choice(later)
        new = text[: host.end] + " " + s.text + text[host.end :]
        start = host.end + 1
        return Injection(kind, new, start, start + len(s.text))
    raise ValueError(f"unknown kind {kind!r}")


@dataclass
class Result:
    """Counts of one evaluation run."""

    injected: dict[str, int] = field(default_factory=lambda: {k: 0 for k in KINDS})
    found: dict[str, int] = field(default_factory=lambda: {k: 0 for k in KINDS})
    exact: dict[str, int] = field(default_factory=lambda: {k: 0 for k in KINDS})
    misses: list[tuple[str, str]] = field(default_factory=list)
    clean_words: int = 0
    clean_findings: list[tuple[str, str, str, str]] = field(default_factory=list)  # (id, code, severity, message)

    def recall(self, kind: str) -> float:
        """Share of injections of ``kind`` that a finding overlaps."""
        return self.found[kind] / self.injected[kind] if self.injected[kind] else 0.0

    def exact_rate(self, kind: str) -> float:
        """Share of injections of ``kind`` found with exactly the injected span."""
        return self.exact[kind] / self.injected[kind] if self.injected[kind] else 0.0

    def fp_per_1000(self, severities: Sequence[str] = ("warning", "error")) -> float:
        """Findings of these severities on the clean originals, per 1,000 words."""
        n = sum(1 for f in self.clean_findings if f[2] in severities)
        return 1000.0 * n / max(self.clean_words, 1)


def duplication_linter() -> Linter:
    """A linter running the duplication family only."""
    return Linter(rules=[cls for code, cls in load_rules().items() if code.startswith("DUP")])


def evaluate(
    records: Iterable[dict], seed: int = 13, rounds: int = 3, kinds: Sequence[str] = KINDS
) -> Result:
    """Inject ``rounds`` artefacts of every kind into every record and lint."""
    rng = random.Random(seed)
    linter = duplication_linter()
    res = Result()
    for rec in records:
        text = rec["text"]
        report = linter.lint(Document(text, id=rec["id"]))
        res.clean_words += report.words
        res.clean_findings.extend((rec["id"], f.code, f.severity, f.message) for f in report.findings)
        for kind in kinds:
            for _ in range(rounds):
                inj = inject(text, kind, rng)
                if inj is None:
                    continue
                res.injected[kind] += 1
                found = linter.lint(Document(inj.text, id=rec["id"])).findings
                spans = [(f.start, f.end) for f in found if f.code in SPAN_CODES]
                if any(s < inj.end and inj.start < e for s, e in spans):
                    res.found[kind] += 1
                else:
                    res.misses.append((kind, rec["id"]))
                if (inj.start, inj.end) in spans:
                    res.exact[kind] += 1
    return res


def family_cost(records: Sequence[dict], passes: int = 5) -> tuple[float, dict[str, float]]:
    """µs per article of the whole family and of each rule alone (shared views included).

    Core views (paragraphs, sentences, tokens) are computed before the clock
    starts, so this is the duplication family's own cost.
    """
    rules = [cls() for code, cls in sorted(load_rules().items()) if code.startswith("DUP")]

    def prepared() -> list[Document]:
        docs = []
        for rec in records:
            doc = Document(rec["text"])
            doc.paragraphs, doc.sentences, doc.tokens, doc.token_starts, doc.sentence_starts
            docs.append(doc)
        return docs

    def best(selected: Sequence) -> float:
        times = []
        for _ in range(passes):
            docs = prepared()
            t0 = time.process_time()
            for doc in docs:
                for rule in selected:
                    list(rule.check(doc))
                    rule.measure(doc)
            times.append(time.process_time() - t0)
        return 1e6 * min(times) / max(len(records), 1)

    return best(rules), {rule.code: best([rule]) for rule in rules}


def main(argv: Sequence[str] | None = None) -> int:
    """Print recall per kind and false positives per 1,000 words."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--rounds", type=int, default=3, help="injections of each kind per article")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    ap.add_argument("--corpus", type=Path, default=CORPUS / "native-en.jsonl")
    ap.add_argument("--timing", action="store_true", help="also print µs per article for the family")
    args = ap.parse_args(argv)
    records = load_native(args.corpus)
    if args.limit:
        records = records[: args.limit]
    res = evaluate(records, seed=args.seed, rounds=args.rounds)
    print(f"{len(records)} articles, {res.clean_words:,} words, seed {args.seed}, {args.rounds} injections/kind/article")
    print(f"{'kind':<10} {'injected':>8} {'recall':>7} {'exact span':>10}")
    for kind in KINDS:
        print(f"{kind:<10} {res.injected[kind]:>8} {res.recall(kind):>7.3f} {res.exact_rate(kind):>10.3f}")
    print(
        f"false positives on the originals: {res.fp_per_1000():.3f} warning/error per 1,000 words, "
        f"{res.fp_per_1000(('info', 'warning', 'error')):.3f} of any severity"
    )
    for rid, code, sev, msg in res.clean_findings:
        print(f"  FP {rid}: {code} [{sev}] {msg}")
    for kind, rid in res.misses[:20]:
        print(f"  missed {kind} in {rid}")
    if args.timing:
        total, per_rule = family_cost(records)
        chars = sum(len(r["text"]) for r in records) / max(len(records), 1)
        print(f"duplication family: {total:.0f} µs per article (mean {chars:,.0f} characters, CPU time)")
        for code, us in per_rule.items():
            print(f"  {code} alone, with the shared views it needs: {us:.0f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
