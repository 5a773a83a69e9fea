"""Adversarial-input audit: is every rule linear in the size of the document?

    python tests/benchmarks/hostile.py                     # N = 100k chars, 4N = 400k
    python tests/benchmarks/hostile.py --size 1250000      # 1.25 MB and 5 MB (slow)
    python tests/benchmarks/hostile.py --rules MT,DUP001 --inputs spaces,a_dot
    python tests/benchmarks/hostile.py --list              # the input names

Every registered rule (``sourcelint.registry.load_rules()``, so rules that
land later are covered without editing this file) is run alone on each
adversarial input at two sizes, N and 4N characters, on a fresh Document
whose shared views (paragraphs, sentences, tokens, line index) were built
beforehand; "core" times those views themselves, "ALL" the whole linter
(every rule, suppressions, scoring), "FIX" fixing to a fixed point with
unsafe fixes too (what ``fix --unsafe-fixes`` does per document) and "DIFF"
the unified diff of the result (``--diff``); ``--no-fixes`` skips those two. It prints seconds per MB (of UTF-8) at
4N and the growth ratio t(4N)/t(N): linear code gives ~4, quadratic ~16.
A row is flagged SUPERLINEAR when the ratio exceeds ``--max-ratio`` and the
4N run took long enough (``--floor``) for the ratio to mean something, and
TIMEOUT when one run exceeds ``--cap`` seconds (it is interrupted with
SIGALRM, so a catastrophic regex cannot hang the audit).

Timings are printed, never asserted; ``tests/test_hostile.py`` is the
safety net that runs the same inputs at a moderate size under pytest-timeout.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import signal
import sys
import time
from pathlib import Path
from typing import Callable

from sourcelint import Config, Document, Linter
from sourcelint.fix import fix_document, unified_diff
from sourcelint.registry import load_rules

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


_NOTICE = ("Not all news on the site expresses the point of view of the site, but we transmit this news "
           "automatically and translate it through programmatic technology on the site and not from a human editor.")


def _fill(unit: str, n: int) -> str:
    """``unit`` repeated to exactly ``n`` characters."""
    return (unit * (n // max(len(unit), 1) + 1))[:n]


def _real_paragraphs() -> list[str]:
    """Paragraphs of real articles (the native corpus, else the samples)."""
    paras: list[str] = []
    native = CORPUS / "native-en.jsonl"
    if native.is_file():
        for line in native.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paras.extend(p.strip() for p in json.loads(line)["text"].split("\n\n") if p.strip())
    for path in sorted(SAMPLES.glob("*.txt")):
        paras.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    return paras or ["The minister said on Tuesday that the plan would go ahead as agreed."]


_PARAS: list[str] | None = None


def real_paragraphs() -> list[str]:
    """Cached :func:`_real_paragraphs`."""
    global _PARAS
    if _PARAS is None:
        _PARAS = _real_paragraphs()
    return _PARAS


def _distinct_words(n: int) -> str:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: list[str] = []
    size = 0
    while size < n:
        w = "".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


def _one_paragraph(n: int) -> str:
    # Real sentences, no blank line anywhere: one huge paragraph.
    return _fill(" ".join(p.replace("\n", " ") for p in real_paragraphs()) + " ", n)


def _many_paragraphs(n: int) -> str:
    return _fill("\n\n".join(real_paragraphs()) + "\n\n", n)


def _shuffled_paragraphs(n: int) -> str:
    # Distinct-ish paragraphs (real ones with a varying number): near-duplicates everywhere.
    paras = real_paragraphs()
    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        p = f"{paras[i % len(paras)]} ({i})"
        out.append(p)
        size += len(p) + 2
        i += 1
    return "\n\n".join(out)[:n]


#: name -> generator of a text of (about) n characters.
INPUTS: dict[str, Callable[[int], str]] = {
    "letter": lambda n: "a" * n,
    "upper": lambda n: "A" * n,
    # Blank runs after one letter: a text that is all blank is an error
    # report ("empty document") and no rule would run on it.
    "spaces": lambda n: "A" + " " * (n - 1),
    "newlines": lambda n: "A" + "\n" * (n - 1),
    "tabs_crlf": lambda n: "A" + _fill("\t \r\n", n - 1),
    "a_dot": lambda n: _fill("a.", n),
    "A_dot_space": lambda n: _fill("A. ", n),
    "A_dot_lines": lambda n: _fill("A.\n", n),
    "lower_after_stop": lambda n: _fill("word. next ", n),
    "dots": lambda n: "." * n,
    "space_dots": lambda n: _fill(" .", n),
    "punct_mix": lambda n: _fill(".,;:!?-–—\"'()[]…«»“”‘’/|•", n),
    "punct_words": lambda n: _fill("Word.Word,word;Word!", n),
    "combining": lambda n: "a" + "\u0301" * (n - 1),
    "combining_words": lambda n: _fill("e\u0301\u0302\u0303\u0304 ", n),
    "quotes": lambda n: '"' * n,
    "curly_quotes": lambda n: _fill("“‘", n),
    "word_space": lambda n: _fill("word ", n),
    "cap_words": lambda n: _fill("Word ", n),
    "one_letter_words": lambda n: _fill("a ", n),
    "glued_case": lambda n: _fill("abCd", n),
    "glued_names": lambda n: _fill("BacheletThis ", n),
    "hyphen_chain": lambda n: _fill("a-", n),
    "apostrophes": lambda n: _fill("a'", n),
    "abbrev": lambda n: _fill("Mr. ", n),
    "distinct_words": _distinct_words,
    "one_paragraph": _one_paragraph,
    "many_paragraphs": _many_paragraphs,
    "near_duplicates": _shuffled_paragraphs,
    "same_sentence": lambda n: _fill("The minister said the plan was fine. ", n),
    "same_paragraph": lambda n: _fill("The minister said the plan was fine on Monday.\n\n", n),
    "pronouns": lambda n: _fill("He said she told them that they saw him and her. ", n),
    "list_items": lambda n: _fill("- item\n", n),
    "headings": lambda n: _fill("# Heading\n", n),
    "comment_open": lambda n: _fill("<!--", n),
    "suppress": lambda n: _fill("<!-- sourcelint: disable=DUP --> x ", n),
    "directive_blanks": lambda n: "<!-- sourcelint: disable=" + " " * (n - 26) + "x",
    "marks_then_word": lambda n: _fill(" .", n - 1) + "x",
    "fences": lambda n: _fill("```\n", n),
    "front_matter": lambda n: "---\n" + _fill("k: v\n", n - 4),
    "html_tags": lambda n: _fill('<a href="', n),
    "html_links": lambda n: _fill('<a href="http://x">x</a> ', n),
    "md_links": lambda n: _fill("[x](", n),
    "urls": lambda n: _fill("http://a.example/b ", n),
    "handles": lambda n: _fill("(@abc) ", n),
    "copyright": lambda n: _fill("© 2020 ", n),
    "pipes": lambda n: _fill(" | ", n),
    "digits": lambda n: "1" * n,
    "numbered": lambda n: _fill("1. ", n),
    "cjk": lambda n: "中" * n,
    "cyrillic_words": lambda n: _fill("привет мир ", n),
    "mixed_scripts": lambda n: _fill("Word привет 中文 ", n),
    "mojibake": lambda n: _fill("Ã©", n),
    "c1_controls": lambda n: _fill("\x85\x9c", n),
    "controls": lambda n: _fill("\x01\x02", n),
    "replacement": lambda n: "\ufffd" * n,
    "zero_width": lambda n: "\u200b" * n,
    "rtl": lambda n: _fill("\u202e", n),
    "emoji": lambda n: "\U0001F600" * n,
    # The same notice over and over (one paragraph, or one per paragraph),
    # and bracketed notice labels: MT006 was quadratic in their number.
    "notice_sentence": lambda n: _fill(_NOTICE + " ", n),
    "notice_paragraphs": lambda n: _fill(_NOTICE + "\n\n", n),
    "translated_labels": lambda n: _fill("[machine translated] ", n),
    # Thousands of fixes in one document (see --fixes): placeholders,
    # furniture lines, stray marks, glued words, repeated paragraphs.
    "placeholders": lambda n: _fill("[statement](#) ", n),
    "furniture_lines": lambda n: _fill("Skip to content\nThe minister spoke.\n", n),
    "stray_marks": lambda n: _fill("The plan was fine. . ", n),
    "glued_fixes": lambda n: _fill("officials saidThe plan ", n),
}


class _Timeout(BaseException):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise _Timeout()


def _timed(fn: Callable[[], object], cap: float) -> float:
    """Seconds ``fn`` took, or +inf if it ran past ``cap`` (interrupted)."""
    signal.setitimer(signal.ITIMER_REAL, cap)
    t0 = time.perf_counter()
    try:
        fn()
    except _Timeout:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - t0


def prepare(text: str) -> Document:
    """A Document with its core views already built."""
    doc = Document(text, id="hostile")
    doc.paragraphs, doc.sentences, doc.tokens, doc.line_col(len(text))  # noqa: B018 - warm the caches
    return doc


def _fresh(doc: Document) -> Document:
    """A copy of ``doc`` keeping the core views but no rule-computed views."""
    new = copy.copy(doc)
    new._views = {}
    return new


def _fix_and_diff(text: str, linter_all: Linter, cap: float) -> tuple[float, float]:
    """Seconds of ``fix`` (lint, select, apply, re-lint to a fixed point) and of the diff of its result."""
    out: list[str] = []
    t_fix = _timed(lambda: out.append(fix_document(linter_all, Document(text, id="hostile"), unsafe=True).text), cap)
    if not out:
        return t_fix, float("inf")
    return t_fix, _timed(lambda: unified_diff(text, out[0], "hostile"), cap)


def measure(name: str, make: Callable[[int], str], n: int, linter_all: Linter,
            rules: dict, cap: float, fixes: bool = True) -> list[tuple[str, str, float, float, int]]:
    """(target, input, t(N), t(4N), bytes at 4N) for core, ALL, FIX, DIFF and each rule."""
    texts = {size: make(size) for size in (n, 4 * n)}
    nbytes = len(texts[4 * n].encode("utf-8", "surrogatepass"))
    times: dict[str, dict[int, float]] = {}
    docs: dict[int, Document] = {}
    for size, text in texts.items():
        box: list[Document] = []
        times.setdefault("core", {})[size] = _timed(lambda: box.append(prepare(text)), cap)
        if box:
            docs[size] = box[0]
        if times.get("ALL", {}).get(n) == float("inf"):
            times["ALL"][size] = float("inf")
        else:
            times.setdefault("ALL", {})[size] = _timed(lambda: linter_all.lint(Document(text, id="hostile")), cap)
        if fixes:
            if times.get("FIX", {}).get(n) == float("inf"):
                t_fix = t_diff = float("inf")
            else:
                t_fix, t_diff = _fix_and_diff(text, linter_all, cap)
            times.setdefault("FIX", {})[size] = t_fix
            times.setdefault("DIFF", {})[size] = t_diff
        for code, rule in rules.items():
            timed_out_at_n = times.get(code, {}).get(n) == float("inf")
            if size not in docs or timed_out_at_n:
                times.setdefault(code, {})[size] = float("inf")
                continue
            doc = _fresh(docs[size])
            times.setdefault(code, {})[size] = _timed(lambda: (list(rule.check(doc)), rule.measure(doc)), cap)
    return [(target, name, t[n], t[4 * n], nbytes) for target, t in times.items()]


def time_one(target: str, text: str, linter_all: Linter, rules: dict, cap: float, repeat: int = 2) -> float:
    """Best-of-``repeat`` seconds of one target (core, ALL or a rule code) on ``text``."""
    best = float("inf")
    for _ in range(repeat):
        if target == "core":
            t = _timed(lambda: prepare(text), cap)
        elif target in ("FIX", "DIFF"):
            t = _fix_and_diff(text, linter_all, cap)[target == "DIFF"]
        elif target == "ALL":
            t = _timed(lambda: linter_all.lint(Document(text, id="hostile")), cap)
        else:
            doc = prepare(text)
            rule = rules[target]
            t = _timed(lambda: (list(rule.check(doc)), rule.measure(doc)), cap)
        best = min(best, t)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000, help="N in characters (4N is also run)")
    ap.add_argument("--rules", default="", help="comma-separated codes or prefixes (default: all)")
    ap.add_argument("--inputs", default="", help="comma-separated input names (default: all)")
    ap.add_argument("--cap", type=float, default=60.0, help="seconds before one run counts as a TIMEOUT")
    ap.add_argument("--max-ratio", type=float, default=7.0, help="t(4N)/t(N) above this is SUPERLINEAR")
    ap.add_argument("--floor", type=float, default=0.05, help="ignore ratios when t(4N) is below this")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    ap.add_argument("--list", action="store_true", help="list the input names and exit")
    ap.add_argument("--no-fixes", action="store_true", help="skip the FIX and DIFF targets")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(INPUTS))
        return 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    signal.signal(signal.SIGALRM, _alarm)
    wanted = [s for s in args.rules.split(",") if s]
    linter_all = Linter(Config(select=tuple(wanted) or ("ALL",)))
    rules = {r.code: r for r in linter_all.rules}
    print(f"{len(rules)} rules: {', '.join(rules)} (registered: {len(load_rules())})")
    names = [s for s in args.inputs.split(",") if s] or list(INPUTS)
    print(f"{'target':<8} {'input':<18} {'t(N) s':>9} {'t(4N) s':>9} {'s/MB':>9} {'ratio':>6}")
    all_rows = []
    flagged = []
    for name in names:
        for target, inp, t1, t4, nbytes in measure(name, INPUTS[name], args.size, linter_all, rules, args.cap,
                                                   fixes=not args.no_fixes):
            ratio = t4 / t1 if t1 > 0 and t4 != float("inf") else float("inf")
            per_mb = t4 / (nbytes / 1e6)
            flag = ""
            if t4 == float("inf"):
                flag = "TIMEOUT"
            elif ratio > args.max_ratio and t4 >= args.floor:
                # One noisy pair of runs (a garbage collection, a busy core)
                # is not growth: confirm on 4N -> 16N, best of two each.
                if t4 * 16 < args.cap:
                    a = time_one(target, INPUTS[inp](4 * args.size), linter_all, rules, args.cap)
                    b = time_one(target, INPUTS[inp](16 * args.size), linter_all, rules, args.cap)
                    again = b / a if a > 0 else float("inf")
                    flag = f"SUPERLINEAR (16N/4N {again:.1f})" if again > args.max_ratio else f"noise (16N/4N {again:.1f})"
                else:
                    flag = "SUPERLINEAR (unconfirmed)"
            if flag and not flag.startswith("noise"):
                flagged.append((target, inp, flag))
            all_rows.append({"target": target, "input": inp, "t_n": t1, "t_4n": t4, "bytes_4n": nbytes,
                             "s_per_mb": per_mb, "ratio": ratio, "flag": flag})
            print(f"{target:<8} {inp:<18} {t1:9.4f} {t4:9.4f} {per_mb:9.3f} {ratio:6.1f} {flag}", flush=True)
    finite = [r for r in all_rows if r["target"] not in ("ALL", "core", "FIX", "DIFF")
              and r["s_per_mb"] != float("inf")]
    if finite:
        worst = max(finite, key=lambda r: r["s_per_mb"])
        print(f"\nslowest rule per byte: {worst['target']} on {worst['input']}: {worst['s_per_mb']:.3f} s/MB")
    whole = [r for r in all_rows if r["target"] == "ALL" and r["s_per_mb"] != float("inf")]
    if whole:
        worst = max(whole, key=lambda r: r["s_per_mb"])
        print(f"slowest whole-linter input: {worst['input']}: {worst['s_per_mb']:.3f} s/MB")
    print(f"{len(names)} inputs x 2 sizes x {len(rules) + 2} targets = {len(all_rows) * 2} runs; "
          f"flagged: {len(flagged)}")
    for target, inp, flag in flagged:
        print(f"  {flag}: {target} on {inp}")
    if args.json:
        args.json.write_text(json.dumps(all_rows, indent=1))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
