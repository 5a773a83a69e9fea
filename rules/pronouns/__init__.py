"""The pronouns family (prefix PRN): one person, one set of pronouns.

Round-trip machine translation through languages whose pronouns do not mark
gender leaves one person "she" in one sentence and "he" in the next. The rules
here share one analysis, :data:`~.entities.entities` (module ``entities``),
built in a single pass over the document's sentences and tokens (no
language model; the resolver's few weights come from a data file):

* **Person mentions**: capitalised name runs (titles, honorifics and
  organisation words split off, sentence-initial common words dropped,
  initials kept as a first name: "J.K. Rowling"), surname-only repeats linked
  to the full name (split by honorific for couples: "John and Mary Smith" ...
  "Mr Smith"), lone given names with a cue ("his wife Michelle", "Emma
  said", "Emma and Liam Hart"), and definite role nouns ("the envoy", "the
  central bank chief") linked to the person they stand for, never across a
  quotation mark. Unnamed person nouns ("the woman", "a senior official",
  "his wife"), styles ("Her Majesty") and surnames two people share (unless
  the first of them named is no less mentioned: news calls its subject by
  the surname, relatives by their given names) are
  mentions of separate, anonymous people: they never get findings, but they
  stop pronouns from being pinned on someone else, for two sentences after
  they were last named.
* **Gender evidence** per person, each item with its source: honorifics,
  gendered titles and role nouns (also in apposition either way, "Sophie
  Turner, a spokeswoman" and "the club's chairwoman, Louise Tranter", or
  predicated, "was named chairwoman", "as chairwoman"), relation words before
  a name ("husband Jarett Kelley"), the first-name lexicon ``data/first_names.tsv`` (US
  Social Security counts; a name is evidence only at a 95% share) and the
  pronouns attached to the person.
* **Pronoun attachment**: a he/she-family pronoun is attached to a person only
  on cheap, explainable evidence (speech tag "X said he", subject of the same
  sentence, subject after an opening phrase "In his remarks, X said", the
  only person of the previous sentence, a pronoun chain of the same gender),
  and only when nobody else who could take that pronoun is in play in the
  last few sentences. When the grammar ties the pronoun to one person, people
  further out of play (a non-subject three sentences back, anyone from a
  paragraph the story has since moved on from) no longer count. Inside
  quotation marks only people named earlier in the same quote are
  candidates, because speakers talk about third people.

* **Quote speakers** (module ``quote_speakers``): a pronoun tag after a
  quote ("“…,” she said") is the person the paragraph last attributed speech
  to by name ("Solberg said ...", "“…,” said Ms Berg"), or the previous
  paragraph's for a paragraph that opens with the quote, when nobody who
  could take the pronoun was named since.
* **Resolution** (module ``resolver``): every pronoun's candidate referents
  scored by a small log-linear model whose weights were learned from clean
  news with the pronoun's gender hidden (``data/pronouns_resolver.json``,
  fitted by ``tests/tools/train_pronoun_model.py``), giving each pronoun the
  probability of its own gender.

The rules then read the analysis: PRN001 (pronouns of both genders for one
person, a pronoun whose gender the resolver finds improbable, one whose
gender fits nobody in the article, module ``lone_gender``, or a profile's
paragraph-opening pronoun of the other gender than its subject, module
``topic_default``), PRN002 (honorifics of both genders), PRN003 (a quote's speech tags
switching gender). Two speech tags in a row ("he said. she declared.") are
attribution doubling, which the translation family's MT005 reports: MT005
declares that it supersedes PRN001-PRN003, so where both are selected the
engine keeps its finding alone, and with MT005 off the pronoun rules still
report the pronouns (one artefact, one finding, and no rule hiding another).
PRN003 in turn claims its tags from PRN001.

Most articles have nothing for the rules to find (pronouns of one gender and
no evidence of the other, say), and a cheap gate (module ``gate``) tells
them apart from the token sets, so the analysis is only built where a finding
is possible.

One module per rule (``pronoun_gender_conflict``, ``honorific_conflict``,
``speech_tag_gender_conflict``); the analysis in modules named for what they
read: ``words`` (lexicons), ``quotes``, ``couples``, ``names``, ``roles``,
``attachment``, ``speech_tags``, ``quote_speakers``, tied together in
``entities``, and ``resolver``, ``lone_gender``, ``topic_default``.
"""

from __future__ import annotations

from .entities import analyse, entities
from .gate import possible_findings
from .honorific_conflict import HonorificConflict
from .model import Attachment, Entity, Evidence, Mention, PronounAnalysis, SpeechTag
from .pronoun_gender_conflict import PronounGenderConflict
from .speech_tag_gender_conflict import SpeechTagGenderConflict
from .words import first_names, fold

__all__ = [
    "Attachment",
    "Entity",
    "Evidence",
    "Mention",
    "PronounAnalysis",
    "SpeechTag",
    "analyse",
    "entities",
    "possible_findings",
    "first_names",
    "fold",
    "PronounGenderConflict",
    "HonorificConflict",
    "SpeechTagGenderConflict",
    "RULES",
]

RULES = [PronounGenderConflict, HonorificConflict, SpeechTagGenderConflict]
