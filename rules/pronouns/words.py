"""The words the pronoun analysis reads: lexicons from ``rules/data/`` and the
closed classes of English grammar (pronouns, speech verbs, role groups).

Everything here is loaded once per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from ..lexicon import data_lines, data_sections, speech_verbs

#: A first name is gender evidence only when at least this share of the people
#: with it are of one gender (the lexicon marks rarer names "u").
FIRST_NAME_EVIDENCE = 0.95


@lru_cache(maxsize=None)
def first_names() -> dict[str, tuple[str, float]]:
    """``{folded name: (gender "m"|"f"|"u", share of that gender)}`` from ``data/first_names.tsv``.

    Keys are lowercase without diacritics (look names up with :func:`fold`).
    Hand-curated rows carry no counts: m/f ones get share 1.0 (they were added
    because the gender is clear), u rows 0.5 like every ambiguous name.
    """
    out: dict[str, tuple[str, float]] = {}
    for line in data_lines("first_names.tsv"):
        name, gender, female, _source = line.split("\t")
        if gender == "u":
            share = 0.5
        elif female == "-":
            share = 1.0
        else:
            share = float(female) if gender == "f" else 1.0 - float(female)
        out[name] = (gender, round(share, 3))
    return out


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` lowercased without diacritics ("Ségolène" -> "segolene"), the lexicon's key form."""
    low = word.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def person_words() -> dict[str, tuple[str, frozenset[str]]]:
    """``{word: (gender "m"|"f"|"n", kinds)}`` from ``data/pronouns_person_words.tsv``."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for line in data_lines("pronouns_person_words.tsv"):
        word, gender, kinds = line.split("\t")
        out[word] = (gender, frozenset(kinds.split(",")))
    return out


@lru_cache(maxsize=None)
def nonperson_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(organisation/place words, words that never begin a person's name, acronyms)."""
    sections = data_sections("pronouns_nonperson_words.txt")
    return sections["org"], sections["notname"], sections["acronym"]


@lru_cache(maxsize=None)
def feminine_things() -> frozenset[str]:
    """Nouns of things English traditionally calls "she" (a ship, a locomotive, a mare)."""
    return data_sections("pronouns_nonperson_words.txt")["feminine_things"]


#: pronoun -> (gender, form); "her" is object or possessive, decided in context.
PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "subj"), "him": ("m", "obj"), "his": ("m", "poss"), "himself": ("m", "refl"),
    "she": ("f", "subj"), "her": ("f", "obj/poss"), "hers": ("f", "poss"), "herself": ("f", "refl"),
}
for _p, _g in (("he", "m"), ("she", "f")):
    for _suffix in ("'s", "'d", "'ll"):
        for _apo in ("'", "’"):
            PRONOUNS[_p + _suffix.replace("'", _apo)] = (_g, "subj")

OPPOSITE = {"m": "f", "f": "m"}
GENDER_WORD = {"m": "male", "f": "female"}
PRON_SETS = {"m": "he/him/his", "f": "she/her/hers"}

_GRAMMAR = data_sections("pronouns_grammar.txt")
#: Speech-tag verbs: the list MT005 uses, so both families agree on what a
#: tag is, plus verbs of thinking ("Bachelet believes she ...").
SPEECH_VERBS = frozenset(v for v in speech_verbs() if " " not in v) | _GRAMMAR["thinking_verbs"]
MANNER_TAG_VERBS = _GRAMMAR["manner_tag_verbs"]
DIALOGUE_VERBS = _GRAMMAR["dialogue_verbs"]
GROUP_WORDS = _GRAMMAR["group_words"]
CLAUSE_OPENERS = _GRAMMAR["clause_openers"]
PREPOSITIONS = _GRAMMAR["prepositions"]
ROLE_GENERIC = _GRAMMAR["role_generic"]
CONTRASTIVE = _GRAMMAR["contrastive"]
PLACE_PREPOSITIONS = _GRAMMAR["place_prepositions"]
COPULAS = _GRAMMAR["copulas"]
PREDICATIVE = _GRAMMAR["predicative"]
DETERMINERS = _GRAMMAR["determiners"]
NAME_PARTICLES = _GRAMMAR["name_particles"]
NAME_SUFFIXES = _GRAMMAR["name_suffixes"]
MONTHS = _GRAMMAR["months"]
MONTH_CUES = _GRAMMAR["month_cues"]
AFTER_OBJECT = _GRAMMAR["after_object"]
STYLES = _GRAMMAR["styles"]
STYLE_MODS = _GRAMMAR["style_modifiers"]
FRONTING = _GRAMMAR["fronting"]
ABBREVIATED_TITLES = _GRAMMAR["abbreviated_titles"]
CTX_SKIP = _GRAMMAR["context_skip"]
ABBREVIATED_ROLES = dict(pair.split("=") for pair in _GRAMMAR["abbreviated_roles"])

_ROLE_GROUPS: dict[str, frozenset[int]] = {}
for _i, _group in enumerate(data_lines("pronouns_role_groups.txt")):
    for _w in _group.split():
        _ROLE_GROUPS[_w] = _ROLE_GROUPS.get(_w, frozenset()) | {_i}


def same_role(a: str, b: str) -> bool:
    """Whether role nouns ``a`` and ``b`` can name the same post."""
    if a == b or a in ROLE_GENERIC or b in ROLE_GENERIC:
        return True
    return bool(_ROLE_GROUPS.get(a, frozenset()) & _ROLE_GROUPS.get(b, frozenset()))


#: Kinds of person words that are nouns (mentions of someone on their own).
NOUN_KINDS = frozenset({"role", "human"})
POSSESSIVE = ("'s", "’s")
#: "BacheletThis": a name glued to the next sentence's first word.
#: A run of lowercase letters: the words of lowercased text, as the pronoun modules read them.
LOWER_WORD_RE = re.compile(r"[a-z]+")
GLUED_RE = re.compile(r"([A-Z][a-z’'\-]+?[a-z])([A-Z][a-z]+)$")


@lru_cache(maxsize=None)
def never_name_words() -> frozenset[str]:
    """Capitalised words that neither start nor join a person's name ("The", "But", "Monday")."""
    pw = person_words()
    # months stay: "Theresa May" ends in one
    return frozenset(w for w in nonperson_words()[1] if w not in pw and w not in MONTHS)


@lru_cache(maxsize=None)
def event_words() -> frozenset[str]:
    """Lowercase words worth a look besides capitalised ones: pronouns and person nouns."""
    nouns = {w for w, (_, kinds) in person_words().items() if kinds & NOUN_KINDS}
    return frozenset(PRONOUNS) | with_possessives(nouns)


@lru_cache(maxsize=None)
def kin_words() -> frozenset[str]:
    """Relation words ("wife", "son"), which make the name after them a given name."""
    return frozenset(w for w, (_, kinds) in person_words().items() if "kin" in kinds)


def with_possessives(words: Iterable[str]) -> frozenset[str]:
    """``words`` and their possessive forms ("ms", "ms's", "ms’s")."""
    words = set(words)
    return frozenset(words | {w + s for w in words for s in POSSESSIVE})
