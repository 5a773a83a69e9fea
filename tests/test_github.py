"""``--format github``: workflow commands with GitHub's escaping."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sourcelint.cli import cli
from sourcelint.reporters.github import escape_data, escape_property

PLUGIN = str(Path(__file__).parent / "plugins" / "fix_plugin.py")


def test_escaping_follows_the_runner() -> None:
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    # Escaping % first keeps an already escaped-looking sequence literal.
    assert escape_data("%0A") == "%250A"


def test_annotations_for_findings_and_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("odd,name:1.md").write_text("Intro.\n\nteh cat and a very unique idea.\n")
    Path("in.jsonl").write_text('{"id": "r,1", "text": "teh"}\n')
    result = CliRunner().invoke(
        cli, ["check", "--format", "github", "--plugin", PLUGIN, "--select", "LNG901,LNG903",
              "odd,name:1.md", "in.jsonl", "nope.txt"],
        catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "::warning file=odd%2Cname%3A1.md,line=3,col=1,endLine=3,endColumn=4,title=LNG901 teh-typo::"
        "'teh' is a typo%0AThe typo \"teh\".%0AFix: write 'the'"
    )
    assert lines[1].startswith("::warning file=odd%2Cname%3A1.md,line=3,col=15,endLine=3,endColumn=26,"
                               "title=LNG903 very-unique::")
    assert lines[1].endswith("%0AFix (unsafe): drop 'very '")
    assert lines[2].startswith("::warning file=in.jsonl,line=1,title=LNG901 teh-typo::[r,1 1:1] 'teh' is a typo")
    assert lines[3] == "::error file=nope.txt,title=sourcelint%3A unreadable input::no such file or folder"
    assert lines[-1].startswith("sourcelint: 3 document(s)")
    assert result.exit_code == 2


def test_severity_maps_to_command(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("teh\n")
    (tmp_path / "sourcelint.toml").write_text('[severity]\nLNG901 = "info"\n')
    result = CliRunner().invoke(
        cli, ["check", "--format", "github", "--plugin", PLUGIN, "--select", "LNG901",
              "--config", str(tmp_path / "sourcelint.toml"), str(p)], catch_exceptions=False)
    assert result.stdout.startswith("::notice file=")
