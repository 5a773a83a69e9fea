"""Build rules/data/finite_verb_forms.txt from lemminflect's inflection table.

    pip install lemminflect && python tests/tools/build_finite_verbs.py

One line per verb lemma: the lemma, then its finite forms (third person
singular and past tense, VBZ and VBD), as lemminflect lists them, less the
third-person forms that are also plural nouns, marked "~". MT004
counts these as finite verbs when it asks whether a sentence has one; a
lexicon this size (thousands of verbs, not the few hundred written by hand)
keeps "The council approves the plan." from looking verbless.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from lemminflect import Inflections

OUT = Path(__file__).resolve().parents[2] / "rules" / "data" / "finite_verb_forms.txt"
HEADER = f"""# source: lemminflect {version("lemminflect")} (MIT licence), whose inflection table derives from the
#   NIH SPECIALIST Lexicon (open, no-fee terms) and Kevin Atkinson's AGID list (free use);
#   built by tests/tools/build_finite_verbs.py
# licence: MIT (lemminflect); the lexicon sources' terms allow redistribution
# One verb lemma a line, then its finite forms: third person singular (VBZ)
# and past tense (VBD); third-person forms that are also plural nouns
# ("~rates") are marked with "~". Lowercase lemmas only.
"""


def main() -> None:
    table = Inflections()._getInflDict()  # lemma -> {tag: forms}; no public accessor for the whole table
    # A third-person form that is also a plural noun ("rates", "schools") is
    # marked: in a verbless phrase it is almost always the noun.
    plurals = {f.lower() for tags in table.values() for f in tags.get("NNS", ())}
    lines = []
    for lemma in sorted(table):
        tags = table[lemma]
        if not lemma.isalpha() or not lemma.islower() or "VB" not in tags:
            continue
        forms = sorted({(("~" if tag == "VBZ" and f.lower() in plurals else "") + f.lower())
                        for tag in ("VBZ", "VBD") for f in tags.get(tag, ()) if f.isalpha()})
        if forms:
            lines.append(" ".join([lemma, *forms]))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} verbs to {OUT}")


if __name__ == "__main__":
    main()
