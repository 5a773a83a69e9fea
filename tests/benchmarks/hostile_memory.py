"""Peak memory of one hostile document: is RSS bounded by the input's size?

    python tests/benchmarks/hostile_memory.py                    # 10 MB each
    python tests/benchmarks/hostile_memory.py --size 1000000 --inputs a_blank
    python tests/benchmarks/hostile_memory.py --rule-timeout 0      # no budget: every rule runs
    python tests/benchmarks/hostile_memory.py --list

Each input runs in a fresh interpreter (so one peak cannot hide another):
the child builds the text, lints it with the default rule set (the whole
``Linter``, as a worker does) and reports its own peak RSS
(``resource.getrusage``) before and after linting. ``jsonl`` goes through
the command line instead (``sourcelint check --format jsonl --jobs 1`` on a
one-record file), so reading, linting and writing the record are all
counted. The default size is the default ``max-document-chars`` (10,000,000
characters); issue 12 asks for under 1 GB per worker on any such input.

Figures are printed, never asserted; ``tests/test_memory_bound.py`` holds a
smaller run to a per-MB budget.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile  # noqa: E402  (the input generators of the time audit)

_fill = hostile._fill

#: name -> generator of a text of about n characters.
INPUTS: dict[str, Callable[[int], str]] = {
    "a_blank": lambda n: hostile._fill("a\n\n", n),
    "one_paragraph": hostile._one_paragraph,
    "word_lines": lambda n: _fill("word\n", n),
    "A_dot_space": lambda n: _fill("A. ", n),
    "long_tokens": lambda n: _fill("a" * 5000 + " ", n),
    "one_letter_words": lambda n: _fill("a ", n),
    "notice_sentence": lambda n: _fill(hostile._NOTICE + " ", n),
    "many_paragraphs": hostile._many_paragraphs,
    "jsonl": hostile._one_paragraph,  # one record through the command line
}


def _peak_mb() -> float:
    """This process's peak RSS in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def child(name: str, size: int, timeout: float) -> dict:
    """Lint one input here and measure: run in a fresh interpreter."""
    from sourcelint import Config, Document, Linter

    text = INPUTS[name](size)
    if name == "jsonl":
        return _child_cli(text, timeout)
    linter = Linter(Config(rule_timeout=timeout))
    before = _peak_mb()
    t0 = time.perf_counter()
    report = linter.lint(Document(text, id=name))
    seconds = time.perf_counter() - t0
    return {"name": name, "chars": len(text), "base_mb": before, "peak_mb": _peak_mb(), "seconds": seconds,
            "status": report.error or report.status, "findings": len(report.findings),
            "sl001": sum(f.code == "SL001" for f in report.findings)}


def _child_cli(text: str, timeout: float) -> dict:
    """One JSONL record of ``text`` through ``sourcelint check``, in this process."""
    from sourcelint.cli import cli

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "big.jsonl", Path(tmp) / "out.jsonl"
        src.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
        chars = len(text)
        del text
        before = _peak_mb()
        t0 = time.perf_counter()
        try:
            cli.main(["check", "--format", "jsonl", "--jobs", "1", "--rule-timeout", str(timeout), "-o", str(out), str(src)], standalone_mode=False)
        except SystemExit:
            pass
        seconds = time.perf_counter() - t0
        rec = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        size_out = out.stat().st_size
    return {"name": "jsonl", "chars": chars, "base_mb": before, "peak_mb": _peak_mb(), "seconds": seconds,
            "status": rec["error"] or rec["status"], "findings": len(rec["findings"]), "record_bytes": size_out,
            "sl001": sum(f["code"] == "SL001" for f in rec["findings"])}


def measure(name: str, size: int, rule_timeout: float = 20.0, timeout: float | None = None) -> dict:
    """Run :func:`child` for ``name`` in a fresh interpreter; its result."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, __file__, "--child", name, "--size", str(size),
                           "--rule-timeout", str(rule_timeout)],
                          capture_output=True, text=True, timeout=timeout, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{name}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=10_000_000, help="characters per input")
    ap.add_argument("--inputs", default="", help="comma-separated input names (default: all)")
    ap.add_argument("--rule-timeout", type=float, default=20.0,
                    help="seconds per rule (the default's; 0: no limit, so every rule runs to the end)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.list:
        print("\n".join(INPUTS))
        return
    if args.child:
        print(json.dumps(child(args.child, args.size, args.rule_timeout)))
        return
    names = [n for n in args.inputs.split(",") if n] or list(INPUTS)
    print(f"{'input':<18} {'chars':>11} {'base MB':>8} {'peak MB':>8} {'seconds':>8}  status, findings")
    for name in names:
        r = measure(name, args.size, args.rule_timeout)
        flag = "  OVER 1 GB" if r["peak_mb"] >= 1024 else ""
        print(f"{name:<18} {r['chars']:>11,} {r['base_mb']:>8.0f} {r['peak_mb']:>8.0f} {r['seconds']:>8.1f}  "
              f"{r['status']}, {r['findings']} findings ({r['sl001']} SL001){flag}", flush=True)


if __name__ == "__main__":
    main()
