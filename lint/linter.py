"""The engine: document in, report out.

:class:`Linter` is pure and picklable (configuration plus rule instances), so
any executor (a process pool, Dask, datatrove) can ship it to workers and map
:meth:`Linter.lint` over documents.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .budget import Alarm, RuleTimeout
from .config import Config, matches
from .copies import fold_copies
from .document import Document
from .finding import FAMILIES, Finding
from .inputs import record_id
from .precedence import apply_precedence
from .record_model import RECORD_KEYS, RECORD_SCHEMA_VERSION
from .registry import load_rules
from .rule import Rule, RuleError
from .score import finding_cost, score_findings
from .sources import source_of
from .suppress import Suppressions, parse_suppressions

__all__ = ["Linter", "Report", "lint_text", "check_text_args", "unmatched_selectors", "resolve_rule_key",
           "RECORD_SCHEMA_VERSION", "InternalError", "TooManyFindings", "RuleTimeout"]


#: Report attributes in record order, after ``schema_version`` (a constant).
_RECORD_ATTRS = RECORD_KEYS[1:]
_record_values = attrgetter(*_RECORD_ATTRS)


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
    scope = "document"


class TooManyFindings(Rule):
    """A rule found more than ``max-findings-per-rule`` problems in this document.

    What it finds:
    Nothing in the article: it stands for the findings of one rule past the
    limit (1,000 by default), which are counted in the score but not listed.

    Why it matters:
    A pathological text (a megabyte of one-letter paragraphs) can give a
    rule hundreds of thousands of findings: listing each would make a record
    of hundreds of megabytes and exhaust memory.

    How to fix:
    Look at the listed findings of the rule named; raise
    ``max-findings-per-rule`` (0: no limit) to list them all.
    """

    code = "SL002"
    name = "too-many-findings"
    family = "internal"
    severity = "info"


class _Sieve:
    """Findings as rules yield them, one at a time: severity overrides applied,
    those silenced by directives counted, the first ``limit`` of each rule
    kept (all with 0) and the rest only tallied (count, first offset, cost
    per family), so memory does not grow with their number."""

    def __init__(self, suppressions: Suppressions | None, limit: int, words: int,
                 severity: Mapping[str, str]) -> None:
        self.suppressions = suppressions
        self.limit = limit
        self.words = words
        self.severity = severity
        self.suppressed = 0
        #: code -> (findings not listed, offset of the first one)
        self.unlisted: dict[str, tuple[int, int]] = {}
        #: family -> summed cost of the findings not listed
        self.costs: dict[str, float] = {}

    def take(self, code: str, found: Iterable[Finding]) -> list[Finding]:
        """The findings of rule ``code`` to list."""
        kept: list[Finding] = []
        override = self.severity.get(code)
        silences = self.suppressions.silences if self.suppressions is not None else None
        limit, words = self.limit, self.words
        for f in found:
            if override:
                f.severity = override
            if silences is not None and silences(f):
                self.suppressed += 1
            elif not limit or len(kept) < limit:
                kept.append(f)
            else:
                n, first = self.unlisted.get(f.code, (0, f.start))
                self.unlisted[f.code] = (n + 1, min(first, f.start))
                self.costs[f.family] = self.costs.get(f.family, 0.0) + finding_cost(f, words)
        return kept


def unmatched_selectors(selectors: Iterable[str], rules: Iterable[tuple[str, ...]]) -> list[str]:
    """The selectors (``ALL``, family names, codes, prefixes, rule names, in
    any case) that match none of the ``(code, family[, name])`` tuples: a typo
    in ``--select`` must not silently turn linting off."""
    rules = list(rules)
    return [sel for sel in selectors
            if sel.upper() != "ALL" and not any(matches((sel,), *rule) for rule in rules)]


def _specificity(sel: str, rule: type[Rule]) -> int:
    """How closely ``sel`` names ``rule``: a name or code over a prefix over a family."""
    if sel.lower() == rule.family:
        return -1
    if sel.lower() == rule.name:
        return 100
    return len(sel)


def resolve_rule_key(key: str, available: Mapping[str, type[Rule]]) -> str | None:
    """The code a ``[rules.KEY]`` table names: a code in any case, or a rule name."""
    if key.upper() in available:
        return key.upper()
    return next((code for code, cls in available.items() if cls.name == key.lower()), None)


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
    #: Findings silenced by directives in the text.
    suppressed: int = 0
    #: :attr:`Linter.settings_id` of the linter that made the report (None for unreadable inputs).
    settings: str | None = None
    document: Document | None = field(default=None, repr=False, compare=False)
    #: The outlet, feed or domain the article came from (sourcelint.sources).
    source: str | None = None
    #: The earlier article this one copies (sourcelint.copies_across), if any.
    copy_of: dict[str, Any] | None = None
    #: After fixing: what was fixed and the fixed text's score (see :meth:`after_fix`).
    fixed: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record (fields of :data:`~sourcelint.record_model.RECORD_FIELDS`)."""
        record: dict[str, Any] = {"schema_version": RECORD_SCHEMA_VERSION}
        record.update(zip(_RECORD_ATTRS, _record_values(self)))
        record["findings"] = [f.to_dict() for f in self.findings]
        if self.fixed is None:
            del record["fixed"]
        return record

    def _repr_html_(self) -> str:
        """The HTML report of this article (Jupyter displays it)."""
        from .notebook import report_html
        return report_html([self])
    def after_fix(self, fixed: "Report", applied: int, codes: Iterable[str]) -> "Report":
        """The record of this article after fixing: the findings left in the
        ``fixed`` text, but this report's score, verdict, families and
        explanation (fixing the text does not make the source more reliable),
        with ``fixed`` saying what was fixed and what the fixed text scores."""
        counts: dict[str, int] = {}
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
        return replace(
            fixed, words=self.words, score=self.score, verdict=self.verdict, families=self.families,
            metrics=self.metrics, explanation=self.explanation,
            fixed={"applied": applied, "codes": dict(sorted(counts.items())), "findings_before": len(self.findings),
                   "score_after": fixed.score, "verdict_after": fixed.verdict},
        )

    @classmethod
    def failed(cls, id: str, error: str, path: str | None = None, line: int | None = None,
               metadata: dict[str, Any] | None = None) -> "Report":
        """A record for an input that could not be read or linted."""
        return cls(id=id, path=path, line=line, status="error", error=error, metadata=metadata or {})


class Linter:
    """Runs the selected rules over documents and scores them."""

    def __init__(self, config: Config | None = None, rules: Sequence[type[Rule]] | None = None) -> None:
        self.config = config = config or Config()
        available = {r.code: r for r in rules} if rules is not None else load_rules(config.plugins)
        where = config.source or "config"
        self._check_selectors(config, available, where)
        options: dict[str, Mapping[str, Any]] = {}
        for key, opts in config.rule_options.items():
            code = resolve_rule_key(key, available)
            if code is None:
                raise RuleError(f"{where}: rules.{key}: no such rule")
            options[code] = opts
        #: Families the scores have: the built-in ones, then those plugins add.
        self.families: tuple[str, ...] = tuple(dict.fromkeys([*FAMILIES, *(c.family for c in available.values())]))
        for fam in config.family_weights:
            if fam not in self.families:
                raise RuleError(f"{where}: family-weights.{fam}: unknown family (known: {', '.join(self.families)})")
        self.rules: list[Rule] = []
        for code, cls in available.items():
            if config.is_selected(code, cls.family, cls.name):
                try:
                    self.rules.append(cls(**options.get(code, {})))
                except RuleError as exc:
                    raise RuleError(f"{where}: rules.{code}: {exc}") from exc
        self._internal = not matches(config.ignore + config.extend_ignore, InternalError.code, "internal")
        self._supersedes = {r.code: r.supersedes for r in self.rules if r.supersedes}
        self._whole = frozenset(r.code for r in self.rules if r.scope == "document")
        self.settings_id = _settings_id(config, self.rules)
        self._summarise = not matches(config.ignore + config.extend_ignore, TooManyFindings.code, "internal")
        # The most specific severity setting wins: a name or code over a prefix over a family.
        self._severity: dict[str, str] = {}
        for rule in self.rules:
            hits = [sel for sel in config.severity if matches((sel,), rule.code, rule.family, rule.name)]
            if hits:
                best = max(hits, key=lambda sel: _specificity(sel, type(rule)))
                self._severity[rule.code] = config.severity[best]

    @staticmethod
    def _check_selectors(config: Config, available: Mapping[str, type[Rule]], where: str) -> None:
        """Raise RuleError for a selector of the configuration that matches no rule."""
        known = [(code, cls.family, cls.name) for code, cls in available.items()]
        known.append((InternalError.code, "internal", InternalError.name))
        known.append((TooManyFindings.code, "internal", TooManyFindings.name))
        per_file = tuple(sel for _, sels in config.per_file_ignores for sel in sels)
        for key, selectors in (("select", config.select), ("extend-select", config.extend_select),
                               ("ignore", config.ignore), ("extend-ignore", config.extend_ignore),
                               ("severity", tuple(config.severity)), ("per-file-ignores", per_file)):
            bad = unmatched_selectors(selectors, known)
            if bad:
                raise RuleError(f"{where}: {key}: {', '.join(map(repr, bad))} matches no rule "
                                "(`sourcelint rules` lists the codes, names and families)")

    def lint(self, doc: Document, max_findings: int | None = None) -> Report:
        """Lint one document. Never raises for a rule's bug: see SL001.

        An empty or blank document is an error report ("empty document"), as
        an empty file is for the command line: there is nothing to judge.
        ``max_findings`` overrides the configuration's ``max-findings-per-rule``
        (fixing needs every finding's fix).
        """
        refused = self._refused(doc)
        if refused is not None:
            return refused
        doc.expected_language = self.config.language
        limit = self.config.max_findings_per_rule if max_findings is None else max_findings
        obey = doc.directives or self.config.record_directives
        sieve = _Sieve(parse_suppressions(doc.text) if obey else None, limit,
                       doc.word_count if self.rules else 0, self._severity)
        ran = self._run_rules(doc, sieve)
        if isinstance(ran, Report):
            return ran
        findings, metrics = ran
        findings = self._settled(doc, findings)
        words = doc.word_count
        card = score_findings(
            findings,
            words,
            pass_threshold=self.config.pass_threshold,
            review_threshold=self.config.review_threshold,
            family_weights=self.config.family_weights,
            families=self.families,
            unlisted=sieve.costs,
        )
        if sieve.unlisted and self._summarise:
            findings += _summaries(doc, sieve.unlisted, limit)
        findings.sort(key=Finding.sort_key)
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
            suppressed=sieve.suppressed,
            settings=self.settings_id,
            document=doc,
            source=source_of(doc.metadata, doc.path, self.config.source_field),
        )

    def _refused(self, doc: Document) -> Report | None:
        """The error report of a document not linted at all: empty, or over the size limit."""
        if not doc.text or doc.text.isspace():
            return Report.failed(doc.id, "empty document: no text to lint", path=doc.path, metadata=doc.metadata)
        if len(doc.text) > self.config.max_document_chars:
            return Report.failed(doc.id, f"document has {len(doc.text):,} characters, over the limit of "
                                 f"{self.config.max_document_chars:,} (max-document-chars)",
                                 path=doc.path, metadata=doc.metadata)
        return None

    def _run_rules(self, doc: Document, sieve: _Sieve) -> tuple[list[Finding], dict[str, float]] | Report:
        """Every rule's findings and metrics under the time budget, or the error
        report of a document that could not even be segmented."""
        findings: list[Finding] = []
        metrics: dict[str, float] = {}
        internal = InternalError()
        budget = self.config.rule_timeout
        alarm = Alarm.install(budget) if self.rules else None
        try:
            if self.rules:
                failed = self._segment(doc, alarm, budget)
                if failed is not None:
                    return failed
            for rule in self.rules:
                produced, measured, problem = self._run_rule(rule, doc, alarm, budget, sieve)
                if problem is not None and self._internal:
                    findings.append(internal.finding(doc, 0, 0, problem, extent=0.0))
                if produced is None:
                    continue
                if measured:
                    metrics.update(measured)
                findings += produced
        finally:
            if alarm is not None:
                alarm.uninstall()
        return findings, metrics

    @staticmethod
    def _segment(doc: Document, alarm: Alarm | None, budget: float) -> Report | None:
        """Build the shared views first, under the budget (if segmenting were
        pathologically slow, every rule would pay for it again); an error
        report if that fails."""
        try:
            try:
                if alarm is not None:  # inside: a budget shorter than this call fires in it
                    alarm.start_rule()
                doc.paragraphs, doc.sentences, doc.token_columns  # noqa: B018 - build the cached views
            finally:
                if alarm is not None:
                    alarm.end_rule()
        except RuleTimeout:
            return Report.failed(doc.id, "splitting the document into paragraphs, sentences and words "
                                 f"ran past the time budget of {budget:g} s (rule-timeout)",
                                 path=doc.path, metadata=doc.metadata)
        except Exception as exc:  # a segmenter bug loses this document only
            return Report.failed(doc.id, f"internal error while segmenting the document: "
                                 f"{type(exc).__name__}: {exc}", path=doc.path, metadata=doc.metadata)
        return None

    def _settled(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """The findings after per-file-ignores, precedence between rules and
        copies folded (directives were applied as the rules yielded them)."""
        dropped = self.config.ignored_for(doc.path)
        if dropped:  # per-file-ignores
            findings = [f for f in findings if f.family == "internal" or not matches(dropped, f.code, f.family, f.rule)]
        if self._supersedes:
            findings = apply_precedence(findings, self._supersedes, self._whole)
        return fold_copies(findings, doc.text)

    @staticmethod
    def _run_rule(rule: Rule, doc: Document, alarm: Alarm | None, budget: float,
                  sieve: _Sieve) -> tuple[list[Finding] | None, dict[str, float], str | None]:
        """(findings to list, or None if they are lost; metrics; internal-error
        message or None) of one rule."""
        t0 = time.perf_counter()
        try:
            try:
                if alarm is not None:  # inside both handlers: the timer may fire before the rule starts
                    alarm.start_rule(t0)
                # Findings past the limit are tallied and dropped as the rule yields them.
                produced = sieve.take(rule.code, rule.check(doc))
                measured = rule.measure(doc)
                measured = _rounded(measured) if measured or type(measured) is not dict else {}
            finally:
                if alarm is not None:  # ... or after the rule returned, before this
                    alarm.end_rule()
        except RuleTimeout:
            return None, {}, (f"rule {rule.code} ({rule.name}) ran past the time budget of {budget:g} s "
                              "(rule-timeout) and was stopped; its findings for this document are missing")
        except Exception as exc:  # one rule's bug must not lose the document
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            return None, {}, (f"rule {rule.code} ({rule.name}) raised {type(exc).__name__}: {exc} "
                              f"at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno}")
        if alarm is None and 0 < budget < (elapsed := time.perf_counter() - t0):
            # No timer here (a worker thread, or SIGALRM is someone else's): the
            # rule could not be stopped, so its findings stand; the overrun is
            # still reported.
            return produced, measured, (f"rule {rule.code} ({rule.name}) took {elapsed:.1f} s, over the "
                                        f"time budget of {budget:g} s (rule-timeout)")
        return produced, measured, None


    def lint_text(self, text: str, id: str = "<text>", metadata: Mapping[str, Any] | None = None,
                  path: str | None = None) -> Report:
        """Lint a string. Raises TypeError for anything but a ``str`` (decode
        bytes first); an empty text gives an error report, see :meth:`lint`."""
        check_text_args(text, id, metadata)
        return self.lint(Document(text, id=id, path=path, metadata=dict(metadata or {})))

    def lint_many(self, items: Iterable[str | Mapping[str, Any] | Document]) -> Iterator[Report]:
        """Lint a stream of strings, records (``text``/``id`` fields) or Documents, in order.

        A record without a string text yields an error report, never an
        exception, so one bad record cannot stop a stream.
        """
        if isinstance(items, (str, bytes, bytearray, Mapping, Document)):
            raise TypeError(f"lint_many takes an iterable of texts, records or Documents, not one "
                            f"{type(items).__name__}: wrap it in a list, or use lint_text")
        text_field, id_field = self.config.text_field, self.config.id_field
        for n, item in enumerate(items):
            if isinstance(item, Document):
                yield self.lint(item)
            elif isinstance(item, str):
                yield self.lint_text(item, id=str(n))
            elif isinstance(item, Mapping):
                rid = record_id(item.get(id_field), str(n))
                meta = {k: v for k, v in item.items() if k not in (text_field, id_field)}
                text = item.get(text_field)
                if not isinstance(text, str):
                    why = f"missing field {text_field!r}" if text is None else f"field {text_field!r} is not a string"
                    yield Report.failed(rid, why, metadata=meta)
                else:
                    yield self.lint_text(text, id=rid, metadata=meta)
            else:
                yield Report.failed(str(n), f"cannot lint a {type(item).__name__}")


def _settings_id(config: Config, rules: Sequence[Rule]) -> str:
    """A short digest of everything that shapes a record besides the text: the
    rules run and their options, severities, thresholds, weights, language,
    limits. ``--resume`` continues an output only under the same digest."""
    import hashlib
    import json

    shaping = {
        "rules": sorted(r.code for r in rules), "options": config.rule_options, "severity": config.severity,
        "thresholds": [config.pass_threshold, config.review_threshold], "weights": config.family_weights,
        "language": config.language, "limit": config.max_findings_per_rule,
        "directives": config.record_directives, "ignore_internal": sorted(s for s in config.ignore if s.startswith("SL")),
    }
    blob = json.dumps(shaping, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


def _summaries(doc: Document, unlisted: Mapping[str, tuple[int, int]], limit: int) -> list[Finding]:
    """One SL002 finding per rule with findings past the limit, at the first one not listed."""
    note = TooManyFindings()
    return [note.finding(doc, first, first,
                         f"{n:,} more {code} finding(s) past the first {limit:,} are not listed "
                         "(max-findings-per-rule); the score counts them all", extent=0.0)
            for code, (n, first) in sorted(unlisted.items())]


def _rounded(measured: Mapping[str, Any]) -> dict[str, float]:
    """A rule's metrics as floats rounded to 4 decimals.

    ``round(x, 4)`` goes through a decimal conversion (about 1 µs); a whole
    number, which most metrics are (counts, 0.0), is its own rounding, so it
    is only converted.
    """
    out = {}
    for key, value in measured.items():
        value = float(value)
        out[key] = value if value.is_integer() else round(value, 4)
    return out


def _explain(costs: Mapping[str, float], findings: Sequence[Finding], words: int) -> list[dict[str, Any]]:
    """The families that cost points, each with its most expensive findings."""
    out = []
    for fam, lost in sorted(costs.items(), key=lambda kv: -kv[1]):
        fam_findings = [f for f in findings if f.family == fam]
        fam_findings.sort(key=lambda f: -finding_cost(f, words))
        top: dict[str, int] = {}
        for f in fam_findings:
            top[f.code] = top.get(f.code, 0) + 1
        out.append({"family": fam, "points_lost": lost, "codes": top})
    return out


def check_text_args(text: object, id: object = "<text>", metadata: object = None) -> None:
    """Raise TypeError for a text that is not a ``str``, an id that is not a
    ``str`` or metadata that is not a mapping (programming errors, unlike bad
    records in a stream, which become error reports)."""
    if not isinstance(text, str):
        hint = ": decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")
    if not isinstance(id, str):
        raise TypeError(f"id must be a str, not {type(id).__name__}")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise TypeError(f"metadata must be a mapping or None, not {type(metadata).__name__}")


_default_linter: Linter | None = None


def lint_text(text: str, id: str = "<text>", config: Config | None = None,
              metadata: Mapping[str, Any] | None = None) -> Report:
    """Lint one article with the default rules (or ``config``); returns a Report.

    ``text`` must be a ``str`` (TypeError otherwise). An empty or blank text
    gives a report with ``status == "error"`` and ``error`` saying why, and
    no score, like an empty file on the command line.
    """
    global _default_linter
    check_text_args(text, id, metadata)
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be a sourcelint.Config or None, not {type(config).__name__}")
    if config is not None:
        return Linter(config).lint_text(text, id=id, metadata=metadata)
    if _default_linter is None:
        _default_linter = Linter()
    return _default_linter.lint_text(text, id=id, metadata=metadata)
