"""Rule examples that double as documentation and tests.

Each rule has a TOML file ``cases/<CODE>.toml`` next to the module that
defines it, holding named pass and fail cases::

    [[case]]
    name = "name glued to the next sentence"
    text = "Michelle BacheletThis week-long trip began."
    expect = [{code = "MT001", span = "BacheletThis"}]

    [[case]]
    name = "real mixed-case brand"
    text = "She bought an iPhone in May."
    expect = []

``span`` is the exact expected text (``occurrence`` picks the n-th match,
from 1); ``start``/``end`` may be given instead. ``options`` sets rule
options for the case, ``metadata`` the article's metadata and ``language``
the run's expected language. ``sourcelint explain`` prints the first cases as the
rule's *Example* section, and one parametrised test runs them all.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .rule import Rule

__all__ = ["Case", "Expected", "cases_path", "load_cases"]


@dataclass(frozen=True)
class Expected:
    """One finding a case expects: its code and exact span, and its severity
    when the case names one (a rule may report a less sure finding as info)."""

    code: str
    start: int
    end: int
    severity: str | None = None


@dataclass(frozen=True)
class Case:
    """A named example text and the findings the rule must produce on it."""

    name: str
    text: str
    expect: tuple[Expected, ...]
    options: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    #: The run's expected language (the ``language`` configuration key).
    language: str = "en"
    #: The text once every fix of the rule's findings is applied (unsafe
    #: ones too), like sqlfluff's ``fix_str``; None if the case says nothing.
    fixed: str | None = None

    @property
    def fails(self) -> bool:
        """True for an anti-pattern example (it expects findings)."""
        return bool(self.expect)


def cases_path(rule: type[Rule]) -> Path:
    """Where the cases of ``rule`` live: ``cases/<CODE>.toml`` beside its module,
    else beside the nearest enclosing package that has it (a rule in
    ``rules/pronouns/honorific_conflict.py`` keeps its cases in ``rules/cases``)."""
    name = f"{rule.code}.toml"
    module_file = inspect.getsourcefile(sys.modules[rule.__module__]) or ""
    here = folder = Path(module_file).resolve().parent
    while not (folder / "cases" / name).is_file():
        if not (folder / "__init__.py").is_file():
            return here / "cases" / name  # left the package: none anywhere
        folder = folder.parent
    return folder / "cases" / name


_EXPECT_KEYS = frozenset(("code", "span", "occurrence", "start", "end", "severity"))


def load_cases(rule: type[Rule]) -> list[Case]:
    """Parse the rule's cases file; a missing file gives an empty list."""
    path = cases_path(rule)
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for i, raw in enumerate(data.get("case", [])):
        text = raw["text"]
        expects = []
        for e in raw.get("expect", []):
            unknown = set(e) - _EXPECT_KEYS
            if unknown:
                raise ValueError(f"{path}: case {raw.get('name', i)!r}: unknown expect keys {sorted(unknown)} "
                                 "(a case's fixed text is its 'fixed' key)")
            code = e.get("code", rule.code)
            if "span" in e:
                span = e["span"]
                pos = -1
                for _ in range(int(e.get("occurrence", 1))):
                    pos = text.find(span, pos + 1)
                    if pos == -1:
                        raise ValueError(f"{path}: case {raw.get('name', i)!r}: span {span!r} not in text")
                expects.append(Expected(code, pos, pos + len(span), e.get("severity")))
            else:
                expects.append(Expected(code, int(e["start"]), int(e["end"]), e.get("severity")))
        out.append(
            Case(
                name=raw.get("name", f"case {i + 1}"),
                text=text,
                expect=tuple(expects),
                options=dict(raw.get("options", {})),
                metadata=dict(raw.get("metadata", {})),
                language=str(raw.get("language", "en")),
                fixed=raw.get("fixed"),
            )
        )
    return out
