"""Lines a media player, chart, poll or gallery widget leaves when it does not
load, known by their shape: they are made of controls, not sentences.

A control is a bracketed button label ("[ Replay ]", "[Vote]"; not a media
label such as "[Video]"), a player or form glyph ("▶", "○", "☐", "🔊"), a
time code ("0:15", "01:42"; not a clock time said with a preposition, "at
19:00", nor one with "pm" or a zone), a running time next to a control
or beside a media word ("Podcast · 23 min"), an audience counter ("1,234
watching"), arrows beside "next" or "previous", or a control's word
("loading", "replay", "autoplay", "unavailable", "zoom in", "click to
expand", "swipe", a "Watch:" label opening the line, after a symbol too; words
news also uses, "next", "share", "vote", need company), or a position in
a series beside a media word ("Image 3 of 12"). A line is residue when it is
short, reports nobody, and either is made of controls (two glyphs or
buttons in a row, a glyph and a time code, three kinds of control, or two
in a line of at most eight words), or is a message only a widget prints
("enable JavaScript", "Error code: 232011", "your browser does not support
the video tag", "The video will resume in 5 seconds", "best viewed on a
desktop", or of media: "enable cookies to view this video"), or holds two kinds of control next to a media word ("video",
"chart", "poll", "gallery") in it or its paragraph (and is not a sentence of more than ten words), or is a very short
line of one sure control and a media word ("Loading video player…"). The whole
paragraph goes with it when all of its lines are short.
"""

from __future__ import annotations

import re
from itertools import compress
from bisect import bisect_right

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..folding import aligned_folded_text
from ..tokens import token_lowers
from .lines import stripped_lines

__all__ = ["widget_lines"]

_GLYPHS = "○●◯◉◎☐☑☒✓✔▶►▷▸⏵⏸⏯⏭⏮⏹🔊🔇🔈⛶❚⟳↻🔴①②③④⑤⑥⑦⑧⑨⑩"
# Arrows point to a next or previous item, but also draw a route in prose.
_ARROW_RE = re.compile("[←→‹›«»⟵⟶]")
_GLYPH_RE = re.compile(f"[{_GLYPHS}]")
_BUTTON_RE = re.compile(r"\[[ \t]?[A-Z][A-Za-z'’]{0,14}(?: [A-Za-z'’]{1,14}){0,2}[ \t]?\]")
# A clock time is said with a preposition ("at 19:00"); a time code stands alone.
_TIMECODE_RE = re.compile(
    r"(?<!\bat )(?<!\bby )(?<!\bto )(?<!\bfrom )(?<!\buntil )(?<!\bsince )(?<!\bafter )(?<!\bbefore )(?<![\d:.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]|[.,]\d|[ \t]?(?:[ap]\.?m\b|gmt|bst|utc|cet|[ecmp][sd]?t\b|hrs?\b|h\b))", re.I)
# Messages only a widget prints.
_WIDGET_MESSAGE_RE = re.compile(
    r"\benable javascript|\bjavascript (?:is )?(?:disabled|required|needed|must be)|\bbrowser does(?: not|n't) support"
    r"|\berror code:? ?\w{2,12}\b|\b(?:cannot|can't|can not|could not|couldn't) be (?:played|loaded|displayed)"
    # what a player says while an ad runs, and what a widget asks of the device
    r"|\b(?:resumes?|starts?|plays?|begins?) in \d{1,2} seconds?\b|\bbest viewed (?:on|in)\b|\brotate your (?:device|phone|screen)",
    re.I)
# What a player says when it fails, said of media ("this video": enable cookies, reload the page).
_MEDIA_MESSAGE_RE = re.compile(
    r"\b(?:enable|accept|allow) (?:[\w-]+ ){0,2}(?:cookies|javascript)\b|\b(?:hosted|provided) by a third[- ]party\b|\b(?:reload|refresh) (?:the|this) page\b|\bfailed to load\b"
    r"|\bformat (?:is )?not supported\b|\bnot supported (?:by|on|in) (?:your|this)\b"
    r"|\bremoved by the (?:uploader|owner|user)\b|\bhas been (?:removed|taken down|made private)\b", re.I)
# A position in a series of media: "Image 3 of 12", "Slide 2 of 9".
_SERIES_RE = re.compile(r"\b\d{1,3} of \d{1,3}\b")
# An audience counter: "1,234 watching", "2.1K viewers".
_COUNT_RE = re.compile(r"\b\d[\d,.]{0,10}[kKmM]? (?:watching|viewers|listeners|listening|views|plays|votes)\b")
_CONTROL_RE = re.compile(
    r"\b(?:loading|buffering|replay|autoplay|up next|captions?|subtitles|full ?screen|mute|unmute|skip ad|this ad"
    r"|view results|see results|votes?|submit|retry|refresh|try again|not available|unavailable|no longer available"
    r"|play|pause|prev|previous|next|watch later|copy link|embed|share|download|listen|zoom in|zoom out|expand|enlarge"
    r"|(?:click|tap) to (?:expand|enlarge|zoom|play|watch|listen|load|start|replay)|swipe|translate (?:tweet|post)"
    # a player's label opening the line: "Watch: ..." ("Tap here to ..." is furniture, BLP001's)
    r"|^(?:watch|listen|play)(?=[ \t]?:))\b", re.I)
# The same label after a symbol: "📹 Watch: ...".
_SYMBOL_LABEL_RE = re.compile(r"[^\w\s]{1,2}[ \t]?(watch|listen|play)(?=[ \t]?:)", re.I)
_COMMON_CONTROLS = frozenset(("next", "prev", "previous", "share", "download", "vote", "votes", "submit", "play",
                              "pause", "embed", "expand", "enlarge", "caption", "captions", "subtitles", "listen",
                              "refresh", "retry", "try again"))
# A running time: "2:45", or "5 min" after a player's word.
_DURATION_RE = re.compile(r"\b\d{1,3} ?(?:min|mins|minutes?|sec|secs|seconds?)\b(?! (?:read|ago|walk|drive|away))", re.I)
_MEDIA_RE = re.compile(
    r"\b(?:videos?|player|chart|graph|graphic|infographic|map|poll|quiz|survey|audio|podcast|gallery|slideshow|slides?"
    r"|interactive|embed|clip|stream|livestream|photos|pictures|images?|timeline|widget|visuali[sz]ation|media"
    # the platforms whose players and posts are embedded
    r"|tweets?|twitter|tiktok|instagram|youtube|reels?)\b", re.I)
_FOLDED_MEDIA_RE = re.compile(_MEDIA_RE.pattern)
_REPORTED_RE = re.compile(r"\b(?:said|says|told|according to|reported|announced|found|showed)\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# Where a control could be: a glyph, a bracket, a time or a count, or one of
# the words of a message or a control news does not use (the common ones
# need company anyway), found among the tokens: one regex of many
# alternatives scanned over every article costs more than all the rest.
_GATE_MARKS = _GLYPHS + "["
_GATE_MARKS_RE = re.compile(f"[{_GLYPHS}\\[]")
_GATE_DIGITS_RE = re.compile(r"\d(?::\d\d| ?min| of \d)")
# Its three branches, each opening on its own literal so the engine skips
# ahead to it (not to every digit), with the digit looked back at: a time
# ("5:30"), minutes ("5 min") and a count ("1 of 5"), found at their digit.
# Where two of them overlap ("5:30 of 9") both are found: the gate only
# names the paragraphs to read, and both lie in the same one.
_GATE_TIME_RE = re.compile(r":(?<=\d:)\d\d")
_GATE_MIN_RE = re.compile(r"min(?:(?<=\dmin)|(?<=\d min))")
_GATE_OF_RE = re.compile(r" of (?<=\d of )\d")
_GATE_WORDS = frozenset((
    "loading", "buffering", "replay", "autoplay", "fullscreen", "unmute", "unavailable", "zoom", "swipe", "javascript",
    "seconds", "cookies", "reload", "refresh", "format", "removed", "watching", "viewers", "listeners", "listening",
    "views", "plays", "votes", "tap", "click", "scroll", "hover", "available", "error", "browser", "played", "loaded",
    "displayed", "viewed", "rotate", "private", "watch", "listen", "translate", "hosted"))


def _gate(doc: Document) -> list[int]:
    """Positions in the text where a widget's control could be."""
    text = doc.text
    # (the marks are rare: substring tests first, the scan only for a text with one)
    out = [m.start() for m in _GATE_MARKS_RE.finditer(text)] if any(c in text for c in _GATE_MARKS) else []
    out += _digit_cues(text)
    out += compress(doc.token_starts, map(_GATE_WORDS.__contains__, token_lowers(doc)))
    return out


def _digit_cues(text: str) -> list[int]:
    """The digits where _GATE_DIGITS_RE's branches match (overlapping ones too)."""
    out = [m.start() - 1 for m in _GATE_TIME_RE.finditer(text)]
    out += [m.start() - 1 if text[m.start() - 1] != " " else m.start() - 2 for m in _GATE_MIN_RE.finditer(text)]
    out += [m.start() - 1 for m in _GATE_OF_RE.finditer(text)]
    return out


def _judge(line: str, media_near: bool) -> str | None:
    """Why ``line`` is a widget's residue, or None."""
    words = len(_WORD_RE.findall(line))
    if words > 25 or _REPORTED_RE.search(line):
        return None
    glyphs = len(_GLYPH_RE.findall(line))
    # Brackets inside a quotation are the writer's insertions ("[The Council]").
    # A bracket naming a kind of media ("[Video]") labels a headline; it is no button.
    buttons = 0 if any(q in line for q in '"“”') else \
        sum(_MEDIA_RE.fullmatch(b.strip("[] \t")) is None for b in _BUTTON_RE.findall(line))
    if words <= 12 and (glyphs >= 2 or buttons >= 2 or (glyphs and buttons)):
        return "row of controls"
    if _WIDGET_MESSAGE_RE.search(line) or (_MEDIA_MESSAGE_RE.search(line) and _MEDIA_RE.search(line)):
        return "widget message"
    controls = {m.group().lower() for m in _CONTROL_RE.finditer(line)}
    label = _SYMBOL_LABEL_RE.match(line)
    if label is not None:
        controls.add(label.group(1).lower())
    media = _MEDIA_RE.search(line) is not None
    duration = (bool(controls) or media) and _DURATION_RE.search(line) is not None
    timecode = duration or _TIMECODE_RE.search(line) is not None
    count = _COUNT_RE.search(line) is not None or (media and _SERIES_RE.search(line) is not None)
    arrows = bool(controls) and _ARROW_RE.search(line) is not None
    kinds = bool(glyphs) + bool(buttons) + timecode + count + arrows + min(len(controls), 2)
    # Words news also uses ("Next: Arsenal v Chelsea, 15:00") do not make a short line a widget.
    sure = glyphs or buttons or duration or count or bool(controls - _COMMON_CONTROLS)
    if (glyphs and timecode) or kinds >= 3 or (kinds >= 2 and words <= 8 and sure):
        return "player or widget controls"
    sentence = words > 10 and line.endswith((".", "!", "?"))  # "The app lets users vote in polls, share videos ..."
    if kinds >= 2 and (media or media_near) and not sentence:
        return "player or widget controls"
    if kinds >= 1 and (sure or timecode) and media and words <= 8:
        return "player or widget message"
    return None


def _blocks(doc: Document) -> list[tuple[int, int]]:
    """Runs of paragraphs with no blank line between them (a widget's lines may each be a paragraph)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for para in doc.paragraphs:
        if out and "\n\n" not in text[out[-1][1] : para.start].replace(" ", "").replace("\t", ""):
            out[-1] = (out[-1][0], para.end)
        else:
            out.append((para.start, para.end))
    return out


@analysis("boilerplate.widget_lines", needs=(token_lowers, aligned_folded_text))
def widget_lines(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, why) of the residue of media and form widgets, by paragraph."""
    text = doc.text
    # One pass over the text finds the places a control could be; only the
    # blocks holding one are read, and only their short lines judged.
    hits_at = _gate(doc)
    if not hits_at:
        return []
    out: list[tuple[int, int, str]] = []
    folded = aligned_folded_text(doc)
    blocks = _blocks(doc)
    b_starts = [b[0] for b in blocks]
    # A control outside every prose block (front matter, a comment, code) is no residue.
    for b in sorted({bisect_right(b_starts, pos) - 1 for pos in hits_at} - {-1}):
        start, end = blocks[b]
        body = text[start:end]
        if len(body) > 1200:
            continue
        lines = stripped_lines(start, body)
        if all(len(line) > 250 for _, line in lines):
            continue  # lines of prose, longer than any widget's
        if folded is None:
            media_near = _MEDIA_RE.search(body) is not None
        else:  # the same answer, a cheaper scan (rules/folding.py)
            media_near = _FOLDED_MEDIA_RE.search(folded[start:end]) is not None
        judged = [(s, line, _judge(line, media_near) if len(line) <= 250 else None) for s, line in lines]
        hits = [(s, line, why) for s, line, why in judged if why]
        if not hits:
            continue
        if len(lines) <= 6 and all(len(_WORD_RE.findall(line)) <= 16 for _, line in lines):
            out.append((lines[0][0], lines[-1][0] + len(lines[-1][1]), hits[0][2]))
        else:
            out += [(s, s + len(line), why) for s, line, why in hits]
    return out
