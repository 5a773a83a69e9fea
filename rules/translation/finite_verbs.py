"""Finite verb groups of a sentence, from the verb lexicon and the words
around each verb-like word: the noun-or-verb decision MT004 needs ("the
council plans a vote" has a verb, "the council's plans for the park" has
none)."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional, Sequence, Union

from sourcelint.document import Token

from ..lexicon import data_lines
from ..words import is_dictionary_word
from .lexicons import finite_forms, noun_or_verb_forms, stopwords, verbs

__all__ = ["finite_verb_groups", "gerund_verb", "verb_group_heads", "verb_lemmas", "non_finite_cue", "participle", "past_nouns", "irregular_participles"]


AUX = frozenset("has have had is are was were will would can could should shall might must did does do".split())
_FINITE_EXTRA = frozenset(
    """am 's ’s cannot can't can’t won't won’t don't don’t doesn't doesn’t didn't didn’t isn't isn’t
    aren't aren’t wasn't wasn’t weren't weren’t hasn't hasn’t haven't haven’t hadn't hadn’t shouldn't
    shouldn’t wouldn't wouldn’t couldn't couldn’t may""".split()
)
_PLAIN_SUBJECTS = frozenset("i we they you".split())
_PRONOUN_SUBJECTS = frozenset("i we they you he she it".split())
_OBJECT_PRONOUNS = frozenset("it them him us me".split())
# After these a word is a noun (or an adjective): "the plans", "its leads".
_NOUN_CONTEXT = frozenset(
    """the a an this that these those his her their its our your my all some any no more most many few
    several each every such of for in on at with from by to into about between among against without
    as than per 's ’s""".split()
)
_COORDINATORS = frozenset("and or but".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_CARDINALS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds thousands".split())
_QUANTIFIER_SUBJECTS = frozenset("many most some few several both all others".split())
_IMPERATIVE_ADVERBS = frozenset("then now first next finally simply just please also".split())
_ARTICLES = frozenset("the a an his her their its our your my of".split())
_CONTRACTED = frozenset("he she it that there what who where here i you we they let".split())
# Verb lemmas that are, in news prose, mostly adjectives, adverbs or function words.
_NOT_VERBS = frozenset(
    """open clean close free even well better best right last second present separate perfect welcome like near
    round down up out over back still long short slow fast full empty dry wet warm cool calm clear low high
    double triple total equal due own only just further later earlier while lest under through across past about
    above below inside outside off on in around along beyond except""".split())
_PREPOSITIONS = frozenset("above below into onto from in on at after before across through towards under".split())
# Prepositions after which a word ending in -er is a comparative before its noun: "near steeper ground".
_COMPARATIVE_BEFORE = _PREPOSITIONS | frozenset("near for with of by to about between among without within".split())
# Adjectives ending in -ly, which an adverb test would take for adverbs: "early shifts", "daily flights".
_LY_ADJECTIVES = frozenset("early daily weekly monthly yearly nightly hourly quarterly elderly lonely friendly costly"
                           .split())
_ADJECTIVE_ENDINGS = ("al", "ful", "ous", "ive", "ic", "able", "ible", "est", "higher", "lower")
# What opens a verb's object or complement: "plans a vote", "calls for", "leads to".
_OBJECT_STARTS = frozenset(
    """the a an this these those his her their its our your my all some any no more new it them him us me
    that to for up out back off on down away over what how why whether every less much only just well almost
    nearly twice once here there often little such about one two three four five six seven eight nine ten
    eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions""".split()
)
# Plural subjects with no -s: "people hope", "police say".
_IRREGULAR_PLURALS = frozenset("people police children men women staff cattle media".split())
_AFTER_AUX = frozenset("been be being not also already still never yet reportedly since just only now even both all each".split())
_NOT_NOUNS = frozenset("this his its is was has does us as thus plus less unless always perhaps whereas yes".split())
_SUBORDINATE_MARKERS = frozenset("which who whom whose".split())


@lru_cache(maxsize=None)
def past_nouns() -> frozenset[str]:
    """Past-tense forms that are also nouns ("crew", "rent"), from ``past_forms_also_nouns.txt``."""
    return frozenset(data_lines("past_forms_also_nouns.txt"))


@lru_cache(maxsize=None)
def irregular_participles() -> frozenset[str]:
    """Past participles that are no past-tense form ("done", "taken"), from ``irregular_past_participles.txt``."""
    return frozenset(data_lines("irregular_past_participles.txt"))


@lru_cache(maxsize=None)
def noun_lemmas() -> frozenset[str]:
    """Verb lemmas whose third-person form is also a plural noun ("repair", "water")."""
    return frozenset(line.split(" ", 1)[0] for line in data_lines("finite_verb_forms.txt") if " ~" in line)


@lru_cache(maxsize=None)
def verb_lemmas() -> frozenset[str]:
    """Every verb lemma of the lexicons (``mt_verbs.txt`` and the lemminflect table)."""
    base, _ = verbs()
    return base | frozenset(line.split(" ", 1)[0] for line in data_lines("finite_verb_forms.txt"))


def _plural_noun(w: str) -> bool:
    """Whether ``w`` reads as a plural noun subject ("farmers", "groups")."""
    if w in _IRREGULAR_PLURALS:
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and w not in _NOT_NOUNS
            and (w in noun_or_verb_forms() or w not in finite_forms()))


_CONTRACTIONS = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t")
_ADVERBS = frozenset("now also still often never already usually always sometimes rarely even just only then".split())


def _unknown_word(w: str) -> bool:
    """Whether ``w`` is no word the lexicons know: at the start of a sentence, a name."""
    # (an apostrophe inside a name: "O'Brien", "Fa'amausili")
    w = w.replace("'", "").replace("’", "") if w[:1].isalpha() and w[-1:].isalpha() else w
    return (w.isalpha() and not w.endswith(("ing", "ly", "ed")) and w not in verb_lemmas() and w not in stopwords()
            and w not in _NOUN_CONTEXT and not is_dictionary_word(w))


def participle(w: str) -> bool:
    """Whether ``w`` is the -ing form of a known verb ("following", "building")."""
    lemmas = verb_lemmas()
    return w.endswith("ing") and len(w) > 4 and (w[:-3] in lemmas or w[:-3] + "e" in lemmas or w[:-4] in lemmas)


# What opens the object of "The band tour the UK".
_DETERMINER_OBJECTS = frozenset("the a an his her their its our this these those".split())
_POSSESSIVES = frozenset("his her their its our my your".split())


def _capital(word: Union[str, Token]) -> bool:
    """Whether a word (a string or a document token) is capitalised."""
    return (word if isinstance(word, str) else word.text)[:1].isupper()


def _is_finite(lw: list[str], i: int, cased: Sequence[Union[str, Token]]) -> bool:
    """Whether word ``i`` of a lowercase sentence is a finite verb (``cased``:
    the words as written)."""
    w = lw[i]
    prev = lw[i - 1] if i else ""
    nxt = lw[i + 1] if i + 1 < len(lw) else ""
    if prev in ("having", "being", "to", "be", "been"):
        return False  # "having had", "to be returned": non-finite
    if w in AUX or w in _FINITE_EXTRA or (w.endswith(_CONTRACTIONS) and w.split("'")[0].split("’")[0] in _CONTRACTED):
        return prev not in _ARTICLES  # "these can cut", not "the can"
    if i == 1 and prev in _QUANTIFIER_SUBJECTS and w not in _NOT_VERBS and (
            w in verb_lemmas() or w in finite_forms() or (len(w) > 4 and w.endswith("ed"))):
        return True  # "Many rent flats", "Most agree", "Some smashed windows"
    if i == 2 and lw[1] in ("more", "others") and (lw[0][:1].isdigit() or lw[0] in _CARDINALS) and (
            w in verb_lemmas() or w in finite_forms()) and w not in _NOT_VERBS:
        return True  # "Three more wait in a row", "Two others survived"
    if i >= 2 and lw[i - 2] in _ARTICLES and w.endswith("s") and (prev.endswith(("ed", *_ADJECTIVE_ENDINGS))
                                                                 or prev in _LY_ADJECTIVES):
        return False  # "the increased costs": an adjective and its noun
    if i >= 2 and lw[i - 2] in _COMPARATIVE_BEFORE and prev.endswith("er") and prev not in _NOUN_CONTEXT \
            and not _capital(cased[i - 1]):
        return False  # "near steeper ground", "for higher wages": a comparative and its noun
    if w.endswith("ed") and _negated_participle(lw, i):
        return False  # "the benchmarks, not yet independently verified"
    if prev in _NOUN_CONTEXT and not (prev in _DEMONSTRATIVES and (
            w in finite_forms() or w in noun_or_verb_forms() or (w in verb_lemmas() and nxt in _OBJECT_STARTS))):
        return False  # "the interests", "of plans"; but "this includes", "these bring the"
    if prev in _PRONOUN_SUBJECTS and not _object_it(lw, i):
        return True  # "it rains", "he lays": whatever follows a subject pronoun
    if w.endswith("ing") and (participle(w) or w not in verb_lemmas()):
        return False  # "working"; but "bring", "sing" are verbs
    if w in ("say", "says"):
        return True  # "..., say the young people": an inverted speech tag
    # what may open an object: "plans a vote", "beat Sabalenka", "rose 8 percent"
    obj = nxt in _OBJECT_STARTS or nxt[:1].isdigit() or (bool(nxt) and _capital(cased[i + 1]))
    if i == 0 or (i == 1 and prev in _IMPERATIVE_ADVERBS):
        # an imperative: "Avoid long spells", "Water them", "Then section out the hair"
        if w in _NOT_VERBS and nxt in _COMPARATIVE_BEFORE:
            return False  # "Even on low-angle terrain", "Still in the lead": an adverb, not "Even the score"
        return w in verb_lemmas() and (w not in noun_lemmas() or obj)
    # a name ("Bjartmar works", "Governor Degtyaryov spoke"): a capitalised word no verb lexicon knows
    name = _capital(cased[i - 1]) and (i > 1 or _unknown_word(prev))
    adverb = prev in _ADVERBS or (prev.endswith("ly") and prev not in _LY_ADJECTIVES)
    # ("the only machine", "a largely empty": an adverb after an article modifies a noun phrase)
    after_subject = ((adverb and not (i >= 2 and lw[i - 2] in _ARTICLES)) or _plural_noun(prev)
                     or prev in _SUBORDINATE_MARKERS or name)
    if w in past_nouns() and not w.endswith("ed"):
        # "the river rose above", "drew attention"; not "the higher rent for", "repair crew working"
        return not (prev.endswith(_ADJECTIVE_ENDINGS) or nxt.endswith("ing") or nxt in AUX or nxt in finite_forms())
    if w in noun_or_verb_forms():
        # "usually wastes", "the council plans a vote", "platforms, takes effect",
        # "The fair runs from May": the first such word after a sentence's opening "the" and a noun;
        # not "following reports that", "the city's plans"
        return after_subject or _gerund_subject(lw, i) or (obj and not prev.endswith(("'s", "’s", *_ADJECTIVE_ENDINGS))
                                 and not (nxt in ("that", "to") and participle(prev))) or (
            i == 2 and (lw[0] in _DETERMINER_OBJECTS or lw[0] in ("each", "every")) and (nxt in _PREPOSITIONS or nxt == "with")
            and w.endswith("s")
            and not prev.endswith(("s", *_ADJECTIVE_ENDINGS))) or _after_opening_noun_phrase(lw, i)
    if prev in _COORDINATORS and w in verb_lemmas():
        return obj  # "and costs less", "or hold the line"
    if w in finite_forms():
        return not (nxt == "by" and w.endswith("ed"))  # "the pier damaged by the debris": a passive, no auxiliary
    if len(w) > 4 and w.endswith("ed") and w not in ("indeed", "hundred", "needed"):
        return nxt != "by"
    if w in verb_lemmas() and w not in _NOT_VERBS:
        # a present-tense verb after a plural subject or an adverb ("farmers hold", "now label"), or
        # a word that is only a verb ("Tickets for May go on sale")
        return prev in _PLAIN_SUBJECTS or after_subject or (
            w not in noun_lemmas() and not prev.endswith(("ed", "ing", *_ADJECTIVE_ENDINGS))) or (
            # "The band tour the UK": a collective subject takes a plural verb in British English
            i == 2 and lw[0] == "the" and nxt in _DETERMINER_OBJECTS) or _after_plural_subject(lw, i)
    # "Northgate open their season", "the firms close their doors": a word that may also be an
    # adjective is a verb between a subject and the possessive of its object
    # (or of an object pronoun: "The potters open it on Sunday")
    return w in verb_lemmas() and w not in _ADVERBS and after_subject and (nxt in _POSSESSIVES or nxt in _OBJECT_PRONOUNS)


def _object_it(lw: list[str], i: int) -> bool:
    """Whether the "it" before word ``i`` is the object of the verb before it
    ("hearing it outside", "made it clear"): no subject of what follows."""
    pre = lw[i - 2] if i >= 2 else ""
    # (a base form that is also a noun may end a phrase before "it": "at home, it hits you")
    return lw[i - 1] == "it" and pre not in AUX and (
        participle(pre) or pre in finite_forms() or (pre in verb_lemmas() and pre not in noun_lemmas()))


def _after_opening_noun_phrase(lw: list[str], i: int) -> bool:
    """Whether -s form ``i`` follows the sentence's opening noun phrase, whose
    head is a singular noun: "Its date changes each year", "A yellow rain
    warning remains in place", "The paper's editorial calls for". A plural
    or possessive head, or an adjective, makes it the head noun itself ("The
    mayor's plans", "the famous calls")."""
    prev = lw[i - 1]
    if not (2 <= i <= 5 and lw[0] in _DETERMINER_OBJECTS and lw[i].endswith("s")):
        return False
    if prev.endswith(("s", "ous", "ful", "able", "ible", "est", "ed")):
        return False  # -al, -ic and -ive words are nouns as often: "editorial", "critic", "executive"
    words = stopwords()
    # the first -s form of the sentence ("The line runs every ten minutes" has one verb)
    return not any(w in words or w in AUX or (w.endswith("s") and not w.endswith(("'s", "’s"))) for w in lw[1:i])


_PLURAL_QUANTIFIERS = frozenset("many most some several few both all these those".split())


def _after_plural_subject(lw: list[str], i: int) -> bool:
    """Whether base form ``i`` agrees with a plural subject opening the
    sentence, past the phrases hung on it: "Many concerts in the morning
    and early afternoon remain free"."""
    w = lw[i]
    return (3 <= i <= 10 and lw[0] in _PLURAL_QUANTIFIERS and _plural_noun(lw[1]) and not w.endswith(("s", "ed", "ing"))
            and not any(x in AUX for x in lw[2:i]))


def _gerund_subject(lw: list[str], i: int) -> bool:
    """Whether an -s form follows a modified gerund that opens the sentence and
    goes on with a preposition or an object: "Early voting runs from". A bare
    one is a participle and its object ("Cutting shifts at the plant")."""
    nxt = lw[i + 1] if i + 1 < len(lw) else ""
    return (i == 2 and lw[i].endswith("s") and participle(lw[1]) and not participle(lw[0])
            and (nxt in _PREPOSITIONS or nxt in _OBJECT_STARTS or nxt[:1].isdigit()))


# What follows the verb of a gerund subject and no noun: "Killing them at this stage takes far less".
_GERUND_VERB_NEXT = frozenset("the a an this these those his her their its our your my some any no more less much "
                              "far little only just nearly almost twice".split())


def gerund_verb(lw: list[str]) -> bool:
    """Whether a sentence (its words up to its first comma) opens on a gerund
    phrase that is the subject of an -s verb after it: "Killing them at this
    stage takes far less pesticide", "Building homes costs more". The verb
    goes on with its object; a noun would go on with a preposition ("module
    prices over the year")."""
    if len(lw) < 4 or not participle(lw[0]):
        return False
    forms = noun_or_verb_forms()
    finite = finite_forms()
    for i in range(2, len(lw) - 1):
        w, prev, nxt = lw[i], lw[i - 1], lw[i + 1]
        if w.endswith("s") and (w in forms or w in finite) and prev not in _NOUN_CONTEXT \
                and (nxt in _GERUND_VERB_NEXT or nxt[:1].isdigit() or (nxt.endswith("ly") and nxt not in _LY_ADJECTIVES)):
            return True
    return False


def _negated_participle(lw: list[str], i: int) -> bool:
    """Whether word ``i`` follows "not" (and adverbs) with no auxiliary before "not": a participle."""
    j = i - 1
    while j >= 0 and (lw[j].endswith("ly") or lw[j] in _AFTER_AUX) and lw[j] != "not":
        j -= 1
    if j < 0 or lw[j] != "not":
        return False
    before = lw[j - 1] if j else ""
    return not (before in AUX or before in _FINITE_EXTRA or before.endswith(_CONTRACTIONS) or before in _AFTER_AUX
                or before in _PRONOUN_SUBJECTS or before in ("am", "be", "been", "being"))


_VERBISH_ENDINGS = ("ed", *_CONTRACTIONS)


@lru_cache(maxsize=None)
def _verbish() -> frozenset[str]:
    """Every word ``_is_finite`` may call a verb but for those ending in -ed
    or a contraction, or following a subject pronoun: a quick test first."""
    return AUX | _FINITE_EXTRA | finite_forms() | noun_or_verb_forms() | past_nouns() | verb_lemmas() | frozenset(("say", "says"))


def finite_verb_groups(lw: list[str], cased: Optional[Sequence[Union[str, Token]]] = None, most: int = 99) -> int:
    """How many finite verb groups a lowercase sentence has, counting no
    further than ``most`` + 1; "has also received" is one group. ``cased``:
    the words as written or their tokens (capitals mark names), if not ``lw``."""
    n = 0
    for _ in verb_group_heads(lw, cased):
        n += 1
        if n > most:
            break
    return n


def verb_group_heads(lw: list[str], cased: Optional[Sequence[Union[str, Token]]] = None) -> Iterator[int]:
    """The index of the first word of each finite verb group of a lowercase
    sentence, in order (``cased`` as for :func:`finite_verb_groups`)."""
    cased = lw if cased is None else cased
    last = -3
    verbish = _verbish()
    prev = ""
    for i, w in enumerate(lw):
        quick_no = w not in verbish and prev not in _PRONOUN_SUBJECTS and not w.endswith(_VERBISH_ENDINGS)
        prev = w
        if quick_no or not _is_finite(lw, i, cased):
            continue
        if not (i - last == 1 or (i - last == 2 and lw[i - 1] in _AFTER_AUX)):
            yield i
        last = i


def non_finite_cue(lw: list[str]) -> bool:
    """Whether a verbless sentence holds what a clause keeps when its
    auxiliary is lost: "not", a participle of a known verb ("working",
    "damaged"), or an infinitive ("to report")."""
    lemmas = verb_lemmas()
    _, forms = verbs()
    for i, w in enumerate(lw[1:], 1):
        prev = lw[i - 1]
        if w == "not" or (prev == "to" and w in lemmas and w not in _NOUN_CONTEXT):
            return True
        if prev in _NOUN_CONTEXT and prev not in ("and", "or", "but", "to"):
            continue  # "the damaged pier", "a working day": an adjective
        if w.endswith("ing") and len(w) > 5 and (w[:-3] in lemmas or w[:-3] + "e" in lemmas or w[:-4] in lemmas):
            return True
        if w.endswith("ed") and len(w) > 4 and (w in finite_forms() or w in forms):
            return True
    return False
