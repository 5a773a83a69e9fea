"""The word classes MT003's capital-break tests read: what opens a phrase,
what no sentence ends on, what opens a subject, and the like."""

from __future__ import annotations

from ..words import bigram, unigram
from .finite_verbs import AUX
from .prose import SPEECH_VERB_SET


# Prepositions and subordinators a phrase cut off a clause opens with.
PHRASE_OPENERS = frozenset("""with by through for from during without within into across over under near
    towards toward on in at of to before after since until despite amid among against along around beyond
    including such while whereas because although though unless as than via per""".split())
COORDINATORS = frozenset("and or nor but".split())
# Words that open a subordinate clause, which cannot carry a sentence alone.
SUBORDINATORS = frozenset("""though although when while because as after before if unless since provided
    whereas where which who whom whose until once""".split())
# Finite words that open an imperative, which has no subject by design: "Don't panic."
IMPERATIVE = frozenset("do don't don’t let please".split())
MODALS = AUX | frozenset("may cannot won't won’t".split())
CAUSATIVES = frozenset("have get keep let make".split())  # "Have meters tested", "Get the tyres checked"
# What a subject is made of: a clause that opens with one of these after an
# auxiliary is a question or an inversion ("Would you ...?", "Had he known").
SUBJECT_STARTS = frozenset("""i you he she it we they there this that these those the a an his her its our
    their my your some any no each every all both many most one""".split())
# Words that cannot end a sentence: an article, a possessive, "of", a
# coordinator or a subordinator left with nothing after it.
DANGLING = frozenset("""the a an their its our my your of and or nor including than whose because although
    whether from into onto towards toward via amid among such""".split())
# Prepositions a verb may leave at the end of a clause ("what it is made of", "what they fled from").
PREPOSITIONS_AFTER_VERB = frozenset("of from into onto towards toward via amid among".split())
# Prepositions a sentence seldom ends on ("what it came with" is English, but rare in news).
STRANDED = frozenset("with to for by at but".split())  # "anything but." is English
# An auxiliary that ends a piece whose verb opens the next: "had. Been completed", "might be. Selling".
AUX_ENDS = (AUX - frozenset(("do", "does", "did"))) | frozenset(("be", "been", "being"))
SUBJECT_PRONOUNS = frozenset("i he she we they".split())
SAYING = SPEECH_VERB_SET | frozenset("says say believes believe thinks think hopes hope".split())
BE_FORMS = frozenset(("be", "been", "being"))
# Auxiliaries that open a question before a subject; a sentence that opens so and ends on "." is no question
# (the conditional inversions "Had he", "Were it", "Should you" are left out).
QUESTION_AUX = frozenset("is are was has have does do did will can".split())
AUX_ADVERBS = frozenset("also not still never only just already even".split())
# Prepositions that are never a verb's particle: their object must follow.
OBJECT_PREPOSITIONS = frozenset("""of at for with to during between without within in on after under by from
    into across towards toward""".split())
# Prepositions that are also the particle of a phrasal verb ("joined in", "moved on").
PARTICLES = frozenset(("in", "on"))
DETERMINERS = frozenset("the a an his her their its our this these those every each".split())
# What opens the object of a past verb: "Announced that", "Received a".
PAST_OBJECTS = frozenset("that the a an his her their its".split())
WH = frozenset("what which who whom whose where that".split())
# English function words: a piece of four words or more with none is not English.
ENGLISH_GLUE = frozenset("""the an of to for with from by and its their this that is was were are has have had
    been will would into about after before over under between through during without which who""".split())
RELATIVES = frozenset("who whom which".split())
# Words that need a preposition after them: "next to", "according to", "instead of".
NEEDS_PREPOSITION = {"next": "to", "according": "to", "due": "to", "prior": "to", "thanks": "to", "instead": "of",
                      "ahead": "of", "regardless": "of", "apart": "from"}
# Words that end the head of a clause: a subordinate clause or a relative follows.
HEAD_ENDS = SUBORDINATORS | frozenset("that than after so".split())
TO_BE_ENDS = frozenset("was were is are be been".split())
# Subordinators and the infinitive marker that open an adverbial needing a main clause.
ADVERBIAL_SUBORDINATORS = frozenset("if when because although though while unless once whereas".split())
# Prepositions that are no verb particle or adverb: their object must follow, unless a wh-word took it.
STRICT_PREPOSITIONS = frozenset("of at with to during between into from across towards toward without within among amid via"
                                 .split())
MAX_PIECE = 8  # words: a longer verbless piece is MT004's fragment, not a cut
SHORT = 5  # words: a piece this short may be a feature's style ("In August.")


def goes_on_with_to(word: str) -> bool:
    """Whether the web counts write ``word`` before "to" at least a quarter
    of the times they write it at all ("want", "trying", "decided")."""
    n = unigram(word)
    return n > 0 and bigram(word, "to") >= TO_SHARE * n


#: Share of a word's web count before "to" above which it goes on with an infinitive.
TO_SHARE = 0.25
#: Words before a number that make it an amount: "reached. About 14,000 people".
APPROXIMATORS = frozenset("about around nearly almost roughly some over more than".split())
#: Words after which a verb is a bare infinitive: "would submit", "helped design".
BARE_INFINITIVE_BEFORE = frozenset("would could will can should must may might help helped helps".split())
# Words whose "'s" is a contraction ("what's", "let's"), not a possessive.
_CONTRACTED_S = frozenset("what who where here there let how when why".split())


def common_possessive(word: str) -> bool:
    """Whether ``word`` is a common noun's possessive ("city's"), which needs its
    noun after it; a name's ("McDonald's") or a contraction ("it's") is not."""
    word = word.replace("’", "'")
    stem = word[:-2]
    return word.endswith("'s") and stem.isalpha() and stem.islower() and stem not in SUBJECT_STARTS \
        and stem not in _CONTRACTED_S


def caption_label(piece: str) -> bool:
    """Whether a piece opens on a label of three words or fewer and a colon
    ("From left: Kayla Brennan, ...", "Pictured: ..."): a caption's own line."""
    head = piece.split(":", 1)[0]
    return len(head) < len(piece) and len(head.split()) <= 3


def range_goes_on(before: str, after: str) -> bool:
    """A number, a full stop and "And" ("between 70. And 80 percent"): the range goes on."""
    return before[-2:-1].isdigit() and after.startswith("And ")
