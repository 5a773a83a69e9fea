"""Inline suppression directives."""

from __future__ import annotations

from pathlib import Path

from sourcelint import Config, Linter
from sourcelint.registry import import_plugin, rules_from

PLUGIN = Path(__file__).parent / "plugins" / "example_plugin.py"
RULES = rules_from(import_plugin(str(PLUGIN)))


def codes(text: str) -> list[int]:
    return [f.start for f in Linter(Config(record_directives=True), rules=RULES).lint_text(text).findings]


def test_disable_enable_region() -> None:
    text = ("lorem ipsum one.\n\n<!-- sourcelint: disable=BLP901 -->\n\nlorem ipsum two.\n\n"
            "<!-- sourcelint: enable -->\n\nlorem ipsum three.")
    found = codes(text)
    assert found == [text.index("lorem ipsum one"), text.index("lorem ipsum three")]


def test_disable_by_prefix_and_family_and_all() -> None:
    for sel in ("BLP", "boilerplate", ""):
        arg = f"={sel}" if sel else ""
        text = f"<!-- sourcelint: disable{arg} -->\nlorem ipsum."
        assert codes(text) == [], sel


def test_disable_other_code_keeps_finding() -> None:
    assert len(codes("<!-- sourcelint: disable=DUP001 -->\nlorem ipsum.")) == 1


def test_disable_file() -> None:
    assert codes("lorem ipsum.\n\nlorem ipsum.\n<!-- sourcelint: disable-file -->") == []


def test_enable_turns_back_on_only_what_it_names() -> None:
    from sourcelint.suppress import parse_suppressions
    from sourcelint.finding import Finding

    text = ("<!-- sourcelint: disable=DUP001,MT --> one "
            "<!-- sourcelint: enable=MT --> two "
            "<!-- sourcelint: enable --> three")

    def f(code: str, family: str, word: str) -> Finding:
        at = text.index(word)
        return Finding(code, "r", family, "warning", "m", at, at + 1, 1, 1, 1, 1)

    sup = parse_suppressions(text)
    kept = {(x.code, text[x.start:x.start + 3]) for x in sup.filter([
        f(code, fam, word) for code, fam in (("DUP001", "duplication"), ("MT002", "translation"))
        for word in ("one", "two", "three")])}
    assert kept == {("MT002", "two"), ("DUP001", "thr"), ("MT002", "thr")}
    narrower = parse_suppressions("<!-- sourcelint: disable=MT --> a <!-- sourcelint: enable=MT004 --> b")
    at = len("<!-- sourcelint: disable=MT --> a <!-- sourcelint: enable=MT004 --> ")
    assert not narrower.suppresses(Finding("MT004", "r", "translation", "warning", "m", at, at, 1, 1, 1, 1))
    assert narrower.suppresses(Finding("MT002", "r", "translation", "warning", "m", at, at, 1, 1, 1, 1))
