"""Where a sentence stands, for MT003 and MT004: among other sentences of
its paragraph, after a question or in an answer, as a list item or a line
of verse, after a negation it continues, alone in a paragraph after prose,
in a live blog's time-stamped entry, or ending on an abbreviation the
sentence splitter did not know; and where its first clause ends."""

from __future__ import annotations

import re
from bisect import bisect_left

from sourcelint.analysis import analysis
from sourcelint.document import Document, Sentence

from ..tokens import token_lowers
from ..words import is_dictionary_word
from .finite_verbs import verb_lemmas
from .lexicons import inflected_verb_forms, verbs

__all__ = ["among_others", "answers_a_question", "continues_a_negation", "ends_on_abbreviation", "first_clause_end",
           "imperative_voice", "list_item", "log_entry", "participle_paragraph", "set_apart", "verse_line"]

_LIST_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•+])[ \t]")


_LAST_WORD_RE = re.compile(r"\b([a-z]{1,5})\.$")


def ends_on_abbreviation(t: str) -> bool:
    """"... in State ex rel.": a short lowercase non-word before the full
    stop is an abbreviation the sentence splitter did not know, and the
    sentence goes on after it."""
    # A match is at most seven characters long (five letters, the stop, a
    # final newline): the search starts there instead of scanning the sentence.
    m = _LAST_WORD_RE.search(t, max(0, len(t) - 8))
    return m is not None and not is_dictionary_word(m.group(1))


def participle_paragraph(doc: Document, s: Sentence, t: str) -> bool:
    """A paragraph of one sentence of eight words or more that opens with a
    participle and follows prose ("Cutting shifts at the plant from
    February, according to the union."): a clause torn off the paragraph
    before, not a heading (no full stop) or a caption."""
    first = t.split(" ", 1)[0].lower()
    if not first.endswith("ing") or len(t.split()) < 8 or s.index == 0:
        return False
    return doc.sentences[s.index - 1].text.rstrip().rstrip("”\"").endswith(".")


def among_others(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether sentence ``s`` shares its paragraph with another sentence."""
    i = s.index
    return (i > 0 and sentences[i - 1].paragraph == s.paragraph) or (
        i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph)


# A wire credit: "Reporting by X; editing by Y", "Additional reporting by X".
_CREDIT_PART_RE = re.compile(r"\s*(?:and\s+)?(?:[Aa]dditional\s+|[Ff]urther\s+)?[A-Za-z]+ing(?:\s+and\s+[a-z]+ing)?\s+by\s+[A-Z]")


# An opening adverbial and a comma before a bare verb: "In an emergency, call
# 000.", "If in doubt, stay at home.": an instruction, not a fragment.
_OPENER_COMMA_RE = re.compile(r"([A-Z][a-z]*) [^,.;:!?]{1,60}, ([a-z]+) ")
_ADVERBIAL_OPENERS = frozenset("""in on at for from with by during after before since until if when once unless
    whenever wherever while to""".split())


def imperative_after_opener(t: str) -> bool:
    """Whether sentence ``t`` is an instruction after an opening adverbial."""
    m = _OPENER_COMMA_RE.match(t)
    return m is not None and m.group(1).lower() in _ADVERBIAL_OPENERS and m.group(2) in verbs()[0]


def credit_line(t: str) -> bool:
    """Whether sentence ``t`` is a credit made of "<doing> by <Name>" parts,
    or a labelled line ("Photo caption: The river at dawn.")."""
    # (every part of a credit holds "by", a label ":": substring tests first)
    return ("by" in t and all(_CREDIT_PART_RE.match(part) for part in t.split(";"))) \
        or (":" in t and _LABEL_RE.match(t) is not None)


# A label of one to three words opening a line: a caption's, a list's, a form's.
_LABEL_RE = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,2}:\s")


def embedded_in_prose(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` is a paragraph of one sentence between two paragraphs
    of several: a piece cut off its sentence, or a caption (so what is
    found there is only info)."""
    i = s.index
    if i < 2 or i + 2 >= len(sentences) or among_others(sentences, s):
        return False
    before, after = sentences[i - 1], sentences[i + 1]
    return (before.paragraph == s.paragraph - 1 and sentences[i - 2].paragraph == before.paragraph
            and after.paragraph == s.paragraph + 1 and sentences[i + 2].paragraph == after.paragraph)


_QUESTION_ENDS = ("?", "?”", '?"')
#: Words of a terse spoken phrase in an answer ("Sunday morning session.").
_SPOKEN_PHRASE = 6


def answers_a_question(doc: Document, s: Sentence) -> bool:
    """An answer to a question just asked may be a fragment ("Why? Because
    it was wrong."), and so may a short phrase anywhere in an interview's
    answer, a paragraph after one that asks ("Same as always. Training
    Tuesday and Thursday."); a long one is a torn clause there too."""
    prev_end = doc.text[max(0, s.start - 4) : s.start].rstrip()
    if prev_end.endswith(_QUESTION_ENDS):
        return True
    if s.paragraph == 0 or "," in s.text or len(s.text.split()) > _SPOKEN_PHRASE:
        return False
    before = doc.paragraphs[s.paragraph - 1]
    return doc.text[before.start : before.end].rstrip().endswith(_QUESTION_ENDS)


#: Lines of verse or of a list are this short; a paragraph of several such
#: lines is no prose whose sentences must be whole.
_SHORT_LINE = 60


def verse_line(doc: Document, s: Sentence) -> bool:
    """Whether ``s`` stands in a block of three lines or more with no blank
    line between them, all short: a poem, lyrics or a list, whose lines may
    be phrases. (The segmenter may make each line a paragraph.)"""
    text, paras = doc.text, doc.paragraphs
    lines = text[paras[s.paragraph].start : paras[s.paragraph].end].strip().split("\n")
    if any(len(line) > _SHORT_LINE for line in lines):
        return False
    count = len(lines)
    for step in (-1, 1):
        i = s.paragraph
        while count < 3 and 0 <= i + step < len(paras):
            a, b = (paras[i + step], paras[i]) if step < 0 else (paras[i], paras[i + step])
            if text[a.end : b.start].count("\n") > 1 or len(text[paras[i + step].start : paras[i + step].end]) > _SHORT_LINE:
                break
            count += 1
            i += step
    return count >= 3


_NEGATIONS = frozenset("not never no nor n't nobody nothing none neither".split())


def continues_a_negation(doc: Document, s: Sentence) -> bool:
    """"He never missed a meeting. Not once. Not even in 2019, when ...": a
    sentence opening on "Not" after a negated one is its ellipsis."""
    if not s.text.startswith(("Not ", "Nor ")) or s.index == 0:
        return False
    before = doc.sentences[s.index - 1]
    words = before.text.lower().replace("n’t", " n't").replace("n't", " n't").split()
    return not _NEGATIONS.isdisjoint(w.strip(",.;:!?\"“”") for w in words)


def set_apart(doc: Document, s: Sentence) -> bool:
    """Whether ``s`` is speech, verse or a list item rather than narrative
    prose, where a phrase may stand as a sentence."""
    return answers_a_question(doc, s) or list_item(doc, s) or verse_line(doc, s) or continues_a_negation(doc, s)


def list_item(doc: Document, s: Sentence) -> bool:
    """"3. Review the policy.": list items are written as bare imperatives."""
    text = doc.text
    # Only a line break at most 7 characters back matters (bounded: linear).
    line_start = text.rfind("\n", max(0, s.start - 7), s.start) + 1
    return _LIST_ITEM_RE.match(text, line_start) is not None and line_start >= s.start - 6


_READER_WORDS = frozenset(("you", "your"))
# An article with this many sentences opening on a bare verb form is
# written in instructions or calls to act (a recipe, an editorial's
# demands); a translation that lost a subject does it once or twice.
_IMPERATIVES = 3


@analysis("translation.imperative_voice", needs=(token_lowers,))
def imperative_voice(doc: Document) -> bool:
    """Whether the article addresses its reader: it says "you", or it
    opens several sentences with a bare verb ("Apply for the grant. Close
    the end. Tell people the truth.")."""
    if not _READER_WORDS.isdisjoint(token_lowers(doc)):
        return True
    _, forms = verbs()
    lemmas, past_or_present = verb_lemmas(), inflected_verb_forms()
    count = 0
    for s in doc.sentences:
        head, _, rest = s.text.partition(" ")
        nxt = rest[: rest.find(" ")].lower() if " " in rest else rest.lower()
        if head[:1].isupper() and head[1:].islower() and nxt not in forms:  # not "Police said"
            w = head.lower()
            count += w in lemmas and w not in past_or_present
    return count >= _IMPERATIVES


# A comma and a coordinator: where a second clause with its own verb may
# start ("Cannabis plants worth £120,000 at a farm, and in March a van was stopped").
_CLAUSE_JOIN_RE = re.compile(r",[ \t]+(?:and|but|while|whereas)[ \t]")


def first_clause_end(doc: Document, lo: int, hi: int) -> int:
    """The token index where the first clause of tokens ``[lo, hi)`` ends:
    before a comma and a coordinator that join another clause, else ``hi``."""
    text, tokens = doc.text, doc.tokens
    m = _CLAUSE_JOIN_RE.search(text, tokens[lo].start, tokens[hi - 1].end) if hi > lo else None
    if m is None:
        return hi
    end = bisect_left(doc.token_starts, m.start(), lo, hi)
    return end if end - lo >= 4 else hi


# A time stamp opening a live blog's or a timeline's entry: "15.20:", "9:05 am -".
_TIME_STAMP_RE = re.compile(r"\d{1,2}[.:]\d{2}(?:[ \t]?[ap]\.?m\.?)?[ \t]*[:–—-][ \t]")


def log_entry(doc: Document, paragraph: int) -> bool:
    """Whether a paragraph is an entry of a live blog or a timeline, written
    as a headline ("15.20: First count announced. Two candidates exceed the
    quota."): its verbs may lack their auxiliaries."""
    return _TIME_STAMP_RE.match(doc.text, doc.paragraphs[paragraph].start) is not None
