"""The rule plugin interface.

A rule is a small class: metadata as class attributes, documentation as its
docstring (sections *What it finds*, *Why it matters*, *How to fix*; the
*Example* and *Options* sections are generated from its test cases and
option declarations, so the docs cannot drift from what is tested), and a
``check`` method that walks the shared :class:`~sourcelint.document.Document`
and yields findings.

Third-party rules subclass :class:`Rule` exactly like the built-ins and are
registered under the ``sourcelint.rules`` entry-point group.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, Iterable, Mapping

from .analysis import Analysis
from .document import Document
from .finding import FAMILIES, SEVERITIES, Finding, Fix, Related

__all__ = ["Rule", "Option", "RuleError", "DOC_SECTIONS", "FIX_SAFETIES"]

DOC_SECTIONS = ("What it finds", "Why it matters", "How to fix")
FIX_SAFETIES = ("safe", "unsafe", "mixed")
SCOPES = ("span", "document")
_CODE_RE = re.compile(r"^[A-Z]{2,4}\d{3}$")
_PREFIX_RE = re.compile(r"^[A-Z]{2,4}$")
_FAMILY_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class RuleError(Exception):
    """A rule is declared wrongly, or configured with a bad option."""


@dataclass(frozen=True)
class Option:
    """A rule option: its default, type and a one-line description."""

    default: Any
    help: str
    type: type | tuple[type, ...] | None = None
    #: Inclusive bounds for a number (None: unbounded).
    min: float | None = None
    max: float | None = None

    def validate(self, rule: str, name: str, value: Any) -> Any:
        """Return ``value`` if it has the option's type and range, else raise RuleError."""
        expected = self.type or type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, bool) and expected is not bool and expected is not (bool,):
            raise RuleError(f"{rule}: option {name!r} expects {_type_name(expected)}, got {value!r}")
        if not isinstance(value, expected):
            raise RuleError(f"{rule}: option {name!r} expects {_type_name(expected)}, got {value!r}")
        if isinstance(value, (int, float)) and (
                (self.min is not None and value < self.min) or (self.max is not None and value > self.max)):
            bounds = (f"from {self.min:g} to {self.max:g}" if self.min is not None and self.max is not None
                      else f"at least {self.min:g}" if self.min is not None else f"at most {self.max:g}")
            raise RuleError(f"{rule}: option {name!r} must be {bounds}, got {value!r}")
        return value


def _type_name(t: type | tuple[type, ...]) -> str:
    if isinstance(t, tuple):
        return " or ".join(x.__name__ for x in t)
    return t.__name__


class Rule:
    """Base class of every rule.

    Subclasses set ``code``, ``name``, ``family``, ``severity``, ``fixable``
    and ``options`` and implement :meth:`check`. Options are read from
    ``self.opts`` (defaults merged with the user's configuration).
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    family: ClassVar[str] = ""
    #: For a family a plugin adds (not one of the built-in ones): its code
    #: prefix, which every code of the family starts with ("STY" for "style").
    family_prefix: ClassVar[str] = ""
    severity: ClassVar[str] = "warning"
    fixable: ClassVar[bool] = False
    #: For a fixable rule: "safe" (every fix keeps the meaning, applied by
    #: --fix), "unsafe" (only with --unsafe-fixes) or "mixed" (some of each).
    fix_safety: ClassVar[str] = "safe"
    options: ClassVar[Mapping[str, Option]] = {}
    #: Whether a finding stands for the text it spans (a copied paragraph, a
    #: furniture line, an untranslated passage): then its share of the
    #: document also counts in the score. A stray full stop or a fragment
    #: marks a defect at a place; the sentence around it is still content.
    covers_span: ClassVar[bool] = False
    #: The shared analyses (:mod:`sourcelint.analysis`) this rule reads: only
    #: these run when the rule is selected alone.
    needs: ClassVar[tuple[Analysis[Any], ...]] = ()
    #: Codes whose findings this rule's findings replace where their spans
    #: meet (one artefact, one finding). Applied by the linter after
    #: selection and suppression, so turning this rule off never hides the
    #: other rule's finding.
    supersedes: ClassVar[tuple[str, ...]] = ()
    #: "span" if a finding is about the text it spans; "document" if it is
    #: about the whole article (wrong language, artefact density), anchored
    #: at the first paragraph only to be shown somewhere. A document-level
    #: finding supersedes the listed codes' findings anywhere in the article.
    scope: ClassVar[str] = "span"

    def __init__(self, **opts: Any) -> None:
        merged = {k: o.default for k, o in self.options.items()}
        for key, value in opts.items():
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise RuleError(f"{self.code}: unknown option {key!r} (known: {known})")
            merged[key] = self.options[key].validate(self.code, key, value)
        self.opts: dict[str, Any] = merged

    # -- the one method a rule must implement --------------------------------
    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield the findings of this rule on ``doc``."""
        raise NotImplementedError

    def measure(self, doc: Document) -> Mapping[str, float]:
        """Optional document metrics (numbers) this rule contributes to reports."""
        return {}

    # -- helpers for rule authors --------------------------------------------
    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        confidence: float = 1.0,
        related: Iterable[tuple[int, int, str]] = (),
        fix: Fix | None = None,
        severity: str | None = None,
        extent: float | None = None,
    ) -> Finding:
        """Build a finding anchored at ``doc.text[start:end]``.

        ``related`` takes ``(start, end, message)`` triples. ``extent``
        defaults to the share of the document's characters the span covers
        for rules that declare ``covers_span``, else to 0.
        """
        line_col = doc.line_col
        line, col = line_col(start)
        end_line, end_col = line_col(end)
        rel = [Related(rs, re_, *line_col(rs), *line_col(re_), msg) for rs, re_, msg in related]
        if extent is None:
            extent = (end - start) / max(len(doc.text), 1) if self.covers_span else 0.0
        summary, suggestion = _doc_lines(type(self))  # type: ignore[arg-type]  # classes hash by identity
        return Finding(
            code=self.code,
            rule=self.name,
            family=self.family,
            severity=severity or self.severity,
            message=message,
            start=start,
            end=end,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            excerpt=doc.excerpt(start, end),
            confidence=max(0.0, min(1.0, confidence)),
            related=tuple(rel),
            fix=fix,
            explanation=summary,
            suggestion=suggestion,
            extent=max(0.0, min(1.0, extent)),
            scope=self.scope,
        )

    # -- documentation ---------------------------------------------------------
    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring."""
        doc = inspect.getdoc(cls) or ""
        return doc.split("\n", 1)[0].strip()

    @classmethod
    def doc_section(cls, title: str) -> str:
        """The body of one docstring section (``Title:`` or ``Title``+underline)."""
        return _sections(inspect.getdoc(cls) or "").get(title, "")

    @classmethod
    def validate_declaration(cls) -> None:
        """Raise RuleError if metadata or docs do not follow the template."""
        where = f"{cls.__module__}.{cls.__qualname__}"
        if not _CODE_RE.match(cls.code or ""):
            raise RuleError(f"{where}: code {cls.code!r} is not PREFIX + 3 digits")
        prefix = FAMILIES.get(cls.family) or cls._new_family_prefix(where)
        if prefix and not (cls.code.startswith(prefix) and cls.code[len(prefix) :].isdigit()):
            raise RuleError(f"{where}: code {cls.code} does not use the {cls.family} prefix {prefix}")
        if not _NAME_RE.match(cls.name or ""):
            raise RuleError(f"{where}: name {cls.name!r} is not kebab-case")
        if cls.severity not in SEVERITIES:
            raise RuleError(f"{where}: severity {cls.severity!r} is not one of {SEVERITIES}")
        if cls.fix_safety not in FIX_SAFETIES:
            raise RuleError(f"{where}: fix_safety {cls.fix_safety!r} is not one of {FIX_SAFETIES}")
        sections = _sections(inspect.getdoc(cls) or "")
        missing = [s for s in DOC_SECTIONS if not sections.get(s)]
        if missing:
            raise RuleError(f"{where}: docstring lacks section(s) {', '.join(missing)}")
        if cls.scope not in SCOPES:
            raise RuleError(f"{where}: scope {cls.scope!r} is not one of {SCOPES}")
        for code in cls.supersedes:
            if not _CODE_RE.match(code) or code == cls.code:
                raise RuleError(f"{where}: supersedes {code!r} is not another rule's code")
        for need in cls.needs:
            if not isinstance(need, Analysis):
                raise RuleError(f"{where}: needs {need!r} is not an analysis (sourcelint.analysis.analysis)")
        for key, opt in cls.options.items():
            if not isinstance(opt, Option):
                raise RuleError(f"{where}: option {key!r} is not an Option")

    @classmethod
    def _new_family_prefix(cls, where: str) -> str:
        """The prefix of a family a plugin adds, checked; "" for the internal family."""
        if cls.family == "internal":
            return ""
        if not _FAMILY_NAME_RE.match(cls.family or ""):
            raise RuleError(f"{where}: family {cls.family!r} is not a lowercase name")
        if not cls.family_prefix:
            raise RuleError(f"{where}: unknown family {cls.family!r}: a rule of a new family sets family_prefix "
                            f"(e.g. family_prefix = {cls.code.rstrip('0123456789')!r}); built-in families: "
                            f"{', '.join(FAMILIES)}")
        if cls.family_prefix in FAMILIES.values() or not _PREFIX_RE.match(cls.family_prefix):
            raise RuleError(f"{where}: family_prefix {cls.family_prefix!r} is a built-in prefix or not 2-4 capitals")
        return cls.family_prefix

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name}>"


@lru_cache(maxsize=None)
def _doc_lines(cls: type[Rule]) -> tuple[str, str]:
    """(summary, first paragraph of How to fix), cached per rule class."""
    fix = cls.doc_section("How to fix").split("\n\n")[0]
    return cls.summary(), " ".join(fix.split())


_SECTION_RE = re.compile(r"^([A-Z][A-Za-z ]+):?\n(?:-{3,}\n)?", re.M)


def _sections(doc: str) -> dict[str, str]:
    """Split a docstring into ``{title: body}`` for known section titles."""
    out: dict[str, str] = {}
    titles = set(DOC_SECTIONS) | {"Example", "Options"}
    matches = [m for m in _SECTION_RE.finditer(doc) if m.group(1).strip() in titles]
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(doc)
        out[m.group(1).strip()] = doc[m.end() : end].strip()
    return out
