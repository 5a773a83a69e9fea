"""Recall of MT003 (spurious breaks) and MT002 (stray marks) on damage
injected into real text, by position and by form.

Each damaged copy of an article gets one artefact in one sentence of
running prose (no quote marks in it, ten words or more, ending in a full
stop), so the sentences are real and the rules never saw them:

* break: a ". " inside the sentence at a random word gap with at least
  three words on each side, the next word capitalised (``cap``) or left
  lowercase (``low``). The gap is labelled by the word after it (a
  preposition, a coordinator, a subordinator, a finite verb, a participle,
  the object after a finite verb, an article or determiner) or ``other``,
  with the project's own verb lexicon deciding what is a finite verb.
* stray: one of many marks at a random gap or after the sentence's full
  stop (another script's full stop or comma, a stray ";" or ",", empty
  quotes, a space before ? or !, a lone "[" or quote mark, doubled marks).

A finding of the kind's rule that overlaps the injected span recalls it.
False alarms are counted on the untouched texts: MT002/MT003
warning/error and info findings per 1,000 words.

    python tests/eval/inject_breaks.py [--kind native|human] [--copies N] [--seed N] [--show FORM]

Texts: ../shared/corpus/native-en.jsonl (native news) and the human
references of ../shared/corpus/wmt21-*.jsonl (``--corpus`` names the folder).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from sourcelint import Config, Linter
from sourcelint.document import Document
from sourcelint.rules.translation.finite_verbs import _is_finite, participle
from sourcelint.rules.translation.verbless import words_of

# ../shared beside the checkout, or beside the folder of worktrees.
CORPUS = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / "corpus",
                           Path(__file__).resolve().parents[4] / "shared" / "corpus") if p.is_dir()),
              Path(__file__).resolve().parents[3] / "shared" / "corpus")

_PREPOSITIONS = frozenset("""of in on at for with from by to about into after before over under through during
    without within across against among between towards near since until despite amid along around""".split())
_COORDINATORS = frozenset("and or but nor".split())
_SUBORDINATORS = frozenset("because while when although though if unless whereas which who whom whose where "
                           "that as whether".split())
_DETERMINERS = frozenset("the a an this these those his her their its our my your some many several".split())
_WORD_GAP_RE = re.compile(r"(?<=[A-Za-z0-9%’'\)]) (?=[A-Za-z])")

STRAY_FORMS = {
    "cjk-stop-after-stop": lambda t: t + " 。",
    "cjk-stop-for-stop": lambda t: t[:-1] + "。",
    "cjk-stop-spaced": lambda t: t[:-1] + " 。",
    "cjk-comma-mid": None,
    "semicolon-after-stop": lambda t: t + " ;",
    "semicolon-spaced-mid": None,
    "comma-after-stop": lambda t: t + " ,",
    "empty-quotes-after-stop": lambda t: t + ' ""',
    "empty-quotes-mid": None,
    "space-before-question": lambda t: t[:-1] + " ?",
    "space-before-exclamation": lambda t: t[:-1] + " !",
    "question-after-stop": lambda t: t + " ?",
    "lone-bracket-mid": None,
    "lone-quote-after-stop": lambda t: t + ' "',
    "lone-quote-mid": None,
    "doubled-comma-mid": None,
    "stop-space-stop": lambda t: t + " .",
    "doubled-exclamation": lambda t: t[:-1] + "!!",
    # written after the class-recall round's MT002 changes, scored once, never tuned on
    "guillemet-mid": None,
    "angle-quote-mid": None,
    "low-quote-comma-mid": None,
    "square-close-mid": None,
    "fullwidth-comma-mid": None,
    "arabic-comma-mid": None,
    "orphan-closing-quote-mid": None,
    "doubled-question": lambda t: t[:-1] + "??",
}
# Marks put at a gap inside the sentence (before the space of the gap).
_MID_MARKS = {"cjk-comma-mid": " 、", "semicolon-spaced-mid": " ;", "empty-quotes-mid": ' ""',
              "lone-bracket-mid": " [", "lone-quote-mid": ' "', "doubled-comma-mid": ",,",
              "guillemet-mid": " «", "angle-quote-mid": " ›", "low-quote-comma-mid": "‚", "square-close-mid": "]",
              "fullwidth-comma-mid": "，", "arabic-comma-mid": "،", "orphan-closing-quote-mid": '",'}


def load(kind: str, corpus: Path) -> list[dict]:
    """The clean records of ``kind``: native news or human references."""
    files = [corpus / "native-en.jsonl"] if kind == "native" else sorted(corpus.glob("wmt21-*.jsonl"))
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if rec and (kind == "native" or rec.get("label") == "human"):
                out.append(rec)
    return out


def plain_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of prose sentences fit for damage: no quote marks, 10+ words, a final full stop."""
    doc = Document(text)
    out = []
    for s in doc.sentences:
        t = s.text.rstrip()
        if t.endswith(".") and not t.endswith("..") and not any(q in t for q in "\"“”«»'‘’[]") \
                and len(t.split()) >= 10 and t[:1].isupper() and "\n" not in t \
                and sum(w[:1].isupper() for w in t.split()) * 2 < len(t.split()):  # not a title
            out.append((s.start, s.start + len(t)))
    return out


def gap_position(words: list[str], i: int) -> str:
    """What kind of gap lies before word ``i`` of a sentence."""
    lw = [w.lower() for w in words]
    w, prev = lw[i], lw[i - 1]
    if w in _PREPOSITIONS:
        return "preposition"
    if w in _COORDINATORS:
        return "coordinator"
    if w in _SUBORDINATORS:
        return "subordinator"
    if _is_finite(lw, i, words):
        return "verb"
    if participle(w) or (w.endswith("ed") and len(w) > 4):
        return "participle"
    if _is_finite(lw, i - 1, words):
        return "object"
    if w in _DETERMINERS or prev in _DETERMINERS:
        return "determiner-noun" if prev in _DETERMINERS else "determiner"
    return "other"


def inject_break(text: str, rng: random.Random, cap: bool) -> tuple[str, int, int, str] | None:
    """``text`` with one spurious full stop, its span and the gap's position."""
    sents = plain_sentences(text)
    rng.shuffle(sents)
    for s, e in sents:
        gaps = [m.start() for m in _WORD_GAP_RE.finditer(text, s, e)]
        words_before = [len(text[s:g].split()) for g in gaps]
        ok = [g for g, n in zip(gaps, words_before) if 3 <= n <= len(text[s:e].split()) - 3]
        if not ok:
            continue
        g = rng.choice(ok)
        prev = text[s:g].split()[-1]
        if not prev[-1:].isalnum():
            continue
        sent_words = text[s:e].rstrip(".").split()
        i = len(text[s:g].split())
        clean = [re.sub(r"[^\w’'-]", "", w) or "x" for w in sent_words]
        pos = gap_position(clean, i)
        nxt = text[g + 1]
        if nxt.isupper():
            pos = "before-capital"  # a name: both variants are the same text
        new = text[:g] + ". " + (nxt.upper() if cap else nxt) + text[g + 2:]
        return new, g - len(prev), g + 2 + len(clean[i]), pos
    return None


def inject_stray(text: str, rng: random.Random, form: str) -> tuple[str, int, int] | None:
    """``text`` with one stray mark of ``form``, and the mark's span."""
    sents = plain_sentences(text)
    if not sents:
        return None
    s, e = rng.choice(sents)
    if form in _MID_MARKS:
        gaps = [m.start() for m in _WORD_GAP_RE.finditer(text, s, e)][2:-2]
        if not gaps:
            return None
        g = rng.choice(gaps)
        mark = _MID_MARKS[form]
        return text[:g] + mark + text[g:], g, g + len(mark)
    new_sent = STRAY_FORMS[form](text[s:e])
    common = 0
    old = text[s:e]
    while common < min(len(old), len(new_sent)) and old[common] == new_sent[common]:
        common += 1
    return text[:s] + new_sent + text[e:], s + common - 1, s + len(new_sent)


def _meets(findings, code: str, a: int, b: int) -> bool:
    return any(f.code == code and f.start < b and a < f.end for f in findings)


def _damage(linter: Linter, rec: dict, rng: random.Random, copies: int, show: str,
            tally: tuple[Counter, Counter, Counter]) -> None:
    """Lint ``copies`` damaged copies of one record per variant and count what was found."""
    per, hit, strong = tally
    for _ in range(copies):
        trials = []
        for cap in (True, False):
            got = inject_break(rec["text"], rng, cap)
            if got is not None:
                text, a, b, pos = got
                trials.append(("MT003", ("break", pos + (":cap" if cap else ":low")), text, a, b))
        form = rng.choice(sorted(STRAY_FORMS))
        got = inject_stray(rec["text"], rng, form)
        if got is not None:
            trials.append(("MT002", ("stray", form), *got))
        for code, key, text, a, b in trials:
            fs = linter.lint_text(text, id=rec["id"]).findings
            ok = _meets(fs, code, a, b)
            per[key] += 1
            hit[key] += ok
            strong[key] += ok and _meets([f for f in fs if f.severity != "info"], code, a, b)
            if show and show in key[1] and not ok:
                print("MISS", key[1], repr(text[max(0, a - 60):b + 40]))


def evaluate(recs: list[dict], copies: int = 4, seed: int = 0, show: str = "") -> dict:
    """Recall per kind (overall, warning/error only, per position or form)
    and the MT002/MT003 findings per 1,000 words of the untouched texts."""
    rng = random.Random(seed)
    linter = Linter(Config(select=("MT002", "MT003")))
    tally: tuple[Counter, Counter, Counter] = (Counter(), Counter(), Counter())
    for rec in recs:
        _damage(linter, rec, rng, copies, show, tally)
    per, hit, strong = tally
    out: dict = {"recall": {}, "strong_recall": {}, "injected": {}, "by_form": {}}
    for kind in ("break", "stray"):
        keys = sorted(k for k in per if k[0] == kind)
        n = max(sum(per[k] for k in keys), 1)
        out["injected"][kind] = sum(per[k] for k in keys)
        out["recall"][kind] = sum(hit[k] for k in keys) / n
        out["strong_recall"][kind] = sum(strong[k] for k in keys) / n
        out["by_form"][kind] = {k[1]: (per[k], hit[k] / per[k], strong[k] / per[k]) for k in keys}
    words = 0
    clean: Counter = Counter()
    for rec in recs:
        rep = linter.lint_text(rec["text"], id=rec["id"])
        words += rep.words
        for f in rep.findings:
            clean[(f.code, f.severity == "info")] += 1
            if show == "clean":
                print("CLEAN", f.code, f.severity, repr(rep.document.text[max(0, f.start - 50):f.end + 30]))
    out["words"] = words
    out["clean"] = {code: (1000 * clean[(code, False)] / max(words, 1), 1000 * clean[(code, True)] / max(words, 1))
                    for code in ("MT002", "MT003")}
    return out


def report(res: dict) -> None:
    """Print what ``evaluate`` measured."""
    for kind in ("break", "stray"):
        print(f"{kind}: recall {res['recall'][kind]:.2f} (warning/error {res['strong_recall'][kind]:.2f}) "
              f"of {res['injected'][kind]}")
        for form, (n, rec, strong) in res["by_form"][kind].items():
            print(f"  {form:28s} {n:5d}  {rec:.2f}  (w/e {strong:.2f})")
    for code, (strong, info) in res["clean"].items():
        print(f"clean {code}: {strong:.3f} warning/error, {info:.3f} info per 1,000 words ({res['words']} words)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kind", choices=("native", "human"), default="native")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--copies", type=int, default=4, help="damaged copies per article and variant")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", default="", help="print misses of positions/forms containing this ('clean': clean findings)")
    args = ap.parse_args(argv)
    if not (args.corpus / "native-en.jsonl").is_file():
        print(f"corpus not found: {args.corpus}")
        return 2
    report(evaluate(load(args.kind, args.corpus), args.copies, args.seed, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
