"""Configuration: ``[tool.sourcelint]`` in pyproject.toml, or sourcelint.toml.

Every key is validated; an unknown key or a bad value raises ConfigError
naming the key and the file, because a silently ignored typo in a linter's
config is a bug the user never sees.
"""

from __future__ import annotations

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

__all__ = ["Config", "ConfigError", "find_config", "load_config", "CONFIG_FILES", "matches"]

CONFIG_FILES = ("sourcelint.toml", ".sourcelint.toml", "pyproject.toml")
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
    family_weights: Mapping[str, float] = field(default_factory=dict)
    #: What of an HTML page is linted: "main" (the extractor's main text) or
    #: "full" (every visible text block, navigation and comments included).
    html_extract: str = "main"
    source: str | None = None

    def with_overrides(self, **changes: Any) -> "Config":
        """A copy with some fields replaced (ignoring ``None`` values)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def is_selected(self, code: str, family: str) -> bool:
        """Whether a rule is enabled by select / extend-select / ignore."""
        chosen = matches(self.select, code, family) or matches(self.extend_select, code, family)
        return chosen and not matches(self.ignore, code, family)


def matches(selectors: Iterable[str], code: str, family: str) -> bool:
    """True if any selector (``ALL``, a family name, a code or prefix) covers the rule."""
    for sel in selectors:
        if sel == "ALL" or sel == family or code.startswith(sel):
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
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "sourcelint" in data.get("tool", {})


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
    "include": "include",
    "exclude": "exclude",
    "plugins": "plugins",
}
_STR_KEYS = {"language": "language", "text-field": "text_field", "id-field": "id_field"}


def parse_config(data: Mapping[str, Any], source: str = "<config>", prefix: str = "") -> Config:
    """Validate a config mapping (the ``[tool.sourcelint]`` table) into a Config."""

    def err(key: str, msg: str) -> ConfigError:
        return ConfigError(f"{source}: {prefix}{key}: {msg}")

    values: dict[str, Any] = {"source": source}
    for key, value in data.items():
        if key in _LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise err(key, "expected a list of strings")
            if key in ("select", "ignore", "extend-select"):
                for sel in value:
                    _check_selector(sel, lambda m: err(key, m))
            if key == "plugins" and source != "<config>":
                # A plugin file named in a config is found next to that config,
                # wherever the command runs from.
                here = Path(source).parent
                value = [str(here / v) if v.endswith(".py") and not Path(v).is_absolute() else v for v in value]
            values[_LIST_KEYS[key]] = tuple(value)
        elif key in _STR_KEYS:
            if not isinstance(value, str) or not value:
                raise err(key, "expected a non-empty string")
            values[_STR_KEYS[key]] = value
        elif key in ("max-document-chars", "max-line-bytes"):
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise err(key, "expected a positive integer")
            values[key.replace("-", "_")] = value
        elif key == "rule-timeout":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 1e6:
                raise err(key, "expected a number of seconds (0 turns the budget off)")
            values["rule_timeout"] = float(value)
        elif key == "html-extract":
            if value not in HTML_EXTRACT_MODES:
                raise err(key, f"expected one of {', '.join(HTML_EXTRACT_MODES)}")
            values["html_extract"] = value
        elif key == "score":
            if not isinstance(value, dict):
                raise err(key, "expected a table")
            for k, v in value.items():
                if k not in ("pass", "review"):
                    raise err(f"score.{k}", "unknown key (known: pass, review)")
                if not isinstance(v, (int, float)) or isinstance(v, bool) or not 0 <= v <= 100:
                    raise err(f"score.{k}", "expected a number from 0 to 100")
            values["pass_threshold"] = float(value.get("pass", 80))
            values["review_threshold"] = float(value.get("review", 50))
            if values["review_threshold"] > values["pass_threshold"]:
                raise err("score", "review threshold is above the pass threshold")
        elif key == "family-weights":
            if not isinstance(value, dict):
                raise err(key, "expected a table")
            for fam, w in value.items():
                if fam not in FAMILIES:
                    raise err(f"{key}.{fam}", f"unknown family (known: {', '.join(FAMILIES)})")
                if not isinstance(w, (int, float)) or isinstance(w, bool) or w < 0:
                    raise err(f"{key}.{fam}", "expected a non-negative number")
            values["family_weights"] = {k: float(v) for k, v in value.items()}
        elif key == "severity":
            if not isinstance(value, dict):
                raise err(key, "expected a table of CODE = severity")
            for code, sev in value.items():
                _check_selector(code, lambda m, c=code: err(f"severity.{c}", m))
                if sev not in SEVERITIES:
                    raise err(f"severity.{code}", f"expected one of {', '.join(SEVERITIES)}")
            values["severity"] = dict(value)
        elif key == "rules":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise err(key, "expected tables [rules.CODE] of rule options")
            values["rule_options"] = {code: dict(opts) for code, opts in value.items()}
        else:
            raise err(key, "unknown key")
    return Config(**values)


_SELECTOR_RE = re.compile(r"^[A-Z]{1,4}\d{0,3}$")


def _check_selector(sel: str, err: Any) -> None:
    if sel != "ALL" and sel not in FAMILIES and not _SELECTOR_RE.match(sel):
        raise err(f"bad selector {sel!r} (use ALL, a family name, a code like DUP001 or a prefix like MT)")
