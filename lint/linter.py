"""The engine: document in, report out.

:class:`Linter` is pure and picklable (configuration plus rule instances), so
any executor (a process pool, Dask, datatrove) can ship it to workers and map
:meth:`Linter.lint` over documents.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .config import Config
from .document import Document
from .finding import Finding
from .registry import load_rules
from .rule import Rule, RuleError
from .score import finding_cost, score_findings
from .suppress import parse_suppressions

__all__ = ["Linter", "Report", "lint_text", "RECORD_SCHEMA_VERSION", "InternalError"]

RECORD_SCHEMA_VERSION = "1.0"


class InternalError(Rule):
    """A rule crashed on this document; its findings for it are missing.

    What it finds:
    Nothing in the article: it marks that a rule raised an exception while
    checking this document, so the report is incomplete for that rule.

    Why it matters:
    A pipeline must not lose a document because one rule has a bug, but it
    must know the report is partial.

    How to fix:
    Report the bug with the message and the article. The rest of the report
    is valid.
    """

    code = "SL001"
    name = "internal-error"
    family = "internal"
    severity = "warning"


@dataclass
class Report:
    """The outcome of linting one input document (or failing to read it)."""

    id: str
    path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"
    error: str | None = None
    words: int = 0
    score: float | None = None
    verdict: str | None = None
    families: dict[str, float] = field(default_factory=dict)
    metrics: dict[str, float] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    explanation: list[dict[str, Any]] = field(default_factory=list)
    line: int | None = None
    document: Document | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record (see ``sourcelint/schema/record.schema.json``)."""
        return {
            "schema_version": RECORD_SCHEMA_VERSION,
            "id": self.id,
            "path": self.path,
            "line": self.line,
            "metadata": self.metadata,
            "status": self.status,
            "error": self.error,
            "words": self.words,
            "score": self.score,
            "verdict": self.verdict,
            "families": self.families,
            "metrics": self.metrics,
            "explanation": self.explanation,
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def failed(cls, id: str, error: str, path: str | None = None, line: int | None = None,
               metadata: dict[str, Any] | None = None) -> "Report":
        """A record for an input that could not be read or linted."""
        return cls(id=id, path=path, line=line, status="error", error=error, metadata=metadata or {})


class Linter:
    """Runs the selected rules over documents and scores them."""

    def __init__(self, config: Config | None = None, rules: Sequence[type[Rule]] | None = None) -> None:
        self.config = config or Config()
        available = {r.code: r for r in rules} if rules is not None else load_rules(self.config.plugins)
        for code in self.config.rule_options:
            if code not in available:
                raise RuleError(f"{self.config.source or 'config'}: rules.{code}: no such rule")
        self.rules: list[Rule] = []
        for code, cls in available.items():
            if self.config.is_selected(code, cls.family):
                opts = dict(self.config.rule_options.get(code, {}))
                for option, setting in cls.from_config.items():
                    opts.setdefault(option, getattr(self.config, setting))
                self.rules.append(cls(**opts))
        self._severity: dict[str, str] = {}
        for rule in self.rules:
            for sel, sev in self.config.severity.items():
                if rule.code.startswith(sel) or sel == rule.family:
                    self._severity[rule.code] = sev

    def lint(self, doc: Document) -> Report:
        """Lint one document. Never raises for a rule's bug: see SL001."""
        if len(doc.text) > self.config.max_document_chars:
            return Report.failed(
                doc.id,
                f"document has {len(doc.text):,} characters, over the limit of "
                f"{self.config.max_document_chars:,} (max-document-chars)",
                path=doc.path,
                metadata=doc.metadata,
            )
        findings: list[Finding] = []
        metrics: dict[str, float] = {}
        internal = InternalError()
        for rule in self.rules:
            try:
                produced = list(rule.check(doc))
                for key, value in rule.measure(doc).items():
                    metrics[key] = round(float(value), 4)
            except Exception as exc:  # one rule's bug must not lose the document
                tb = traceback.extract_tb(exc.__traceback__)[-1]
                findings.append(
                    internal.finding(
                        doc, 0, 0,
                        f"rule {rule.code} ({rule.name}) raised {type(exc).__name__}: {exc} "
                        f"at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno}",
                        extent=0.0,
                    )
                )
                continue
            override = self._severity.get(rule.code)
            for f in produced:
                if override:
                    f.severity = override
                findings.append(f)
        findings = parse_suppressions(doc.text).filter(findings)
        findings.sort(key=Finding.sort_key)
        words = doc.word_count
        card = score_findings(
            findings,
            words,
            pass_threshold=self.config.pass_threshold,
            review_threshold=self.config.review_threshold,
            family_weights=self.config.family_weights,
        )
        return Report(
            id=doc.id,
            path=doc.path,
            metadata=doc.metadata,
            words=words,
            score=card.score,
            verdict=card.verdict,
            families=card.families,
            metrics=metrics,
            findings=findings,
            explanation=_explain(card.costs, findings, words),
            document=doc,
        )

    def lint_text(self, text: str, id: str = "<text>", metadata: Mapping[str, Any] | None = None,
                  path: str | None = None) -> Report:
        """Lint a string."""
        return self.lint(Document(text, id=id, path=path, metadata=dict(metadata or {})))

    def lint_many(self, items: Iterable[str | Mapping[str, Any] | Document]) -> Iterator[Report]:
        """Lint a stream of strings, records (``text``/``id`` fields) or Documents, in order.

        A record without a string text yields an error report, never an
        exception, so one bad record cannot stop a stream.
        """
        text_field, id_field = self.config.text_field, self.config.id_field
        for n, item in enumerate(items):
            if isinstance(item, Document):
                yield self.lint(item)
            elif isinstance(item, str):
                yield self.lint_text(item, id=str(n))
            elif isinstance(item, Mapping):
                rid = str(item.get(id_field, n))
                meta = {k: v for k, v in item.items() if k not in (text_field, id_field)}
                text = item.get(text_field)
                if not isinstance(text, str):
                    why = f"missing field {text_field!r}" if text is None else f"field {text_field!r} is not a string"
                    yield Report.failed(rid, why, metadata=meta)
                else:
                    yield self.lint_text(text, id=rid, metadata=meta)
            else:
                yield Report.failed(str(n), f"cannot lint a {type(item).__name__}")


def _explain(costs: Mapping[str, float], findings: Sequence[Finding], words: int) -> list[dict[str, Any]]:
    """The families that cost points, each with its most expensive findings."""
    out = []
    for fam, lost in sorted(costs.items(), key=lambda kv: -kv[1]):
        fam_findings = [f for f in findings if f.family == fam]
        fam_findings.sort(key=lambda f: -finding_cost(f, words))
        top = {}
        for f in fam_findings:
            top[f.code] = top.get(f.code, 0) + 1
        out.append({"family": fam, "points_lost": lost, "codes": top})
    return out


_default_linter: Linter | None = None


def lint_text(text: str, id: str = "<text>", config: Config | None = None,
              metadata: Mapping[str, Any] | None = None) -> Report:
    """Lint one article with the default rules (or ``config``); returns a Report."""
    global _default_linter
    if config is not None:
        return Linter(config).lint_text(text, id=id, metadata=metadata)
    if _default_linter is None:
        _default_linter = Linter()
    return _default_linter.lint_text(text, id=id, metadata=metadata)
