"""Recall and false positives of the boilerplate and structure families on injected residue.

Takes the clean native English news articles of the shared corpus and, per
corrupted copy, injects one labelled artefact at a random (seeded) place.
Every kind has several surface forms, generated from templates and word
lists here (not from the samples' strings):

* ``furniture`` (BLP001): navigation, newsletter and subscription prompts,
  share buttons, ad slots, "Read more: <headline>", cookie banners,
  copyright footers, follow prompts, menus and breadcrumbs, photo credits;
* ``placeholder`` (BLP002): a phrase turned into `[x](#)`, `[x]()`,
  `[x](javascript:void(0))`, `<a href="#">x</a>`, `<a>x</a>`, or an empty
  anchor with a real target after it, `[](https://...)`;
* ``embed`` (BLP003): tweet signatures, pic.twitter.com links, Instagram
  embed labels;
* ``aggregator`` (BLP004): syndication and republication notices;
* ``furniture-held-out``, ``embed-held-out``, ``aggregator-held-out``: the
  same three kinds in wordings written apart from the lexicons (other words,
  other word order, tweet dates in other languages), then perturbed in case,
  trailing punctuation and wrapping marks. Their recall, reported apart,
  measures whether the rules generalise beyond the lexicon entries; the
  report also gives, per kind, the share of injected lines that are a
  verbatim copy of one lexicon template (recall on those says little).
  Each held-out kind has two batches: v1 was looked at while general
  mechanisms were fixed (determiner tolerance, verb synonyms), v2 was
  written afterwards and never tuned on; recall is printed per batch;
* ``break`` (STR001): a paragraph split mid-sentence before a lowercase word;
* ``truncate`` (STR002): the article cut off mid-sentence;
* ``mojibake`` (STR003): a sentence with typographic characters round-tripped
  through UTF-8 bytes read as Windows-1252;
* ``control`` (STR004): C0/C1 control characters, U+FFFD, zero-width spaces;
* ``repeat`` (STR005): the headline repeated as the next paragraph, as the
  lede's first sentence, or doubled on its line.

An injection is *found* when a finding of its rule overlaps the injected
span. Notices about automatic feeds may be owned by MT006 (the translation
family's disclaimer rule) instead of BLP004: one artefact gets one finding,
so an aggregator notice counts as found when either reports it, and the
report counts the notices both reported (double counting, which should be
none).

*Hard negatives* are sentences of real news prose that open with furniture
words ("Sign up for the vaccine scheme opened on Monday ...", "Advertisement
revenue fell 12% ..."). Each is inserted as its own paragraph into clean
articles; the share that draws a boilerplate finding is their false-positive
rate, reported for the audit's sentences (which the rules were fixed on), a
held-out set written with them and a v2 set written after the last change.

A rule's *precision* is the share of its findings on corrupted copies that
overlap an injection of its kind. False positives are warning/error findings
of the two families on the untouched originals, per 1,000 words.

    python tests/eval/inject_residue.py [--seed 7] [--per-article 3] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from sourcelint import Document
from sourcelint.registry import load_rules
from sourcelint.rule import Rule

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FAMILIES = ("boilerplate", "structure")
KIND_CODE = {
    "furniture": "BLP001",
    "placeholder": "BLP002",
    "embed": "BLP003",
    "aggregator": "BLP004",
    "furniture-held-out": "BLP001",
    "embed-held-out": "BLP003",
    "aggregator-held-out": "BLP004",
    "break": "STR001",
    "truncate": "STR002",
    "mojibake": "STR003",
    "control": "STR004",
    "repeat": "STR005",
}
KINDS = tuple(KIND_CODE)
# Codes whose finding on the injected span counts as finding it: feed notices
# belong to MT006 when its lexicon covers them, to BLP004 otherwise.
OWNERS = {kind: (code,) for kind, code in KIND_CODE.items()}
OWNERS["aggregator"] = OWNERS["aggregator-held-out"] = ("BLP004", "MT006")
# The lexicon each kind's surface forms are compared with (verbatim share).
LEXICON = {"furniture": "boilerplate_phrases.txt", "furniture-held-out": "boilerplate_phrases.txt",
           "aggregator": "boilerplate_aggregator.txt", "aggregator-held-out": "boilerplate_aggregator.txt"}


@dataclass(frozen=True)
class Injection:
    """A corrupted text, what was injected and the span it occupies."""

    kind: str
    form: str
    text: str
    start: int
    end: int


# --------------------------------------------------------------------------
# Vocabulary for the surface forms
# --------------------------------------------------------------------------

OUTLETS = ["The Harbor Ledger", "Northside Daily", "Metro Wire", "The Valley Courier", "Globe Dispatch",
           "Eastern Tribune", "Coastal Times", "City Monitor"]
NEWSLETTERS = ["Morning Briefing", "The Daily Digest", "Evening Edition", "First Look", "Politics Weekly",
               "The Download", "Business Today", "Weekend Reads"]
SECTIONS = ["Home", "News", "World", "Politics", "Business", "Sport", "Opinion", "Culture", "Science", "Tech",
            "Health", "UK", "US", "Europe", "Asia", "Video"]
FIRST = ["Jane", "Omar", "Li", "Maria", "Tom", "Aisha", "Pavel", "Grace", "Diego", "Nina", "Sam", "Ruth"]
LAST = ["Doe", "Haddad", "Wei", "Lopez", "Becker", "Okafor", "Novak", "Lind", "Suarez", "Moreau", "Patel", "Kim"]
AGENCIES = ["Getty Images", "AFP via Getty Images", "Reuters", "AP Photo", "Shutterstock", "PA Wire", "EPA-EFE"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _handle(rng: random.Random) -> str:
    base = rng.choice([rng.choice(LAST).lower(), rng.choice(OUTLETS).lower().replace("the ", "").replace(" ", "")])
    return base + rng.choice(["", "news", "_", str(rng.randint(1, 99))])


def _date(rng: random.Random) -> str:
    m, d, y = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2015, 2023)
    if rng.random() < 0.2:
        m = m[:3]
    return rng.choice([f"{m} {d}, {y}", f"{d} {m} {y}"])


def _headline(rng: random.Random, titles: Sequence[str]) -> str:
    return rng.choice(titles)


def _vary_case(s: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return s.upper()
    if r < 0.25:
        return s.lower()
    if r < 0.35:
        return string.capwords(s)
    return s


def furniture_line(rng: random.Random, titles: Sequence[str]) -> tuple[str, str]:
    """(form, line) of page furniture, built from templates."""
    forms: dict[str, Callable[[], str]] = {
        "navigation": lambda: rng.choice(["Skip to content", "Skip to main content", "Jump to navigation",
                                          "Back to top", "Toggle navigation", "Skip to navigation",
                                          "Main menu", "Go to main content"]),
        "newsletter": lambda: (
            f"{rng.choice(['Sign up for', 'Sign up to', 'Subscribe to'])} "
            f"{rng.choice(['', 'our ', 'the ', 'our free '])}{rng.choice(NEWSLETTERS)} "
            f"{rng.choice(['newsletter', 'newsletter', 'email newsletter', 'briefing'])}"
            f"{rng.choice(['', ' here', ' – delivered every weekday morning', ': the top stories in your inbox', '.'])}"
        ),
        "newsletter-pitch": lambda: (
            f"Get {rng.choice(['our', 'the'])} {rng.choice(NEWSLETTERS)} newsletter"
            f"{rng.choice(['', ' free', ' in your inbox every morning'])}"
        ),
        "share": lambda: rng.choice([
            f"Share this {rng.choice(['article', 'story', 'page'])}",
            " ".join(f"Share on {n}" for n in rng.sample(["Facebook", "Twitter", "LinkedIn", "WhatsApp"], rng.randint(1, 3))),
            " ".join(rng.sample(["Facebook", "Twitter", "Email", "Print", "WhatsApp", "LinkedIn", "Copy link"], rng.randint(2, 5))),
            f"Share via {rng.choice(['Email', 'WhatsApp', 'Facebook'])}",
        ]),
        "advertisement": lambda: rng.choice(["Advertisement", "ADVERTISEMENT", "Advertisement - Scroll to continue",
                                             "Story continues below advertisement", "Sponsored content",
                                             "Advertisement – story continues below"]),
        "read-more": lambda: (
            f"{rng.choice(['Read more', 'READ MORE', 'Related', 'See also', 'Read next', 'Also read'])}"
            f"{rng.choice([': ', ': ', ' - ', ' | '])}{_headline(rng, titles)}"
        ),
        "related": lambda: rng.choice(["Related stories", "Related articles", "More on this story", "Most read",
                                       "Recommended for you", "You may also like", "Trending now",
                                       f"More from {rng.choice(OUTLETS)}"]),
        "cookie": lambda: (
            f"We use cookies {rng.choice(['to improve your experience', 'to personalise content and ads', 'on this site'])}. "
            f"{rng.choice(['By continuing to browse', 'By using this site', 'By continuing to use our website'])}, "
            f"you agree to our {rng.choice(['use of cookies', 'cookie policy', 'privacy policy'])}."
        ),
        "copyright": lambda: rng.choice([
            f"© {rng.randint(2000, 2023)} {rng.choice(OUTLETS)}. All rights reserved.",
            f"Copyright {rng.randint(2000, 2023)} {rng.choice(OUTLETS)}. All rights reserved.",
            "All rights reserved",
        ]),
        "follow": lambda: rng.choice([
            f"Follow us on {rng.choice(['Twitter', 'Facebook', 'Instagram', 'LinkedIn'])}",
            f"Follow {rng.choice(OUTLETS)} on {rng.choice(['Twitter', 'Facebook', 'Instagram'])}",
            "Like us on Facebook",
        ]),
        "menu": lambda: rng.choice([
            f"By {_name(rng)} | " + " | ".join(rng.sample(SECTIONS, rng.randint(3, 5))),
            " › ".join(rng.sample(SECTIONS, rng.randint(3, 4))),
            " | ".join(rng.sample(SECTIONS, rng.randint(4, 6))),
        ]),
        "credit": lambda: rng.choice([
            f"Image caption {rng.choice(titles)}",
            f"Photograph: {_name(rng)}/{rng.choice(AGENCIES)}",
            f"({rng.choice(['Photo', 'Photo by', 'Image:'])} {_name(rng)}/{rng.choice(AGENCIES)})",
            f"{_name(rng)}/{rng.choice(AGENCIES)}",
            f"Image copyright {rng.choice(AGENCIES)}",
        ]),
        "click": lambda: (
            f"{rng.choice(['Click here', 'Click', 'Tap here'])} to "
            f"{rng.choice(['read the full report', 'subscribe', 'download the app', 'see more photos', 'watch the video'])}"
        ),
        # Written after the phrase list, without looking at it, to check that
        # the rule generalises beyond the templates it was tuned on.
        "held-out": lambda: rng.choice([
            "Get the latest headlines delivered straight to your inbox",
            "Don't miss a story: subscribe for unlimited digital access",
            "Listen to this article",
            f"Comments ({rng.randint(2, 300)})",
            f"View {rng.randint(2, 300)} comments",
            f"Filed under: {rng.choice(SECTIONS)}, {rng.choice(SECTIONS)}",
            f"Tags: {rng.choice(SECTIONS).lower()}, {rng.choice(SECTIONS).lower()}, {rng.choice(SECTIONS).lower()}",
            "Enjoy unlimited access to our journalism for just £1",
            "Sign in to continue reading",
            "Download our app for breaking news alerts",
            f"Updated {rng.randint(1, 12)}:{rng.randint(10, 59)} GMT",
            "Continue reading the main story",
            "Share this with Email Facebook Messenger Twitter",
            "Most Viewed",
        ]),
    }
    form = rng.choice(sorted(forms))
    line = forms[form]()
    if form not in ("copyright", "cookie"):
        line = _vary_case(line, rng)
    return form, line


def placeholder(word: str, rng: random.Random) -> tuple[str, str]:
    """(form, markup) of a dead link around ``word``."""
    forms = {
        "md-hash": f"[{word}](#)",
        "md-empty": f"[{word}]()",
        "md-js": f"[{word}](javascript:void(0))",
        "html-hash": f'<a href="#">{word}</a>',
        "html-nohref": f'<a class="link">{word}</a>',
        # An anchor with a real target but no text: nothing to click on.
        "md-no-text": f"{word} [](https://www.example.com/{rng.choice(['story', 'news', 'p'])}/{rng.randint(10, 99999)})",
    }
    form = rng.choice(sorted(forms))
    return form, forms[form]


def embed_line(rng: random.Random) -> tuple[str, str, bool]:
    """(form, residue, own_paragraph)."""
    dash = rng.choice(["—", "–", "-", "— "])
    forms = {
        "tweet-signature": (f"{dash} {rng.choice(OUTLETS + [_name(rng)])} (@{_handle(rng)}) {_date(rng)}".replace("  ", " "), True),
        "pic-link": ("pic.twitter.com/" + "".join(rng.choices(string.ascii_letters + string.digits, k=10)), False),
        "instagram-view": (rng.choice(["View this post on Instagram", "View this photo on Instagram"]), True),
        "instagram-shared": (f"A post shared by {_name(rng)} (@{_handle(rng)})" + rng.choice(["", f" on {_date(rng)}"]), True),
        "skip-label": (f"{rng.choice(['Skip', 'End of'])} {rng.choice(['Twitter', 'Instagram', 'YouTube'])} post by @{_handle(rng)}", True),
    }
    form = rng.choice(sorted(forms))
    return (form,) + forms[form]


def aggregator_notice(rng: random.Random, titles: Sequence[str]) -> tuple[str, str]:
    """(form, notice)."""
    outlet = rng.choice(OUTLETS)
    forms = {
        "not-edited": f"(Except for the headline, this story has not been edited by {outlet.replace('The ', '')} staff "
                      f"and is published from a syndicated feed.)",
        "auto-generated": f"This {rng.choice(['story', 'article', 'report'])} "
                          f"{rng.choice(['was', 'has been'])} {rng.choice(['auto-generated', 'automatically generated'])} "
                          f"from a syndicated {rng.choice(['', 'news ', 'wire '])}feed.",
        "appeared": f"This {rng.choice(['article', 'story', 'piece'])} {rng.choice(['originally appeared', 'first appeared'])} "
                    f"{rng.choice(['on', 'in'])} {outlet}.",
        "originally-published": f"{rng.choice(['Originally published', 'First published'])} {rng.choice(['on', 'at', 'by'])} {outlet}.",
        "republished": f"{rng.choice(['Republished', 'Reprinted'])} with permission{rng.choice(['', ' from ' + outlet])}.",
        "post-appeared": f"The post {rng.choice(titles)} appeared first on {outlet}.",
    }
    form = rng.choice(sorted(forms))
    return form, forms[form]


# --------------------------------------------------------------------------
# Held-out surface forms and hard negatives
# --------------------------------------------------------------------------
# Written from memory of real news pages, not from the lexicons: other words
# ("Already have an account? Sign in"), other order ("Story continues after
# advertisement"), extra words ("Back to the top"). Some are expected to be
# missed; do not add them to the lexicons one by one, or this set stops
# measuring anything.

HELD_OUT_FURNITURE: tuple[str, ...] = (
    "Already have an account? Sign in",
    "Sign up for breaking news alerts",
    "Subscribe today",
    "Subscribe for just $1 a week",
    "Log in or register to comment",
    "Follow {outlet} on Instagram and Facebook",
    "Share this story on WhatsApp",
    "Click to share on Twitter (Opens in new window)",
    "Advertisement — continue reading below",
    "Story continues after advertisement",
    "Continue reading below",
    "Read more here",
    "Don't miss out on the latest news",
    "This site uses cookies. Learn more",
    "Accept all cookies",
    "Image: {name}/{agency}",
    "Photo courtesy of the family",
    "Get our free newsletter",
    "Scroll down to read more",
    "Print this page",
    "Recommended for you",
    "Most popular",
    "Related content",
    "Email this story",
    "Copy link",
    "Back to the top",
    "Jump to comments",
    "Sponsored links",
    "More stories from {outlet}",
    "Newsletter sign-up",
    "Want more news like this? Sign up for our newsletter",
    "Tap here to download our free app",
    "Leave your comment below",
    "Listen to the article",
    "Open navigation menu",
    "Share via email",
    "Follow us on X",
    "Updated: {date}",
    "© {outlet} {year}",
    "Become a subscriber today",
)

HELD_OUT_AGGREGATOR: tuple[str, ...] = (
    "Originally published on {date}.",
    "This content is republished from the {short} wire.",
    "This article is republished from {outlet} under a Creative Commons license.",
    "This story first appeared in {outlet}.",
    "A version of this story originally appeared on {outlet}.",
    "This post was originally published on {outlet}.",
    "Republished with permission of {outlet}.",
    "Reprinted with permission from {outlet}",
    "Content provided by {outlet}.",
    "This article was first published by {outlet} on {date}.",
    "(This story has not been edited by {short} staff and is auto-generated from a syndicated feed.)",
    "The article {headline} first appeared on {outlet}.",
    "This story was produced by {outlet} and is republished here with permission.",
    "Originally posted on {outlet}.",
)

# A second held-out batch, written after the rules were last changed and
# never tuned on (the first batch was looked at while fixing general
# mechanisms: determiner tolerance, verb synonyms). Its recall is the honest
# estimate; forms are named "v2-...".
HELD_OUT_FURNITURE_V2: tuple[str, ...] = (
    "Sign up to receive our daily headlines",
    "Subscribe now for full access",
    "Log in to your account",
    "Create your free account",
    "Follow our live coverage on Telegram",
    "Share on X",
    "Share this page via WhatsApp",
    "Advertisement. Scroll to continue reading.",
    "Sponsored",
    "Read more stories like this",
    "Related stories from around the web",
    "Recommended reading",
    "Most shared this week",
    "Trending",
    "Skip to the main content",
    "Go to the homepage",
    "Back to homepage",
    "Cookie settings",
    "We use cookies to give you the best experience",
    "Manage your cookie preferences",
    "Photo: {name}/{agency}",
    "(Photo: {agency})",
    "Image source, {agency}",
    "Download the {outlet} app",
    "Get breaking news alerts",
    "Print article",
    "View comments",
    "Leave a reply",
    "Add your comment",
    "Tap to unmute",
    "Watch: {headline}",
    "Click here for more",
    "All Rights Reserved.",
    "Copyright © {year} {outlet}",
    "Published {day} {month} {year}",
)
HELD_OUT_AGGREGATOR_V2: tuple[str, ...] = (
    "This story originally ran in {outlet}.",
    "This article was originally posted at {outlet}.",
    "Originally appeared on {outlet}.",
    "First published by {outlet} on {date}.",
    "Reprinted courtesy of {outlet}.",
    "This piece is republished with permission from {outlet}.",
    "Republished from {outlet} with permission.",
    "This story is syndicated from {outlet}.",
    "This article has been reproduced from {outlet}.",
    "(This article was automatically published from a wire feed.)",
    "Content syndicated by {outlet}.",
    "Read the original article on {outlet}.",
)
FOREIGN_MONTHS_V2 = {
    "sv": (["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december"], "{d} {m} {y}"),
    "cs": (["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
            "listopadu", "prosince"], "{d}. {m} {y}"),
    "id": (["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
            "November", "Desember"], "{d} {m} {y}"),
    "ko": ([str(i) for i in range(1, 13)], "{y}년 {m}월 {d}일"),
    "el": (["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
            "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"], "{d} {m} {y}"),
    "uk": (["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"], "{d} {m} {y} р."),
}

# Tweet embeds print the date in the page's language.
FOREIGN_MONTHS = {
    "de": (["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"], "{d}. {m} {y}"),
    "fr": (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"], "{d} {m} {y}"),
    "es": (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"], "{d} de {m} de {y}"),
    "it": (["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"], "{d} {m} {y}"),
    "nl": (["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"], "{d} {m} {y}"),
    "pt": (["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"], "{d} de {m} de {y}"),
    "ru": (["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря"], "{d} {m} {y} г."),
    "pl": (["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"], "{d} {m} {y}"),
    "tr": (["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
            "Aralık"], "{d} {m} {y}"),
    "ja": ([str(i) for i in range(1, 13)], "{y}年{m}月{d}日"),
}


def _foreign_date(rng: random.Random, table: dict = FOREIGN_MONTHS) -> str:
    months, fmt = table[rng.choice(sorted(table))]
    return fmt.format(d=rng.randint(1, 28), m=rng.choice(months), y=rng.randint(2015, 2023))


def _perturb(line: str, rng: random.Random) -> str:
    """``line`` with its case, trailing punctuation or wrapping marks changed."""
    line = _vary_case(line, rng)
    r = rng.random()
    if r < 0.2 and line[-1:].isalnum():
        line += rng.choice([".", "!", " »", " >", " ›", " →"])
    elif r < 0.3:
        line = rng.choice(["**{}**", "*{}*", "[{}]", "({})", "» {}", "| {} |"]).format(line)
    return line


def _pick(rng: random.Random, first: Sequence[str], second: Sequence[str], tag: str) -> tuple[str, str]:
    i = rng.randrange(len(first) + len(second))
    if i < len(first):
        return f"{tag}{i:02d}", first[i]
    return f"v2-{tag}{i - len(first):02d}", second[i - len(first)]


def held_out_furniture(rng: random.Random, titles: Sequence[str] = ("A headline",)) -> tuple[str, str]:
    """(form, line): a held-out furniture wording, perturbed."""
    form, pattern = _pick(rng, HELD_OUT_FURNITURE, HELD_OUT_FURNITURE_V2, "f")
    line = pattern.format(outlet=rng.choice(OUTLETS), name=_name(rng), agency=rng.choice(AGENCIES),
                          date=_date(rng), year=rng.randint(2000, 2023), day=rng.randint(1, 28),
                          month=rng.choice(MONTHS), headline=rng.choice(titles))
    return form, _perturb(line, rng)


def held_out_aggregator(rng: random.Random, titles: Sequence[str]) -> tuple[str, str]:
    """(form, notice): a held-out aggregator wording, perturbed in case."""
    form, pattern = _pick(rng, HELD_OUT_AGGREGATOR, HELD_OUT_AGGREGATOR_V2, "a")
    outlet = rng.choice(OUTLETS)
    date = rng.choice([_date(rng), f"{rng.randint(2015, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    line = pattern.format(outlet=outlet, short=outlet.replace("The ", ""), date=date, headline=rng.choice(titles))
    return form, _vary_case(line, rng) if rng.random() < 0.5 else line


def held_out_embed(rng: random.Random) -> tuple[str, str, bool]:
    """(form, residue, own_paragraph): embed residue in forms the main set lacks."""
    who = rng.choice(OUTLETS + [_name(rng), "José Núñez", "Ólafur Ragnarsson"])
    forms = {
        "tweet-foreign-date": (f"{rng.choice(['—', '–', '-'])} {who} (@{_handle(rng)}) {_foreign_date(rng)}", True),
        "tweet-no-dash-foreign": (f"{who} (@{_handle(rng)}) {_foreign_date(rng)}", True),
        "pic-link-https": ("https://pic.twitter.com/" + "".join(rng.choices(string.ascii_letters, k=10)), False),
        "instagram-video": (f"A video shared by {who} (@{_handle(rng)})", True),
        "instagram-view-video": ("View this video on Instagram", True),
        "platform-post-by": (f"{rng.choice(['Instagram', 'Twitter', 'TikTok'])} post by {who}", True),
        "v2-tweet-foreign-date": (f"— {who} (@{_handle(rng)}) {_foreign_date(rng, FOREIGN_MONTHS_V2)}", True),
        "v2-tweet-short-month": (f"{who} (@{_handle(rng)}) {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, "
                                 + str(rng.randint(2015, 2023)), True),
        "v2-reel-shared": (f"A reel shared by {who} (@{_handle(rng)})", True),
        "v2-view-profile": ("View this profile on Instagram", True),
        "v2-skip-tiktok": (f"Skip TikTok post by {who}", True),
    }
    form = rng.choice(sorted(forms))
    return (form,) + forms[form]


# Furniture-like but real prose, as it appears in news copy. The audit's
# sentences (which the rules were fixed on) are kept apart from a held-out
# set written alongside them, so the held-out rate is an honest estimate.
HARD_NEGATIVES_AUDIT: tuple[str, ...] = (
    "Advertisement revenue fell 12% in the quarter, the newspaper group reported.",
    "Advertisement revenue at Alphabet's YouTube, meanwhile, rose 13% to $8.7 billion, the company said on Tuesday.",
    "Sign up for the vaccine scheme opened on Monday for everyone over 50.",
    "Subscribe to the theory or not, the figures speak for themselves.",
    "Log in figures from the app show that usage doubled in a year.",
    "Sign in sheets at the clinic showed that dozens of patients had been turned away.",
    "Follow the money on Twitter, activists urged, as the scandal widened.",
    "Register now or lose your vote, the electoral commission warned on Monday.",
    "Read the full report, which was published on Monday, for more details.",
    "Comments: the minister declined to comment further on Monday.",
)
HARD_NEGATIVES: tuple[str, ...] = (
    "Share prices fell 4% in early trading on Wednesday.",
    "Follow-up tests were ordered for 30 patients, the hospital said.",
    "Home prices rose 5% in March, according to the survey.",
    "Most read books in 2020 were thrillers, the library said.",
    "Advertising spending is expected to recover next year.",
    "Click here, the instructions say, and the form opens.",
    "Sign up rates for the programme have doubled since January.",
    "Log in data showed the account was accessed from abroad.",
    "Register now, officials say, because the deadline is Friday.",
    "Share this with your neighbours, the police urged residents.",
    "Subscribe to a streaming service and the costs add up quickly.",
    "Download the app and you can pay for parking by phone, the council said.",
    "Privacy policy changes at the company took effect on Monday.",
    "Terms and conditions apply to the offer, which ends on Friday.",
    "More from the interview will air on Sunday.",
    "Top stories on the agenda include the budget and the strike.",
    "Back to top form, the striker scored twice on Saturday.",
    "Continue reading the statement, the judge told the clerk.",
    "Source: the ministry said the figures were provisional.",
    "Credit card debt rose to a record in March.",
    "Photo by photo, the exhibition traces her career.",
    "Sign in the window read 'closed', the owner said.",
    "Subscribe to the view that markets always recover, and you will be disappointed.",
    "Sponsored by the state, the festival drew 40,000 visitors last year.",
    "Follow us, the guide told the group, and stay on the path.",
    "Watch the video and you will see the car swerve, the lawyer told jurors.",
    "Tags on the bags showed they had been checked in Paris.",
    "Print media lost 3,000 jobs in 2020, the union said.",
    "Originally published in 1998, the book has been reissued with a new preface.",
    "Sign up now, the organisers said, because places are limited.",
)
# Written after the rules were last changed, never tuned on.
HARD_NEGATIVES_V2: tuple[str, ...] = (
    "Advertisement bans on junk food came into force across the capital last month.",
    "Sign-ups to the union rose by a third after the strike was announced.",
    "Share of voice in the debate went mostly to the two front-runners.",
    "Subscribe and save schemes now account for a fifth of the retailer's sales.",
    "Follow the science, the health secretary said again on Thursday.",
    "Log in attempts from overseas were blocked by the bank's systems.",
    "Click here to see the full list, the minister joked to reporters, holding up a blank page.",
    "Read more carefully, the terms show the fee doubles after a year.",
    "Register of members' interests shows he received £20,000 from the firm.",
    "Download speeds in rural areas remain far below the national average.",
    "Continue reading aloud to your children, the charity advises parents.",
    "Related charges against two other men were dropped in March.",
    "Watch party organisers said 3,000 fans had gathered in the square.",
    "Comments made by the coach after the match were referred to the league.",
    "Image rights disputes have delayed the film's release until 2024.",
    "Most popular among young voters was the pledge to cut tuition fees.",
    "Recommended doses were halved after the trial reported side effects.",
    "Privacy policy experts warned that the new rules were unclear.",
    "Get the latest figures wrong, and the bank risks losing credibility, analysts say.",
    "Sponsored content rules were tightened by the regulator in 2021.",
)


# --------------------------------------------------------------------------
# Injection
# --------------------------------------------------------------------------

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in Document(text).paragraphs]


def _insert_paragraph(text: str, paras: list[tuple[int, int]], rng: random.Random, line: str,
                      where: str = "any") -> tuple[str, int, int]:
    """Insert ``line`` as its own paragraph at a paragraph boundary."""
    if where == "end":
        i = len(paras)
    elif where == "top":
        i = 0
    else:
        i = rng.randint(1, len(paras))
    if i == len(paras):
        pos = paras[-1][1]
        new = text[:pos] + "\n\n" + line + text[pos:]
        return new, pos + 2, pos + 2 + len(line)
    pos = paras[i][0]
    new = text[:pos] + line + "\n\n" + text[pos:]
    return new, pos, pos + len(line)


def _cp1252_mojibake(s: str) -> str:
    """``s`` as UTF-8 bytes read as Windows-1252 (undefined bytes kept as Latin-1)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def _typographic(s: str, rng: random.Random) -> str:
    """Give a sentence the typographic characters mojibake damages."""
    s = s.replace("'", "’")
    s = re.sub(r'"([^"]*)"', r"“\1”", s)
    s = s.replace(" - ", " – ")
    if not re.search(r"[^\x00-\x7f]", s):
        # Clean ASCII sentences get an accented name or a currency sign.
        words = s.split(" ")
        k = rng.randrange(len(words))
        words.insert(k, rng.choice(["José", "café", "Zürich", "£40", "€5", "São Paulo", "naïve", "résumé"]))
        s = " ".join(words)
    return s


def inject(text: str, kind: str, rng: random.Random, titles: Sequence[str]) -> Injection | None:
    """One corrupted copy of ``text`` with an artefact of ``kind``, or None if it does not fit."""
    paras = _paragraphs(text)
    if len(paras) < 3:
        return None
    if kind == "furniture":
        form, line = furniture_line(rng, titles)
        new, s, e = _insert_paragraph(text, paras, rng, line)
        return Injection(kind, form, new, s, e)
    if kind == "furniture-held-out":
        form, line = held_out_furniture(rng, titles)
        new, s, e = _insert_paragraph(text, paras, rng, line)
        return Injection(kind, form, new, s, e)
    if kind == "embed-held-out":
        form, line, own = held_out_embed(rng)
        if own:
            new, s, e = _insert_paragraph(text, paras, rng, line)
            return Injection(kind, form, new, s, e)
        ps, pe = paras[rng.randint(1, len(paras) - 1)]
        new = text[:pe] + " " + line + text[pe:]
        return Injection(kind, form, new, pe + 1, pe + 1 + len(line))
    if kind == "aggregator-held-out":
        form, line = held_out_aggregator(rng, titles)
        new, s, e = _insert_paragraph(text, paras, rng, line, where=rng.choice(["end", "end", "top"]))
        return Injection(kind, form, new, s, e)
    if kind == "placeholder":
        ps, pe = paras[rng.randint(1, len(paras) - 1)]
        words = [m for m in _WORD_RE.finditer(text, ps, pe)]
        if len(words) < 4:
            return None
        k = rng.randint(1, len(words) - 2)
        n = rng.choice([1, 1, 2, 3])
        ws, we = words[k].start(), words[min(k + n, len(words)) - 1].end()
        form, markup = placeholder(text[ws:we], rng)
        return Injection(kind, form, text[:ws] + markup + text[we:], ws, ws + len(markup))
    if kind == "embed":
        form, line, own = embed_line(rng)
        if own:
            new, s, e = _insert_paragraph(text, paras, rng, line)
            return Injection(kind, form, new, s, e)
        ps, pe = paras[rng.randint(1, len(paras) - 1)]
        new = text[:pe] + " " + line + text[pe:]
        return Injection(kind, form, new, pe + 1, pe + 1 + len(line))
    if kind == "aggregator":
        form, line = aggregator_notice(rng, titles)
        if rng.random() < 0.3:  # appended to the last paragraph
            pe = paras[-1][1]
            if text[pe - 1] not in ".!?\"”)":
                return None
            new = text[:pe] + " " + line + text[pe:]
            return Injection(kind, form, new, pe + 1, pe + 1 + len(line))
        new, s, e = _insert_paragraph(text, paras, rng, line, where=rng.choice(["end", "end", "top"]))
        return Injection(kind, form, new, s, e)
    if kind == "break":
        ps, pe = paras[rng.randint(1, len(paras) - 1)]
        words = list(_WORD_RE.finditer(text, ps, pe))
        cands = [
            i for i in range(3, len(words) - 3)
            if words[i].group()[0].islower() and text[words[i - 1].end() : words[i].start()] == " "
        ]
        if not cands:
            return None
        i = rng.choice(cands)
        a, b = words[i - 1], words[i]
        new = text[: a.end()] + "\n\n" + text[b.start() :]
        return Injection(kind, "blank-line", new, a.start(), b.end() + 1)
    if kind == "truncate":
        ps, pe = paras[-1]
        words = list(_WORD_RE.finditer(text, ps, pe))
        cands = [i for i in range(12, len(words)) if words[i].group()[0].islower()
                 and text[words[i - 1].end() : words[i].start()] == " "]
        if not cands:
            return None
        i = rng.choice(cands)
        cut = words[i - 1].end()
        form = "plain"
        new = text[:cut]
        if rng.random() < 0.25:
            mark = rng.choice(["…", " [...]", " […]", "..."])
            new += mark
            form = "cut-mark"
        # The label is the cut-off tail of the paragraph (its last words).
        return Injection(kind, form, new, words[max(0, i - 6)].start(), len(new))
    if kind == "mojibake":
        ps, pe = paras[rng.randint(1, len(paras) - 1)]
        doc = Document(text)
        sents = [s for s in doc.sentences if ps <= s.start and s.end <= pe]
        if not sents:
            return None
        sent = rng.choice(sents)
        typo = _typographic(sent.text, rng)
        bad = _cp1252_mojibake(typo)
        if bad == typo:
            return None
        new = text[: sent.start] + bad + text[sent.end :]
        # Label: from the first to the last damaged character.
        lo = 0
        while lo < len(typo) and bad[lo] == typo[lo]:
            lo += 1
        tail = 0
        while tail < len(typo) - lo and bad[-1 - tail] == typo[-1 - tail]:
            tail += 1
        return Injection(kind, "cp1252", new, sent.start + lo, sent.start + len(bad) - tail)
    if kind == "control":
        ps, pe = paras[rng.randint(1, len(paras) - 1)]
        words = list(_WORD_RE.finditer(text, ps, pe))
        if len(words) < 4:
            return None
        form = rng.choice(["c0", "c1", "fffd", "zero-width"])
        w = rng.choice(words[1:-1])
        if form == "zero-width":
            if len(w.group()) < 4:
                return None
            pos = w.start() + rng.randint(1, len(w.group()) - 1)
            ch = rng.choice(["\u200b", "\u2060"])
        else:
            pos = rng.choice([w.start(), w.end()]) if form != "fffd" else w.start() + rng.randint(0, len(w.group()))
            if form == "c0":
                ch = chr(rng.choice([*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
            elif form == "c1":
                ch = chr(rng.choice(range(0x80, 0xA0)))
            else:
                ch = "\ufffd" * rng.choice([1, 1, 2])
        new = text[:pos] + ch + text[pos:]
        return Injection(kind, form, new, pos, pos + len(ch))
    if kind == "repeat":
        ts, te = paras[0]
        title = text[ts:te]
        if len(title.split()) < 4 or "\n" in title:
            return None
        form = rng.choice(["paragraph", "lede", "same-line"])
        if form == "paragraph":
            new = text[:te] + "\n\n" + title + text[te:]
            return Injection(kind, form, new, te + 2, te + 2 + len(title))
        if form == "lede":
            ls = paras[1][0]
            copy = title.rstrip(".") + "."
            new = text[:ls] + copy + " " + text[ls:]
            return Injection(kind, form, new, ls, ls + len(copy))
        new = text[:te] + " " + title + text[te:]
        return Injection(kind, form, new, te + 1, te + 1 + len(title))
    raise ValueError(f"unknown kind {kind!r}")


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


@dataclass
class Result:
    """Counts gathered by :func:`evaluate`."""

    injected: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    by_form: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (kind, form) -> [found, total]
    verbatim: dict[str, list[int]] = field(default_factory=dict)  # kind -> [found, total] of lexicon copies
    found_by: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, code) -> injections it found
    double: dict[str, int] = field(default_factory=dict)  # kind -> injections reported by two owners
    rule_findings: dict[str, int] = field(default_factory=dict)
    rule_true: dict[str, int] = field(default_factory=dict)
    clean_words: int = 0
    clean_findings: list[tuple[str, str, str]] = field(default_factory=list)  # (doc id, code, span)
    clean_info: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, form, span text)
    stray: list[tuple[str, str, str]] = field(default_factory=list)  # (code, injected kind, finding span)
    seconds: float = 0.0
    docs: int = 0

    def recall(self, kind: str) -> float:
        """Share of injections of ``kind`` its rule found."""
        n = self.injected.get(kind, 0)
        return self.found.get(kind, 0) / n if n else float("nan")

    def precision(self, code: str) -> float:
        """Share of ``code``'s findings on corrupted copies that overlap an injection of its kind."""
        n = self.rule_findings.get(code, 0)
        return self.rule_true.get(code, 0) / n if n else float("nan")

    def fp_per_1000(self) -> float:
        """Warning/error findings per 1,000 words on the untouched articles."""
        return 1000.0 * len(self.clean_findings) / max(self.clean_words, 1)

    def verbatim_share(self, kind: str) -> float:
        """Share of ``kind``'s injected lines that are a verbatim copy of one lexicon template."""
        n = self.verbatim.get(kind, [0, 0])[1]
        total = self.injected.get(kind, 0)
        return n / total if total else float("nan")


def residue_rules() -> list[Rule]:
    """Instances of every boilerplate and structure rule."""
    return [cls() for cls in load_rules().values() if cls.family in FAMILIES]


def load_native(path: Path | None = None) -> list[dict]:
    """Records (``id``, ``text``) of the native English corpus."""
    path = path or CORPUS / "native-en.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_lexicon_copy(line: str, lexicon: str) -> bool:
    """Whether ``line``'s words are exactly one gap-free template of ``data/<lexicon>``.

    Such a line tests the lexicon's spelling, not the rule's generalisation:
    a template with a ``*`` gap or a label followed by free content (a
    headline, a caption) is not a copy.
    """
    from sourcelint.rules.boilerplate import template_set

    ts = template_set(lexicon)
    doc = Document(line)
    n = len(doc.tokens)
    for t in ts.templates:
        if any(slot.gap for slot in t.slots):
            continue
        if ts.match(t, doc, 0, n) == n:
            return True
    return False


def _overlaps(inj: Injection, s: int, e: int) -> bool:
    return s < inj.end and inj.start < e or (s == e == inj.start)


def _mt006_spans(doc: Document) -> list[tuple[int, int]]:
    from sourcelint.rules.translation import artefacts

    return [(h.start, h.end) for h in artefacts(doc)["MT006"]]


def evaluate(records: Sequence[dict], seed: int = 7, per_article: int = 2,
             kinds: Sequence[str] = KINDS) -> Result:
    """Inject ``per_article`` artefacts of each kind into each record and lint them."""
    rules = residue_rules()
    res = Result()
    titles = [r["text"].split("\n", 1)[0].strip() for r in records]
    t0 = time.perf_counter()
    for rec in records:
        doc = Document(rec["text"], id=rec["id"])
        res.clean_words += doc.word_count
        res.docs += 1
        for rule in rules:
            for f in rule.check(doc):
                if f.severity == "info":
                    res.clean_info += 1
                else:
                    res.clean_findings.append((rec["id"], f.code, doc.text[f.start : f.end][:60]))
    for ri, rec in enumerate(records):
        for kind in kinds:
            for k in range(per_article):
                rng = random.Random(f"{seed}:{ri}:{kind}:{k}")
                inj = None
                for _ in range(5):  # a few tries for kinds that need a suitable spot
                    inj = inject(rec["text"], kind, rng, [t for t in titles if t != titles[ri]])
                    if inj is not None:
                        break
                if inj is None:
                    continue
                doc = Document(inj.text, id=f"{rec['id']}+{kind}{k}")
                res.docs += 1
                owners = OWNERS[kind]
                hit_by: set[str] = set()
                for rule in rules:
                    for f in rule.check(doc):
                        res.rule_findings[f.code] = res.rule_findings.get(f.code, 0) + 1
                        if f.code in owners and _overlaps(inj, f.start, f.end):
                            res.rule_true[f.code] = res.rule_true.get(f.code, 0) + 1
                            hit_by.add(f.code)
                        else:
                            res.stray.append((f.code, kind, doc.text[f.start : f.end][:80]))
                if "MT006" in owners and any(_overlaps(inj, s, e) for s, e in _mt006_spans(doc)):
                    hit_by.add("MT006")
                hit = bool(hit_by)
                for c in hit_by:
                    res.found_by[(kind, c)] = res.found_by.get((kind, c), 0) + 1
                if len(hit_by) > 1:
                    res.double[kind] = res.double.get(kind, 0) + 1
                res.injected[kind] = res.injected.get(kind, 0) + 1
                res.found[kind] = res.found.get(kind, 0) + hit
                cell = res.by_form.setdefault((kind, inj.form), [0, 0])
                cell[0] += hit
                cell[1] += 1
                if kind in LEXICON and is_lexicon_copy(inj.text[inj.start : inj.end], LEXICON[kind]):
                    cell = res.verbatim.setdefault(kind, [0, 0])
                    cell[0] += hit
                    cell[1] += 1
                if not hit:
                    res.missed.append((kind, inj.form, inj.text[inj.start : inj.end][:80]))
    res.seconds = time.perf_counter() - t0
    return res


@dataclass
class HardNegatives:
    """Boilerplate findings on furniture-like prose inserted into clean articles."""

    inserted: dict[str, int] = field(default_factory=dict)  # set name -> insertions
    flagged: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # set name -> (code, sentence)

    def rate(self, name: str) -> float:
        """Share of the insertions of set ``name`` that drew a boilerplate finding."""
        n = self.inserted.get(name, 0)
        return len(self.flagged.get(name, [])) / n if n else float("nan")


def evaluate_hard_negatives(records: Sequence[dict], seed: int = 7, per_sentence: int = 3) -> HardNegatives:
    """Insert each hard negative, as its own paragraph, into ``per_sentence`` clean articles."""
    rules = [cls() for cls in load_rules().values() if cls.family == "boilerplate"]
    out = HardNegatives()
    usable = [r for r in records if len(_paragraphs(r["text"])) >= 3]
    for name, sentences in (("audit", HARD_NEGATIVES_AUDIT), ("held-out", HARD_NEGATIVES),
                            ("held-out-v2", HARD_NEGATIVES_V2)):
        out.flagged[name] = []
        for si, sentence in enumerate(sentences):
            rng = random.Random(f"{seed}:hard:{name}:{si}")
            for rec in rng.sample(usable, min(per_sentence, len(usable))):
                paras = _paragraphs(rec["text"])
                new, s, e = _insert_paragraph(rec["text"], paras, rng, sentence)
                doc = Document(new)
                out.inserted[name] = out.inserted.get(name, 0) + 1
                codes = sorted({f.code for rule in rules for f in rule.check(doc) if f.start < e and s < f.end})
                if codes:
                    out.flagged[name].append((",".join(codes), sentence))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print per-rule recall and precision, per-form recall, clean and hard-negative false positives."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-article", type=int, default=3, help="injections per article and kind")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--corpus", type=Path, default=None, help="JSONL corpus (default: native-en.jsonl)")
    ap.add_argument("--show-missed", type=int, default=5, help="missed injections to print per kind")
    args = ap.parse_args(argv)
    records = load_native(args.corpus)[: args.limit]
    res = evaluate(records, seed=args.seed, per_article=args.per_article)
    print(f"{len(records)} articles, {res.docs} documents linted in {res.seconds:.1f}s "
          f"({res.docs / max(res.seconds, 1e-9):.0f} docs/s, boilerplate+structure rules only)\n")
    print(f"{'kind':<20} {'rule':<7} {'injected':>8} {'recall':>7} {'precision':>9} {'lexicon copies':>15}")
    for kind in KINDS:
        code = KIND_CODE[kind]
        vb = ""
        if kind in LEXICON:
            found, n = res.verbatim.get(kind, [0, 0])
            rest_n = res.injected.get(kind, 0) - n
            rest_found = res.found.get(kind, 0) - found
            vb = f"{res.verbatim_share(kind):.2f} (recall on the others {rest_found / max(rest_n, 1):.3f})"
        print(f"{kind:<20} {code:<7} {res.injected.get(kind, 0):>8} {res.recall(kind):>7.3f} "
              f"{res.precision(code):>9.3f} {vb:>15}")
    for kind in ("aggregator", "aggregator-held-out"):
        by = {c: res.found_by.get((kind, c), 0) for c in OWNERS[kind]}
        print(f"  {kind}: found by " + ", ".join(f"{c} {n}" for c, n in by.items())
              + f"; reported by both (double counting): {res.double.get(kind, 0)}")
    print("\nheld-out recall by batch (v1 was looked at while fixing general mechanisms; v2 never was):")
    for kind in ("furniture-held-out", "embed-held-out", "aggregator-held-out"):
        for batch, pick in (("v1", lambda f: not f.startswith("v2-")), ("v2", lambda f: f.startswith("v2-"))):
            cells = [c for (k, f), c in res.by_form.items() if k == kind and pick(f)]
            hit, n = sum(c[0] for c in cells), sum(c[1] for c in cells)
            print(f"  {kind:<20} {batch} {hit:>4}/{n:<4} {hit / max(n, 1):.3f}")
    print("\nrecall by surface form:")
    for (kind, form), (hit, n) in sorted(res.by_form.items()):
        print(f"  {kind:<20} {form:<22} {hit:>4}/{n:<4} {hit / n:.2f}")
    print(f"\nuntouched articles: {len(res.clean_findings)} warning/error findings in {res.clean_words} words "
          f"= {res.fp_per_1000():.3f} per 1,000 words ({res.clean_info} info)")
    for doc_id, code, span in res.clean_findings:
        print(f"  FP {doc_id} {code} {span!r}")
    hard = evaluate_hard_negatives(records, seed=args.seed)
    print("\nhard negatives (furniture-like prose inserted as a paragraph), boilerplate findings on them:")
    for name in ("audit", "held-out", "held-out-v2"):
        print(f"  {name:<11} {len(hard.flagged[name]):>3}/{hard.inserted.get(name, 0):<4} = {hard.rate(name):.3f}")
        for code, sentence in sorted(set(hard.flagged[name])):
            print(f"    FP {code} {sentence!r}")
    if args.show_missed:
        shown: dict[str, int] = {}
        print("\nmissed (sample):")
        for kind, form, span in res.missed:
            if shown.get(kind, 0) < args.show_missed:
                shown[kind] = shown.get(kind, 0) + 1
                print(f"  {kind:<20} {form:<20} {span!r}")
        shown = {}
        print("\nfindings that match no injection of their kind (sample):")
        for code, kind, span in res.stray:
            if shown.get(code, 0) < args.show_missed:
                shown[code] = shown.get(code, 0) + 1
                print(f"  {code} on a {kind:<12} copy: {span!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
