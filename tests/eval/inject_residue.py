"""Recall and false positives of the boilerplate and structure families on injected residue.

Takes the clean native English news articles of the shared corpus and, per
corrupted copy, injects one labelled artefact at a random (seeded) place.
Every kind has several surface forms, generated from templates and word
lists here (not from the samples' strings):

* ``furniture`` (BLP001): navigation, newsletter and subscription prompts,
  share buttons, ad slots, "Read more: <headline>", cookie banners,
  copyright footers, follow prompts, menus and breadcrumbs, photo credits;
* ``placeholder`` (BLP002): a phrase turned into `[x](#)`, `[x]()`,
  `[x](javascript:void(0))`, `<a href="#">x</a>` or `<a>x</a>`;
* ``embed`` (BLP003): tweet signatures, pic.twitter.com links, Instagram
  embed labels;
* ``aggregator`` (BLP004): syndication and republication notices;
* ``break`` (STR001): a paragraph split mid-sentence before a lowercase word;
* ``truncate`` (STR002): the article cut off mid-sentence;
* ``mojibake`` (STR003): a sentence with typographic characters round-tripped
  through UTF-8 bytes read as Windows-1252;
* ``control`` (STR004): C0/C1 control characters, U+FFFD, zero-width spaces;
* ``repeat`` (STR005): the headline repeated as the next paragraph, as the
  lede's first sentence, or doubled on its line.

An injection is *found* when a finding of its rule overlaps the injected
span. A rule's *precision* is the share of its findings on corrupted copies
that overlap an injection of its kind. False positives are warning/error
findings of the two families on the untouched originals, per 1,000 words.

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
    "break": "STR001",
    "truncate": "STR002",
    "mojibake": "STR003",
    "control": "STR004",
    "repeat": "STR005",
}
KINDS = tuple(KIND_CODE)


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


def residue_rules() -> list[Rule]:
    """Instances of every boilerplate and structure rule."""
    return [cls() for cls in load_rules().values() if cls.family in FAMILIES]


def load_native(path: Path | None = None) -> list[dict]:
    """Records (``id``, ``text``) of the native English corpus."""
    path = path or CORPUS / "native-en.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


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
                code = KIND_CODE[kind]
                hit = False
                for rule in rules:
                    for f in rule.check(doc):
                        res.rule_findings[f.code] = res.rule_findings.get(f.code, 0) + 1
                        overlaps = f.start < inj.end and inj.start < f.end or (f.start == f.end == inj.start)
                        if f.code == code and overlaps:
                            res.rule_true[f.code] = res.rule_true.get(f.code, 0) + 1
                            hit = True
                        else:
                            res.stray.append((f.code, kind, doc.text[f.start : f.end][:80]))
                res.injected[kind] = res.injected.get(kind, 0) + 1
                res.found[kind] = res.found.get(kind, 0) + hit
                cell = res.by_form.setdefault((kind, inj.form), [0, 0])
                cell[0] += hit
                cell[1] += 1
                if not hit:
                    res.missed.append((kind, inj.form, inj.text[inj.start : inj.end][:80]))
    res.seconds = time.perf_counter() - t0
    return res


def main(argv: Sequence[str] | None = None) -> int:
    """Print per-rule recall and precision, per-form recall and clean false positives."""
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
    print(f"{'kind':<12} {'rule':<7} {'injected':>8} {'recall':>7} {'precision':>9}")
    for kind in KINDS:
        code = KIND_CODE[kind]
        print(f"{kind:<12} {code:<7} {res.injected.get(kind, 0):>8} {res.recall(kind):>7.3f} {res.precision(code):>9.3f}")
    print("\nrecall by surface form:")
    for (kind, form), (hit, n) in sorted(res.by_form.items()):
        print(f"  {kind:<12} {form:<22} {hit:>4}/{n:<4} {hit / n:.2f}")
    print(f"\nuntouched articles: {len(res.clean_findings)} warning/error findings in {res.clean_words} words "
          f"= {res.fp_per_1000():.3f} per 1,000 words ({res.clean_info} info)")
    for doc_id, code, span in res.clean_findings:
        print(f"  FP {doc_id} {code} {span!r}")
    if args.show_missed:
        shown: dict[str, int] = {}
        print("\nmissed (sample):")
        for kind, form, span in res.missed:
            if shown.get(kind, 0) < args.show_missed:
                shown[kind] = shown.get(kind, 0) + 1
                print(f"  {kind:<12} {form:<20} {span!r}")
        shown = {}
        print("\nfindings that match no injection of their kind (sample):")
        for code, kind, span in res.stray:
            if shown.get(code, 0) < args.show_missed:
                shown[code] = shown.get(code, 0) + 1
                print(f"  {code} on a {kind:<12} copy: {span!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
