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


_AGO = r"(?:\d{1,3}\s?(?:s|m|h|d|w|min|mins|hr|hrs)|just now|now|yesterday|[A-Z][a-z]{2}\.? \d{1,2}(?:, \d{4})?)"
# "Ashford Rovers FC @AshfordRoversFC · 3h", "@claravoss.bsky.social · 12m".
_HANDLE_HEADER_RE = re.compile(rf"[^\n@]{{0,80}}@[\w.]{{2,40}}[ \t]*[·•][ \t]*{_AGO}(?:[ \t]*[·•][^\n]{{0,40}})?", re.I)
# "Yesterday at 16:02 · 🌐", "3 hrs · Public", "June 3 at 9:15 AM ·".
_FEED_HEADER_RE = re.compile(
    r"(?:yesterday|today|just now|\d{1,2} (?:hrs?|hours?|mins?|minutes?) ago|[A-Z][a-z]{2,8} \d{1,2}(?:, \d{4})?)"
    r"(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?[ \t]*[·•][ \t]*(?:🌐|👥|🔒|public|friends)?", re.I)
# A player: a time code pair, or control glyphs on a short line.
_TIMECODE_RE = re.compile(r"\b\d{1,2}:\d{2}[ \t]*/[ \t]*\d{1,2}:\d{2}\b")
_PLAYER_GLYPHS = "▶►⏸⏯⏭⏮⚙🔊🔇⛶"
_TRIGGERS = ("·", "•", "/", *_PLAYER_GLYPHS)


@analysis("boilerplate.post_blocks")
def post_blocks(doc: Document) -> list[Block]:
    """Embedded posts (header line and body) and player residue, by shape."""
    text = doc.text
    if not any(t in text for t in _TRIGGERS):
        return []
    out: list[Block] = []
    for para in doc.paragraphs:
        body = para.text
        if not any(t in body for t in _TRIGGERS):
            continue
        out += _blocks_in(para)
    return out


def _blocks_in(para: Paragraph) -> list[Block]:
    out: list[Block] = []
    pos = para.start
    lines = para.text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        start = pos + line.find(stripped) if stripped else pos
        pos += len(line) + 1
        if not stripped or len(stripped) > 160:
            continue
        if _HANDLE_HEADER_RE.fullmatch(stripped) or _FEED_HEADER_RE.fullmatch(stripped):
            # The post is the header and the lines after it in the paragraph.
            out.append(Block(start, para.end, "embedded post"))
            break
        if _player_line(stripped):
            out.append(Block(start, start + len(stripped), "video player"))
    return out


def _player_line(line: str) -> bool:
    """A short line with a time-code pair or two player glyphs."""
    if len(line.split()) > 12:
        return False
    return _TIMECODE_RE.search(line) is not None or sum(line.count(g) for g in _PLAYER_GLYPHS) >= 2 \
        or (line[:1] in _PLAYER_GLYPHS and len(line.split()) <= 6)
