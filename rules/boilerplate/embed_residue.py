"""BLP003: what is left of a social-media embed."""

from __future__ import annotations

import re
from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..folding import lowered_text
from ..literals import LiteralSet
from .post_blocks import post_blocks
from .spans import in_prose, removal_span, shown
from .widget_lines import widget_lines

# An embed prints its date in the page's language ("28. Mai 2022", "3 de
# junio de 2022", "3 июня 2022 г.", "2022年6月3日"), so right after the
# handle any word of letters between a day and a year counts as a month.
_SP = r"[ \t\u00a0]"
_ANY_MONTH = r"[^\W\d_]{3,12}\.?"
_DATE_AFTER_HANDLE_RE = re.compile(
    # an optional time first, as X prints it: "7:42 PM · Jan 6, 2024"
    rf"{_SP}{{0,5}}(?:\d{{1,2}}:\d{{2}}(?:{_SP}?[ap]\.?m\.?)?{_SP}{{0,3}}[·•]?{_SP}{{0,3}})?(?:on{_SP}{{1,3}})?(?:"
    rf"{_ANY_MONTH}{_SP}{{1,3}}\d{{1,2}},?{_SP}{{1,3}}\d{{4}}"
    rf"|\d{{1,2}}\.?{_SP}{{1,3}}(?:de{_SP}{{1,3}})?{_ANY_MONTH},?{_SP}{{1,3}}(?:del?{_SP}{{1,3}})?\d{{4}}(?:{_SP}г\.)?"
    rf"|\d{{4}}{_SP}?[年년]{_SP}?\d{{1,2}}{_SP}?[月월]{_SP}?\d{{1,2}}{_SP}?[日일]"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.I,
)
# Handles may carry dots (Bluesky: "@claravoss.bsky.social").
_HANDLE_RE = re.compile(r"\(@\w[\w.]{0,60}\)")
_SOCIAL = r"(?:twitter|instagram|facebook|tiktok|youtube|x|threads|telegram)"
_NETWORKS = ("twitter", "instagram", "facebook", "tiktok", "youtube", "on x", "in x", "threads", "telegram")
# Each embed phrase with a lowercase literal that must occur for it to match:
# the regexes only run when their literal is in the text (clean text: a few
# substring tests instead of a many-branch regex scan).
_EMBED_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lit, re.compile(rx, re.I))
    for lit, rx in (
        ("pic.twitter.com/", r"(?:https?://)?pic\.twitter\.com/\w{1,40}"),
        ("t.co/", r"https?://t\.co/\w{1,30}"),
        ("view ", rf"\bview (?:this|the full|more) (?:post|photo|video|reel|profile|posts|photos|videos)? ?on {_SOCIAL}\b"),
        ("replying to @", r"\breplying to @\w{1,30}(?: and @\w{1,30})?"),
        ("ads info", r"\b(?:twitter|x) ads info and privacy\b"),
        ("shared by", r"\ba (?:post|photo|video|reel) shared by\b[^\n]{0,120}"),
        (" post by", rf"\b(?:skip|end of) {_SOCIAL} (?:post|content|video)(?: \d{{1,3}})?(?:,? by [^\n]{{0,80}})?"),
        (" by ", rf"\b{_SOCIAL}(?:/{_SOCIAL})? (?:post|video|content) (?:by|from) @?\w[^\n]{{0,80}}"),
        (" from @", rf"\b{_SOCIAL}(?:/{_SOCIAL})? (?:post|video|content) from @\w[^\n]{{0,120}}"),
        # a podcast or video player's label and its row of platforms: "Audio: Listen to the ... podcast",
        # "Subscribe on Apple Podcasts | Spotify | RSS"
        ("listen to", r"(?:^|(?<=\n))(?:audio|podcast|listen|video|watch):[ \t]+(?:listen to|watch|hear)\b[^\n]{0,200}"),
        (" | ", r"\b(?:subscribe|listen|follow|watch)(?: to us)? (?:on|via|in)[ \t]+[A-Z][\w+.]*(?: [A-Z][\w+.]*){0,2}"
                r"(?:[ \t]*\|[ \t]*[A-Z][\w+.]*(?: [A-Z][\w+.]*){0,2}){1,8}"),
        ("allow ", rf"\ballow {_SOCIAL} content\??"),
        ("content ", rf"\bcontent (?:is |was )?(?:provided|hosted|supplied|served) by {_SOCIAL}\b[^\n]{{0,120}}"),
    )
)
# Whole lines an embed widget leaves when it does not load: its placeholder,
# its counters and its labels. Each needs the whole line, since the same
# words occur in prose ("fans can watch on YouTube").
_COUNTERS = "(?:likes|views|retweets|reposts|shares|plays|replies|comments|reactions|quotes|bookmarks|subscribers|followers)"
# "Watch on YouTube", "Open in TikTok": its own gate, since its verbs are common words.
_WATCH_ON = rf"(?:watch|view|play|open|see) (?:this|the)? ?(?:video|clip|post|reel|thread)? ?(?:on|in) {_SOCIAL}\b"
_WATCH_ON_RE = re.compile(_WATCH_ON)
_EMBED_LINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lit, re.compile(rx, re.I))
    for lit, rx in (
        # (maybe after the video's title and a bar: "Slack Water — official trailer | Watch on YouTube")
        (_WATCH_ON, rf"(?:[^\n|]{{1,120}}[ \t][|·•][ \t])?{_WATCH_ON}(?: app)?"),
        # a short video's sound label: "Original audio", "original sound - Name"
        *((lit, r"original (?:audio|sound)(?:[ \t]*[-–·•][^\n]{0,60})?") for lit in ("original audio", "original sound")),
        ("loading", r"loading (?:tweet|post|video|content|embed|media)?[.…]*"),
        ("to play", r"(?:tap|click|press) to (?:play|view|watch|load)(?: (?:gif|video|media|content))?"),
        ("not available", r"this (?:content|video|post|tweet|embed) is not available[^\n]{0,200}"),
        ("♬", r"(?:@[\w.]{1,30} )?♬[^\n]{0,120}"),
        # Counters, alone or in a row ("1,203 Retweets  4,592 Likes",
        # "2.1K reactions · 340 comments"). Bounded, and only from the start
        # of a number: linear even if searched.
        # (or a reaction's symbol before its count: "👍 312   💬 188 comments")
        *((lit, rf"(?:(?:(?<![\d.,])[\d.,]{{1,15}}[km]? {_COUNTERS}|{_COUNTERS}:? [\d.,]{{1,15}}[km]?"
                rf"|[^\w\s.,$£€¥₹%+\-−()#*]{{1,2}}[ \t]?[\d.,]{{1,15}}[km]?(?: {_COUNTERS})?)[ \t·•|,]{{0,6}}){{1,6}}")
          for lit in ("like", "view", "retweet", "repost", "share", "play", "repl", "reaction",
                      "quote", "bookmark", "subscriber", "follower")),
        ("read ", r"read (?:all )?[\d.,]{1,15}[km]? (?:replies|comments)"),
        # a tweet's time stamp: "10:42 AM · Jul 4, 2023"
        (" · ", r"\d{1,2}:\d{2} ?[ap]\.?m\.? · [a-z]{3,9}\.? \d{1,2}, \d{4}(?: · [\d.,]{1,15}[km]? views)?"),
        # a channel line: "HYBE LABELS • 74.2M subscribers"
        ("subscribers", r"[^\n]{1,60}?[ \t]{1,4}[•·|][ \t]{1,4}[\d.,]{1,15}[km]? subscribers"),
        # a player's controls and labels
        ("play video", r"play video(?: \d{1,2}:\d{2})?"),
        ("unmute", r"(?:tap|click) to unmute"),
        (" / ", r"\d{1,2}:\d{2} / \d{1,2}:\d{2}"),
        ("video player", r"(?:youtube|vimeo|dailymotion|embedded)? ?video player"),
        ("copy link", r"copy link to (?:post|tweet|video)"),
        ("embed ", r"embed (?:tweet|post|video|code)"),
        ("embedded content", r"\[embedded content\]"),
        ("unavailable", r"this (?:post|tweet|video|content|embed|media) is (?:currently )?unavailable[^\n]{0,120}"),
        ("posted by", r"posted by [^\n]{1,60} on (?:[a-z]+day,? )?(?:\d{1,2} [a-z]+|[a-z]+ \d{1,2}),? \d{4}"),
        # a forum post's signature: "Posted in r/football by u/fergus10 · 18h"
        ("by u/", r"posted (?:in r/\w{1,30} )?by u/[\w-]{1,30}(?:[ \t]*[·•][ \t]*\d{1,2}[hdm])?"),
        # a post's own time stamp: "Posted on Tuesday 9 January at 07:12 ·"
        ("posted on", r"posted on (?:[a-z]+day,? )?(?:\d{1,2} [a-z]+|[a-z]+ \d{1,2})(?:,? \d{4})?"
                      r"(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?[ \t]*[·•]?"),
        # a post's controls when it did not load: "See new posts", "Show more replies"
        ("new posts", r"see new (?:posts|tweets)"),
    )
)
# Entries that share a pattern (the counters) scan each paragraph once, for
# whichever of their literals it holds.
_EMBED_LINE_GROUPS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (tuple(lit for lit, r in _EMBED_LINES if r.pattern == rx.pattern), rx)
    for rx in {r.pattern: r for _, r in _EMBED_LINES}.values()
)
_CONTENT_BY = tuple(f"{w} by" for w in ("provided", "hosted", "supplied", "served"))


_GATE_LITERALS = LiteralSet({
    *(lit for lit, _ in _EMBED_PHRASES), " post by", " video by", " content by", *_CONTENT_BY,
    *(lit for lits, _ in _EMBED_LINE_GROUPS for lit in lits if lit != _WATCH_ON), *_NETWORKS})
_DASHES = "—–―-"


def _last_dash(text: str, lo: int, hi: int) -> int:
    """The last dash in ``[lo, hi)`` standing alone (spaces or the line's start around it), or -1."""
    end = hi
    while True:
        i = max([text.rfind(c, lo, end) for c in _DASHES])
        if i < 0:
            return -1
        if (i == 0 or text[i - 1] in " \t\u00a0\n") and (i + 1 >= hi or text[i + 1] in " \t\u00a0"):
            return i
        end = i


class EmbedResidue(Rule):
    """Text left over from an embedded tweet or Instagram post ("— Name (@handle) May 28, 2022").

    What it finds:
    The signature line of an embedded tweet ("— Global Times
    (@globaltimesnews) May 28, 2022"), with the date in any language, as the
    embed prints it in the page's ("28. Mai 2022", "3 juin 2022", "3 de
    junio de 2022", "2022年6月3日"), "pic.twitter.com/..." and t.co links,
    "View this post on Instagram", "A post shared by ...", "Replying to
    @...", the "Skip Twitter post by ..." / "Twitter post by ..." labels
    some sites put around embeds, and lines a widget leaves when it does
    not load ("Watch on YouTube", "Loading tweet…", "Tap to play GIF",
    "1,204 likes", "2.1K reactions · 340 comments", "10:42 AM · Jul 4, 2023",
    "Play Video 0:45", "0:00 / 1:27", "YouTube video player", "Embed Tweet",
    "[embedded content]", "This post is unavailable", "♬ original sound -
    ...", "Posted by ... on 4 May 2021"). Embedded posts and players are
    also known by their shape, whatever their words: a post's header line
    (a name, a handle and a relative time or a date, "City FC @CityFC · 3h",
    "@KilifiReef · 12 Aug", or a feed's "Yesterday at 16:02 · 🌐" with any
    audience symbol or "3h ·" under the poster's name, or
    a line naming the poster or the time alone, "Post by @name.bsky.social",
    "Posted 2 hours ago", "Posted Tuesday at 6:12 AM", or a name and its handle
    alone, not a byline: "Harbour Fishers Co-op @HarbourFishers", or a name, the platform and the
    time, "Outback Energy on LinkedIn · 1d") starts a block of the post's lines,
    a profile header ("Name (@handle) •
    Instagram photos and videos") or follow button ("handle  Follow") stands
    alone, a line of counts ("12.4K likes · 2h", "♡ 402,118  💬 9,361", or
    two counts among short labels, "Public · 3.4K reactions · 1.1K shares",
    two counters closing a label, "♪ original sound – x  ♥ 3,902  💬 211", a time
    and its views, "11:46 AM · 4.6K views", or a count and its age, "CoastTV ·
    63K views · 5 hours ago") ends
    a post that opens on a handle line (or a player's title, "▶ ...", or a live label), a post pasted as one line is known
    by the footer that closes it (times, dates and counts between bullets:
    "... goes wild. 10:14 PM · Mar 2, 2024 · 12.4K Views"), a player leaves time codes and
    control glyphs ("▶ 0:00 / 2:14", "00:00 ━━━━━━ 04:12"), and embed code
    is pasted as text ('<iframe src="...">', '<blockquote
    class="twitter-tweet">', with its label and the tags that follow, not the
    words after them), a short video's or a post's label with its handle
    ("TikTok video from @name: ..."), a player's label and row of platforms
    ("Audio: Listen to ...", "Subscribe on Apple Podcasts | Spotify | RSS")
    and the controls of a post that did not load ("See new posts"). Any widget that did not load
    (player, chart, poll, quiz, gallery, podcast) is known by lines made of
    controls rather than sentences (``widget_lines``): bracketed buttons
    ("[ Replay ] [ Share ]", "[Vote]"), option and player glyphs ("○ Yes
    ○ No", "▶", "①"), time codes and counters ("0:15", "1,234 watching",
    "Image 3 of 12"), messages only a widget prints ("enable JavaScript to
    view", "Error code: 232011", "Your video will play after this ad", a
    consent gate: "This content is hosted by a third party. To view it,
    please accept social media cookies."), next
    to a media word; the block goes whole when its lines are short. Clock
    times ("at 6:45"), race results, polls reported in prose and sentences
    that mention videos are news.

    It also finds a video's title and "| Watch on YouTube" on one line, a post's time stamp ("Posted on
    Tuesday 9 January at 07:12 ·"), a row of reactions after symbols ("👍 312   💬 188 comments"), a forum
    post's signature ("Posted in r/football by u/name · 6h") and a post above its signature line ("Instagram ·
    account · 2 days ago").

    Why it matters:
    The embed's widget is gone, so the reader gets a dangling quote and a
    signature with no context; it also shows the text was scraped rather
    than edited.

    How to fix:
    Remove the residue (the fix is safe). If the embedded post matters,
    quote it properly with attribution in the text.
    """

    code = "BLP003"
    name = "embed-residue"
    family = "boilerplate"
    severity = "warning"
    fixable = True
    needs = (post_blocks, widget_lines, lowered_text)

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        spans: list[tuple[int, int, str]] = []
        if "(@" in text:
            for m in _HANDLE_RE.finditer(text):
                span = _tweet_signature(text, m.start(), m.end())
                if span:
                    spans.append((span[0], span[1], "tweet signature"))
        lower = lowered_text(doc)
        # Which gate literals the text holds, from one automaton pass.
        present = _GATE_LITERALS.found(lower)
        for lit, rx in _EMBED_PHRASES:
            if lit in present:
                if lit == " by " and present.isdisjoint((" post by", " video by", " content by")):
                    continue
                if lit == "content " and present.isdisjoint(_CONTENT_BY):
                    continue
                for m in rx.finditer(text):
                    spans.append((m.start(), m.end(), "embed label"))
        for lits, rx in _EMBED_LINE_GROUPS:
            if lits[0] == _WATCH_ON:
                # (a match names a network after "on" or "in", which the automaton looked for)
                if present.isdisjoint(_NETWORKS) or _WATCH_ON_RE.search(lower) is None:
                    continue
                lits = ("",)  # rare: every paragraph is looked at
            else:
                if present.isdisjoint(lits):
                    continue
                lits = tuple(lit for lit in lits if lit in present)
            spans += _placeholder_lines(doc, lower, lits, rx)
        spans += post_blocks(doc)
        spans += widget_lines(doc)
        spans.sort()
        merged: list[list] = []
        for s, e, kind in spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, kind])
        for s, e, kind in merged:
            if not in_prose(doc, s):
                continue
            e = len(text[s:e].rstrip()) + s
            # Bounded scans (regexes that stop at the first other character),
            # so many embeds on one huge line stay linear.
            ls = s - doc.line_col(s)[1] + 1
            rest = _REST_OF_LINE_RE.match(text, e)
            if _BLANK_RE.match(text, ls, s).end() == s and rest is not None:
                rs, re_ = removal_span(doc, s, rest.end())
                desc = "remove the embed residue line"
            else:
                rs, re_ = s, e
                if rs > 0 and text[rs - 1] == " ":
                    rs -= 1
                desc = "remove the embed residue"
            shown_text = shown(text[s:e])
            yield self.finding(
                doc, s, e, f"'{shown_text}' is residue of a social-media embed ({kind})",
                fix=Fix((Edit(rs, re_, ""),), safe=True, description=desc),
            )


def _placeholder_lines(doc: Document, lower: str, lits: tuple[str, ...],
                       rx: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The lines that are wholly ``rx``, in the paragraphs whose lowercase
    text holds one of ``lits``."""
    spans = []
    for para in doc.paragraphs:
        if not any(lower.find(lit, para.start, para.end) >= 0 for lit in lits):
            continue
        pos = para.start
        for line in para.text.split("\n"):
            stripped = line.strip()
            off = pos + line.find(stripped) if stripped else pos
            if stripped and len(stripped) <= 240 and rx.fullmatch(stripped.rstrip(".")):
                spans.append((off, off + len(stripped), "embed placeholder"))
            pos += len(line) + 1
    return spans


_BLANK_RE = re.compile(r"\s*")
# Only closing marks left on the line: " .", ";".
_REST_OF_LINE_RE = re.compile(r"[ \t.,;]*(?=\n|\Z)")
_LINE_REST_BLANK_RE = re.compile(r"[^\S\n]*(?:\n|\Z)")


def _tweet_signature(text: str, hs: int, he: int) -> tuple[int, int] | None:
    """The span of "— Name (@handle) Date" around the handle at ``[hs, he)``."""
    floor = max(0, hs - 120)
    nl = text.rfind("\n", floor, hs)
    # -1: the line starts before the window, too far back for a name.
    ls = nl + 1 if nl >= 0 else (0 if floor == 0 else -1)
    window_start = max(ls, hs - 100)
    dash = _last_dash(text, window_start, hs)
    date = _DATE_AFTER_HANDLE_RE.match(text, he)
    if date:
        if dash >= 0:
            return dash, date.end()
        if ls < 0 or hs - ls > 60:
            return None
        lead = text[ls:hs]
        if not any(c in lead for c in ".!?\"“”"):
            return ls + (len(lead) - len(lead.lstrip())), date.end()
        return None
    if dash >= 0 and _LINE_REST_BLANK_RE.match(text, he):
        return dash, he
    return None
