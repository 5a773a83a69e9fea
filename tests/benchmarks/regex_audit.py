"""Audit every regular expression a run uses for super-linear matching.

    python tests/benchmarks/regex_audit.py              # N = 20k chars, 4N = 80k
    python tests/benchmarks/regex_audit.py --size 50000 --show 20

The patterns are found, not listed by hand: the script imports the
libraries sourcelint runs on (click, textstat, langdetect, ftfy, tqdm...),
notes the compiled patterns alive at that point, then imports sourcelint
and lints the samples with every rule, so every pattern compiled by
sourcelint (module constants, lexicon templates, patterns built on first
use) and by the libraries on its behalf is alive. Each new pattern is run
over every adversarial input of ``tests/benchmarks/hostile.py``'s kind
(runs of one letter, spaces, "a.", punctuation, combining marks, quotes,
newlines...) at N and 4N characters, the way the code uses it: a module
constant that the source only ever calls ``.match``/``.fullmatch`` on is
timed as one anchored attempt; every other pattern with ``finditer`` over
the whole input (the worst case of searching).
A pattern is flagged when t(4N)/t(N) exceeds ``--max-ratio`` (linear gives
~4, quadratic ~16) and the 4N run took at least ``--floor`` seconds, or
when one run exceeds ``--cap`` seconds (interrupted with SIGALRM).

This is the regex half of the hostile-input audit; the rule half (how the
code around the patterns uses them) is tests/benchmarks/hostile.py.
Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gc
import re
import signal
import time
from pathlib import Path

# The libraries first, so their import-time patterns are not counted as ours.
import click  # noqa: F401
import ftfy  # noqa: F401
import langdetect  # noqa: F401
import textstat  # noqa: F401
import tqdm  # noqa: F401

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

UNITS = {
    "letter": "a", "upper": "A", "spaces": " ", "a_dot": "a.", "a_dot_space": "a. ", "dots": ".",
    "dot_space": ". ", "comma_space": ", ", "punct_mix": ".,;:!?-–—()[]\"'", "quotes": "“”\"'‘’",
    "newlines": "\n", "blank_lines": "\n\n", "combining": "a\u0301\u0302\u0303", "digits": "1",
    "decimal": "1.", "camel": "aA", "word_space": "word ", "Word_dot": "Word. ", "hyphens": "a-",
    "at_sign": "a@", "slashes": "a/", "urlish": "http://a.", "apostrophes": "a'", "tabs": "\t ",
    "mixed_case_word": "Ab", "html": "<a href=\"#\">", "md_link": "[a](", "hash": "#", "brackets": "(",
}


def _anchored(patterns: list[re.Pattern]) -> set[int]:
    """Ids of the sourcelint module constants that the code only ever anchors
    (``NAME.match(`` / ``NAME.fullmatch(`` and no search-like call)."""
    import sys

    out: set[int] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("sourcelint") or module is None or not getattr(module, "__file__", None):
            continue
        source = Path(module.__file__).read_text(encoding="utf-8")
        for var, value in vars(module).items():
            if isinstance(value, re.Pattern):
                anchored = re.search(rf"\b{re.escape(var)}\.(?:match|fullmatch)\(", source)
                searched = re.search(rf"\b{re.escape(var)}\.(?:search|finditer|findall|sub|subn|split)\(", source)
                if anchored and not searched:
                    out.add(id(value))
    return out


def _patterns_alive() -> dict[int, re.Pattern]:
    return {id(o): o for o in gc.get_objects() if isinstance(o, re.Pattern)}


class _Timeout(Exception):
    pass


def _time(p: re.Pattern, text: str, cap: float, anchored: bool = False) -> float:
    def fire(signum, frame):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, cap)
    t0 = time.perf_counter()
    try:
        if anchored:
            p.match(text)
        else:
            for _ in p.finditer(text):
                pass
        return time.perf_counter() - t0
    except _Timeout:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def main() -> int:
    """Run the audit and print the worst patterns; exit 1 if any is flagged."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=20_000, help="N, in characters (4N is also run)")
    ap.add_argument("--max-ratio", type=float, default=8.0)
    ap.add_argument("--floor", type=float, default=0.02, help="seconds the 4N run needs before a ratio counts")
    ap.add_argument("--cap", type=float, default=5.0, help="seconds before one run is interrupted")
    ap.add_argument("--show", type=int, default=10, help="how many of the slowest pattern/input pairs to print")
    args = ap.parse_args()
    before = set(_patterns_alive())
    from sourcelint import Linter

    linter = Linter()
    for path in sorted(SAMPLES.glob("*.txt")):
        linter.lint_text(path.read_text(encoding="utf-8"), id=path.name)
    patterns = [p for i, p in _patterns_alive().items() if i not in before]
    # fnmatch's translated globs ("(?s:.*\.txt)\Z") only ever see file
    # names; searched over a megabyte of text they would be quadratic, which
    # says nothing about a run.
    unique = {(p.pattern, p.flags): p for p in patterns
              if not (p.pattern.startswith("(?s:") and p.pattern.endswith("\\Z"))}
    anchored = _anchored(list(unique.values()))
    n = args.size
    inputs = {name: (unit * (n // len(unit) + 1))[:n] for name, unit in UNITS.items()}
    rows = []
    flagged = []
    for p in unique.values():
        how = id(p) in anchored
        for name, small in inputs.items():
            big = small * 4
            t1 = _time(p, small, args.cap, how)
            t4 = _time(p, big, args.cap, how)
            ratio = t4 / t1 if t1 > 0 else float("inf")
            rows.append((t4, ratio, name, p))
            if t4 == float("inf") or (t4 >= args.floor and ratio > args.max_ratio):
                # one retry: a single slow run on a busy machine is not growth
                t1, t4 = _time(p, small, args.cap, how), _time(p, big, args.cap, how)
                ratio = t4 / t1 if t1 > 0 else float("inf")
                if t4 == float("inf") or (t4 >= args.floor and ratio > args.max_ratio):
                    flagged.append((t4, ratio, name, p))
    rows.sort(key=lambda r: -r[0])
    print(f"{len(unique)} distinct patterns ({len(anchored)} only ever anchored) x {len(inputs)} inputs "
          f"at {n:,} and {4 * n:,} characters")
    print(f"{'t(4N) s':>9} {'ratio':>6}  input            pattern")
    for t4, ratio, name, p in rows[: args.show]:
        print(f"{t4:9.4f} {ratio:6.1f}  {name:16} {p.pattern[:90]!r}")
    if flagged:
        print(f"\n{len(flagged)} SUPERLINEAR pattern/input pair(s):")
        for t4, ratio, name, p in flagged:
            print(f"  {t4:9.4f} s ratio {ratio:6.1f} on {name}: {p.pattern[:120]!r}")
        return 1
    print("\nno pattern grows faster than linearly on these inputs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
