"""Regenerate the README's screenshot of the HTML report (docs/html-report.png).

    python tests/tools/report_screenshot.py

Renders ``sourcelint check --format html`` of the five samples (as JSONL,
with an outlet and a title each, so the metadata columns show), opens it in
headless Debian chromium at 1,280 x 1,000 px and saves the top of the page,
then one article's text and findings further down (docs/html-report-article.png).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from click.testing import CliRunner

from sourcelint.cli import cli

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs"
META = {
    "000": ("Daily Courier", "Regional news, clean copy"),
    "001": ("Daily Courier", "Second clean article"),
    "002": ("Newswire", "Scraped with page furniture"),
    "003": ("Aggregator", "Round-trip machine translation"),
    "004": ("Aggregator", "Machine translation, pasted twice"),
}


def render(folder: Path) -> Path:
    src = folder / "samples.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for path in sorted((ROOT / "samples").glob("*.txt")):
            source, title = META[path.stem[:3]]
            fh.write(json.dumps({"id": path.stem[:3], "source": source, "title": title,
                                 "text": path.read_text(encoding="utf-8")}) + "\n")
    out = folder / "report.html"
    cwd = os.getcwd()
    os.chdir(folder)  # the articles are named samples.jsonl [004], not by a temporary path
    try:
        CliRunner().invoke(cli, ["check", "--format", "html", "--output", str(out), src.name])
    finally:
        os.chdir(cwd)
    return out


def main() -> int:
    from playwright.sync_api import sync_playwright

    exe = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = render(Path(tmp))
        browser = p.chromium.launch(executable_path=exe, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(page_file.as_uri(), wait_until="load")
            page.screenshot(path=str(OUT / "html-report.png"))
            page.locator("details.article[open] aside li a.goto").nth(2).click()
            page.evaluate("document.querySelector('details.article[open] .cols').scrollIntoView()")
            page.screenshot(path=str(OUT / "html-report-article.png"))
        finally:
            browser.close()
    print(f"wrote {OUT / 'html-report.png'} and {OUT / 'html-report-article.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
