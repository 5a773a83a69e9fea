"""Build rules/data/irregular_past_participles.txt from lemminflect's inflection table.

    pip install lemminflect && python tests/tools/build_past_participles.py

The past participles (VBN) that are not also the past tense and do not end
in -ed ("done", "taken", "written"): the forms finite_verb_forms.txt lacks,
which MT003 and MT004 read as a verb that needs its auxiliary ("We are not.
Done fighting", "Taken to hospital by ambulance.").
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from lemminflect import Inflections

OUT = Path(__file__).resolve().parents[2] / "rules" / "data" / "irregular_past_participles.txt"
HEADER = f"""# source: lemminflect {version("lemminflect")} (MIT licence), whose inflection table derives from the
#   NIH SPECIALIST Lexicon (open, no-fee terms) and Kevin Atkinson's AGID list (free use);
#   built by tests/tools/build_past_participles.py
# licence: MIT (lemminflect); the lexicon sources' terms allow redistribution
# One past participle (VBN) a line that is not a past-tense form and does not end in -ed.
"""


def main() -> None:
    table = Inflections()._getInflDict()  # lemma -> {tag: forms}; no public accessor for the whole table
    forms = set()
    for lemma, tags in table.items():
        if not lemma.isalpha() or not lemma.islower() or "VBN" not in tags:
            continue
        past = {f.lower() for f in tags.get("VBD", ())}
        forms.update(f.lower() for f in tags["VBN"] if f.isalpha() and f.lower() not in past and not f.endswith("ed"))
    OUT.write_text(HEADER + "".join(f + "\n" for f in sorted(forms)), encoding="utf-8")


if __name__ == "__main__":
    main()
