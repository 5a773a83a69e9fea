"""BLP002: a link with no target or no text, left by the scraper."""

from __future__ import annotations

import re
from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..lexicon import data_lines
from .spans import in_prose, removal_span, shown
from .template_tokens import Placeholder, template_placeholders


# Bounded character classes keep these linear on hostile input.
_MD_DEAD_RE = re.compile(
    r"!?\[([^\[\]\n]{0,300})\]\([ \t]*(#[^()\s]{0,60}|javascript:[^()\s]{0,40}(?:\([ \t]*\d{0,3}[ \t]*\))?;?|about:blank"
    # template variables a CMS or a scraper failed to fill: "(undefined)", "(null)", "({{url}})"
    r"|undefined|null|none|nan|url|link|href|tbd|\{\{?[ \t]{0,3}(?:url|link|href)[ \t]{0,3}\}\}?|\$\{?(?:url|link)\}?|%(?:url|link)%)?"
    r"[ \t]*\)",
    re.I,
)
# "[](https://...)": a real target but nothing to click on (an image's
# "![](...)" is not a link).
_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(.{1,200}?)[ \t#]*$", re.M)
_ID_RE = re.compile(r"""\b(?:id|name)\s{0,3}=\s{0,3}["']([^"'\s]{1,100})["']""", re.I)


def _anchors(text: str) -> set[str]:
    """In-page link targets the text defines: Markdown heading slugs and HTML ids."""
    out = {m.group(1).lower() for m in _ID_RE.finditer(text)} if "=" in text else set()
    for m in _HEADING_RE.finditer(text):
        words = re.findall(r"[\w-]+", m.group(1).lower())
        out.add("-".join(words))
    return out


# "[statement][]" or "[statement][3]": a reference link, dead when the text
# defines no "[statement]: ..." (or "[3]: ...") for it.
_MD_REF_RE = re.compile(r"(?<![\w!\\\]])\[([^\[\]\n]{1,300})\]\[([^\[\]\n]{0,100})\]")
_EDITORIAL_BRACKETS = frozenset(data_lines("boilerplate_editorial_brackets.txt"))
_MD_REF_DEF_RE = re.compile(r"^[ \t]{0,3}\[([^\[\]\n]{1,300})\]:", re.M)
_MD_EMPTY_RE = re.compile(r"(?<![!\\])\[[ \t]{0,20}\]\([ \t]{0,20}([^()\s]{1,2000})[ \t]{0,20}\)")
_HTML_A_RE = re.compile(r"<a(\s[^<>]{0,500})?>([^<]{0,500})</a\s{0,5}>", re.I)
# An opening anchor that nothing closes on its line: '<a href="">' left alone.
_HTML_A_OPEN_RE = re.compile(r"<a(\s[^<>\n]{0,500})?>(?![^\n]{0,500}</a\s{0,5}>)", re.I)
# An address with no host: "https://", "https://www." cut off before its name.
_NO_HOST_RE = re.compile(r"\bhttps?://(?:www\.?)?(?=[\s)\]>\"'”’,;]|$)", re.I)
_HREF_RE = re.compile(r"\bhref\s{0,5}=\s{0,5}(?:\"([^\"]{0,500})\"|'([^']{0,500})'|([^\s>]{0,500}))", re.I)


def _whole_line(text: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is all of its line but blanks."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return not text[ls:s].strip() and not text[e : le if le >= 0 else len(text)].strip()


class PlaceholderLink(Rule):
    """A link with no real target, left by extraction: `[text](#)`, `[text]()`, `<a href="#">`.

    What it finds:
    Markdown links whose target is empty, "#", "javascript:void(0)",
    "about:blank" or a template variable nobody filled ("undefined", "null",
    "url", "{{url}}"), reference links ("[text][]", "[text][3]") whose
    reference the text defines nowhere, or an in-page anchor the text does not define ("#top",
    "#?ref=inline"; "#methods" is fine when the article has a "Methods"
    heading or an element with that id), HTML anchors with no href, an
    empty one or "#" (closed or not: '<a href="">' alone), addresses cut
    off before their host ("https://www."), and empty
    anchors with a real target but no text (`[](https://...)`). These are
    what an extractor leaves when it keeps a link's text but loses its
    address, or keeps the address of a link whose text was an image or an
    icon. Links with a real address and text (`[text](https://...)`) and
    images (`![](...)`) are fine. Template placeholders too: WordPress
    shortcodes ("[caption id=...]", "[gallery ids=...]", "[embed]...[/embed]"),
    bracketed media tags ("[photo]", "[VIDEO: final_lap]", "[[CHART: q4.png]]";
    kinds of media from rules/data/boilerplate_media_tags.txt), template
    variables ("{{author}}", "{% if %}", "${name}"), format strings ("%s",
    "%(name)s") and empty values where a word was meant ("By undefined",
    "Photo: null", "Photo: undefined / The Ledger", "[object Object]", "$NaN"; not a value the article
    quotes as a word somewhere, '"NaN" stands for ...', which it writes
    about wherever it names it), and any token shaped like a
    program's identifier between a template engine's delimiters
    ("{photo_credit}", "%%RELATED_BLOCK%%", "<<slot_3>>", "__AMOUNT__",
    "[ad_unit_2]"; a bare one named by a noun before it, "an error code,
    ERR_ALLOC_TIMEOUT", is what the story is about), editors' markers ("[TK: quote]", "[Insert name]",
    "<<Insert comment>>", "{TBD}"),
    and bracketed tags in capitals with a media word ("[HERO PHOTO 2]");
    outside a quotation, also a bracket holding a media word or a slot
    noun in any case ("[Infographic]", "[NAME]"), up to three capitalised
    words ending on one ("[Author Name]") or a hyphenated slug
    ("[related-articles]"), an empty value before a unit ("undefined
    km/h"), and one standing where a name or a noun phrase was meant, read
    from its neighbours: after a capitalised label ("Ward null councillor")
    or between a preposition and a verb ("Rainfall at undefined reached
    142mm"), after a speech verb ("a spokesperson said undefined."), or where
    an amount belongs ("rose null percent", "an average of undefined days"), where English has no use for the adjective ("of undefined
    length", "null and void").
    Text that is not prose is found by its class (``not_prose``): editors'
    notes in capitals ("TK: confirm the date", "INSERT GRAPHIC: route map
    here", "Caption TK", "NOTE TO DESK: ...", "[Image: site – credit TBC]",
    "(placeholder)"), HTML left in the body ('<p class="pullquote">undefined</p>',
    "</div>", "&nbsp;"; the fix keeps an element's words), slot names
    ("[READ MORE: link_placeholder]", "EMBED_ARTICLE_ID=55721"; a bare
    lowercase one such as "hb_1234" is only info), slots in capitals
    ("[PHOTOGRAPHER NAME]", "$[AMOUNT]", a credit's "[Photo: AP/NAME OF
    PHOTOGRAPHER]"), a bracket in capitals holding a marker ("[TRANSLATION
    NEEDED]"), a "NaN" anywhere in prose, numbers still to fill in ("£XX
    million"), and filler: lorem ipsum by its Latin function-word and
    ending profile, "Headline goes here", "Quote from police to come", a
    template's sample text. Editorial brackets ("[sic]",
    "[laughter]", "[the president]", "[CHEERING AND APPLAUSE]"), Latin
    quoted in prose, "Kick-off TBC", "Editor's note:" and template syntax
    inside `code` are not placeholders.

    It also finds an empty value standing as a sentence of its own ("... for several months. null").

    Why it matters:
    The reader sees markup instead of words, the promised source is missing,
    and the article was clearly not proofread after scraping.

    How to fix:
    Keep the link text and drop the markup (the fix is safe). If the source
    matters, restore the real address from the original page.
    """

    code = "BLP002"
    name = "placeholder-link"
    family = "boilerplate"
    needs = (template_placeholders,)
    severity = "warning"
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        links: list[tuple[int, int]] = []  # spans reported as links: a placeholder inside one is part of it

        def track(f: Finding) -> Finding:
            links.append((f.start, f.end))
            return f

        text = doc.text
        if "](" in text:
            dead: set[int] = set()
            anchors: set[str] | None = None
            for m in _MD_DEAD_RE.finditer(text):
                target = m.group(2) or ""
                if len(target) > 2 and target.startswith("#") and target[1] not in "!?":
                    # "[see below](#methods)" is a real in-page link when the
                    # article has that heading or anchor; "#top" or "#?ref=x"
                    # left by extraction point nowhere
                    if anchors is None:
                        anchors = _anchors(text)
                    if target[1:].lower() in anchors:
                        continue
                dead.add(m.start())
                if not in_prose(doc, m.start()):
                    continue
                label = m.group(1).strip()
                target = (m.group(2) or "").strip() or "empty"
                yield track(self._report(doc, m.start(), m.end(), label, f"target '{target}'" if target != "empty" else "an empty target"))
            if "[](" in text or "[ " in text or "[\t" in text:
                for m in _MD_EMPTY_RE.finditer(text):
                    if m.start() not in dead and in_prose(doc, m.start()):
                        yield track(self._report(doc, m.start(), m.end(), "", f"target '{shown(m.group(1), 40)}'"))
        if "][" in text:
            defined = {m.group(1).strip().lower() for m in _MD_REF_DEF_RE.finditer(text)} if "]:" in text else set()
            for m in _MD_REF_RE.finditer(text):
                label = m.group(1).strip()
                ref = (m.group(2).strip() or label).lower()
                if ref in defined or not in_prose(doc, m.start()):
                    continue
                if label.isdigit() or label.lower() in _EDITORIAL_BRACKETS:
                    continue  # citation marks "[3][4]", "[sic][1]": not links
                yield track(self._report(doc, m.start(), m.end(), label, f"the reference '[{shown(ref, 30)}]' defined nowhere"))
        if "<a" in text or "<A" in text:
            for m in _HTML_A_RE.finditer(text):
                attrs = m.group(1) or ""
                h = _HREF_RE.search(attrs)
                if h is None:
                    why = "no href"
                else:
                    href = next((g for g in h.groups() if g is not None), "").strip()
                    if href not in ("", "#", "#!") and not href.lower().startswith("javascript:"):
                        if m.group(2).strip():
                            continue
                        why = f"href '{shown(href, 40)}'"  # a real target with nothing to click on
                    else:
                        why = f"href '{href}'" if href else "an empty href"
                if not in_prose(doc, m.start()):
                    continue
                yield track(self._report(doc, m.start(), m.end(), m.group(2).strip(), why))

        yield from (track(f) for f in self._cut_links(doc, links))
        for p in template_placeholders(doc):
            if not any(a < p.end and p.start < b for a, b in links):
                yield self._report_placeholder(doc, p)

    def _cut_links(self, doc: Document, links: list[tuple[int, int]]) -> Iterator[Finding]:
        """An opening anchor with no target that nothing closes, and an
        address cut off before its host ("Click here: https://www.")."""
        text = doc.text
        if "<a" in text or "<A" in text:
            for m in _HTML_A_OPEN_RE.finditer(text):
                h = _HREF_RE.search(m.group(1) or "")
                href = "" if h is None else next((g for g in h.groups() if g is not None), "").strip()
                if (href in ("", "#", "#!") or href.lower().startswith("javascript:")) and in_prose(doc, m.start()) \
                        and not any(a <= m.start() < b for a, b in links):
                    why = f"href '{href}'" if href else "an empty href"
                    yield self._report(doc, m.start(), m.end(), "", f"{why} that nothing closes")
        if "://" in text:
            for m in _NO_HOST_RE.finditer(text):
                if in_prose(doc, m.start()) and not any(a <= m.start() < b for a, b in links):
                    yield self.finding(doc, m.start(), m.end(), f"'{m.group()}' is an address with no host: the link was cut off",
                                       fix=None)

    def _report_placeholder(self, doc: Document, p: Placeholder) -> Finding:
        text = doc.text
        token = shown(text[p.start : p.end])
        fix = None
        if p.keep:
            fix = Fix((Edit(p.start, p.end, p.keep),), safe=True, description=f"keep '{shown(p.keep)}', drop the markup")
        elif _whole_line(text, p.start, p.end):
            s, e = removal_span(doc, p.start, p.end)
            fix = Fix((Edit(s, e, ""),), safe=True, description=f"remove the line '{token}'")
        elif p.kind != "an empty value":
            # Take one neighbouring space with it, so no double space is left.
            s, e = p.start, p.end
            if e < len(text) and text[e] == " " and (s == 0 or text[s - 1] in " \n"):
                e += 1
            elif s > 0 and text[s - 1] == " ":
                s -= 1
            fix = Fix((Edit(s, e, ""),), safe=True, description=f"remove '{token}'")
        return self.finding(doc, p.start, p.end, f"'{token}' is {p.kind} that a template left in the text", fix=fix,
                            severity=p.severity)

    def _report(self, doc: Document, s: int, e: int, label: str, why: str) -> Finding:
        shown_text = shown(doc.text[s:e])
        if label:
            msg = f"'{shown_text}' is a placeholder link with {why}; only '{label}' belongs in the text"
            desc = f"keep '{label}', drop the link markup"
        else:
            msg = f"'{shown_text}' is an empty link with {why} and no text"
            desc = "remove the empty link"
        return self.finding(doc, s, e, msg, fix=Fix((Edit(s, e, label),), safe=True, description=desc))
