"""The HTML report's style sheet and its only script.

The script builds no markup from strings (no ``innerHTML``): the articles
open at load are markup written in Python, escaped; the others are data in
the page's JSON block, from which the script creates elements and text
nodes (the same elements, see :mod:`.html_article`) when they are opened. It also sorts
and filters the index (moving the articles with their rows), moves between
findings with the keyboard, and scrolls highlights into view.
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["CSS", "JS", "csp"]

CSS = """
:root { --fg:#1d1d1f; --muted:#5f6368; --line:#dadce0; --bg:#fff; --soft:#f6f7f9;
  --err:#c92a2a; --err-bg:#ffc9c9; --warn:#b35c00; --warn-bg:#ffe08a; --info:#1864ab; --info-bg:#c5e3ff; }
* { box-sizing:border-box; }
html { -webkit-text-size-adjust:100%; }
body { margin:0; font:15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--fg); background:var(--bg); overflow-wrap:anywhere; }
header.top { padding:14px 20px; border-bottom:1px solid var(--line); background:var(--soft); }
header.top h1 { margin:0 0 4px; font-size:21px; }
.muted { color:var(--muted); }
main { padding:8px 20px 48px; max-width:1500px; }
.legend { font-size:13px; margin-top:6px; }
.legend span { display:inline-block; margin:2px 12px 2px 0; }
.legend i { display:inline-block; width:14px; height:12px; border-radius:2px; vertical-align:-1px; margin-right:4px; }
kbd { font:12px ui-monospace, Menlo, Consolas, monospace; border:1px solid var(--line); border-radius:3px; padding:0 4px; background:#fff; }
.overview { display:grid; grid-template-columns:repeat(auto-fit, minmax(min(100%, 300px), 1fr)); gap:12px 24px; margin:12px 0; }
.overview figure { margin:0; }
.overview figcaption { font-size:13px; font-weight:600; margin-bottom:2px; }
.overview svg { width:100%; max-width:380px; height:auto; display:block; }
.overview svg text { font:11px sans-serif; fill:#333; }
.sources { overflow-x:auto; }
.sources svg { max-width:560px; height:auto; display:block; }
.sources svg text { font:11px sans-serif; fill:#333; }
.sources .bar { fill:#868e96; } .sources .bar.reliable { fill:#2b8a3e; } .sources .bar.mixed { fill:#e8890c; }
.sources .bar.unreliable { fill:#c92a2a; } .sources .whisker { stroke:#212529; stroke-width:1.5; }
.sources-table { border-collapse:collapse; font-size:.9em; } .sources-table td, .sources-table th { padding:2px 6px; border-bottom:1px solid #dee2e6; text-align:left; vertical-align:top; }
.filters { display:flex; flex-wrap:wrap; gap:8px 12px; align-items:end; margin:8px 0; font-size:13px; }
.filters label { display:flex; flex-direction:column; gap:2px; color:var(--muted); }
.filters select, .filters input { font:inherit; color:var(--fg); padding:3px 6px; border:1px solid #bbb; border-radius:4px; background:#fff; max-width:100%; }
.filters input[type=search] { width:220px; }
#shown { color:var(--muted); }
table.index { border-collapse:collapse; width:100%; table-layout:fixed; margin:6px 0 22px; font-size:14px; }
table.index th, table.index td { text-align:left; padding:5px 6px; border-bottom:1px solid var(--line); vertical-align:top; }
table.index th { font-size:12px; color:var(--muted); }
table.index th button { font:inherit; color:inherit; background:none; border:0; padding:0; cursor:pointer; text-decoration:underline dotted; }
table.index th button[data-dir=asc]::after { content:" \\25B2"; } table.index th button[data-dir=desc]::after { content:" \\25BC"; }
table.index td.num { text-align:right; font-variant-numeric:tabular-nums; }
table.index .c-n { width:3em; } table.index .c-words { width:5em; } table.index .c-score { width:5.5em; }
table.index .c-verdict { width:6.5em; } table.index .c-findings { width:6em; } table.index .c-source { width:14%; }
table.index .c-lost { width:22%; }
table.index small { display:block; color:var(--muted); }
.verdict { display:inline-block; padding:0 7px; border-radius:10px; font-size:12px; font-weight:600; white-space:nowrap; }
.verdict.pass { background:#d3f9d8; color:#2b8a3e; } .verdict.review { background:#fff3bf; color:#8f5a00; }
.verdict.reject { background:#ffe3e3; color:#c92a2a; } .verdict.error { background:#eee; color:#444; }
details.article { border-top:1px solid var(--line); content-visibility:auto; contain-intrinsic-size:auto 44px; }
details.article > summary { cursor:pointer; padding:8px 0; list-style-position:outside; margin-left:16px; }
details.article > summary h2 { display:inline; font-size:16px; margin:0; }
details.article[open] > summary { border-bottom:1px dashed var(--line); margin-bottom:8px; }
details.article.clean > summary { color:var(--muted); }
.whole { border-left:5px solid var(--warn); background:#fff8e6; padding:6px 10px; margin:8px 0; border-radius:4px; }
.whole.sev-error { border-left-color:var(--err); background:#fff0f0; }
.whole.active { box-shadow:0 0 0 2px #212529; }
dl.meta { display:grid; grid-template-columns:max-content minmax(0, 1fr); gap:2px 12px; margin:8px 0; font-size:13px; }
dl.meta dt { color:var(--muted); } dl.meta dd { margin:0; }
.cols { display:grid; grid-template-columns:minmax(0, 3fr) minmax(0, 2fr); gap:20px; align-items:start; }
@media (max-width: 1000px) { .cols { grid-template-columns:minmax(0, 1fr); } }
.text { white-space:pre-wrap; font:16px/1.7 Georgia, "Times New Roman", serif; background:var(--soft); padding:14px 18px; border-radius:6px; margin:0; }
.text mark { color:inherit; background:none; border-radius:2px; padding:1px 0; cursor:pointer; -webkit-box-decoration-break:clone; box-decoration-break:clone; }
.text mark.sev-error { background:var(--err-bg); border-bottom:3px solid var(--err); }
.text mark.sev-warning { background:var(--warn-bg); border-bottom:3px solid #e8890c; }
.text mark.sev-info { background:var(--info-bg); border-bottom:3px solid var(--info); }
.text mark.long { border-bottom:0; background:rgba(255,224,138,.35); }
.text mark.long.sev-error { background:rgba(255,201,201,.4); }
.text mark.rel { background:none; border-bottom:2px dotted #495057; cursor:default; }
.text mark.rel.long { border-bottom:0; background:rgba(73,80,87,.08); }
.text mark.active { outline:3px solid #212529; outline-offset:1px; }
.text .pin { display:inline-block; width:0; position:relative; }
.text .pin::before { content:"\\25BC"; position:absolute; left:-5px; top:-12px; font-size:10px; color:var(--err); }
aside .group { border:1px solid var(--line); border-left-width:5px; border-radius:4px; padding:6px 10px; margin-bottom:10px; background:#fff; }
aside .group.sev-error { border-left-color:var(--err); } aside .group.sev-warning { border-left-color:#e8890c; }
aside .group.sev-info { border-left-color:var(--info); }
aside h3 { font-size:14px; margin:0 0 2px; }
aside .code { font:600 13px ui-monospace, Menlo, Consolas, monospace; }
aside .sev { font-size:11px; text-transform:uppercase; letter-spacing:.04em; }
.sev.error { color:var(--err); } .sev.warning { color:var(--warn); } .sev.info { color:var(--info); }
aside .why, aside .fix, aside .each { font-size:13px; color:var(--muted); margin:2px 0; }
aside ol { list-style:none; margin:4px 0 0; padding:0; }
aside li { padding:4px 6px; border-top:1px solid #eee; font-size:14px; }
aside li.active { background:#e7f5ff; box-shadow:inset 3px 0 0 #212529; }
aside a.goto { color:inherit; text-decoration:none; display:block; cursor:pointer; border-radius:3px; }
aside a.goto:hover, aside a.goto:focus { text-decoration:underline; }
aside a.goto:focus { outline:2px solid #1971c2; }
aside a.goto code { font:12px ui-monospace, Menlo, Consolas, monospace; color:var(--muted); }
aside .rel { font-size:13px; color:var(--muted); display:block; }
aside .rel a { color:#1971c2; }
.none { color:var(--muted); font-style:italic; }
.err { color:var(--err); }
@media (max-width: 900px) { table.index .c-words, table.index .c-n { display:none; } }
@media (max-width: 600px) {
  main, header.top { padding-left:10px; padding-right:10px; }
  table.index .c-source, table.index .c-lost { display:none; }
  .filters input[type=search] { width:100%; }
  .text { padding:10px; font-size:15px; }
}
"""

JS = """
(function () {
  "use strict";
  var rows = document.getElementById("rows"), list = document.getElementById("articles");
  var parsed = null;
  function data() {  // parsed on first need: a page of thousands of articles opens without it
    if (parsed === null) {
      var block = document.getElementById("sourcelint-data");
      parsed = block ? JSON.parse(block.textContent) : {};
    }
    return parsed;
  }
  // The closed articles' data: gzip, base64, in the data block; unpacked once, on first need.
  var bodies = null, unpacking = null;
  function unpack() {
    if (unpacking === null) {
      var packed = data().bodies_gz || "";
      if (!packed) {
        unpacking = Promise.resolve({});
      } else {
        var bin = atob(packed), bytes = new Uint8Array(bin.length);
        for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
        unpacking = new Response(stream).text().then(JSON.parse);
      }
      unpacking = unpacking.then(function (b) { bodies = b; return b; });
    }
    return unpacking;
  }
  function section(n) { return document.getElementById("doc-" + n); }
  // el(): an element from a tag, attributes and children (strings become text nodes).
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    kids.forEach(function (k) { e.appendChild(typeof k === "string" ? document.createTextNode(k) : k); });
    return e;
  }
  // The findings column from aside_model()'s data: the same elements as aside_html().
  function buildAside(n, groups, rules) {
    if (!groups.length) { return el("aside", {}, [el("p", {"class": "none"}, ["No findings."])]); }
    var aside = el("aside", {}, []);
    groups.forEach(function (g) {  // [code, severity, title, fix note, shared, items]
      var box = el("div", {"class": "group sev-" + g[1]}, [el("h3", {}, [
        el("span", {"class": "code"}, [g[0]]), " ", el("span", {"class": "sev " + g[1]}, ["[" + g[1] + "]"]),
        " " + g[2]])]);
      var doc = rules[g[0]] || ["", ""];
      if (doc[0]) { box.appendChild(el("p", {"class": "why"}, [doc[0]])); }
      if (doc[1]) { box.appendChild(el("p", {"class": "fix"}, [el("b", {}, ["fix:"]), " " + doc[1] + g[3]])); }
      if (g[4]) { box.appendChild(el("p", {"class": "each"}, ["each: \u2026 " + g[4]])); }
      var ol = el("ol", {}, []);
      g[5].forEach(function (it) {
        var key = n + "-" + it[0];
        var li = el("li", {"id": "item-" + key}, [
          el("a", {"class": "goto", "href": "#h-" + key, "data-key": key}, [el("code", {}, [it[1]]), " " + it[2]])]);
        if (it[3].length) {
          li.appendChild(el("span", {"class": "rel"}, it[3].map(function (t) {
            return typeof t === "string" ? t : el("a", {"href": "#" + t[0], "class": "torel", "data-target": t[0]}, [t[1]]);
          })));
        }
        ol.appendChild(li);
      });
      box.appendChild(ol);
      aside.appendChild(box);
    });
    return aside;
  }
  // The text from body_model()'s pieces: the same elements as _pieces_html().
  function buildText(pieces) {
    if (pieces === null) { return el("div", {"class": "text none"}, ["The text is not available in this run."]); }
    return el("div", {"class": "text"}, pieces.map(function (p) {
      if (typeof p === "string") { return p; }
      if (p[0] === "m") {
        var attrs = {};
        if (p[4]) { attrs.id = p[4]; }
        attrs["class"] = p[2];
        if (p[3]) { attrs["data-f"] = p[3]; }
        return el("mark", attrs, [p[1]]);
      }
      if (p[0] === "a") { return el("span", {"id": p[1]}, []); }
      if (p[0] === "p") { return el("span", {"class": "pin", "id": p[1], "data-f": p[2], "title": p[3]}, []); }
      return el("span", {"class": "none"}, [p[1]]);
    }));
  }
  // An article's body from body_model(): the same elements as body_html().
  function buildBody(n, model, rules) {
    var out = document.createDocumentFragment();
    (model.w || []).forEach(function (w) {  // [id, data-f, severity, code, message, why]
      var kids = [el("b", {}, ["whole article:"]), " " + w[3] + " [" + w[2] + "] " + w[4]];
      if (w[5]) { kids.push(el("br", {}, []), el("span", {"class": "muted"}, ["why: " + w[5]])); }
      out.appendChild(el("div", {"class": "whole sev-" + w[2], "id": w[0], "data-f": w[1]}, kids));
    });
    if (model.m.length) {
      var dl = el("dl", {"class": "meta"}, []);
      model.m.forEach(function (kv) { dl.appendChild(el("dt", {}, [kv[0]])); dl.appendChild(el("dd", {}, [kv[1]])); });
      out.appendChild(dl);
    }
    if ("e" in model) {
      out.appendChild(el("p", {"class": "err"}, ["Could not be linted: " + model.e]));
    } else {
      out.appendChild(el("div", {"class": "cols"}, [buildText(model.t), buildAside(n, model.a, rules)]));
    }
    return out;
  }
  function render(details) {
    var body = details.querySelector(".body");
    if (!body || body.getAttribute("data-done") || body.getAttribute("data-wait")) { return; }
    var n = details.getAttribute("data-n");
    body.setAttribute("data-wait", "1");
    unpack().then(function (all) {
      if (all[n]) { body.appendChild(buildBody(n, all[n], data().rules || {})); }
      body.removeAttribute("data-wait");
      body.setAttribute("data-done", "1");
    });
  }
  document.addEventListener("toggle", function (ev) {
    if (ev.target.matches && ev.target.matches("details.article") && ev.target.open) { render(ev.target); }
  }, true);
  document.querySelectorAll("details.article[open]").forEach(render);
  function activate(key) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll('[data-f~="' + key + '"]').forEach(function (el) { el.classList.add("active"); });
    var item = document.getElementById("item-" + key);
    if (item) { item.classList.add("active"); }
  }
  function goTo(link) {
    var key = link.getAttribute("data-key");
    var target = document.getElementById(link.getAttribute("data-target") || "h-" + key);
    if (!target) { return false; }
    if (key) { activate(key); }
    target.scrollIntoView({block: "center", behavior: "auto"});
    return true;
  }
  function openArticle(n) {
    var d = section(n);
    if (d) { d.open = true; render(d); d.scrollIntoView({block: "start", behavior: "auto"}); }
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var link = t.closest ? t.closest("a.goto, a.torel, a.toart") : null;
    if (link) {
      ev.preventDefault();
      if (link.classList.contains("toart")) { openArticle(link.getAttribute("data-n")); } else { goTo(link); }
      return;
    }
    var mark = t.closest ? t.closest("mark[data-f]") : null;
    if (mark && !mark.classList.contains("rel")) {
      var key = mark.getAttribute("data-f").split(" ")[0];
      activate(key);
      var item = document.getElementById("item-" + key);
      if (item) { item.scrollIntoView({block: "nearest", behavior: "auto"}); }
    }
  });
  // j / k: next / previous finding among the opened articles.
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") { return; }
    if (ev.key !== "j" && ev.key !== "k") { return; }
    var links = Array.prototype.filter.call(document.querySelectorAll("details.article[open] a.goto"),
      function (a) { return !a.closest("details").hidden; });
    if (!links.length) { return; }
    var current = document.querySelector("li.active a.goto");
    var i = links.indexOf(current);
    i = ev.key === "j" ? Math.min(links.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
    ev.preventDefault();
    links[i].focus({preventScroll: true});
    goTo(links[i]);
  });
  if (!rows) { return; }
  var controls = {};
  document.querySelectorAll("[data-filter]").forEach(function (el) {
    controls[el.getAttribute("data-filter")] = el;
    el.addEventListener(el.tagName === "INPUT" ? "input" : "change", applyFilters);
  });
  var texts = {};
  function articleText(n) {
    if (!(n in texts)) {
      var model = (bodies || {})[n], d = section(n), text = "";
      if (model) {  // not opened yet: its text and metadata
        text = (model.t || []).map(function (p) { return typeof p === "string" ? p : p[0] === "m" ? p[1] : ""; })
          .join("") + " " + model.m.map(function (kv) { return kv.join(" "); }).join(" ");
      } else if (d) {
        text = d.querySelector(".body").textContent;
      }
      texts[n] = text.toLowerCase();
    }
    return texts[n];
  }
  function has(row, attr, value) {
    return !value || (" " + (row.getAttribute(attr) || "") + " ").indexOf(" " + value + " ") >= 0;
  }
  function applyFilters() {
    var q = controls.q ? controls.q.value.trim().toLowerCase() : "";
    if (q && bodies === null) { unpack().then(applyFilters); return; }  // the text search needs every text
    var shown = 0;
    Array.prototype.forEach.call(rows.rows, function (row) {
      var n = row.getAttribute("data-n");
      var ok = has(row, "data-verdict", controls.verdict && controls.verdict.value)
        && has(row, "data-fams", controls.family && controls.family.value)
        && has(row, "data-codes", controls.rule && controls.rule.value)
        && (!controls.source || !controls.source.value || row.getAttribute("data-source") === controls.source.value)
        && (!q || row.textContent.toLowerCase().indexOf(q) >= 0 || articleText(n).indexOf(q) >= 0);
      row.hidden = !ok;
      var d = section(n);
      if (d) { d.hidden = !ok; }
      if (ok) { shown += 1; }
    });
    var out = document.getElementById("shown");
    if (out) { out.textContent = shown + " of " + rows.rows.length + " article(s) shown"; }
  }
  document.querySelectorAll("th button[data-sort]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = button.getAttribute("data-sort");
      var desc = button.getAttribute("data-dir") !== "desc";
      document.querySelectorAll("th button[data-sort]").forEach(function (b) { b.removeAttribute("data-dir"); });
      button.setAttribute("data-dir", desc ? "desc" : "asc");
      var sorted = Array.prototype.slice.call(rows.rows);
      sorted.sort(function (a, b) {
        var x = field === "name" ? a.cells[1].textContent.toLowerCase() : a.getAttribute("data-" + field);
        var y = field === "name" ? b.cells[1].textContent.toLowerCase() : b.getAttribute("data-" + field);
        var fx = parseFloat(x), fy = parseFloat(y);
        var c = (isNaN(fx) || isNaN(fy)) ? (x < y ? -1 : x > y ? 1 : 0) : fx - fy;
        if (c === 0) { c = parseFloat(a.getAttribute("data-n")) - parseFloat(b.getAttribute("data-n")); return c; }
        return desc ? -c : c;
      });
      sorted.forEach(function (row) {
        rows.appendChild(row);
        var d = section(row.getAttribute("data-n"));
        if (d && list) { list.appendChild(d); }
      });
    });
  });
  var shownOut = document.getElementById("shown");
  if (shownOut) { shownOut.textContent = rows.rows.length + " of " + rows.rows.length + " article(s) shown"; }
})();
"""


def csp() -> str:
    """The page's Content-Security-Policy: only this script (by hash), no network."""
    digest = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")
