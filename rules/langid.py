"""Shared language helpers: script profile, function-word signals, langdetect.

Not rules: the language family (LNG) and the untranslated-passage rule of the
translation family (MT007) both build on these, and share one cached
analysis per document, ``doc.view("language.signals", ...)``.

The approach is cheap signals first, langdetect only when they are unsure:

* :func:`script_profile` counts letters per writing system (Latin, Cyrillic,
  CJK, Arabic, ...) with a few C-level regex passes, no per-character loop.
* :func:`stopword_ratio` / :func:`word_signals` measure the share of English
  function words (``data/english_stopwords.txt``) and of frequent function
  words of other Latin-script languages (``data/foreign_function_words.txt``).
  English news runs at 25-45 % English function words; French, German or
  Spanish prose at 0-5 %.
* :func:`detect_language` runs langdetect, seeded and with one factory per
  process, on a bounded sample (langdetect costs milliseconds, so it must not
  run on every paragraph of every article).

:func:`foreign_paragraph_candidates` picks paragraphs (and single sentences)
that may be in another language; :func:`foreign_passages` confirms them with
langdetect. Both are cached on the document.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter, sub
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence

from sourcelint.analysis import analysis

from .langdetect_fast import SAMPLE_CHARS, detect_language, langdetect_probabilities, same_language
from .lexicon import data_lines
from .tokens import paragraph_token_bounds, token_lowers

if TYPE_CHECKING:  # pragma: no cover

    from sourcelint.document import Document, Paragraph, Token

__all__ = [
    "ScriptProfile",
    "WordSignals",
    "Candidate",
    "LanguageSignals",
    "script_profile",
    "stopword_ratio",
    "word_signals",
    "english_stopwords",
    "foreign_function_words",
    "detect_language",
    "prose_sample",
    "language_signals",
    "foreign_paragraph_candidates",
    "foreign_passages",
    "same_language",
    "langdetect_probabilities",
    "token_lowers",
    "paragraph_token_bounds",
    "SAMPLE_CHARS",
]


# -- word lists ----------------------------------------------------------------

_EN_STOP: frozenset[str] | None = None
_FOREIGN: dict[str, str] | None = None


_data_lines = data_lines


def _with_curly(words: Iterable[str]) -> set[str]:
    # Tokens keep the apostrophe they were written with ("it’s" or "it's").
    out: set[str] = set()
    for w in words:
        out.add(w)
        if "'" in w:
            out.add(w.replace("'", "’"))
    return out


def english_stopwords() -> frozenset[str]:
    """English function words (lowercase), loaded once per process."""
    global _EN_STOP
    if _EN_STOP is None:
        _EN_STOP = frozenset(_with_curly(_data_lines("english_stopwords.txt")))
    return _EN_STOP


def foreign_function_words() -> dict[str, str]:
    """Frequent function words of other Latin-script languages -> ISO 639-1 code."""
    global _FOREIGN
    if _FOREIGN is None:
        table: dict[str, str] = {}
        for line in _data_lines("foreign_function_words.txt"):
            word, lang = line.split()
            table.setdefault(word, lang)
        # A word in both lists would count as evidence both ways.
        overlap = set(table) & english_stopwords()
        if overlap:  # pragma: no cover - guarded by a test
            raise ValueError(f"words in both English and foreign lists: {sorted(overlap)}")
        _FOREIGN = table
    return _FOREIGN


# -- scripts -------------------------------------------------------------------

# Everything that is not a letter: \W, digits and underscore. Deleting these
# with one C-level ``sub`` leaves exactly the letters (str.isalpha) of a span.
_NON_LETTER_RE = re.compile(r"[\W\d_]+")
_ASCII_RE = re.compile(r"[\x00-\x7f]+")

# Non-ASCII letter ranges per script. Latin covers Latin-1, Extended-A/B, IPA
# and Latin Extended Additional (Vietnamese).
_SCRIPT_RANGES: dict[str, str] = {
    "latin": "\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uff21-\uff3a\uff41-\uff5a",
    "cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "hebrew": "\u0590-\u05ff",
    "cjk": (
        "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
        "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\uff66-\uff9f"
    ),
    "indic": "\u0900-\u0dff",
    "thai": "\u0e00-\u0eff",
    "georgian-armenian": "\u0530-\u058f\u10a0-\u10ff",
}
_SCRIPT_RES = {name: re.compile(f"[{ranges}]+") for name, ranges in _SCRIPT_RANGES.items()}


class ScriptProfile(NamedTuple):
    """Letter counts of a span by writing system.

    ``scripts`` maps each non-Latin script seen ("cyrillic", "cjk", "arabic",
    ..., "other") to its number of letters.
    """

    letters: int
    latin: int
    scripts: tuple[tuple[str, int], ...] = ()

    @property
    def non_latin(self) -> int:
        """Letters not in the Latin script."""
        return self.letters - self.latin

    @property
    def latin_share(self) -> float:
        """Share of letters in the Latin script (1.0 for a span without letters)."""
        return self.latin / self.letters if self.letters else 1.0

    @property
    def dominant(self) -> str:
        """The script with most letters ("latin" on ties and empty spans)."""
        best, count = "latin", self.latin
        for name, n in self.scripts:
            if n > count:
                best, count = name, n
        return best


_ALL_LATIN_EMPTY = ScriptProfile(0, 0)


_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def script_profile(text: str) -> ScriptProfile:
    """Count the letters of ``text`` per script, in a few C-level passes.

    Cost is linear in ``len(text)``. ASCII letters are counted on bytes;
    only the (usually few) non-ASCII characters go through the per-script
    patterns.
    """
    ascii_bytes = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_bytes.translate(None, _ASCII_NON_LETTERS))
    if len(ascii_bytes) == len(text):
        return ScriptProfile(ascii_letters, ascii_letters) if ascii_letters else _ALL_LATIN_EMPTY
    rest = _NON_LETTER_RE.sub("", _ASCII_RE.sub("", text))
    n = ascii_letters + len(rest)
    if not n:
        return _ALL_LATIN_EMPTY
    latin = ascii_letters
    scripts: list[tuple[str, int]] = []
    for name, rx in _SCRIPT_RES.items():
        if not rest:
            break
        count = sum(map(len, rx.findall(rest)))
        if count:
            rest = rx.sub("", rest)
            if name == "latin":
                latin += count
            else:
                scripts.append((name, count))
    if rest:
        scripts.append(("other", len(rest)))
    return ScriptProfile(n, latin, tuple(scripts))


# -- function words ----------------------------------------------------------------


def stopword_ratio(tokens: Iterable[str]) -> float:
    """Share of English function words among ``tokens`` (any case; 0.0 if empty).

    A plain ratio over every token given; :func:`word_signals` is the
    name-and-number-robust version used on documents.
    """
    stop = english_stopwords()
    n = hits = 0
    for t in tokens:
        n += 1
        hits += t.lower() in stop
    return hits / n if n else 0.0


class WordSignals(NamedTuple):
    """Function-word counts of a run of tokens.

    ``words`` counts the tokens that can carry evidence: lowercase words plus
    capitalised function words ("The", "Der"). Capitalised other words (names,
    German nouns), numbers and codes are left out, so a paragraph full of
    names or figures is neither English nor foreign by these counts.
    """

    words: int
    english: int
    foreign: int
    #: Short English words that other languages share (a, in, to, at, no...):
    #: too ambiguous to prove English, enough to doubt "no English at all".
    weak: int = 0

    @property
    def english_ratio(self) -> float:
        """English function words per counted word (0.0 when nothing counted)."""
        return self.english / self.words if self.words else 0.0

    @property
    def foreign_ratio(self) -> float:
        """Foreign function words per counted word."""
        return self.foreign / self.words if self.words else 0.0


# The homographs english_stopwords.txt leaves out on purpose (see its header).
_WEAK_ENGLISH = frozenset("a an i in on at to is was as be do no so will man also over even me".split())


def word_signals(tokens: Sequence["Token"]) -> WordSignals:
    """English and foreign function-word counts of ``tokens`` (see WordSignals): exact but
    per token; documents use cheaper whole-paragraph counts first, this only where in doubt."""
    return _count_signals((t.text, t.lower) for t in tokens)


def _token_signals(doc: "Document", lo: int, hi: int) -> WordSignals:
    """:func:`word_signals` of ``doc.tokens[lo:hi]``, from the token columns."""
    texts, _, _, lowers = doc.token_columns
    return _count_signals(zip(texts[lo:hi], lowers[lo:hi]))


def _count_signals(words_and_lowers: Iterable[tuple[str, str]]) -> WordSignals:
    stop = english_stopwords()
    foreign = foreign_function_words()
    words = en = fo = weak = 0
    for text, low in words_and_lowers:
        if low in stop:
            en += 1
            words += 1
        elif low in foreign:
            fo += 1
            words += 1
        elif text.islower():
            words += 1
            weak += low in _WEAK_ENGLISH
    return WordSignals(words, en, fo, weak)


_PARAGRAPH_TEXT = itemgetter(3)  # Paragraph.text
_START = itemgetter(1)  # Paragraph.start
_END = itemgetter(2)  # Paragraph.end
_LO = itemgetter(0)
_HI = itemgetter(1)




def guess_latin_language(lows: Iterable[str]) -> str:
    """The language whose function words occur most among ``lows`` ("" if none)."""
    foreign = foreign_function_words()
    votes: dict[str, int] = {}
    for w in lows:
        lang = foreign.get(w)
        if lang:
            votes[lang] = votes.get(lang, 0) + 1
    if not votes:
        return ""
    return max(sorted(votes), key=votes.__getitem__)


def prose_sample(doc: "Document", max_chars: int = SAMPLE_CHARS) -> str:
    """The first ``max_chars`` characters of the document's prose, paragraphs joined."""
    parts: list[str] = []
    size = 0
    for p in doc.paragraphs:
        parts.append(p.text)
        size += len(p.text) + 1
        if size >= max_chars:
            break
    return "\n".join(parts)[:max_chars]


# -- per-document signals ----------------------------------------------------------


class Candidate(NamedTuple):
    """A paragraph or sentence whose cheap signals say it may not be English.

    ``reason`` is ``"script"`` (mostly non-Latin letters) or ``"words"``
    (Latin script with almost no English function words). ``guess`` is a
    language code from foreign function words, ``"und"`` when only the script
    or the absence of English is known.
    """

    start: int
    end: int
    kind: str  # "paragraph" | "sentence"
    reason: str  # "script" | "words"
    script: str
    guess: str
    signals: WordSignals
    profile: ScriptProfile


class LanguageSignals(NamedTuple):
    """Cheap language evidence for one document (``doc.view("language.signals")``).

    ``tokens``, ``english`` and ``foreign`` count every word token of the
    prose and the English / foreign function words among them.
    """

    profile: ScriptProfile  # letters of the whole prose, by script
    tokens: int
    english: int
    foreign: int
    candidates: tuple[Candidate, ...]
    candidate_chars: int  # prose characters covered by paragraph candidates
    english_chars: int  # prose characters in paragraphs that look English
    prose_chars: int

    @property
    def english_ratio(self) -> float:
        """English function words per word token (names and numbers included)."""
        return self.english / self.tokens if self.tokens else 0.0

    @property
    def looks_english(self) -> bool:
        """True when the prose is confidently English without langdetect."""
        return (
            self.profile.latin_share >= 0.9
            and self.tokens >= 8
            and self.english_ratio >= _DOC_ENGLISH_RATIO
            and self.english >= 3 * self.foreign
        )

    @property
    def foreign_share(self) -> float:
        """Share of the prose in paragraphs that look foreign (0..1)."""
        return self.candidate_chars / self.prose_chars if self.prose_chars else 0.0

    @property
    def english_share(self) -> float:
        """Share of the prose in paragraphs with clear English evidence (0..1)."""
        return self.english_chars / self.prose_chars if self.prose_chars else 0.0


# Thresholds, measured on native-en (per-paragraph English ratio of clean news
# rarely drops below 0.15 once a paragraph has a dozen counted words) and on
# hand-written French/German/Spanish/Italian/Dutch text (0.00-0.05).
_DOC_ENGLISH_RATIO = 0.18
_PARA_ENGLISH_RATIO = 0.15  # a paragraph at least this English looks English
_MIN_WORDS = 5  # counted words a paragraph needs before words can judge it
_PARA_MAX_ENGLISH = 0.10  # fewer English function words than this ...
_PARA_MIN_FOREIGN = 0.15  # ... and at least this share of foreign ones
_PARA_LONG = 15  # a paragraph this long with no English at all is suspect too
_PARA_LONG_MAX_ENGLISH = 0.04
_PARA_LONG_MAX_WEAK = 0.05
_SENT_MIN_WORDS = 6
_SENT_MIN_FOREIGN = 0.3
_SCRIPT_MIN_LETTERS = 15  # non-Latin letters a paragraph needs
_SCRIPT_MIN_SHARE = 0.5
_SENT_SCRIPT_MIN_LETTERS = 25  # a sentence needs more: short quotes are normal
_SENT_SCRIPT_MIN_SHARE = 0.6


def _words_foreign(w: WordSignals, long_ok: bool = True) -> bool:
    if w.words < _MIN_WORDS or w.english_ratio >= _PARA_MAX_ENGLISH:
        return False
    if w.foreign_ratio >= _PARA_MIN_FOREIGN and w.foreign >= 2:
        return True
    # No known function words of any language: a long run of lowercase words
    # with neither English nor shared short words (a, in, to, at) is likely a
    # language without a list (Vietnamese, Indonesian...); lists of
    # ingredients or schedules still carry "a", "in", "at".
    return (
        long_ok
        and w.words >= _PARA_LONG
        and w.english_ratio <= _PARA_LONG_MAX_ENGLISH
        and w.weak <= _PARA_LONG_MAX_WEAK * w.words
    )


_KINDS: dict[str, int] | None = None


def _word_kinds() -> dict[str, int]:
    global _KINDS
    if _KINDS is None:
        kinds = dict.fromkeys(foreign_function_words(), 2)
        kinds.update(dict.fromkeys(english_stopwords(), 1))
        _KINDS = kinds
    return _KINDS


@analysis("language.signals", needs=(token_lowers, paragraph_token_bounds))
def language_signals(doc: "Document") -> LanguageSignals:
    # Runs on every document, so the common path is C-level: one dict-lookup
    # map over the shared lowercase tokens, then counts per paragraph.
    # Exact per-token counts (word_signals) only for paragraphs in doubt.
    lows = token_lowers(doc)
    # One dict lookup per token: 1 = English function word, 2 = foreign one,
    # 0 = neither; kept as bytes, whose count() is a C loop over a range.
    kinds = bytes(map(_word_kinds().get, lows, repeat(0)))
    paragraphs = doc.paragraphs
    doc_profile = script_profile("\n".join(map(_PARAGRAPH_TEXT, paragraphs)))
    bounds = paragraph_token_bounds(doc)
    # Per paragraph, in C-level maps: characters, tokens, English function words.
    # (arrays of machine ints: a 10 MB text may hold millions of paragraphs)
    sizes = array("l", map(sub, map(_END, paragraphs), map(_START, paragraphs)))
    los = getattr(bounds, "a", None) or array("l", map(_LO, bounds))
    his = getattr(bounds, "b", None) or array("l", map(_HI, bounds))
    ens = array("l", map(kinds.count, repeat(1), los, his))
    # Without non-Latin letters anywhere (the usual case) no paragraph needs
    # a script profile, and without foreign function words no sentence check.
    scan = _Scan(doc, lows, kinds, bounds, doc_profile.non_latin > 0, kinds.count(2))
    candidates: list[Candidate] = []
    covered = 0
    for i in _paragraphs_in_doubt(scan, ens, los, his):
        whole = scan.paragraph(i, ens[i], candidates)
        covered += sizes[i] if whole else 0
    english = sum(size for size, e, lo, hi in zip(sizes, ens, los, his)
                  if e >= 2 and e >= _PARA_ENGLISH_RATIO * (hi - lo))
    return LanguageSignals(
        profile=doc_profile,
        tokens=len(doc.token_starts),
        english=kinds.count(1),
        foreign=scan.foreign_total,
        candidates=tuple(candidates),
        candidate_chars=covered,
        english_chars=english,
        prose_chars=sum(sizes),
    )


def _paragraphs_in_doubt(scan: "_Scan", ens: Sequence[int], los: Sequence[int], his: Sequence[int]) -> Iterable[int]:
    """Indexes of the paragraphs :meth:`_Scan.paragraph` may find something in."""
    if scan.mixed_script:
        return range(len(ens))
    # Without a script profile, a paragraph is only looked at when it has
    # few English function words or some foreign ones: the rest of the
    # loop does nothing for the others.
    todo = [i for i, (e, lo, hi) in enumerate(zip(ens, los, his))
            if hi - lo >= _MIN_WORDS and e < _PARA_MAX_ENGLISH * (hi - lo)]
    if scan.foreign_total >= 2:
        foreign = map(scan.kinds.count, repeat(2), los, his)
        todo = sorted(set(todo).union(i for i, f in enumerate(foreign) if f >= 2))
    return todo


_NO_PROFILE = ScriptProfile(0, 0)


class _Scan(NamedTuple):
    """What the paragraph and sentence checks of one document share."""

    doc: "Document"
    lows: Sequence[str]
    kinds: bytes
    bounds: Sequence[tuple[int, int]]
    mixed_script: bool
    foreign_total: int

    def paragraph(self, i: int, e: int, out: list[Candidate]) -> bool:
        """Add paragraph ``i`` (or foreign sentences in it) to ``out``; True
        when the whole paragraph is a candidate. ``e``: its English function words."""
        p = self.doc.paragraphs[i]
        lo, hi = self.bounds[i]
        n = hi - lo
        prof = _NO_PROFILE
        if self.mixed_script:
            prof = script_profile(p.text)
            if prof.non_latin >= _SCRIPT_MIN_LETTERS and prof.latin_share <= 1 - _SCRIPT_MIN_SHARE:
                w = _token_signals(self.doc, lo, hi)
                out.append(Candidate(p.start, p.end, "paragraph", "script", prof.dominant, "und", w, prof))
                return True
        # e/n is a lower bound of the exact ratio (which leaves names and
        # numbers out of the denominator), so this gate loses no candidate.
        f = 0
        if n >= _MIN_WORDS and e < _PARA_MAX_ENGLISH * n:
            w = _token_signals(self.doc, lo, hi)
            if _words_foreign(w):
                guess = guess_latin_language(self.lows[lo:hi]) or "und"
                out.append(Candidate(p.start, p.end, "paragraph", "words", "latin", guess, w, prof))
                return True
            f = w.foreign
        elif self.foreign_total >= 2:
            f = self.kinds.count(2, lo, hi)
        # A foreign sentence inside an English paragraph: only look when the
        # paragraph shows some foreign evidence at all.
        if f >= 2 or (self.mixed_script and prof.non_latin >= _SENT_SCRIPT_MIN_LETTERS):
            self.sentences(p, prof, out)
        return False

    def sentences(self, p: "Paragraph", prof: ScriptProfile, out: list[Candidate]) -> None:
        """Add the sentences of paragraph ``p`` that are in another script or language."""
        doc, starts, left = self.doc, self.doc.token_starts, bisect.bisect_left
        sentences = doc.sentences
        si = left(doc.sentence_starts, p.start)
        while si < len(sentences) and sentences[si].start < p.end:
            s = sentences[si]
            si += 1
            if s.start == p.start and s.end == p.end:
                break  # one-sentence paragraph: judged with the paragraph
            slo, shi = left(starts, s.start), left(starts, s.end)
            sw = _token_signals(doc, slo, shi)
            sprof = script_profile(s.text) if prof.non_latin else _NO_PROFILE
            if sprof.non_latin >= _SENT_SCRIPT_MIN_LETTERS and sprof.latin_share <= 1 - _SENT_SCRIPT_MIN_SHARE:
                out.append(Candidate(s.start, s.end, "sentence", "script", sprof.dominant, "und", sw, sprof))
            elif (sw.words >= _SENT_MIN_WORDS and sw.english == 0 and sw.foreign_ratio >= _SENT_MIN_FOREIGN
                  and sw.foreign >= 2):
                guess = guess_latin_language(self.lows[slo:shi]) or "und"
                out.append(Candidate(s.start, s.end, "sentence", "words", "latin", guess, sw, sprof))


def foreign_paragraph_candidates(doc: "Document") -> tuple[Candidate, ...]:
    """Paragraphs (and sentences) that cheap signals say may not be English.

    A paragraph is a candidate when most of its letters are non-Latin (at
    least 15 of them), or when among its counted words (lowercase words and
    capitalised function words; names and numbers do not count) at least 5
    are present, fewer than 10 % are English function words, and either 15 %
    are function words of another language or the paragraph is long (15+
    counted words) with almost no English at all. Inside otherwise English
    paragraphs, single sentences qualify on stricter terms (6+ words, no
    English function word, 30 % foreign ones; or 25+ non-Latin letters).
    Cached with ``doc.view("language.signals", ...)``; cheap enough for every
    document. Confirm with :func:`foreign_passages` before reporting.
    """
    return language_signals(doc).candidates


@dataclass(frozen=True)
class ForeignPassage:
    """A candidate confirmed by langdetect as not in the expected language."""

    candidate: Candidate
    lang: str
    probability: float


def foreign_passages(doc: "Document", expected: str = "en", min_probability: float = 0.8) -> tuple[ForeignPassage, ...]:
    """Candidates that langdetect confirms are not in ``expected``.

    langdetect runs once per candidate (bounded to :data:`SAMPLE_CHARS`), so
    the cost is zero on the usual document without candidates. Script
    candidates in a script the expected language does not use are accepted
    as they are when langdetect is unsure (short CJK runs). Cached per
    ``(expected, min_probability)``.
    """
    key = f"language.passages:{expected}:{min_probability}"
    return doc.view(key, lambda d: _confirm(d, expected, min_probability))


def _confirm(doc: "Document", expected: str, min_probability: float) -> tuple[ForeignPassage, ...]:
    out: list[ForeignPassage] = []
    text = doc.text
    for c in foreign_paragraph_candidates(doc):
        lang, prob = detect_language(text[c.start : c.end])
        if lang != "unknown" and not same_language(lang, expected) and prob >= min_probability:
            out.append(ForeignPassage(c, lang, prob))
        elif c.reason == "script" and same_language(expected, "en") and lang == "unknown":
            out.append(ForeignPassage(c, c.script, 0.0))
    return tuple(out)
