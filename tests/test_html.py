"""``--format html``: escaping and structure, then the real thing in headless Chromium."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint.cli import cli
from sourcelint.reporters.html import highlight_segments, json_for_script

from conftest import SAMPLES, chromium_executable

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]
PLUGIN = str(Path(__file__).parent / "plugins" / "fix_plugin.py")

# Every payload sets window.__pwned or opens a dialog if it ever runs.
PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    '<img src=x onerror="window.__pwned = \'img\'">',
    "[click me](javascript:window.__pwned='link')",
    '<a href="javascript:alert(1)">a link</a>',
    "</script><script>window.__pwned = 'breakout'</script>",
    '<svg onload="alert(2)"></svg>',
    "\"><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
    "<!-- --><style>body{display:none}</style>",
]
MALICIOUS_TEXT = (
    "Headline <script>window.__pwned = 'title'</script>\n\n"
    "A reporter wrote teh story. " + " ".join(PAYLOADS) + "\n\n"
    "Second paragraph with teh  same typo and <b>bold</b> markup.\n"
)


def render(*args: str, cwd: Path | None = None) -> str:
    result = CliRunner().invoke(cli, ["check", "--format", "html", *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Collect()
    p.feed(page)
    return p.tags


# -- unit tests: no browser ---------------------------------------------------------

def test_json_for_script_cannot_close_the_script_block() -> None:
    out = json_for_script({"t": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"t": "</script><script>alert(1)</script> & \u2028"}


def test_highlight_segments_split_overlaps_at_every_boundary() -> None:
    segs = highlight_segments(10, [(2, 6, 0), (4, 8, 1), (4, 5, 2), (9, 9, 3)])
    assert segs == [
        (0, 2, ()), (2, 4, (0,)), (4, 5, (2, 0, 1)), (5, 6, (0, 1)), (6, 8, (1,)), (8, 10, ()),
    ]
    # The segments tile the text exactly.
    assert [s[0] for s in segs[1:]] == [s[1] for s in segs[:-1]]
    assert highlight_segments(0, []) == []


def test_untrusted_text_and_metadata_are_escaped(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    meta_key = "<img src=x onerror=alert('key')>"
    src.write_text(json.dumps({
        "id": "<script>alert('id')</script>",
        "text": MALICIOUS_TEXT,
        "title": "<img src=x onerror=\"window.__pwned='meta'\">",
        "url": "javascript:alert('url')",
        meta_key: ["<script>", {"x": "</script>"}],
    }) + "\n")
    page = render("--plugin", PLUGIN, "--select", "LNG901,LNG902", str(src))
    tags = parse(page)
    # Only our own elements: two scripts (data + code), no img/iframe/svg/style
    # beyond the report's single style block, no javascript: URL anywhere.
    assert [t for t, _ in tags if t == "script"] == ["script", "script"]
    assert not [t for t, _ in tags if t in ("img", "iframe", "svg")]
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert [t for t, _ in tags if t == "style"] == ["style"]
    for _, attrs in tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), name
            assert "javascript:" not in (value or "").lower() or name == "title", (name, value)
    assert "&lt;script&gt;window.__pwned = &#x27;script&#x27;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(&#x27;key&#x27;)&gt;" in page
    data = re.search(r'<script type="application/json" id="sourcelint-data">(.*?)</script>', page, re.S)
    assert data and json.loads(data.group(1))["documents"][0]["id"] == "<script>alert('id')</script>"
    # The Content-Security-Policy allows only the report's own script, no fetches.
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "script-src &#x27;sha256-" in csp


def test_every_finding_has_a_highlight_and_a_list_item() -> None:
    page = render(str(SAMPLES))
    records = CliRunner().invoke(cli, ["check", "--format", "jsonl", str(SAMPLES)]).stdout.splitlines()
    total = sum(len(json.loads(r)["findings"]) for r in records)
    ids = {a.get("id") for _, a in parse(page)}
    for n, rec in enumerate(map(json.loads, records)):
        for i, _ in enumerate(rec["findings"]):
            assert f"h-{n}-{i}" in ids and f"item-{n}-{i}" in ids
    assert total > 0 and page.count('class="goto"') == total


# -- the browser test ---------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    # The tests that use it are marked needs_chromium: skipped where chromium
    # is missing, required in CI (.ci/run sets SOURCELINT_REQUIRE).
    from playwright import sync_api

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, path: Path, bypass_csp: bool = False):
    # bypass_csp: the page's Content-Security-Policy would block an injected
    # script by itself; with it off, only the escaping keeps the page inert.
    page = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=bypass_csp).new_page()
    events = {"dialogs": [], "requests": [], "errors": []}

    def on_dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, events


IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }"""


@pytest.mark.needs_chromium
def test_report_in_a_browser(browser, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    CliRunner().invoke(cli, ["check", "--format", "html", "--output", str(out), str(SAMPLES)])
    page, events = _open(browser, out)
    try:
        assert page.locator("table#index tbody tr").count() == 5
        items = page.locator("aside li")
        marks = page.locator(".text mark:not(.rel)")
        assert items.count() > 5 and marks.count() >= 5
        # The last finding of the last article is far below the first screen.
        last = items.last
        key = last.locator("a.goto").get_attribute("data-key")
        target = page.locator(f"#h-{key}")
        assert not target.evaluate(IN_VIEW)
        last.locator("a.goto").click()
        page.wait_for_function("k => document.getElementById('h-' + k).getBoundingClientRect().top < innerHeight",
                               arg=key, timeout=5000)
        assert target.evaluate(IN_VIEW)
        assert "active" in (target.get_attribute("class") or "")
        page.screenshot(path=str(tmp_path / "finding.png"))
        # Sorting by score puts the lowest score last after two clicks (desc, then asc).
        page.locator("th button[data-sort=score]").click()
        scores = [float(s) for s in page.locator("table#index tbody tr").evaluate_all(
            "rows => rows.map(r => r.getAttribute('data-score'))")]
        assert scores == sorted(scores, reverse=True)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(tmp_path / "index.png"))
        # A duplicated block links to the text it repeats.
        rel = page.locator("aside a.torel").first
        assert rel.count() == 1, "sample 004's repeated block should link to its first copy"
        rel_target = page.locator(f'[id="{rel.get_attribute("data-target")}"]')
        page.evaluate("window.scrollTo(0, 0)")
        rel.click()
        # The anchor is an empty span just before the first copy's highlight.
        page.wait_for_timeout(100)
        first_copy = rel_target.locator("xpath=following-sibling::mark[1]")
        assert re.search(r"\b(rel|hasrel)\b", first_copy.get_attribute("class") or "")
        assert first_copy.evaluate(IN_VIEW)
        assert events["errors"] == [] and events["dialogs"] == []
        assert events["requests"] == [out.as_uri()]
    finally:
        page.context.close()


@pytest.mark.needs_chromium
def test_malicious_article_runs_no_script(browser, tmp_path: Path) -> None:
    (tmp_path / "evil.md").write_text(MALICIOUS_TEXT, encoding="utf-8")
    src = tmp_path / "evil.jsonl"
    src.write_text(json.dumps({
        "id": "<img src=x onerror=\"window.__pwned='id'\">",
        "text": MALICIOUS_TEXT,
        "title": "<script>window.__pwned='title'</script>",
        "url": "javascript:window.__pwned='url'",
        "<svg onload=alert(3)>": "</script><script>alert(4)</script>",
    }) + "\n")
    out = tmp_path / "evil.html"
    CliRunner().invoke(cli, ["check", "--plugin", PLUGIN, "--select", "LNG901,LNG902", "--format", "html",
                             "--output", str(out), str(tmp_path / "evil.md"), str(src)])
    for bypass_csp in (True, False):
        _inert(browser, out, bypass_csp, tmp_path)


def _inert(browser, out: Path, bypass_csp: bool, tmp_path: Path) -> None:
    page, events = _open(browser, out, bypass_csp)
    try:
        # Click everything clickable, including every link and highlight.
        for link in page.locator("a").all():
            link.click()
        for mark in page.locator("mark").all():
            mark.click()
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert events["dialogs"] == []
        assert events["requests"] == [out.as_uri()], events["requests"]
        # The payloads are shown as text, exactly.
        text = page.locator(".text").first.inner_text()
        for payload in PAYLOADS:
            assert payload in text
        assert page.locator(".text img, .text script, .text iframe, .text svg, .text a").count() == 0
        assert page.locator("aside li").count() == 6  # 3 findings in each copy
        page.screenshot(path=str(tmp_path / f"evil-csp-{'off' if bypass_csp else 'on'}.png"), full_page=True)
    finally:
        page.context.close()
