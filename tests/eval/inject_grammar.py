"""Fragments and doubled speech tags made from real sentences, for MT004 and MT005.

Where ``inject_mt.py`` adds artefacts written from templates, this script
damages the sentences of clean native English news
(../shared/corpus/native-en.jsonl) the way round-trip translation does:

* fragments: a real sentence split in two at a subordinate clause
  ("..., although ...", "... because ..."), a relative clause (", which
  ..."), a participle phrase (", leaving ..."), an infinitive (", to ..."),
  an apposition (", a former ...") or an adverbial (", according to ...");
  or its speaker dropped from a tag that opens reported speech ("Smith said
  the talks failed." -> "Said the talks failed.");
* doubled tags: a second speech tag added to a real tag (after a quote, or
  ending reported speech) in many forms: pronoun, name, role with "for", a
  tag with an object or a place, an apposition between the tags, an
  inverted tag, a second tag before a quote.

It prints recall per form, and the warning/error and info findings of the
translation rules per 1,000 words on the untouched articles.

    python tests/eval/inject_grammar.py [--seed N] [--per-kind K] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject_mt import CORPUS, Corrupted, _plain_sentences, evaluate, load_articles  # noqa: E402

# Where a sentence may be split, and the form of the piece torn off.
_SPLITS = (
    ("subordinate", re.compile(r",? (?=(?:although|though|because|while|whereas|unless|even though|even if) )")),
    ("relative", re.compile(r", (?=(?:which|who|where|whose) )")),
    ("participle", re.compile(r", (?=[a-z]{3,}ing )")),
    ("infinitive", re.compile(r",? (?=(?:in order to|to) (?:help|make|keep|allow|give|see|take|get|ensure|find|"
                              r"avoid|build|protect|support|reduce|prevent|create|bring|meet|provide|win|"
                              r"improve|stop|cut|pay|raise|save|show|tell|let) )")),
    ("apposition", re.compile(r", (?=(?:a|an) [a-z]+ [a-z]+[^,]*\.$)")),
    ("adverbial", re.compile(r", (?=(?:according to|such as|including|especially|despite|with|as well as) )")),
)
# Plain finite verbs, to keep a torn-off piece that is a clause out of the fragments.
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|"
                        r"said|says)\b")
_TAG_OPENING_RE = re.compile(r"^(?:He|She|They|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?=(?:said|told|added|noted) "
                             r"(?:that )?[a-z])")
PRONOUNS = ["he", "she", "they"]
VERBS = ["said", "added", "declared", "stated", "explained", "noted", "stressed", "insisted"]
ROLES = ["a spokesperson for the company", "the official", "the spokesman", "a spokeswoman for the council",
         "the minister", "an aide"]
TAILS = ["in a statement", "on Monday", "told reporters", "told the BBC", "in an interview",
         "at a news conference"]


def _split_fragment(c: Corrupted, rng: random.Random) -> bool:
    """A real sentence split at a clause boundary, the second piece left a fragment."""
    sents = _plain_sentences(c)
    rng.shuffle(sents)
    forms = list(_SPLITS)
    rng.shuffle(forms)
    for s, e, t in sents:
        for form, pat in forms:
            m = pat.search(t)
            if m is None or m.start() < 25 or len(t) - m.end() < 18:
                continue
            head, tail = t[: m.start()].rstrip(",;"), t[m.end() :]
            if form in ("apposition", "participle", "infinitive") and _FINITE_RE.search(tail):
                continue  # "..., smouldering patches were at risk": the piece has a clause of its own
            new = f"{head}. {tail[0].upper()}{tail[1:]}"
            off = len(head) + 2
            c.replace(s, e, new, (off, len(new)), "fragment", "split-" + form)
            return True
        m = _TAG_OPENING_RE.match(t)
        if m is not None and len(t) > 40:
            rest = t[m.end() :]
            new = rest[0].upper() + rest[1:]
            c.replace(s, e, new, (0, len(new)), "fragment", "speaker-dropped")
            return True
    return False


# A tag that ends a sentence after a quote: ',” Smith said.' / '," said Jane Smith.'
_QUOTE_TAG_RE = re.compile(r"(?P<q>[,!?][”\"]) (?P<tag>(?:he|she|they|[A-Z][a-z]+(?: [A-Z][a-z]+)?|the [a-z]+) said"
                           r"|said [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<end>\.)$")
_REPORTED_RE = re.compile(r"^(?:He|She|They|[A-Z][a-z]+(?: [A-Z][a-z]+)?) said (?:that )?[a-z][^“”\"]{20,}\.$")


def _second_tag(rng: random.Random, first: str) -> tuple[str, str]:
    """A second tag and the name of its form."""
    named = first.split()[-1][:1].isupper()
    form = rng.choice(["pronoun", "role", "name-object", "tail", "inverted"] + ["apposition"] * named)
    if form == "pronoun":
        return f"{rng.choice(PRONOUNS)} {rng.choice(VERBS)}", form
    if form == "role":
        return f"{rng.choice(ROLES)} {rng.choice(VERBS)}", form
    if form == "name-object":
        last = first.split()[-1] if first.split()[-1][:1].isupper() else "Reyes"
        return f"{last} {rng.choice(['told reporters', 'told the Post', 'said in a statement'])}", form
    if form == "tail":
        return f"{rng.choice(PRONOUNS)} {rng.choice(VERBS)} {rng.choice(TAILS[:2] + TAILS[4:])}", form
    if form == "apposition":
        return f"{rng.randint(19, 71)}, {first.split()[-1]} {rng.choice(VERBS)}", form  # "said Jo Reyes, 17, Reyes said"
    return f"{rng.choice(VERBS[:2])} {rng.choice(['the official', 'the minister', 'the spokesman'])}", form


def _doubled_tag(c: Corrupted, rng: random.Random) -> bool:
    """A second speech tag added to a real tag: after a quote, or ending reported speech."""
    sents = [x for x in _sentence_list(c) if c.free(x[0], x[1])]
    rng.shuffle(sents)
    for s, e, t in sents:
        m = _QUOTE_TAG_RE.search(t)
        if m is not None:
            tag2, form = _second_tag(rng, m.group("tag"))
            insert = f", {tag2}"
            at = s + m.start("end")
            c.replace(at, at, insert, (2, len(insert)), "attribution", "quote-" + form)
            return True
        if _REPORTED_RE.match(t) and "," not in t[-25:]:
            tag2 = f"{rng.choice(PRONOUNS)} {rng.choice(['told reporters', 'said', 'added', 'told the BBC'])}"
            insert = f", {tag2}"
            c.replace(e - 1, e - 1, insert, (2, len(insert)), "attribution", "reported-speech")
            return True
    return False


def _sentence_list(c: Corrupted) -> list[tuple[int, int, str]]:
    from sourcelint.document import Document

    return [(x.start, x.start + len(x.text.rstrip()), x.text.rstrip()) for x in Document(c.text).sentences
            if x.text.rstrip().endswith(".")]


REAL_TEXT = {"fragment": _split_fragment, "attribution": _doubled_tag}


def main(argv: list[str] | None = None) -> int:
    """Print recall by form, and the clean rates."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-kind", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}")
        return 2
    articles = load_articles(CORPUS, limit=args.limit)
    res = evaluate(articles, seed=args.seed, per_kind=args.per_kind, table=REAL_TEXT)
    for code in ("MT004", "MT005"):
        print(f"{code}: {res['injected'][code]} injected, recall {res['recall'][code]:.3f}, "
              f"precision {res['precision'][code]:.3f}")
    print("recall by form:")
    for k, v in res["by_form"].items():
        print(f"  {k:36} {v:.3f}")
    print(f"untouched native articles ({res['clean_words']} words), MT001-MT008: "
          f"{res['clean_fp_per_1000']:.3f} warning/error and {res['clean_info_per_1000']:.3f} info per 1,000 words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
