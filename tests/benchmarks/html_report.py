"""Size and opening time of the HTML report for many articles.

    python tests/benchmarks/html_report.py                  # 1,000 articles cycling the five samples
    python tests/benchmarks/html_report.py --articles 10000
    python tests/benchmarks/html_report.py --corpus         # the shared corpus (../shared/corpus/*.jsonl)

Lints the articles once, renders the page (``--format html``), and opens it
in headless Debian chromium (Playwright): prints the page size, the time to
render it in Python, and the browser's time to the load event (best of
``--repeat`` runs) and its DOM size. Timings are measured here, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sourcelint import Linter
from sourcelint.reporters import Summary
from sourcelint.reporters.html import render_page

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def sample_reports(n: int) -> list:
    """``n`` reports cycling the five samples (linted once each, copied with fresh ids)."""
    linter = Linter()
    base = [linter.lint_text(p.read_text(encoding="utf-8"), id=p.stem[:3], metadata={"source": f"outlet {p.stem[:3]}"})
            for p in sorted((ROOT / "samples").glob("*.txt"))]
    out = []
    for k in range(n):
        r = copy.copy(base[k % len(base)])
        r.id = f"{r.id}-{k}"
        out.append(r)
    return out


def corpus_reports(corpus: Path, limit: int) -> list:
    linter = Linter()
    records = [json.loads(line) for path in sorted(corpus.glob("*.jsonl"))
               for line in path.open(encoding="utf-8") if line.strip()]
    return list(linter.lint_many(records[:limit] if limit else records))


def open_time(path: Path, repeat: int) -> tuple[float, int]:
    """(best seconds from navigation to the load event, elements in the DOM)."""
    from playwright.sync_api import sync_playwright

    exe = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
    best, nodes = float("inf"), 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            for _ in range(repeat):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                t0 = time.perf_counter()
                page.goto(path.as_uri(), wait_until="load")
                best = min(best, time.perf_counter() - t0)
                nodes = page.evaluate("document.getElementsByTagName('*').length")
                page.close()
        finally:
            browser.close()
    return best, nodes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--articles", type=int, default=1000, help="articles (samples cycled; with --corpus: at most)")
    ap.add_argument("--corpus", nargs="?", const=str(CORPUS), default=None, metavar="FOLDER",
                    help=f"lint a folder of JSONL files instead of the samples (default {CORPUS})")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if args.corpus and not Path(args.corpus).is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    reports = corpus_reports(Path(args.corpus), args.articles) if args.corpus else sample_reports(args.articles)
    summary = Summary()
    for r in reports:
        summary.add(r)
    t0 = time.perf_counter()
    page = render_page(reports, summary)
    rendered = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_text(page, encoding="utf-8")
        size = path.stat().st_size
        seconds, nodes = open_time(path, args.repeat)
    text = sum(len(r.document.text.encode("utf-8")) for r in reports if r.document is not None)
    print(f"{len(reports)} articles ({text / 1e6:.1f} MB of text): page {size / 1e6:.2f} MB "
          f"({size / len(reports) / 1e3:.1f} KB/article), rendered in {rendered:.2f} s; "
          f"chromium load event {seconds:.2f} s (best of {args.repeat}), {nodes:,} elements")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
