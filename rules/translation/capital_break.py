"""MT003's second test: a full stop before a capital that cuts one clause.

Machine translation and bad extraction split a sentence where no sentence
can end, and the piece after it still starts with a capital, so no
lowercase tells: "The first ten units. Are due in 2028." (a subject cut
from its verb), "She hoped the return. Would bring back visitors." (a
verb cut from its subject), "Police want to hear from drivers. With
dashcam footage." (a phrase cut from the clause it belongs to) or "the
event had taken over too many. Screens in the city" (a word that cannot
end a sentence). Grammar tells instead: one piece lacks what a sentence
needs (a subject, a main verb, the noun after an article) and the other
supplies it. Sentences inside quotes, headings, list items and short
features written in fragments on purpose are left alone.
"""

from __future__ import annotations

import re
from typing import Optional

from sourcelint.analysis import analysis
from sourcelint.document import Document, Sentence
from sourcelint.finding import Edit, Fix

from ..tokens import token_lowers
from ..words import is_dictionary_word
from .break_words import (
    ADVERBIAL_SUBORDINATORS, AUX_ADVERBS, AUX_ENDS, BE_FORMS, CAUSATIVES, COORDINATORS, DANGLING, DETERMINERS,
    ENGLISH_GLUE, HEAD_ENDS, IMPERATIVE, MAX_PIECE, MODALS, NEEDS_PREPOSITION, OBJECT_PREPOSITIONS, PARTICLES,
    PAST_OBJECTS, PHRASE_OPENERS, PREPOSITIONS_AFTER_VERB, QUESTION_AUX, RELATIVES, SAYING, SHORT, STRANDED,
    STRICT_PREPOSITIONS, SUBJECT_PRONOUNS, SUBJECT_STARTS, SUBORDINATORS, TO_BE_ENDS, WH, APPROXIMATORS,
    BARE_INFINITIVE_BEFORE, caption_label, common_possessive, goes_on_with_to, range_goes_on)
from .break_openings import object_pronoun_opening, without_trailing_tag
from .break_pair import Cut, Pair, letter_words, sentence_bounds
from .collocation_break import collocation_strength
from .finite_verbs import (AUX, _is_finite, finite_verb_groups, irregular_participles, noun_lemmas, participle,
                           verb_lemmas)
from .lexicons import finite_forms, noun_or_verb_forms, stopwords, verbs
from .prose import Hit, SPEECH_VERB_SET, quoted_test
from .sentence_place import first_clause_end, imperative_after_opener, imperative_voice, log_entry
from .verbless import FeatureStyle, clearly_finite, lacks_main_verb

__all__ = ["capital_breaks"]
def _dangling_end(p: Pair) -> Optional[Cut]:
    """(a) the piece before ends on a word no sentence ends on: an article,
    a possessive, "of", a subject pronoun, ", but", "says that", "so faint that", a
    preposition before the noun phrase that is its object ("took off in. A
    white van"), an auxiliary or "not" before the verb it needs ("had. Been
    completed", "does not. Want")."""
    last = p.cased_a[-1].text
    if len(p.lw_a) < 3 and not (len(p.lw_a) == 2 and last in DANGLING):  # ("Organisers of. Cultural")
        return None
    before = p.lw_a[-2]
    first = p.lw_b[0]
    if last in DANGLING or last in SUBJECT_PRONOUNS or (last in ("but", "and", "or") and _comma_before(p)) \
            or (last == "that" and (before in SAYING or "so" in p.lw_a[-4:-2] or "such" in p.lw_a[-5:-2])):
        if last in PREPOSITIONS_AFTER_VERB and (before in verb_lemmas() or before in finite_forms()) \
                and (WH.intersection(p.lw_a) or not _name_next(p)):
            return Cut(f"'{last}' is rarely the last word of a sentence", 0.55)  # "what it is made of."
        return Cut(f"'{last}' cannot end a sentence", 0.85)
    verb_next = (participle(first) or first in verb_lemmas() or first in finite_forms() or first in BE_FORMS
                 or first in irregular_participles() or first in AUX) \
        and p.cased_b[0].text[1:].islower()
    if verb_next and (last in AUX_ENDS or last == "not" or (before in AUX_ENDS and last in AUX_ADVERBS)) \
            and not (last in AUX_ENDS and last in p.lw_a[:-1]):  # (not "this was fair, and it was.": an ellipsis)
        return Cut(f"'{last}' has its verb after the full stop", 0.85)  # "had. Been completed"
    if last == "not" and first == "to" and len(p.lw_b) > 1 and p.lw_b[1] in verb_lemmas():
        return Cut("'not' has its infinitive after the full stop", 0.85)  # "I try not. To drink"
    if before in ("a", "an") and not _subject_word(first) and (
            last.endswith("ous") or (last.endswith("ed") and (last[:-1] in verb_lemmas() or last[:-2] in verb_lemmas()))):
        return Cut(f"'{before} {last}' has its noun after the full stop", 0.8)  # "a randomised. Trial"
    if last == "to" and (goes_on_with_to(before) or before in verb_lemmas() or before in finite_forms()):
        if first not in verb_lemmas():
            return None  # "as it used to. Nothing has changed": the verb is understood
    elif last == "to":
        return Cut("'to' cannot end a sentence", 0.85)  # "harder to. Train and keep"
    if first == "and" and "between" in p.lw_a[-6:-1] and "and" not in p.lw_a[p.lw_a.index("between"):]:
        return Cut("'between' has its 'and' after the full stop", 0.85)  # "between 70. And 80 percent"
    # (not before a determiner, which no possessive takes: "including his father's. The family was")
    if common_possessive(p.cased_a[-1].text) and len(p.lw_a) >= 3 and first not in DETERMINERS \
            and not _subject_word(first):
        return Cut(f"'{p.cased_a[-1].text}' needs the noun after the full stop", 0.8)  # "the city's. Main"
    if NEEDS_PREPOSITION.get(last) == first:
        return Cut(f"'{last}' goes on with '{first}' after the full stop", 0.85)  # "living next. To the park"
    if last in RELATIVES and verb_next:
        return Cut(f"'{last}' has its verb after the full stop", 0.85)  # "people who. Come down"
    if last in OBJECT_PREPOSITIONS and not _subject_word(first) and first[:1].isalpha() \
            and not p.finite_a and letter_words(p.lw_a) >= 3:
        return Cut(f"'{last}' has its object after the full stop", 0.8)  # "$300,000 in. Benefits were"
    if last in OBJECT_PREPOSITIONS and first[:1].isdigit() and not before[:1].isdigit():  # ("12 in.": inches)
        return Cut(f"'{last}' has its object after the full stop", 0.7)  # "opened the shop in. 1924"
    if last in OBJECT_PREPOSITIONS and first in DETERMINERS:
        # "what buyers should look out for.": a question word may have taken the object;
        # "many backgrounds joined in. A group served": a particle after its verb
        # ends a clause when a whole clause follows
        particle = last in PARTICLES and (before in finite_forms() or before.endswith("ed")) \
            and finite_verb_groups(p.lw_b, p.cased_b, 1) > 0
        sure = 0.55 if particle or WH.intersection(p.lw_a) else 0.8
        return Cut(f"'{last}' has its object after the full stop", sure)
    if last in STRICT_PREPOSITIONS and _name_next(p) and not WH.intersection(p.lw_a):
        return Cut(f"'{last}' has its object after the full stop", 0.8)  # "across the state of. California"
    if last in STRANDED and not _subject_word(first):
        return Cut(f"'{last}' is rarely the last word of a sentence", 0.55)
    return None


def _subject_word(w: str) -> bool:
    """Whether a lowercase word opens a subject, contracted with its verb or not ("it's", "there’s")."""
    return w in SUBJECT_STARTS or w.replace("’", "'").split("'", 1)[0] in SUBJECT_STARTS


def _name_next(p: Pair) -> bool:
    """Whether the piece after opens on a capitalised word that is no subject pronoun or determiner (a name)."""
    word = p.cased_b[0].text
    return word[1:].islower() and not _subject_word(p.lw_b[0]) and p.lw_b[0] not in DETERMINERS \
        and p.lw_b[0] not in stopwords() and p.lw_b[0] not in verb_lemmas()


def _comma_before(p: Pair) -> bool:
    """Whether a comma stands before the last word of the piece before (", but.")."""
    return p.a.text.rstrip()[:-1].rstrip().rsplit(" ", 1)[0].endswith(",")


def _verb_without_subject(p: Pair) -> Optional[Cut]:
    """(b) the piece after opens on a finite verb with no subject ("Would
    bring back", "Were delivered"), not a question or an inversion ("Would
    you", "Had he"), an imperative ("Don't") or an inverted speech tag ("Said the minister")."""
    lw_b, cased_b = p.lw_b, p.cased_b
    if lw_b[0] in COORDINATORS and len(lw_b) >= 3:
        lw_b, cased_b = lw_b[1:], cased_b[1:]  # "And gave talks to schoolchildren": a second verb of the subject before
    first = lw_b[0]
    if p.question or first in IMPERATIVE or cased_b[0].text.isupper() or len(lw_b) < 3:
        return None
    second = lw_b[1]
    if (first in clearly_finite() or first in SPEECH_VERB_SET or (first.endswith("ed") and first in finite_forms())) \
            and second in PAST_OBJECTS and first not in QUESTION_AUX and 2 <= letter_words(p.lw_a) <= MAX_PIECE \
            and (p.finite_a == 0 or _pronoun_and_adverb(p.lw_a)):
        # "He later. Accepted that ...", "Management at the hospital. Said the ...": a subject with no
        # verb, then a verb with no subject and its object ("Arranged overdrafts" is a noun phrase)
        return Cut(f"'{cased_b[0].text}' needs the subject before the full stop", 0.8)
    if second in SUBJECT_STARTS and first in QUESTION_AUX and p.b.text.rstrip().endswith("."):
        # "Is the importance of ...": a question's word order that no "?" closes goes on from before
        return Cut(f"'{cased_b[0].text}' opens no question here: it goes on from the sentence before", 0.55)
    if second in SUBJECT_STARTS or cased_b[1].text[:1].isupper() or not second[:1].isalpha():
        return None
    if first in MODALS:
        return Cut(f"'{cased_b[0].text}' needs the subject before the full stop", 0.8)
    if first.endswith("ed") and first in finite_forms() and second in PAST_OBJECTS and "," not in p.b.text:
        # "Announced that he was leaving", "Received a transplant": a past verb and its object, no subject
        return Cut(f"'{cased_b[0].text}' needs the subject before the full stop", 0.75)
    if first in clearly_finite() and first not in SPEECH_VERB_SET:
        if finite_verb_groups(p.lw_a, p.cased_a, 0) == 0 and 2 <= letter_words(p.lw_a) <= MAX_PIECE:
            return Cut(f"'{cased_b[0].text}' needs the subject before the full stop", 0.8)
        if p.finite_a and letter_words(lw_b) >= 4:
            return Cut(f"'{cased_b[0].text}' has no subject: it goes on from the sentence before", 0.55)
    return None


def _pronoun_and_adverb(lw: list[str]) -> bool:
    """A subject pronoun and one word no verb list knows: "He later", "She then"."""
    return len(lw) == 2 and lw[0] in SUBJECT_PRONOUNS and lw[1] not in verb_lemmas() and lw[1] not in finite_forms()


def _opener(lw_b: list[str]) -> str:
    """What kind of word opens a piece: "phrase", "participle", "coordinator" or ""."""
    first = lw_b[0]
    if first in PHRASE_OPENERS:
        return "phrase"
    if participle(first) or (first.endswith("ed") and len(first) > 4 and first[:-2] in verb_lemmas()):
        return "participle"
    if first in COORDINATORS:
        return "coordinator"
    return ""


def _piece_without_main_verb(p: Pair, feature: FeatureStyle) -> Optional[Cut]:
    """(c) the piece after has no main verb and opens like a part of a
    clause (a preposition, a subordinator, a participle, a coordinator),
    and the piece before is a clause: "first. Before locking residents
    in", "welcoming. Saying the routes would", "speeding. On the stretch,
    which is used"."""
    kind = _opener(p.lw_b)
    n = letter_words(p.lw_b)
    if not kind or n < 2 or p.question or not p.finite_a:
        return None
    bounds = sentence_bounds(p.doc, p.b)
    untagged = without_trailing_tag(p.doc, p.b, bounds)  # ("Of similar quality, brokers said.")
    lacks = lacks_main_verb(p.doc, bounds) or (untagged and lacks_main_verb(p.doc, untagged))
    if lacks is None or kind != "coordinator":
        # A phrase then only subordinate clauses is judged as a whole,
        # whether or not the verb reading counts the clauses' verbs.
        cut = _coordinated_phrase(p) if kind == "coordinator" else _head_and_clauses(p, kind)
        if cut is not None or lacks is None:
            return cut
    if n <= SHORT and (feature or kind == "coordinator") and p.lw_b[0] != "of":
        return None  # "And rightly so.", "In August.": a writer's short piece
    if n <= SHORT and p.lw_b[0] != "of":
        return Cut(f"'{p.cased_b[0].text} ...' may be a phrase of the sentence before", 0.55)
    what = {"phrase": "a phrase", "participle": "a participle phrase", "coordinator": "a coordinated phrase"}[kind]
    # A past participle may open a note of its own ("Reviewed on PC."): less sure.
    sure = 0.75 if n > SHORT and not p.lw_b[0].endswith("ed") else 0.55 if p.lw_b[0].endswith("ed") else 0.6
    if kind == "participle" and _maybe_verb(p.lw_b[2:]):
        sure = 0.55  # "Pointing the camera at it, for example, shows": a gerund may be the subject
    return Cut(f"'{p.cased_b[0].text} ...' is {what} of the sentence before", sure, comma=kind == "participle")


def _maybe_verb(lw: list[str]) -> bool:
    """Whether a word could be a present or past verb the context test did not take."""
    forms, ambiguous = finite_forms(), noun_or_verb_forms()
    return any(w in forms or w in ambiguous for w in lw)


def _said_participle(w: str) -> bool:
    """Whether ``w`` is the -ing form of a reporting verb ("saying", "adding", "warning")."""
    stem = w[:-3]
    return w.endswith("ing") and any(f in SPEECH_VERB_SET for f in (stem + "ed", stem + "d", stem[:-1] + "ed", "said"
                                                                      if w == "saying" else ""))


def _head_and_clauses(p: Pair, kind: str) -> Optional[Cut]:
    """(c') the piece after is a verbless phrase and then only subordinate
    clauses ("Through the night to restore supplies, though some customers
    were told", "Following a close result, when Mr Foulds held the seat"),
    or a reporting participle and its clause ("Saying the routes would
    encourage short flights"): no main clause of its own."""
    text = p.b.text.rstrip(".")
    first = p.lw_b[0]
    if kind == "participle" and _said_participle(first) and "," not in text:
        return Cut(f"'{p.cased_b[0].text} ...' is a participle phrase of the sentence before", 0.75, comma=True)
    parts = text.split(",")
    head = parts[0].split()
    if len(parts) < 2 or not head or finite_verb_groups([w.lower() for w in head], head, 0):
        return None
    for part in parts[1:]:
        words = part.split()
        if not words or words[0].lower() not in SUBORDINATORS:
            return None  # a main clause after the phrase: "In August, the vote"
        lw = [w.lower().strip(".;:") for w in words]
        if finite_verb_groups(lw, words, 1) > 1 and not any(w == "that" or w in SPEECH_VERB_SET for w in lw):
            # "when prices rose people stayed home": the main clause, its comma lost
            # (not "though customers were told they might": a clause inside the clause)
            return None
    return Cut(f"'{p.cased_b[0].text} ...' is a phrase of the sentence before, with no main clause", 0.7)


def _coordinated_phrase(p: Pair) -> Optional[Cut]:
    """(d) "plants. And water recycling, but most projects will": a
    coordinator and a verbless phrase up to a comma that another
    coordinator or a participle follows; the phrase is the second half of a
    list in the sentence before."""
    text = p.b.text
    comma = text.find(",")
    if comma < 0:
        return None
    head = text[:comma].split()
    after = text[comma + 1:].split()
    if len(head) < 3 or not after:
        return None
    nxt = after[0].lower()
    if not (nxt in COORDINATORS or participle(nxt)):
        return None
    lw = [w.lower().strip(".,;:") for w in head]
    if finite_verb_groups(lw, head, 0):
        return None
    return Cut(f"'{head[0]} {head[1]} ...' is a coordinated phrase of the sentence before", 0.7)


def _subject_left_behind(p: Pair) -> Optional[Cut]:
    """(e) the piece before is a noun phrase with no verb and the clause
    after opens on a phrase and a comma, then the verb ("service. Trialled
    near Holm in 2024, was popular"): the verb's subject is before the full stop."""
    if p.question or not 2 <= letter_words(p.lw_a) <= 12 or finite_verb_groups(p.lw_a, p.cased_a, 0):
        return None
    text = p.b.text
    comma = text.find(",")
    if comma < 0:
        return None
    after = text[comma + 1:].split()
    head = [w.lower().strip(".,;:") for w in text[:comma].split()]
    if not after or len(head) < 2 or finite_verb_groups(head, text[:comma].split(), 0):
        return None
    nxt = after[0].lower().strip(".,;:")
    if nxt in MODALS:  # ("held in Sept., drew": a lexical verb after the comma may be a participle's)
        return Cut(f"'{after[0]}' has its subject before the full stop", 0.75)
    return None


def _object_cut(p: Pair, feature: bool = False) -> Optional[Cut]:
    """(f) the piece before ends on a finite verb and the piece after has
    no verb at all: "The council approved. The budget on Monday." (only
    after a long enough clause and before a long enough piece; after an
    infinitive not in a feature written in fragments: "space to sell. A
    warehouse or two. Not anymore.")."""
    lw_a = p.lw_a
    # (after an infinitive, a short piece opening on a determiner is its object too: "helped design. The survey.")
    quantity = p.lw_b[0] in APPROXIMATORS and len(p.lw_b) > 1 and p.lw_b[1][:1].isdigit()  # "reached. About 14,000"
    if len(lw_a) < 3 or letter_words(p.lw_b) < (1 if quantity else 3 if p.lw_b[0] in DETERMINERS else 4) or p.question \
            or not p.lw_b[0].isalpha():
        return None
    last = len(lw_a) - 1
    verbal_ing = participle(lw_a[last]) and lw_a[last - 1] not in DETERMINERS and p.lw_b[0] in DETERMINERS
    infinitive = _infinitive_end(lw_a)
    if (not infinitive or feature) and not quantity and letter_words(p.lw_b) < 4:
        return None
    if not (verbal_ing or infinitive or _is_finite(lw_a, last, p.cased_a)) or lw_a[last] in AUX:
        return None
    lo, hi = sentence_bounds(p.doc, p.b)
    lacks = lacks_main_verb(p.doc, (lo, first_clause_end(p.doc, lo, hi)))
    # an infinitive's object: a noun phrase, maybe with a participle and its clause ("submit. A memorandum demanding that")
    if lacks is None or (lacks[2] != "verb" and not (infinitive and lacks[2] == "complement")):
        return None
    sure = 0.7 if (infinitive and p.lw_b[0] in DETERMINERS and not feature) or quantity else 0.55
    return Cut(f"'{p.cased_a[-1].text}' has its object after the full stop", sure)


def _infinitive_end(lw: list[str]) -> bool:
    """Whether a piece ends on an infinitive that takes an object: after "to",
    a modal or "help" ("would submit", "helped design"; not "be")."""
    if len(lw) < 2:
        return False
    last, before = lw[-1], lw[-2]
    return last in verb_lemmas() and last not in BE_FORMS and last not in AUX \
        and (before == "to" or before in BARE_INFINITIVE_BEFORE)


def _head(lw: list[str], cased: list, text: str) -> tuple[list[str], list, str]:
    """The head of a piece (``text`` from its first token): its words up to
    the first subordinator, relative or "and" + finite verb, and that
    boundary word ("" when none, or when a comma comes first)."""
    base = cased[0].start
    for i, w in enumerate(lw):
        # ("of that work": "that" after a preposition is a determiner)
        boundary = i >= 2 and not (w == "that" and lw[i - 1] in OBJECT_PREPOSITIONS) and (w in HEAD_ENDS or (
            w in COORDINATORS and i + 1 < len(lw) and _is_finite(lw, i + 1, cased)))
        if boundary:
            return lw[:i], cased[:i], "" if "," in text[: cased[i].start - base] else w
    return lw, cased, ""


def _head_without_verb(p: Pair) -> Optional[Cut]:
    """(h) the piece before ends on a verb, an auxiliary or a copula and the
    head of the piece after (up to a subordinate clause or "and" + a
    second verb) has none: "when he turned. Home a loose ball after the
    keeper could only parry", "Both were. Able to dig themselves out and
    were not injured", "she had started. Work there at 16 and had never"."""
    lw_a, lw_b = p.lw_a, p.lw_b
    if len(lw_a) < 2 or p.question or not lw_b[0].isalpha() or lw_b[0] in SUBJECT_STARTS or \
            lw_b[0] in COORDINATORS or lw_b[0] in SUBORDINATORS or p.cased_b[0].text.isupper():
        return None
    head, cased, end = _head(lw_b, p.cased_b, p.doc.text[p.cased_b[0].start:p.b.end])
    if not end or letter_words(head) < 2:
        return None
    verbs_in_head = finite_verb_groups(head, cased, 1)
    if verbs_in_head == 1 and head[0] in verb_lemmas() and not finite_verb_groups(head[1:], cased[1:], 0) and (
            (end in COORDINATORS and lw_b[len(head) + 1] not in verb_lemmas())
            or (head[0] in noun_lemmas() and not imperative_voice(p.doc))):
        verbs_in_head = 0  # "Work there ... and had" (no imperative goes on with a past verb), "Home a ball after"
    if verbs_in_head:
        return None
    last = len(lw_a) - 1
    if lw_a[last] in TO_BE_ENDS and lw_a[last - 1] not in WH and letter_words(lw_a) <= 4:
        return Cut(f"'{p.cased_a[-1].text}' has its complement after the full stop", 0.8)
    if _is_finite(lw_a, last, p.cased_a) and lw_a[last] not in AUX and lw_a[last] not in SPEECH_VERB_SET \
            and lw_a[last - 1] not in TO_BE_ENDS and lw_a[last - 1] not in AUX_ADVERBS:
        # (not "was convinced.": a passive ends its clause)
        return Cut(f"'{p.cased_a[-1].text}' has its object after the full stop", 0.6)
    return None


def _empty_speech_tag(p: Pair) -> Optional[Cut]:
    """(i) the piece before ends on a speech tag with nothing to report (no
    other main verb: "Without the line, he said.", "The secretary, who
    visited the plant, said.") and the piece after is the clause it reports."""
    lw_a = p.lw_a
    last = lw_a[-1] if len(lw_a) >= 3 else ""
    if not (last in ("said", "says") or (last in SPEECH_VERB_SET and last.endswith("ed"))) or p.question \
            or "so" in lw_a or "as" in lw_a or lw_a[-2] in AUX or lw_a[-2] in AUX_ENDS or lw_a[-2] in AUX_ADVERBS:
        return None
    if not p.cased_b[0].text[1:].islower() and p.lw_b[0] not in SUBJECT_STARTS:
        return None
    kept = _without_relatives(p)
    if finite_verb_groups(kept, kept, 1) != 1 or finite_verb_groups(p.lw_b, p.cased_b, 0) == 0 or _reports_before(p):
        return None
    return Cut(f"'{p.cased_a[-1].text}' reports the clause after the full stop", 0.8)


def _reports_before(p: Pair) -> bool:
    """Whether a tag after a comma ("Another month, he said.") reports the
    words before it: they open on no preposition or subordinator that
    would hang them on the clause after ("Without the line, he said.")."""
    head, comma, tag = p.a.text.rstrip(" .").rpartition(",")
    words = head.split()
    return bool(comma) and len(tag.split()) == 2 and bool(words) and "," not in head \
        and words[0].lower() not in PHRASE_OPENERS and words[0].lower() not in SUBORDINATORS


_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:who|which)\b[^,]*,")


def _without_relatives(p: Pair) -> list[str]:
    """The words of the piece before but those of its relative clauses
    between commas (", who visited the plant,")."""
    gaps = [(m.start() + p.a.start, m.end() + p.a.start) for m in _RELATIVE_CLAUSE_RE.finditer(p.a.text)]
    return [w for w, t in zip(p.lw_a, p.cased_a) if not any(a <= t.start < b for a, b in gaps)]


def _adverbial_before_clause(p: Pair, feature: FeatureStyle) -> Optional[Cut]:
    """(j) a verbless adverbial (an infinitive of purpose, a subordinator
    and its subject, a phrase) stands before a clause it belongs to: "To pay
    for the expansion. Lawmakers delayed", "If the government. Agrees, the
    expansion", "Without stopping. To take off his jacket, Dean jumped"."""
    lw_a, lw_b = p.lw_a, p.lw_b
    n = letter_words(lw_a)
    if p.question or p.finite_a or not 2 <= n <= 10 or finite_verb_groups(lw_b, p.cased_b, 0) == 0:
        return None
    first = lw_a[0]
    # a comma before the subject of the clause ("To pay for it, lawmakers"), none before its verb or "to"
    comma = lw_b[0] != "to" and lw_b[0] not in finite_forms() and lw_b[0] not in verb_lemmas()
    # (an infinitive or a phrase mid-paragraph may as well be the end of the sentence before it: "try not. To drink.")
    opens = p.a.index == 0 or p.doc.sentences[p.a.index - 1].paragraph != p.a.paragraph
    if (first == "to" and lw_a[1] in verb_lemmas() and opens) or (first in ADVERBIAL_SUBORDINATORS and n >= 3):
        return Cut(f"'{p.cased_a[0].text} ...' needs the clause after the full stop", 0.8, comma)
    if first in PHRASE_OPENERS and first not in ("of", "as", "than") and not feature and opens \
            and (participle(lw_a[-1]) or lw_b[0] == "to"):
        return Cut(f"'{p.cased_a[0].text} ...' may belong to the clause after the full stop", 0.6, comma)
    return None


def _infinitive_cut(p: Pair) -> Optional[Cut]:
    """(k) the piece before ends on a verb and the piece after is its
    infinitive ("he failed. To win the support of parliament", "was found.
    To be babbling"), not a short infinitive and a comma before a clause
    ("To be fair, the plan has flaws.")."""
    lw_a, lw_b = p.lw_a, p.lw_b
    if len(lw_b) < 3 or lw_b[0] != "to" or lw_b[1] not in verb_lemmas() or p.question or len(lw_a) < 3:
        return None
    last = lw_a[-1]
    verb = _is_finite(lw_a, len(lw_a) - 1, p.cased_a) or (last.endswith("ed") and lw_a[-2] in TO_BE_ENDS)
    if not verb or last in AUX or last in SPEECH_VERB_SET:
        return None
    comma = p.b.text.find(",")
    if 0 <= comma and len(p.b.text[:comma].split()) <= 4:
        return None
    return Cut(f"'{p.cased_a[-1].text}' has its infinitive after the full stop", 0.7)


def _cut(p: Pair, feature: FeatureStyle) -> Optional[Cut]:
    """What the full stop between two pieces cut, or None."""
    if not p.lw_a or not p.lw_b:
        return None
    if len(p.lw_b) > 3 and ENGLISH_GLUE.isdisjoint(p.lw_b) and not _english(p.lw_b, p.cased_b):
        return None  # a sentence in another language is MT007's
    if _imperative(p) or (p.a.paragraph == p.b.paragraph and log_entry(p.doc, p.a.paragraph)) or caption_label(p.b.text):
        return None
    return (_dangling_end(p) or _object_opening(p) or _verb_without_subject(p) or _piece_without_main_verb(p, feature)
            or _subject_left_behind(p) or _object_cut(p, bool(feature)) or _head_without_verb(p) or _empty_speech_tag(p)
            or _infinitive_cut(p)
            or _adverbial_before_clause(p, feature) or _verbless_after_clause(p, feature) or _collocation_cut(p))


def _object_opening(p: Pair) -> Optional[Cut]:
    """(l) the piece after opens on an object pronoun of the verb before: "we can give. Them a chance"."""
    if object_pronoun_opening(p.lw_a, p.lw_b, p.b.text):
        return Cut(f"'{p.cased_b[0].text}' is the object of '{p.cased_a[-1].text}' before the full stop", 0.8)
    return None


def _collocation_cut(p: Pair) -> Optional[Cut]:
    """(h) the word before the full stop and the one after it form a strong
    collocation ("the legal. Action"): one phrase, less sure (info). Only a
    lowercase word before it and a common word after it: names pair too."""
    last, first = p.cased_a[-1].text, p.cased_b[0].text
    if not last.islower() or not first[1:].islower() or len(p.lw_a) < 3 or p.question:
        return None
    pmi = collocation_strength(last, first.lower())
    if pmi is None:
        return None
    return Cut(f"'{last} {first.lower()}' is one phrase in English: the full stop cuts it", 0.5)


def _quoted_cut(p: Pair, feature: FeatureStyle) -> Optional[Cut]:
    """Inside quotes speech may be clipped on purpose: only a word no
    sentence ends on before a verb ("We are not. Done fighting") or a
    phrase opening on "of" ("prouder. Of what they have done") tells."""
    if not p.lw_a or len(p.lw_b) < 4 or p.question:
        return None
    cut = _dangling_end(p)
    if cut is not None and cut.confidence >= 0.85 and p.lw_a[-1] not in COORDINATORS:
        return cut  # (", but." in speech trails off: "I don't usually read poetry, but. And then")
    if object_pronoun_opening(p.lw_a, p.lw_b, p.b.text):
        return _object_opening(p)  # (no speaker opens a sentence on "Them")
    lw_b = p.lw_b
    comma = p.b.text.find(",")
    if lw_b[0] == "to" and lw_b[1] in verb_lemmas() and goes_on_with_to(p.lw_a[-1]) and not WH.intersection(p.lw_a) \
            and not 0 <= comma < len(" ".join(p.b.text.split()[:5])):  # (not "To be honest, I")
        return Cut(f"'{p.cased_a[-1].text}' has its infinitive after the full stop", 0.75)  # "We want. To be"
    if _infinitive_end(p.lw_a) and lw_b[0] in DETERMINERS:
        cut = _object_cut(p)
        if cut is not None:
            return cut
    if lw_b[0] == "of" and lw_b[1] not in ("course", "note") and p.finite_a:
        k = next((i for i, w in enumerate(lw_b) if w in WH or w in RELATIVES), len(lw_b))
        if not finite_verb_groups(lw_b[:k], p.cased_b[:k], 0):
            return Cut(f"'{p.cased_b[0].text} ...' is a phrase of the sentence before", 0.75)
    return None


def _english(lw: list[str], cased: list) -> bool:
    """Whether most words of a piece are English dictionary words; names
    (capitalised after the first word: "In Hobart each October") count for neither."""
    words = [w for i, w in enumerate(lw) if w.isalpha() and not (i and cased[i].text[:1].isupper())]
    return 2 * sum(map(is_dictionary_word, words)) > len(words)


def _imperative(p: Pair) -> bool:
    """A coordinator and a bare verb in an article that gives advice: "Use
    the right service. ... And be kind to the staff." is a sentence; so is
    a causative there: "Have meters tested on a stand"."""
    lw_b = p.lw_b
    return (len(lw_b) > 1 and lw_b[0] in COORDINATORS and lw_b[1] in verbs()[0] and imperative_voice(p.doc)) \
        or imperative_after_opener(p.b.text) \
        or (len(lw_b) > 2 and lw_b[0] in CAUSATIVES and lw_b[1] not in SUBJECT_STARTS and imperative_voice(p.doc))


def _verbless_after_clause(p: Pair, feature: FeatureStyle) -> Optional[Cut]:
    """(g) any verbless piece of six words or more after a clause, outside
    a feature: likely the rest of the clause, but a writer may mean it
    ("Screens in the city centre for two weeks."): reported as info."""
    if p.question or letter_words(p.lw_b) <= SHORT or not p.lw_b[0].isalpha() or not p.finite_a:
        return None
    lacks = lacks_main_verb(p.doc, sentence_bounds(p.doc, p.b))
    if lacks is None or lacks[2] != "verb" or feature:
        return None
    return Cut(f"'{p.cased_b[0].text} ...' has no verb: it may be the end of the sentence before", 0.5)


def _join_fix(doc: Document, dot: int, b: Sentence, comma: bool) -> Fix:
    """Join the two pieces: the full stop goes (or becomes a comma) and the
    next word loses its capital unless it is a name or "I"."""
    word = b.text.split(" ", 1)[0].rstrip(",;:.")
    low = word.lower()
    edits = [Edit(dot, dot + 1, "," if comma else "")]
    if low != "i" and (low in stopwords() or low in verb_lemmas() or participle(low) or low in PHRASE_OPENERS
                       or word[1:].islower() and (low in clearly_finite() or is_dictionary_word(low)
                                                  or low in irregular_participles())):
        edits.append(Edit(b.start, b.start + 1, word[0].lower()))
    return Fix(tuple(edits), safe=False, description="join the two pieces into one sentence")


_INITIALS_END_RE = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,3}$")


@analysis("translation.capital_breaks", needs=(token_lowers, imperative_voice))
def capital_breaks(doc: Document) -> list[Hit]:
    """Full stops before a capital that split one clause (part of MT003's hits)."""
    sentences = doc.sentences
    quoted = quoted_test(doc)
    feature = FeatureStyle(doc)
    hits: list[Hit] = []
    for a, b in zip(sentences, sentences[1:]):
        digit = b.text[:1].isdigit()  # "announced a. 30 percent rise": only a dangling end tells
        if a.paragraph != b.paragraph or not (b.text[:1].isupper() or digit):
            continue
        ta = a.text.rstrip()
        if not ta.endswith(".") or ta.endswith("..") or not (ta[-2:-1].isalpha() or range_goes_on(ta, b.text)) \
                or _INITIALS_END_RE.search(ta):
            continue  # (initials written together end no sentence before a surname: "Adv. P.J. Steyn")
        pair = Pair(doc, a, b)
        # (after a number, only a range's "between" tells: "between 70. And 80")
        cut = _dangling_end(pair) if digit or not ta[-2:-1].isalpha() else _quoted_cut(pair, feature) if quoted(a) \
            else _cut(pair, feature)
        if cut is None:
            continue
        dot = a.start + len(ta) - 1
        word_end = b.start + len(b.text.split(" ", 1)[0].rstrip(",.;:"))
        hits.append(Hit("MT003", a.start + ta.rfind(" ") + 1, word_end,
                        f"full stop in the middle of a sentence: {cut.why}", cut.confidence,
                        _join_fix(doc, dot, b, cut.comma)))
    return hits
