"""MT003 spurious sentence break: a full stop inside a sentence that goes on in lowercase."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document
from sourcelint.finding import Edit, Finding, Fix
from sourcelint.rule import Rule

from .attribution import doubled_attribution
from .capital_break import capital_breaks
from .lexicons import stopwords
from .prose import ALL_ABBREVIATIONS, NEXT_WORD_RE, Hit, para_starts, prev_word


# Hits less sure than this are reported at severity info.
INFO_BELOW = 0.6
# Lowercase name particles that may legitimately follow a full stop.
_NAME_PARTICLES = frozenset("de da del della der di du van von al el la le ibn bin bint y dos das".split())
_BREAK_RE = re.compile(r"\.[ \t]+(?=[a-z])")
# Words that only continue a number: "20. million", "3. per cent".
_NUMBER_TAILS = frozenset("million millions billion billions trillion thousand hundred per percent cent".split())


@analysis("translation.breaks", needs=(doubled_attribution, para_starts, capital_breaks))
def break_hits(doc: Document) -> list[Hit]:
    """Full stops followed by a lowercase continuation (MT003's hits); not
    inside a doubled speech tag, which is MT005's."""
    taken = sorted((h.start, h.end) for h in doubled_attribution(doc))
    text = doc.text
    hits: list[Hit] = []
    taken_starts = [t[0] for t in taken]
    paras = doc.paragraphs
    starts = para_starts(doc)
    # One scan of the whole text: a match lies in the paragraph it starts in
    # when the lowercase letter after it does too, and is then exactly what a
    # scan of that paragraph alone finds there.
    for m in _BREAK_RE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() >= paras[i].end:
            continue
        para = paras[i]
        dot = m.start()
        if dot == para.start or not text[dot - 1].isalnum():
            continue
        prev = prev_word(text, dot, para.start)
        core = prev.strip(".’'-")
        if not core:
            continue
        low = core.lower()
        if (
            (len(core) == 1 and not core.isdigit())
            or "." in core
            or low in ALL_ABBREVIATIONS
            or (core.isupper() and len(core) <= 4)
        ):
            continue
        w = NEXT_WORD_RE.match(text, m.end())
        if w is None:
            continue
        nxt = w.group()
        if core.isdigit() and nxt not in _NUMBER_TAILS:
            continue  # "No. 4. the", a list's "1. the": only a word that needs its number goes on
        if any(c.isupper() for c in nxt) or nxt in _NAME_PARTICLES or any(c.isdigit() for c in nxt):
            continue
        if w.end() + 1 < len(text) and text[w.end()] == "." and text[w.end() + 1].isalpha():
            continue  # a domain name ("example.com")
        start = dot - len(prev)
        k = bisect_right(taken_starts, dot) - 1
        if k >= 0 and taken[k][0] <= dot < taken[k][1]:
            continue  # already reported as a doubled speech tag
        hits.append(
            Hit(
                "MT003",
                start,
                w.end(),
                f"full stop after '{core}' followed by lowercase '{nxt}': the sentence continues",
                0.9,
                Fix((Edit(dot, dot + 1, ""),), safe=False, description="remove the full stop"),
            )
        )
    hits += _line_breaks(doc)
    hits += [h for h in capital_breaks(doc) if not any(a <= h.start < b for a, b in taken)]
    hits.sort(key=lambda h: h.start)
    return hits


# (The full stop comes first, so the engine skips ahead to full stops.)
_LINE_BREAK_RE = re.compile(r"\.(?<=[a-z]\.)[ \t]*\n[ \t]*(?=[a-z])")
_MIN_LINE_WORDS = 6


def _line_breaks(doc: Document) -> list[Hit]:
    """A full stop at the end of a line of prose and a next line that goes
    on with a function word ("hotel rooms." and a line "for patients who"): a sentence
    cut across a line break (a lowercase line after a list item or a
    lyric line opening on a noun stays quiet)."""
    text = doc.text
    hits: list[Hit] = []
    for m in _LINE_BREAK_RE.finditer(text):
        dot = m.start()
        line_start = text.rfind("\n", 0, dot) + 1
        if len(text[line_start:dot].split()) < _MIN_LINE_WORDS:
            continue
        prev = prev_word(text, dot, line_start)
        w = NEXT_WORD_RE.match(text, m.end())
        if w is None or prev.lower() in ALL_ABBREVIATIONS or w.group() not in stopwords():
            continue
        hits.append(Hit("MT003", dot - len(prev), w.end(),
                        f"full stop after '{prev}' and a line that goes on with '{w.group()}': the sentence continues",
                        0.7, Fix((Edit(dot, m.end(), " "),), safe=False, description="join the two lines")))
    return hits


class SpuriousSentenceBreak(Rule):
    """A full stop splits a sentence in two.

    What it finds:
    A full stop followed by a lowercase word that carries on the same
    sentence ("missing family. members", "women's rights and interests. and
    children"), and one before a capital where grammar shows one clause
    cut in two: the piece after it has no subject (it opens on a modal or
    a finite verb: "She hoped the return. Would bring back", "The first two
    ships. Were delivered", "And gave talks"; after a piece with a subject
    and no verb, a past or speech verb and its object: "He later. Accepted
    that", "Management at the hospital. Said the"), or no main verb of its own (a
    phrase, a participle phrase or a coordinated phrase: "first. Before
    locking residents in", "welcoming. Saying the routes would",
    "speeding. On the stretch, which is used", "plants. And water
    recycling, but"), or the piece before ends on a word no sentence ends
    on (an article, a possessive, "of", a subject pronoun, an auxiliary or
    "not" before the verb after the full stop: "have. Been transported", a
    preposition before the noun phrase it governs: "took off in. A white
    van", "across the state of. California", or before a number: "opened
    the shop in. 1924", "announced a. 30 percent rise"; not "12 in. 4 of
    them", inches), a relative pronoun before its
    verb: "people who. Come down", a word that needs its preposition:
    "living next. To the park"), or a speech tag before the full stop has
    nothing to report ("Without the line, he said. Southern producers
    would"), or a verbless adverbial stands before the clause it belongs
    to ("To pay for the expansion. Lawmakers delayed", "If the government.
    Agrees, the expansion"), or the head of the piece after, up to a
    subordinate clause or "and" and a second verb, has no verb after a verb
    or a copula ("Both were. Able to dig themselves out and were not
    injured"). Inside quotes only a word no sentence ends on ("We are not.
    Done fighting") or a phrase on "of" is reported. A line of prose that
    ends on a full stop and a next line going on with a function word
    ("hotel rooms." and, on the next line, "for patients") is one
    sentence too. Imperatives ("Don't"; "And be kind to the staff." or
    "Have meters tested" in an article that gives advice), an auxiliary
    standing for a clause said before ("this was fair, and it was."), questions and inversions ("Would you
    ...?", "Had he known,"), quoted speech, headings and the short pieces of
    an article written in fragments on purpose ("And it worked.", "Not
    yet.") are not reported. Abbreviations (e.g., i.e., etc., vs., a.m., No.,
    U.S.), initials, numbers (unless the next word only goes on from a
    number: "20. million", "3. per cent"), name particles (de, van) and
    lowercase brand names (iPhone, eBay) after a full stop are not reported.
    An infinitive after "to", a modal or "help" before a piece that opens
    on a determiner and has no verb is cut from its object ("would submit.
    A memorandum to the ministry"); inside quotes too, and so is a verb the
    web counts mostly write before "to" cut from its infinitive ("we want.
    To be the airline"). A common noun's possessive needs its noun after
    the full stop ("the city's. Main plant"), and a verb its amount ("reached.
    About 14,000 people"), "to" its verb ("harder to. Train and keep") unless
    the verb before makes it an ellipsis ("as it used to."), and a range
    after "between" its second number ("between 70. And 80"). A caption's label ("From left: ..."), a speaker
    trailing off on ", but." and a tag that reports the words before it
    ("Another month, he said. Then ...") are not reported.
    Less sure cuts are reported at severity info: a verbless piece of six
    words or more after a clause ("too many. Screens in the city centre"),
    a preposition a question word may have stranded, a piece opening on a
    past participle ("Reviewed on PC"), and two content words the web
    counts join far more often than chance on either side of the full stop
    ("the legal. Action").

    It also finds a relative pronoun before an auxiliary ("those who. Are asked"), a two-word piece ending on
    a word no sentence ends on ("Organisers of. Cultural"), "so ... that" or "such ... that" cut before its
    result ("so faint that. It took"), and a verb cut from its object when the first clause after the full
    stop is verbless ("officers found. Cannabis plants worth £120,000 ..., and in March ..."). A live blog's
    time-stamped entries ("15.20: First count announced. Two candidates ...") are written as headlines and
    left alone. A piece opening on an object pronoun after a verb ("we can give. Them a chance"), in speech
    too, and a phrase whose only verb is the speech tag closing its paragraph ("over uncertified wool. Of
    similar quality, brokers said.") are cut; dotted initials written together ("Adv. P.J. Steyn") are not.

    Why it matters:
    Machine translation of sentence fragments inserts full stops mid-sentence;
    readers and downstream sentence splitters then see broken sentences.

    How to fix:
    Remove the full stop if the text reads as one sentence (the fix does
    this, lowercasing the next word, or puts a comma before a participle);
    otherwise make both halves complete sentences.
    """

    code = "MT003"
    name = "spurious-sentence-break"
    severity = "warning"
    fixable = True
    fix_safety = "unsafe"
    family = "translation"
    needs = (break_hits,)

    def check(self, doc: Document) -> Iterable[Finding]:
        for h in break_hits(doc):
            yield self.finding(doc, h.start, h.end, h.message, confidence=h.confidence, fix=h.fix,
                               severity="info" if h.confidence < INFO_BELOW else None)
