"""MT004's main-clause tests: a sentence whose only finite verbs belong to a
subordinate clause, an infinitive or a speech tag with no subject. The
sentence is cut at its commas and semicolons; each piece is read with the
verb lexicon (:mod:`.finite_verbs`): a finite verb, an adverbial ("for now",
"according to exchange data", "in other words") or a verb going on with no
subject of its own ("recovered slightly", "then get back to work")."""

from __future__ import annotations

import re
from typing import Optional, Protocol, Tuple

from .finite_verbs import AUX, _is_finite, finite_verb_groups, irregular_participles, participle, verb_group_heads, verb_lemmas
from .lexicons import finite_forms, inflected_verb_forms
from .prose import SPEECH_VERB_SET
from .verbless import relative_only, words_of

__all__ = ["QUANTIFIERS", "Verdict", "after_participle", "dependent_verbs_only", "maybe_past_participle",
           "participle_without_main", "verbless_after_comma", "verbless_before_relative", "quantified_relative", "subordinate_then_coordinate", "opening_passive", "subordinate_without_main", "infinitive_without_main", "speech_verb_without_subject",
           "not_led", "temporal_clause_alone", "TEMPORAL_OPENERS"]

#: A finding's (message, confidence) or (message, confidence, "info").
Verdict = Optional[Tuple]

_PIECE_SEP_RE = re.compile(r",(?!(?<=\d,)\d)|;")  # (not the comma of "9,000")
# What opens an adverbial piece that needs a clause to hang on.
_ADVERBIAL_OPENERS = frozenset(
    """according in on at for with from by to into after before during under over among between against
    without within through despite amid like unlike as than not even especially mainly largely partly
    perhaps probably possibly apparently""".split())
_COORDINATORS = frozenset("then and or but".split())
# Subordinators whose clause is short and stylistic under seven words ("Though not for long.").
_SHORT_STYLE = frozenset("although though because unless whereas while whilst if when where".split())
# What follows "not" in a sentence with no main clause ("Not to mention ...",
# "Not that ...", "Not least ..."); "Not everything works." is a clause.
_AFTER_NOT = frozenset("to that least even a an the only".split())
# What opens the clause a speech verb reports: its subject, "that", a time.
_CLAUSE_OPENERS = frozenset("the a an his her their its our this these those he she they it we i there that on in "
                            "last earlier later".split())
# Adverbs a subjectless speech tag may open with: "Also said the permit could be shared."
_TAG_ADVERBS = frozenset("also further additionally separately later".split())
# Present-tense speech verbs that are seldom nouns: "Says the report found ...".
_PRESENT_SPEECH = frozenset("says adds tells writes explains insists".split())


class _Features(Protocol):
    words: list[str]
    lw: list[str]
    n: int
    first: str
    body: str
    punctuated: bool
    several: bool  # the paragraph has other sentences


def _pieces(body: str) -> list[tuple[list[str], list[str]]]:
    """The comma- and semicolon-separated pieces of ``body``: (lowercase words, words)."""
    out = []
    for part in _PIECE_SEP_RE.split(body):
        lw, cased = words_of(part)
        if lw:
            out.append((lw, cased))
    return out


def _adverbial(lw: list[str]) -> bool:
    """A piece with no verb that opens like an adverbial: "for now",
    "according to exchange data", "in other words", "reportedly"."""
    return (lw[0] in _ADVERBIAL_OPENERS or lw[0].endswith("ly") or participle(lw[0])) \
        and finite_verb_groups(lw, None, 0) == 0


def _subjectless_finite(lw: list[str]) -> bool:
    """A piece opening with an inflected verb, with no subject before it:
    "recovered slightly" (an imperative's bare form is not one)."""
    w = lw[0]
    if w in AUX:
        return False  # "..., is within reach": the copula of a clause whose subject came before
    return (w in finite_forms() and w not in verb_lemmas()) or (len(w) > 4 and w.endswith("ed"))


def subordinate_without_main(sv: _Features, lead: str) -> Verdict:
    """A subordinate clause (opened by ``lead``) and, after its commas, only
    adverbials or more of the same clause: "Though inventories remain
    adequate for now, according to exchange data.", "Although math scores,
    by contrast, recovered slightly." """
    if sv.first in _SHORT_STYLE and sv.n < 7:
        return None
    pieces = _pieces(sv.body)
    if len(pieces) < 2 or finite_verb_groups(*pieces[0], 1) > 1:
        return None
    after_relative = False
    for lw, _ in pieces[1:]:
        # a relative clause between commas belongs to the subordinate clause, and so does the verb
        # after it: "Whereas the evidence, which the court accepted, was that ..."
        if not (_adverbial(lw) or _subjectless_finite(lw) or lw[0] in _RELATIVE_PRONOUNS
                or (after_relative and lw[0] in AUX)):
            return None
        after_relative = lw[0] in _RELATIVE_PRONOUNS
    return (f"'{lead} ...' is a subordinate clause with no main clause", 0.75)


_RELATIVE_PRONOUNS = frozenset("which who whom whose".split())


def infinitive_without_main(sv: _Features) -> Verdict:
    """An infinitive phrase whose commas lead to no clause: "To let her
    enjoy the moment, then get back to work." ("To be sure, the plan has
    flaws." has one)."""
    if sv.first != "to" or sv.n < 4 or sv.lw[1] not in verb_lemmas() or not sv.punctuated:
        return None
    pieces = _pieces(sv.body)
    if finite_verb_groups(pieces[0][0][2:], pieces[0][1][2:], 0):
        return None
    for lw, cased in pieces[1:]:
        if lw[0] in _COORDINATORS and len(lw) > 1 and lw[1] in verb_lemmas() and lw[1] not in finite_forms():
            continue  # "then get back to work": the infinitive goes on
        if not _adverbial(lw):
            return None
    return (f"'{' '.join(sv.words[:2])} ...' is an infinitive phrase with no main clause", 0.7)


def speech_verb_without_subject(sv: _Features) -> Verdict:
    """A speech verb opening a sentence and the words it reports, with no
    speaker: "Said the decision followed two years of talks." ("Said the
    mayor: nothing works." is an inverted tag)."""
    first = sv.first
    if sv.n < 5 or not sv.words[0][:1].isupper():
        return None
    # up to the first comma: "Said the mayor, ..." is an inverted tag
    rest_lw, rest = words_of(re.split(r"[,;:–—(]", sv.body, maxsplit=1)[0])
    if first in _TAG_ADVERBS and len(rest_lw) > 4:
        first, rest_lw, rest = rest_lw[1], rest_lw[1:], rest[1:]  # "Also said the permit could be shared"
    if first not in SPEECH_VERB_SET or (first.endswith("s") and first not in _PRESENT_SPEECH):
        return None
    # the reported clause opens with its subject or "that" ("Confirmed infections have ..." is a noun phrase;
    # "Asked whether ..., she laughed." a participle)
    if len(rest_lw) < 4 or not (rest_lw[1] in _CLAUSE_OPENERS or rest[1][:1].isupper()):
        return None
    if "that" in rest_lw[1:4] or finite_verb_groups(rest_lw[1:], rest[1:], 0):
        return (f"'{sv.words[0]} ...' is a speech tag with no speaker", 0.8)
    return None


def not_led(sv: _Features) -> Verdict:
    """"Not to mention the insurance.", "Not that everyone is convinced.": a
    sentence led by "not" with no main clause, often a writer's style, so
    reported at severity info."""
    if sv.first != "not" or sv.n < 3 or sv.punctuated or sv.lw[1] not in _AFTER_NOT:
        return None
    lw, cased = words_of(sv.body)
    allowed = 1 if lw[1] == "that" else 0
    if finite_verb_groups(lw[1:], cased[1:], allowed) > allowed:
        return None
    return (f"'{' '.join(sv.words[:2])} ...' has no main clause", 0.5, "info")


# Words that open a clause depending on what came before: its verbs are not the main verb.
_DEPENDENT_OPENERS = frozenset("""after before when while because since until unless if as than how what why where
    whether that who which whom whose once""".split())
# Subordinators that are prepositions too: "after the storm".
_ALSO_PREPOSITIONS = frozenset("after before since until as once".split())
# Verbs whose participle takes a clause with no "that": "Fearing the waterfront will vanish."
_CLAUSE_TAKING = frozenset("""hope fear believe think expect know feel suspect assume realise realize worry doubt
    suppose understand insist warn claim say add note argue predict estimate""".split())


_RELATIVE_PREPOSITIONS = frozenset("to by in at for from on with under over into against".split())


def _only_reduced_relatives(lw: list[str]) -> bool:
    """Whether the finite-looking words after an opening participle are all
    past participles after a noun and before a preposition ("questions
    aimed only at ...", "results filed to the commission"): a gerund
    subject seldom takes a past main verb."""
    verbs = [i for i in range(1, len(lw)) if _is_finite(lw, i, lw)]
    for i in verbs:
        j = i + 1
        while j < len(lw) and lw[j] in ("only", "mainly", "largely", "partly", "directly", "specifically"):
            j += 1
        if not (lw[i].endswith("ed") and j < len(lw) and lw[j] in _RELATIVE_PREPOSITIONS
                and lw[i - 1] not in _CLAUSE_OPENERS):
            return False
    return bool(verbs)


def dependent_verbs_only(lw: list[str]) -> bool:
    """Whether a sentence opening with a participle has finite verbs only in
    a clause it governs: after a subordinator or a wh-word ("Taking on
    water after the engine room flooded.", "Making it harder than they
    first appear."), or anywhere after a participle of thinking or saying
    ("Hoping the rest will come from a pancake breakfast.")."""
    first = lw[0]
    if not participle(first) or len(lw) < 4:
        return False
    if _only_reduced_relatives(lw):
        return True
    stem = first[:-3]
    if any(v in _CLAUSE_TAKING for v in (stem, stem + "e", stem[:-1])):
        return True
    k = next((i for i, w in enumerate(lw) if i >= 2 and w in _DEPENDENT_OPENERS), 0)
    if k == 0 or finite_verb_groups(lw[:k], None, 0):
        return False
    if _pronoun_clause(lw, k):
        return True
    if lw[k] in _ALSO_PREPOSITIONS:
        # "after the storm helped the firm recover" may be a phrase and the main verb: only a clause
        # ending on its verb is sure ("after the engine room flooded")
        return (lw[-1] in finite_forms() or lw[-1].endswith("ed")) and _is_finite(lw, len(lw) - 1, lw)
    return True


_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())


def _pronoun_clause(lw: list[str], k: int) -> bool:
    """Whether a subordinator from word ``k`` on opens a clause with a subject
    pronoun, all the finite verbs before it none ("Wanting to protect her
    memory for as long as she was alive."): "as", "after" or "since" before
    "she" is no preposition."""
    j = next((j for j in range(k, len(lw) - 1) if lw[j] in _DEPENDENT_OPENERS and lw[j + 1] in _SUBJECT_PRONOUNS), 0)
    return j > 0 and not finite_verb_groups(lw[:j], None, 0)


_PASSIVE_PREPOSITIONS = frozenset("in on at for with from by during under among between against without within through "
                                  "to into after".split())


def opening_passive(sv: _Features) -> Verdict:
    """A paragraph opening on a past participle and a preposition, more
    sentences after it: "Carried by wind over hundreds of kilometres. The
    researchers believe ...", where a caption would stand alone."""
    lw = sv.lw
    if not (sv.first.endswith("ed") and sv.first in finite_forms() and lw[1] in _PASSIVE_PREPOSITIONS and sv.n >= 4) \
            or finite_verb_groups(*words_of(sv.body), 0) > 1:
        return None
    if lw[1] == "by":
        return (f"'{sv.words[0]} {sv.words[1]} ...' has no subject", 0.7)
    return (f"'{sv.words[0]} {sv.words[1]} ...' has no subject", 0.5, "info")


# "Because the lawyer fell ill, but the judge refused.": the clause after the
# comma is coordinated with the subordinate one; no main clause comes.
_COORDINATE_AFTER_COMMA_RE = re.compile(r"^[^,;:–—()]+, (?:but|and|yet|or) (?!if |when |because |whether )[^,;:–—()]+$")


def subordinate_then_coordinate(sv: _Features) -> Verdict:
    """(a') a subordinate clause joined by "but" or "and" to another clause, with no main clause."""
    if sv.first not in ("because", "although", "though", "while", "whereas", "since", "if", "unless") \
            or _COORDINATE_AFTER_COMMA_RE.match(sv.body) is None or any(c in sv.body for c in ";:()"):
        return None
    return (f"'{sv.words[0]} ...' is a subordinate clause with no main clause", 0.7)


#: Words that quantify a relative pronoun: "many of which", "some of whom", "two of whom".
QUANTIFIERS = frozenset("""many most some all none few several both each either neither half much one two three
    four five six seven eight nine ten dozens hundreds thousands""".split())


def quantified_relative(sv: _Features) -> Verdict:
    """A relative clause opening on a quantified relative pronoun, standing
    alone: "Many of which had never been catalogued.", "Two of whom were
    later released." A relative pronoun needs the clause it hangs on."""
    if sv.first in QUANTIFIERS and sv.n >= 5 and sv.lw[1] == "of" and sv.lw[2] in ("which", "whom", "whose"):
        return (f"'{' '.join(sv.words[:3])} ...' is a relative clause standing alone as a sentence", 0.8)
    return None


#: What follows a past participle that opens a phrase: "Bowled out for 187", "Picked by hand".
_PARTICIPLE_NEXT = frozenset("by out up off down in on at from with for into over after during under".split())
#: What opens a participle's complement ("Weaving the ...", "Sailing from ..."); a noun
#: after it makes it an adjective or a gerund subject ("Founding member ...", "Skiing went ...").
_COMPLEMENT_OPENERS = frozenset("""the a an this that these those his her their its our my your him them it me us
    more most many much some all every each several two three four five ten dozens hundreds thousands
    by out up off down in on at from with for into over after during under through across along around
    towards toward to about against between among beyond past behind""".split())
#: Particles of phrasal verbs: "Bowled out", "Picked up" (a preposition may open a caption's phrase).
_PARTICLES = frozenset("out up off down".split())
#: What opens a piece that is no clause of its own: a relative or subordinate clause, or more of the phrase.
_NOT_A_SUBJECT = _DEPENDENT_OPENERS | _COORDINATORS | frozenset("also only still just nearly almost".split())
#: Prepositions in the form of a participle: "According to official data, in North Korea ...".
_PREPOSITION_PARTICIPLES = frozenset("""according including concerning regarding considering excluding barring pending
    notwithstanding following""".split())


def after_participle(lw: list[str]) -> list[str]:
    """The words after an opening "having" or "being" and the participle or
    complement right after it ("Having been warned ...", "Being the ..."),
    for counting the finite verbs of what follows."""
    if lw[0] in ("having", "being"):
        return lw[3:] if len(lw) > 2 and lw[1] == "been" else lw[2:]
    return lw


def _opening_participle(lw: list[str]) -> int:
    """How many words open the sentence as a participle phrase: "Having
    reversed", "Weaving", "Once numbering", "Bowled out" (0: none)."""
    first = lw[0]
    if first in ("having", "being") or participle(first) and lw[1] in _COMPLEMENT_OPENERS \
            and first not in _PREPOSITION_PARTICIPLES:
        return 1
    if first in ("once", "still", "now", "later", "then", "also") and len(lw) > 2 and participle(lw[1]) \
            and lw[2] in _COMPLEMENT_OPENERS:
        return 2
    if first.endswith(("ed", "en")) and first in finite_forms() and first not in verb_lemmas() \
            and lw[1] in _PARTICIPLE_NEXT:
        return 1
    return 0


def _clause_piece(lw: list[str]) -> bool:
    """Whether a comma-separated piece can be a main clause: something that
    may be its subject, then a finite verb ("the team lost", "councillors
    voted", "Williams fought back"); one opening on a finite verb may go on
    a gerund subject ("Winning the title, ..., was a relief")."""
    first = lw[0]
    if first in AUX or (first in inflected_verb_forms() and not first.endswith(("ed", "en"))
                        and first not in verb_lemmas()):
        return True
    if first in _NOT_A_SUBJECT or participle(first) or first.endswith(("ed", "en")) and first in finite_forms():
        return False
    return finite_verb_groups(lw, None, 0) > 0


def participle_without_main(sv: _Features) -> Verdict:
    """A participle phrase, with commas, that never reaches a main clause:
    "Sailing from as far away as Aotearoa, guided only by stars.",
    "Picked by hand at dawn, then fermented in open vats.", and one with no
    comma and no finite verb at all ("Bowled out for 187 in the 44th over.")."""
    lw = sv.lw
    if not sv.several or sv.n < 5 or sv.n > 40 or any(c in sv.body for c in ";:()\u2013\u2014\"\u201c\u201d"):
        return None
    k = _opening_participle(lw)
    if not k:
        return None
    pieces = _pieces(sv.body)
    if len(pieces) == 1:
        rest = after_participle(lw) if lw[0] == "having" else lw[k:]
        if lw[0] == "having":
            # ("Having reversed the ute before the door gave way."): a verb after a subordinator is its clause's
            cut = next((i for i, w in enumerate(rest) if w in _DEPENDENT_OPENERS), len(rest))
            rest = rest[:cut]
        if finite_verb_groups(rest, None, 0) or not (lw[0] == "having" or not participle(lw[0])):
            return None
        if lw[1] in _PARTICLES or lw[0] == "having":
            return (f"'{' '.join(sv.words[:2])} ...' is a participle phrase standing alone", 0.7)
        # ("Reviewed on a console with a code from the publisher.": maybe a caption)
        return (f"'{' '.join(sv.words[:2])} ...' has no subject", 0.5, "info")
    head = pieces[0][0][k:]
    if finite_verb_groups(head, None, 0) or any(_clause_piece(p) for p, _ in pieces[1:]):
        return None  # ("Planning rules in England allow ...": a gerund or an adjective, then the verb)
    if all(w[:1].isupper() for _, cased in pieces[1:] for w in cased):
        return None  # ("Starring Maren Holt, Idris Kane.": a credit line)
    return (f"'{' '.join(sv.words[:k])} ...' is a participle phrase with no main clause", 0.7)


def verbless_after_comma(sv: _Features) -> bool:
    """Whether what follows each comma of a sentence has no finite verb: no
    main clause after a participle's clause ("Saying that a boat should
    smell of timber, not chemicals."; not "Saying that it was over, he left.")."""
    if any(c in sv.body for c in ";:()\u2013\u2014"):
        return False
    return all(finite_verb_groups(lw, None, 0) == 0 for lw, _ in _pieces(sv.body)[1:])


def maybe_past_participle(w: str) -> bool:
    """Whether ``w`` may be a past participle: after a list opener with no comma
    ("Including windmills damaged in the storms") it modifies a noun; it is no main verb."""
    return w.endswith("ed") or w in irregular_participles()


def verbless_before_relative(lw: list[str]) -> bool:
    """Whether the words before a clause on a noun ("that", "which", "who")
    have no finite verb and the clause's is the only one: "To be supplied
    from a terminal that a state company plans to build." (not "To win the
    title that had escaped them was the goal")."""
    return relative_only(lw, lw, _RELATIVE_MARKERS)


_RELATIVE_MARKERS = frozenset("that which who whom".split())


# Words that open a temporal clause and are prepositions too: "After the
# generator broke down." is a clause; "After the meeting the mayor said" a
# phrase and a main clause. ("Once it was the busiest building in town":
# "once" is an adverb as often.)
TEMPORAL_OPENERS = frozenset("after before until till since".split())
# What starts a noun phrase (a clause's subject or a phrase's object).
_NP_STARTS = frozenset("the a an this these those his her their its our my your he she it they we i you".split())
# Verbs that follow a fronted phrase in an inversion: "After the speeches came a vote."
_INVERSION_VERBS = frozenset("came come comes followed follows".split())
_NP_PREPOSITIONS = frozenset("of in for on at with from to by about".split())


def temporal_clause_alone(sv: _Features) -> Verdict:
    """A temporal clause standing alone: "After the generator broke down for
    the third time last year.", "Until the last of the money runs out." The
    words between the opener and the clause's only finite verb are one noun
    phrase (its subject); a second one there makes the opener a preposition
    and that phrase the subject of a main clause ("Since 2010 the town has
    grown")."""
    lw, cased = words_of(sv.body)
    if sv.first not in TEMPORAL_OPENERS or sv.punctuated or not sv.several or len(lw) < 7:
        return None
    heads = list(verb_group_heads(lw, cased))
    if len(heads) != 1 or heads[0] < 2 or lw[heads[0]] in _INVERSION_VERBS:
        return None
    k = heads[0]
    for j in range(2, k):
        new_np = (lw[j] in _NP_STARTS or lw[j][:1].isdigit() or cased[j][:1].isupper()) \
            and lw[j - 1] not in _NP_PREPOSITIONS and lw[j - 1] not in _NP_STARTS
        if new_np:
            return None
    return (f"'{sv.words[0]} ...' is a subordinate clause standing alone as a sentence", 0.75)
