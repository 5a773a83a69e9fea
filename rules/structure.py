"""The structure family (prefix STR): damage to the article's shape and encoding.

Paragraphs broken mid-sentence, truncated endings, mojibake, control and
replacement characters, and a headline or lede repeated at the top. All
checks walk the shared paragraph and sentence views; character-level checks
start with one cheap regex scan so that clean text costs next to nothing.
"""

from __future__ import annotations

import re
from typing import Iterator

import ftfy

from sourcelint.document import WORD_RE, Document, Paragraph
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Option, Rule

__all__ = [
    "BrokenParagraph",
    "TruncatedArticle",
    "Mojibake",
    "ControlCharacters",
    "RepeatedOpening",
    "RULES",
]

_LIST_OR_HEADING_RE = re.compile(r"[ \t]*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?|\|)")
_TITLE_SMALL = frozenset("a an the and or but of in on at to for by with from as vs via is are".split())


def _shown(span: str, width: int = 60) -> str:
    """A span for a message: one line, at most ``width`` characters."""
    one = " ".join(span.split())
    return one if len(one) <= width else one[: width - 1] + "…"


def _title_case(words: list[str]) -> bool:
    """True when the words look like a headline: (almost) every major word capitalised."""
    major = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not major:
        return False
    caps = sum(1 for w in major if w[:1].isupper() or w[:1].isdigit())
    return caps * 10 >= len(major) * 8


# Words a finished sentence or headline does not end on: a text that stops on
# one of these was cut.
_DANGLING = frozenset(
    """
    a an the of to for in on at by with from into onto about after before during
    between until than as and or but nor that which who whose whom whether if
    because although though while his her their its our your my this these those
    is are was were be been being has have had will would can could should may
    might must shall not no very more most such they he she we i
    """.split()
)


def _last_line(p: Paragraph) -> str:
    return p.text[p.text.rfind("\n") + 1 :]


# --------------------------------------------------------------------------
# STR001 paragraph broken mid-sentence
# --------------------------------------------------------------------------


class BrokenParagraph(Rule):
    """A paragraph break in the middle of a sentence.

    What it finds:
    One paragraph ends without closing punctuation (on a word, a number or a
    comma) and the next one starts with a lowercase word that continues the
    sentence: "... resulted in a missed opportunity" / "for a frank and
    grounded discussion ...". Headings followed by text, list items, and a
    paragraph ending with ":" before a lowercase list are not reported; nor
    is a next paragraph that starts with a lowercase brand ("iPhone", "eBay")
    or an address.

    Why it matters:
    Extraction split a sentence across two blocks (often where an ad, image
    or link sat in the page). Readers stumble, and sentence-level tools see
    two fragments instead of one sentence.

    How to fix:
    Join the two paragraphs with a space. The fix is offered as unsafe:
    check that nothing (an image caption, a quote) was lost between them.
    """

    code = "STR001"
    name = "broken-paragraph"
    family = "structure"
    severity = "warning"
    fixable = True
    fix_safety = "unsafe"
    options = {
        "min-words": Option(5, "fewest words the paragraph before the break needs (shorter ones may be headings)", min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        paras = doc.paragraphs
        min_words = self.opts["min-words"]
        for a, b in zip(paras, paras[1:]):
            last = a.text[-1]
            if not (last.isalnum() or last == ","):
                continue
            first = b.text[0]
            if not first.islower():
                continue
            if text[a.end : b.start].strip():
                continue  # something that is not prose (a comment, code) sits between
            nxt = WORD_RE.match(text, b.start)
            if nxt is None or any(c.isupper() for c in nxt.group()[1:]):
                continue  # "iPhone", "eBay": lowercase brands start sentences too
            if b.text.startswith(("www.", "http", "e.g", "i.e")) or _LIST_OR_HEADING_RE.match(b.text):
                continue
            tail = _last_line(a)
            if _LIST_OR_HEADING_RE.match(tail):
                continue
            # A heading is short and stands alone; prose is longer or has a
            # finished sentence before the break.
            words = WORD_RE.findall(a.text)
            dangling = bool(words) and words[-1].lower() in _DANGLING and last != ","
            if not dangling and (len(words) < min_words or (len(words) <= 15 and _title_case(words))):
                continue
            toks = doc.tokens_in(a.start, a.end)
            if not toks:
                continue
            # The span runs from the last space-delimited word ("1,250") to the first word after.
            s = max(text.rfind(" ", a.start, a.end), text.rfind("\n", a.start, a.end), a.start - 1) + 1
            e = nxt.end()
            yield self.finding(
                doc, s, e,
                f"paragraph break inside a sentence: '…{_shown(text[toks[max(0, len(toks) - 4)].start : a.end], 40)}'"
                f" continues as '{_shown(text[b.start : min(b.end, b.start + 40)], 40)}…'",
                confidence=0.8,
                fix=Fix((Edit(a.end, b.start, " "),), safe=False, description="join the two paragraphs"),
            )


# --------------------------------------------------------------------------
# STR002 truncated article
# --------------------------------------------------------------------------

_TERMINAL = ".!?…\"'”’)]»"
_CREDIT_RE = re.compile(
    r"[ \t(*_]*(?:by|reporting|additional reporting|editing|edited|writing|written|compiled|contact|follow|"
    r"copyright|source|sources|photo|photos|image|images|video|credit|credits|tags|filed under|topics|"
    r"with reporting|contributing|related|read more|see also|©)\b",
    re.I,
)
_CUT_MARK_RE = re.compile(r"(?:\[\s?(?:…|\.\.\.)\s?\]|(?<=[a-z,])\s?(?:…|\.\.\.))\s*$")


def _unpunctuated_lines(doc: Document) -> bool:
    """True when some paragraph between the first and the last ends without punctuation
    although it is sentence-length (a caption or teaser headline)."""
    for p in doc.paragraphs[1:-1]:
        if p.text[-1] not in _TERMINAL + ":;" and len(WORD_RE.findall(_last_line(p))) >= 6:
            if not _LIST_OR_HEADING_RE.match(_last_line(p)):
                return True
    return False


class TruncatedArticle(Rule):
    """The article stops in the middle of a sentence.

    What it finds:
    The last paragraph of the document is a long stretch of prose that ends
    without closing punctuation ("... the minister said the review would"),
    or ends with a cut mark such as "[…]" or a "…" right after a lowercase
    word, as feed excerpts do. Short last lines, headings, bylines, credits
    and tag lists are not reported.

    Why it matters:
    A scraper or feed cut the story short: the ending, often the context or
    the other side's response, is missing, and the text should not be
    republished or summarised as if complete.

    How to fix:
    Fetch the full article from the original source. There is no automatic
    fix; the confidence is modest because some pages end on a caption.
    """

    code = "STR002"
    name = "truncated-article"
    family = "structure"
    severity = "warning"
    fixable = False
    options = {
        "min-words": Option(12, "fewest words the last paragraph needs before it can count as cut off", min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        if not doc.paragraphs or len(doc.paragraphs) < 2:
            return
        p = doc.paragraphs[-1]
        body = p.text.rstrip()
        cut = _CUT_MARK_RE.search(body)
        if not cut and not (body[-1].isalnum() or body[-1] == ","):
            return  # ends on punctuation, a symbol or junk: not a sentence cut in the middle
        if "\n" in p.text or _LIST_OR_HEADING_RE.match(p.text) or _CREDIT_RE.match(p.text):
            return
        if "@" in body or "http" in body or "|" in body:
            return
        last_word = body.rsplit(None, 1)[-1]
        if not cut and ("/" in last_word or "." in last_word.rstrip(".")):
            return  # a link or file name ("pic.twitter.com/x", "example.org")
        words = WORD_RE.findall(body)
        if len(words) < self.opts["min-words"] or _title_case(words):
            return
        sent = doc.sentence_at(p.end - 1)
        # Stopping on "of", "the", "until" is a cut; stopping on a content word
        # may be an unpunctuated teaser headline or caption, so ask for more.
        dangling = words[-1].lower() in _DANGLING or body[-1] == ","
        if not cut and not dangling:
            if sent is not None and sent.start == p.start and len(words) < 20:
                return  # one short unpunctuated sentence: as likely a teaser headline as a cut
            if _unpunctuated_lines(doc):
                return  # the source leaves captions or headlines unpunctuated: the end proves nothing
        s = sent.start if sent else p.start
        how = f"ends with the cut mark '{cut.group().strip()}'" if cut else "ends without closing punctuation"
        yield self.finding(
            doc, s, p.end,
            f"the article {how}: '…{_shown(doc.text[max(s, p.end - 50) : p.end], 50)}' looks cut off mid-sentence",
            confidence=0.6 if cut or dangling else 0.45,
            extent=0.0,
        )


# --------------------------------------------------------------------------
# STR003 mojibake
# --------------------------------------------------------------------------

# Characters of the cp1252/Latin-1 upper half: UTF-8 bytes decoded with the
# wrong codec become runs of these. A run is only worth ftfy's time when it
# holds a UTF-8 lead byte (Â-ô) followed by a continuation-byte character.
_CP1252_SPECIALS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJI_HINT_RE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_SPECIALS}]")
_MOJI_RUN_RE = re.compile(f"[\u0080-\u00ff{_CP1252_SPECIALS}]{{1,2000}}")
_C1_ONLY_RE = re.compile("[\u0080-\u009f]+")
_MAX_REPORTED = 200


def mojibake_runs(doc: Document) -> list[tuple[int, int, str]]:
    """``(start, end, repaired text)`` of every run ftfy repairs (shared view)."""
    text = doc.text
    hint = _MOJI_HINT_RE.search(text)
    if hint is None:
        return []
    out = []
    for m in _MOJI_RUN_RE.finditer(text, hint.start()):
        run = m.group()
        if len(run) < 2 or not _MOJI_HINT_RE.search(run):
            continue
        fixed = ftfy.fix_encoding(run)
        if fixed != run and not _C1_ONLY_RE.fullmatch(run):  # bare C1 controls are STR004's
            out.append((m.start(), m.end(), fixed))
        if len(out) >= _MAX_REPORTED:
            break
    return out


class Mojibake(Rule):
    """Text damaged by decoding UTF-8 with the wrong codec ("â€™", "Ã©").

    What it finds:
    Runs of characters that are UTF-8 bytes read as Windows-1252 or
    Latin-1: "itâ€™s" for "it’s", "cafÃ©" for "café", "Â£" for "£",
    "ÐŸÑ€Ð¸" for Cyrillic. Detection and repair use ftfy, and only run on
    text that contains a likely UTF-8 lead character, so clean text costs a
    single scan. Correct accented text ("naïve café résumé") is left alone.

    Why it matters:
    The article passed through a broken pipeline; names and quotes are
    garbled, search and deduplication miss them, and readers see gibberish.

    How to fix:
    Replace each damaged run with its repair (the fix is safe: ftfy only
    proposes a repair when the bytes decode cleanly). Better, fix the
    pipeline's decoding step.
    """

    code = "STR003"
    name = "mojibake"
    family = "structure"
    severity = "warning"
    fixable = True
    covers_span = True

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        reported = 0
        for s, e, fixed in doc.view("structure.mojibake", mojibake_runs):
            # Show the whole damaged word for context, repair only the run.
            ws = s
            while ws > 0 and text[ws - 1].isalnum():
                ws -= 1
            we = e
            while we < len(text) and text[we].isalnum():
                we += 1
            before = text[ws:we]
            after = text[ws:s] + fixed + text[e:we]
            reported += 1
            more = " (further damage not listed)" if reported == _MAX_REPORTED else ""
            yield self.finding(
                doc, s, e,
                f"'{_shown(before, 40)}' is mojibake for '{_shown(after, 40)}'{more}",
                fix=Fix((Edit(s, e, fixed),), safe=True, description=f"repair to '{_shown(fixed, 20)}'"),
            )
            if reported >= _MAX_REPORTED:
                return


# --------------------------------------------------------------------------
# STR004 control characters and U+FFFD
# --------------------------------------------------------------------------

_CONTROL_RE = re.compile(
    "(?P<c0>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+)"
    "|(?P<c1>[\x80-\x9f]+)"
    "|(?P<fffd>\ufffd+)"
    "|(?<=[A-Za-z])(?P<zw>[\u200b\u2060\ufeff]+)(?=[A-Za-z])"
)


def _cp1252(ch: str) -> str:
    try:
        return bytes([ord(ch)]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _byte_ranges(ranges: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for bs, be in ranges:
        if merged and merged[-1][1] == bs:
            merged[-1][1] = be
        else:
            merged.append([bs, be])
    return ", ".join(f"{bs}-{be}" for bs, be in merged)


class ControlCharacters(Rule):
    """Control characters, U+FFFD replacement characters or zero-width junk in the text.

    What it finds:
    C0 control characters other than newline, tab and carriage return; C1
    controls (U+0080-U+009F, usually Windows-1252 quotes read as Latin-1);
    U+FFFD replacement characters, with the byte offsets of the invalid
    UTF-8 when the file was read by sourcelint ("invalid UTF-8 at bytes
    120-121, replaced by U+FFFD"); and zero-width spaces inside words
    (reported as info).

    Why it matters:
    These characters are invisible or meaningless to readers, break search
    and tokenisation, and show that the text was decoded or copied wrongly;
    a U+FFFD means a character was lost for good.

    How to fix:
    Remove C0 controls and zero-width characters, map C1 controls to the
    Windows-1252 characters they stand for (both fixes are safe). For U+FFFD,
    restore the lost character from the source; removing it is offered as
    an unsafe fix.
    """

    code = "STR004"
    name = "control-characters"
    family = "structure"
    severity = "warning"
    fixable = True
    fix_safety = "mixed"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # Fast path in C: printable text with ordinary white space has no
        # control or format characters (a regex scan costs ~20x more).
        if "\ufffd" not in text and text.replace("\n", " ").replace("\t", " ").replace("\r", " ").isprintable():
            return
        errors = {c: (bs, be) for c, bs, be in doc.decode_errors}
        reported = 0
        moji: list[tuple[int, int, str]] | None = None
        for m in _CONTROL_RE.finditer(text):
            s, e = m.start(), m.end()
            kind = m.lastgroup
            if kind == "c1":
                # A C1 byte inside a mojibake run ("â€\x9d") is STR003's repair.
                if moji is None:
                    moji = doc.view("structure.mojibake", mojibake_runs)
                if any(ms <= s and e <= me for ms, me, _ in moji):
                    continue
            run = m.group()
            codes = ", ".join(f"U+{ord(c):04X}" for c in run[:4]) + (", …" if len(run) > 4 else "")
            severity = None
            if kind == "c0":
                msg = f"{len(run)} control character(s) ({codes}) in the text"
                fix = Fix((Edit(s, e, ""),), safe=True, description="remove the control characters")
            elif kind == "c1":
                repl = "".join(_cp1252(c) for c in run)
                msg = f"C1 control character(s) ({codes}) in the text, probably Windows-1252 '{repl}' read as Latin-1"
                fix = Fix((Edit(s, e, repl),), safe=True, description=f"replace with '{repl}'")
            elif kind == "fffd":
                bad = [errors[i] for i in range(s, e) if i in errors]
                if bad:
                    msg = f"invalid UTF-8 at bytes {_byte_ranges(bad)}, replaced by U+FFFD"
                else:
                    n = "a U+FFFD replacement character" if len(run) == 1 else f"{len(run)} U+FFFD replacement characters"
                    msg = f"{n}: a character was lost when the text was decoded upstream"
                fix = Fix((Edit(s, e, ""),), safe=False, description="remove the replacement character")
            else:
                word_s, word_e = s, e
                while word_s > 0 and text[word_s - 1].isalpha():
                    word_s -= 1
                while word_e < len(text) and text[word_e].isalpha():
                    word_e += 1
                msg = f"zero-width character ({codes}) inside the word '{_shown(text[word_s:word_e].replace(run, ''), 30)}'"
                fix = Fix((Edit(s, e, ""),), safe=True, description="remove the zero-width character")
                severity = "info"
            reported += 1
            if reported == _MAX_REPORTED:
                msg += " (further occurrences not listed)"
            yield self.finding(doc, s, e, msg, fix=fix, severity=severity)
            if reported >= _MAX_REPORTED:
                return


# --------------------------------------------------------------------------
# STR005 repeated headline or first sentence
# --------------------------------------------------------------------------

_NORM_DROP_RE = re.compile(r"[\"'“”‘’«»`*_#]")
# White space (every character str.isspace() accepts, as \s did) and marks.
_NORM_END_CHARS = ".!?:;,…–—-" + "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace())


def _norm(s: str) -> str:
    s = _NORM_DROP_RE.sub("", s)
    # One rstrip, not a "[...]+$" regex: the regex retried a long run of marks
    # from each of its positions (quadratic: 20 s for " . . ... x" of 160 KB).
    s = s.rstrip(_NORM_END_CHARS)
    return " ".join(s.lower().split())


def removal_span_after(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` plus the white space after it (or before it, at the end of the text)."""
    rs, re_ = s, e
    while re_ < len(text) and text[re_] in " \t\r\n":
        re_ += 1
    if re_ == len(text):
        re_ = e
        while rs > 0 and text[rs - 1] in " \t\r\n":
            rs -= 1
    return rs, re_


class RepeatedOpening(Rule):
    """The headline or first sentence is repeated at the start of the article.

    What it finds:
    The title line followed by the same text again (as the next paragraph or
    as the first sentence of the next paragraph), the headline doubled on
    one line, the metadata title appearing twice at the top, or the lede
    sentence repeated as the first sentence of the next paragraph. Only
    exact repeats after normalising case, quotes, white space and final
    punctuation count.

    Why it matters:
    Templates that print the headline both as a title and as a summary, or
    extraction that grabs a teaser and the body, leave a stutter at the most
    visible place in the article.

    How to fix:
    Remove the second copy (the fix is safe: it is an exact repeat).
    """

    code = "STR005"
    name = "repeated-opening"
    family = "structure"
    severity = "warning"
    fixable = True
    covers_span = True
    options = {
        "min-words": Option(4, "fewest words a repeated headline or sentence needs", min=0),
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        paras = doc.paragraphs[:4]
        if not paras:
            return
        min_words = self.opts["min-words"]
        text = doc.text
        # A headline doubled on one line: "Title Title" or "Title. Title."
        p0 = paras[0]
        toks = doc.tokens_in(p0.start, p0.end)
        n = len(toks)
        if n >= 2 * min_words and n % 2 == 0 and len(p0.text) < 400:
            half = n // 2
            first_half = [t.lower for t in toks[:half]]
            # "Bye Bye Bye Bye" is degenerate repetition, not a doubled headline.
            if len(set(first_half)) >= 3 and first_half == [t.lower for t in toks[half:]]:
                a_end = toks[half - 1].end
                b_start = toks[half].start
                if _norm(text[p0.start:a_end]) == _norm(text[b_start:p0.end]):
                    cut = a_end
                    while cut < b_start and text[cut] in ".!?:;,…":
                        cut += 1
                    yield self._report(doc, b_start, p0.end, p0.start, a_end, cut, p0.end, "the headline is doubled on its line")
                    return
        # Opening units: each paragraph's first sentence (the whole paragraph
        # for a one-sentence title line), compared with the units before it.
        units: list[tuple[int, int, Paragraph]] = []
        for p in paras[:3]:
            first = doc.sentence_at(p.start)
            if first is None:
                continue
            units.append((first.start, first.end, p))
        title = doc.metadata.get("title")
        seen: list[tuple[str, int, int]] = []
        for s, e, p in units:
            key = _norm(text[s:e])
            if len(key.split()) < min_words:
                seen.append((key, s, e))
                continue
            for k, ps, pe in seen:
                if k == key:
                    what = "the headline is repeated" if ps == paras[0].start else "the first sentence is repeated"
                    if isinstance(title, str) and _norm(title) == key:
                        what = "the title (as in the metadata) is repeated"
                    if e == p.end:
                        rs, re_ = removal_span_after(text, s, e)
                    else:
                        rs, re_ = s, e
                        while re_ < p.end and text[re_] in " \t\n":
                            re_ += 1
                    yield self._report(doc, s, e, ps, pe, rs, re_, what)
                    return
            seen.append((key, s, e))
        # A title whose own punctuation splits it into sentences ("'What
        # happened?!' Fighter ...") repeated at the start of a later paragraph.
        t0 = p0.text
        if "\n" in t0 or len(toks) < min_words or len(toks) > 40:
            return
        low = t0.lower()
        for p in paras[1:3]:
            if not p.text.lower().startswith(low):
                continue
            e = p.start + len(t0)
            while e < p.end and text[e] in ".!?:;":
                e += 1
            if e < p.end and not text[e].isspace():
                continue
            what = "the headline is repeated"
            if e == p.end:
                rs, re_ = removal_span_after(text, p.start, e)
            else:
                rs, re_ = p.start, e
                while re_ < p.end and text[re_] in " \t\n":
                    re_ += 1
            yield self._report(doc, p.start, e, p0.start, p0.end, rs, re_, what)
            return

    def _report(self, doc: Document, s: int, e: int, fs: int, fe: int, rs: int, re_: int, what: str) -> Finding:
        return self.finding(
            doc, s, e,
            f"{what}: '{_shown(doc.text[s:e], 50)}' already appears at the top",
            related=[(fs, fe, "first copy")],
            fix=Fix((Edit(rs, re_, ""),), safe=True, description="remove the repeated copy"),
        )


RULES = [BrokenParagraph, TruncatedArticle, Mojibake, ControlCharacters, RepeatedOpening]
