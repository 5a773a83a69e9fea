"""Whether an English rendering stands next to a foreign passage: a cue
("which means", "loosely translated"), a quotation or a sentence of about
its length after it, in the speaker's voice or with its names, numbers or
commas. A passage with its rendering is a quote cited, not text left
untranslated (MT007)."""

from __future__ import annotations

import re
from bisect import bisect_left

from sourcelint.document import Document

from ..words import dictionary_words
from .foreign_segment import LETTER_WORD_RE, NON_LATIN_RE
from .lexicons import past_forms, stopwords
from .prose import CLOSING_QUOTES, SPEECH_VERB_SET

__all__ = ["QUOTE_RE", "QUOTE_TRIM", "translated_nearby"]

# Letters of scripts written without spaces (Han, kana, Thai, Lao, Khmer,
# Burmese): about one word per two characters.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")

# A quotation in a paragraph: where a foreign sentence hides in English
# prose ('the mayor said: "Ne želimo zabraniti turizam."').
# Each branch opens with its quote mark (the look-behind after it asks what
# one before it would), so the regex engine skips ahead to quote marks.
QUOTE_RE = re.compile(r"“([^“”\n]{10,400})”|\"(?<![\w\"]\")([^\"\n]{10,400})\"|„([^„“”\n]{10,400})[“”]"
                       r"|«[ \u00a0]?([^«»\n]{10,400}?)[ \u00a0]?»")
QUOTE_TRIM = " ,.;:!?"


def _passage_words(passage: str) -> int:
    """How many words ``passage`` has, to compare with a rendering's: in
    other scripts the runs between spaces (vowel signs of Indic scripts are
    no letters, so letter runs split words), or half the characters of a
    script written without spaces."""
    if NON_LATIN_RE.search(passage) is None:
        return len(LETTER_WORD_RE.findall(passage))
    spaced = sum(1 for t in passage.split() if any(c.isalpha() for c in t))
    return max(spaced, len(_UNSPACED_RE.findall(passage)) // 2)
# A stretch with no Latin letters and no line break: where a non-Latin passage


# What says that a translation follows: "(Our home is ...)", "which means", "It means",
# "meaning", "roughly", "translated", "in English".
# (an adverb may qualify the cue: "Loosely translated", "Freely rendered")
_TRANSLATION_CUE_RE = re.compile(r"^[\s”“»\"'’,.:;—–-]*(?:\(|(?:which|that|it|this) (?:means|translates)\b|meaning\b|roughly\b|"
                                 r"(?:[a-z]+ly )?(?:translat\w*|rendered\b)|in English\b)", re.I)
#: A rendering is English: this share of its words are English words.
_ENGLISH_SHARE = 0.6
_NAME_OR_NUMBER_RE = re.compile(r"\b(?:[A-ZÀ-Þ][\w’'-]{2,}|\d[\d.,]*)\b")


def translated_nearby(doc: Document, start: int, end: int) -> bool:
    """Whether an English rendering follows ``text[start:end]``: a cue right
    after it, or a next sentence in English of about its length that is a
    quotation or repeats its names and numbers. (A translation before the
    foreign text is what a half-finished translation leaves: not this.)"""
    text = doc.text
    quote_end = _quotation_end(text, start, end)
    if _rendered_after(doc, start, end) or (quote_end != end and _rendered_after(doc, start, quote_end)):
        return True
    # The first sentence that starts after the passage (end + 2 may fall
    # between two sentences).
    k = bisect_left(doc.sentence_starts, end)
    if k >= len(doc.sentences):
        return False
    nxt = doc.sentences[k]
    if "\n\n" in text[end : nxt.start]:
        return False  # a new paragraph goes on with the story; a rendering stays with its passage
    words = [w.lower() for w in LETTER_WORD_RE.findall(nxt.text)]
    n = _passage_words(text[start:end])
    if not words or not 0.5 * n <= len(words) <= 2 * n + 2 or sum(w in stopwords() for w in words) / len(words) < 0.2:
        return False
    if sum(w in dictionary_words() or w in stopwords() for w in words) < _ENGLISH_SHARE * len(words):
        return False  # the quotation's next sentence in its own language ("Ons ry elke nag ...")
    names = {m.group() for m in _NAME_OR_NUMBER_RE.finditer(text, start + 1, end)}
    quoted = nxt.text.lstrip()[:1] in "\"“" or _same_quotation(text, start, nxt.start)
    return quoted or bool(names & {m.group() for m in _NAME_OR_NUMBER_RE.finditer(nxt.text)})


def _rendered_after(doc: Document, start: int, end: int) -> bool:
    """Whether a cue, a quotation or a clause rendering ``text[start:end]`` in English follows it."""
    text = doc.text
    return bool(_TRANSLATION_CUE_RE.search(text[end : end + 60])) or _english_quote_follows(doc, start, end) \
        or _english_after_tag(text, start, end) or _rendering_after_quote(text, start, end) \
        or _bracket_after_tag(text, end)


def _quotation_end(text: str, start: int, end: int) -> int:
    """The end of the quotation that holds ``text[start:end]`` and goes on
    after it (a sentence of a quotation of several), else ``end``: its
    rendering follows the whole quotation."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    for m in QUOTE_RE.finditer(text, lo, len(text) if hi < 0 else hi):
        if m.start() <= start and end < m.end() - 1 and text[end : m.end() - 1].strip(QUOTE_TRIM):
            return m.end() - 1  # (at the closing mark, as a quotation's passage ends)
    return end


# A speech tag after a quotation and a bracket opening its rendering ('," she said. ("We work ...")').
_TAG_BRACKET_RE = re.compile(r"[\s”\"'’,.]{0,4}((?:[\w’'-]+ ){0,3}[\w’'-]+)[.,]?[ \t]{1,2}\(")


def _bracket_after_tag(text: str, end: int) -> bool:
    """Whether a speech tag and a bracket follow a quotation: the rendering in brackets."""
    m = _TAG_BRACKET_RE.match(text, end, min(len(text), end + 80))
    return m is not None and any(w.lower() in SPEECH_VERB_SET for w in m.group(1).split())


# The marks between a quotation's last word and what follows it, then a
# sentence (the segmenter may not split after « » or „ “).
_AFTER_QUOTE_RE = re.compile(r"[\s.,!?\"”»“]{1,5}")
_NEXT_SENTENCE_RE = re.compile(r"[A-Z][^\n]{3,300}?[.!?](?=[\s\"”]|$)")
_DASH_RENDERING_RE = re.compile(r"[\"”»]{0,2}[ \t]*[—–-][ \t]*([a-z][^\n—–]{3,300}?[.!?])(?=[\s\"”]|$)")


def _rendering_after_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation is followed right after its closing mark by an
    English sentence of about its length ('"Estamos muy orgullosos de
    ella." We are very proud of her.')."""
    if not _closes_quote(text, end):
        return False
    gap = _AFTER_QUOTE_RE.match(text, end)
    nxt = _NEXT_SENTENCE_RE.match(text, gap.end()) if gap is not None and "\n" not in gap.group() else None
    # or a rendering after a dash: '"Aata khari mehnat suru hote" — now the real hard work begins.'
    dash = _DASH_RENDERING_RE.match(text, end) if nxt is None else None
    rendering = nxt.group() if nxt is not None else dash.group(1) if dash is not None else None
    if rendering is None:
        return False
    n = _passage_words(text[start:end])
    for reading in _without_inner_tag(rendering):
        words = [w.lower() for w in LETTER_WORD_RE.findall(reading)]
        if not (0.5 * n <= len(words) <= 2 * n + 2 and sum(w in stopwords() for w in words) / len(words) >= 0.2):
            continue
        if nxt is not None and not SPEECH_VERB_SET.isdisjoint(words[:3]):
            return False  # ('"..." Mqikela said afterwards, as ...': the quotation's tag, no rendering)
        if _renders(text[start:end], reading, words, n):
            return True
    return False


# A stretch between a comma and the next mark that may be a speech tag:
# ", she said", ", said welder Arnel Dizon", ", one protester told reporters".
_INNER_TAG_RE = re.compile(r",[ \t]+((?:[\w’'-]+[ \t]+){0,11}[\w’'-]+)(?=[,;:.!?]|$)")


def _without_inner_tag(sentence: str) -> list[str]:
    """The ways a sentence after a quotation may be read as its rendering:
    whole, and, when a speech tag attributes it from inside (a paraphrase
    of the speaker: 'We hope it does not happen again, she said, referring
    to ...'; 'The olive tree, she said, is like ...'), without the tag:
    the words before it, and those with the clause it interrupts."""
    for m in _INNER_TAG_RE.finditer(sentence):
        if SPEECH_VERB_SET.isdisjoint(m.group(1).split()):
            continue
        head, tail = sentence[: m.start()], sentence[m.end() :]
        readings = [sentence, head]
        if tail.startswith(",") and tail[1:].lstrip()[:1].islower():
            # the clause the tag interrupts goes on, after the tag's comma or its own
            readings += [head + " " + tail[1:].lstrip(), head + tail]
        return readings
    return [sentence]


# The words of a speaker's voice: a rendering of a quotation keeps them,
# a narrative sentence after it seldom does.
_SPEAKER_VOICE = frozenset("i me my mine we us our ours you your yours".split())


def _renders(passage: str, sentence: str, words: list[str], n: int) -> bool:
    """Whether an unquoted English sentence after a quotation reads as its
    rendering, not as the story going on: it speaks in the quotation's voice
    (first or second person), repeats its names or numbers, has its commas
    ('...ella, gane o pierda." We are very proud of her, win or lose.'), or
    has about its length and does not tell what someone did next ('..."
    She was asked to leave by security staff.')."""
    names = {m.group() for m in _NAME_OR_NUMBER_RE.finditer(passage, 1)}
    if any(w in _SPEAKER_VOICE for w in words) or names & {m.group() for m in _NAME_OR_NUMBER_RE.finditer(sentence)}:
        return True
    if not 0.7 * n <= len(words) <= 1.5 * n + 1:
        return False  # a rendering of another length speaks in the quotation's voice or names
    if passage.count(",") == sentence.count(",") > 0:
        return True
    return not _tells_what_happened(words)


_NOT_NARRATOR = frozenset("it this that there these those".split())


def _tells_what_happened(words: list[str]) -> bool:
    """Whether a sentence (its lowercase words) goes on with the story: a
    verb in the past tense among its first words, after a subject that is no
    'it' or 'this' ('He was escorted out', 'Police asked them to leave', 'The
    crowd cheered'), where a rendering keeps the quotation's voice and tense
    ('It is a sad day', 'That is enough')."""
    past = past_forms()
    for i, w in enumerate(words[:5]):
        if w in past:
            return i > 0 and not _NOT_NARRATOR.intersection(words[:i])
    return False


def _closes_quote(text: str, end: int) -> bool:
    """Whether the passage ends with a closing quote mark or one follows it
    after at most two punctuation marks."""
    if text[end - 1 : end] in CLOSING_QUOTES:
        return True
    after = text[end : end + 3]
    # (what follows the mark is the next sentence: '." We can all see')
    mark = min((after.find(q) for q in CLOSING_QUOTES if q in after), default=-1)
    return mark >= 0 and not any(c.isalnum() for c in after[:mark])


def _same_quotation(text: str, start: int, nxt: int) -> bool:
    """Whether the passage opens a quotation that goes on into the next
    sentence ('"Questa musica è di tutti. This music belongs to everyone."')."""
    opens = text[max(0, start - 1):start + 1]
    return ('"' in opens or "“" in opens) and not any(q in text[start + 1:nxt] for q in '"”')


# A speech tag that hands over to a rendering: '..." she said: the children ...',
# '..." the mayor added — ...'.
_TAG_RE = re.compile(r"[\s”\"'’,.]{0,4}((?:[\w’'-]+ ){0,3}[\w’'-]+)[ \t]{0,2}[:—–][ \t]{0,2}([^\n]{5,400})")


# Where the clause after a tag ends: a sentence's mark, maybe inside a closing quote.
_CLAUSE_END_RE = re.compile(r"(?<=[.!?])\s|(?<=[.!?][\"”’])\s")


def _english_after_tag(text: str, start: int, end: int) -> bool:
    """Whether a speech tag and an English clause of about the passage's
    length follow it, unquoted ('"Mae'r plant yn haeddu gwell," she said:
    the children deserve better.')."""
    m = _TAG_RE.match(text, end, min(len(text), end + 460))
    if m is None or not any(w.lower() in SPEECH_VERB_SET for w in m.group(1).split()):
        return False
    clause = _CLAUSE_END_RE.split(m.group(2), maxsplit=1)[0]
    words = [w.lower() for w in LETTER_WORD_RE.findall(clause)]
    n = _passage_words(text[start:end])
    return bool(words) and 0.5 * n <= len(words) <= 2 * n + 4 and sum(w in stopwords() for w in words) / len(words) >= 0.2


_CLOSE_RE = re.compile(r"[.,!?;:]{0,2}[\"”»]?")


def _verse_rendering(text: str, start: int, end: int, quote: re.Match[str]) -> bool:
    """Whether a quotation in the next paragraph renders a passage set off
    as a paragraph of its own (a verse, a lyric, a motto): nothing but the
    paragraph break between them, and no speech tag after the quotation,
    which would make it somebody's next words ('..." he said')."""
    # (the passage opens its paragraph: only a quote mark before it on its line)
    if text[end : quote.start()].strip() or not text[max(0, start - 4) : start].rstrip(" \t\"“„«").endswith("\n"):
        return False
    after = text[quote.end() : quote.end() + 60].split("\n", 1)[0]
    return SPEECH_VERB_SET.isdisjoint(w.strip(",.;:") for w in after.split()[:4])


def _english_quote_follows(doc: Document, start: int, end: int) -> bool:
    """Whether a quotation in English of about the passage's length opens
    within a short tag after it ('"Je ne sais pas," she said: "I don't know."')."""
    text = doc.text
    end = _CLOSE_RE.match(text, end).end()  # past the passage's own closing mark
    m = QUOTE_RE.search(text, end + 1, min(len(text), end + 400))
    if m is None or m.start() > end + 120 or ("\n\n" in text[end : m.start()] and not _verse_rendering(text, start, end, m)):
        return False
    quote = next(g for g in m.groups() if g is not None)
    words = [w.lower() for w in LETTER_WORD_RE.findall(quote)]
    n = _passage_words(text[start:end])
    if not words or not 0.5 * n <= len(words) <= 2 * n + 4:
        return False
    # English: function words, or (a terse rendering: "High tide, 6:10.
    # West wind.") only English words.
    vocab, sw = dictionary_words(), stopwords()
    return sum(w in sw for w in words) / len(words) >= 0.2 or sum(w in vocab or w in sw for w in words) == len(words)

