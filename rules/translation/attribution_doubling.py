"""MT005 attribution doubling: one quote carries two speech tags in a row."""

from __future__ import annotations

import re
from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from ..pronouns.entities import entities
from .attribution import _ATTR_RE, doubled_attribution
from .prose import SPEECH_VERBS, Hit, findings_from


class AttributionDoubling(Rule):
    """One quote carries two speech tags in a row.

    What it finds:
    Two attributions back to back for the same quote, such as "…,” he said.
    she declared.", "…,” she said, he added.", "…,” said Wang Yi. he
    stressed.", "…,” he told reporters. she added." or, inside a quote that
    goes on, "…,” the mayor said, she said, “but …". Names may carry
    accented letters ("Governor Rodríguez said. she added.") or be
    double-barrelled ("the judge said, said Ndlovu-Barnes in court"); the first may say whom the
    words were about ("…,” Okonkwo said of his goaltender, the coach said."). The second tag
    is bare (it ends with a full stop, comma or colon), which is what
    distinguishes it from a new attributed statement; a new sentence that
    opens a new quote ('"No," he said. She said, "Yes."') is another speaker.
    A sentence that already has a tag and ends with a second one after a
    comma is a doubling too: the second tag right after the first or its
    apposition ('"It was hard," Rossetti said, he told reporters after the
    race.', '"Water is short," said Wang Lihua, an official, Wang said.'),
    or after a quote in a sentence that opened with a tag ('The judge said
    the firm had "cut corners," she said.'), or that opened with a tag or
    "according to" right before the quote ('Chen said: "...," he said.',
    'According to the chief, "...," she said.'); two tags in a row before
    the quote ('She said, he declared: "..."') or with no mark between
    them after it ('"...," she said they said.'); reported speech opened
    by a tag and closed by a pronoun tag ('The coach said that ..., he
    told journalists.'). The second tag may have a longer subject ("the
    company's chief executive") or another verb of communication ("the
    singer revealed", rules/data/attribution_verbs.txt). Read from the
    clauses of the sentence (cut at quotes, commas, semicolons and colons),
    any two tags of one statement with no quote between them are a doubling,
    whatever their form: a title before the name ('said fruit and vegetable
    trader Colin Pryce, stall holder Colin Pryce told the Post.'), a role
    with a preposition ('the company said in a statement, a spokesperson for
    Velvo said.'), an apposition between them ('said team captain Sofia
    Reyes, 17, Reyes said.'), reported speech then a tag ('Governor
    Marchbank said the bank was "not yet ready" to cut, she told a press
    conference.'), or a tag inside the sentence whose subject speaks again
    ('Head coach Donna Reeves, speaking to reporters, the coach said, said
    ...'), or the speaker's name tagging the statement again after a comma
    ('said Inspector Claire Hughes, who leads the team, Hughes said.',
    '..., Tom Beale, said, according to Beale.', a tag and an "according to"
    naming a source, quote or not ('..., the council said, according to a
    council statement.', an inverted tag with a role and an age too: '...,"
    said dancer Mereoni Tuilau, 19, according to the dancer.'), 'According to the head,
    Anna Kovacs, Kovacs said ...'), a sentence opened by "According to X,"
    and closed by a bare tag, reported speech running on into a partial
    quote before a tag ('Judge X told the court the crew had "gambled
    ...", the judge said.'); a second tag that names where the report came from ('..., the BBC
    reported.') is a source, not a doubling. A tag followed by
    more of the sentence ('he said, adding that ...'), a quote carried over
    from the sentence before, a source named after a quote ('..., PTI
    reported.') and a quote within a quote ('As Mandela said, "...," the
    principal told the graduates.') are not.

    The tag ending a sentence may have a subject opening on "a" ("..., according to police, a PSNI
    spokesperson said.").

    Why it matters:
    Machine translation renders the source's speech verb twice, often with
    the wrong pronoun; the result misattributes or garbles who said what.

    How to fix:
    Keep the one correct attribution and delete the other.
    """

    code = "MT005"
    name = "attribution-doubling"
    severity = "error"
    fixable = True
    fix_safety = "unsafe"
    family = "translation"
    supersedes = ("PRN001", "PRN002", "PRN003")
    # The pronoun analysis only when a hit has a gendered tag: the fix keeps
    # the tag that agrees with the speaker.
    needs = (doubled_attribution, entities)

    def check(self, doc: Document) -> Iterable[Finding]:
        hits = [h._replace(fix=gender_safe_fix(doc, h)) for h in doubled_attribution(doc)]
        return findings_from(self, doc, hits)


_PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}
# The last pronoun tag before a sentence-final second tag ('..., he said of
# the plan, she said.'): the one the fix would keep.
_KEPT_TAG_RE = re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he) (?:{SPEECH_VERBS})\b(?!.*\b(?:[Hh]e|[Ss]he) (?:{SPEECH_VERBS})\b)")


def gender_safe_fix(doc: Document, hit: Hit) -> Fix | None:
    """MT005's unsafe fix, never keeping a tag whose pronoun contradicts the
    speaker's gender: the kept (first) tag stays unless its pronoun disagrees
    with the known gender, or the gender is unknown and the tags disagree;
    then the second tag is kept if it can stand alone, else there is no fix."""
    text = doc.text
    m = _ATTR_RE.match(text, hit.start, hit.end)
    if m is None:  # a second tag ending a sentence that has one: the fix keeps the first
        sent = doc.sentence_at(hit.start)
        kept = _KEPT_TAG_RE.search(text, sent.start if sent else max(0, hit.start - 300), hit.start)
        g1 = _PRONOUN_GENDERS.get(kept.group("pron").lower()) if kept else None
        g2 = _PRONOUN_GENDERS.get(text[hit.start : hit.end].split(" ", 1)[0].lower())
        second = None
    else:
        g1 = _PRONOUN_GENDERS.get((m.group("s1") or m.group("s1i") or "").lower())
        g2 = _PRONOUN_GENDERS.get((m.group("s2") or m.group("s2i")
                                   or (m.group("acc") or "").rsplit(" ", 1)[-1]).lower())
        second = m if m.group("s2") or m.group("s2i") else None
    if g1 is None:
        return hit.fix
    speaker = _speaker_gender(doc, hit.end)
    if g1 == speaker or (speaker is None and g2 in (None, g1)):
        return hit.fix
    if second is not None and (g2 is None or g2 == speaker):
        k = second.end("sep")
        while k < hit.end and text[k] in " \t":
            k += 1
        return Fix((Edit(hit.start, k, ""),), safe=False, description=f"keep only '{text[k:hit.end]}'")
    return None


def _speaker_gender(doc: Document, pos: int) -> str | None:
    """The gender known for the person mentioned last before ``pos`` (name,
    role or person noun), from the pronoun family's shared analysis (run
    only for a hit with a gendered tag)."""
    an = entities(doc)
    last = None
    for entity in an.entities:
        for mention in entity.mentions:
            if mention.kind != "pron" and mention.start < pos and (last is None or mention.start > last.start):
                last = mention
    return None if last is None else an.canonical(last.entity).effective_gender()
