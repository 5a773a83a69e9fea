"""PRN001: one person referred to with pronouns of both genders."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress
from dataclasses import dataclass
from typing import Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule

from .couples import kin_after, surname_names_another
from .entities import entities
from .gate import possible_findings
from .lone_gender import lone_gender_pronouns
from .topic_default import topic_flips
from .reported_speech import about_the_main_person, speech_verb_between, unread_speaker
from .turns import given_the_floor, reply_to_other
from .model import Attachment, Entity, Evidence, Mention, PronounAnalysis, PronounRecord
from .resolver import COMPATIBLE, Candidate, Resolution, blamed, resolutions, thresholds, told_by
from .words import CLAUSE_OPENERS, GENDER_WORD, LOWER_WORD_RE, OPPOSITE, PREPOSITIONS, PRON_SETS, SPEECH_VERBS, feminine_things, person_words


_LETTERS_SPLIT = re.compile(r"([A-Za-z]+)").split
_NEXT_RE = re.compile(r"\s*(?:[,.;:!?)\"”’—–-]|([A-Za-z]+))")  # what follows an object pronoun


@analysis("pronouns.gendered_nouns")
def gendered_nouns(doc: Document) -> dict[str, list[int]]:
    """The offsets of the person nouns of each gender ("father", "actress") in ``doc``, read once."""
    words = person_words()
    out: dict[str, list[int]] = {"m": [], "f": []}
    # (the original text: offsets stay true) Split, not matched one by one:
    # the pieces alternate between what separates the letter runs and the
    # runs, and one running sum of their lengths gives every offset.
    pieces = _LETTERS_SPLIT(doc.text)
    runs = pieces[1::2]
    starts = list(accumulate(map(len, pieces), initial=0))[1::2]
    for i in compress(range(len(runs)), map(words.__contains__, map(str.lower, runs))):
        g = words[runs[i].lower()][0]
        if g in out:
            out[g].append(starts[i])
    return out


@analysis("pronouns.thing_sentences")
def thing_sentences(doc: Document) -> list[int]:
    """The sentences of ``doc`` naming a thing English calls "she", read once."""
    things = feminine_things()
    return [i for i, sent in enumerate(doc.sentences) if not things.isdisjoint(LOWER_WORD_RE.findall(sent.text.lower()))]


@dataclass
class _Verdict:
    gender: str
    signals: list[str]  # independent sources agreeing with the gender
    summary: str
    static: bool
    majority: int = 0
    minority: int = 0


def _lexeme(ev: Evidence) -> str:
    """The word behind a piece of evidence, so one word counts once however it was used."""
    if ev.source == "first name":
        return "first name"
    return ev.label.lower().rstrip(".").removesuffix("'s").removesuffix("’s")


def _verdict(e: Entity, skip: set[int], an: PronounAnalysis) -> _Verdict | None:
    """The gender of a named person and the evidence, or None when not established."""
    atts = [a for a in e.attachments if a.start not in skip]
    votes = {"m": 0, "f": 0}
    for a in atts:
        votes[a.gender] += 1
    static = e.static_gender()
    sources = {ev.source for ev in e.evidence}
    maj = "m" if votes["m"] > votes["f"] else "f"
    pron_gender = None
    if votes[maj] >= 2 and votes[maj] >= 2 * votes[OPPOSITE[maj]]:
        pron_gender = maj
    if static:
        if votes[static] == 0 and votes[OPPOSITE[static]] >= 2 and (
                sources == {"first name"} or an.spoken_only(e.evidence)):
            return None  # the lexicon may be wrong for this person's culture, a speaker for this person
        gender = static
    elif pron_gender:
        gender = pron_gender
    else:
        return None
    # One signal per word: title 'Prince' and role noun 'prince', or 'Ms' twice,
    # are one piece of evidence, not two; every first name counts as one.
    signals = sorted({_lexeme(ev) for ev in e.evidence if ev.gender == gender})
    if votes[gender] >= 2 and votes[gender] >= votes[OPPOSITE[gender]]:
        signals.append("pronouns")
    parts = []
    for ev in e.evidence:
        if ev.gender != gender:
            continue
        if ev.source == "first name":
            parts.append(f"first name {ev.label}")
        else:
            parts.append(f"{ev.source} '{ev.label}'")
    parts = list(dict.fromkeys(parts))
    parts.append(f"{votes[gender]} {PRON_SETS[gender]} vs {votes[OPPOSITE[gender]]} {PRON_SETS[OPPOSITE[gender]]} attached")
    return _Verdict(gender, signals, "; ".join(parts), static is not None, votes[gender], votes[OPPOSITE[gender]])


class PronounGenderConflict(Rule):
    """One person is referred to with pronouns of both genders.

    What it finds:
    A pronoun (he/him/his/himself or she/her/hers/herself) attached to a
    named person whose gender the rest of the article establishes the other
    way: by honorific (Ms, Mr), gendered title or role noun (Queen,
    spokeswoman), relation word before the name ("husband Jarett Kelley"),
    the first-name lexicon, or the majority of the pronouns attached to that
    person. A pronoun is attached only on explainable evidence (a speech tag
    "Bachelet said he", the subject of the same sentence, the only person of
    the previous sentence, a pronoun chain; a tag after a quote, "“…,” he
    said", goes to the speaker the paragraph, or for a paragraph opening
    with the quote the previous one, attributed speech to by name, whoever
    else is near; a pronoun opening its sentence continues the named
    subject and only person of the sentence before, and people from
    paragraphs the story has moved on from no longer count against it) and
    otherwise only when no one else who
    could take that pronoun (a named person, "the woman", "a senior official",
    "Her Majesty", an unresolved pronoun of that gender) is in play in the
    last few sentences. Inside quotation marks only people named earlier in
    the same quote count. Tags that PRN003 reports are left to it; where
    MT005 (attribution doubling, "he said. she declared.") is selected and
    reports the same pronoun, its finding stands instead. The finding is an error when two or more
    independent signals establish the gender (one word used twice, such as
    title 'Prince' and role noun 'prince', is one signal), otherwise a
    warning.

    Where the context is not that simple, the pronoun resolver (module
    ``resolver``) scores every candidate referent (recency, people named up
    to ten sentences back, subject position, speech tags, paragraph topic,
    the article's main person, role nouns, the pronouns recently attached
    to each person, the previous pronoun) with weights learned from clean
    news, and a pronoun outside quotes whose gender gets a probability under
    the calibrated threshold is reported too, blamed on its most probable
    referent of the other gender, whose gender must be established (not
    one pronoun, nor the previous pronoun alone). Nobody who can take the
    pronoun may be within reach (a person of its gender in this or the
    previous sentence, or one of unknown gender just before it). There are
    two thresholds, both calibrated on clean news to the false-alarm budget
    (option ``threshold`` scales them): a pronoun not bound by its own clause
    (a possessive or reflexive after its subject, "Bachelet ended his visit"
    is bound) with someone of its gender named within ten sentences needs a
    far lower probability, and then one that follows a pronoun of the other
    gender in its sentence ("He supported her career") is two people, not a
    flip. A pronoun after a person noun of its gender in the sentence, a
    possessive before a kin noun of the other gender ("Her father") or in
    words a speaker reports about the article's main person is left alone,
    and "she"/"her" near a thing English calls "she" (a ship, a car, a mare)
    is never reported. Nor is an object pronoun blamed on the subject of its
    own clause ("Hale, standing beside her, said": English would say
    "himself"), nor a pronoun when an unnamed person of unknown gender
    possessed by a pronoun of the other gender comes before it ("her client
    ... his bosses"), nor one blamed on someone its own gender's pronoun
    possesses in its sentence ("survived by her sons, Dermot ...; her
    daughter"), nor a subject pronoun blamed on an object pronoun of its
    sentence or the reverse ("Asked to describe him, she laughed": two
    people), nor one after a speech verb whose speaker the analysis found no mention of,
    blamed on someone named sentences back ("Counsel for the owners, Adv. M. T. Naidoo SC,
    said his clients": the speaker's; "SC", like "Jr", ends a name), nor a subject pronoun
    with the other gender's object pronoun a few words on in its clause ("says she made him
    climb": he is her object). The turns of a paragraph (module ``turns``) settle tags the
    resolver would guess at: a quote's tag means whom the paragraph gave
    the floor to before the quote (a subject pronoun of its gender, a
    person noun of its gender, someone of unknown gender named; the
    paragraph before, for a quote opening its paragraph), and a reply ("He
    replied that ...") after a quote tagged with the other gender is the
    other party's turn. "X said (that) PRONOUN" (X also before an aside:
    "Solberg, who ..., said his") is judged by X's own gender when X is
    established as the other gender, unless someone who can take the
    pronoun is named before it in its sentence or the one before, is the
    main person, this paragraph's topic or the person the story has been
    following, or is meant by the pronoun just before (a quote's tag
    ending the previous paragraph aside). Role nouns stand for the person
    titled so ("chief executive Linda Harcourt" ... "the chief executive";
    "Dr. Arsenault" ... "the doctor"; a post or trade nobody holds, "the
    swimmer", stands for the person the story is about so far: named first,
    three times or more and more often than anyone, with no other post; so
    does a role two people hold, "the architect" of a story about one
    architect who works with another). A verb of manner tags the quote it
    follows ('...," he laughed'), an unlabelled interview's answers (first
    person, after a question paragraph, three questions or more) are
    speech, and an unnamed person a speaker mentions in a quote ("my mum")
    is no one to blame.

    Two more readings need no resolver threshold (both warnings): a pronoun
    whose gender fits nobody in the article (everyone with gender evidence
    is of the other gender, no person noun of its gender occurs anywhere,
    nobody of unknown gender is named just before it), blamed on its most
    probable referent; and, in a profile or obituary (one person named at
    least twice as often as anyone else), a subject pronoun of the other
    gender before anyone is named in its paragraph, with nobody who could
    take it in the two sentences before ("a character who's tall" can), blamed on that person.

    A lede role noun with another person noun before the name is two people ("the Minister and his
    counterpart, Haruka Morimoto"), a person noun before a first name is a label ("Solicitor Sarah Ryan"), and
    the pronouns of a poem quoted after a colon are the poem's. Court and tribunal roles ("the
    complainant", "the coroner", "an opposition MP") are people a pronoun may mean; an attachment with
    such a person of unknown gender between the pronoun and its mention is unsure; a quote opening its
    paragraph that speaks of the last speaker's gender ('"She's usually right," he said') is a reply, not
    that speaker's; for a quote's tag, the reach for someone of unknown gender counts from the quote's
    first sentence; "remembered" reports as "recalled" does. A surname alone that a person named
    before shares with the blamed one ("Jan du Toit ... his mother, Anna du Toit ... Du Toit plans ...
    His son") may name either: no pronoun found through it is blamed when the earlier person may take it.

    Why it matters:
    Languages such as Chinese, Turkish or Hindi do not mark gender on (all)
    pronouns or possessives, so machine translation into English guesses, and
    one person flips between "she" and "he". Human-written news almost never
    does this: it is one of the clearest signs that an article is an
    unedited machine translation, and it misleads readers about who did what.

    How to fix:
    Use the pronouns that match the person throughout (check the original
    source), or repeat the person's name where the reference is unclear.
    """

    code = "PRN001"
    name = "pronoun-gender-conflict"
    family = "pronouns"
    needs = (possible_findings, entities, resolutions, gendered_nouns, thing_sentences)
    severity = "error"
    options = {
        "min-confidence": Option(0.5, "Report only attachments at least this confident (0-1).", min=0.0, max=1.0),
        "threshold": Option(None, "Report a pronoun whose gender the resolver gives a lower probability than "
                            "this (0-1; default: the shipped model's calibrated threshold; the threshold "
                            "with someone of the pronoun's gender named before scales with it).",
                            type=(float, type(None)), min=0.0, max=1.0),
    }

    def check(self, doc: Document) -> Iterable[Finding]:
        if not possible_findings(doc)[0]:
            return
        an = entities(doc)
        skip: set[int] = set()
        for _kept, flagged, _e in an.tag_conflicts:
            skip.add(flagged.start)
            skip.add(_kept.start)
        resolved = {r.pron.start: r for r in resolutions(doc)}
        reported: set[int] = set()
        for f in self._attached_conflicts(doc, an, skip, resolved):
            reported.add(f.start)
            yield f
        alone, crowded = thresholds(self.opts["threshold"])
        for r, c, in_crowd in improbable_pronouns(doc, an, resolved.values(), skip | reported,
                                                   max(alone, crowded)):
            threshold = crowded if in_crowd else alone
            if r.p_observed() < threshold:
                reported.add(r.pron.start)
                yield self._resolved_finding(doc, an, r, c, threshold, in_crowd)
        for r, c in lone_gender_pronouns(doc, an, resolved.values(), gendered_nouns(doc), skip | reported):
            if not (r.pron.gender == "f" and _thing_before(doc, r.pron.start)):
                reported.add(r.pron.start)
                yield self._lone_finding(doc, an, r, c)
        for r, e in topic_flips(doc, an, resolved.values(), skip | reported):
            if not (r.pron.gender == "f" and _thing_before(doc, r.pron.start)):
                yield self._topic_finding(doc, r, e)

    def _topic_finding(self, doc: Document, r: Resolution, e: Entity) -> Finding:
        """A paragraph-opening subject pronoun of the other gender than the article's main person ``e``."""
        p = r.pron
        g = OPPOSITE[p.gender]
        evidence = "; ".join(dict.fromkeys(f"{ev.source} '{ev.label}'" for ev in e.evidence if ev.gender == g))
        first = next((m for m in e.mentions if m.kind == "name"), None)
        related = [(first.start, first.end, f"the first mention of {e.name}")] if first is not None else []
        msg = (f"'{p.word}' opens its paragraph before anyone is named in it, so it most probably refers to "
               f"{e.name}, the person the article is about, who is {GENDER_WORD[g]} ({evidence}) "
               f"(probability of '{p.word}' here {r.p_observed():.2f})")
        return self.finding(doc, p.start, p.end, msg, confidence=0.7, related=related, severity="warning")

    def _lone_finding(self, doc: Document, an: PronounAnalysis, r: Resolution, c: Candidate) -> Finding:
        """A pronoun whose gender fits nobody in the article, blamed on candidate ``c``."""
        p = r.pron
        who, evidence, related = _describe(doc, an, c)
        msg = (f"'{p.word}' fits nobody in the article: everyone it names with gender evidence is "
               f"{GENDER_WORD[OPPOSITE[p.gender]]} and no {GENDER_WORD[p.gender]} person noun occurs; it most "
               f"probably refers to {who}, who is {GENDER_WORD[OPPOSITE[p.gender]]} ({evidence})")
        return self.finding(doc, p.start, p.end, msg, confidence=0.75, related=related, severity="warning")

    def _resolved_finding(self, doc: Document, an: PronounAnalysis, r: Resolution, c: Candidate,
                          threshold: float, crowded: bool) -> Finding:
        """A pronoun whose gender the resolver finds improbable, blamed on candidate ``c``
        (``crowded``: someone of the pronoun's gender is named in the sentences before)."""
        p = r.pron
        other = OPPOSITE[p.gender]
        who, evidence, related = _describe(doc, an, c)
        sure = (c.female >= 0.97 or c.female <= 0.03) and not crowded
        conf = min(0.95, 0.6 + 0.35 * (1.0 - r.p_observed() / max(threshold, 1e-9)))
        if crowded:
            where = f"the {GENDER_WORD[p.gender]} people named before are far less probably meant"
        elif _fits_nobody(an, p.gender):
            where = f"nobody in the article is {GENDER_WORD[p.gender]}"
        else:
            where = f"nobody within reach is {GENDER_WORD[p.gender]}"
        msg = (f"'{p.word}' most probably refers to {who}, who is {GENDER_WORD[other]} ({evidence}); "
               f"{where} (probability of '{p.word}' here {r.p_observed():.2f})")
        return self.finding(doc, p.start, p.end, msg, confidence=conf, related=related,
                            severity="error" if sure else "warning")

    def _attached_conflicts(self, doc: Document, an: PronounAnalysis, skip: set[int],
                            resolved: dict[int, Resolution]) -> Iterable[Finding]:
        """Pronouns attached to a person whose gender the article establishes the other way."""
        merged_into: dict[int, list[Entity]] = {}
        for x in an.entities:
            if x.alias is not None:
                merged_into.setdefault(an.canonical(x.id).id, []).append(x)
        for e in an.people():
            members = [e, *merged_into.get(e.id, ())]
            atts = sorted((a for x in members for a in x.attachments), key=lambda a: a.start)
            if not atts:
                continue
            merged = Entity(e.id, e.name, e.kind, evidence=list(e.evidence), attachments=atts)
            v = _verdict(merged, skip, an)
            if v is None:
                continue
            strong = len(v.signals) >= 2
            if strong:
                base = 1.0
            elif v.static:
                base = 0.85
            else:  # only the pronouns themselves: the clearer the majority, the surer
                base = min(0.95, 0.7 + 0.04 * (v.majority - 2 * v.minority))
            for a in atts:
                if a.gender == v.gender or a.start in skip or _unsure_attachment(doc, an, a) \
                        or (a.word.lower() in ("he", "she") and _object_after(doc, a.gender, a.end)):
                    continue
                conf = a.strength * base
                if conf < self.opts["min-confidence"]:
                    continue
                msg = (
                    f"'{a.word}' refers to {e.name} here ({a.reason}), but {e.name} is "
                    f"{GENDER_WORD[v.gender]} elsewhere in the article ({v.summary})"
                )
                yield self.finding(
                    doc,
                    a.start,
                    a.end,
                    msg,
                    confidence=conf,
                    related=[(a.antecedent.start, a.antecedent.end, f"the mention of {e.name} it was attached to")],
                    severity="error" if strong else "warning",
                )


def improbable_pronouns(doc: Document, an: PronounAnalysis, resolved: Iterable[Resolution],
                        skip: set[int] = frozenset(),
                        below: float = 1.0) -> Iterable[tuple[Resolution, Candidate, bool]]:
    """The pronouns (not at an offset in ``skip``, with a probability of their
    observed gender under ``below``) that someone of the other
    gender could be blamed for, each with that candidate and whether it is
    *crowded*: not bound to the candidate by its clause, with someone of its
    own gender named in the :data:`WIDE_REACH` sentences before. The caller
    compares the probability of the observed gender with the threshold of
    its stratum (:func:`thresholds`); the trainer calibrates both on clean
    articles with this same function."""
    tags = {t.start for t in an.tags if t.quote_tag}
    nouns = gendered_nouns(doc)
    for r in resolved:
        speaker = told_by(r)
        if speaker is not None:  # bound by the grammar of its clause to its speaker
            r = Resolution(r.pron, r.cands, r.probs, speaker.female)
        if r.pron.start in skip or r.p_observed() >= below:
            continue
        c = blamed(r, 1.0)
        if c is None or (r.pron.gender == "f" and _thing_before(doc, r.pron.start)):
            continue
        if (c.female if r.pron.gender == "m" else 1.0 - c.female) < ESTABLISHED:
            continue  # the blamed person's gender is not established (one pronoun, the chain of a flip)
        if r.pron.form == "poss" and kin_after(doc, r.pron.end, OPPOSITE[r.pron.gender]):
            continue
        if about_the_main_person(doc, r, c) or _noun_before(doc, r.pron.sent, r.pron.start, r.pron.gender):
            continue
        if _object_of_its_subject(doc, r, c) or _unanchored_chain(an, c) or _main_person_resumed(doc, r, c):
            continue
        if reply_to_other(doc, an, r.pron) or (r.pron.start in tags and given_the_floor(doc, an, r.pron, nouns)):
            continue  # the paragraph's turns say who speaks
        if c.kind == "chain" and "chain_same" in c.feats and {c.mention.form, r.pron.form} == {"obj", "subj"}:
            continue  # "Asked to describe him, she laughed": a subject and an object of one sentence are two people
        if r.pron.form == "subj" and _object_after(doc, r.pron.gender, r.pron.end):
            continue  # "says she made him climb": the man is her object, not whom she means
        if unread_speaker(doc, an, r, c):
            continue  # "Counsel for the trust, Adv. J. P. Venter SC, said his": the speaker, not someone far back
        if _possessed_by_own_gender(doc, c, r.pron):
            continue  # "survived by her sons, Dermot ...; her daughter": the sons' possessor takes "her"
        if isinstance(c.mention, Mention) and surname_names_another(an, c.entity, c.mention, r.pron.gender):
            continue  # "Du Toit" of Jan du Toit or of his mother Anna du Toit
        crowded = not (_bound(doc, c, r.pron) or speaker is c) and _compatible_before(doc, an, r.pron.sent, r.pron.start,
                                                                      r.pron.gender)
        if crowded and c.kind == "chain" and "chain_same" in c.feats:
            continue  # "He supported her career" after a woman is named: two people
        yield r, c, crowded


def _object_of_its_subject(doc: Document, r: Resolution, c: Candidate) -> bool:
    """An object pronoun blamed on the subject of its own clause ("Tennant,
    appearing alongside her, said"): English would say "himself", so the
    pronoun means someone else. A clause opener between them ("Bachelet asked
    officials to show her", "Rogan said that ... him") lifts this."""
    m = c.mention
    if r.pron.form != "obj" or m is None or c.kind == "chain" or "subj" not in c.feats or "d0b" not in c.feats:
        return False
    after = _NEXT_RE.match(doc.text, r.pron.end)
    if after is None or (after.group(1) and after.group(1).lower() not in CLAUSE_OPENERS | PREPOSITIONS):
        return False  # ("in him last attempt": maybe a possessive, the object reading unsure)
    words = LOWER_WORD_RE.findall(doc.text[m.end:r.pron.start].lower())
    # (a speech verb right before it has it as its object: "the judge told him")
    return CLAUSE_OPENERS.isdisjoint(words) and SPEECH_VERBS.isdisjoint(words[:-1])


#: A subject pronoun and, in its clause, an object pronoun of the other gender: "she had pushed him".
_OBJECT_AFTER_RE = {"f": re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,4}?him\b"),
                    "m": re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,4}?her(?=[ \t]*[.,;:!?]|[ \t]+(?:to|for|with|about|that)\b)")}


def _object_after(doc: Document, gender: str, end: int) -> bool:
    """Whether a subject pronoun of ``gender`` (ending at ``end``) has the other gender's object pronoun just after."""
    return _OBJECT_AFTER_RE[gender].match(doc.text, end) is not None


def _main_person_resumed(doc: Document, r: Resolution, c: Candidate) -> bool:
    """A pronoun opening a paragraph, blamed on the pronoun before it, when
    the article's main person can take it ('..." he said.' then "She married
    ..." in an obituary): a new paragraph goes back to whom the story is about."""
    if c.kind != "chain" or doc.text[doc.text.rfind("\n", 0, r.pron.start) + 1 : r.pron.start].strip():
        return False
    return any("main" in o.feats and (o.female if r.pron.gender == "f" else 1.0 - o.female) >= COMPATIBLE
               for o in r.cands)


def _unanchored_chain(an: PronounAnalysis, c: Candidate) -> bool:
    """A chain candidate (the previous pronoun) that no named person of the
    other gender stands behind: two pronouns in a row ("“Always me,” she
    said. “Never,” he said.") are no evidence of anyone's gender."""
    if c.kind != "chain":
        return False
    att = next((a for a in an.attachments if a.start == c.mention.start), None)
    if att is None:
        return not any(e.kind == "person" and e.alias is None for e in an.entities)
    return False


#: Sentences back in which a person of the pronoun's own gender makes a
#: pronoun that is not bound to the blamed person "crowded" (its own, lower
#: threshold): in clean news a "she" often means a woman named a paragraph
#: or two before, while a man is the subject nearby.
WIDE_REACH = 10


def _bound(doc: Document, c: Candidate, p: PronounRecord) -> bool:
    """Whether the pronoun is bound to ``c`` by the grammar of its own
    clause: a possessive or reflexive whose subject ``c`` is named before
    it ("Bachelet ended his visit"). ("X said he..." is not: in an obituary
    a woman quoted says "he" of its subject.)"""
    return c.kind != "chain" and "poss_subj" in c.feats and p.form in ("poss", "refl")


#: How probably the blamed candidate must be of the other gender (its evidence,
#: the pronouns attached to it): one pronoun of a person, or the chain of a
#: flip, does not establish a gender.
ESTABLISHED = 0.7

#: Sentences back in which a thing called "she" (a ship, a mare) may be what "she" or "her" means.
THING_REACH = 12


def _thing_before(doc: Document, start: int) -> bool:
    """Whether a noun of a thing English calls "she" is in the sentence at
    ``start`` or the :data:`THING_REACH` sentences before it."""
    i = bisect.bisect_right(doc.sentence_starts, start) - 1
    marks = thing_sentences(doc)
    k = bisect.bisect_right(marks, i) - 1
    return k >= 0 and marks[k] >= i - THING_REACH





def _compatible_before(doc: Document, an: PronounAnalysis, sent: int, start: int, gender: str) -> bool:
    """Whether someone known to be of ``gender`` is named in sentence
    ``sent`` or the :data:`WIDE_REACH` sentences before it, or a person noun
    of that gender comes before ``start`` in it ("a song about his death"
    after "Letter to My Father")."""
    if _noun_before(doc, sent, start, gender):
        return True
    for s in range(max(0, sent - WIDE_REACH), sent + 1):
        for m in an.sent_mentions[s]:
            if m.kind == "pron" or m.entity < 0 or (s == sent and m.start > start):
                continue
            e = an.canonical(m.entity)
            if e.static_gender() == gender or e.effective_gender() == gender:
                return True
    return False


def _noun_before(doc: Document, sent: int, start: int, gender: str) -> bool:
    """Whether a person noun of ``gender`` ("father", "actress") is in
    sentence ``sent`` before ``start``, or in the sentence before when the
    pronoun opens its own ("Grandad's patch is green and brown. He has a shed")."""
    starts = gendered_nouns(doc)[gender]
    k = bisect.bisect_left(starts, start) - 1
    lo = doc.sentences[sent].start
    if sent > 0 and not doc.text[lo:start].strip(" \t\n\"“‘'("):
        lo = doc.sentences[sent - 1].start
    return k >= 0 and starts[k] >= lo


def _unsure_attachment(doc: Document, an: PronounAnalysis, a: Attachment) -> bool:
    """A "she" near a thing English calls "she", a pronoun after a person
    noun of its own gender in its sentence or before a kin noun of the
    other gender ("Her father" of a man's daughter), or one in the words a
    speaker reports ("Baumann said her climbs were...") with someone of its
    own gender in reach."""
    if (a.gender == "f" and _thing_before(doc, a.start)) or _noun_before(doc, a.sent, a.start, a.gender):
        return True
    if kin_after(doc, a.end, OPPOSITE[a.gender]) or _unknown_between(an, a) \
            or surname_names_another(an, a.entity, a.antecedent, a.gender):
        return True
    reported = a.antecedent.sent == a.sent and a.antecedent.end <= a.start and speech_verb_between(
        doc, a.antecedent.end, a.start)
    return reported and _compatible_before(doc, an, a.sent, a.start, a.gender)


def _unknown_between(an: PronounAnalysis, a: Attachment) -> bool:
    """Whether a person noun of no known gender, who may be meant, stands between the pronoun and its mention."""
    return any(m.kind == "anon" and m.entity >= 0 and an.canonical(m.entity).static_gender() is None
               and a.antecedent.end <= m.start < a.start for m in an.sent_mentions[a.sent])


def _possessed_by_own_gender(doc: Document, c: Candidate, p: PronounRecord) -> bool:
    """Whether the blamed candidate was found, in ``p``'s sentence, by a
    mention possessed by a pronoun of ``p``'s own gender ("her son", "his
    wife", or a name after one: "her sons, Dermot"): whoever that possessor
    is can take ``p``."""
    m = c.mention
    if c.kind == "chain" or not isinstance(m, Mention) or m.sent != p.sent:
        return False
    head = _POSSESSOR_BEFORE_RE.search(doc.text, max(0, m.start - 40), m.start)
    first = head.group(1).lower() if head is not None else m.text.split(" ", 1)[0].lower()
    return first in ("his", "her") and (first == "her") == (p.gender == "f")


#: A possessive and its noun right before a name in apposition: "her sons, " before "Dermot".
_POSSESSOR_BEFORE_RE = re.compile(r"\b([Hh]is|[Hh]er) [a-z]+(?: [a-z]+)?, \Z")


def _fits_nobody(an: PronounAnalysis, gender: str) -> bool:
    """Whether every person in the article, named or not, is known to be of the other gender."""
    for e in an.entities:
        if e.alias is not None:
            continue
        g = e.static_gender()
        if g != OPPOSITE[gender] or (e.kind != "anon" and e.votes[gender]):
            return False
    return True


def _describe(doc: Document, an: PronounAnalysis, c: Candidate) -> tuple[str, str, list[tuple[int, int, str]]]:
    """(who, the gender evidence, related spans) for a blamed candidate."""
    m = c.mention
    related = [(m.start, m.end, "the mention it was attached to")] if m is not None else []
    if c.kind == "chain":
        att = next((a for a in an.attachments if a.start == m.start), None)
        if att is None:
            return f"the same person as '{m.word}' just before", f"'{m.word}'", related
        e = an.canonical(att.entity)
        return f"{e.name} (as '{m.word}' just before does)", f"'{m.word}'", related
    e = an.entities[c.entity]
    name = e.name if c.kind != "anon" or m is None else doc.text[m.start : m.end]
    gender = "f" if c.female >= 0.5 else "m"
    parts = list(dict.fromkeys(
        f"first name {ev.label}" if ev.source == "first name" else f"{ev.source} '{ev.label}'"
        for ev in e.evidence if ev.gender == gender))
    if not parts:
        parts = [f"the {PRON_SETS[gender]} pronouns attached to {name}" if c.kind != "anon" else f"'{e.name}'"]
    if m is not None:
        where = f"'{doc.text[m.start : m.end]}'"
        related = [(m.start, m.end, f"the mention of {name} it was attached to")]
    else:
        where = "the article's main person"
    return f"{name} ({where})", "; ".join(parts), related
