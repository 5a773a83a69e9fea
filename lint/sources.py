"""Which source an article came from, and how reliable each source is.

An article's *source* is the outlet, feed or domain that sent it: the
``source-field`` of its metadata (default ``source``), else the host of its
``url``, else the folder of its file (not for JSONL records, whose file is
only the container). Articles without any of these have no source.

The source model (the README repeats it for users):

* A source's articles are counted once each (re-linting replaces).
* *Rejected* articles are those with the verdict ``reject``, plus degraded
  copies: a copy of an earlier article (see :mod:`~sourcelint.copies_across`)
  that scores at least ``copy-margin`` points below its original, whatever
  its own verdict, since republishing damaged copies is what content farms do.
* *Flagged* articles are the rejected ones plus those in ``review``.
* Both shares come with a Wilson score interval (``confidence``, default
  95%), so 2 clean articles do not outrank 200: sources are ranked by the
  interval's upper bound of the rejected share, then of the flagged share
  (pessimistic: a source must show many clean articles to rank first), then
  by mean score.
* Verdict: ``not enough articles`` below ``min-articles``; ``unreliable``
  when the lower bound of the rejected share is at or above
  ``reject-share``; ``reliable`` when the upper bound of the flagged share
  is below ``review-share``; else ``mixed``.
"""

from __future__ import annotations

import math
import posixpath
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping
from urllib.parse import urlsplit

__all__ = ["SourceSettings", "ArticleRow", "SourceTally", "SourceScore", "source_of", "wilson",
           "parse_source_settings", "score_sources", "row_from_record", "row_from_report", "tally_rows",
           "RunSources", "rank_key", "SOURCE_VERDICTS"]

SOURCE_VERDICTS = ("reliable", "mixed", "unreliable", "not enough articles")


@dataclass(frozen=True)
class SourceSettings:
    """Thresholds of the source model (``[tool.sourcelint.sources]``)."""

    min_articles: int = 5
    reject_share: float = 0.2
    review_share: float = 0.3
    confidence: float = 0.95
    copy_similarity: float = 0.5
    copy_margin: float = 5.0


_SETTING_KEYS = {
    "min-articles": ("min_articles", int, 1, 10**9),
    "reject-share": ("reject_share", float, 0.0, 1.0),
    "review-share": ("review_share", float, 0.0, 1.0),
    "confidence": ("confidence", float, 0.5, 0.999),
    "copy-similarity": ("copy_similarity", float, 0.05, 1.0),
    "copy-margin": ("copy_margin", float, 0.0, 100.0),
}


def parse_source_settings(value: Any, err: Callable[[str, str], Exception]) -> SourceSettings:
    """Validate the ``[sources]`` table; ``err(key, message)`` builds the error to raise."""
    if not isinstance(value, dict):
        raise err("sources", "expected a table")
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key not in _SETTING_KEYS:
            raise err(f"sources.{key}", f"unknown key (known: {', '.join(_SETTING_KEYS)})")
        name, kind, lo, hi = _SETTING_KEYS[key]
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) and (kind is float or isinstance(v, int))
        if not ok or not lo <= v <= hi:
            what = "an integer" if kind is int else "a number"
            raise err(f"sources.{key}", f"expected {what} from {lo:g} to {hi:g}")
        out[name] = kind(v)
    return SourceSettings(**out)


def source_of(metadata: Mapping[str, Any], path: str | None, source_field: str = "source") -> str | None:
    """The source of an article: the metadata field, the host of ``url``, the folder of its file."""
    value = metadata.get(source_field)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    url = metadata.get("url")
    if isinstance(url, str) and url.strip():
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return host[4:] if host.startswith("www.") else host
    if path and path != "-" and not path.endswith(".jsonl"):
        folder = posixpath.dirname(path.replace("\\", "/"))
        return folder or "."
    return None


def wilson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval of the share ``k / n`` (``(0, 1)`` when ``n`` is 0)."""
    if n <= 0:
        return 0.0, 1.0
    z = _z(confidence)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # The bounds are exact at the ends (the arithmetic leaves 1e-17 behind).
    return (0.0 if k == 0 else max(0.0, centre - half)), (1.0 if k == n else min(1.0, centre + half))


def _z(confidence: float) -> float:
    """The two-sided normal quantile for ``confidence`` (bisection on erf; no scipy needed)."""
    target = confidence
    lo, hi = 0.0, 10.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if math.erf(mid / math.sqrt(2)) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


@dataclass
class ArticleRow:
    """What the source model needs of one article (a ledger row)."""

    source: str
    id: str
    score: float
    verdict: str
    words: int = 0
    costs: dict[str, float] = field(default_factory=dict)   # family -> points lost
    codes: dict[str, int] = field(default_factory=dict)     # rule code -> findings
    copy_of: str | None = None
    copy_source: str | None = None
    similarity: float | None = None
    original_score: float | None = None
    linted_at: str = ""

    def degraded(self, margin: float) -> bool:
        """A copy scoring at least ``margin`` points below its original."""
        return (self.copy_of is not None and self.original_score is not None
                and self.score <= self.original_score - margin)


def row_from_record(record: Mapping[str, Any], source: str, linted_at: str = "") -> ArticleRow | None:
    """The row of a linted record (a Report's ``to_dict()``), or None for an error record."""
    if record.get("status", "ok") != "ok" or record.get("score") is None:
        return None
    codes: Counter = Counter(f["code"] for f in record.get("findings", ()) if f.get("family") != "internal")
    costs = {e["family"]: float(e["points_lost"]) for e in record.get("explanation", ())}
    copy = record.get("copy_of") or {}
    return ArticleRow(
        source=source, id=str(record["id"]), score=float(record["score"]), verdict=str(record["verdict"]),
        words=int(record.get("words") or 0), costs=costs, codes=dict(codes),
        copy_of=copy.get("id"), copy_source=copy.get("source"), similarity=copy.get("similarity"),
        original_score=copy.get("original_score"), linted_at=linted_at,
    )


@dataclass
class SourceTally:
    """Running totals of one source; adding rows one by one keeps memory flat."""

    source: str
    articles: int = 0
    rejected: int = 0
    review: int = 0
    degraded: int = 0
    copies: int = 0
    score_sum: float = 0.0
    family_cost: Counter = field(default_factory=Counter)
    rule_articles: Counter = field(default_factory=Counter)

    def add(self, row: ArticleRow, margin: float) -> None:
        """Count one article."""
        self.articles += 1
        degraded = row.degraded(margin)
        self.copies += row.copy_of is not None
        self.degraded += degraded
        if row.verdict == "reject" or degraded:
            self.rejected += 1
        elif row.verdict == "review":
            self.review += 1
        self.score_sum += row.score
        self.family_cost.update(row.costs)
        self.rule_articles.update(row.codes.keys())


@dataclass(frozen=True)
class SourceScore:
    """The figures and verdict of one source."""

    source: str
    articles: int
    rejected: int
    review: int
    rejected_share: float
    rejected_interval: tuple[float, float]
    flagged_share: float
    flagged_interval: tuple[float, float]
    mean_score: float
    copies: int
    degraded_copies: int
    families: list[tuple[str, float]]   # mean points lost per article, costliest first
    rules: list[tuple[str, float]]      # share of articles with a finding of the rule
    verdict: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures (shares and intervals rounded to 3 decimals)."""
        return {
            "source": self.source, "articles": self.articles, "rejected": self.rejected, "review": self.review,
            "rejected_share": round(self.rejected_share, 3),
            "rejected_interval": [round(x, 3) for x in self.rejected_interval],
            "flagged_share": round(self.flagged_share, 3),
            "flagged_interval": [round(x, 3) for x in self.flagged_interval],
            "mean_score": self.mean_score, "copies": self.copies, "degraded_copies": self.degraded_copies,
            "families": [{"family": f, "points_lost": p} for f, p in self.families],
            "rules": [{"code": c, "share": s} for c, s in self.rules],
            "verdict": self.verdict,
        }


def _score_one(t: SourceTally, settings: SourceSettings) -> SourceScore:
    n = t.articles
    flagged = t.rejected + t.review
    rej_iv = wilson(t.rejected, n, settings.confidence)
    flag_iv = wilson(flagged, n, settings.confidence)
    if n < settings.min_articles:
        verdict = "not enough articles"
    elif rej_iv[0] >= settings.reject_share:
        verdict = "unreliable"
    elif flag_iv[1] < settings.review_share:
        verdict = "reliable"
    else:
        verdict = "mixed"
    families = sorted(((f, round(c / n, 1)) for f, c in t.family_cost.items() if c > 0), key=lambda x: (-x[1], x[0]))
    rules = sorted(((c, round(k / n, 3)) for c, k in t.rule_articles.items()), key=lambda x: (-x[1], x[0]))
    return SourceScore(
        source=t.source, articles=n, rejected=t.rejected, review=t.review,
        rejected_share=t.rejected / n, rejected_interval=rej_iv, flagged_share=flagged / n,
        flagged_interval=flag_iv, mean_score=round(t.score_sum / n, 1), copies=t.copies,
        degraded_copies=t.degraded, families=families[:3], rules=rules[:3], verdict=verdict,
    )


def rank_key(s: SourceScore) -> tuple:
    """Best first; sources with too few articles last (their intervals are too wide to rank)."""
    return (s.verdict == "not enough articles", round(s.rejected_interval[1], 9), round(s.flagged_interval[1], 9),
            -s.mean_score, s.source)


def score_sources(tallies: Iterable[SourceTally], settings: SourceSettings | None = None) -> list[SourceScore]:
    """Every source's figures and verdict, best first."""
    settings = settings or SourceSettings()
    return sorted((_score_one(t, settings) for t in tallies if t.articles), key=rank_key)


def tally_rows(rows: Iterable[ArticleRow], settings: SourceSettings) -> list[SourceTally]:
    """Tallies of rows, one per source."""
    tallies: dict[str, SourceTally] = {}
    for row in rows:
        tally = tallies.get(row.source)
        if tally is None:
            tally = tallies[row.source] = SourceTally(row.source)
        tally.add(row, settings.copy_margin)
    return list(tallies.values())


def row_from_report(report: Any, linted_at: str = "") -> ArticleRow | None:
    """The row of a linted :class:`~sourcelint.linter.Report` with a source, or None."""
    if report.status != "ok" or report.score is None or report.source is None:
        return None
    codes: Counter = Counter(f.code for f in report.findings if f.family != "internal")
    copy = report.copy_of or {}
    return ArticleRow(
        source=report.source, id=report.id, score=float(report.score), verdict=str(report.verdict),
        words=report.words, costs={e["family"]: float(e["points_lost"]) for e in report.explanation},
        codes=dict(codes), copy_of=copy.get("id"), copy_source=copy.get("source"),
        similarity=copy.get("similarity"), original_score=copy.get("original_score"), linted_at=linted_at,
    )


class RunSources:
    """Per-source tallies of one run, fed report by report (the ``check`` summary).

    Only running totals and the keys seen are kept; an article seen twice in
    one run (same source and id) counts once.
    """

    def __init__(self, settings: SourceSettings | None = None) -> None:
        self.settings = settings or SourceSettings()
        self._tallies: dict[str, SourceTally] = {}
        self._seen: set[tuple[str, str]] = set()

    def add(self, row: ArticleRow | None) -> None:
        """Count an article once."""
        if row is None or (row.source, row.id) in self._seen:
            return
        self._seen.add((row.source, row.id))
        tally = self._tallies.get(row.source)
        if tally is None:
            tally = self._tallies[row.source] = SourceTally(row.source)
        tally.add(row, self.settings.copy_margin)

    def __len__(self) -> int:
        return len(self._tallies)

    def scores(self) -> list[SourceScore]:
        """Every source's figures, best first."""
        return score_sources(self._tallies.values(), self.settings)
