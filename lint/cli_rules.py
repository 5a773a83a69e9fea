"""The `rules` and `explain` commands: what rules there are, and each one's documentation."""

from __future__ import annotations

import json

import click

from .config import ConfigError, matches
from .discovery import resolve_config
from .docs import render_rule_doc
from .linter import InternalError, TooManyFindings, resolve_rule_key
from .registry import RegistryError, load_rules
from .rule import Rule

__all__ = ["list_rules", "explain"]


def _all_rules(plugins: tuple[str, ...], config_path: str | None, isolated: bool = False,
               allow_plugins: bool = False) -> dict[str, type[Rule]]:
    """Every rule: built-ins, the config's plugins (nearest config from the
    working folder, or --config) and --plugin modules; SL001 and SL002 included."""
    try:
        config = resolve_config(config_path, (), isolated, allow_plugins)
        rules = load_rules(config.plugins + plugins)
    except (ConfigError, RegistryError) as exc:
        raise click.UsageError(str(exc)) from exc
    return {**rules, InternalError.code: InternalError, TooManyFindings.code: TooManyFindings}


@click.command("rules")
@click.option("--plugin", "plugins", multiple=True, help="Extra rule module (import name or .py path).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--allow-plugins", is_flag=True, help="Run the plugins named by the nearest configuration.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="markdown: the full documentation of every rule, for a docs page.")
def list_rules(plugins: tuple[str, ...], config_path: str | None, fmt: str, isolated: bool = False,
               allow_plugins: bool = False) -> None:
    """List every available rule."""
    rules = _all_rules(plugins, config_path, isolated, allow_plugins)
    if fmt == "markdown":
        click.echo("| code | name | family | severity | fix | summary |\n|---|---|---|---|---|---|")
        for r in rules.values():
            click.echo(f"| {r.code} | {r.name} | {r.family} | {r.severity} | {_fix_label(r)} "
                       f"| {r.summary()} |")
        for r in rules.values():
            click.echo("\n---\n\n# " + render_rule_doc(r))
        return
    if fmt == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "family": r.family, "severity": r.severity,
             "fixable": r.fixable, "fix_safety": r.fix_safety if r.fixable else None, "summary": r.summary()}
            for r in rules.values()
        ], indent=2))
        return
    click.echo(f"{'code':<7} {'name':<32} {'family':<12} {'severity':<8} {'fix':<7} summary")
    for r in rules.values():
        click.echo(f"{r.code:<7} {r.name:<32} {r.family:<12} {r.severity:<8} {_fix_label(r):<7} {r.summary()}")


def _fix_label(rule: type) -> str:
    """"safe", "unsafe", "mixed" for a fixable rule, "-" otherwise."""
    return rule.fix_safety if rule.fixable else "-"


@click.command()
@click.argument("code")
@click.option("--plugin", "plugins", multiple=True, help="Extra rule module (import name or .py path).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest).")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--allow-plugins", is_flag=True, help="Run the plugins named by the nearest configuration.")
def explain(code: str, plugins: tuple[str, ...], config_path: str | None, isolated: bool = False,
            allow_plugins: bool = False) -> None:
    """Print the documentation of a rule (CODE or name, any case), or list a
    family's rules (MT, translation)."""
    rules = _all_rules(plugins, config_path, isolated, allow_plugins)
    key = resolve_rule_key(code, rules)
    if key is not None:
        click.echo(render_rule_doc(rules[key]), nl=False)
        return
    family = [r for r in rules.values() if matches((code,), r.code, r.family, r.name)] if code.strip() else []
    families = sorted({r.family for r in family})
    if not family or len(families) > 1 and code.upper() != "ALL":
        known = {r.family: r.code.rstrip("0123456789") for r in rules.values() if r.family != "internal"}
        raise click.UsageError(f"no rule or family {code!r}; `sourcelint rules` lists them "
                               f"(families: {', '.join(f'{p} {n}' for n, p in known.items())})")
    for fam in families:
        members = [r for r in family if r.family == fam]
        click.echo(f"{fam} ({members[0].code.rstrip('0123456789')}): {len(members)} rule(s)\n")
        for r in members:
            click.echo(f"  {r.code}  {r.name:<30} {r.severity:<8} {_fix_label(r):<7} {r.summary()}")
        click.echo(f"\n`sourcelint explain {members[0].code}` (or a rule name) shows one rule's documentation.")
