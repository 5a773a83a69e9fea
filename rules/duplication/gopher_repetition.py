"""DUP005: the Gopher repetition statistics over their thresholds."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from sourcelint.document import Document
from sourcelint.finding import Finding
from sourcelint.rule import Option, Rule, RuleError

from .exact import exact_runs, exact_runs_memo
from .gopher import DUP_NGRAMS, TOP_NGRAMS, gopher_statistics, gopher_view, gopher_view_memo, lines_of
from .near import near_duplicates, near_duplicates_memo
from .paragraphs import DEFAULT_MIN_WORDS, DEFAULT_NEAR_MIN_WORDS, DEFAULT_NEAR_THRESHOLD, DEFAULT_SENTENCE_MIN_WORDS, FAMILY, SHORT_LINE_WORDS, paragraph_keys
from .sentences import duplicated_sentences, duplicated_sentences_memo


def _threshold_pairs(value: object, name: str) -> tuple[tuple[int, float], ...]:
    """Parse an ``[[n, fraction], ...]`` option, or raise RuleError naming it."""
    try:
        pairs = tuple((int(n), float(t)) for n, t in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        pairs = ()
    if not pairs or any(n < 2 or not 0 <= t <= 1 for n, t in pairs):
        raise RuleError(f"DUP005: option {name!r} needs [n, fraction] pairs with n >= 2 and 0 <= fraction <= 1")
    return pairs


class GopherRepetition(Rule):
    """The Gopher repetition statistics exceed their thresholds.

    What it finds:
    The repetition statistics of the Gopher quality filter (Rae et al. 2021,
    table A1), computed on every document and reported as metrics
    (`duplication.dup_para_frac`, `duplication.dup_line_char_frac`,
    `duplication.top_2gram_char_frac`, `duplication.dup_5gram_char_frac`, ...):
    the share of paragraphs and lines that repeat an earlier one and of the
    characters in them; the share of word characters taken by the most
    frequent 2-, 3- and 4-gram; and the share of word characters covered by
    repeats of an earlier 5- to 10-gram. The finding is raised when one of
    them is over its threshold both on the whole text and once the copies
    already reported by DUP001 to DUP004 are left out (and, for the n-gram
    statistics, headings, which ledes and subheads restate; for the
    paragraph and line fractions, lines of under five words, which are the
    boilerplate rules' furniture: "Advertisement", "Read more"), so it flags
    repetition those rules do not describe: a phrase repeated over and
    over, keyword stuffing, templated text. Texts under `min-words` words are
    too short for these fractions to mean anything and get no finding. It is
    a document-level finding: its span is the whole prose, from the start of
    the first paragraph to the end of the last, and it does not count as
    covering that text in the score.

    Why it matters:
    Text that repeats itself this much is usually spam, boilerplate or a
    broken page; the Gopher thresholds were chosen to drop such documents
    from language-model training data.

    How to fix:
    Read the article for repeated phrases or lists and remove the
    repetition, or drop the document from the collection.
    """

    code = "DUP005"
    name = "gopher-repetition"
    family = FAMILY
    needs = (gopher_view_memo, paragraph_keys, exact_runs_memo, near_duplicates_memo, duplicated_sentences_memo)
    severity = "warning"
    fixable = False
    options = {
        "min-words": Option(
            50, "Texts with fewer words get the metrics but never the finding (Gopher's own length floor).", int, min=0
        ),
        "dup-para-frac": Option(0.30, "Maximum share of paragraphs repeating an earlier paragraph.", float, min=0.0, max=1.0),
        "dup-para-char-frac": Option(0.20, "Maximum share of characters in repeated paragraphs.", float, min=0.0, max=1.0),
        "dup-line-frac": Option(0.30, "Maximum share of lines repeating an earlier line.", float, min=0.0, max=1.0),
        "dup-line-char-frac": Option(0.20, "Maximum share of characters in repeated lines.", float, min=0.0, max=1.0),
        "top-n-grams": Option(
            [list(p) for p in TOP_NGRAMS],
            "[n, maximum] pairs: share of word characters taken by the most frequent n-gram.",
            list,
        ),
        "dup-n-grams": Option(
            [list(p) for p in DUP_NGRAMS],
            "[n, maximum] pairs: share of word characters covered by repeated n-grams.",
            list,
        ),
    }

    def __init__(self, **opts: object) -> None:
        super().__init__(**opts)
        self._top = _threshold_pairs(self.opts["top-n-grams"], "top-n-grams")
        self._dup = _threshold_pairs(self.opts["dup-n-grams"], "dup-n-grams")
        self._top_ns = tuple(sorted({n for n, _ in self._top}))
        self._dup_ns = tuple(sorted({n for n, _ in self._dup}))
        self._limits: dict[str, float] = {
            "dup_para_frac": self.opts["dup-para-frac"],
            "dup_para_char_frac": self.opts["dup-para-char-frac"],
            "dup_line_frac": self.opts["dup-line-frac"],
            "dup_line_char_frac": self.opts["dup-line-char-frac"],
        }
        self._limits.update({f"top_{n}gram_char_frac": t for n, t in self._top})
        self._limits.update({f"dup_{n}gram_char_frac": t for n, t in self._dup})

    def measure(self, doc: Document) -> dict[str, float]:
        """The Gopher statistics of the whole prose, as ``duplication.*`` metrics."""
        stats = gopher_view(doc, self._top_ns, self._dup_ns)
        return {f"duplication.{k}": v for k, v in stats.items()}

    def _over(self, stats: dict[str, float]) -> list[tuple[str, float, float]]:
        return [(k, stats[k], t) for k, t in self._limits.items() if stats.get(k, 0.0) > t]

    def _residual_stats(self, doc: Document) -> dict[str, float]:
        """Statistics once what other rules report or deliberately allow is left out.

        Left out: the copies reported by DUP001-DUP004 (with their default
        options), and for the n-gram statistics the words of headings, since
        a lede restating the headline or a subhead is news style.
        """
        info = paragraph_keys(doc)
        drop_paras: set[int] = set()
        for run in exact_runs(doc, DEFAULT_MIN_WORDS):
            drop_paras.update(range(run.copy_first, run.copy_last + 1))
        for near in near_duplicates(doc, DEFAULT_NEAR_THRESHOLD, DEFAULT_NEAR_MIN_WORDS):
            drop_paras.add(near.later)
        keep = [k for k in range(len(info.keys)) if k not in drop_paras]
        keys = [info.keys[k] for k in keep]
        paras = doc.paragraphs
        # Short repeated lines ("Advertisement", "Read more:", a dateline) are
        # furniture for the boilerplate rules, not the text repeating itself:
        # they leave the paragraph and line fractions (the n-grams keep them).
        lines = [ln for ln in lines_of(keys, (paras[k].text for k in keep)) if len(ln.split()) >= SHORT_LINE_WORDS]
        keys = [key for key in keys if len(key.split()) >= SHORT_LINE_WORDS]
        dropped_tokens: set[int] = set()
        for k in range(len(info.keys)):
            if k in drop_paras or info.heading[k]:
                dropped_tokens.update(range(info.lo[k], info.hi[k]))
        starts = doc.token_starts
        for dup in duplicated_sentences(doc, DEFAULT_SENTENCE_MIN_WORDS):
            s = doc.sentences[dup.later]
            dropped_tokens.update(range(bisect_left(starts, s.start), bisect_left(starts, s.end)))
        lows = [w for t, w in enumerate(info.lows) if t not in dropped_tokens]
        return gopher_statistics(keys, lines, lows, self._top_ns, self._dup_ns)

    def check(self, doc: Document) -> Iterator[Finding]:
        """Yield one document-level finding naming the statistics over threshold."""
        paras = doc.paragraphs
        if not paras or doc.word_count < self.opts["min-words"]:
            return
        # The residual statistics only ever withdraw a finding the whole
        # text's statistics call for, so clean texts cost nothing extra.
        if not self._over(gopher_view(doc, self._top_ns, self._dup_ns)):
            return
        over = self._over(self._residual_stats(doc))
        if not over:
            return
        worst = max(v / t if t else float("inf") for _, v, t in over)
        names = ", ".join(f"{k} {v:.3f} > {t:g}" for k, v, t in over)
        yield self.finding(
            doc,
            paras[0].start,
            paras[-1].end,
            f"the text repeats itself beyond the Gopher thresholds: {names}",
            confidence=min(1.0, 0.5 + 0.25 * worst),
            extent=0.0,
        )
