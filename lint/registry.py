"""Plugin discovery for rules and reporters.

Built-in rules are found exactly like third-party ones: through the
``sourcelint.rules`` entry-point group (each entry names a module or a Rule
class). Modules named on the command line or in the config (``plugins``) are
loaded the same way, by import name or by file path.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Sequence

from .finding import FAMILIES
from .rule import Rule, RuleError

__all__ = ["RegistryError", "load_rules", "load_reporters", "rules_from", "import_plugin"]

RULES_GROUP = "sourcelint.rules"
REPORTERS_GROUP = "sourcelint.reporters"


class RegistryError(Exception):
    """A plugin could not be loaded, or two rules claim one code."""


def import_plugin(spec: str) -> ModuleType:
    """Import a plugin module by dotted name or by ``.py`` file path."""
    path = Path(spec)
    if spec.endswith(".py") or path.exists():
        if not path.is_file():
            raise RegistryError(f"plugin {spec!r}: no such file")
        name = f"sourcelint_plugin_{path.stem}_{abs(hash(str(path.resolve()))) & 0xFFFFFF:x}"
        module_spec = importlib.util.spec_from_file_location(name, path)
        if module_spec is None or module_spec.loader is None:
            raise RegistryError(f"plugin {spec!r}: cannot be imported")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module
        try:
            module_spec.loader.exec_module(module)
        except Exception as exc:
            del sys.modules[name]
            raise RegistryError(f"plugin {spec!r}: {type(exc).__name__}: {exc}") from exc
        return module
    try:
        return importlib.import_module(spec)
    except Exception as exc:
        raise RegistryError(f"plugin {spec!r}: {type(exc).__name__}: {exc}") from exc


def rules_from(obj: Any) -> list[type[Rule]]:
    """The rule classes an entry point or plugin module provides.

    A module may list them in ``RULES``; otherwise every concrete Rule
    subclass defined in the module is taken. A class or a list of classes is
    taken as is.
    """
    if inspect.isclass(obj) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [c for item in obj for c in rules_from(item)]
    if isinstance(obj, ModuleType):
        listed = getattr(obj, "RULES", None)
        if listed is not None:
            return rules_from(list(listed))
        return [
            c
            for c in vars(obj).values()
            if inspect.isclass(c) and issubclass(c, Rule) and c.code and c.__module__ == obj.__name__
        ]
    raise RegistryError(f"{obj!r} is not a Rule class, a list of them, or a module")


def load_rules(plugins: Sequence[str] = ()) -> dict[str, type[Rule]]:
    """Every available rule class by code: entry points, then named plugins.

    Raises RegistryError if a plugin fails to load, a rule is declared
    wrongly, or two rules claim one code.
    """
    found: dict[str, type[Rule]] = {}
    origin: dict[str, str] = {}
    new_families: dict[str, str] = {}  # family a plugin adds -> its prefix

    def add(classes: Iterable[type[Rule]], source: str) -> None:
        for cls in classes:
            try:
                cls.validate_declaration()
            except RuleError as exc:
                raise RegistryError(f"{source}: {exc}") from exc
            if cls.code in found and found[cls.code] is not cls:
                raise RegistryError(
                    f"rule code {cls.code} is defined twice: by {origin[cls.code]} "
                    f"({found[cls.code].__qualname__}) and by {source} ({cls.__qualname__})"
                )
            prefix = cls.family_prefix if cls.family not in FAMILIES and cls.family != "internal" else None
            if prefix is not None and new_families.setdefault(cls.family, prefix) != prefix:
                raise RegistryError(f"{source}: family {cls.family!r} has the prefix {new_families[cls.family]} "
                                    f"elsewhere, not {prefix}")
            found[cls.code] = cls
            origin[cls.code] = source

    for ep in sorted(entry_points(group=RULES_GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:
            raise RegistryError(f"entry point {ep.name} = {ep.value}: {type(exc).__name__}: {exc}") from exc
        add(rules_from(obj), f"entry point {ep.name!r}")
    for spec in plugins:
        add(rules_from(import_plugin(spec)), f"plugin {spec!r}")
    return dict(sorted(found.items()))


def load_reporters(plugins: Sequence[str] = ()) -> dict[str, type]:
    """Reporter classes by format name, from entry points and plugin modules.

    A plugin module contributes reporters through a ``REPORTERS`` dict.
    """
    found: dict[str, type] = {}
    for ep in entry_points(group=REPORTERS_GROUP):
        try:
            found[ep.name] = ep.load()
        except Exception as exc:
            raise RegistryError(f"reporter {ep.name} = {ep.value}: {type(exc).__name__}: {exc}") from exc
    for spec in plugins:
        found.update(getattr(import_plugin(spec), "REPORTERS", {}))
    return found
