"""Seeded corruption generator and evaluation for the translation family.

Injects labelled machine-translation artefacts into clean native English
articles (../shared/corpus/native-en.jsonl), one kind per corrupted copy and
several surface forms per kind, then runs MT001-MT007 and reports per-rule
precision and recall (a finding counts when its span overlaps an injected
span of its kind) and the warning/error findings per 1,000 words that the
translation rules (MT001-MT008) raise on the untouched articles.

The artefacts are generated from templates, word banks and the article's own
sentences; none is copied from samples/.

Run: python tests/eval/inject_mt.py [--seed N] [--per-kind K] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.translation import RULES as MT_RULES, artefacts

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "native-en.jsonl"

KIND_CODE = {
    "glued": "MT001",
    "stray": "MT002",
    "break": "MT003",
    "fragment": "MT004",
    "attribution": "MT005",
    "disclaimer": "MT006",
    "foreign": "MT007",
}


@dataclass
class Corrupted:
    """A corrupted article and the spans (start, end, kind, form) injected into it."""

    text: str
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)

    def replace(self, start: int, end: int, new: str, label: tuple[int, int] | None, kind: str, form: str) -> None:
        """Replace text[start:end] by ``new``; ``label`` is the injected span relative to ``start``."""
        delta = len(new) - (end - start)
        self.text = self.text[:start] + new + self.text[end:]
        shifted = []
        for s, e, k, f in self.spans:
            if s >= end:
                s, e = s + delta, e + delta
            elif e > start:
                e = max(e + delta, s)
            shifted.append((s, e, k, f))
        self.spans = shifted
        if label is not None:
            self.spans.append((start + label[0], start + label[1], kind, form))

    def free(self, start: int, end: int, margin: int = 3) -> bool:
        """True if [start, end) keeps clear of every injected span."""
        return all(e + margin <= start or end + margin <= s for s, e, _, _ in self.spans)


# --------------------------------------------------------------------------
# Word banks (for generated text)
# --------------------------------------------------------------------------

ING = ["Denying", "Adding", "Noting", "Stressing", "Insisting", "Recalling", "Explaining", "Refusing"]
SPEECH = ["said", "added", "declared", "stated", "noted", "stressed", "explained", "insisted"]
IMPERATIVE = ["Recognize", "Ensure", "Protect", "Support", "Increase", "Reduce", "Strengthen", "Promote",
              "Implement", "Address", "Improve", "Develop", "Confirm", "Review", "Accept", "Maintain"]
AUX_PART = [("Have", "visited"), ("Has", "expressed"), ("Was", "reported"), ("Were", "destroyed"),
            ("Had", "confirmed"), ("Will", "be"), ("Has", "been"), ("Have", "raised"), ("Was", "held")]
SUBORD = ["Given that", "Although", "Because of which", "Even though", "Whereas", "Through which", "Because"]
PRONOUNS = ["he", "she", "they"]
DISCLAIMERS = [
    "This article was machine translated from the original {lang}.",
    "The article has been automatically translated and may contain errors.",
    "This story was automatically translated by software.",
    "This content is machine-translated.",
    "NOTE: THE NEWS WAS AUTOMATICALLY TRANSLATED.",
    "Not all news on the site expresses the point of view of the site, but we transmit this news automatically.",
    "We translate this news through programmatic technology and not from a human editor.",
    "This text was translated using machine translation; the translation may not be accurate.",
]
LANGS = ["Spanish", "French", "Arabic", "Turkish", "Chinese"]
OUTLETS = ["Daily Wire", "Metro Times", "Global Desk", "News24x7", "City Herald"]
# Short generic news sentences written for this generator (not quotations).
FOREIGN = [
    "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les familles touchées par la crise.",
    "El presidente dijo que las negociaciones continuarán durante las próximas semanas en la capital.",
    "Die Regierung will die Steuern im nächsten Jahr senken, sagte der Minister am Montag in Berlin.",
    "Il sindaco ha detto che i lavori sulla strada principale finiranno entro la fine del mese.",
    "O ministro afirmou que o governo vai apresentar um novo plano para a economia na próxima semana.",
    "Правительство объявило о новых мерах поддержки для семей, пострадавших от наводнения.",
    "政府周二宣布了一系列新的经济刺激措施，以支持受疫情影响的家庭和企业。",
    "政府は火曜日、新型コロナウイルスの影響を受けた家庭を支援する新たな対策を発表した。",
    "قالت الحكومة إنها ستعلن عن إجراءات جديدة لدعم الأسر المتضررة من الأزمة الاقتصادية.",
    "De regering maakte dinsdag nieuwe maatregelen bekend om de getroffen gezinnen te steunen.",
]

_SENT_END_RE = re.compile(r"(?<=[a-z])\.(?= [A-Z][a-z])")
_INNER_GAP_RE = re.compile(r"(?<=[a-z]{2}) (?=[a-z]{2,}\b)")


def _sentences(text: str) -> list[tuple[int, int, str]]:
    doc = Document(text)
    return [(s.start, s.end, s.text) for s in doc.sentences]


def _plain_sentences(c: Corrupted) -> list[tuple[int, int, str]]:
    """Sentences without quotes that end in a full stop, away from injections."""
    out = []
    for s, e, t in _sentences(c.text):
        if t.endswith(".") and not any(q in t for q in "\"“”") and len(t.split()) >= 6 and c.free(s, e):
            out.append((s, e, t))
    return out


# --------------------------------------------------------------------------
# Injectors: each returns True if it injected one artefact
# --------------------------------------------------------------------------


def inj_glued(c: Corrupted, rng: random.Random) -> bool:
    cands = [m.start() for m in _SENT_END_RE.finditer(c.text) if c.free(m.start() - 5, m.end() + 5)]
    if not cands:
        return False
    dot = rng.choice(cands)
    form = rng.choice(["drop-stop-and-space", "drop-space", "drop-space"])
    ws = c.text.rfind(" ", 0, dot) + 1
    nxt = re.match(r" ([A-Z][a-z]+)", c.text[dot + 1 :])
    assert nxt
    end = dot + 1 + nxt.end()
    if form == "drop-stop-and-space":
        new = c.text[ws:dot] + nxt.group(1)
    else:
        new = c.text[ws : dot + 1] + nxt.group(1)
    c.replace(ws, end, new, (0, len(new)), "glued", form)
    return True


def inj_stray(c: Corrupted, rng: random.Random) -> bool:
    form = rng.choice(["double-stop", "space-before-stop", "comma-stop", "double-comma", "punct-paragraph"])
    text = c.text
    if form in ("double-stop", "space-before-stop", "comma-stop"):
        cands = [m.start() for m in re.finditer(r"(?<=[a-z])\.(?=\n|$| [A-Z])", text) if c.free(m.start() - 3, m.end() + 3)]
        if not cands:
            return False
        dot = rng.choice(cands)
        if form == "double-stop":
            c.replace(dot, dot + 1, ". .", (1, 3), "stray", form)
        elif form == "space-before-stop":
            c.replace(dot, dot + 1, " .", (0, 2), "stray", form)
        else:
            c.replace(dot, dot + 1, ", .", (0, 3), "stray", form)
        return True
    if form == "double-comma":
        cands = [m.start() for m in re.finditer(r"(?<=[a-z]),(?= [a-z])", text) if c.free(m.start() - 3, m.end() + 3)]
        if not cands:
            return False
        pos = rng.choice(cands)
        c.replace(pos, pos + 1, ",,", (0, 2), "stray", form)
        return True
    cands = [m.start() for m in re.finditer(r"\n\n", text) if c.free(m.start() - 3, m.end() + 3)]
    if not cands:
        return False
    pos = rng.choice(cands)
    mark = rng.choice([".", ". .", ",", ". ,"])
    c.replace(pos, pos + 2, "\n\n" + mark + "\n\n", (2, 2 + len(mark)), "stray", form)
    return True


def inj_break(c: Corrupted, rng: random.Random) -> bool:
    sents = _plain_sentences(c)
    rng.shuffle(sents)
    for s, e, t in sents:
        gaps = [m.start() for m in _INNER_GAP_RE.finditer(t) if 8 < m.start() < len(t) - 8]
        if not gaps:
            continue
        g = s + rng.choice(gaps)
        ws = c.text.rfind(" ", s, g) + 1
        if ws <= s:
            ws = s
        m = re.match(r" [a-z][\w’'-]*", c.text[g:])
        if not m or not c.text[ws:g].isalpha():
            continue
        end = g + m.end()
        new = c.text[ws:g] + "." + c.text[g:end]
        form = "before-conjunction" if m.group().strip() in ("and", "or", "but", "which", "who") else "mid-phrase"
        c.replace(ws, end, new, (0, len(new)), "break", form)
        return True
    return False


def _noun(text: str, rng: random.Random) -> str:
    words = [w for w in re.findall(r"\b[a-z]{5,}\b", text) if not w.endswith(("ly", "ed", "ing"))]
    return rng.choice(words) if words else "situation"


def _clause(c: Corrupted, rng: random.Random) -> str | None:
    """A comma-free clause from the article ('the council approved the plan')."""
    for s, e, t in rng.sample(_plain_sentences(c), k=min(8, len(_plain_sentences(c)))):
        if "," not in t and t.split()[0] in ("The", "He", "She", "It", "They", "A", "This") and len(t.split()) <= 25:
            return t[0].lower() + t[1:-1]
    return None


def inj_fragment(c: Corrupted, rng: random.Random) -> bool:
    sents = [x for x in _plain_sentences(c)]
    if not sents:
        return False
    s, e, t = rng.choice(sents)
    form = rng.choice(["subordinate", "speech-tag", "imperative", "aux-no-subject"])
    if form == "subordinate":
        clause = _clause(c, rng)
        if clause is None:
            clause = f"it supports the {_noun(c.text, rng)}"
        frag = f"{rng.choice(SUBORD)} {clause}."
    elif form == "speech-tag":
        frag = f"{rng.choice(ING)} {rng.choice(SPEECH)}."
    elif form == "imperative":
        frag = f"{rng.choice(IMPERATIVE)} the {_noun(c.text, rng)}."
    else:
        aux, part = rng.choice(AUX_PART)
        frag = f"{aux} {part} the {_noun(c.text, rng)}."
    c.replace(e, e, " " + frag, (1, 1 + len(frag)), "fragment", form)
    return True


def inj_attribution(c: Corrupted, rng: random.Random) -> bool:
    sents = _plain_sentences(c)
    if not sents:
        return False
    s, e, t = rng.choice(sents)
    names = [m.group() for m in re.finditer(r"(?<=[a-z] )[A-Z][a-z]{3,}\b", c.text)]
    subj1 = rng.choice(PRONOUNS + (names[:3] if names else []) + ["the spokesman"])
    subj2 = rng.choice(PRONOUNS)
    form = rng.choice(["stop-lowercase", "comma", "stop-capital"])
    v1, v2 = rng.choice(SPEECH), rng.choice(SPEECH)
    if form == "stop-lowercase":
        tags = f"{subj1} {v1}. {subj2} {v2}"
    elif form == "comma":
        tags = f"{subj1} {v1}, {subj2} {v2}"
    else:
        tags = f"{subj1} {v1}. {subj2.capitalize()} {v2}"
    quote_open, quote_close = rng.choice([("“", ",”"), ('"', ',"')])
    new = f"{quote_open}{t[:-1]}{quote_close} {tags}."
    off = len(new) - len(tags) - 1
    c.replace(s, e, new, (off, off + len(tags)), "attribution", form)
    return True


def inj_disclaimer(c: Corrupted, rng: random.Random) -> bool:
    tpl = rng.choice(DISCLAIMERS)
    d = tpl.format(lang=rng.choice(LANGS), outlet=rng.choice(OUTLETS))
    form = rng.choice(["final-paragraph", "first-paragraph", "paragraph-end"])
    if any(k == "disclaimer" for _, _, k, _ in c.spans):
        form = "paragraph-end"
    if form == "final-paragraph":
        pos = len(c.text.rstrip())
        c.replace(pos, len(c.text), "\n\n" + d + "\n", (2, 2 + len(d)), "disclaimer", form)
    elif form == "first-paragraph":
        c.replace(0, 0, d + "\n\n", (0, len(d)), "disclaimer", form)
    else:
        sents = _plain_sentences(c)
        if not sents:
            return False
        s, e, t = rng.choice(sents)
        c.replace(e, e, " " + d, (1, 1 + len(d)), "disclaimer", form)
    return True


def inj_foreign(c: Corrupted, rng: random.Random) -> bool:
    f = rng.choice(FOREIGN)
    form = rng.choice(["paragraph", "sentence"])
    if form == "paragraph":
        cands = [m.start() for m in re.finditer(r"\n\n", c.text) if c.free(m.start() - 3, m.end() + 3)]
        if not cands:
            return False
        pos = rng.choice(cands)
        c.replace(pos, pos + 2, "\n\n" + f + "\n\n", (2, 2 + len(f)), "foreign", form)
    else:
        sents = _plain_sentences(c)
        if not sents:
            return False
        s, e, t = rng.choice(sents)
        c.replace(e, e, " " + f, (1, 1 + len(f)), "foreign", form)
    return True


INJECTORS: dict[str, Callable[[Corrupted, random.Random], bool]] = {
    "glued": inj_glued,
    "stray": inj_stray,
    "break": inj_break,
    "fragment": inj_fragment,
    "attribution": inj_attribution,
    "disclaimer": inj_disclaimer,
    "foreign": inj_foreign,
}


# --------------------------------------------------------------------------
# Held-out surface forms
# --------------------------------------------------------------------------
# Written from descriptions of machine-translation damage, before the rules
# were tuned against them and independently of the detectors' word lists:
# recall on these is the honest measure of how far the rules generalise.
# The rules' own documented forms above are the "trained" set.

HELD_FRAGMENTS = [
    "Of great importance for the {noun}.",
    "Such as the {noun} of the {noun2}.",
    "As well as the rights of the {noun}.",
    "In order to promote the {noun} of the region.",
    "To protect the interests of the {noun}.",
    "Expressed his support for the {noun}.",
    "Further said.",
    "While {clause}.",
    "If {clause}.",
    "Especially in the field of {noun}.",
    "Mainly due to the {noun}.",
    "According to the {noun} of the {noun2}.",
]
HELD_DISCLAIMERS = [
    "Not every piece of news published here reflects the site's point of view.",
    "The news published on this site does not necessarily express the views of the site.",
    "Note: This content was translated by an AI tool and has not been reviewed by a human editor.",
    "Translated by DeepL.",
    "Machine translation: this article was produced with Google Translate.",
    "The translation was provided by an automated service.",
    "This report has been translated with the help of artificial intelligence.",
    "Automatic translation from {lang}; errors are possible.",
    "Translation generated automatically. The original article is in {lang}.",
]
HELD_FOREIGN = [
    "Rząd ogłosił we wtorek nowe środki wsparcia dla rodzin dotkniętych kryzysem.",
    "Hükümet salı günü kriz nedeniyle zor durumdaki aileler için yeni destek önlemleri açıkladı.",
    "Regeringen presenterade på tisdagen nya stödåtgärder för familjer som drabbats av krisen.",
    "Pemerintah mengumumkan langkah-langkah baru untuk membantu keluarga yang terkena dampak krisis.",
    "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα στήριξης για τις οικογένειες που επλήγησαν.",
    "정부는 화요일 위기로 피해를 입은 가족을 위한 새로운 지원책을 발표했다.",
    "Vláda v úterý oznámila nová opatření na podporu rodin zasažených krizí.",
    "Hallitus ilmoitti tiistaina uusista tukitoimista kriisistä kärsiville perheille.",
]
ABBREV_ENDS = ["the U.S.", "at 3 p.m.", "Apple Inc.", "in Washington D.C.", "the U.K."]
OBJ_TAGS = ["told reporters", "told the BBC", "told a news conference", "said on Monday"]


def held_glued(c: Corrupted, rng: random.Random) -> bool:
    form = rng.choice(["quote-before-stop", "abbreviation", "semicolon"])
    sents = _plain_sentences(c)
    for s, e, t in rng.sample(sents, k=len(sents)):
        nxt = re.match(r" ([A-Z][a-z]+)", c.text[e : e + 30])
        if nxt is None or not c.free(s, e + nxt.end()):
            continue
        words = t[:-1].split()
        if form == "quote-before-stop":
            q_open, q_close = rng.choice([("“", "”"), ('"', '"'), ("(", ")")])
            lead = " ".join(words[:-2])
            new_sent = f"{lead} {q_open}{' '.join(words[-2:])}{q_close}."
            glued = f"{q_open}{' '.join(words[-2:])}{q_close}.{nxt.group(1)}"
        elif form == "abbreviation":
            ending = rng.choice(ABBREV_ENDS)
            new_sent = f"{' '.join(words)}, {ending}"
            glued = ending.split()[-1] + nxt.group(1)
        else:
            new_sent = f"{' '.join(words)};"
            glued = words[-1] + ";" + nxt.group(1)
        new = new_sent + nxt.group(1)
        off = len(new) - len(glued)
        c.replace(s, e + nxt.end(), new, (off, len(new)), "glued", "held-out:" + form)
        return True
    return False


def held_stray(c: Corrupted, rng: random.Random) -> bool:
    form = rng.choice(["space-before-comma", "semicolon-stop", "stop-space-comma"])
    text = c.text
    if form == "space-before-comma":
        cands = [m.start() for m in re.finditer(r"(?<=[a-z]),(?= [a-z])", text) if c.free(m.start() - 3, m.end() + 3)]
        if not cands:
            return False
        pos = rng.choice(cands)
        c.replace(pos, pos + 1, " ,", (0, 2), "stray", "held-out:" + form)
        return True
    cands = [m.start() for m in re.finditer(r"(?<=[a-z])\.(?= [A-Z])", text) if c.free(m.start() - 3, m.end() + 3)]
    if not cands:
        return False
    dot = rng.choice(cands)
    new = ";." if form == "semicolon-stop" else ". ,"
    c.replace(dot, dot + 1, new, (0, len(new)), "stray", "held-out:" + form)
    return True


def held_break(c: Corrupted, rng: random.Random) -> bool:
    sents = _plain_sentences(c)
    rng.shuffle(sents)
    for s, e, t in sents:
        m = re.search(r"(?<=[a-z]{3}) (?=(?:who|which|that|where|when|because|after|before|in|on|with|for) )", t)
        if m is None or m.start() < 10:
            continue
        g = s + m.start()
        ws = c.text.rfind(" ", s, g) + 1
        nxt = re.match(r" [a-z]+", c.text[g:])
        new = c.text[ws:g] + "." + nxt.group()
        c.replace(ws, g + nxt.end(), new, (0, len(new)), "break", "held-out:before-" + nxt.group().strip())
        return True
    return False


def held_fragment(c: Corrupted, rng: random.Random) -> bool:
    sents = _plain_sentences(c)
    if not sents:
        return False
    s, e, t = rng.choice(sents)
    tpl = rng.choice(HELD_FRAGMENTS)
    clause = _clause(c, rng) or f"the {_noun(c.text, rng)} continues to grow"
    frag = tpl.format(noun=_noun(c.text, rng), noun2=_noun(c.text, rng), clause=clause)
    c.replace(e, e, " " + frag, (1, 1 + len(frag)), "fragment", "held-out:" + tpl.split()[0].lower())
    return True


def held_attribution(c: Corrupted, rng: random.Random) -> bool:
    sents = _plain_sentences(c)
    names = [m.group() for m in re.finditer(r"(?<=[a-z] )[A-Z][a-z]{3,} [A-Z][a-z]{3,}\b", c.text)]
    if not sents:
        return False
    s, e, t = rng.choice(sents)
    form = rng.choice(["inverted-then-pronoun", "tag-with-object", "semicolon"])
    if form == "inverted-then-pronoun":
        tags = f"said {rng.choice(names) if names else 'the minister'}. {rng.choice(PRONOUNS)} {rng.choice(SPEECH)}"
    elif form == "tag-with-object":
        tags = f"{rng.choice(PRONOUNS)} {rng.choice(OBJ_TAGS)}. {rng.choice(PRONOUNS)} {rng.choice(SPEECH)}"
    else:
        tags = f"{rng.choice(PRONOUNS)} {rng.choice(SPEECH)}; {rng.choice(PRONOUNS)} {rng.choice(SPEECH)}"
    new = f"“{t[:-1]},” {tags}."
    off = len(new) - len(tags) - 1
    c.replace(s, e, new, (off, off + len(tags)), "attribution", "held-out:" + form)
    return True


def held_disclaimer(c: Corrupted, rng: random.Random) -> bool:
    d = rng.choice(HELD_DISCLAIMERS).format(lang=rng.choice(LANGS))
    pos = len(c.text.rstrip())
    c.replace(pos, len(c.text), "\n\n" + d + "\n", (2, 2 + len(d)), "disclaimer", "held-out:final-paragraph")
    return True


def held_foreign(c: Corrupted, rng: random.Random) -> bool:
    f = rng.choice(HELD_FOREIGN)
    sents = _plain_sentences(c)
    if not sents:
        return False
    s, e, t = rng.choice(sents)
    c.replace(e, e, " " + f, (1, 1 + len(f)), "foreign", "held-out:sentence")
    return True


HELD_OUT: dict[str, Callable[[Corrupted, random.Random], bool]] = {
    "glued": held_glued,
    "stray": held_stray,
    "break": held_break,
    "fragment": held_fragment,
    "attribution": held_attribution,
    "disclaimer": held_disclaimer,
    "foreign": held_foreign,
}


Injectors = dict[str, Callable[[Corrupted, random.Random], bool]]


def corrupt(text: str, kind: str, rng: random.Random, n: int = 2, held_out: bool = False,
            table: Injectors | None = None) -> Corrupted:
    """A copy of ``text`` with up to ``n`` artefacts of ``kind`` injected
    (from the held-out forms when ``held_out``, from ``table`` when given)."""
    c = Corrupted(text)
    for _ in range(n):
        (table or (HELD_OUT if held_out else INJECTORS))[kind](c, rng)
    return c


def load_articles(path: Path = CORPUS, limit: int | None = None) -> list[dict]:
    """Records of the native corpus (``id``, ``text``)."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return recs[:limit] if limit else recs


def evaluate(articles: list[dict], seed: int = 0, per_kind: int = 2, held_out: bool = False,
             table: Injectors | None = None) -> dict:
    """Per-code precision/recall on corrupted copies (of the kinds ``table``
    injects, if given), and clean FP and info findings per 1,000 words."""
    rng = random.Random(seed)
    tp = {code: 0 for code in KIND_CODE.values()}   # findings overlapping an injection of their kind
    found = {code: 0 for code in KIND_CODE.values()}  # all findings of the code on corrupted copies
    injected = {code: 0 for code in KIND_CODE.values()}
    recalled = {code: 0 for code in KIND_CODE.values()}
    by_form: dict[tuple[str, str], list[int]] = {}
    for rec in articles:
        for kind, code in KIND_CODE.items():
            if table is not None and kind not in table:
                continue
            c = corrupt(rec["text"], kind, rng, per_kind, held_out, table)
            doc = Document(c.text, id=f"{rec['id']}:{kind}")
            hits = artefacts(doc)
            for hcode, lst in hits.items():
                for h in lst:
                    found[hcode] += 1
                    if any(k in _ANSWERS[hcode_kind(hcode)] and h.start < e and s < h.end for s, e, k, _ in c.spans):
                        tp[hcode] += 1
            for s, e, k, form in c.spans:
                kc = KIND_CODE[k]
                injected[kc] += 1
                ok = any(h.start < e and s < h.end for h in hits[kc])
                recalled[kc] += ok
                by_form.setdefault((kc, form), [0, 0])
                by_form[(kc, form)][0] += ok
                by_form[(kc, form)][1] += 1
    # Clean articles: every warning/error finding of MT001-MT008 is a false positive.
    linter = Linter(rules=MT_RULES)
    fp = 0
    info = 0
    words = 0
    fp_items = []
    for rec in articles:
        rep = linter.lint_text(rec["text"], id=rec["id"])
        words += rep.words
        for f in rep.findings:
            info += f.severity == "info"
            if f.severity in ("warning", "error"):
                fp += 1
                fp_items.append((rec["id"], f.code, rep.document.text[f.start : f.end][:60]))
    return {
        "precision": {c: (tp[c] / found[c] if found[c] else float("nan")) for c in tp},
        "recall": {c: (recalled[c] / injected[c] if injected[c] else float("nan")) for c in tp},
        "injected": injected,
        "found": found,
        "by_form": {f"{k[0]}:{k[1]}": v[0] / v[1] for k, v in sorted(by_form.items())},
        "clean_fp": fp,
        "clean_words": words,
        "clean_fp_per_1000": 1000.0 * fp / max(words, 1),
        "clean_fp_items": fp_items,
        "clean_info_per_1000": 1000.0 * info / max(words, 1),
    }


# The injected kinds a rule's finding is right about: a full stop before a
# torn-off phrase is a spurious break and the phrase a fragment, so MT003
# and MT004 are both right there (as in article_eval.py, where a finding
# counts when it meets a labelled span of any kind).
_ANSWERS = {kind: {kind} for kind in KIND_CODE}
_ANSWERS["break"] = _ANSWERS["fragment"] = {"break", "fragment"}


def hcode_kind(code: str) -> str:
    """The injected kind a rule code answers to."""
    for k, c in KIND_CODE.items():
        if c == code:
            return k
    return ""


def main(argv: list[str] | None = None) -> int:
    """Print per-rule precision and recall and the clean false-positive rate."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-kind", type=int, default=2, help="artefacts injected per corrupted copy")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    args = ap.parse_args(argv)
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}")
        return 2
    articles = load_articles(limit=args.limit)
    res = evaluate(articles, seed=args.seed, per_kind=args.per_kind)
    held = evaluate(articles, seed=args.seed, per_kind=args.per_kind, held_out=True)
    print(f"{'':20} {'trained forms':^34} {'held-out forms':^34}")
    print(f"{'code':6} {'kind':12} " + f"{'injected':>8} {'found':>6} {'precision':>9} {'recall':>7}  " * 2)
    for kind, code in KIND_CODE.items():
        print(f"{code:6} {kind:12} " + "".join(
            f"{r['injected'][code]:8d} {r['found'][code]:6d} {r['precision'][code]:9.3f} {r['recall'][code]:7.3f}  "
            for r in (res, held)))
    print("\nrecall by surface form:")
    for k, v in {**res["by_form"], **held["by_form"]}.items():
        print(f"  {k:40} {v:.3f}")
    print(f"\nclean native articles: {res['clean_fp']} warning/error findings in {res['clean_words']} words "
          f"= {res['clean_fp_per_1000']:.3f} per 1,000 words")
    for item in res["clean_fp_items"]:
        print("  ", *item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
