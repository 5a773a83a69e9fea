"""``--format html``: escaping and structure, then the real thing in headless Chromium."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcelint.cli import cli
from sourcelint.reporters.html import highlight_segments, json_for_script

from conftest import SAMPLES, chromium_executable, sample_text

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
    # Only our own elements: two scripts (data + code), no img/iframe/style
    # beyond the report's single style block, no javascript: URL anywhere; the
    # only svg elements are the overview's three charts, with our attributes.
    assert [t for t, _ in tags if t == "script"] == ["script", "script"]
    assert not [t for t, _ in tags if t in ("img", "iframe")]
    svgs = [attrs for t, attrs in tags if t == "svg"]
    assert len(svgs) == 3 and all(set(attrs) == {"viewbox", "role", "aria-label"} for attrs in svgs)
    assert "&lt;svg onload=&quot;alert(2)&quot;&gt;" in page
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


# -- the report for many articles: order, filters, sort, lazy articles, layout ---------

META = [
    {"id": "a-clean", "source": "Daily Post", "title": "Council closes library", "url": "https://post.example/a"},
    {"id": "b-furniture", "source": "Wire", "title": "Markets rally", "url": "https://wire.example/b"},
    {"id": "c-mt", "source": "Wire", "title": "Envoy visit", "url": "https://wire.example/c"},
    {"id": "d-pasted", "source": "Aggregator", "title": "Envoy visit, again", "url": "https://agg.example/d"},
]


def _jsonl_of_samples(tmp_path: Path) -> Path:
    texts = [sample_text(p) for p in ("000", "002", "003", "004")]
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps({**m, "text": t}) + "\n" for m, t in zip(META, texts)), encoding="utf-8")
    return src


def _visible_rows(page) -> list[str]:
    return page.locator("#rows tr:not([hidden])").evaluate_all("rows => rows.map(r => r.querySelector('.c-name a').textContent)")


def _visible_articles(page) -> list[str]:
    return page.locator("details.article:not([hidden])").evaluate_all(
        "ds => ds.map(d => d.querySelector('summary h2').textContent)")


NO_OVERFLOW = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"


@pytest.mark.needs_chromium
def test_worst_first_filters_and_sort_drive_the_articles(browser, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    CliRunner().invoke(cli, ["check", "--format", "html", "--output", str(out), str(_jsonl_of_samples(tmp_path))])
    page, events = _open(browser, out)
    try:
        names = _visible_rows(page)
        assert [n.split(" [")[1].rstrip("]") for n in names] == ["d-pasted", "c-mt", "b-furniture", "a-clean"]
        assert _visible_articles(page) == names  # the articles follow the table
        # The worst article is open and rendered; the clean one is one closed line, not rendered.
        assert page.locator("details.article").first.evaluate("d => d.open") is True
        clean = page.locator("details.article.clean")
        assert clean.count() == 1 and clean.evaluate("d => d.open") is False
        assert clean.locator(".body *").count() == 0
        # Metadata columns: title and source.
        assert page.locator("#rows tr").first.locator(".c-source").inner_text() == "Aggregator"
        assert "Envoy visit, again" in page.locator("#rows tr").first.inner_text()
        # Filters: verdict, family, rule, source and text.
        page.select_option("select[data-filter=verdict]", "pass")
        assert [n.endswith("[a-clean]") for n in _visible_rows(page)] == [True]
        assert len(_visible_articles(page)) == 1
        assert page.locator("#shown").inner_text() == "1 of 4 article(s) shown"
        page.select_option("select[data-filter=verdict]", "")
        page.select_option("select[data-filter=family]", "duplication")
        assert [n.split(" [")[1] for n in _visible_rows(page)] == ["d-pasted]"]
        page.select_option("select[data-filter=family]", "")
        page.select_option("select[data-filter=rule]", "MT008")
        assert {n.split(" [")[1] for n in _visible_rows(page)} == {"d-pasted]", "c-mt]"}
        page.select_option("select[data-filter=rule]", "")
        page.select_option("select[data-filter=source]", "Wire")
        assert {n.split(" [")[1] for n in _visible_rows(page)} == {"b-furniture]", "c-mt]"}
        page.select_option("select[data-filter=source]", "")
        # Text search reaches the article text, rendered or not.
        page.fill("input[data-filter=q]", "far-western region")
        page.wait_for_function("() => document.getElementById('shown').textContent.startsWith('1 of')")
        assert [n.split(" [")[1] for n in _visible_rows(page)] == ["d-pasted]"]
        page.fill("input[data-filter=q]", "")
        assert len(_visible_rows(page)) == 4
        # Sorting by score (descending first) moves the articles with the rows.
        page.locator("th button[data-sort=score]").click()
        scores = [float(s) for s in page.locator("#rows tr").evaluate_all(
            "rows => rows.map(r => r.getAttribute('data-score'))")]
        assert scores == sorted(scores, reverse=True)
        assert _visible_articles(page) == _visible_rows(page)
        assert _visible_articles(page)[0].endswith("[a-clean]")
        # Opening the clean article from the table renders it on demand.
        page.locator("#rows tr a.toart").first.click()
        assert clean.evaluate("d => d.open") is True
        assert sample_text("000").split()[3] in clean.locator(".body .text").inner_text()
        assert events["errors"] == [] and events["requests"] == [out.as_uri()]
    finally:
        page.context.close()


@pytest.mark.needs_chromium
def test_keyboard_moves_from_finding_to_finding(browser, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    CliRunner().invoke(cli, ["check", "--format", "html", "--output", str(out), str(SAMPLES)])
    page, events = _open(browser, out)
    try:
        keys = page.locator("details.article[open] a.goto").evaluate_all(
            "links => links.map(a => a.getAttribute('data-key'))")
        assert len(keys) > 3
        for expected in keys[:3]:
            page.keyboard.press("j")
            assert page.locator("li.active a.goto").get_attribute("data-key") == expected
            assert page.evaluate("document.activeElement.getAttribute('data-key')") == expected
        page.keyboard.press("k")
        assert page.locator("li.active a.goto").get_attribute("data-key") == keys[1]
        target = page.locator(f"#h-{keys[1]}")
        assert target.evaluate(IN_VIEW) and "active" in (target.get_attribute("class") or "")
        # Typing in the search box does not move.
        page.locator("input[data-filter=q]").press("j")
        assert page.locator("li.active a.goto").get_attribute("data-key") == keys[1]
        assert events["errors"] == []
    finally:
        page.context.close()


@pytest.mark.needs_chromium
@pytest.mark.parametrize("width", [390, 800, 1400])
def test_no_horizontal_overflow(browser, tmp_path: Path, width: int) -> None:
    out = tmp_path / "report.html"
    CliRunner().invoke(cli, ["check", "--format", "html", "--output", str(out), str(SAMPLES),
                             str(_jsonl_of_samples(tmp_path))])
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    try:
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate(NO_OVERFLOW)
        # Every opened article's findings are on screen width too (not cut off).
        right = page.locator("details.article[open] aside").first.evaluate("a => a.getBoundingClientRect().right")
        assert right <= width
        page.screenshot(path=str(tmp_path / f"report-{width}.png"), full_page=False)
        assert (tmp_path / f"report-{width}.png").stat().st_size > 10_000
        page.evaluate("document.querySelectorAll('details.article').forEach(d => { d.open = true; })")
        page.wait_for_function("() => [...document.querySelectorAll('details.article .body')].every(b => b.dataset.done)")
        assert page.locator("details.article .body .text").count() == page.locator("details.article").count()
        assert page.evaluate(NO_OVERFLOW)
    finally:
        page.context.close()


def _many_reports(n: int):
    from sourcelint import Linter
    from sourcelint.reporters import Summary

    base = [Linter().lint_text(sample_text(p), id=p, metadata={"source": f"outlet {p}", "title": f"Article {p}"})
            for p in ("000", "001", "002", "003", "004")]
    reports = []
    for k in range(n):
        r = copy.copy(base[k % 5])
        r.id = f"{r.id}-{k}"
        reports.append(r)
    summary = Summary()
    for r in reports:
        summary.add(r)
    return reports, summary


@pytest.mark.needs_chromium
def test_a_thousand_articles_make_a_light_page(browser, tmp_path: Path) -> None:
    from sourcelint.reporters.html import OPEN_AT_LOAD, render_page

    reports, summary = _many_reports(1000)
    out = tmp_path / "big.html"
    out.write_text(render_page(reports, summary), encoding="utf-8")
    assert out.stat().st_size < 10_000_000
    page, events = _open(browser, out)
    try:
        assert page.locator("#rows tr").count() == 1000
        assert page.locator("details.article").count() == 1000
        # Only the first articles are rendered; the rest wait in templates.
        assert page.locator("details.article .body .text").count() == OPEN_AT_LOAD
        first = page.locator("details.article").first.locator("summary h2").text_content()
        assert first.startswith("004-")  # the worst sample
        assert events["errors"] == []
    finally:
        page.context.close()


@pytest.mark.needs_chromium
def test_articles_opened_later_show_the_same_findings_as_those_open_at_load(browser, tmp_path: Path) -> None:
    """The findings column is markup for open articles and built by the script for the others."""
    from sourcelint.reporters.html import render_page

    reports, summary = _many_reports(5)
    pages = {}
    for name, open_at_load in (("eager", 5), ("lazy", 0)):
        out = tmp_path / f"{name}.html"
        out.write_text(render_page(reports, summary, open_at_load=open_at_load), encoding="utf-8")
        page, events = _open(browser, out)
        try:
            page.evaluate("document.querySelectorAll('details.article').forEach(d => { d.open = true; })")
            page.wait_for_function("() => [...document.querySelectorAll('details.article .body')].every(b => b.dataset.done)")
            pages[name] = page.locator("details.article .body").evaluate_all("bs => bs.map(b => b.innerHTML)")
            assert events["errors"] == []
        finally:
            page.context.close()
    assert len(pages["lazy"]) == 5 and sum("<li id=" in b for b in pages["lazy"]) == 3
    assert pages["lazy"] == pages["eager"]


@pytest.mark.needs_chromium
def test_articles_rendered_on_demand_run_no_script(browser, tmp_path: Path) -> None:
    """Closed articles are built by the script from data: the payloads stay text there too."""
    from sourcelint import Config, Linter, Rule
    from sourcelint.registry import load_rules
    from sourcelint.reporters import Summary
    from sourcelint.reporters.html import render_page

    class Echo(Rule):
        """Echo <img src=x onerror="window.__pwned='why'"> (quotes each payload).

        What it finds:
        Payloads, quoted in the message and a related span.

        Why it matters:
        Untrusted text in every part of a finding.

        How to fix:
        <script>window.__pwned='fix'</script>
        """

        code = "LNG990"
        name = "echo"
        family = "language"

        def check(self, doc):
            for payload in PAYLOADS:
                at = doc.text.find(payload)
                yield self.finding(doc, at, at + len(payload), f"found {payload}", related=[(at, at + 8, payload)])

    rules = load_rules([PLUGIN])
    linter = Linter(Config(), rules=[rules["LNG901"], rules["LNG902"], Echo])
    reports = [linter.lint_text(MALICIOUS_TEXT, id=payload, metadata={"title": payload}) for payload in PAYLOADS[:2]]
    summary = Summary()
    for r in reports:
        summary.add(r)
    out = tmp_path / "lazy-evil.html"
    out.write_text(render_page(reports, summary, open_at_load=0), encoding="utf-8")
    for bypass_csp in (True, False):
        page, events = _open(browser, out, bypass_csp)
        try:
            assert page.locator("details.article[open]").count() == 0
            page.evaluate("document.querySelectorAll('details.article').forEach(d => { d.open = true; })")
            page.wait_for_function("() => [...document.querySelectorAll('details.article .body')].every(b => b.dataset.done)")
            for link in page.locator("a").all():
                link.click()
            for mark in page.locator("mark").all():
                mark.click()
            page.wait_for_timeout(200)
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert events["dialogs"] == [] and events["errors"] == []
            assert events["requests"] == [out.as_uri()], events["requests"]
            text = page.locator(".text").first.inner_text()
            assert all(payload in text for payload in PAYLOADS)
            assert page.locator(".text img, .text script, .text iframe, .text svg, .text a").count() == 0
            assert page.locator("aside img, aside script, aside iframe, aside svg").count() == 0
            assert page.locator("aside li").count() == 2 * (3 + len(PAYLOADS))
            aside = page.locator("aside").first.inner_text()
            assert all(f"found {payload}" in aside for payload in PAYLOADS)
            assert "window.__pwned='why'" in aside and "window.__pwned='fix'" in aside
        finally:
            page.context.close()
