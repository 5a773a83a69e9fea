"""Build rules/data/past_forms_also_nouns.txt from lemminflect's inflection table.

    pip install lemminflect && python tests/tools/build_past_nouns.py

The past-tense forms (VBD) that are also nouns ("crew", "rent", "cost",
"ground"): MT004 reads them as verbs only where a subject and an object
surround them, as it does third-person forms that are also plural nouns.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from lemminflect import Inflections

OUT = Path(__file__).resolve().parents[2] / "rules" / "data" / "past_forms_also_nouns.txt"
HEADER = f"""# source: lemminflect {version("lemminflect")} (MIT licence), whose inflection table derives from the
#   NIH SPECIALIST Lexicon (open, no-fee terms) and Kevin Atkinson's AGID list (free use);
#   built by tests/tools/build_past_nouns.py
# licence: MIT (lemminflect); the lexicon sources' terms allow redistribution
# Past-tense verb forms (VBD) that are also nouns (a lemma with NN or NNS), one a line.
"""


def main() -> None:
    table = Inflections()._getInflDict()  # lemma -> {tag: forms}; no public accessor for the whole table
    nouns = {lemma.lower() for lemma, tags in table.items() if "NN" in tags or "NNS" in tags}
    past = {f.lower() for lemma, tags in table.items() if lemma.islower() for f in tags.get("VBD", ()) if f.isalpha()}
    words = sorted(past & nouns)
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} forms to {OUT}")


if __name__ == "__main__":
    main()
