"""Short foreign quotations in real news, with and without a translation (MT007).

Inserts, after a random sentence of each untouched native English article
of the shared corpus (``../shared/corpus/native-en.jsonl``), one short
quotation in another language with a speech tag, in one of four kinds of
quote marks, and in one of three forms:

* ``untranslated``: damage; an MT007 finding must overlap the quotation;
* ``next-sentence``: the English rendering follows as the next sentence;
* ``tagged-next``: the rendering follows with the speaker's tag inside it
  ("We lost everything in one night, a resident said, as ...");
* ``parenthesis``: the rendering follows in brackets;
* ``short``: damage, a quotation of three to five words (many languages);
* ``short-next``: a short quotation whose rendering follows;
* ``story-after``: damage, the story goes on right after the quotation
  ("He was later escorted from the hall."), which is no rendering.

The translated forms are clean: any MT007 finding overlapping them is a
false alarm. The sentence pairs were written for this generator.

    python tests/eval/inject_quotes.py [--seed N] [--copies K]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter

from sourcelint import Config, Linter

from clean_rates import load

# (quotation, its English rendering)
PAIRS = [
    ("Nous ne partirons pas d'ici sans réponse", "We will not leave here without an answer"),
    ("On a tout perdu en une nuit", "We lost everything in one night"),
    ("No vamos a rendirnos ahora", "We are not going to give up now"),
    ("Es un día muy triste para el pueblo", "It is a very sad day for the town"),
    ("Wir haben so etwas noch nie erlebt", "We have never experienced anything like this"),
    ("Das ist eine Katastrophe für uns alle", "This is a disaster for all of us"),
    ("Non sappiamo ancora cosa succederà", "We still do not know what will happen"),
    ("A gente só quer viver em paz", "We only want to live in peace"),
    ("We hebben er alles aan gedaan", "We did everything we could"),
    ("Nie damy się zastraszyć", "We will not be intimidated"),
]
# Short quotations (three to five words), many of them in languages beyond
# the common European ones, written after the short-quotation detector and
# never tuned on: (quotation, its English rendering).
SHORT_PAIRS = [
    ("Kami tidak takut lagi", "We are not afraid anymore"),
    ("Buna asla izin vermeyeceğiz", "We will never allow this"),
    ("Tunataka haki yetu sasa", "We want our rights now"),
    ("Hindi kami aalis dito", "We will not leave here"),
    ("Tohle je naše město", "This is our city"),
    ("Chúng tôi rất vui", "We are very happy"),
    ("Ez a mi otthonunk", "This is our home"),
    ("Emme anna periksi", "We will not give up"),
    ("To jest nasz dom", "This is our house"),
    ("Vi ger aldrig upp", "We never give up"),
    ("Siamo tutti stanchi", "We are all tired"),
    ("Chega de promessas vazias", "Enough of empty promises"),
    ("Nu mai putem aștepta", "We can no longer wait"),
    ("Diolch yn fawr iawn", "Thank you very much"),
    ("Ça suffit maintenant", "That is enough now"),
    ("Wir bleiben hier", "We are staying here"),
]
# What a story goes on with after a quotation: not its rendering.
STORY = ["He was later escorted from the hall", "She then left the meeting without comment",
         "Police asked the group to move on", "The crowd cheered as the vote was announced",
         "Officials did not respond to the remark"]
MARKS = [('"', '"'), ("“", "”"), ("« ", " »"), ("„", "“")]
FORMS = ("untranslated", "next-sentence", "tagged-next", "parenthesis", "short", "short-next", "story-after")
#: The forms that are damage (an MT007 finding must overlap the quotation); the others are clean.
DAMAGE = ("untranslated", "short", "story-after")
TAGS = ["a resident said", "one protester told reporters", "the mayor added", "a spokesman said"]
# What may follow a speech tag inside a rendering.
AFTER_TAG = ["as the meeting ended", "referring to the closure", "before walking away", "adding that talks would go on"]
_SENT_END_RE = re.compile(r"(?<=[a-z])\. (?=[A-Z][a-z])")


def inject(text: str, rng: random.Random, form: str) -> tuple[str, tuple[int, int]] | None:
    """``text`` with one quotation inserted after a sentence, and the quotation's span."""
    ends = [m.start() + 1 for m in _SENT_END_RE.finditer(text)]
    if not ends:
        return None
    pos = rng.choice(ends)
    quote, english = rng.choice(SHORT_PAIRS if form.startswith("short") else PAIRS)
    opening, closing = rng.choice(MARKS)
    head = f" {opening}{quote},{closing} {rng.choice(TAGS)}."
    start = pos + 1 + len(opening)
    if form in ("next-sentence", "short-next"):
        head = f" {opening}{quote}.{closing} {english}."
    elif form == "tagged-next":
        head = f" {opening}{quote}.{closing} {english}, {rng.choice(TAGS)}, {rng.choice(AFTER_TAG)}."
    elif form == "parenthesis":
        head = f" {opening}{quote}{closing} ({english}), {rng.choice(TAGS)}."
    elif form == "story-after":
        head = f" {opening}{quote}.{closing} {rng.choice(STORY)}."
    return text[:pos] + head + text[pos:], (start, start + len(quote))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--copies", type=int, default=2, help="copies of each article per form")
    ap.add_argument("--show", action="store_true", help="print the misses and false alarms")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    linter = Linter(Config(select=("MT007", "LNG001")))
    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for rec in load("native"):
        for form in FORMS:
            for _ in range(args.copies):
                made = inject(rec["text"], rng, form)
                if made is None:
                    continue
                text, (s, e) = made
                total[form] += 1
                hit = any(f.start < e and f.end > s for f in linter.lint_text(text, id=rec["id"]).findings)
                flagged[form] += hit
                if args.show and hit != (form in DAMAGE):
                    print(f"  {'miss' if form in DAMAGE else 'alarm'} {form}: {text[s - 2:e + 60]!r}")
    for form in FORMS:
        what = "recall" if form in DAMAGE else "false alarms"
        print(f"{form:14} {total[form]:5} quotations, flagged {flagged[form]:5} ({what} "
              f"{flagged[form] / max(total[form], 1):.2f})")


if __name__ == "__main__":
    main()
