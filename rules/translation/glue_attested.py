"""MT001's glue from the article's own words: a token that is no word and
that the web never writes, one of whose parts the article writes standalone
elsewhere, the other a common word ("Ridgemontborn" where "Ridgemont"
stands alone, "ManagerNeil" where "Neil" does, "seagrassmeadows" where
"seagrass" does).

Web counts know frequent words but not the names and rare words of one
article; the article itself does. A name run into a word is the commonest
glue a lexicon cannot judge, and the name is almost always written alone
somewhere else in the same article.
"""

from __future__ import annotations

from collections import Counter

from ..words import _SUFFIX_WORDS, function_words, is_common_word, is_dictionary_word, unigram
from ..pronouns.words import person_words
from .glue_segment import Cut
from .lexicons import finite_forms

__all__ = ["attested_cut"]

#: Parts standing alone in the article must be this long: shorter ones
#: ("Ann", "Lee") are too often the start of another name.
MIN_ATTESTED = 4
#: A tail that is a common word must be this long, unless it is a function
#: word or a three-letter verb form ("Dimitrovup", "Kobzevmet").
MIN_TAIL = 4
#: A capitalised dictionary word standing alone ("Assembly", "Chinese")
#: may head glue only before a tail this long, and less surely: compounds
#: and brands are made that way too ("Westfjords").
MIN_TAIL_AFTER_WORD = 5
SURE = 0.8
UNSURE = 0.5


def attested_cut(word: str, forms: Counter[str]) -> Cut | None:
    """Where ``word`` (letters only, written once in the article) splits into
    a part the article writes alone (``forms``: its tokens as written) and a
    common word, or None."""
    low = word.lower()
    if len(word) < 6 or unigram(low) or is_dictionary_word(low):
        return None
    for at in range(2, len(word) - 1):
        cut = _head_attested(word[:at], word[at:], forms) or _tail_attested(word[:at], word[at:], forms)
        if cut is not None:
            return Cut(at, cut)
    return None


def _head_attested(head: str, tail: str, forms: Counter[str]) -> float | None:
    """The confidence of a rare word or name the article writes alone run
    into a lowercase word ("Pakistansoon", "Hamanain")."""
    if len(head) < MIN_ATTESTED or not forms[head] or not tail.islower() or not _tail_word(tail):
        return None
    if not is_dictionary_word(head.lower()):
        return SURE
    if head[0].isupper() and len(tail) >= MIN_TAIL_AFTER_WORD:
        return UNSURE
    return None


def _tail_word(tail: str) -> bool:
    """A lowercase tail that reads as a word of its own, not a suffix."""
    if tail in _SUFFIX_WORDS:
        return False
    if tail in function_words():
        return True
    if len(tail) >= MIN_TAIL:
        return is_common_word(tail)
    return len(tail) == 3 and tail in finite_forms() and is_common_word(tail)


def _tail_attested(head: str, tail: str, forms: Counter[str]) -> float | None:
    """The confidence of a word that stands before names run into a name
    the article writes alone ("ManagerNeil", "SinceThursday",
    "PreviouslyPompeo"): a function word, an adverb or a person noun. Other
    words before a name make brands that way ("LiveAsia", "JetBlue")."""
    if len(tail) < MIN_ATTESTED or not forms[tail] or not tail[0].isupper() or not tail[1:].islower():
        return None
    if is_dictionary_word(tail.lower()):
        return None
    low = head.lower()
    before_names = low in function_words() or (low.endswith("ly") and is_common_word(low)) or low in person_words()
    return SURE if before_names else None
