"""Which configuration a run uses: the one named, none, or the nearest one
found by walking up from the inputs, which runs no plugin code unless the
user says so (it may sit in a folder someone else controls)."""

from __future__ import annotations

from pathlib import Path

import click

from .config import Config, ConfigError, find_config, load_config

__all__ = ["resolve_config"]


def resolve_config(config_path: str | None, paths: tuple[str, ...], isolated: bool = False,
                   allow_plugins: bool = False) -> Config:
    """The configuration of a run over ``paths`` (see the module docstring)."""
    if isolated:
        if config_path:
            raise ConfigError("--isolated ignores every configuration file: drop --config or --isolated")
        return Config()
    if config_path:
        return load_config(Path(config_path))
    starts = [Path(p) for p in paths if p != "-" and Path(p).exists()] or [Path.cwd()]
    found = find_config(starts[0])
    # One configuration per run (the rules and the pool are built once): say
    # so when other inputs sit under another configuration file.
    others = sorted({str(f) for f in map(find_config, starts[1:]) if f != found and f is not None})
    if others or (found is not None and any(find_config(s) is None for s in starts[1:])):
        click.echo(f"sourcelint: warning: the inputs fall under different configuration files; every input is "
                   f"linted with {found or 'the defaults'} (found from {starts[0]}), not "
                   f"{', '.join(others) or 'the defaults'}: run them separately or pass --config", err=True)
    return _untrusted(load_config(found), allow_plugins)


def _untrusted(config: Config, allow_plugins: bool) -> Config:
    """A configuration found by walking up from the inputs: it may sit in a
    folder someone else controls (a checkout, a shared /tmp), so it runs no
    code unless the user says so."""
    if config.plugins and not allow_plugins:
        raise ConfigError(
            f"{config.source}: plugins = {list(config.plugins)!r} would run code from a configuration found by "
            f"walking up from the inputs; pass --allow-plugins to run them, --config {config.source} to trust "
            "this file, or --isolated to ignore every configuration")
    return config
