"""Pronoun-flip evaluation for the pronouns family (PRN).

A seeded generator takes clean English news articles, picks a named person
whose pronouns are consistent, flips some of that person's pronouns to the
other gender (every form: he/she, him/her, his/her/hers, himself/herself,
he's/she's) and records the flipped spans. The linter is then run on the
corrupted and on the untouched articles:

* recall: flipped pronouns covered by a PRN001 finding, overall and for
  persons named at least twice;
* precision: PRN findings on corrupted articles that point at a flipped
  pronoun / all PRN findings on those articles;
* false alarms: PRN findings on the untouched articles (per 50 articles).

Two sets of flips are made. **Clean context**: the pronoun has no other
name-like sequence and no gendered person noun ("wife", "man") near it (same
or previous sentence), the easy case. **Hard context**: someone of the other
gender is in that window (a pronoun, a gendered noun, or a name with an
honorific, gendered noun or given name of the other gender) and nobody else,
so in the original the pronoun can only mean the person, but after the flip
it matches the other person's gender. It is reported so that the easy set
does not stand for the whole picture; ``flip_articles.py`` flips pronouns
anywhere in whole articles, as round-trip MT does.

``split_of`` splits the clean articles into the resolver's training part
and the held-out part that ``flip_articles.py`` evaluates on.

Two corpora are used: the native-English articles and, as a second and
larger clean set, the untouched human reference translations of the wmt21
X->en files (label human, kind human-translation).

Which pronouns belong to the chosen person is decided by this script's own
deliberately conservative heuristic, independent of the rule's code (it only
reads the first-name data file to tell the gender of another name): the
person is named in the same or the previous sentence, and the pronoun is
outside quotation marks. A label can still be wrong in rare cases (an
unnamed third person); the report prints flipped sentences so a reader can
check.

Run: ``python tests/eval/flip_pronouns.py [--variants N] [--seed S] [--show K]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules.pronouns import RULES as PRN_RULES
from sourcelint.rules.pronouns import first_names, fold

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the checkout, or beside the folder of worktrees.
CORPUS = next((d for d in (ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus") if d.is_dir()),
              ROOT.parent / "shared" / "corpus") / "native-en.jsonl"

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


def candidates(text: str, hard: bool = False) -> list[dict]:
    """People whose pronouns this script can label, with the labelled pronoun tokens.

    Clean context (default): no other name-like sequence and no gendered
    person noun in the window. Hard context (``hard=True``): the window holds
    someone of the other gender (a pronoun or gendered noun of the other
    gender, or another name with an honorific or gendered noun of the other
    gender in front or a given name of the other gender in the first-name
    data) and nobody else, so in the original the pronoun can only
    mean the person; after the flip it matches the other person's gender.
    The person's gender is read from their clean-context pronouns."""
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
        hard_prons: dict[str, list] = {"m": [], "f": []}
        for k, t in enumerate(toks):
            g = _pron_gender(t.lower)
            if g is None or _in(quotes, t.start):
                continue
            si = sent_of_tok[k]
            window = [si] if si in mention_sents else ([si - 1, si] if si - 1 in mention_sents else None)
            if window is None:
                continue
            words = {x.lower for x in toks if sent_of_tok[x.index] in window}
            others = [q for w in window for q in others_by_sent[w]]
            context = "clean"
            if others or words & (_GENDERED_NOUNS["m"] | _GENDERED_NOUNS["f"]):
                # another person of either gender could be meant, before or after the flip,
                # unless everyone else in the window is of the other gender
                if not _only_other_gender(text, sents, window, others, words, g):
                    continue
                context = "hard"
            elif _opposite_pronoun_in(toks, sent_of_tok, window, quotes, g):
                context = "hard"
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
            (hard_prons if context == "hard" else prons)[g].append(t)
        # consistent pronouns: every labelled clean-context pronoun near the person has one gender
        if prons["m"] and prons["f"]:
            continue
        g = "m" if prons["m"] else "f"
        if hard:
            if not prons[g] or not hard_prons[g]:
                continue
            out.append({"person": full, "surname": surname, "named": named, "gender": g, "prons": hard_prons[g]})
            continue
        if len(prons[g]) < 2:
            continue
        out.append({"person": full, "surname": surname, "named": named, "gender": g, "prons": prons[g]})
    return out


_ORG_WORDS = set(
    """house party court department council university college school street club league association ministry
    committee senate congress police news times post agency office church republic union state states city county
    hospital company group bank fund foundation institute center centre airport station stadium park river
    mountain island valley road square hall tower bridge market exchange cup games olympics championship series
    festival awards army navy force forces guard service services board commission authority government""".split()
)
_HONORIFICS = {"m": ("Mr", "Sir", "Lord"), "f": ("Mrs", "Ms", "Miss", "Dame", "Lady")}


def _opposite_pronoun_in(toks, sent_of_tok, window, quotes, g) -> bool:
    """A pronoun of the other gender outside quotes in the window."""
    return any(
        sent_of_tok[x.index] in window and _pron_gender(x.lower) not in (None, g) and not _in(quotes, x.start)
        for x in toks
    )


def _only_other_gender(text, sents, window, others, words, g) -> bool:
    """Everyone besides the person in the window is of the other gender: no
    gendered noun of gender ``g``, and every other name carries an honorific
    or gendered noun of the other gender right in front ("Mr Brown",
    "husband Tom Smith")."""
    opp = "f" if g == "m" else "m"
    if words & _GENDERED_NOUNS[g]:
        return False
    span = text[sents[window[0]].start : sents[window[-1]].end]
    names = first_names()
    for q in others:
        parts = q.split()
        if (len(parts) == 1 and fold(parts[0]) not in names) or _ORG_WORDS & {p.lower().rstrip("'’s") for p in parts}:
            continue  # a place or an organisation ("Colorado", "White House"), not a person
        cue = r"\b(?:" + "|".join(_HONORIFICS[opp]) + r")\.? |\b(?:" + "|".join(_GENDERED_NOUNS[opp]) + r"),? "
        if re.search("(?:" + cue + ")" + re.escape(q), span):
            continue
        # a first name of the other gender by the SSA counts (the data file, not the rule's reasoning)
        given = names.get(fold(parts[0])) if len(parts) >= 2 else None
        if given is None or given[0] != opp:
            return False
    return True


def corrupt(rec: dict, rng: random.Random, hard: bool = False, cands: list[dict] | None = None) -> Corrupted | None:
    """Flip one to three pronouns of one person in ``rec`` (None if no person qualifies)."""
    text = rec["text"]
    if cands is None:
        cands = candidates(text, hard)
    if not cands:
        return None
    c = rng.choice(cands)
    prons = c["prons"]
    # keep the person's own gender the clear majority (hard-context pronouns
    # come with clean-context ones of the person's gender besides)
    k = max(1, min(3, len(prons) // 3)) if not hard else max(1, min(2, len(prons) // 2))
    chosen = sorted(rng.sample(prons, k), key=lambda t: t.start)
    flipped, flips = apply_flips(text, chosen)
    return Corrupted(rec["id"], flipped, c["person"], c["named"], flips)


def apply_flips(text: str, chosen: list) -> tuple[str, list[tuple[int, int, str, str]]]:
    """``text`` with the pronoun tokens ``chosen`` (in order) flipped, and
    each flip as (start, end in the new text, old word, new word)."""
    toks = Document(text).tokens
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
    return "".join(out), flips


def load(path: Path = CORPUS) -> list[dict]:
    """The clean native-English records."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_human_references(corpus_dir: Path = CORPUS.parent) -> list[dict]:
    """The untouched human reference translations of the wmt21 X->en files
    (label human, kind human-translation): a second clean set, of articles
    whose English was written by professional translators."""
    out = []
    for path in sorted(corpus_dir.glob("wmt21-*.jsonl")):
        for rec in load(path):
            if rec.get("label") == "human" and rec.get("kind") == "human-translation":
                out.append(rec)
    return out


def split_of(rec: dict) -> str:
    """"train" or "heldout": a fixed split by document, three fifths for
    training the resolver (tests/tools/train_pronoun_model.py), two fifths
    held out for the evaluation."""
    key = f"{rec.get('pair', '')}:{rec.get('docid') or rec.get('id')}"
    return "train" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 5 < 3 else "heldout"


def clean_records(corpus_dir: Path = CORPUS.parent) -> list[dict]:
    """Native English news and the human reference translations."""
    native = corpus_dir / "native-en.jsonl"
    return (load(native) if native.is_file() else []) + load_human_references(corpus_dir)


def evaluate(records: list[dict], variants: int = 3, seed: int = 0, hard: bool = False) -> dict:
    """Corrupt ``records`` (``variants`` seeded tries each) and score the PRN rules.

    ``hard`` picks hard-context flips (someone of the other gender in the
    window) instead of clean-context ones. The false alarms are counted on the
    untouched ``records`` either way."""
    linter = Linter(rules=PRN_RULES)
    rng = random.Random(seed)
    flipped = hit = flipped2 = hit2 = 0
    findings_corrupt = findings_on_flips = 0
    examples = []
    corrupted_n = 0
    for rec in records:
        cands = candidates(rec["text"], hard)
        if not cands:
            continue
        seen = set()
        for _ in range(variants):
            c = corrupt(rec, rng, hard, cands)
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


def _report(title: str, res: dict, show: int) -> None:
    print(f"== {title}: {res['articles']} articles, {res['corrupted']} corrupted versions, "
          f"{res['flipped']} flipped pronouns")
    print(f"   recall (PRN001 on a flipped pronoun): {res['recall']:.3f}")
    print(f"   recall, persons named >= 2 times:    {res['recall_named2']:.3f}  (n={res['flipped_named2']})")
    print(f"   precision (PRN findings on flips / PRN findings on corrupted articles): {res['precision']:.3f}"
          f"  ({res['findings_corrupt']} findings)")
    if show:
        missed = [x for x in res["examples"] if not x[0]][:show]
        found = [x for x in res["examples"] if x[0]][:show]
        for label, rows in (("missed", missed), ("found", found)):
            print(f"   -- {label}:")
            for ok, id_, person, old, new, ctx in rows:
                print(f"     [{id_[:28]}] {person}: {old}->{new}: …{ctx}…")


def main(argv: list[str] | None = None) -> int:
    """Print recall, precision and false alarms of the PRN rules on flipped pronouns."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", type=int, default=10, help="corrupted versions tried per article")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=5, help="print this many missed and found flips per set")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="native-English JSONL")
    ap.add_argument("--no-references", action="store_true", help="skip the wmt21 human reference translations")
    args = ap.parse_args(argv)
    sets = [("native-en", load(args.corpus))]
    if not args.no_references:
        refs = load_human_references(args.corpus.parent)
        if refs:
            sets.append(("wmt21 human references", refs))
    for name, records in sets:
        clean = evaluate(records, args.variants, args.seed)
        hard = evaluate(records, args.variants, args.seed, hard=True)
        _report(f"{name}, clean context", clean, args.show)
        _report(f"{name}, hard context (someone of the other gender nearby)", hard, args.show)
        print(f"== {name}: false alarms on the untouched articles: {len(clean['clean_findings'])} "
              f"({clean['false_alarms_per_50']:.2f} per 50 articles)")
        for cf in clean["clean_findings"]:
            print("   clean:", cf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
