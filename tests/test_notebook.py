"""Reports in notebooks: ``_repr_html_`` (shown in a real browser) and ``to_pandas``."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import sourcelint
from conftest import chromium_executable, sample_text

LINTER = sourcelint.Linter()


def _reports():
    return [LINTER.lint_text(sample_text(p), id=p, metadata={"source": f"outlet {p}"}) for p in ("000", "002", "004")]


def test_to_pandas_gives_one_row_per_article_and_per_finding() -> None:
    reports = _reports()
    articles, findings = sourcelint.to_pandas(reports)
    assert list(articles["id"]) == ["000", "002", "004"]
    assert list(articles["score"]) == [r.score for r in reports]
    assert list(articles["findings"]) == [len(r.findings) for r in reports]
    assert list(articles["metadata.source"]) == ["outlet 000", "outlet 002", "outlet 004"]
    assert articles.loc[2, "family.duplication"] == reports[2].families["duplication"]
    assert len(findings) == sum(len(r.findings) for r in reports)
    per_article = findings.groupby("id").size().to_dict()
    assert per_article == {r.id: len(r.findings) for r in reports if r.findings}
    mt001 = findings[findings["code"] == "MT001"].iloc[0]
    assert (mt001["id"], mt001["line"], mt001["copies"], mt001["fix"]) == ("004", 2, 1, "safe")
    assert set(findings["scope"]) == {"span", "document"}
    # No findings at all still gives the columns.
    _, none = sourcelint.to_pandas([reports[0]])
    assert len(none) == 0 and "code" in none.columns


def test_a_batch_is_a_list_with_the_same_frames() -> None:
    batch = sourcelint.ReportBatch(LINTER.lint_many(["A short clean note.", sample_text("002")]))
    assert len(batch) == 2 and batch[1].verdict == "review"
    a, f = batch.to_pandas()
    assert list(a["id"]) == ["0", "1"] and len(f) == len(batch[1].findings)


def _srcdoc(markup: str) -> str:
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" [^>]*></iframe>', markup)
    assert m, markup[:200]
    return html.unescape(m.group(1))


def test_repr_html_is_the_report_page_in_a_sandboxed_frame() -> None:
    report = LINTER.lint_text(sample_text("004") + "\n\n<script>alert(1)</script>\n", id="x<y>")
    page = _srcdoc(report._repr_html_())
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert "x&lt;y&gt;" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    batch = sourcelint.ReportBatch(_reports())
    assert _srcdoc(batch._repr_html_()).count('<details class="article') == 3


@pytest.mark.needs_chromium
def test_repr_html_shows_the_article_in_a_browser(tmp_path: Path) -> None:
    from test_html import CHROMIUM_ARGS
    from playwright import sync_api

    cell = tmp_path / "cell.html"
    cell.write_text("<!DOCTYPE html><html><body>" + sourcelint.ReportBatch(_reports())._repr_html_()
                    + "</body></html>", encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(cell.as_uri())
            frame = page.frames[1]
            frame.wait_for_selector("details.article[open] aside li")
            assert frame.locator("#rows tr").count() == 3
            assert frame.locator("details.article").first.locator("summary h2").text_content() == "004"
            frame.locator("details.article.clean > summary").click()  # opened on demand inside the frame
            frame.wait_for_selector("details.article.clean .body .text")
            assert errors == []
        finally:
            browser.close()
