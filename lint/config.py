"""Configuration: ``[tool.sourcelint]`` in pyproject.toml, or sourcelint.toml.

Every key is validated; an unknown key or a bad value raises ConfigError
naming the key and the file, because a silently ignored typo in a linter's
config is a bug the user never sees.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from .finding import FAMILIES, SEVERITIES
from .sources import SourceSettings, parse_source_settings

__all__ = ["Config", "ConfigError", "find_config", "load_config", "CONFIG_FILES", "KNOWN_KEYS", "matches",
           "check_language", "known_language", "known_languages", "parse_per_file_ignores"]

CONFIG_FILES = ("sourcelint.toml", ".sourcelint.toml", "pyproject.toml")
#: Largest max-document-chars / max-line-bytes (a terabyte): larger values
#: overflow the reads they size.
MAX_SIZE = 10**12
#: Shortest rule-timeout: a budget of microseconds stops every rule at once.
MIN_RULE_TIMEOUT = 0.01
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.jsonl",
                   "*.jsonl.gz", "*.jsonl.zst", "*.jsonl.bz2", "*.jsonl.xz",
                   "*.parquet", "*.arrow", "*.feather", "*.html", "*.htm", "*.warc", "*.warc.gz")

HTML_EXTRACT_MODES = ("main", "full")


class ConfigError(Exception):
    """The configuration is invalid; the message names the key and file."""


@dataclass(frozen=True)
class Config:
    """Resolved settings. Build one with :func:`load_config` or directly."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    pass_threshold: float = 80.0
    review_threshold: float = 50.0
    language: str = "en"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str = "id"
    max_document_chars: int = 10_000_000
    #: Longest JSONL line read, in bytes; a longer line becomes an error record
    #: and is skipped without being held in memory.
    max_line_bytes: int = 64 * 1024 * 1024
    #: Seconds one rule may spend on one document before it is stopped and an
    #: SL001 internal-error finding names it (0 turns the budget off).
    rule_timeout: float = 20.0
    #: Findings listed per rule and document; the rest are counted in the
    #: score and summed up by one SL002 finding (0: no limit).
    max_findings_per_rule: int = 1000
    family_weights: Mapping[str, float] = field(default_factory=dict)
    #: Selectors ignored on top of ``ignore`` (``--ignore`` replaces ``ignore``, not these).
    extend_ignore: tuple[str, ...] = ()
    #: Patterns excluded on top of ``exclude`` (``--exclude`` replaces ``exclude``, not these).
    extend_exclude: tuple[str, ...] = ()
    #: ``(glob, selectors)``: findings of these rules are dropped for matching paths.
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # What the command line does with the reports (keys of the same names).
    format: str = "text"
    output: str | None = None
    fail_under: float | None = None
    fail_on: str = "error"
    exit_zero: bool = False
    statistics: bool = False
    unsafe_fixes: bool = False
    #: Text format: show each finding's sentence (--show-source).
    show_source: bool = True
    #: Link near-duplicate copies across articles (--copies).
    copies: bool = False
    #: The ledger database: a SQLite file or a postgresql:// URL (--ledger).
    ledger: str | None = None
    jobs: int = 0
    #: Obey suppression directives in the text of pipeline records (JSONL,
    #: stdin, the API, integrations) too, not only in files.
    record_directives: bool = False
    #: What of an HTML page is linted: "main" (the extractor's main text) or
    #: "full" (every visible text block, navigation and comments included).
    html_extract: str = "main"
    source: str | None = None
    #: Metadata field naming an article's source (see sourcelint.sources).
    source_field: str = "source"
    sources: SourceSettings = field(default_factory=SourceSettings)

    def with_overrides(self, **changes: Any) -> "Config":
        """A copy with some fields replaced (ignoring ``None`` values)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def is_selected(self, code: str, family: str, name: str = "") -> bool:
        """Whether a rule is enabled by select / extend-select / ignore / extend-ignore."""
        chosen = matches(self.select, code, family, name) or matches(self.extend_select, code, family, name)
        return chosen and not matches(self.ignore + self.extend_ignore, code, family, name)

    def ignored_for(self, path: str | None) -> tuple[str, ...]:
        """The selectors ``per-file-ignores`` drops for ``path`` (a glob on the
        path as given, on its form relative to the working folder, or on the
        file name alone)."""
        if not path or not self.per_file_ignores:
            return ()
        forms = {path, Path(path).as_posix(), Path(path).name}
        try:
            forms.add(Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix())
        except (ValueError, OSError):
            pass
        return tuple(sel for pattern, sels in self.per_file_ignores
                     if any(fnmatch.fnmatch(form, pattern) for form in forms) for sel in sels)


def matches(selectors: Iterable[str], code: str, family: str, name: str = "") -> bool:
    """True if any selector covers the rule: ``ALL``, its family name, its
    code or a prefix of it, or its kebab-case name, in any letter case."""
    for sel in selectors:
        up = sel.upper()
        if up == "ALL" or code.startswith(up):
            return True
        low = sel.lower()
        if low == family or (name and low == name):
            return True
    return False


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or folder)."""
    start = start.resolve()
    try:
        folder = start if start.is_dir() else start.parent
    except OSError:
        folder = start.parent
    for d in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = d / name
            try:
                found = candidate.is_file()
            except OSError:  # an unreadable folder: the input itself is reported later
                found = False
            if found:
                if name != "pyproject.toml" or _has_tool_table(candidate):
                    return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    """Whether a pyproject.toml configures sourcelint; True for one that is not
    valid TOML, so that loading it reports the error instead of the run
    silently going on with the defaults."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return False
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True
    tool = data.get("tool", {})
    return isinstance(tool, dict) and "sourcelint" in tool


def _detector_languages() -> set[str]:
    """The language codes langdetect has profiles for ("en", "zh-cn", ...)."""
    from importlib.resources import files

    try:
        return {p.name for p in (files("langdetect") / "profiles").iterdir()}
    except (ModuleNotFoundError, OSError):  # pragma: no cover - langdetect is a dependency
        return set()


def known_language(code: str) -> bool:
    """Whether ``code`` names a language the detector knows, or a regional form of one ("en-GB")."""
    known = _detector_languages()
    if not known:  # pragma: no cover
        return re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*", code) is not None
    code = code.lower()
    return code in known or code.split("-")[0] in {k.split("-")[0] for k in known}


def load_config(path: Path | None) -> Config:
    """Read and validate a config file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    prefix = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("sourcelint", {})
        prefix = "tool.sourcelint."
    return parse_config(data, source=str(path), prefix=prefix)


_LIST_KEYS = {
    "select": "select",
    "ignore": "ignore",
    "extend-select": "extend_select",
    "extend-ignore": "extend_ignore",
    "include": "include",
    "exclude": "exclude",
    "extend-exclude": "extend_exclude",
    "plugins": "plugins",
}
_SELECTOR_KEYS = ("select", "ignore", "extend-select", "extend-ignore")
_STR_KEYS = {"language": "language", "text-field": "text_field", "id-field": "id_field", "format": "format",
             "html-extract": "html_extract",
             "output": "output", "source-field": "source_field",
             "ledger": "ledger"}
_BOOL_KEYS = {"exit-zero": "exit_zero", "statistics": "statistics", "unsafe-fixes": "unsafe_fixes",
              "show-source": "show_source", "copies": "copies", "record-directives": "record_directives"}
_TABLE_KEYS = ("score", "family-weights", "severity", "rules", "per-file-ignores", "sources")
_NUMBER_KEYS = ("max-document-chars", "max-line-bytes", "rule-timeout", "fail-under", "fail-on", "jobs",
                "max-findings-per-rule")
#: Every key of ``[tool.sourcelint]``, for the unknown-key message.
KNOWN_KEYS = tuple(sorted({*_LIST_KEYS, *_STR_KEYS, *_BOOL_KEYS, *_TABLE_KEYS, *_NUMBER_KEYS}))


def parse_config(data: Mapping[str, Any], source: str = "<config>", prefix: str = "") -> Config:
    """Validate a config mapping (the ``[tool.sourcelint]`` table) into a Config."""

    def err(key: str, msg: str) -> ConfigError:
        return ConfigError(f"{source}: {prefix}{key}: {msg}")

    here = Path(source).parent if source != "<config>" else None
    values: dict[str, Any] = {"source": source}
    for key, value in data.items():
        if key in _LIST_KEYS:
            values[_LIST_KEYS[key]] = _parse_list(key, value, here, err)
        elif key in _STR_KEYS:
            if not isinstance(value, str) or not value:
                raise err(key, "expected a non-empty string")
            if key == "html-extract" and value not in HTML_EXTRACT_MODES:
                raise err(key, f"expected one of {', '.join(HTML_EXTRACT_MODES)}")
            if key == "language":
                value = check_language(value, lambda m: err(key, m))
            if key == "output" and here is not None and not Path(value).is_absolute():
                value = str(here / value)  # next to the config, wherever the command runs from
            values[_STR_KEYS[key]] = value
        elif key in _BOOL_KEYS:
            if not isinstance(value, bool):
                raise err(key, "expected true or false")
            values[_BOOL_KEYS[key]] = value
        elif key in _NUMBER_KEYS:
            values[key.replace("-", "_")] = _parse_number(key, value, err)
        elif key in _TABLE_KEYS:
            if not isinstance(value, dict):
                raise err(key, "expected a table")
            values.update(_parse_table(key, value, err))
        else:
            raise err(key, f"unknown key (valid keys: {', '.join(KNOWN_KEYS)})")
    if values.get("review_threshold", 50.0) > values.get("pass_threshold", 80.0):
        raise err("score", "review threshold is above the pass threshold")
    return Config(**values)


def _parse_list(key: str, value: Any, here: Path | None, err: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise err(key, "expected a list of strings")
    if key in _SELECTOR_KEYS:
        for sel in value:
            _check_selector(sel, lambda m: err(key, m))
    if key == "plugins" and here is not None:
        # A plugin file named in a config is found next to that config,
        # wherever the command runs from.
        value = [str(here / v) if v.endswith(".py") and not Path(v).is_absolute() else v for v in value]
    return tuple(value)


def _parse_number(key: str, value: Any, err: Any) -> Any:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if key in ("max-document-chars", "max-line-bytes"):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_SIZE:
            raise err(key, f"expected a positive integer up to {MAX_SIZE:,}")
        return value
    if key == "max-findings-per-rule":
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**9:
            raise err(key, "expected a whole number from 0 (no limit) to 1,000,000,000")
        return value
    if key == "jobs":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise err(key, "expected a number of worker processes (0: all cores for big inputs)")
        return value
    if key == "rule-timeout":
        if not number or not (value == 0 or MIN_RULE_TIMEOUT <= value < 1e6):
            raise err(key, f"expected a number of seconds from {MIN_RULE_TIMEOUT} (0 turns the budget off)")
        return float(value)
    if key == "fail-under":
        if not number or not 0 <= value <= 100:
            raise err(key, "expected a score from 0 to 100")
        return float(value)
    if value not in SEVERITIES:  # fail-on
        raise err(key, f"expected one of {', '.join(SEVERITIES)}")
    return value


def _parse_table(key: str, value: dict[str, Any], err: Any) -> dict[str, Any]:
    """The Config fields of one table key (score, family-weights, severity, rules, per-file-ignores)."""
    if key == "score":
        for k, v in value.items():
            if k not in ("pass", "review"):
                raise err(f"score.{k}", "unknown key (valid keys: pass, review)")
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not 0 <= v <= 100:
                raise err(f"score.{k}", "expected a number from 0 to 100")
        return {"pass_threshold": float(value.get("pass", 80)), "review_threshold": float(value.get("review", 50))}
    if key == "family-weights":
        for fam, w in value.items():
            if not _FAMILY_RE.match(fam):
                raise err(f"{key}.{fam}", f"not a family name (built-in: {', '.join(FAMILIES)})")
            if not isinstance(w, (int, float)) or isinstance(w, bool) or not 0 <= w < 1e6:
                raise err(f"{key}.{fam}", "expected a non-negative finite number")
        return {"family_weights": {k.lower(): float(v) for k, v in value.items()}}
    if key == "severity":
        for code, sev in value.items():
            _check_selector(code, lambda m, c=code: err(f"severity.{c}", m))
            if sev not in SEVERITIES:
                raise err(f"severity.{code}", f"expected one of {', '.join(SEVERITIES)}")
        return {"severity": dict(value)}
    if key == "sources":
        return {"sources": parse_source_settings(value, err)}
    if key == "per-file-ignores":
        pairs = []
        for pattern, sels in value.items():
            if not isinstance(sels, list) or not all(isinstance(v, str) for v in sels):
                raise err(f"{key}.{pattern}", "expected a list of rule selectors")
            for sel in sels:
                _check_selector(sel, lambda m, p=pattern: err(f"{key}.{p}", m))
            pairs.append((pattern, tuple(sels)))
        return {"per_file_ignores": tuple(pairs)}
    if not all(isinstance(v, dict) for v in value.values()):  # rules
        raise err(key, "expected tables [rules.CODE] of rule options")
    return {"rule_options": {code: dict(opts) for code, opts in value.items()}}


def parse_per_file_ignores(items: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``--per-file-ignores`` values, flake8's ``GLOB:SELECTOR,SELECTOR`` form."""
    pairs = []
    for item in items:
        pattern, sep, sels = item.rpartition(":")
        selectors = tuple(s.strip() for s in sels.split(",") if s.strip())
        if not sep or not pattern or not selectors:
            raise ConfigError(f"--per-file-ignores: {item!r} is not GLOB:CODES (e.g. 'drafts/*:MT,DUP001')")
        for sel in selectors:
            _check_selector(sel, lambda m: ConfigError(f"--per-file-ignores: {m}"))
        pairs.append((pattern.strip(), selectors))
    return tuple(pairs)


def known_languages() -> tuple[str, ...]:
    """The language codes sourcelint can tell apart (langdetect's profiles)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY  # type: ignore[import-untyped]

    return tuple(sorted(p.name for p in Path(PROFILES_DIRECTORY).iterdir() if not p.name.startswith(".")))


def check_language(value: str, err: Any = ConfigError) -> str:
    """``value`` as a known language code (lowercase), or raise ``err(message)``."""
    code = value.lower()
    known = known_languages()
    if code in known:
        return code
    if code.split("-")[0] not in {k.split("-")[0] for k in known}:
        raise err(f"unknown language {value!r} (known codes, or regional forms of them such as pt-BR: "
                  f"{', '.join(known)})")
    return value  # a regional form ("pt-BR") as written


_FAMILY_RE = re.compile(r"^[A-Za-z][a-z0-9_-]*$")


_SELECTOR_RE = re.compile(r"^(?:[A-Za-z]{1,4}\d{0,3}|[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)$")


def _check_selector(sel: str, err: Any) -> None:
    """The form of a selector; whether it matches a rule is checked once the rules are loaded."""
    if not _SELECTOR_RE.match(sel):
        raise err(f"bad selector {sel!r} (use ALL, a family name, a code like DUP001, a prefix like MT "
                  "or a rule name like glued-words)")
