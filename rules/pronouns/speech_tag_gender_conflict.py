"""PRN003: the speech tags of one quote run switch gender."""

from __future__ import annotations

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from .entities import entities
from .gate import possible_findings
from .words import GENDER_WORD


class SpeechTagGenderConflict(Rule):
    """The speech tags of one quote switch gender ("she said" ... "he added").

    What it finds:
    Two pronoun speech tags attached to quotes in one paragraph, with
    pronouns of different genders ("“...,” she said. “...,” he added."),
    when nobody else is mentioned between them and no other person who could
    take the second pronoun is in play just before: the same speaker's quote
    run is attributed to a woman and then to a man. Dialogue tags (asked,
    replied, answered) are not compared. Two tags directly in a row with
    nothing but punctuation between them ("he said. she declared.") are
    attribution doubling: where the translation family's MT005 is selected
    and reports them, its finding stands instead. When one of the tags is attached to a person whose gender is known,
    the other tag is reported; otherwise the second.

    Why it matters:
    A quote cannot be said by a man and a woman at once. A switch of pronoun
    inside one speaker's quote run is a typical artefact of machine
    translation from a language that does not mark gender on pronouns, and it
    leaves the reader unsure who is speaking.

    How to fix:
    Use the speaker's pronoun in both tags, or name the speaker.
    """

    code = "PRN003"
    name = "speech-tag-gender-conflict"
    family = "pronouns"
    needs = (possible_findings, entities)
    severity = "error"

    def check(self, doc: Document) -> Iterable[Finding]:
        if not possible_findings(doc)[2]:
            return
        an = entities(doc)
        for kept, flagged, eid in an.tag_conflicts:
            who = f" ({an.canonical(eid).name})" if eid is not None else ""
            kept_text = doc.text[kept.start : kept.end]
            flag_text = doc.text[flagged.start : flagged.end]
            yield self.finding(
                doc,
                flagged.start,
                flagged.end,
                f"'{flag_text}' attributes the quote to a {GENDER_WORD[flagged.gender]} speaker, but "
                f"'{kept_text}' (line {doc.line_col(kept.start)[0]}) attributes the same quote run{who} "
                f"to a {GENDER_WORD[kept.gender]} one",
                confidence=0.85 if eid is not None else 0.75,
                related=[(kept.start, kept.end, "the other speech tag of this quote run")],
            )
