"""langdetect, faster and the same: one seeded detector per process, word
n-grams cached across calls, and an early stop once no language but the
ones the caller does not care about can reach the probability it asks for.

The probabilities are bit-for-bit langdetect's with ``DetectorFactory.seed
= 0`` (tests/test_language.py compares them on texts in many scripts).
"""

from __future__ import annotations

import re
from operator import mul
from typing import TYPE_CHECKING, Iterable


if TYPE_CHECKING:  # pragma: no cover
    from langdetect.detector_factory import DetectorFactory

__all__ = ["detect_language", "detector_factory", "langdetect_probabilities", "same_language", "SAMPLE_CHARS"]

#: How much prose langdetect sees at most: far more than it needs for a
#: confident answer, and it keeps a call near 5-10 ms.
SAMPLE_CHARS = 1500


_FACTORY: "DetectorFactory | None" = None


def detector_factory() -> "DetectorFactory":
    # One factory per process: loading the 55 profiles takes ~0.3 s.
    global _FACTORY
    if _FACTORY is None:
        from langdetect import DetectorFactory
        from langdetect.detector_factory import PROFILES_DIRECTORY

        DetectorFactory.seed = 0
        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        # The profiles' ~90,000 per-n-gram lists of 55 floats are only read:
        # as tuples (of untracked floats) the garbage collector stops
        # tracking them, where as lists every full collection walks all of
        # them (5 million references, about 0.3 s).
        wmap = factory.word_lang_prob_map
        for gram, probs in wmap.items():
            wmap[gram] = tuple(probs)
        # The instance attribute wins over the class one, so another library
        # resetting DetectorFactory.seed cannot make our results random.
        factory.set_seed(0)
        _FACTORY = factory
    return _FACTORY


# langdetect's detector spends its time in per-character and per-language
# Python loops. The subclass below does the same arithmetic in the same order
# (every float operation, every draw from the seeded generator), so its
# probabilities are bit-for-bit langdetect's, only with the loops moved into
# C-level ``map`` / ``str`` calls and the n-grams of each distinct word cached.
_DETECTOR_CLASS: type | None = None
_NORMALISED: dict[int, str] = {}  # code point -> NGram.normalize(ch), filled lazily
_WORD_NGRAMS: dict[str, list[str]] = {}  # word (+ " " if a space follows) -> its n-grams
_WORD_CACHE_SIZE = 50_000
_MULTI_SPACE_RE = re.compile(" {2,}")
_A_TO_LOWER_Z_RE = re.compile("[A-z]")  # langdetect's "latin": 'A' <= ch <= 'z'
# langdetect's "non-latin": ch >= U+0300 (its test meant to leave Latin
# Extended Additional out compares a block number with a block name, so it
# never does).
_LANGDETECT_NON_LATIN_RE = re.compile("[\u0300-\U0010ffff]")


def _word_ngrams(word: str, wmap: dict) -> list[str]:
    """The n-grams langdetect's NGram emits for one space-delimited word.

    Every word starts from the same state (the buffer reset to " " by the
    space before it, or the initial state), so the emitted n-grams depend on
    the word alone; ``word`` ends in " " when a space follows it.
    """
    out: list[str] = []
    grams = " "
    cap = False
    for ch in word:
        last = grams[-1]
        if last == " ":
            grams = " "
            cap = False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                cap = True
        else:
            cap = False
        if cap:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            w = grams[-n:]
            if w and w != " " and w in wmap:
                out.append(w)
    return out


class _FastLoops:
    """langdetect's Detector with identical results and faster loops (mixed
    in before Detector, which is imported only when first needed)."""

    #: Set by :func:`langdetect_probabilities`: ``(indices of the
    #: languages that do not count, probability)``; the detection stops as
    #: soon as no other language can reach that probability any more.
    rule_out: tuple[frozenset[int], float] | None = None
    ruled_out = False

    def append(self, text: str) -> None:
        from langdetect.utils.ngram import NGram

        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        # A space right after a space (of the input) is dropped.
        text = _MULTI_SPACE_RE.sub(" ", text[: self.max_text_length])
        self.text += text

    def cleaning_text(self) -> None:
        text = self.text
        if text.isascii():
            return  # no "non-latin" character: nothing to clean
        latin = len(_A_TO_LOWER_Z_RE.findall(text))
        non_latin = len(_LANGDETECT_NON_LATIN_RE.findall(text))
        if latin * 2 < non_latin:
            self.text = _A_TO_LOWER_Z_RE.sub("", text)

    def _extract_ngrams(self) -> list[str]:
        text = self.text
        missing = {ord(c) for c in set(text)} - _NORMALISED.keys()
        if missing:
            from langdetect.utils.ngram import NGram

            for cp in missing:
                _NORMALISED[cp] = NGram.normalize(chr(cp))
        words = text.translate(_NORMALISED).split(" ")
        wmap = self.word_lang_prob_map
        cache = _WORD_NGRAMS
        result: list[str] = []
        last = len(words) - 1
        for i, w in enumerate(words):
            if not w:
                continue
            key = w + " " if i < last else w
            grams = cache.get(key)
            if grams is None:
                if len(cache) >= _WORD_CACHE_SIZE:
                    cache.clear()  # bounded memory on long runs
                grams = cache[key] = _word_ngrams(key, wmap)
            result += grams
        return result

    def _detect_block(self) -> None:
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            from langdetect.lang_detect_exception import ErrorCode, LangDetectException

            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        n_lang = len(self.langlist)
        langprob = [0.0] * n_lang
        rnd = self.random
        rnd.seed(self.seed)
        n_trial = self.n_trial
        for trial in range(n_trial):
            alpha = self.alpha + rnd.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            prob = self._converge(ngrams, alpha / self.BASE_FREQ)
            for j in range(n_lang):
                langprob[j] += prob[j] / n_trial
            if self.rule_out is not None and self._hopeless(langprob, n_trial - trial - 1):
                self.ruled_out = True
                return
        self.langprob = langprob

    def _converge(self, ngrams: list[str], weight: float) -> list[float]:
        """One trial: n-grams drawn at random until one language dominates."""
        wmap, choice = self.word_lang_prob_map, self.random.choice
        limit, conv = self.ITERATION_LIMIT, self.CONV_THRESHOLD
        prob = self._init_probability()
        # ``prob[i] *= weight + lang_prob_map[i]``: the sums are the
        # same for every draw of an n-gram within a trial.
        factors: dict[str, list[float]] = {}
        i = 0
        while True:
            gram = choice(ngrams)
            f = factors.get(gram)
            if f is None:
                f = factors[gram] = [weight + x for x in wmap[gram]]
            prob = list(map(mul, prob, f))
            if i % 5 == 0:
                sump = sum(prob)
                prob = [p / sump for p in prob]
                if max(prob) > conv or i >= limit:
                    return prob
            i += 1

    def _hopeless(self, langprob: list[float], left: int) -> bool:
        """True when, with ``left`` trials to go, no language outside the
        ruled-out ones can end at the wanted probability, and some
        language is sure to end above PROB_THRESHOLD (so the full result
        would not be empty either)."""
        assert self.rule_out is not None
        excluded, wanted = self.rule_out
        rest = left / self.n_trial
        margin = 1e-6  # far above float rounding, far below any threshold
        if max(langprob) <= self.PROB_THRESHOLD + margin:
            return False
        return all(p + rest < wanted - margin for j, p in enumerate(langprob) if j not in excluded)


def _detector_class() -> type:
    global _DETECTOR_CLASS
    if _DETECTOR_CLASS is None:
        from langdetect.detector import Detector

        _DETECTOR_CLASS = type("FastDetector", (_FastLoops, Detector), {"__doc__": _FastLoops.__doc__})
    return _DETECTOR_CLASS


def langdetect_probabilities(text: str, unless: tuple[Iterable[str], float] | None = None) -> list | None:
    """``Detector.get_probabilities()`` of ``text`` on the shared, seeded factory.

    The same languages and probabilities as langdetect's own detector (and as
    ``langdetect.detect_langs`` with ``DetectorFactory.seed = 0``); raises
    ``LangDetectException`` when the text has no features. With ``unless =
    (codes, p)``, returns None instead as soon as it is certain that no
    language outside ``codes`` will come out with probability ``p`` or more
    (and that the result would not be empty): callers that only act on such
    a language skip the rest of the work.
    """
    factory = detector_factory()
    detector = _detector_class()(factory)
    if unless is not None:
        codes, wanted = unless
        codes = set(codes)
        detector.rule_out = (frozenset(i for i, lang in enumerate(factory.langlist) if lang in codes), wanted)
    detector.append(text)
    detector._detect_block()
    if detector.ruled_out:
        return None
    return detector.get_probabilities()


_SPACE_RE = re.compile(r"\s+")


def detect_language(
    text: str, max_chars: int = SAMPLE_CHARS, unless: tuple[str, float] | None = None
) -> tuple[str, float]:
    """The most probable language of ``text`` and its probability, deterministically.

    Only the first ``max_chars`` characters are used (cut at a space). Codes are
    langdetect's (``"en"``, ``"fr"``, ``"zh-cn"``...); ``("unknown", 0.0)`` when
    the text has nothing to detect on (digits, punctuation, empty).

    ``unless=(language, p)`` is for callers that only act on a language other
    than ``language`` (compared with :func:`same_language`) detected with
    probability ``p`` or more: ``("unknown", 0.0)`` is returned as soon as no
    such language can come out, which usually saves most of langdetect's work.
    Any other answer is the same as without ``unless``.
    """
    from langdetect.lang_detect_exception import LangDetectException

    if len(text) > max_chars:
        cut = text.rfind(" ", max_chars // 2, max_chars)
        text = text[: cut if cut != -1 else max_chars]
    text = _SPACE_RE.sub(" ", text)
    rule_out = None
    if unless is not None:
        expected, wanted = unless
        rule_out = ([code for code in detector_factory().langlist if same_language(code, expected)], wanted)
    try:
        best = langdetect_probabilities(text, rule_out)
    except LangDetectException:
        return "unknown", 0.0
    if not best:
        return "unknown", 0.0
    return best[0].lang, float(best[0].prob)


def same_language(a: str, b: str) -> bool:
    """True if two language codes name the same language ("zh-cn" ~ "zh", "en-GB" ~ "en")."""
    return a.lower().replace("_", "-").split("-")[0] == b.lower().replace("_", "-").split("-")[0]
