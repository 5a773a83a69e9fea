"""The sources table and the trend per source, as text, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date
from typing import Iterable

from .sources import ArticleRow, SourceScore, SourceSettings, score_sources, tally_rows

__all__ = ["render_sources", "render_trend", "trend_rows", "period_of", "PERIODS"]

PERIODS = ("day", "week", "month")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _interval(share: float, iv: tuple[float, float]) -> str:
    return f"{_pct(share)} [{_pct(iv[0])}-{_pct(iv[1])}]"


def _costliest(s: SourceScore) -> str:
    fams = ", ".join(f"{f} -{p:g}" for f, p in s.families)
    rules = ", ".join(f"{c} {_pct(sh)}" for c, sh in s.rules)
    return "; ".join(part for part in (fams, rules) if part)


def _text(scores: list[SourceScore], confidence: float) -> str:
    if not scores:
        return "no article with a known source\n"
    width = min(40, max(6, *(len(s.source) for s in scores)))
    head = (f"{'source':<{width}}  {'articles':>8}  {'rejected [' + _pct(confidence) + ' CI]':<20}  "
            f"{'flagged [CI]':<20}  {'mean':>5}  {'copies':>6}  {'verdict':<19}  costliest (families; rules)\n")
    out = [head]
    for s in scores:
        name = s.source if len(s.source) <= width else "…" + s.source[-(width - 1):]
        copies = f"{s.degraded_copies}/{s.copies}" if s.copies else "-"
        out.append(f"{name:<{width}}  {s.articles:>8}  {_interval(s.rejected_share, s.rejected_interval):<20}  "
                   f"{_interval(s.flagged_share, s.flagged_interval):<20}  {s.mean_score:>5.1f}  {copies:>6}  "
                   f"{s.verdict:<19}  {_costliest(s)}".rstrip() + "\n")
    out.append(f"\n{len(scores)} source(s), best first; rejected includes degraded copies (copies: degraded/all)\n")
    return "".join(out)


_CSV_FIELDS = ("rank", "source", "articles", "rejected", "review", "rejected_share", "rejected_low",
               "rejected_high", "flagged_share", "flagged_low", "flagged_high", "mean_score", "copies",
               "degraded_copies", "verdict", "families", "rules")


def _csv(scores: list[SourceScore]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(_CSV_FIELDS)
    for rank, s in enumerate(scores, 1):
        d = s.to_dict()
        writer.writerow([rank, s.source, s.articles, s.rejected, s.review, d["rejected_share"],
                         *d["rejected_interval"], d["flagged_share"], *d["flagged_interval"], s.mean_score,
                         s.copies, s.degraded_copies, s.verdict,
                         " ".join(f"{f}:{p:g}" for f, p in s.families),
                         " ".join(f"{c}:{sh:g}" for c, sh in s.rules)])
    return buf.getvalue()


def render_sources(scores: list[SourceScore], fmt: str, settings: SourceSettings) -> str:
    """The sources table in ``fmt`` (text, json or csv)."""
    if fmt == "json":
        return json.dumps({"confidence": settings.confidence, "min_articles": settings.min_articles,
                           "sources": [dict(rank=i, **s.to_dict()) for i, s in enumerate(scores, 1)]},
                          indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return _csv(scores)
    return _text(scores, settings.confidence)


def period_of(linted_at: str, period: str) -> str:
    """The day (2026-12-06), ISO week (2026-W49) or month (2026-12) of a ledger time."""
    if period == "day":
        return linted_at[:10]
    if period == "month":
        return linted_at[:7]
    year, week, _ = date.fromisoformat(linted_at[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def trend_rows(rows: Iterable[ArticleRow], period: str, settings: SourceSettings) -> list[tuple[str, str, SourceScore]]:
    """``(source, period, figures of the articles linted in that period)``, by source then period."""
    groups: dict[tuple[str, str], list[ArticleRow]] = defaultdict(list)
    for row in rows:
        groups[(row.source, period_of(row.linted_at, period))].append(row)
    out = []
    for (source, when), members in sorted(groups.items()):
        (score,) = score_sources(tally_rows(members, settings), settings)
        out.append((source, when, score))
    return out


def render_trend(trend: list[tuple[str, str, SourceScore]], fmt: str) -> str:
    """The trend per source in ``fmt``."""
    if fmt == "json":
        return json.dumps({"trend": [{"source": src, "period": when, "articles": s.articles,
                                      "rejected_share": round(s.rejected_share, 3),
                                      "flagged_share": round(s.flagged_share, 3), "mean_score": s.mean_score}
                                     for src, when, s in trend]}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(("source", "period", "articles", "rejected_share", "flagged_share", "mean_score"))
        for src, when, s in trend:
            w.writerow((src, when, s.articles, round(s.rejected_share, 3), round(s.flagged_share, 3), s.mean_score))
        return buf.getvalue()
    if not trend:
        return "no article in the ledger for that period\n"
    width = min(40, max(6, *(len(src) for src, _, _ in trend)))
    out = [f"{'source':<{width}}  {'period':<10}  {'articles':>8}  {'rejected':>8}  {'flagged':>7}  {'mean':>5}\n"]
    for src, when, s in trend:
        out.append(f"{src:<{width}}  {when:<10}  {s.articles:>8}  {_pct(s.rejected_share):>8}  "
                   f"{_pct(s.flagged_share):>7}  {s.mean_score:>5.1f}\n")
    return "".join(out)


def scores_of_rows(rows: Iterable[ArticleRow], settings: SourceSettings) -> list[SourceScore]:
    """Figures of every source in ``rows``, best first."""
    return score_sources(tally_rows(rows, settings), settings)
