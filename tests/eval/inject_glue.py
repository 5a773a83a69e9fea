"""Glued-word recall per case pattern on real text (MT001).

Takes the untouched native English articles and the professional human
translations of the shared corpus (``../shared/corpus``), removes the space
between random adjacent words in them, several per article and at most one
per paragraph, and reports per pattern how many of the glued pairs an MT001
finding overlaps (recall), at what severity, and how many MT001 findings
overlap no glued pair (alarms on the untouched rest of the copy).

Patterns (the pair before gluing):

* ``lower+lower``: "the house" -> "thehouse"
* ``Capital+lower``: "Police said" -> "Policesaid"
* ``word+Capital``: "in London" -> "inLondon"
* ``number+word``: "20 people", "$9 million" -> "20people", "$9million"
* ``word+punct+word``: "said. The", "Tuesday, the" -> "said.The", "Tuesday,the"

    python tests/eval/inject_glue.py [--seed N] [--limit N] [--per-doc K] [--show PATTERN]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

from sourcelint import Config, Linter

from clean_rates import load

_WORD = r"[a-z]{2,}"
_PATTERNS = {
    "lower+lower": re.compile(rf"{_WORD}"), "Capital+lower": re.compile(r"[A-Z][a-z]+"),
    "word+Capital": re.compile(r"[A-Za-z]{2,}"), "number+word": re.compile(r"[$£€]?\d[\d,.]*"),
    "word+punct+word": re.compile(r"[A-Za-z]{2,}[.,;:!?]"),
}
_TAILS = {
    "lower+lower": re.compile(_WORD), "Capital+lower": re.compile(_WORD),
    "word+Capital": re.compile(r"[A-Z][a-z]+"), "number+word": re.compile(r"[a-z]{2,}"),
    "word+punct+word": re.compile(r"[A-Za-z]{2,}"),
}


def _pairs(text: str, lo: int, hi: int) -> dict[str, list[tuple[int, int, int]]]:
    """(start, space, end) of the adjacent pairs in ``text[lo:hi]``, per pattern."""
    out: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for m in re.finditer(r"\S+", text[lo:hi]):
        nxt = re.compile(r" (\S+)").match(text, lo + m.end())
        if nxt is None:
            continue
        head, tail = m.group(), nxt.group(1).rstrip(".,;:!?\"”’)")
        for name, rx in _PATTERNS.items():
            if rx.fullmatch(head) and _TAILS[name].fullmatch(tail):
                if name == "Capital+lower" and m.start() == 0:
                    continue  # a paragraph's first word is capitalised for its position only
                out[name].append((lo + m.start(), lo + m.end(), lo + m.end() + 1 + len(tail)))
    return out


def glue_copy(text: str, rng: random.Random, per_doc: int) -> tuple[str, list[tuple[int, int, str]]]:
    """A copy of ``text`` with up to ``per_doc`` pairs glued (one per paragraph), and their spans."""
    paras = [m.span() for m in re.finditer(r"[^\n]+", text)]
    rng.shuffle(paras)
    chosen: list[tuple[int, int, int, str]] = []
    for lo, hi in paras:
        if len(chosen) >= per_doc:
            break
        found = _pairs(text, lo, hi)
        if not found:
            continue
        name = rng.choice(sorted(found))
        chosen.append((*rng.choice(found[name]), name))
    chosen.sort()
    out, spans, shift, pos = [], [], 0, 0
    for start, space, end, name in chosen:
        out.append(text[pos:space])
        pos = space + 1
        spans.append((start - shift, end - shift - 1, name))
        shift += 1
    out.append(text[pos:])
    return "".join(out), spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="records per kind (0: all)")
    ap.add_argument("--per-doc", type=int, default=6)
    ap.add_argument("--show", default="", help="print the misses of this pattern ('alarms' for the alarms)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    linter = Linter(Config(select=("MT001",)))
    total: Counter[str] = Counter()
    found: dict[str, Counter[str]] = defaultdict(Counter)
    alarms: Counter[str] = Counter()
    words = 0
    for kind in ("native", "human"):
        for rec in load(kind, args.limit):
            text, spans = glue_copy(rec["text"], rng, args.per_doc)
            words += len(text.split())
            findings = [f for f in linter.lint_text(text, id=rec["id"]).findings if f.code == "MT001"]
            for s, e, name in spans:
                total[name] += 1
                hit = [f for f in findings if f.start < e and f.end > s]
                found[name][hit[0].severity if hit else "miss"] += 1
                if not hit and args.show == name:
                    print(f"  miss {name:16} {text[s:e]!r}  ({rec['id']})")
            for f in findings:
                if not any(f.start < e and f.end > s for s, e, _ in spans):
                    alarms[f.severity] += 1
                    if args.show == "alarms":
                        print(f"  alarm [{f.severity}] {text[f.start:f.end]!r}  ({rec['id']})")
    print(f"{'pattern':18} {'glued':>6} {'found':>6} {'recall':>7} {'error/warn':>11} {'info':>5}")
    for name in _PATTERNS:
        n, c = total[name], found[name]
        hits = n - c["miss"]
        print(f"{name:18} {n:6} {hits:6} {hits / max(n, 1):7.2f} {c['error'] + c['warning']:11} {c['info']:5}")
    n = sum(total.values())
    hits = n - sum(c["miss"] for c in found.values())
    print(f"{'all':18} {n:6} {hits:6} {hits / max(n, 1):7.2f}")
    print(f"alarms off the glued pairs: {dict(alarms)} in {words} words "
          f"({1000 * (alarms['error'] + alarms['warning']) / max(words, 1):.3f} warning/error, "
          f"{1000 * alarms['info'] / max(words, 1):.3f} info per 1,000 words)")


if __name__ == "__main__":
    main()
