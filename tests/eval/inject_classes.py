"""Recall by class on residue written in many shapes, and false alarms on look-alikes.

Four classes of residue, each generated from parts (templates, word lists,
glyphs and numbers combined at random), so no rule can be tuned to a
string: placeholders (BLP002), embed and widget residue (BLP003), page
furniture (BLP001) and notices of automatic production, syndication or
translation (MT006 or BLP004). Each class has two batches: ``dev`` forms,
looked at while the rules were written; ``held`` forms, written at the
same time and looked at once after the first changes; ``held2``, written
after those changes and fixed by mechanism after its first (recorded) run;
``held3``, written after that and fixed by mechanism after its first
(recorded) run; ``held4``, written after that and never tuned on;
``held5`` (placeholders and embeds only), written after the class-recall
round's changes and never tuned on. Recall is printed per batch; the last
batches' are the honest estimates for new wordings.

Each injection goes into a real article of the shared corpus (native
English news and the professional human translations), as its own paragraph,
inside a paragraph or at the end of one. An injection is found when a
finding of one of its class's codes overlaps it, at any severity.

*Look-alikes* are clean lines that share a shape with the residue: lists,
lyrics, Q&A, captions, datelines, sports results, correction notices,
bracketed editorial insertions in quotes, clock times, Latin mottos,
reporting about automation. Each is inserted into clean articles; the share
that draws a warning/error finding of the four codes is the false-alarm
rate (info findings are counted apart).

    python tests/eval/inject_classes.py [--seed 3] [--per-article 2] [--limit N] [--show 8]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Mapping, Sequence, Union

from sourcelint import Config, Linter

# ../shared beside the checkout, or beside the folder of worktrees.
CORPUS = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / "corpus",
                           Path(__file__).resolve().parents[4] / "shared" / "corpus") if p.is_dir()),
              Path(__file__).resolve().parents[3] / "shared" / "corpus")
CODES = {"placeholder": ("BLP002",), "embed": ("BLP003",), "furniture": ("BLP001",),
         "disclaimer": ("MT006", "BLP004")}
ALL_CODES = tuple(c for cs in CODES.values() for c in cs)

NAMES = ["Rachel Denby", "Tomasz Wrobel", "Aiyana Brooks", "Kwame Asante", "Ines Duarte", "Hugo Lindqvist",
         "Mei Tanaka", "Fergus Doyle"]
OUTLETS = ["Dunmore Herald", "Kestrel Post", "Lakeside Gazette", "Northgate Echo", "Riverbank Times",
           "Metro Ledger", "Harbour Voice"]
FEEDS = ["NewsFlow", "WireHub", "FeedDesk", "PressGrid", "StoryPipe", "ContentLink"]
TOPICS = ["housing", "transport", "health", "schools", "courts", "climate", "local politics", "business"]
MEDIA = ["video", "chart", "map", "graphic", "photo gallery", "audio clip", "podcast episode", "slideshow",
         "interactive", "timeline", "poll", "quiz"]
SUBJECTS = ["route map", "council vote results", "crowd at the rally", "flood defences", "new stadium plans",
            "inflation since 2020", "turnout by ward", "the bridge at dusk"]
LANGS = ["German", "Spanish", "Romanian", "Polish", "Turkish", "Korean", "Portuguese"]


def _r(rng: random.Random, xs: Sequence[str]) -> str:
    return rng.choice(list(xs))


def _pick(rng: random.Random, forms: Mapping[str, Callable[[], Union[str, tuple[str, str]]]],
          where: str = "para") -> tuple[str, str, str]:
    """One form drawn at random: its name, its text and where it goes (the
    form's own place if it names one, else ``where``)."""
    form = rng.choice(sorted(forms))
    made = forms[form]()
    text, place = made if isinstance(made, tuple) else (made, where)
    return form, text, place


def _caps(rng: random.Random, s: str) -> str:
    x = rng.random()
    return s.upper() if x < 0.2 else s.lower() if x < 0.3 else s


# --------------------------------------------------------------------------
# Placeholders: tokens and lines that are not prose
# --------------------------------------------------------------------------

def _placeholder_dev(rng: random.Random) -> tuple[str, str, str]:
    """(form, text, where): where is 'para' (own paragraph) or 'inline'."""
    marker = _r(rng, ["TK", "TODO", "INSERT", "TBD", "FIXME", "TKTK"])
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "caps-note-line": lambda: (f"{marker}: {_r(rng, ['confirm', 'check', 'add', 'get'])} "
                                   f"{_r(rng, ['figures', 'the date', 'quote', 'name spelling'])} with "
                                   f"{_r(rng, ['press office', 'council', 'the desk', 'the police'])}", "para"),
        "caps-insert-inline": lambda: (f"INSERT {_r(rng, ['GRAPHIC', 'PHOTO', 'MAP', 'QUOTE', 'TABLE'])}: "
                                       f"{_r(rng, SUBJECTS)} here", "inline"),
        "html-element": lambda: (f"<{_r(rng, ['p', 'div', 'span'])} class=\"{_r(rng, ['pullquote', 'caption', 'related', 'inline-ad'])}\">"
                                 f"{_r(rng, ['undefined', 'null', '', 'NaN'])}</{'p'}>", "para"),
        "html-comment": lambda: (f"<!-- {_r(rng, ['INSERT', 'TODO', 'ad slot', 'related module'])} "
                                 f"{_r(rng, ['chart', 'photo', 'box', 'here'])} -->", "para"),
        "snake-in-bracket": lambda: (f"[{_r(rng, ['READ MORE', 'Related', 'SEE ALSO', 'Watch'])}: "
                                     f"{_r(rng, ['link', 'related', 'article', 'story'])}_{_r(rng, ['placeholder', 'url', 'title', 'id'])}]", "para"),
        "lorem": lambda: ("Lorem ipsum dolor sit amet, " + _r(rng, [
            "consectetur adipiscing elit.", "consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
            "sed diam nonummy nibh euismod tincidunt."]), "para"),
        "bare-empty": lambda: (_r(rng, ["undefined", "null", "NaN", "[object Object]"]), "para"),
    }
    return _pick(rng, forms)


def _placeholder_held(rng: random.Random) -> tuple[str, str, str]:
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "h-caps-need": lambda: (f"{_r(rng, ['NEED', 'CHECK', 'CONFIRM', 'ADD'])}: "
                                f"{_r(rng, ['second source', 'age of victim', 'final score', 'photo credit'])}", "para"),
        "h-lorem-later": lambda: (_r(rng, ["Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi.",
                                           "Duis aute irure dolor in reprehenderit in voluptate velit esse.",
                                           "Sed ut perspiciatis unde omnis iste natus error sit voluptatem.",
                                           "Nam libero tempore, cum soluta nobis est eligendi optio."]), "para"),
        "h-tag-inline": lambda: (f"<{_r(rng, ['strong', 'em', 'span', 'b'])}>{_r(rng, ['undefined', 'Related', 'null'])}"
                                 f"</{_r(rng, ['strong', 'em', 'span', 'b'])}>", "inline"),
        "h-br": lambda: (_r(rng, ["<br>", "<br/>", "</div>", "<p>", "</p>"]), "inline"),
        "h-ident": lambda: (f"{_r(rng, ['Related', 'More', 'Promo'])}: {_r(rng, ['ARTICLE', 'PROMO', 'RELATED'])}_"
                            f"{_r(rng, ['BLOCK', 'ID', 'SLOT'])}_{rng.randint(1, 99)}", "para"),
        "h-tk-inline": lambda: (f"TK {_r(rng, ['QUOTE', 'FIGURES', 'DETAILS'])} FROM {_r(rng, ['MAYOR', 'POLICE', 'UNION'])}", "inline"),
        "h-bracket-tbc": lambda: (f"[{_r(rng, ['Photo', 'Image', 'Picture'])}: {_r(rng, SUBJECTS)} – "
                                  f"{_r(rng, ['credit', 'caption', 'source'])} {_r(rng, ['TBC', 'TBD', 'TK'])}]", "para"),
        "h-goes-here": lambda: (_r(rng, ["Caption goes here", "Headline goes here", "Pull quote goes here",
                                         "Body text goes here"]), "para"),
    }
    return _pick(rng, forms)


# --------------------------------------------------------------------------
# Embed and widget residue: lines of UI controls near a media word
# --------------------------------------------------------------------------

def _tc(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}"


def _buttons(rng: random.Random, labels: Sequence[str], k: int) -> str:
    pad = rng.choice(["", " "])
    return "  ".join(f"[{pad}{b}{pad}]" for b in rng.sample(list(labels), k))


def _embed_dev(rng: random.Random) -> tuple[str, str, str]:
    m = _r(rng, MEDIA)
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "loading-player": lambda: (f"Loading {_r(rng, ['video player', 'video', 'player', 'interactive', 'map'])}"
                                   f"{_r(rng, ['…', '...', ''])}\n[Advertisement] Your {_r(rng, ['video', 'clip'])} will "
                                   f"{_r(rng, ['play', 'start', 'begin'])} after this ad  {_tc(rng)}", "para"),
        "enable-js": lambda: (f"[{m.capitalize()}: {_r(rng, SUBJECTS)}]\nInteractive {m} — "
                              f"{_r(rng, ['enable JavaScript to view', 'please enable JavaScript', 'JavaScript is required to view this content'])}.", "para"),
        "error-code": lambda: (f"Sorry, this {_r(rng, ['video', 'clip', 'media'])} is not available.\n"
                               f"Error code: {rng.randint(1000, 999999)}\n"
                               + _buttons(rng, ["Replay", "Share", "Copy link", "More videos"], rng.randint(2, 3)), "para"),
        "poll": lambda: (f"Poll: {_r(rng, ['Do you use the bus in the evening?', 'Should the park close at night?', 'Will you vote in May?'])}\n"
                         + "  ".join(f"{g} {o}" for g, o in zip(rng.choice(['○○○', '◯◯◯', '☐☐☐']),
                                                                ['Yes', 'No', 'Not sure'])) + "\n[Vote]", "para"),
        "player-row": lambda: (f"▶ {_r(rng, ['Watch', 'Play'])}: {_r(rng, SUBJECTS)}  |  {_tc(rng)}  |  "
                               f"{_r(rng, ['Captions available', 'Up next', 'Autoplay on', 'HD'])}", "para"),
        "unavailable-region": lambda: (f"[{_r(rng, ['Video', 'Audio', 'This content'])} unavailable in your region]", "para"),
    }
    return _pick(rng, forms)


def _embed_held(rng: random.Random) -> tuple[str, str, str]:
    m = _r(rng, MEDIA)
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "h-browser": lambda: (f"Your browser does not support the {_r(rng, ['video', 'audio'])} tag.", "para"),
        "h-checkbox-quiz": lambda: (f"Quiz: {_r(rng, ['How well do you know the city?', 'Test your knowledge'])}\n"
                                    "☐ A  ☐ B  ☐ C\n[Submit]", "para"),
        "h-media-controls": lambda: (f"{_tc(rng)} / {_tc(rng)}  🔊  ⛶  CC", "para"),
        "h-gallery": lambda: (f"{_r(rng, ['Gallery', 'Photos', 'In pictures'])}: {_r(rng, SUBJECTS)} "
                              f"({rng.randint(1, 5)} of {rng.randint(6, 30)})  ‹ Prev  Next ›", "para"),
        "h-replay-row": lambda: (_buttons(rng, ["Replay", "Share", "Embed", "Watch later", "Full screen"], 3), "para"),
        "h-cannot-play": lambda: (f"This {m} cannot be played right now. Please try again later.\n"
                                  f"{_buttons(rng, ['Retry', 'Refresh', 'Help'], 2)}", "para"),
        "h-results-poll": lambda: (f"{rng.randint(10, 80)}% Yes  ●  {rng.randint(5, 60)}% No  ●  "
                                   f"{rng.randint(100, 9000)} votes\n[See results]", "para"),
        "h-audio": lambda: (f"Listen: {_r(rng, SUBJECTS)} ({_tc(rng)})\n▶ Play  ❚❚ Pause", "para"),
    }
    return _pick(rng, forms)


# --------------------------------------------------------------------------
# Furniture: by shape and words
# --------------------------------------------------------------------------

def _furniture_dev(rng: random.Random) -> tuple[str, str, str]:
    name, outlet = _r(rng, NAMES), _r(rng, OUTLETS)
    first = name.split()[0]
    handle = "@" + name.split()[0].lower()[:5] + "_" + outlet.split()[0].lower()
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "about-author": lambda: (f"About the author: {name} {_r(rng, ['covers', 'reports on', 'writes about'])} "
                                 f"{_r(rng, TOPICS)} for the {outlet}. "
                                 f"{_r(rng, ['Follow her', 'Follow him', 'Follow them', 'Email'])} {handle}", "para"),
        "author-covers": lambda: (f"{name} {_r(rng, ['covers', 'writes about', 'reports on'])} {_r(rng, TOPICS)} "
                                  f"for {outlet}. Follow {_r(rng, ['her', 'him', 'them'])} on X {handle}", "end"),
        "menu-seps": lambda: (_r(rng, [" | ", " • ", " / ", " · "]).join(
            rng.sample(["News", "Sport", "What's On", "Property", "Jobs", "Notices", "Weather", "Business", "Opinion"], 6)), "para"),
        "share-row": lambda: ("  ".join(rng.sample(["Facebook", "X", "WhatsApp", "Email", "LinkedIn", "Print", "Copy link"], 4)), "para"),
        "tags-line": lambda: (f"{_r(rng, ['Topics', 'Tags', 'More on'])}: " + ", ".join(
            rng.sample(["Transport", "Buses", "Council", "Budget", "Housing", "Schools", first], 4)), "para"),
    }
    return _pick(rng, forms)


def _furniture_held(rng: random.Random) -> tuple[str, str, str]:
    name, outlet = _r(rng, NAMES), _r(rng, OUTLETS)
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "h-bio-email": lambda: (f"{name} is the {outlet}'s {_r(rng, TOPICS)} {_r(rng, ['reporter', 'correspondent', 'editor'])}. "
                                f"Contact: {name.split()[0].lower()}@{outlet.split()[0].lower()}.co.uk", "end"),
        "h-menu-caps": lambda: ("  ".join(rng.sample(["HOME", "NEWS", "SPORT", "LIFE", "PROPERTY", "JOBS", "DEATHS", "E-EDITION"], 6)), "para"),
        "h-breadcrumb": lambda: (" > ".join(["Home", _r(rng, ["News", "Sport"]), _r(rng, ["Local", "UK", "World"]),
                                             _r(rng, ["Transport", "Politics", "Crime"])]), "para"),
        "h-more-from": lambda: (f"More from {name}\n{_r(rng, ['Council approves', 'Residents fight', 'Police probe'])} "
                                f"{_r(rng, SUBJECTS)}\n{_r(rng, ['Why the', 'How the', 'What the'])} {_r(rng, SUBJECTS)} means for you", "para"),
        "h-social-row": lambda: (f"{_r(rng, ['Share', 'Share this'])}  " + "  ".join(rng.sample(["Facebook", "Twitter", "Reddit", "Email", "WhatsApp"], 3)), "para"),
        "h-published": lambda: (f"Published {rng.randint(1, 28)} {_r(rng, ['March', 'June', 'October'])} 2026 · "
                                f"{rng.randint(2, 9)} min read", "para"),
    }
    return _pick(rng, forms)


# --------------------------------------------------------------------------
# Notices of automatic production, syndication or translation
# --------------------------------------------------------------------------

def _disclaimer_dev(rng: random.Random) -> tuple[str, str, str]:
    feed, outlet = _r(rng, FEEDS), _r(rng, OUTLETS)
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "bracket-summary": lambda: (f"[{_r(rng, ['Automatically generated', 'Machine-generated', 'Auto-generated'])} "
                                    f"{_r(rng, ['summary', 'digest', 'brief'])} — content syndicated via {feed} "
                                    f"{_r(rng, ['partner feed', 'feed', 'wire'])}. Accuracy not guaranteed.]", "para"),
        "partnership": lambda: (f"This {_r(rng, ['article', 'story', 'report'])} is part of an "
                                f"{_r(rng, ['automated', 'algorithmic'])} content partnership and was published "
                                f"without {_r(rng, ['editorial', 'human'])} review.", "end"),
        "translated-unverified": lambda: (f"{outlet} uses automated translation for some copy. This story was translated "
                                          f"from {_r(rng, LANGS)} and has not been verified by a native speaker.", "end"),
        "bot-report": lambda: (f"Automated {_r(rng, ['court', 'weather', 'traffic', 'results'])} report. Generated from "
                               f"public {_r(rng, ['listings', 'data', 'records'])} by {feed}Bot; not checked by a journalist.", "para"),
        "feed-distributed": lambda: (f"This report was produced automatically by {outlet}'s {_r(rng, ['market-data', 'sports-data', 'results'])} "
                                     f"system and distributed via partner feeds without editorial review.", "end"),
    }
    return _pick(rng, forms)


def _disclaimer_held(rng: random.Random) -> tuple[str, str, str]:
    feed, outlet = _r(rng, FEEDS), _r(rng, OUTLETS)
    forms: dict[str, Callable[[], tuple[str, str]]] = {
        "h-ai-summary": lambda: (f"(Summary written by AI from {feed} wire copy. It may contain errors.)", "end"),
        "h-syndicated-accuracy": lambda: (f"Syndicated content from {feed}. {outlet} does not guarantee its accuracy.", "end"),
        "h-translated-machine": lambda: (f"Translated from {_r(rng, LANGS)} by machine; the original is authoritative.", "end"),
        "h-note-automated": lambda: (f"Note: this item was compiled automatically from {_r(rng, ['agency', 'partner', 'wire'])} "
                                     f"feeds and has not been reviewed.", "end"),
        "h-bracket-feed": lambda: (f"[Via {feed} automated feed — unedited]", "para"),
        "h-disclaimer-label": lambda: (f"Disclaimer: This content was generated automatically and is provided as is; "
                                       f"{outlet} accepts no responsibility for its accuracy.", "end"),
    }
    return _pick(rng, forms)


# A second held-out batch, written after the rules were changed and run
# once: its first figure is the honest one (recorded in the commit).



def _placeholder_held2(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, {
        "h2-caption-tk": lambda: f"{_r(rng, ['Photo caption', 'Caption', 'Credit'])} TK",
        "h2-note-to-desk": lambda: f"NOTE TO {_r(rng, ['DESK', 'SUBS', 'EDITOR'])}: {_r(rng, ['hold until 10am', 'please check the figures', 'legal to read'])}",
        "h2-double-bracket-insert": lambda: f"[[ INSERT {_r(rng, ['MAP', 'VIDEO', 'GRAPHIC'])} ]]",
        "h2-heading-tag": lambda: f"<h{rng.randint(2, 4)}>{_r(rng, ['What happens next', 'Key facts', 'Background'])}</h{rng.randint(2, 4)}>",
        "h2-img-tag": lambda: f'<img src="/images/{rng.randint(100, 999)}.jpg" alt="">',
        "h2-to-come": lambda: f"{_r(rng, ['Quote', 'Comment', 'Statement'])} from {_r(rng, ['spokesperson', 'the council', 'police'])} to come",
        "h2-xx-number": lambda: f"The scheme will cost £XX million and create XX jobs.",
        "h2-lorem-inline": lambda: "Quisque sit amet est et sapien ullamcorper pharetra.",
    })


def _embed_held2(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, {
        "h2-duration": lambda: f"Video duration: {_tc(rng)}",
        "h2-expand-chart": lambda: f"Click to expand {_r(rng, ['chart', 'map', 'graphic'])}",
        "h2-map-zoom": lambda: "Map data © OpenStreetMap contributors  |  Zoom in  |  Zoom out",
        "h2-vote-counted": lambda: f"Your vote has been counted.\nResults: Yes {rng.randint(20, 80)}%  No {rng.randint(5, 50)}%",
        "h2-resume": lambda: f"Advertisement\nThe video will resume in {rng.randint(3, 15)} seconds",
        "h2-controls-words": lambda: "Pause ⏸  Mute 🔇  Settings ⚙",
        "h2-desktop": lambda: f"This {_r(rng, ['interactive', 'graphic', 'map'])} is best viewed on a desktop computer.",
        "h2-listen-minutes": lambda: f"Listen to this story · {rng.randint(2, 12)} min",
    })


def _furniture_held2(rng: random.Random) -> tuple[str, str, str]:
    name, outlet = _r(rng, NAMES), _r(rng, OUTLETS)
    return _pick(rng, {
        "h2-contact-author": lambda: f"Contact the author at {name.split()[0].lower()}@{outlet.split()[0].lower()}.com",
        "h2-topics-lines": lambda: "Topics\n" + "\n".join(rng.sample(["Council", "Housing", "Transport", "Budget", "Schools", "Health"], 5)),
        "h2-posted-tagged": lambda: f"Posted in: {_r(rng, ['News', 'Local'])}, {_r(rng, ['Politics', 'Crime'])} | Tagged: council, budget",
        "h2-print-email": lambda: "Print | Email | Share",
        "h2-prev-next": lambda: f"Previous article\n{_r(rng, SUBJECTS).capitalize()}\nNext article",
        "h2-account": lambda: "Sign in | Register | My account",
        "h2-footer": lambda: f"© {outlet} Media Group. All rights reserved. Terms · Privacy · Cookies",
    })


def _disclaimer_held2(rng: random.Random) -> tuple[str, str, str]:
    feed = _r(rng, FEEDS)
    return _pick(rng, {
        "h2-discrepancy": lambda: "This text was translated automatically; in case of discrepancies the original version prevails.",
        "h2-auto-published": lambda: f"Story auto-published from the {feed} wire. Not reviewed by staff.",
        "h2-ml-system": lambda: "Content on this page is created by a machine-learning system and may not reflect the facts.",
        "h2-drafted-software": lambda: "The above summary was drafted by software from a press release.",
        "h2-partner-content": lambda: "Partner content: published automatically from a third-party feed.",
        "h2-powered-by": lambda: f"Powered by automated journalism from {feed}.",
    }, "end")


# A third held-out batch, written after the second was fixed and scored
# once, never tuned on: the honest estimate of recall on new wordings.
def _placeholder_held3(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, {
        "h3-hed-placeholder": lambda: "HED: Council approves budget (placeholder)",
        "h3-fixme-inline": lambda: f"FIXME {_r(rng, ['add link', 'source?', 'check spelling'])}",
        "h3-div-wrapper": lambda: f'<div class="{_r(rng, ["ad-container", "related-links", "embed-wrap"])}"></div>',
        "h3-empty-span-value": lambda: f"Tickets cost <span class=\"price\">NaN</span> each.",
        "h3-lorem-long": lambda: "Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis egestas.",
        "h3-mustache-alt": lambda: f"By [[author_name]] | {_r(rng, ['Updated', 'Posted'])} [[date]]",
        "h3-bracket-todo-lower": lambda: f"[todo: {_r(rng, ['add map', 'get reaction', 'confirm figure'])}]",
        "h3-sample-text": lambda: "This is sample text. Replace it with your own content.",
    })


def _embed_held3(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, {
        "h3-spotify": lambda: f"Listen on Spotify  ▶  {rng.randint(20, 59)}:{rng.randint(10, 59)}",
        "h3-slides": lambda: f"Slide {rng.randint(1, 9)} of {rng.randint(10, 20)}\n← Previous | Next →",
        "h3-video-error": lambda: "The media could not be loaded, either because the server or network failed or because the format is not supported.",
        "h3-cookie-video": lambda: "To view this video please enable cookies and reload the page.",
        "h3-hls-player": lambda: f"Video Player is loading.\nCurrent Time {_tc(rng)}\n/\nDuration {_tc(rng)}",
        "h3-survey-scale": lambda: "How satisfied are you with local buses?\n① ② ③ ④ ⑤\nSubmit",
        "h3-live-badge": lambda: f"🔴 LIVE  {rng.randint(100, 9000)} watching",
        "h3-podcast-row": lambda: f"Podcast · Episode {rng.randint(10, 200)} · {rng.randint(15, 59)} min\nSubscribe: Apple | Spotify | RSS",
    })


def _furniture_held3(rng: random.Random) -> tuple[str, str, str]:
    name, outlet = _r(rng, NAMES), _r(rng, OUTLETS)
    return _pick(rng, {
        "h3-byline-role": lambda: f"By {name}, {_r(rng, ['Transport Correspondent', 'Political Editor', 'Staff Writer'])}",
        "h3-reading-time": lambda: f"{rng.randint(2, 9)} minute read",
        "h3-save-share": lambda: "Save  Share  Comment",
        "h3-newsletter-box": lambda: f"The {_r(rng, ['Briefing', 'Morning Note', 'Daily'])}\nOur best stories, every morning.\nEnter your email address\nSign up",
        "h3-more-stories": lambda: f"More stories\n{_r(rng, SUBJECTS).capitalize()}\n{_r(rng, SUBJECTS).capitalize()}\n{_r(rng, SUBJECTS).capitalize()}",
        "h3-tip-line": lambda: f"Got a news tip? WhatsApp us on 07700 {rng.randint(900000, 900999)}",
        "h3-dot-menu": lambda: " · ".join(rng.sample(["Home", "UK", "World", "Business", "Politics", "Tech", "Science"], 5)),
    })


def _disclaimer_held3(rng: random.Random) -> tuple[str, str, str]:
    feed, outlet, lang = _r(rng, FEEDS), _r(rng, OUTLETS), _r(rng, LANGS)
    return _pick(rng, {
        "h3-ai-assisted": lambda: "This summary was created with AI and may not be fully accurate.",
        "h3-robot-news": lambda: f"Robot journalism: this result was filled in from {_r(rng, ['league', 'election', 'exchange'])} data.",
        "h3-original-language": lambda: f"Original language: {lang}. Machine translation provided for convenience.",
        "h3-feed-italic": lambda: f"*This story is from the {feed} feed and has not been edited by {outlet}.*",
        "h3-generated-note": lambda: "(This text was generated by a computer program using data from the statistics office.)",
        "h3-auto-digest": lambda: f"Auto digest · {feed} · unverified",
    }, "end")


# A fourth held-out batch, written after batch 3 was fixed, scored once and
# never tuned on.
def _placeholder_held4(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, {
        "h4-caps-name-slot": lambda: f"Photo by [{_r(rng, ['PHOTOGRAPHER NAME', 'CREDIT', 'NAME HERE'])}]",
        "h4-amount-slot": lambda: f"The deal is worth $[{_r(rng, ['AMOUNT', 'X', 'FIGURE'])}] million.",
        "h4-subhead-here": lambda: _r(rng, ["SUBHEAD GOES HERE", "HEADLINE HERE", "CAPTION HERE"]),
        "h4-insert-lower": lambda: f"Insert {_r(rng, ['quote from minister', 'photo of site', 'chart'])}",
        "h4-nbsp-para": lambda: _r(rng, ["<p>&nbsp;</p>", "&nbsp;&nbsp;&nbsp;"]),
        "h4-lorem-short": lambda: _r(rng, ["Lorem ipsum.", "Lorem ipsum dolor sit.", "Lorem ipsum dolor"]),
        "h4-caption-to-come": lambda: f"[{_r(rng, ['Caption', 'Credit', 'Headline'])} to come]",
    })


def _embed_held4(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, {
        "h4-watch-duration": lambda: f"Watch: {_r(rng, SUBJECTS).capitalize()} ({_tc(rng)})",
        "h4-swipe": lambda: f"Image {rng.randint(1, 5)} of {rng.randint(6, 20)} | Swipe for more",
        "h4-tap-map": lambda: "Tap the map to see details for your area",
        "h4-after-vote": lambda: "Results will be shown after you vote.",
        "h4-player-settings": lambda: "Subtitles: Off | Quality: Auto | Speed: 1x",
        "h4-removed": lambda: f"This {_r(rng, ['video', 'clip'])} has been removed by the uploader.",
        "h4-plays": lambda: f"▷ {rng.randint(1000, 99999):,} plays",
        "h4-autoplay-next": lambda: f"Autoplay next video: {_r(rng, SUBJECTS).capitalize()} explained",
    })


def _furniture_held4(rng: random.Random) -> tuple[str, str, str]:
    name, outlet = _r(rng, NAMES), _r(rng, OUTLETS)
    return _pick(rng, {
        "h4-share-article": lambda: "Share this article: Copy link | Email | X",
        "h4-slash-crumbs": lambda: f"Home / {_r(rng, ['News', 'Sport'])} / {_r(rng, ['Local', 'UK'])}",
        "h4-write-to-us": lambda: f"Write to us at letters@{outlet.split()[0].lower()}.co.uk",
        "h4-stamps": lambda: f"Published: 12:0{rng.randint(0, 9)}, {rng.randint(1, 28)} March 2026 | Updated: 14:1{rng.randint(0, 9)}",
        "h4-ad-scroll": lambda: "Advertisement · Scroll to continue",
        "h4-author-role-end": (lambda: (f"{name} is a reporter at the {outlet} covering {_r(rng, TOPICS)}.")),
        "h4-numbered-most-read": lambda: "Most Read\n1. Council tax rises again\n2. School closure plan shelved\n3. New bridge opens",
    }, "end")


def _disclaimer_held4(rng: random.Random) -> tuple[str, str, str]:
    feed = _r(rng, FEEDS)
    return _pick(rng, {
        "h4-refer-original": lambda: "This page was translated using machine translation software; please refer to the English original.",
        "h4-rss": lambda: "Content automatically aggregated from public RSS sources.",
        "h4-review-pending": lambda: "(Generated by AI. Review pending.)",
        "h4-network": lambda: f"Via the {feed} syndication network; not verified by our staff.",
        "h4-algorithm-brief": lambda: "This news brief was written by an algorithm using data from the Met Office.",
        "h4-machine-summarised": lambda: "Machine-summarised from agency copy.",
    }, "end")


# A fifth held-out batch of placeholders and embeds, written after the
# changes of the class-recall round (quoted notes, slots in credits, NaN,
# cut-off links, embed code by class) and scored once, never tuned on.
def _placeholder_held5(rng: random.Random) -> tuple[str, str, str]:
    name = _r(rng, NAMES).split()[-1].upper()
    return _pick(rng, {
        "h5-quoted-note": lambda: f'"{_r(rng, ["TK", "NEED", "ADD"])} QUOTE FROM {name}"',
        "h5-credit-slot": lambda: f"[{_r(rng, ['Image', 'Photo', 'Graphic'])}: {_r(rng, ['Getty', 'Reuters', 'PA'])}/"
                                  f"{_r(rng, ['NAME OF AGENCY', 'CREDIT TO COME', 'NAME OF ARTIST'])}]",
        "h5-nan-number": lambda: _r(rng, ["NaN people attended the meeting.", "The appeal raised £NaN by Friday.",
                                          "Turnout was NaN per cent, officials said."]),
        "h5-open-anchor": lambda: _r(rng, ['More: <a href="#">', "<a href='javascript:void(0)'>Read the report",
                                           'Full story: <a href="">']),
        "h5-cut-url": lambda: _r(rng, ["Details: http://", "Find out more at https://www.", "Register via https:// today."]),
        "h5-braced": lambda: _r(rng, ["By {{ reporter_name }}", "Pictured: {photo_caption}", "Filed from {city}"]),
        "h5-bracket-note": lambda: f"[{_r(rng, ['CHECK NAME SPELLING', 'DATE MISSING', 'FIGURE PENDING', 'VERIFY AGE'])}]",
        "h5-undefined-byline": lambda: _r(rng, ["By undefined undefined", "Photo: undefined", "Updated: null"]),
    })


def _embed_held5(rng: random.Random) -> tuple[str, str, str]:
    handle = _r(rng, NAMES).split()[0].lower() + str(rng.randint(1, 99))
    return _pick(rng, {
        "h5-embed-code": lambda: _r(rng, ['<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/post/3k">',
                                          '<blockquote class="instagram-media" data-instgrm-permalink="https://x">',
                                          'Embed: <blockquote class="reddit-embed-bq">']),
        "h5-post-label": lambda: f"{_r(rng, ['Instagram post', 'Facebook video', 'YouTube video'])} "
                                 f"{_r(rng, ['by', 'from'])} @{handle}",
        "h5-platform-row": lambda: f"{_r(rng, ['Listen on', 'Subscribe on', 'Follow on'])} "
                                   f"{_r(rng, ['Spotify | Apple Podcasts | Amazon Music', 'YouTube | Spotify', 'Apple Podcasts | Pocket Casts | RSS'])}",
        "h5-audio-label": lambda: f"{_r(rng, ['Audio', 'Podcast'])}: Listen to the full interview with {_r(rng, NAMES)}",
        "h5-sound": lambda: f"♬ original sound - {handle}",
        "h5-view-on": lambda: f"View on {_r(rng, ['Threads', 'Instagram', 'TikTok'])}",
        "h5-reddit": lambda: f"Posted in r/{_r(rng, ['news', 'london', 'football'])} by u/{handle} · {rng.randint(1, 23)}h",
    })


GENERATORS = {
    ("placeholder", "dev"): _placeholder_dev, ("placeholder", "held"): _placeholder_held,
    ("embed", "dev"): _embed_dev, ("embed", "held"): _embed_held,
    ("furniture", "dev"): _furniture_dev, ("furniture", "held"): _furniture_held,
    ("disclaimer", "dev"): _disclaimer_dev, ("disclaimer", "held"): _disclaimer_held,
    ("placeholder", "held2"): _placeholder_held2, ("embed", "held2"): _embed_held2,
    ("furniture", "held2"): _furniture_held2, ("disclaimer", "held2"): _disclaimer_held2,
    ("placeholder", "held3"): _placeholder_held3, ("embed", "held3"): _embed_held3,
    ("furniture", "held3"): _furniture_held3, ("disclaimer", "held3"): _disclaimer_held3,
    ("placeholder", "held4"): _placeholder_held4, ("embed", "held4"): _embed_held4,
    ("furniture", "held4"): _furniture_held4, ("disclaimer", "held4"): _disclaimer_held4,
    ("placeholder", "held5"): _placeholder_held5, ("embed", "held5"): _embed_held5,
}

# --------------------------------------------------------------------------
# Look-alikes: clean text with the shapes of residue
# --------------------------------------------------------------------------

LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    "list": ("The proposals include:\n- a new bus lane on Bridge Street\n- longer opening hours at the library\n- free parking on Sundays",
             "Shortlisted: Ana Ruiz, Tom Hale, Priya Nair and Ben Oduya."),
    "lyrics": ("\"Oh, the river runs and the river rolls,\nAnd it carries the names of the ones we've known,\"\nthe crowd sang as the coffin passed.",),
    "qa": ("Q: Will the service run at night?\nA: Not yet. We hope to add evening buses in the spring.",
           "Q: Do you regret the decision?\nA: No. Never."),
    "caption": ("Photo: Residents gather outside the town hall on Tuesday evening.",
                "Pictured: the new ferry, which enters service in April (Image: Isle Link)"),
    "dateline": ("LONDON (Reuters) - Britain's economy grew 0.3% in the third quarter, official data showed on Friday.",
                 "KYIV, Ukraine — Air raid sirens sounded across the capital early on Sunday."),
    "sports": ("Results: Arsenal 2-1 Chelsea; Leeds 0-0 Everton; Spurs 3-2 Villa.",
               "1. Kipchoge (KEN) 2:03:45  2. Kiplagat (KEN) 2:04:10  3. Bekele (ETH) 2:05:02",
               "Final: Okafor 6-4, 3-6, 7-5"),
    "correction": ("Correction: An earlier version of this article misstated the year the mill closed. It was 1982.",
                   "This article was amended on 3 May 2026 to correct the spelling of a councillor's name."),
    "editorial-bracket": ("\"We will not let [the plan] go ahead without a fight,\" she said.",
                          "\"They [the council] never asked us,\" he said. \"Not once [sic].\""),
    "clock": ("The first crossing leaves at 6:45 and the last returns at 21:30, the operator said.",
              "Polls close at 10:00 pm; results are expected by 2:30 am."),
    "latin": ("The school's motto, Per ardua ad astra, is carved above the door.",
              "The judge said the contract was void ab initio."),
    "automation-news": ("Many outlets now publish automatically generated summaries of earnings reports without human review.",
                        "The agency said its software had translated the documents and that errors were possible.",
                        "Automated systems generated 40% of the fines, which were not checked by officers, the audit found."),
    "media-prose": ("The video, which has been viewed 2 million times, shows the car swerving at 0:15.",
                    "A poll by YouGov found 41% would vote yes, 38% no and 21% did not know.",
                    "The chart, published on Tuesday, shows inflation falling for a third month."),
    "author-line": ("Rachel Denby, who covers planning, said the council had received 300 objections.",
                    "Additional reporting by Tom Hale."),
    "menu-like-prose": ("Home, work, school: the three places the report says children spend most time.",),
    "code-ident": ("The bill, known as HB_1234 in committee papers, passed on Tuesday.",),
    "transcript": ("\"We were told [inaudible] that it would be fine,\" she said. [Applause]",
                   "MAYOR: We will act. [Laughter] I mean it."),
    "editors-note": ("Editor's note: This story has been updated to include a response from the council.",
                     "UPDATE: The road reopened at 6pm on Tuesday."),
    "listings": ("BBC One, 9:00pm; repeated on Sunday at 11:15am.", "Kick-off: 15:00. Half-time: 1-0. Full-time: 2-1."),
    "latin-quote": ("\"Dulce et decorum est pro patria mori,\" the poem's closing line reads.",),
    "error-prose": ("The error code, 0x80070005, appears when the update fails, Microsoft said.",),
    "ai-disclosure": ("This article was produced with the help of AI tools and checked by our editors.",
                      "The newspaper uses software to translate some stories, its editor wrote in a note to readers."),
    "bullets": ("Key points:\n• Fares rise by 5% in April\n• Evening services are cut\n• Students keep free travel",
                "What we know so far:\n1. The fire started at 2:15 am\n2. Nobody was hurt\n3. The road is closed"),
    "sports-table": ("P W D L Pts\nCity 10 8 1 1 25\nUnited 10 7 2 1 23",
                     "Lap times: Hamilton 1:31.447, Verstappen 1:31.502, Norris 1:31.930"),
    "credits-line": ("Reporting by Tom Hale in London; Editing by Ana Ruiz",
                     "Additional reporting by Mei Tanaka in Tokyo."),
    "quote-system": ("\"The system automatically generated the fines, and nobody checked them,\" said Ruiz.",),
    "translation-news": ("The ministry published the treaty text translated into English on Monday.",
                         "Google said its translation software now supports 24 more languages."),
    "app-prose": ("The app's new feature lets users vote in polls, share videos and replay clips.",
                  "Watch the match live on BBC One from 7:45pm."),
    "ai-checked": ("The company's AI system summarised the documents, which were then checked by lawyers.",),
    "paren-word": ("The bill (placeholder legislation, critics called it) passed on Tuesday.",),
    "undefined-word": ("The role of the new commissioner remains undefined, critics said.",
                       "The court declared the contract null and void."),
}


# --------------------------------------------------------------------------
# Injection and evaluation
# --------------------------------------------------------------------------

def load_clean(limit: int = 0) -> list[dict]:
    """Native English news and the human reference translations of the corpus."""
    out = []
    for name in ["native-en.jsonl", *sorted(p.name for p in CORPUS.glob("wmt21-*.jsonl"))]:
        with (CORPUS / name).open(encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh if line.strip()]
        out += [r for r in recs if r["label"] == "human"][: limit or None]
    return out


def _paras(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            out.append((pos, pos + len(block)))
        pos += len(block) + 2
    return out


def inject(text: str, snippet: str, where: str, rng: random.Random) -> tuple[str, int, int] | None:
    """``text`` with ``snippet`` inserted, and the snippet's span."""
    paras = _paras(text)
    if len(paras) < 3:
        return None
    if where == "inline":
        s, e = paras[rng.randint(1, len(paras) - 1)]
        if text[e - 1] not in ".!?\"”":
            return None
        return text[:e] + " " + snippet + text[e:], e + 1, e + 1 + len(snippet)
    if where == "end":
        e = paras[-1][1]
        return text[:e] + "\n\n" + snippet + text[e:], e + 2, e + 2 + len(snippet)
    s = paras[rng.randint(1, len(paras) - 1)][0]
    return text[:s] + snippet + "\n\n" + text[s:], s, s + len(snippet)


def evaluate(records: Sequence[dict], seed: int, per_article: int, linter: Linter) -> dict:
    """Recall per (class, batch, form), missed snippets, and look-alike false alarms."""
    hits: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    missed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ri, rec in enumerate(records):
        for (cls, batch), gen in GENERATORS.items():
            for k in range(per_article):
                rng = random.Random(f"{seed}:{ri}:{cls}:{batch}:{k}")
                form, snippet, where = gen(rng)
                done = inject(rec["text"], snippet, where, rng)
                if done is None:
                    continue
                text, s, e = done
                report = linter.lint_text(text, id=rec["id"])
                found = any(f.code in CODES[cls] and f.start < e and s < f.end for f in report.findings)
                cell = hits[(cls, batch, form)]
                cell[0] += found
                cell[1] += 1
                if not found:
                    missed[(cls, batch)].append(snippet)
    alarms: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    info: Counter[str] = Counter()
    inserted: Counter[str] = Counter()
    usable = [r for r in records if len(_paras(r["text"])) >= 3]
    for group, lines in LOOK_ALIKES.items():
        for li, line in enumerate(lines):
            rng = random.Random(f"{seed}:look:{group}:{li}")
            for rec in rng.sample(usable, min(4, len(usable))):
                text, s, e = inject(rec["text"], line, "para", rng) or (rec["text"], 0, 0)
                inserted[group] += 1
                for f in linter.lint_text(text, id=rec["id"]).findings:
                    if f.code in ALL_CODES and f.start < e and s < f.end:
                        if f.severity == "info":
                            info[group] += 1
                        else:
                            alarms[group].append((f.code, f.severity, line[:70]))
    return {"hits": hits, "missed": missed, "alarms": alarms, "info": info, "inserted": inserted}


def main(argv: Sequence[str] | None = None) -> int:
    """Print recall per class and batch, per form, and look-alike false alarms."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--per-article", type=int, default=1, help="injections per article, class and batch")
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus file (0: all)")
    ap.add_argument("--show", type=int, default=6, help="missed snippets to print per class and batch")
    args = ap.parse_args(argv)
    records = load_clean(args.limit)
    res = evaluate(records, args.seed, args.per_article, Linter(Config()))
    print(f"{len(records)} clean articles (native and human translations)\n")
    print(f"{'class':<12} {'batch':<5} {'found':>6} {'n':>5} {'recall':>7}")
    for cls in CODES:
        for batch in ("dev", "held", "held2", "held3", "held4", "held5"):
            cells = [c for (k, b, _), c in res["hits"].items() if k == cls and b == batch]
            f, n = sum(c[0] for c in cells), sum(c[1] for c in cells)
            if n:
                print(f"{cls:<12} {batch:<5} {f:>6} {n:>5} {f / n:>7.3f}")
    print("\nby form:")
    for (cls, batch, form), (f, n) in sorted(res["hits"].items()):
        print(f"  {cls:<12} {form:<24} {f:>4}/{n:<4} {f / n:.2f}")
    total = sum(res["inserted"].values())
    n_alarm = sum(len(v) for v in res["alarms"].values())
    print(f"\nlook-alikes: {n_alarm} warning/error and {sum(res['info'].values())} info findings on {total} insertions")
    for group in LOOK_ALIKES:
        for code, sev, line in res["alarms"].get(group, []):
            print(f"  FA {group:<18} {code} {sev}: {line!r}")
    if args.show:
        print("\nmissed (sample):")
        for (cls, batch), snippets in sorted(res["missed"].items()):
            for s in sorted(set(snippets))[: args.show]:
                print(f"  {cls:<12} {batch:<5} {s[:110]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
