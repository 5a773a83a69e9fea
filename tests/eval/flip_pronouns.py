"""Pronoun-flip evaluation for the pronouns family (PRN).

A seeded generator takes clean native-English news articles, picks a named
person whose pronouns are consistent, flips some of that person's pronouns to
the other gender (every form: he/she, him/her, his/her/hers,
himself/herself, he's/she's) and records the flipped spans. The linter is
then run on the corrupted and on the untouched articles:

* recall: flipped pronouns covered by a PRN001 finding, overall and for
  persons named at least twice;
* precision: PRN findings on corrupted articles that point at a flipped
  pronoun / all PRN findings on those articles;
* false alarms: PRN findings on the untouched articles (per 50 articles).

Which pronouns belong to the chosen person is decided by this script's own
deliberately conservative heuristic, independent of the rule's code: the
person is named in the same or the previous sentence, no other name-like
sequence and no gendered person noun of the same gender ("wife", "man") is in
that window, and the pronoun is outside quotation marks. A label can still
be wrong in rare cases (an unnamed third person); the report prints a few
flipped sentences so a reader can check.

Run: ``python tests/eval/flip_pronouns.py [--variants N] [--seed S] [--show K]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.pronouns import RULES as PRN_RULES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "native-en.jsonl"

_PRON = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
_CONTRACTED = re.compile(r"^(he|she)(['’](?:s|d|ll|re))$", re.I)
_OBJECT_NEXT = set(
    """a an the to that and or but as at in on for from with by of about into than this these those so if
    when while because before after until since up down out off over back again too also not away there
    here then now later first last all both""".split()
)
_GENDERED_NOUNS = {
    "m": set("man men boy husband father dad son brother uncle nephew grandfather grandson boyfriend king prince "
             "gentleman sir spokesman chairman businessman gunman policeman".split()),
    "f": set("woman women girl wife mother mum mom daughter sister aunt niece grandmother granddaughter girlfriend "
             "queen princess lady madam spokeswoman chairwoman businesswoman actress policewoman widow".split()),
}
_NOT_NAMES = set(
    """the a an and but or so if in on at of to for from by with as this that these those it its he she his her
    they their we our i you my your after before when while since however meanwhile monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december mr mrs ms dr sir president minister prime secretary""".split()
)
_SPEECH = r"(?:said|says|told|added|wrote|explained|insisted|claimed|tweeted|posted|admitted|revealed|argued|noted)\b"
_ROLE = (r"\b(?:striker|forward|midfielder|defender|goalkeeper|coach|manager|player|fighter|boxer|champion|"
         r"president|minister|secretary|senator|governor|mayor|chancellor|leader|chief|director|actor|actress|"
         r"singer|rapper|star|artist|author|writer|spokesman|spokeswoman|spokesperson|lawyer|activist|professor|"
         r"doctor|officer|founder|executive|owner|chairman|chairwoman|candidate|businessman|businesswoman|"
         r"wife|husband|daughter|son|mother|father|brother|sister|resident|teacher|student|batsman|bowler|"
         r"captain|prince|princess|king|queen)")
_QUOTE_RE = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
_CAPSEQ_RE = re.compile(r"\b[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)+")


@dataclass
class Corrupted:
    """One corrupted article and its labels."""

    id: str
    text: str
    person: str
    named: int  # how often the person's surname occurs
    flips: list[tuple[int, int, str, str]]  # (start, end, old, new) in the corrupted text


def _flip_word(word: str, nxt: str) -> str:
    """The other-gender form of pronoun ``word`` (case kept); ``nxt`` is the next word."""
    low = word.lower()
    m = _CONTRACTED.match(word)
    if m:
        new = {"he": "she", "she": "he"}[m.group(1).lower()] + m.group(2)
    elif low == "he":
        new = "she"
    elif low == "she":
        new = "he"
    elif low == "him":
        new = "her"
    elif low == "himself":
        new = "herself"
    elif low == "herself":
        new = "himself"
    elif low == "hers":
        new = "his"
    elif low == "his":
        new = "hers" if (not nxt or nxt.lower() in _OBJECT_NEXT) else "her"
    elif low == "her":
        new = "him" if (not nxt or nxt.lower() in _OBJECT_NEXT or nxt.lower() in _PRON) else "his"
    else:
        raise ValueError(word)
    if word[0].isupper():
        new = new[0].upper() + new[1:]
    return new


def _pron_gender(low: str) -> str | None:
    m = _CONTRACTED.match(low)
    if m:
        return "m" if m.group(1).lower() == "he" else "f"
    return _PRON.get(low)


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]


def _in(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def candidates(text: str) -> list[dict]:
    """People whose pronouns this script can label, with the labelled pronoun tokens."""
    doc = Document(text)
    sents = doc.sentences
    quotes = _quoted(text)
    toks = doc.tokens
    # name-like sequences per sentence (outside the sentence-initial word)
    seqs_by_sent: list[list[str]] = []
    for s in sents:
        seqs = []
        for m in _CAPSEQ_RE.finditer(text, s.start, s.end):
            words = m.group().split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            if len(words) >= 1:
                seqs.append(" ".join(words))
        seqs_by_sent.append(seqs)
    full_names: dict[str, str] = {}
    for seqs in seqs_by_sent:
        for q in seqs:
            parts = [p[:-2] if p.endswith(("’s", "'s")) else p for p in q.split()]
            if len(parts) != 2 or any(p.lower() in _NOT_NAMES for p in parts) or parts[0].lower().endswith("ing"):
                continue
            full_names.setdefault(parts[1], " ".join(parts))
    # keep only sequences this script can tell are people, from their context
    for surname, full in list(full_names.items()):
        name = "(?:" + re.escape(full) + "|" + re.escape(surname) + ")"
        cue = re.compile(
            "|".join((
                re.escape(full) + r"(?:['’]s)?, (?:\d|a |an |the |who |whose |[a-z]+ (?:of|at|for) )",
                name + " " + _SPEECH,
                r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? " + name,
                _ROLE + " " + re.escape(full),
            ))
        )
        if not cue.search(text):
            del full_names[surname]
    out = []
    sent_of_tok = []
    si = 0
    for t in toks:
        while si + 1 < len(sents) and sents[si + 1].start <= t.start:
            si += 1
        sent_of_tok.append(si)
    for surname, full in full_names.items():
        sur_re = re.compile(r"\b" + re.escape(surname) + r"\b")
        named = len(sur_re.findall(text))
        mention_sents = {i for i, s in enumerate(sents) if sur_re.search(s.text)}
        if not mention_sents:
            continue
        others_by_sent = []
        for seqs in seqs_by_sent:
            others_by_sent.append([q for q in seqs if surname not in q and q.split()[-1] not in full.split()])
        prons: dict[str, list] = {"m": [], "f": []}
        for k, t in enumerate(toks):
            g = _pron_gender(t.lower)
            if g is None or _in(quotes, t.start):
                continue
            si = sent_of_tok[k]
            window = [si] if si in mention_sents else ([si - 1, si] if si - 1 in mention_sents else None)
            if window is None:
                continue
            if any(others_by_sent[w] for w in window):
                continue
            words = {x.lower for x in toks if sent_of_tok[x.index] in window}
            if words & (_GENDERED_NOUNS["m"] | _GENDERED_NOUNS["f"]):
                continue  # another person of either gender could be meant, before or after the flip
            if si in mention_sents and not any(m.start() < t.start - sents[si].start for m in sur_re.finditer(sents[si].text)):
                if si - 1 not in mention_sents:
                    continue  # the person is only named after the pronoun: it may mean someone else
            # "his or her", "he/she": generic
            prev_w = toks[k - 1].lower if k else ""
            next_w = toks[k + 1].lower if k + 1 < len(toks) else ""
            if prev_w in ("or", "and") or next_w in ("or", "and") and k + 2 < len(toks) and _pron_gender(toks[k + 2].lower):
                continue
            if t.text[0].isupper() and k + 1 < len(toks) and toks[k + 1].text[0].isupper() and t.start != sents[si].start:
                continue  # "His Excellency"
            prons[g].append(t)
        # consistent pronouns: every labelled pronoun near the person has one gender
        if prons["m"] and prons["f"]:
            continue
        g = "m" if prons["m"] else "f"
        if len(prons[g]) < 2:
            continue
        out.append({"person": full, "surname": surname, "named": named, "gender": g, "prons": prons[g]})
    return out


def corrupt(rec: dict, rng: random.Random) -> Corrupted | None:
    """Flip one to three pronouns of one person in ``rec`` (None if no person qualifies)."""
    text = rec["text"]
    cands = candidates(text)
    if not cands:
        return None
    c = rng.choice(cands)
    prons = c["prons"]
    # keep the person's own gender the clear majority
    k = max(1, min(3, len(prons) // 3))
    chosen = sorted(rng.sample(prons, k), key=lambda t: t.start)
    doc = Document(text)
    toks = doc.tokens
    out, pos, shift, flips = [], 0, 0, []
    for t in chosen:
        nxt = toks[t.index + 1].text if t.index + 1 < len(toks) and text[t.end : toks[t.index + 1].start] == " " else ""
        new = _flip_word(t.text, nxt)
        out.append(text[pos : t.start])
        out.append(new)
        start = t.start + shift
        flips.append((start, start + len(new), t.text, new))
        shift += len(new) - len(t.text)
        pos = t.end
    out.append(text[pos:])
    return Corrupted(rec["id"], "".join(out), c["person"], c["named"], flips)


def load(path: Path = CORPUS) -> list[dict]:
    """The clean native-English records."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(records: list[dict], variants: int = 3, seed: int = 0) -> dict:
    """Corrupt ``records`` (``variants`` seeded tries each) and score the PRN rules."""
    linter = Linter(rules=PRN_RULES)
    rng = random.Random(seed)
    flipped = hit = flipped2 = hit2 = 0
    findings_corrupt = findings_on_flips = 0
    examples = []
    corrupted_n = 0
    for rec in records:
        seen = set()
        for _ in range(variants):
            c = corrupt(rec, rng)
            if c is None or c.text in seen:
                continue
            seen.add(c.text)
            corrupted_n += 1
            found = [f for f in _prn(linter, c.text, c.id)]
            findings_corrupt += len(found)
            spans = [(f.start, f.end) for f in found if f.code == "PRN001"]
            all_spans = [(f.start, f.end) for f in found]
            for s, e, old, new in c.flips:
                ok = any(fs < e and s < fe for fs, fe in spans)
                flipped += 1
                hit += ok
                if c.named >= 2:
                    flipped2 += 1
                    hit2 += ok
                if len(examples) < 400:
                    examples.append((ok, c.id, c.person, old, new, c.text[max(0, s - 90) : e + 40].replace("\n", " ")))
            findings_on_flips += sum(1 for fs, fe in all_spans if any(fs < e and s < fe for s, e, _, _ in c.flips))
    clean_findings = []
    for rec in records:
        for f in _prn(linter, rec["text"], rec["id"]):
            clean_findings.append((rec["id"], f.code, rec["text"][f.start : f.end], f.message))
    return {
        "articles": len(records),
        "corrupted": corrupted_n,
        "flipped": flipped,
        "recall": hit / flipped if flipped else 0.0,
        "flipped_named2": flipped2,
        "recall_named2": hit2 / flipped2 if flipped2 else 0.0,
        "findings_corrupt": findings_corrupt,
        "precision": findings_on_flips / findings_corrupt if findings_corrupt else 1.0,
        "clean_findings": clean_findings,
        "false_alarms_per_50": 50 * len(clean_findings) / max(1, len(records)),
        "examples": examples,
    }


def _prn(linter: Linter, text: str, id_: str):
    report = linter.lint_text(text, id=id_)
    crashed = [f.message for f in report.findings if f.code == "SL001"]
    if crashed:
        raise RuntimeError(f"{id_}: {crashed[0]}")
    return [f for f in report.findings if f.code.startswith("PRN")]


def main(argv: list[str] | None = None) -> int:
    """Print recall, precision and false alarms of the PRN rules on flipped pronouns."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", type=int, default=5, help="corrupted versions tried per article")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=10, help="print this many missed and found flips")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    res = evaluate(load(args.corpus), args.variants, args.seed)
    print(f"articles: {res['articles']}  corrupted versions: {res['corrupted']}  flipped pronouns: {res['flipped']}")
    print(f"recall (PRN001 on a flipped pronoun): {res['recall']:.3f}")
    print(f"recall, persons named >= 2 times:    {res['recall_named2']:.3f}  (n={res['flipped_named2']})")
    print(f"precision (PRN findings on flips / PRN findings on corrupted articles): {res['precision']:.3f}"
          f"  ({res['findings_corrupt']} findings)")
    print(f"false alarms on untouched articles: {len(res['clean_findings'])} "
          f"({res['false_alarms_per_50']:.2f} per 50 articles)")
    for cf in res["clean_findings"]:
        print("  clean:", cf)
    if args.show:
        missed = [x for x in res["examples"] if not x[0]][: args.show]
        found = [x for x in res["examples"] if x[0]][: args.show]
        for title, rows in (("missed", missed), ("found", found)):
            print(f"-- {title}:")
            for ok, id_, person, old, new, ctx in rows:
                print(f"  [{id_[:28]}] {person}: {old}->{new}: …{ctx}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
