"""Word lists the translation detectors share, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import data_lines

__all__ = ["sentence_openers", "function_profile", "profile_rank", "verbs", "inflected_verb_forms", "finite_forms", "noun_or_verb_forms", "past_forms", "stopwords"]


@lru_cache(maxsize=None)
def sentence_openers() -> tuple[frozenset[str], frozenset[str]]:
    """(all sentence-opener words, the two-letter ones), capitalised as in the file."""
    words = frozenset(data_lines("mt_sentence_openers.txt"))
    return words, frozenset(w for w in words if len(w) == 2)


@lru_cache(maxsize=None)
def function_profile() -> dict[str, float]:
    """Reference relative frequencies of English function words (sum to 1)."""
    raw = {}
    for line in data_lines("mt_function_words.txt"):
        word, freq = line.split()
        raw[word] = float(freq)
    total = sum(raw.values())
    return {w: f / total for w, f in raw.items()}


@lru_cache(maxsize=None)
def profile_rank() -> dict[str, int]:
    """Position of each reference function word in the profile."""
    return {w: i for i, w in enumerate(function_profile())}


@lru_cache(maxsize=None)
def verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(base forms, every finite or participle form we know) of common verbs."""
    base: set[str] = set()
    forms: set[str] = set()
    for line in data_lines("mt_verbs.txt"):
        parts = line.split()
        b = parts[0]
        base.add(b)
        forms.update(parts)
        if len(parts) == 1 or b not in {"can", "will", "shall", "may", "must"}:
            if b.endswith("e"):
                forms.update((b + "s", b + "d"))
            elif b.endswith("y") and len(b) > 2 and b[-2] not in "aeiou":
                forms.update((b[:-1] + "ies", b[:-1] + "ied"))
            elif b.endswith(("s", "sh", "ch", "x", "z")):
                forms.update((b + "es", b + "ed"))
            else:
                forms.update((b + "s", b + "ed"))
    return frozenset(base), frozenset(forms)


@lru_cache(maxsize=None)
def inflected_verb_forms() -> frozenset[str]:
    """The forms of :func:`verbs` that are no base form ("said", "goes")."""
    base, forms = verbs()
    return forms - base


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    return frozenset(function_profile())



@lru_cache(maxsize=None)
def finite_forms() -> frozenset[str]:
    """Third-person and past-tense forms of thousands of verbs
    (``data/finite_verb_forms.txt``, built from lemminflect's table)."""
    return frozenset(f for line in data_lines("finite_verb_forms.txt") for f in line.split()[1:] if f[0] != "~")


@lru_cache(maxsize=None)
def noun_or_verb_forms() -> frozenset[str]:
    """Third-person verb forms that are also plural nouns ("rates", "wastes")."""
    return frozenset(f[1:] for line in data_lines("finite_verb_forms.txt") for f in line.split()[1:] if f[0] == "~")


@lru_cache(maxsize=None)
def past_forms() -> frozenset[str]:
    """Past-tense verb forms (the finite forms of the shipped verb lexicon that are no third person)."""
    out = {"was", "were", "had", "did", "could", "would"}
    for line in data_lines("finite_verb_forms.txt"):
        lemma, *forms = line.split()
        out.update(f for f in forms if not f.startswith("~") and not f.endswith("s") and f != lemma)
    return frozenset(out)
