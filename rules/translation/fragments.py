"""MT004's analysis: sentences with no subject, no main clause or no finite verb (the rule is
:mod:`.sentence_fragment`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional, Tuple

from sourcelint.analysis import analysis
from sourcelint.document import Document, Sentence

from .lexicons import finite_forms, inflected_verb_forms, noun_or_verb_forms, past_forms, verbs
from ..tokens import token_lowers
from .prose import SPEECH_VERB_SET, Hit, quoted_test
from .finite_verbs import gerund_verb, finite_verb_groups
from .sentence_place import (among_others, credit_line, embedded_in_prose, ends_on_abbreviation, imperative_after_opener,
                             imperative_voice, participle_paragraph, set_apart)
from .main_clause import (QUANTIFIERS, TEMPORAL_OPENERS, after_participle, dependent_verbs_only, infinitive_without_main, not_led, opening_passive,
                          maybe_past_participle, participle_without_main,
                          quantified_relative, speech_verb_without_subject, subordinate_then_coordinate,
                          subordinate_without_main, temporal_clause_alone, verbless_after_comma, verbless_before_relative)
from .verbless import FeatureStyle, VerblessGate, in_transcript_or_after_initial, lacks_main_verb, verbless_verdict, words_of


_SUBORDINATORS = (
    ("given", "that"), ("although",), ("though",), ("even", "though"), ("even", "if"),
    ("whereas",), ("because",), ("unless",), ("in", "order", "that"),
    ("despite", "the", "fact", "that"), ("in", "spite", "of", "the", "fact", "that"),
    ("considering", "that"), ("provided", "that"), ("due", "to", "which"),
    ("because", "of", "which"), ("as", "a", "result", "of", "which"), ("through", "which"),
    ("during", "which"), ("after", "which"), ("in", "which"), ("by", "which"),
    ("of", "which"), ("from", "which"), ("whereby",), ("which",), ("whose",),
    ("insofar", "as"), ("while",), ("whilst",), ("if",), ("so", "that"), ("as", "if"), ("as", "though"),
    ("where",), ("when",), ("who",), ("whom",),
)
_SUB_FIRST = {s[0] for s in _SUBORDINATORS}
# By first word, longest first: only those opening on the sentence's first word can match.
_SUBORDINATORS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _sub in sorted(_SUBORDINATORS, key=len, reverse=True):
    _SUBORDINATORS_BY_FIRST.setdefault(_sub[0], []).append(_sub)
# Journalists write short stylistic fragments with these ("Because nobody
# wanted it.", "Though not for long."); machine translation leaves long ones.
_SHORT_STYLE_SUBORDINATORS = frozenset("although though because unless whereas while whilst if when where".split())
_SHORT_IF = frozenset("while whilst if".split())
# "So that is why ..." is idiomatic English, not a torn clause.
_WHICH_IDIOMS = frozenset("is was means meant explains explained makes made they he she we i".split())
# Sentences with no main verb that open like these are a phrase torn off the
# sentence before: "Such as the construction of roads.", "Of great importance
# for the region.", "To protect the interests of the people."
_PHRASE_OPENERS = (
    ("such", "as"), ("as", "well", "as"), ("according", "to"), ("due", "to"), ("thanks", "to"),
    ("along", "with"), ("together", "with"), ("in", "order", "to"), ("as", "for"),
    ("as", "a", "result", "of"), ("because", "of"), ("in", "addition", "to"), ("in", "view", "of"),
    ("of",), ("in",), ("on",), ("at",), ("for",), ("with",), ("from",), ("by",), ("since",), ("during",),
    ("despite",), ("under",), ("among",), ("between",), ("against",), ("without",), ("within",),
    ("through",), ("towards",), ("toward",), ("amid",), ("including",), ("especially",),
    ("particularly",), ("mainly",), ("mostly",), ("notably",), ("namely",), ("regarding",),
    ("concerning",), ("to",),
    # complex prepositions: "Subject to his clearance arriving in time."
    ("subject", "to"), ("prior", "to"), ("owing", "to"), ("ahead", "of"), ("instead", "of"), ("regardless", "of"),
    ("apart", "from"), ("aside", "from"), ("in", "spite", "of"), ("on", "behalf", "of"), ("in", "response", "to"),
)
_PHRASE_FIRST = {p[0] for p in _PHRASE_OPENERS}
_PHRASE_OPENERS_LONGEST_FIRST = sorted(_PHRASE_OPENERS, key=len, reverse=True)
_PREPOSITIONS = frozenset("in on at for with from by during under among between against without within through "
                          "to into after".split())
# Openers of a list torn off its sentence, where commas belong to the list:
# "Such as schools, clinics and the market hall."
_LIST_OPENERS = frozenset({("such", "as"), ("including",), ("as", "well", "as"), ("especially",), ("notably",),
                           ("particularly",), ("mainly",), ("namely",)})
_DET_OPENERS = frozenset("the a an this these those such".split())
_NP_PREPOSITIONS = frozenset("of for between in at on with from to about against among".split())
# Adverbs that can open a bare speech tag: "Further said.", "Also noted."
_TAG_ADVERBS = frozenset("further also additionally moreover then later again however finally".split())
_AUX = frozenset("has have had is are was were will would can could should shall might must did does".split())
_FINITE_EXTRA = frozenset(
    """am be 's ’s cannot can't can’t won't won’t don't don’t doesn't doesn’t didn't didn’t isn't isn’t
    aren't aren’t wasn't wasn’t weren't weren’t hasn't hasn’t haven't haven’t hadn't hadn’t shouldn't
    shouldn’t wouldn't wouldn’t couldn't couldn’t may might must""".split()
)
_PLAIN_SUBJECTS = frozenset("i we they you".split())
# After these the next word is the verb, known to the lexicon or not ("it rains").
_PRONOUN_SUBJECTS = frozenset("i we they you he she it".split())
_AFTER_AUX = frozenset("been be not also already still never yet reportedly since".split())
_SUBJECT_WORDS = frozenset(
    "i you he she it we they this that there these those who which what one someone everyone nobody".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our your my all some any no more it them him us me".split()
)
_RHETORICAL_IMPERATIVES = frozenset(
    """
    consider take look remember imagine think note see read watch click sign subscribe follow
    get find let join share contact call visit download register listen check learn try say
    keep make go come wait stop mind meet forget ask tell thank enjoy buy pick expect
    """.split()
)
# (not the letters of a time or unit glued to its number: "1.40am", "5km")
_WORD_RE = re.compile(r"(?<!\d)[A-Za-z][\w’'-]*")
# Punctuation that joins clauses: a sentence with it is "punctuated".
_CLAUSE_PUNCT_RE = re.compile(r",(?!(?<=\d,)\d)|[;:–—()]| - ")  # (not the comma of "9,000")


_VERB_CONTRACTIONS = ("'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "n't", "n’t", "'d", "’d")
_IS_HOSTS = frozenset("it he she that there what who here where how".split())


def _contracted_verb(w: str) -> bool:
    """"you're", "didn't", "it's": a word carrying a finite verb ("Biden's" does not)."""
    return w.endswith(_VERB_CONTRACTIONS) or (w.endswith(("'s", "’s")) and w[:-2] in _IS_HOSTS)


def _finite_verbs(lw: list[str], base: frozenset[str], forms: frozenset[str]) -> int:
    """How many verb groups of a sentence look finite (a cheap count from the
    verb lexicon: inflected forms, auxiliaries, a base form after I/we/they/
    you, any word after a subject pronoun; never a word right after a
    determiner, "the interests"). "has also received" is one group."""
    n = 0
    last = -3
    finite = finite_forms()
    ambiguous = noun_or_verb_forms()
    for i, w in enumerate(lw):
        prev = lw[i - 1] if i else ""
        if prev in _DETERMINERS and prev not in ("it", "them", "him", "us", "me"):
            continue
        if prev in ("having", "being"):
            continue  # "having had", "being told": a participle phrase, not a finite verb
        pre = lw[i - 2] if i >= 2 else ""  # "it" after a verb is its object ("making it difficult")
        subj = prev in _PRONOUN_SUBJECTS and not (prev == "it" and (pre[-3:] == "ing" or pre in base or pre in forms))
        verb = (
            w in _AUX or w in _FINITE_EXTRA
            or (w in forms and w not in base and not w.endswith("ing"))
            or (w in finite and w not in base)
            # "usually wastes", "it rates": a noun-or-verb form after an adverb or a pronoun is the verb
            or (w in ambiguous and (prev.endswith("ly") or subj))
            or (w in base and prev in _PLAIN_SUBJECTS)
            or (subj and w not in _DETERMINERS and w not in _PHRASE_FIRST)
            or (len(w) > 4 and w.endswith("ed") and w not in ("indeed", "hundred", "needed"))
            or _contracted_verb(w)
        )
        if not verb:
            continue
        # an auxiliary's participle ("has received", "was not seen") joins its group
        if not (i - last == 1 or (i - last == 2 and lw[i - 1] in _AFTER_AUX)):
            n += 1
        last = i
    return n


# What an object-taking past verb with no subject is followed by: "Told
# reporters ...", "Expressed his support ...", "Promised to ...".
_OBJECT_NOUNS = frozenset("reporters journalists lawmakers parliament".split())
_PAST_OBJECTS = frozenset("that to by".split()) | _OBJECT_NOUNS
# Adverbs that open a sentence whose subject MT dropped: "Also called for ...".
# ("Then came the flood", "Later followed ..." are inversions: not these.)
_THEN_ADVERBS = frozenset("also further".split())
_INVERSION = frozenset("was were is are".split())
# Words a phrase cannot end on: "According to.", "Pointing out."
_DANGLING = frozenset("to of out that with by for at from".split())
_REPORTING_PARTICIPLES = frozenset(
    "stated said noted mentioned reported indicated pointed announced emphasized emphasised stressed explained".split())


@lru_cache(maxsize=None)
def _fragment_openers() -> frozenset[str]:
    """Every first word (lowercase) some fragment test needs, but for words
    ending in -ing or -ly: subordinators, auxiliaries, phrase openers,
    determiners, tag adverbs and the verbs of the lexicon."""
    base, forms = verbs()
    return frozenset(_SUB_FIRST | _AUX | _PHRASE_FIRST | _DET_OPENERS | _TAG_ADVERBS | base | forms | SPEECH_VERB_SET
                     | QUANTIFIERS | TEMPORAL_OPENERS | {"not"})


class _Sentence(NamedTuple):
    """What the fragment tests read of one sentence."""

    words: list[str]  # its words as written
    lw: list[str]  # lowercase
    n: int
    first: str  # the first word, lowercase
    body: str  # the text without its final full stop
    several: bool  # the paragraph has other sentences
    first_in_para: bool
    punctuated: bool  # a comma, semicolon, colon, dash or bracket joins clauses
    addresses_reader: bool  # advice or a call to act (see sentence_place.imperative_voice), where imperatives belong


#: A test's answer: a finding's (message, confidence), or (message,
#: confidence, "info") for one less sure, or _STOP when no later test may
#: judge the sentence; None lets the next test try.
_STOP = ("", 0.0)
_Verdict = Optional[Tuple]


@analysis("translation.fragments", needs=(token_lowers, imperative_voice))
def fragment_hits(doc: Document) -> list[Hit]:
    """Sentences that are fragments (MT004's hits)."""
    sentences = doc.sentences
    quoted = quoted_test(doc)
    hits: list[Hit] = []
    reader = imperative_voice(doc)
    feature = FeatureStyle(doc)
    gate = VerblessGate(doc)
    for s in sentences:
        t = s.text.rstrip()
        if not t.endswith(".") or t.endswith("..") or ends_on_abbreviation(t) or credit_line(t) \
                or imperative_after_opener(t):
            continue
        opener = _may_be_fragment(t)
        embedded = embedded_in_prose(sentences, s)
        verbless = gate(s) if t[0].isupper() and (
            embedded or among_others(sentences, s) or participle_paragraph(doc, s, t)) else None
        if not (opener or verbless is not None) or quoted(s):
            continue
        sv = _sentence(doc, s, t, reader, embedded) if opener else None
        verdict = (_bare_speech_verb(doc, s, sv) or _judge(doc, s, sv)) if sv is not None else None
        if verbless is not None and (verdict is None or verdict is _STOP):
            verdict = _verbless(doc, s, t, sv or _sentence(doc, s, t, reader, embedded), reader, feature, verbless)
        if verdict is not None and verdict is not _STOP:
            # alone between paragraphs it may be a caption: info
            severity = "info" if embedded else (verdict[2] if len(verdict) > 2 else None)
            hits.append(Hit("MT004", s.start, s.start + len(t), verdict[0], verdict[1], severity=severity))
    return hits


def _verbless(doc: Document, s: Sentence, t: str, sv: _Sentence | None, reader: bool,
              feature: FeatureStyle, bounds: Tuple[int, int]) -> _Verdict:
    """The grammar test: a sentence (tokens ``bounds``) with no main verb, out of a Q&A
    answer, a list item, a transcript line or a split after an initial."""
    words = lacks_main_verb(doc, bounds)
    if words is None or set_apart(doc, s) or in_transcript_or_after_initial(doc, s):
        return None
    return verbless_verdict(sv or _sentence(doc, s, t, reader), feature, words)


def _may_be_fragment(t: str) -> bool:
    """Cheap gate: only short sentences or ones opening on a subordinator, a phrase opener, an auxiliary, a verb form."""
    if len(t) <= 60:
        return True
    head = t[: t.find(" ")].lower() if " " in t else t.lower()
    _, forms = verbs()
    return (head in _SUB_FIRST or head in _AUX or head in _PHRASE_FIRST or head in forms or head in TEMPORAL_OPENERS
            or head.endswith(("ing", "ly")) or head in _TAG_ADVERBS or head.endswith("ed") and head in past_forms())


def _sentence(doc: Document, s: Sentence, t: str, reader: bool, embedded: bool = False) -> _Sentence:
    """The features of sentence ``s`` (text ``t``); ``embedded``: it is a
    paragraph of its own between prose paragraphs, judged as if among them."""
    sentences = doc.sentences
    words = _WORD_RE.findall(t)
    i = s.index
    several = embedded or among_others(sentences, s)
    first_in_para = i == 0 or sentences[i - 1].paragraph != s.paragraph
    lw = list(map(str.lower, words))
    body = t[:-1]
    return _Sentence(words, lw, len(words), lw[0] if lw else "", body, several, first_in_para,
                     _CLAUSE_PUNCT_RE.search(body) is not None, reader)


# A relative clause hung on a phrase: "Following the example of Dubrovnik,
# which introduced ...": its verb is the clause's, not a main verb.
_RELATIVE_RE = re.compile(r",\s+(?:which|who|whose|whom|where)\b")


def _without_relative_clause(sv: _Sentence) -> _Sentence:
    """The sentence up to a relative clause after its only comma, if it has one."""
    m = _RELATIVE_RE.search(sv.body)
    if m is None or _CLAUSE_PUNCT_RE.search(sv.body[: m.start()]) or _CLAUSE_PUNCT_RE.search(sv.body[m.end():]):
        return sv
    body = sv.body[: m.start()]
    words = _WORD_RE.findall(body)
    if len(words) < 3:
        return sv
    return sv._replace(words=words, lw=[w.lower() for w in words], n=len(words), body=body, punctuated=False)


def _bare_speech_verb(doc: Document, s: Sentence, sv: _Sentence) -> _Verdict:
    """"Underlined." alone after a sentence: a speech tag that lost everything."""
    if sv.n == 1 and sv.first in SPEECH_VERB_SET and sv.words[0][0].isupper() and sv.several \
            and not sv.first_in_para:
        return (f"'{sv.body}.' is a speech tag with no speaker", 0.8)
    return None


def _judge(doc: Document, s: Sentence, sv: _Sentence) -> _Verdict:
    """The first test that has a verdict on the sentence."""
    if sv.n < 2 or sv.n > 40:
        return None
    if sv.first not in _fragment_openers() and not sv.first.endswith(("ing", "ly")) \
            and not (sv.first.endswith("ed") and sv.first in past_forms()):
        return None  # no test below can report a sentence opening with this word
    if set_apart(doc, s) or in_transcript_or_after_initial(doc, s):
        return None
    for test in _TESTS:
        verdict = test(sv)
        if verdict is not None:
            return verdict
    return None


def _subordinate_clause(sv: _Sentence) -> _Verdict:
    """(a) a subordinate clause alone: "Given that it supports ...", "Mostly because ..." """
    if sv.first.endswith("ly") and sv.n > 3 and sv.lw[1] in ("because", "although", "though", "whereas", "unless"):
        sv = sv._replace(words=sv.words[1:], lw=sv.lw[1:], n=sv.n - 1, first=sv.lw[1])  # a focusing adverb first
    if sv.first not in _SUB_FIRST:
        return None
    lw, n = sv.lw, sv.n
    base, forms = verbs()
    found = next((sub for sub in _SUBORDINATORS_BY_FIRST[sv.first]
                  if tuple(lw[: len(sub)]) == sub and n > len(sub) + 1), None)
    if len(sv.words[0]) > 1 and sv.words[0].isupper():
        return None  # "WHO put together figures": an acronym, not a pronoun
    if found in (("who",), ("whom",), ("whose",)):
        # "Who resigned as prime minister last month.": a relative clause, comma or not ("Who knows." is rhetoric)
        return None if lw[1] in ("knows", "knew", "cares") else (
            f"'{sv.words[0]} ...' is a relative clause standing alone as a sentence", 0.75)
    if found in (("which",), ("where",), ("when",)):
        # "Which is why the vote was delayed.", "Where you live matters.": a writer's idiom
        # or a free relative as often as a torn clause
        if len(found) == 1 and found[0] in _SHORT_STYLE_SUBORDINATORS and n < 7 or (
                found != ("which",) and _finite_verbs(lw, base, forms) > 1):
            return None
        return (f"'{sv.words[0]} ...' is a relative clause standing alone as a sentence", 0.5, "info")
    if sv.punctuated:
        return subordinate_then_coordinate(sv) or (
            subordinate_without_main(sv, " ".join(sv.words[: len(found)])) if found else None)
    if found is None:
        return None
    if len(found) == 1 and found[0] in _SHORT_STYLE_SUBORDINATORS and n < (5 if found[0] in _SHORT_IF else 7):
        return None
    if found == ("so", "that") and lw[2] in _WHICH_IDIOMS:
        return None
    if found[0] in ("while", "whilst", "if", "so", "as", "when", "where") and _finite_verbs(lw, base, forms) > 1:
        return None  # "While he was there he met X": the main clause is there
    lead = " ".join(sv.words[: len(found)])
    return (f"'{lead} ...' is a subordinate clause standing alone as a sentence", 0.8)


def _not_capitalised(sv: _Sentence) -> _Verdict:
    """The tests below read a sentence that opens with a capitalised word."""
    return _STOP if not sv.words[0][0].isupper() or sv.words[0].isupper() else None


def _auxiliary_without_subject(sv: _Sentence) -> _Verdict:
    """(b) subjectless declarative opening with an auxiliary: "Have visited the centre." """
    if sv.first not in _AUX or sv.n > 20 or "," in sv.body:
        return None
    base, forms = verbs()
    second = sv.lw[1]
    if second not in _SUBJECT_WORDS and sv.words[1][0].islower() and (
        second in _AFTER_AUX or (second in forms and second not in base)
        or (len(second) > 4 and second.endswith(("ed", "en")))
    ):
        return (f"'{sv.words[0]} {sv.words[1]} ...' has no subject", 0.8)
    return _STOP


def _phrase_without_verb(sv: _Sentence) -> _Verdict:
    """(e) a phrase with no main verb, torn off the sentence before:
    "Such as the construction of new roads.", "To protect the people." """
    whole, sv = sv.n, _without_relative_clause(sv)  # (a relative clause makes no tagline: the whole length counts)
    words, lw, n = sv.words, sv.lw, sv.n
    longest = 24 if not sv.punctuated else 16
    if not (sv.first in _PHRASE_FIRST and (4 if sv.first != "according" else 3) <= n <= longest and sv.several
            and not any(w[0].isupper() for w in words[1:2])):
        return None
    op = next((op for op in _PHRASE_OPENERS_LONGEST_FIRST if tuple(lw[: len(op)]) == op), None)
    if op is None or (len(op) == 1 and op[0] in _PREPOSITIONS and op[0] != "to" and whole < 6):
        return None  # "In cinemas from Friday.": a short tagline is style ("To take the monument." is none)
    base, forms = verbs()
    infinitive = op in (("to",), ("in", "order", "to"))
    lists = op in _LIST_OPENERS and not any(c in sv.body for c in ";:–—()")
    verbless = _finite_verbs(lw, base, forms) == 0 or (not sv.punctuated and _verbless_by_context(sv)) \
        or (lists and not sv.punctuated and _finite_verbs([w for w in lw if not maybe_past_participle(w)], base, forms) == 0) \
        or ((infinitive or op[0] in _PREPOSITIONS or op[0] in ("despite", "amid")) and verbless_before_relative(lw))
    if (not sv.punctuated or lists) and (not infinitive or lw[len(op)] in base) and verbless:
        lead = " ".join(words[: len(op) + (1 if infinitive else 0)])
        return (f"'{lead} ...' has no main verb", 0.75)
    return None


def _participle_phrase(sv: _Sentence) -> _Verdict:
    """(g) a participle phrase standing alone: "Calling on all sides to show
    restraint.", "Emphasizing that the decision is final.", "Adding that." """
    sv = _without_relative_clause(sv)
    first, lw, n = sv.first, sv.lw, sv.n
    base, forms = verbs()
    # A participle phrase with no comma cannot carry a main clause, wherever
    # it stands in the paragraph.
    if (first.endswith("ing") and len(first) > 4 and (first[:-3] in base or first[:-3] + "e" in base
                                                       or first[:-4] in base or first[:-3] in forms)
            and (not sv.punctuated or (lw[1] == "that" and verbless_after_comma(sv))) and n <= 24 and sv.several
            and first not in ("including", "concerning", "regarding", "according")
            and ((lw[1] == "that") or (n >= 3 and _finite_verbs(after_participle(lw), base, forms) == 0)
                 or dependent_verbs_only(lw))
            and not gerund_verb(words_of(sv.body.split(",", 1)[0])[0])):
        return (f"'{sv.words[0]} ...' is a participle phrase standing alone", 0.75)
    return None


def _verbless_by_context(sv: _Sentence) -> bool:
    """Whether the noun-or-verb reading of each word finds no finite verb
    either ("This is the proportion ...", "The Romanians work for ..." have one)."""
    return finite_verb_groups(*words_of(sv.body), 0) == 0


def _noun_phrase(sv: _Sentence) -> _Verdict:
    """(h) a noun phrase with no verb at all, inside running prose: "The
    situation of the refugees at the northern border." (short ones are
    style: "A big mistake."). The preposition early on is what a noun
    phrase has where a clause has its verb ("The situation of ...", not
    "The president laid ..." with a verb the lexicon lacks)."""
    lw, n = sv.lw, sv.n
    base, forms = verbs()
    if (sv.first in _DET_OPENERS and 6 <= n <= 16 and not sv.punctuated and sv.several
            and not sv.first_in_para and _finite_verbs(lw, base, forms) == 0 and _verbless_by_context(sv)
            and any(w in _NP_PREPOSITIONS for w in lw[2:6])
            and not any(w.endswith("ing") for w in lw[1:])):
        return (f"'{sv.words[0]} {sv.words[1]} ...' has no verb", 0.6)
    return None


def _past_verb_without_subject(sv: _Sentence) -> _Verdict:
    """(f) a past-tense verb with no subject: "Expressed his support for the
    plan.", "Promised to compensate users.", "Announced by the ministry."
    (f') an adverb, then one: "Also called for the case to be dismissed."
    ("Also injured were two children" is inverted: its subject follows)."""
    first, lw, n = sv.first, sv.lw, sv.n
    base, forms = verbs()
    if sv.punctuated or n > 24 or not sv.several:
        return None
    if sv.first_in_para and lw[1] not in _OBJECT_NOUNS:
        return opening_passive(sv)  # ("Told reporters ..." is active: no caption's passive)
    if n > 14:
        return None
    if (first in forms and first not in base and not first.endswith(("ing", "s"))
            and (lw[1] in _DETERMINERS | _PAST_OBJECTS or (first.endswith("ed") and lw[1] in _PREPOSITIONS))):
        if lw[1] in _PREPOSITIONS and lw[1] != "to":
            # "Reviewed on a console ...", "Recorded at their studio.": maybe a passive participle (a caption)
            return (f"'{sv.words[0]} {sv.words[1]} ...' has no subject", 0.5, "info")
        return (f"'{sv.words[0]} {sv.words[1]} ...' has no subject", 0.75)
    if (first in _THEN_ADVERBS and n >= 3 and lw[1] in forms and lw[1] not in base
            and not lw[1].endswith(("ing", "s")) and not _INVERSION.intersection(lw[2:4])):
        return (f"'{sv.words[0]} {sv.words[1]} ...' has no subject", 0.7)
    return None


def _short_and_alone(sv: _Sentence) -> _Verdict:
    """The tests below read short sentences among others."""
    return _STOP if sv.n > 12 or not sv.several else None


def _broken_off(sv: _Sentence) -> _Verdict:
    """(c') a phrase broken off before its end: "According to.", "Pointing out.", "As stated." """
    first, lw, n = sv.first, sv.lw, sv.n
    if n <= 3 and not sv.first_in_para and (
        (lw[-1] in _DANGLING and (first.endswith("ing") or first in ("according", "due", "because", "such")))
        or (n == 2 and first == "as" and lw[1] in _REPORTING_PARTICIPLES)
    ):
        return (f"'{sv.body}.' breaks off before the end of its phrase", 0.8)
    return None


def _speech_tag_without_speaker(sv: _Sentence) -> _Verdict:
    """(c) a speech tag with no speaker: "Denying said.", "Denying any involvement said." """
    first, lw, n = sv.first, sv.lw, sv.n
    if not (lw[-1] in SPEECH_VERB_SET and (n <= 3 or (n <= 5 and first.endswith("ing")))):
        return None
    base, _ = verbs()
    if not any(w in _SUBJECT_WORDS for w in lw[:-1]) and (
        first.endswith("ing") or first.endswith("ly") or first in base or first in _TAG_ADVERBS
    ) and not any(w[0].isupper() for w in sv.words[1:-1]):
        return (f"'{sv.body}.' is a speech tag with no speaker", 0.9)
    return _STOP


def _bare_imperative(sv: _Sentence) -> _Verdict:
    """(d) a bare imperative: "Recognize the damage." """
    base, _ = verbs()
    first = sv.first
    if sv.addresses_reader:
        return None  # advice to the reader is written in imperatives
    if (not sv.first_in_para and first in base and first not in _RHETORICAL_IMPERATIVES
            and first not in inflected_verb_forms() and sv.lw[1] in _DETERMINERS and sv.n <= 12):
        return (f"'{sv.body}.' is a verb phrase with no subject", 0.7)
    return None


#: The tests in the order they judge a sentence.
_TESTS = (
    _subordinate_clause, temporal_clause_alone, quantified_relative, _not_capitalised, speech_verb_without_subject, infinitive_without_main, not_led,
    _auxiliary_without_subject, _phrase_without_verb, _participle_phrase, participle_without_main,
    _noun_phrase, _past_verb_without_subject, _short_and_alone, _broken_off, _speech_tag_without_speaker,
    _bare_imperative,
)
