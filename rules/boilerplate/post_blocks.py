"""Embedded posts and players by their shape: a post's header line (a name,
a handle and a relative time: "City FC @CityFC · 3h", "Yesterday at 16:02
· 🌐") starts a block whose lines are the post; a player leaves time codes
and control glyphs ("▶ 0:00 / 2:14", "1080p ⚙ CC"). News prose never has
either shape, whatever the words."""

from __future__ import annotations

import re
from typing import NamedTuple

from sourcelint.analysis import analysis
from sourcelint.document import Document, Paragraph

__all__ = ["Block", "post_blocks"]


class Block(NamedTuple):
    start: int
    end: int
    kind: str


_REL = r"\d{1,3}\s?(?:s|m|h|d|w|min|mins|hr|hrs)"
# When a post was made, as its header prints it: "3h", "Yesterday", "Mar 4",
# "3 Jun", "9:41 PM".
_AGO = (rf"(?:{_REL}|just now|now|yesterday|[A-Z][a-z]{{2}}\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} [A-Z][a-z]{{2}}\.?(?: \d{{4}})?"
        r"|\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?)")
# "Ashford Rovers FC @AshfordRoversFC · 3h", "@claravoss.bsky.social · 12m".
_HANDLE_HEADER_RE = re.compile(rf"[^\n@]{{0,80}}@[\w.]{{2,40}}[ \t]*[·•][ \t]*{_AGO}(?:[ \t]*[·•][^\n]{{0,40}})?", re.I)
# A profile's header: a name, a handle and a bullet before the platform's
# label, "Tenants Union (@tenants) • Instagram photos and videos".
_PROFILE_HEADER_RE = re.compile(r"[^\n@.!?]{1,80}\(@[\w.]{2,40}\)[ \t]*[·•][ \t]*[^\n.!?]{1,60}")
# A profile's name and its button: "carverstgarden  Follow", "@wstenants Subscribe".
_FOLLOW_LINE_RE = re.compile(r"@?[\w.]{2,40}(?:[ \t]+[✓✔☑]\ufe0f?)?[ \t]+(?:Follow|Following|Subscribe|Subscribed)")
# "Yesterday at 16:02 · 🌐", "3 hrs · Public", "June 3 at 9:15 AM ·" (any audience symbol: "🌍").
_FEED_HEADER_RE = re.compile(
    rf"(?:yesterday|today|just now|{_REL}|\d{{1,2}} (?:hrs?|hours?|mins?|minutes?) ago|[A-Z][a-z]{{2,8}} \d{{1,2}}(?:, \d{{4}})?)"
    r"(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?[ \t]*[·•][ \t]*(?:[^\w\s]{1,2}|public|friends)?", re.I)
# A post's signature closing it: who, where and when, between bullets
# ("Instagram · novascotiahealth · 2 days ago", "— Raman Lab (@RamanLabUR) ·
# bsky.social · Mar 3"), naming a platform or a handle.
# "5 hours ago", "3 days ago": how long ago a post or a video went up.
_AGO_PHRASE = r"\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago"
_SIGNATURE_RE = re.compile(
    rf"(?:[—–-][ \t]*)?[^\n·•]{{1,80}}(?:[ \t]*[·•][ \t]*[^\n·•]{{1,40}}){{1,2}}[ \t]*[·•][ \t]*"
    rf"(?:{_AGO}|{_AGO_PHRASE})", re.I)
_PLATFORM_RE = re.compile(r"@\w|\b(?:instagram|facebook|tiktok|threads|bsky|bluesky|mastodon|linkedin|twitter|youtube"
                          r"|reddit)\b", re.I)
# A player: a time code pair, or control glyphs on a short line.
# (a slash or a progress bar between them: "0:00 / 2:14", "00:00 ━━━━━━ 04:12")
_TIMECODE_RE = re.compile(r"\b\d{1,2}:\d{2}[ \t]*(?:/|[━─▬═■□▪▫●○-]{3,})[ \t]*\d{1,2}:\d{2}\b")
_PLAYER_GLYPHS = "▶►⏸⏯⏭⏮⚙🔊🔇⛶"
# A post's counters, alone on a line: "12.4K likes · 2h", "♡ 402,118   💬 9,361".
_COUNT = r"[\d][\d.,]*[KkMm]?"
_COUNTER_WORDS = (r"likes?|comments?|views?|shares?|reposts?|retweets?|replies|saves?|reactions?|quotes|bookmarks|plays"
                  r"|upvotes|followers|watching")
_COUNTER_GLYPHS = "♡❤♥💬👁🔁↻🔄↗"
_COUNTER_LINE_RE = re.compile(
    rf"(?:(?:[{_COUNTER_GLYPHS}]\ufe0f?[ \t]*{_COUNT}|{_COUNT}[ \t]+(?:{_COUNTER_WORDS}))[ \t·•|]*){{1,4}}"
    rf"(?:{_REL})?", re.I)
# Two counters or more closing a line after its label ("♪ original sound – x    ♥ 3,902   💬 211").
_COUNTER_TAIL_RE = re.compile(rf"(?:[{_COUNTER_GLYPHS}]\ufe0f?[ \t]*{_COUNT}[ \t]*){{2,4}}$")
# Items between bullets on a post's footer: at least two counters, the rest
# short labels ("Shared with Public · 3.4K reactions · 1.1K shares").
_BULLETS_RE = re.compile(r"[ \t]*[·•|][ \t]*")
_COUNTER_ITEM_RE = re.compile(rf"{_COUNT}[ \t]+(?:{_COUNTER_WORDS})", re.I)
# A post's footer closing a line: when and how it was seen, between bullets
# ("... 10:14 PM · Mar 2, 2024 · 12.4K Views", "... 👍 48 · 12 comments · 31 shares").
_CLOCK = r"\d{1,2}[:.]\d{2}[ \t]?(?:[AaPp]\.?[Mm]\.?)?"
_DAY = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
_FOOTER_ITEM = rf"(?:{_CLOCK}|{_DAY}|{_COUNT}[ \t]+(?:{_COUNTER_WORDS})|[{_COUNTER_GLYPHS}👍]\ufe0f?[ \t]*{_COUNT})"
_FOOTER_RE = re.compile(rf"(?:[ \t]*[·•][ \t]*|[ \t]+){_FOOTER_ITEM}(?:[ \t]*[·•][ \t]*{_FOOTER_ITEM}){{1,4}}[ \t]*$", re.I)
# A header naming the platform instead of a handle: "Outback Energy on LinkedIn · 1d",
# "Parks Board via Facebook · Yesterday at 9:15" (_PLATFORM_RE must find it).
_PLATFORM_HEADER_RE = re.compile(rf"[^\n·•.!?]{{1,80}}[ \t]+(?:on|via)[ \t]+[\w.]{{1,20}}[ \t]*[·•][ \t]*{_AGO}"
                                 rf"(?:[ \t]+at[ \t]+{_CLOCK})?(?:[ \t]*[·•][^\n]{{0,40}})?", re.I)
# A post's header naming its poster or when it was posted, alone on a line:
# "Post by @sanccob.bsky.social", "Posted 2 hours ago", "Shared 3 days ago",
# "Posted Tuesday at 6:12 AM".
_POSTED_RE = re.compile(rf"(?:(?:post|posted|shared|tweet|reply|repost)(?:ed)? by @?[\w.-]{{2,60}}"
                        rf"|(?:posted|shared|updated)[ \t]+(?:{_REL}|\d{{1,2}} (?:hours?|hrs?|minutes?|mins?|days?|weeks?) ago"
                        r"|just now|yesterday"
                        rf"|(?:on[ \t]+)?(?:[a-z]+day|today|{_DAY}|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} [A-Z][a-z]{{2,8}})"
                        rf"[ \t]+at[ \t]+{_CLOCK}))", re.I)
# A post's header of a name and its handle alone ("Cape Breton Fish Harvesters 🦞 @CBFishHarvesters"):
# a short line, the poster's words after it.
# (not a byline: "By Jane Smith @janesmith")
_NAME_HANDLE_RE = re.compile(r"(?![Bb]y )[^\n@.,;:!?]{2,60}[ \t]@[\w.]{2,40}")
# Embed code pasted as text: '<iframe src="https://www.youtube.com/embed/...'.
_EMBED_CODE_RE = re.compile(r"<(?:(?:iframe|embed|object|video)\b|blockquote\b[^<>\n]{0,100}?class=[\"']?[\w -]{0,40}?"
                            r"(?:twitter|instagram|tiktok|facebook|fb-|reddit|bluesky|threads|bsky)[\w-]*)", re.I)
_TRIGGERS = ("·", "•", "/", "Follow", "Subscribe", "<", " @", "osted ", "hared ", *_PLAYER_GLYPHS, *_COUNTER_GLYPHS, "━", "─", "▬", "═")
_COUNT_TRIGGER_RE = re.compile(rf"\d[KkMm]?[ \t]+(?:{_COUNTER_WORDS})\b", re.I)


def _triggered(text: str) -> bool:
    return any(t in text for t in _TRIGGERS) or _COUNT_TRIGGER_RE.search(text) is not None


@analysis("boilerplate.post_blocks")
def post_blocks(doc: Document) -> list[Block]:
    """Embedded posts (header line and body) and player residue, by shape."""
    text = doc.text
    if not _triggered(text):
        return []
    out: list[Block] = []
    for para in doc.paragraphs:
        body = para.text
        if not _triggered(body):
            continue
        out += _blocks_in(para, text)
    return out


def _lines_end(text: str, end: int) -> int:
    """The end of the run of lines (no blank line between) that ends at or
    after ``end``: the segmenter may cut a post's lines into paragraphs."""
    m = _BLANK_LINE_RE.search(text, end)
    return len(text.rstrip()) if m is None else m.start()


_BLANK_LINE_RE = re.compile(r"[ \t]*\n[ \t]*\n")


def _blocks_in(para: Paragraph, text: str) -> list[Block]:
    out: list[Block] = []
    pos = para.start
    prev: tuple[int, str] | None = None
    lines = para.text.split("\n")
    for line in lines:
        stripped = line.strip()
        start = pos + line.find(stripped) if stripped else pos
        pos += len(line) + 1
        if len(lines) == 1 and len(stripped) <= 500 and _FOOTER_RE.search(stripped) is not None:
            # a post pasted as one line, closed by its footer ("... 10:14 PM · Mar 2, 2024 · 12.4K Views")
            out.append(Block(start, start + len(stripped), "embedded post"))
            break
        if len(stripped) > 160:
            code = _embed_code_end(stripped)
            if code:  # embed code opening a long line: the code and its label, not the words after it
                out.append(Block(start, start + code, "embed code"))
        if not stripped or len(stripped) > 160:
            prev = None
            continue
        if _HANDLE_HEADER_RE.fullmatch(stripped) or _FEED_HEADER_RE.fullmatch(stripped) \
                or _PROFILE_HEADER_RE.fullmatch(stripped) or ((_POSTED_RE.fullmatch(stripped)
                                                                or _NAME_HANDLE_RE.fullmatch(stripped)
                                                                or _platform_header(stripped))
                                                               and _lines_end(text, para.end) > start + len(stripped)):
            # The post is the header and the lines after it in the paragraph,
            # with the poster's name when it stands on the line before.
            if prev is not None and _name_line(prev[1]):
                start = prev[0]
            out.append(Block(start, _lines_end(text, para.end), "embedded post"))
            break
        if pos >= para.end and _SIGNATURE_RE.fullmatch(stripped) and _PLATFORM_RE.search(stripped) and len(lines) <= 4:
            out.append(Block(para.start, start + len(stripped), "embedded post"))  # the post above its signature
            break
        if _FOLLOW_LINE_RE.fullmatch(stripped):
            out.append(Block(start, start + len(stripped), "profile header"))
        if _COUNTER_LINE_RE.fullmatch(stripped) or _counter_items(stripped) or _COUNTER_TAIL_RE.search(stripped) \
                or _FOOTER_RE.fullmatch(" " + stripped) or _seen_when(stripped):
            # the post ends here; it began with the paragraph when that opens on a handle, a player or a live label
            first = lines[0].strip()
            begin = para.start if first != stripped and _post_opening(first) else start
            out.append(Block(begin, start + len(stripped), "embedded post"))
        if _EMBED_CODE_RE.search(stripped):
            out.append(Block(start, start + (_embed_code_end(stripped) or len(stripped)), "embed code"))
        prev = (start, stripped)
        if _player_line(stripped):
            out.append(Block(start, start + len(stripped), "video player"))
    return out


_TAGS_RE = re.compile(r"(?:[ \t]*<[^<>\n]{0,300}>)+")


def _embed_code_end(line: str) -> int:
    """Where the run of tags of embed code in ``line`` ends, when the line
    opens with it after at most a short label ("Embedded content: <blockquote
    class=...><p>"); 0 otherwise."""
    m = _EMBED_CODE_RE.search(line, 0, 200)
    if m is None or len(line[: m.start()].split()) > 4:
        return 0
    tags = _TAGS_RE.match(line, m.start())
    return tags.end() if tags else m.end()


def _counter_items(line: str) -> bool:
    """A footer of bullet-separated items, two or more of them counters and
    the rest labels of up to four words."""
    items = _BULLETS_RE.split(line)
    counters = sum(1 for it in items if _COUNTER_ITEM_RE.fullmatch(it))
    return counters >= 2 and all(_COUNTER_ITEM_RE.fullmatch(it) or len(it.split()) <= 4 for it in items)


def _seen_when(line: str) -> bool:
    """A video's footer: a count and how long ago, between bullets ("CoastTV · 63K views · 5 hours ago")."""
    items = _BULLETS_RE.split(line)
    return len(items) <= 4 and any(_COUNTER_ITEM_RE.match(it) for it in items) \
        and any(_AGO_ITEM_RE.fullmatch(it) for it in items)


_AGO_ITEM_RE = re.compile(rf"(?:streamed |started streaming |posted )?(?:{_REL} ago|{_AGO_PHRASE})", re.I)


def _post_opening(line: str) -> bool:
    """A first line that opens a post: a handle, a name and a handle, a player's title or a live label."""
    return _handle_line(line) or "@" in line and len(line.split()) <= 6 or line[:1] in _PLAYER_GLYPHS \
        or _LIVE_RE.match(line) is not None


_LIVE_RE = re.compile(r"(?:🔴[ \t]*)?LIVE\b")


def _handle_line(line: str) -> bool:
    """A line that is one handle: "@jodiemarr_official", "luna_reyes_official"."""
    return " " not in line and 3 <= len(line) <= 40 and (line.startswith("@") or "_" in line or "." in line[1:-1])


def _name_line(line: str) -> bool:
    """A short line with no sentence mark: the name above a post's header."""
    return 0 < len(line.split()) <= 6 and not any(c in line for c in ".!?:;,\"“”")


def _platform_header(line: str) -> bool:
    """A post's header of a name, the platform it was posted on and when."""
    m = _PLATFORM_HEADER_RE.fullmatch(line)
    return m is not None and _PLATFORM_RE.search(line) is not None


def _player_line(line: str) -> bool:
    """A short line with a time-code pair or two player glyphs."""
    if len(line.split()) > 12:
        return False
    return _TIMECODE_RE.search(line) is not None or sum(line.count(g) for g in _PLAYER_GLYPHS) >= 2 \
        or (line[:1] in _PLAYER_GLYPHS and len(line.split()) <= 6)
