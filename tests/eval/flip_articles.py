"""Realistic pronoun-flip evaluation: flips where round-trip MT puts them.

Round-trip machine translation flips any pronoun of any person, in whole
articles that name many people. This generator takes the clean articles of
../shared/corpus (native English news and human reference translations),
labels which pronouns belong to which established person, picks one such
person per corrupted copy and flips 1-5 of that person's pronouns (fewer than
half of them, so the person's own gender still shows), anywhere in the
article, whoever else is near.

Labels come from this script's own heuristic, independent of the rule's
code (it reads only the first-name data file): a pronoun outside quotation
marks belongs to a person named in its sentence (before it) or in the two
sentences before, when that person is the only one there who can take the
pronoun's gender (people of the other gender may be there: that is the hard,
realistic case), and nobody of unknown gender or gendered noun of that
gender ("the woman") is there. A person is *established* by an honorific,
a gendered noun before the name or a first name of one gender, or else by at
least three labelled pronouns.

Figures, side by side for flips in a **clean context** (no other person or
gendered noun in the window) and in **all contexts**:

* article rate: corrupted copies with any PRN finding;
* flip recall: flipped pronouns covered by a PRN finding;
* false alarms: untouched clean articles with any PRN finding, per 50.

The resolver is trained on the "train" split (``flip_pronouns.split_of``);
the default evaluation is on the held-out split.

Run: ``python tests/eval/flip_articles.py [--split heldout|train|all] [--copies N] [--show K]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.pronouns import RULES as PRN_RULES
from sourcelint.rules.pronouns import first_names, fold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from flip_pronouns import CORPUS, _GENDERED_NOUNS, _ORG_WORDS, apply_flips, _in, _pron_gender, _quoted, clean_records, split_of  # noqa: E402

_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}
_NOT_NAME = set("""the a an and but or so if in on at of to for from by with as this that these those it its he
    she his her they their we our i you my your after before when while since however meanwhile monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august september october
    november december mr mrs ms miss dr sir dame lord lady president minister prime secretary""".split())
_TITLES = set("mr mrs ms miss dr sir dame lord lady president minister prime secretary".split())
_SEQ_RE = re.compile(r"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}")
_NOUN_GENDER = {w: g for g in ("m", "f") for w in _GENDERED_NOUNS[g]}


@dataclass
class Person:
    name: str
    surname: str
    gender: str | None  # from honorific, gendered noun or first name; None if unknown
    prons: list  # labelled pronoun tokens


@dataclass
class Copy:
    """One corrupted copy and its labels."""

    id: str
    text: str
    person: str
    flips: list[tuple[int, int, str, str, str]]  # (start, end, old, new, context) in the corrupted text


def people(text: str) -> dict[str, Person]:
    """Name-like sequences that are people by this script's cues, keyed by surname."""
    names = first_names()
    out: dict[str, Person] = {}
    for m in _SEQ_RE.finditer(text):
        words = [w.removesuffix("'s").removesuffix("’s") for w in m.group().split()]
        cue = None
        titled = False
        while words and words[0].lower() in _NOT_NAME:
            cue = _HONORIFIC.get(words[0].lower(), cue)
            titled = titled or words[0].lower() in _TITLES
            words = words[1:]
        if len(words) < 2 - titled or any(w.lower() in _NOT_NAME or w.lower() in _ORG_WORDS for w in words):
            continue  # ("President Trump": a person of unknown gender, who blocks labels near him)
        given = names.get(fold(words[0])) if len(words) >= 2 else None
        before = text[max(0, m.start() - 12) : m.start()].lower().split()
        noun = _NOUN_GENDER.get(before[-1].strip(",")) if before else None
        if given is None and cue is None and noun is None and not titled:
            continue
        gender = cue or noun or (given[0] if given and given[0] in "mf" and given[1] >= 0.95 else None)
        sur = words[-1]
        for hon, g in _HONORIFIC.items():
            if re.search(rf"\b{hon.capitalize()}\.? {re.escape(sur)}\b", text):
                gender = gender or g
        p = out.get(sur)
        if p is None:
            out[sur] = Person(" ".join(words), sur, gender, [])
        elif p.gender is None:
            p.gender = gender
        elif gender and gender != p.gender:
            p.gender = "?"  # two people share the surname: never label it
    return out


def label(text: str) -> list[tuple[Person, list, dict]]:
    """Established people with their labelled pronouns and each pronoun's context."""
    doc = Document(text)
    sents, toks, quotes = doc.sentences, doc.tokens, _quoted(text)
    ppl = {k: p for k, p in people(text).items() if p.gender != "?"}
    res = {k: re.compile(rf"\b{re.escape(k)}\b") for k in ppl}
    sent_people: list[list[tuple[int, str]]] = []  # (position, surname)
    for s in sents:
        sent_people.append(sorted((m.start(), k) for k, r in res.items() for m in r.finditer(text, s.start, s.end)))
    sent_of = [0] * len(toks)
    si = 0
    for t in toks:
        while si + 1 < len(sents) and sents[si + 1].start <= t.start:
            si += 1
        sent_of[t.index] = si
    context: dict[int, str] = {}
    for k, t in enumerate(toks):
        g = _pron_gender(t.lower)
        if g is None or _in(quotes, t.start):
            continue
        prev_w = toks[k - 1].lower if k else ""
        next_w = toks[k + 1].lower if k + 1 < len(toks) else ""
        if prev_w in ("or", "and", "/") or next_w in ("or", "/"):
            continue
        s = sent_of[k]
        window = [x for w in range(max(0, s - 2), s + 1) for x in sent_people[w] if w < s or x[0] < t.start]
        who = {sur for _, sur in window}
        fits = [sur for sur in who if ppl[sur].gender == g]
        unknown = [sur for sur in who if ppl[sur].gender is None]
        words = {x.lower for x in toks[max(0, k - 40) : k]}
        if not (len(fits) == 1 and not unknown) and not (len(who) == 1 and unknown):
            continue
        if words & _GENDERED_NOUNS[g]:
            continue
        owner = ppl[(fits or unknown)[0]]
        owner.prons.append(t)
        others = len(who) > 1 or bool(words & (_GENDERED_NOUNS["m"] | _GENDERED_NOUNS["f"]))
        context[t.start] = "multi" if others else "clean"
    out = []
    for p in ppl.values():
        genders = {_pron_gender(t.lower) for t in p.prons}
        if not p.prons or len(genders) > 1 or (p.gender and genders != {p.gender}):
            continue
        if p.gender is None and len(p.prons) < 3:
            continue
        out.append((p, p.prons, context))
    return out


def corrupt(rec: dict, rng: random.Random, labelled) -> Copy | None:
    """Flip 1-5 pronouns of one established person (fewer than half of them when
    only pronouns establish the person)."""
    if not labelled:
        return None
    p, prons, context = rng.choice(labelled)
    most = len(prons) if p.gender else (len(prons) - 1) // 2
    most = min(5, max(1, most), len(prons))
    chosen = sorted(rng.sample(prons, rng.randint(1, most)), key=lambda t: t.start)
    flipped, flips = apply_flips(rec["text"], chosen)
    return Copy(rec["id"], flipped, p.name, [(*f, context[t.start]) for f, t in zip(flips, chosen)])


def _prn(linter: Linter, text: str, id_: str) -> list:
    report = linter.lint_text(text, id=id_)
    crashed = [f.message for f in report.findings if f.code == "SL001"]
    if crashed:
        raise RuntimeError(f"{id_}: {crashed[0]}")
    return [f for f in report.findings if f.code.startswith("PRN")]


def evaluate(records: list[dict], copies: int = 3, seed: int = 0) -> dict:
    """Corrupt ``records`` (``copies`` per article) and score the PRN rules."""
    linter = Linter(rules=PRN_RULES)
    rng = random.Random(seed)
    n = {"clean": 0, "multi": 0}
    hit = {"clean": 0, "multi": 0}
    arts = {"clean": [0, 0], "all": [0, 0]}
    examples = []
    for rec in records:
        labelled = label(rec["text"])
        for _ in range(copies if labelled else 0):
            c = corrupt(rec, rng, labelled)
            found = _prn(linter, c.text, c.id)
            spans = [(f.start, f.end) for f in found]
            for s, e, old, new, ctx in c.flips:
                ok = any(fs < e and s < fe for fs, fe in spans)
                n[ctx] += 1
                hit[ctx] += ok
                examples.append((ok, ctx, c.id, c.person, old, new, c.text[max(0, s - 90) : e + 40].replace("\n", " ")))
            arts["all"][0] += 1
            arts["all"][1] += bool(found)
            if all(f[4] == "clean" for f in c.flips):
                arts["clean"][0] += 1
                arts["clean"][1] += bool(found)
    clean = [(rec["id"], f.code, rec["text"][f.start : f.end], f.message)
             for rec in records for f in _prn(linter, rec["text"], rec["id"])]
    fa_articles = len({x[0] for x in clean})
    total = n["clean"] + n["multi"]
    return {
        "articles": len(records),
        "copies": arts["all"][0],
        "flips": {"clean": n["clean"], "all": total},
        "recall": {"clean": hit["clean"] / max(1, n["clean"]), "all": (hit["clean"] + hit["multi"]) / max(1, total)},
        "article_rate": {k: v[1] / max(1, v[0]) for k, v in arts.items()},
        "article_copies": {k: v[0] for k, v in arts.items()},
        "false_alarm_articles": fa_articles,
        "false_alarms_per_50": 50 * fa_articles / max(1, len(records)),
        "clean_findings": clean,
        "examples": examples,
    }


def _report(title: str, res: dict, show: int) -> None:
    print(f"== {title}: {res['articles']} clean articles, {res['copies']} corrupted copies")
    print(f"   {'':28}{'clean context':>15}{'all contexts':>15}")
    print(f"   {'flipped pronouns':28}{res['flips']['clean']:>15}{res['flips']['all']:>15}")
    print(f"   {'flip recall':28}{res['recall']['clean']:>15.3f}{res['recall']['all']:>15.3f}")
    print(f"   {'copies':28}{res['article_copies']['clean']:>15}{res['article_copies']['all']:>15}")
    print(f"   {'article rate':28}{res['article_rate']['clean']:>15.3f}{res['article_rate']['all']:>15.3f}")
    print(f"   false alarms: {res['false_alarm_articles']} of {res['articles']} untouched articles "
          f"({res['false_alarms_per_50']:.2f} per 50)")
    for cf in res["clean_findings"][:show * 4]:
        print("     clean:", cf)
    for label_, ok in (("missed", False), ("found", True)):
        rows = [x for x in res["examples"] if x[0] is ok][:show]
        print(f"   -- {label_}:")
        for _, ctx, id_, person, old, new, text in rows:
            print(f"     [{ctx}] {person}: {old}->{new}: …{text}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS.parent)
    ap.add_argument("--split", choices=("heldout", "train", "all"), default="heldout")
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args(argv)
    records = [r for r in clean_records(args.corpus) if args.split == "all" or split_of(r) == args.split]
    _report(f"{args.split} split", evaluate(records, args.copies, args.seed), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
