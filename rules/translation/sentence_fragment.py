"""MT004 sentence fragment: a sentence with no main clause (the analysis is :mod:`.fragments`)."""

from __future__ import annotations

from typing import Iterable

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Rule

from .fragments import fragment_hits
from .prose import findings_from


class SentenceFragment(Rule):
    """A sentence is a fragment: no subject, no main clause, or no finite verb.

    What it finds:
    A subordinate clause standing alone ("Given that it supports the plan.",
    "Because of which the talks failed.", "While the economy continues to
    grow."), a phrase with no main verb torn off the sentence before ("Such as
    the construction of new roads.", "To protect the interests of the
    people."; the verb test uses the verb lexicons rules/data/mt_verbs.txt
    and rules/data/finite_verb_forms.txt, thousands of verbs from
    lemminflect), a
    declarative sentence with no subject ("Have visited the centre.",
    "Expressed his support for the plan.", "Told reporters in Nairobi.",
    "Also called for the case to be dismissed."), a relative clause on a
    quantified relative pronoun ("Many of which had never been
    catalogued."), a phrase on a complex preposition ("Subject to his
    clearance arriving in time."), a participle phrase
    standing alone ("Noting that the deadline had passed.", "Insisting
    that it was about finishing, not winning.", "Having been
    warned twice by the referee.", "Expressing deep concern."; with no
    comma, wherever it stands in its paragraph; or with finite verbs only
    in a clause it governs: "Taking on water after the engine room
    flooded.", "for as long as she was alive", "Hoping the rest will come
    from a pancake breakfast."; with commas that lead only to more phrases,
    never to a clause with its own subject: "Sailing from as far away as
    Aotearoa, guided only by stars.", "Fired with native timber, then
    cooled slowly."; a past participle and its particle with no verb
    after: "Bowled out for 212 in the final over."), a
    paragraph opening on a passive participle with more sentences after it
    ("Carried by wind over hundreds of kilometres."), a noun and the clause
    "that" opens ("Rights that in some cases predate statehood itself.", "A
    run that brought the club 14 million euros.": a word after an article is
    its noun, whatever else it may be; a "that" after a comma is a subject:
    "For the growers, that meant a second winter of debt"),
    a noun phrase and a participle phrase after its only comma ("The
    recipe, based on one from her grandmother's village."), a phrase hung with a
    relative clause ("Following the example of Venice, which introduced a
    charge."), a subordinate clause whose commas lead only to adverbials or
    more of the same clause ("Though inventories remain adequate for now,
    according to exchange data.", "Although math scores, by contrast,
    recovered slightly."), a relative clause standing alone ("Who resigned
    as prime minister last month."), an infinitive phrase whose commas lead
    to no clause ("To let her enjoy the moment, then get back to work."), a
    speech verb with no speaker before the clause it reports ("Said the
    decision followed two years of talks."), a noun phrase whose only verb
    is in the clause a wh-word opens ("A reminder of how fragile the
    business is."), a phrase
    broken off before its end ("According to.", "Pointing out.", "As
    stated."), a speech tag with no speaker ("Denying said.", "Denying any
    involvement said.", "Further said."), and a bare verb phrase inside a
    paragraph ("Recognize the damage to the reputation of the
    institution."). Whatever word opens it, a sentence among others with
    no finite verb ("Repair crews from three provinces working through the
    night.", "Clinics in the region to report every case.", "A gift which
    was arranged during the visit.", "Following reports that the handle can
    overheat."): each verb-like word is judged noun or verb from the
    lexicons and its neighbours ("the council plans a vote" has a verb,
    "the council's plans for the park" has none); a short one, or one with
    no trace of a lost auxiliary, is reported only when long and outside a
    feature that writes verbless sentences as style.

    Less sure fragments are reported at severity info (they count little in
    the score and not in MT008's density): a sentence opening with "Which",
    "Where" or "When" ("Which is why the vote was delayed."), one led by
    "not" ("Not to mention the insurance."), a past participle and a
    preposition ("Reviewed on a console provided by the publisher.", maybe
    a caption's passive), and a short sentence with no finite verb
    ("Brighter, quieter and with actual chairs."). A fragment that is a
    paragraph of its own between two paragraphs of several sentences
    ("Raising questions about the entire tender process.") is judged as if
    among them and reported at info, since a caption may stand there too.

    Quoted speech, wire credits ("Reporting by X; editing by Y."),
    labelled lines ("Photo caption: ..."), instructions after an opening
    adverbial ("In an emergency, call the police."), headlines (no final full stop), answers
    to a question just asked, short stylistic fragments ("Because nobody
    wanted it.", "Which is why the vote was delayed.", "As expected.",
    "In cinemas from Friday."), subordinate clauses followed by their main
    clause ("Though small, the town has a big heart."), participle
    constructions ("Asked what she thought, she laughed."), imperatives in
    an article that addresses the reader ("you") or gives instructions
    (three or more sentences opening on a bare verb: a recipe, an
    editorial's demands), transcript lines
    ("MINISTER: Soon.", "A: If we win something as well, lovely."),
    inversions ("Also injured were two children.", "Then came the flood.")
    and idioms ("Not so.") are left alone.

    Also a phrase whose only verb is in a "where" clause ("Except for ... and where a hosepipe is needed.")
    and one with an object "it" ("Making it difficult for ..."); interview answers and verse are left alone.
    A thousands separator ("9,000") is no clause punctuation; a focusing adverb may open a subordinate
    clause standing alone ("Mostly because ..."); an infinitive phrase, or one on a preposition, whose only
    verb is in the clause on its noun has no main verb ("To be supplied from a terminal that the company
    plans to build.", "Despite the minister's promise that there would be no more delays."). A temporal
    clause standing alone ("After the generator broke down for the third time last year.", not "Since
    2010 the town has grown", where a second noun phrase is the main clause's subject) and a phrase on a
    participle or a preposition whose verb-like words are nouns of its phrase ("Reflecting the fall in
    module prices over the past year.": a fronted phrase is set off from its main clause by a comma) are
    fragments; a gerund and its verb ("Killing them at this stage takes far less pesticide"), a number
    and "more" as a subject ("Three more wait"), a time glued to its number ("1.40am") and the word after
    an object "it" ("hearing it outside") are read as English reads them.

    Why it matters:
    Round-trip translation tears clauses off their sentences and loses
    subjects; edited news rarely leaves such fragments outside quotes.

    How to fix:
    Join the fragment to the sentence it belongs to, or restore its subject
    and verb; compare with the original report if one exists.
    """

    code = "MT004"
    name = "sentence-fragment"
    severity = "warning"
    family = "translation"
    needs = (fragment_hits,)

    def check(self, doc: Document) -> Iterable[Finding]:
        return findings_from(self, doc, fragment_hits(doc))
