"""Passages in another language or script inside an English article: the
analysis behind MT007, which LNG001 reads too."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable

from sourcelint.analysis import analysis
from sourcelint.document import Document

from ..langid import detect_language, foreign_function_words, paragraph_token_bounds, prose_sample, same_language
from ..tokens import non_dictionary_forms
from ..words import dictionary_words
from .lexicons import stopwords
from .foreign_runs import unknown_word_runs
from .foreign_segment import (LANG_NAMES, LETTER_WORD_RE, MAX_SHARED_ENGLISH, MAX_SHARED_ENGLISH_UNKNOWN, NON_LATIN_RE,
                              foreign_name, foreign_segment, langdetect_best, no_english_phrasing)
from .renderings import QUOTE_RE, QUOTE_TRIM, translated_nearby
from .prose import Hit, function_word_flags, sentence_paragraphs, urlish, without_quote_marks

__all__ = ["foreign_passages", "mostly_foreign", "MOSTLY_FOREIGN"]


# The same letters, found faster: the engine skips ahead to characters past
# Latin Extended-B, then checks that they are letters.
_HAS_NON_LATIN_RE = re.compile(r"[\u0250-\u1DFF\u1F00-\U0010FFFF](?<=[^\W\d_])")


# sits inside an English paragraph (scripts without case or spaces are not
# split into sentences by the segmenter).
_NON_LATIN_STRETCH_RE = re.compile(r"[^A-Za-z\u00C0-\u024F\u1E00-\u1EFF\n]{12,}")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_STRETCH_TRIM = " \t\"'“”‘’([{-–—,;:"


@analysis("translation.foreign",
          needs=(function_word_flags, sentence_paragraphs, paragraph_token_bounds, non_dictionary_forms))
def foreign_passages(doc: Document) -> list[Hit]:
    """Paragraphs, sentences, quotes and non-Latin stretches in another
    language in an article expected in English (MT007's hits; none
    otherwise), unless an English translation stands next to them (a
    translated sentence leaves the rest of its quotation to be judged)."""
    if not doc.language.lower().startswith("en"):
        return []
    hits: list[Hit] = []
    rendered: list[tuple[int, int]] = []  # translated passages: what lies inside them is too
    for found in (_foreign_blocks, _foreign_quotes, _foreign_runs):
        taken = [(h.start, h.end) for h in hits]
        for h in found(doc):
            if any(a < h.end and h.start < b for a, b in taken) or any(a <= h.start and h.end <= b for a, b in rendered):
                continue
            if translated_nearby(doc, h.start, h.end) or _quotation_rendered(doc, h.start, h.end):
                rendered.append((h.start, h.end))
            else:
                hits.append(h)
    hits.sort(key=lambda h: h.start)
    return [h._replace(start=a, end=b) for h in hits for a, b in [without_quote_marks(doc.text, h.start, h.end)]]


def _quotation_rendered(doc: Document, start: int, end: int) -> bool:
    """Whether a sentence that opens on a quotation and goes on with its tag
    ('"Une crise ...," said Mayor X, who leads the group.') is rendered as the
    quotation alone would be (the tag's names make the sentence longer)."""
    m = QUOTE_RE.match(doc.text, start)
    if m is None or m.end() > end:
        return False
    inner = next(i for i in range(1, 5) if m.group(i) is not None)
    return translated_nearby(doc, m.start(inner), m.end(inner))


def _foreign_blocks(doc: Document) -> list[Hit]:
    """Foreign paragraphs, sentences and non-Latin stretches."""
    hits: list[Hit] = []
    text = doc.text
    # most articles: skip every script check
    nl = not text.isascii() and _HAS_NON_LATIN_RE.search(text) is not None
    sentences = doc.sentences
    sent_paras = sentence_paragraphs(doc)
    paragraphs = doc.paragraphs
    # paragraph_token_bounds holds each paragraph's bisect_left(tstarts, ...) pair.
    bounds = paragraph_token_bounds(doc)
    tstarts = doc.token_starts
    pref: list[int] = []

    def maybe_foreign(start: int, end: int) -> bool:
        i, j = bisect_left(tstarts, start), bisect_left(tstarts, end)
        n = j - i
        # Letters with diacritics are evidence enough to look at short sentences.
        # Short ASCII sentences are left to foreign_segment's word knowledge.
        share = (pref[j] - pref[i]) / max(n, 1)
        return n >= 5 and (share < 0.15 or (share <= MAX_SHARED_ENGLISH and not text[start:end].isascii()))

    if nl:
        todo: Iterable[int] = range(len(paragraphs))
    else:
        # English function words per token span from one prefix sum over the
        # shared tokens: most paragraphs and sentences are cleared without
        # any per-segment work. Only paragraphs that may be foreign, and those
        # of several sentences (one of which may be), are looked at.
        pref = list(accumulate(function_word_flags(doc), initial=0))
        todo = sorted(
            {i for i, (lo, hi) in enumerate(bounds) if hi - lo >= 8 and (pref[hi] - pref[lo]) / (hi - lo) < 0.15}
            | {a for a, b in zip(sent_paras, sent_paras[1:]) if a == b}
        )
    for index in todo:
        para = paragraphs[index]
        lo, hi = bounds[index]
        res = None
        if nl or (hi - lo >= 8 and (pref[hi] - pref[lo]) / (hi - lo) < 0.15):
            res = foreign_segment(para.text, 6, nl)
        if res is not None:
            hits.append(Hit("MT007", para.start, para.end, f"paragraph of {res[0]} in an English article", res[1]))
            continue
        for m in _NON_LATIN_STRETCH_RE.finditer(text, para.start, para.end) if nl else ():
            stretch = m.group()
            n = len(NON_LATIN_RE.findall(stretch))
            if n < 12 or urlish(stretch) or not (_CJK_RE.search(stretch) or " " in stretch.strip()):
                continue  # a domain name or a single foreign word is not a passage
            a, b = m.start(), m.end()
            while a < b and text[a] in _STRETCH_TRIM:
                a += 1
            while b > a and text[b - 1] in _STRETCH_TRIM:
                b -= 1
            hits.append(Hit("MT007", a, b, f"passage of {foreign_name(text[a:b])} in an English paragraph", 1.0))
        if hits and hits[-1].start >= para.start and hits[-1].end <= para.end:
            continue
        first = bisect_left(sent_paras, index)
        last = bisect_right(sent_paras, index, first)
        for s in sentences[first:last]:
            res = foreign_segment(s.text, 6, nl) if last - first > 1 and (nl or maybe_foreign(s.start, s.end)) else None
            if res is not None:
                hits.append(Hit("MT007", s.start, s.end, f"sentence of {res[0]} in an English paragraph", res[1]))
            elif ": " in s.text:
                hits += _after_colon(text, s.start, s.end, nl)
    return hits


_COLON_TAIL_RE = re.compile(r":[ \t]+(?=[^\W\d_])")


def _after_colon(text: str, start: int, end: int, nl: bool) -> list[Hit]:
    """The words after a colon in an English sentence, when they are a
    sentence of another language ("he added: Ons is teleurgesteld met die uitspraak")."""
    m = _COLON_TAIL_RE.search(text, start, end)
    if m is None:
        return []
    res = foreign_segment(text[m.end() : end], 6, nl)
    return [Hit("MT007", m.end(), end, f"{res[0]} after a colon in an English sentence", res[1])] if res else []


#: Share of the prose in other languages above which the article as a whole
#: is foreign (LNG001's finding) rather than English with untranslated
#: passages (MT007's): one finding either way, never both.
MOSTLY_FOREIGN = 2 / 3


@analysis("translation.mostly_foreign", needs=(foreign_passages,))
def mostly_foreign(doc: Document) -> bool:
    """Whether the foreign passages are most of the prose and the prose as a
    whole is in another language: then the article is foreign (LNG001's
    finding), not English with untranslated passages (MT007's)."""
    foreign = sum(h.end - h.start for h in foreign_passages(doc))
    prose = sum(p.end - p.start for p in doc.paragraphs) if foreign else 0
    if not prose or foreign <= MOSTLY_FOREIGN * prose:
        return False
    lang, prob = detect_language(prose_sample(doc), unless=("en", 0.9))
    return lang not in ("unknown", "") and not same_language(lang, "en") and prob >= 0.9




def _foreign_quotes(doc: Document) -> list[Hit]:
    """Quotations of five words or more in another language (the quote
    marks and the punctuation before them left out of the span)."""
    text = doc.text
    hits: list[Hit] = []
    if '"' not in text and "“" not in text and "„" not in text and "«" not in text:
        return hits
    nl = not text.isascii() and _HAS_NON_LATIN_RE.search(text) is not None
    sw = stopwords()
    for m in QUOTE_RE.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        a, b = m.start(group), m.end(group)
        while b > a and text[b - 1] in QUOTE_TRIM:
            b -= 1
        quote = text[a:b]
        words = LETTER_WORD_RE.findall(quote)
        lows = [w.lower() for w in words]
        share = sum(w in sw for w in lows) / max(len(lows), 1)
        if len(lows) < 3 or share >= MAX_SHARED_ENGLISH_UNKNOWN:
            continue
        res = foreign_segment(quote, 5, nl) if len(lows) >= 5 else None
        if res is None and _utterance(text, m.start(), m.end(group), m.end()):
            res = _short_foreign_quote(quote, words, lows)
        if res is not None:
            hits.append(Hit("MT007", a, b, f"quotation in {res[0][len('text in '):]} in an English article", res[1]))
    return hits


def _foreign_runs(doc: Document) -> list[Hit]:
    """Unquoted clauses in another language inside an English sentence,
    judged like a short quotation (word pairs, evidence, langdetect)."""
    hits: list[Hit] = []
    for a, b in unknown_word_runs(doc):
        run = doc.text[a:b]
        words = LETTER_WORD_RE.findall(run)
        res = _short_foreign_quote(run, words, [w.lower() for w in words])
        if res is not None:
            hits.append(Hit("MT007", a, b, f"words in {res[0][len('text in '):]} inside an English sentence", res[1]))
    return hits


def _utterance(text: str, start: int, inner_end: int, end: int) -> bool:
    """Whether the quotation at ``text[start:end]`` (its marks included;
    its words end at ``inner_end``) stands as something said: it opens a paragraph, a sentence or follows a
    colon, and ends on a mark ('"Por fin nos escucharon," said ...', 'said:
    "Quel travail magnifique."'). A phrase quoted inside an English sentence
    is named, not said untranslated ('chanted "Sí, se puede" as ...', 'the
    motto "Libertas quae sera tamen" and ...')."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    closes = text[inner_end - 1 : inner_end] in ",.!?" or text[end : end + 1] in ",.!?"
    return (not before or before[-1] in "\n.!?:") and closes



def _short_foreign_quote(quote: str, words: list[str], lows: list[str]) -> tuple[str, float] | None:
    """A short quotation (three words or more) in another language: its
    adjacent word pairs are no English phrases (the web bigram counts),
    it has evidence of another language (a word no English dictionary
    knows, letters with diacritics, another language's function words) and
    langdetect names a language other than English. Four words at least,
    or three with another language's function word or diacritics, or with
    two words unknown to English and langdetect sure."""
    if not no_english_phrasing(words, lows):
        return None
    vocab, ffw, sw = dictionary_words(), foreign_function_words(), stopwords()
    # another language's function words that English writes too ("a", "no") are no mark
    marked = not quote.isascii() or any(w in ffw and w not in sw for w in lows)
    # the first word is capitalised as a sentence's: its case says nothing of a name
    unknown = sum(1 for i, (w, low) in enumerate(zip(words, lows))
                  if (i == 0 or w[0].islower()) and any(p not in vocab and p not in sw for p in low.split("-") if p))
    if not (marked or unknown) or (len(lows) < 4 and not marked and unknown < 2):
        return None
    lang, prob = langdetect_best(quote)
    # three plain words unknown to English: langdetect must be sure
    if lang and lang != "en" and prob >= (0.5 if marked or len(lows) >= 4 else 0.9):
        return (f"text in {LANG_NAMES.get(lang, lang)}", min(1.0, prob))
    return None
