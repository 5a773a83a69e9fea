"""Recall of stray marks (MT002), spurious breaks (MT003) and broken
paragraphs (STR001) on damage generated from parts into real text.

Unlike ``inject_breaks.py`` (fixed forms in plain sentences), the damage
here is drawn from classes of marks and positions anywhere in the prose,
including paragraphs that already hold quotations, numbers and names:

* stray ``quote-*``: a quote mark of any style (straight, curly double or
  single, a doubled apostrophe) put before a word, after a word or after a
  sentence; ``unpaired-*``: one mark of a real quotation deleted, so its
  partner is left alone (the partner is the labelled span);
* stray ``doubled-*``: a mark the text already holds written twice;
* stray ``spaced-*``: a space put before a , ; : ? or ! the text holds;
* stray ``script-*``: a comma or full stop replaced by, or a mark put
  beside it, from another script (drawn from Unicode by category and
  block, not listed by hand), or a Spanish opening mark before an English
  sentence;
* break ``low`` / ``cap``: a full stop at a random word gap of any
  sentence, the next word left lowercase or capitalised;
* broken paragraph ``blank`` / ``line``: a paragraph cut at a random word
  gap (not after a sentence mark) by a blank line or a single line break.

A finding of the kind's rule that overlaps the labelled span recalls it
(``w/e``: warning/error only). The untouched texts give the clean rates:
findings of the three rules per 1,000 words, warning/error and info.

    python tests/eval/inject_marks.py [--kind native|human] [--copies N] [--seed N] [--show FORM]
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

from sourcelint import Config, Linter

from inject_breaks import CORPUS, load

Damage = Optional[tuple[str, int, int]]
CODES = {"stray": "MT002", "break": "MT003", "broken": "STR001"}
_GAP_RE = re.compile(r"(?<=[^\W_]) (?=[^\W\d_])")
_SENT_END_RE = re.compile(r"(?<=[a-z])[.!?](?= [A-Z])")


def _other_script_marks() -> str:
    """Punctuation of non-Latin scripts, from the Unicode database: every
    character of category P* in the blocks of Greek to Ethiopic, CJK
    punctuation and the full-width forms."""
    out = []
    for cp in list(range(0x0370, 0x1400)) + list(range(0x3000, 0x3040)) + list(range(0xFF01, 0xFF66)):
        ch = chr(cp)
        if unicodedata.category(ch).startswith("P") and unicodedata.category(ch) not in ("Pd", "Pc"):
            out.append(ch)
    return "".join(out)


OTHER_MARKS = _other_script_marks()
QUOTES = ['"', "“", "”", "‘", "’", "''", "„", "«", "»"]


def prose_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs of running prose: 15+ words, ending on a sentence mark."""
    out, pos = [], 0
    for block in text.split("\n\n"):
        s = pos
        pos += len(block) + 2
        b = block.strip()
        if "\n" in b or len(b.split()) < 15 or b[-1:] not in ".!?\"”’":
            continue
        s += block.index(b[:1])
        out.append((s, s + len(b)))
    return out


def _gap(text: str, rng: random.Random, span: tuple[int, int], margin: int = 2) -> int | None:
    gaps = [m.start() for m in _GAP_RE.finditer(text, *span)][margin:-margin or None]
    return rng.choice(gaps) if gaps else None


def quote_mark(text: str, rng: random.Random, span: tuple[int, int]) -> Damage:
    """A quote mark of a random style before a word, after a word or after a sentence."""
    q = rng.choice(QUOTES[:6])
    where = rng.choice(("before", "after", "stop"))
    if where == "stop":
        ends = [m.end() for m in _SENT_END_RE.finditer(text, *span)]
        if not ends:
            return None
        at = rng.choice(ends)
        return text[:at] + q + text[at:], at, at + len(q)
    g = _gap(text, rng, span)
    if g is None:
        return None
    if where == "before":
        return text[:g + 1] + q + text[g + 1:], g + 1, g + 1 + len(q)
    return text[:g] + q + text[g:], g, g + len(q)


_PAIR_RE = re.compile(r'(?<![\w"])"[^"\n]{3,300}?"(?!\w)|“[^“”\n]{3,300}?”|‘[^‘’\n]{3,200}?’(?![a-z])')


def unpaired(text: str, rng: random.Random, span: tuple[int, int]) -> Damage:
    """One mark of a real quotation deleted: its partner is left unpaired."""
    pairs = list(_PAIR_RE.finditer(text, *span))
    if not pairs:
        return None
    m = rng.choice(pairs)
    s, e = m.span()
    if rng.random() < 0.5:  # delete the opener: the closer is stray
        return text[:s] + text[s + 1:], e - 2, e - 1
    return text[:e - 1] + text[e:], s, s + 1


_DOUBLABLE = {",": r"(?<=[^\W_]),", ";": r"(?<=[^\W_]);", ":": r"(?<=[^\W_]):", ")": r"(?<=[^\W_])\)",
              "(": r"(?<= )\((?=\w)", "“": r"(?<= )“(?=\w)", "”": r"(?<=[^\W_][.,])”", '"': r'(?<=[.,])"(?= )',
              "’": r"(?<=[^\W_])’(?![^\W_])", "-": r"(?<=[^\W_])-(?=[^\W_])", ".": r"(?<=[a-z])\.(?= [A-Z])"}
_STOP_RE = re.compile(r"(?<=[a-z])\.(?= [A-Z]|$)")


def doubled(text: str, rng: random.Random, span: tuple[int, int]) -> Damage:
    """A mark of a random class written twice: one the paragraph holds, or
    a sentence's full stop written as a doubled ? or !."""
    present = {k: [m.start() for m in re.finditer(rx, text[span[0]:span[1]])] for k, rx in _DOUBLABLE.items()}
    mark = rng.choice(sorted(k for k, v in present.items() if v) + ["!", "?"])
    if mark in "!?":
        ends = [m.start() for m in _STOP_RE.finditer(text, *span)]
        if not ends:
            return None
        s = rng.choice(ends)
        return text[:s] + mark * 2 + text[s + 1:], s, s + 2
    s = span[0] + rng.choice(present[mark])
    return text[:s] + text[s] + text[s:], s, s + 2


def spaced(text: str, rng: random.Random, span: tuple[int, int]) -> Damage:
    """A space put before a comma, semicolon, colon, ? or ! after a word (put
    the mark there first when the paragraph has none: at a gap, or for a
    sentence's full stop)."""
    mark = rng.choice(",;:?!")
    marks = [m.start() for m in re.finditer(r"(?<=[^\W\d_])" + re.escape(mark) + "(?= )", text[span[0]:span[1]])]
    if marks:
        s = span[0] + rng.choice(marks)
        return text[:s] + " " + text[s:], s, s + 2
    if mark in "?!":
        ends = [m.start() for m in _STOP_RE.finditer(text, *span)]
        if not ends:
            return None
        s = rng.choice(ends)
        return text[:s] + " " + mark + text[s + 1:], s, s + 2
    g = _gap(text, rng, span)
    if g is None:
        return None
    return text[:g] + " " + mark + text[g:], g, g + 2


def script_mark(text: str, rng: random.Random, span: tuple[int, int]) -> Damage:
    """Another script's mark for a comma or full stop, beside one, or a Spanish opener."""
    how = rng.choice(("for", "beside", "spaced", "inverted"))
    if how == "inverted":
        starts = [m.end() + 1 for m in _SENT_END_RE.finditer(text, *span)] + [span[0]]
        at = rng.choice(starts)
        mark = rng.choice("¿¡")
        return text[:at] + mark + text[at:], at, at + 1
    mark = rng.choice(OTHER_MARKS)
    marks = [m.start() for m in re.finditer(r"(?<=[a-z])[.,](?= )", text[span[0]:span[1]])]
    if not marks:
        return None
    s = span[0] + rng.choice(marks)
    if how == "for":
        return text[:s] + mark + text[s + 1:], s, s + 1
    if how == "beside":
        return text[:s + 1] + mark + text[s + 1:], s + 1, s + 2
    return text[:s] + " " + mark + text[s:], s, s + 2


def full_stop(text: str, rng: random.Random, span: tuple[int, int], cap: bool) -> Damage:
    """A full stop at a word gap inside a sentence, three or more words from its ends."""
    gaps = [m.start() for m in _GAP_RE.finditer(text, *span)]
    ok = [g for g in gaps if text[g - 1].isalpha() and re.search(r"[.!?;:]", text[g - 30:g]) is None
          and re.search(r"[.!?]", text[g + 1:g + 25]) is None and text[g + 1].islower()]
    if not ok:
        return None
    g = rng.choice(ok)
    nxt = text[g + 1].upper() if cap else text[g + 1]
    w = text.rfind(" ", 0, g) + 1
    e = text.find(" ", g + 1)
    return text[:g] + ". " + nxt + text[g + 2:], w, e + 1


def cut_paragraph(text: str, rng: random.Random, span: tuple[int, int], sep: str) -> Damage:
    """The paragraph cut at a word gap after a word (not a sentence mark)."""
    s, e = span
    gaps = [m.start() for m in _GAP_RE.finditer(text, s, e)]
    gaps = [g for g in gaps if text[g - 1].isalnum() or text[g - 1] == ","]
    gaps = gaps[3:-3]
    if not gaps:
        return None
    g = rng.choice(gaps)
    w = text.rfind(" ", 0, g) + 1
    nxt = text.find(" ", g + 1)
    return text[:g] + sep + text[g + 1:], w, nxt + len(sep) - 1


FORMS: dict[str, tuple[str, Callable[..., Damage]]] = {
    "quote-mark": ("stray", quote_mark),
    "unpaired-quote": ("stray", unpaired),
    "doubled-mark": ("stray", doubled),
    "spaced-mark": ("stray", spaced),
    "script-mark": ("stray", script_mark),
    "stop-low": ("break", lambda t, r, s: full_stop(t, r, s, False)),
    "stop-cap": ("break", lambda t, r, s: full_stop(t, r, s, True)),
    "cut-blank": ("broken", lambda t, r, s: cut_paragraph(t, r, s, "\n\n")),
    "cut-line": ("broken", lambda t, r, s: cut_paragraph(t, r, s, "\n")),
}


def _sub_form(form: str, text: str, a: int, b: int) -> str:
    """A finer label of one injection, for the table: the mark or the next word's shape."""
    if form in ("quote-mark", "unpaired-quote", "doubled-mark", "spaced-mark"):
        mark = text[a:b].strip()
        return f"{form}:{mark}"
    if form == "script-mark":
        mark = text[a:b].strip()
        return f"{form}:{'inverted' if mark in '¿¡' else unicodedata.name(mark[:1], '?').split()[0]}"
    if form.startswith("cut"):
        nxt = text[b - 1:b + 1].strip()[:1]
        prev = text[a:b].split()[0][-1:]
        return f"{form}:{'comma' if prev == ',' else 'low' if nxt.islower() else 'cap'}"
    return form


def evaluate(recs: list[dict], copies: int = 3, seed: int = 0, show: str = "") -> dict:
    """Inject, lint and count: per kind and finer form, how many were
    injected, found, found at warning/error; and the clean rates per code
    (warning/error, info per 1,000 words of the untouched texts)."""
    rng = random.Random(seed)
    linter = Linter(Config(select=tuple(CODES.values())))
    per, hit, strong = Counter(), Counter(), Counter()
    for rec in recs:
        spans = prose_paragraphs(rec["text"])
        if not spans:
            continue
        for form, (kind, make) in FORMS.items():
            for _ in range(copies):
                got = make(rec["text"], rng, rng.choice(spans))
                if got is None:
                    continue
                text, a, b = got
                fs = [f for f in linter.lint_text(text, id=rec["id"]).findings if f.code == CODES[kind]]
                near = [f for f in fs if f.start < max(b, a + 1) and a < max(f.end, f.start + 1)]
                key = (kind, _sub_form(form, text, a, b))
                per[key] += 1
                hit[key] += bool(near)
                strong[key] += any(f.severity != "info" for f in near)
                if show and show in key[1] and not near:
                    print("MISS", key[1], repr(text[max(0, a - 70):b + 50]))
    out: dict = {"injected": {}, "recall": {}, "strong_recall": {}, "by_form": {}}
    for kind in CODES:
        keys = sorted(k for k in per if k[0] == kind)
        n = sum(per[k] for k in keys)
        out["injected"][kind] = n
        out["recall"][kind] = sum(hit[k] for k in keys) / max(n, 1)
        out["strong_recall"][kind] = sum(strong[k] for k in keys) / max(n, 1)
        out["by_form"][kind] = {k[1]: (per[k], hit[k] / per[k], strong[k] / per[k]) for k in keys}
    out["clean"], out["words"] = _clean(linter, recs, show == "clean")
    return out


def report(res: dict) -> None:
    """Print what ``evaluate`` measured."""
    for kind in CODES:
        print(f"{kind}: recall {res['recall'][kind]:.2f} (w/e {res['strong_recall'][kind]:.2f}) "
              f"of {res['injected'][kind]}")
        for form, (n, rec, strong) in res["by_form"][kind].items():
            if n >= 3:
                print(f"  {form:34s} {n:5d}  {rec:.2f}  (w/e {strong:.2f})")
    for code, (strong, info) in res["clean"].items():
        print(f"clean {code}: {strong:.3f} warning/error, {info:.3f} info per 1,000 words ({res['words']} words)")


def _clean(linter: Linter, recs: list[dict], show: bool) -> tuple[dict, int]:
    words, count = 0, Counter()
    for rec in recs:
        rep = linter.lint_text(rec["text"], id=rec["id"])
        words += rep.words
        for f in rep.findings:
            count[(f.code, f.severity == "info")] += 1
            if show:
                print("CLEAN", f.code, f.severity, repr(rep.document.text[max(0, f.start - 50):f.end + 30]))
    per = 1000 / max(words, 1)
    return {code: (count[(code, False)] * per, count[(code, True)] * per) for code in CODES.values()}, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kind", choices=("native", "human"), default="native")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--copies", type=int, default=3, help="damaged copies per article and form")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    ap.add_argument("--show", default="", help="print misses of forms containing this ('clean': clean findings)")
    args = ap.parse_args(argv)
    if not (args.corpus / "native-en.jsonl").is_file():
        print(f"corpus not found: {args.corpus}")
        return 2
    recs = load(args.kind, args.corpus)
    report(evaluate(recs[: args.limit] if args.limit else recs, args.copies, args.seed, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
