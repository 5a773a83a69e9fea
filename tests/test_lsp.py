"""``sourcelint server`` driven over stdio by a real LSP client (pytest-lsp / pygls).

Each test starts the server as an editor would (``python -m sourcelint
server``), on a copy of a sample in a temporary workspace.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from lsprotocol import types

from conftest import SAMPLES
from lsp_session import edits_of, session

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(120)]


def _copy(prefix: str, folder: Path, name: str | None = None) -> Path:
    (src,) = SAMPLES.glob(f"{prefix}_*.txt")
    dst = folder / (name or src.name)
    shutil.copyfile(src, dst)
    return dst


def _codes(diags: list[types.Diagnostic]) -> list[str]:
    return [str(d.code) for d in diags]


def _first(diags: list[types.Diagnostic], code: str) -> types.Diagnostic:
    return next(d for d in diags if d.code == code)


async def _actions(editor, uri: str, diag: types.Diagnostic, only=None) -> list[types.CodeAction]:
    result = await editor.client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag], only=only)))
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


async def test_004_session_diagnostics_fix_change_hover_shutdown(tmp_path: Path) -> None:
    path = _copy("004", tmp_path)
    async with session(tmp_path) as editor:
        uri = editor.open(path)
        diags = await editor.diagnostics(uri, version=1)
        codes = _codes(diags)
        # Duplication, pronouns and glued words, as the CLI reports them (the
        # glued word of the pasted copy is folded onto the first one).
        assert "DUP002" in codes and "PRN001" in codes and codes.count("MT001") == 1
        dup = _first(diags, "DUP002")
        assert dup.severity in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning)
        assert dup.range.start.line == 21  # the repeat starts on line 22
        assert dup.related_information and dup.related_information[0].location.uri == uri
        assert dup.related_information[0].location.range.start.line == 1  # the first copy
        prn = _first(diags, "PRN001")
        assert prn.related_information, "PRN001 points at the earlier mention of the person"
        doc_path = Path(urlparse(dup.code_description.href).path)
        assert doc_path.is_file() and "DUP002" in doc_path.read_text(encoding="utf-8")
        score = _first(diags, "score")
        assert "reject" in score.message and score.range.start.line == 0

        glued = _first(diags, "MT001")
        assert glued.range.start.line == 1
        actions = await _actions(editor, uri, glued)
        fix = next(a for a in actions if a.title.startswith("Fix MT001"))
        assert fix.is_preferred and fix.kind == types.CodeActionKind.QuickFix
        titles = {a.title for a in actions}
        assert {"Disable MT001 for this line", "Disable MT001 for this file"} <= titles
        assert "Disable MT001 for this paragraph" not in titles  # in 004 a paragraph is a line

        # The quick fix through workspace/executeCommand -> workspace/applyEdit.
        ok = await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="sourcelint.applyFix",
            arguments=[uri, 1, "MT001", glued.data["start"], glued.data["end"]]))
        assert ok is True
        assert len(editor.applied) == 1 and editor.versions[uri] == 2
        assert "Michelle Bachelet This week-long" in editor.texts[uri].splitlines()[1]
        after = await editor.diagnostics(uri, version=2)
        # The fix repaired the copy too: no glued word is left.
        assert _codes(after).count("MT001") == 0

        hover = await editor.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=prn.range.start))
        assert hover is not None and "PRN001" in hover.contents.value
        assert "Why it matters" in hover.contents.value

        # Change the text: a clean article replaces the garbled one.
        clean = next(SAMPLES.glob("000_*.txt")).read_text(encoding="utf-8")
        editor.replace_all(uri, clean)
        fresh = await editor.diagnostics(uri, version=3)
        assert _codes(fresh) == ["score"] and "pass" in fresh[0].message

        await editor.client.shutdown_session()
        assert editor.client._server.returncode == 0


async def test_code_action_edits_fix_all_and_disable(tmp_path: Path) -> None:
    path = _copy("004", tmp_path)
    async with session(tmp_path) as editor:
        uri = editor.open(path)
        diags = await editor.diagnostics(uri, version=1)
        stray = _first(diags, "MT002")
        actions = await _actions(editor, uri, stray)
        fix_all = next(a for a in actions if a.title.startswith("Fix all safe"))
        editor.edit(uri, edits_of(fix_all.edit, uri))
        fixed = await editor.diagnostics(uri, version=2)
        assert not {"DUP002", "MT001", "MT002"} & set(_codes(fixed))
        assert "PRN001" in _codes(fixed)  # no fix: it stays

        prn = _first(fixed, "PRN001")
        actions = await _actions(editor, uri, prn)
        file_off = next(a for a in actions if a.title == "Disable PRN001 for this file")
        editor.edit(uri, edits_of(file_off.edit, uri))
        assert editor.texts[uri].startswith("<!-- sourcelint: disable=PRN001 -->\n")
        quiet = await editor.diagnostics(uri, version=3)
        assert "PRN001" not in _codes(quiet) and "score" in _codes(quiet)


async def test_disable_for_line_silences_only_that_line(tmp_path: Path) -> None:
    path = _copy("004", tmp_path)
    async with session(tmp_path) as editor:
        uri = editor.open(path)
        diags = await editor.diagnostics(uri, version=1)
        before = _codes(diags)
        glued = _first(diags, "MT001")
        actions = await _actions(editor, uri, glued)
        line_off = next(a for a in actions if a.title == "Disable MT001 for this line")
        editor.edit(uri, edits_of(line_off.edit, uri))
        lines = editor.texts[uri].splitlines()
        assert lines[1] == "<!-- sourcelint: disable=MT001 -->" and lines[3] == "<!-- sourcelint: enable=MT001 -->"
        after_diags = await editor.diagnostics(uri, version=2)
        after = _codes(after_diags)
        # The glued word on the silenced line (now line 3) is gone; its repeat in
        # the pasted copy, folded onto it before, now stands on its own.
        assert not [d for d in after_diags if d.code == "MT001" and d.range.start.line == 2]
        assert sorted(c for c in after if c != "MT001") == sorted(c for c in before if c != "MT001")


async def test_configuration_is_discovered_and_reloaded(tmp_path: Path) -> None:
    path = _copy("004", tmp_path)
    async with session(tmp_path) as editor:
        uri = editor.open(path)
        assert "PRN001" in _codes(await editor.diagnostics(uri, version=1))
        # The client said it can watch files for the server: the configuration files are watched.
        (watch,) = [r for r in editor.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
        assert "sourcelint.toml" in watch.register_options["watchers"][0]["globPattern"]
        config = tmp_path / "sourcelint.toml"
        config.write_text('ignore = ["pronouns"]\n', encoding="utf-8")
        editor.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]))
        editor.published[uri].clear()
        diags = await editor.diagnostics(uri, version=1)
        assert "PRN001" not in _codes(diags) and "DUP002" in _codes(diags)

        config.write_text('select = ["NOPE"]\n', encoding="utf-8")
        editor.published[uri].clear()
        editor.replace_all(uri, editor.texts[uri] + "\n")  # no notification: the next lint rereads it
        (bad,) = await editor.diagnostics(uri, version=2)
        assert bad.code == "config" and "NOPE" in bad.message


async def test_too_large_document_gets_one_diagnostic(tmp_path: Path) -> None:
    (tmp_path / "sourcelint.toml").write_text("max-document-chars = 1000\n", encoding="utf-8")
    path = _copy("004", tmp_path)
    async with session(tmp_path) as editor:
        uri = editor.open(path)
        (only,) = await editor.diagnostics(uri, version=1)
        assert only.code == "not-linted" and "max-document-chars" in only.message


_PLUGIN = '''
import time
from sourcelint import Rule


class Explodes(Rule):
    """Raises or loops on a marker (a rule with a bug).

    What it finds:
    Nothing.

    Why it matters:
    Tests that a broken rule cannot take the server down.

    How to fix:
    Nothing to fix.
    """

    code = "BLP990"
    name = "test-explodes"
    family = "boilerplate"

    def check(self, doc):
        # Printed into the protocol stream, this header would swallow the next messages.
        print("Content-Length: 100000\\r\\n\\r\\n", end="", flush=True)
        if "RAISE-HERE" in doc.text:
            raise RuntimeError("boom")
        if "LOOP-HERE" in doc.text:
            while True:
                time.sleep(0.01)
        return []


RULES = [Explodes]
'''


async def test_a_rule_that_raises_hangs_or_prints_never_stops_the_server(tmp_path: Path) -> None:
    (tmp_path / "explodes.py").write_text(_PLUGIN, encoding="utf-8")
    (tmp_path / "sourcelint.toml").write_text('plugins = ["explodes.py"]\nrule-timeout = 4\n', encoding="utf-8")
    path = _copy("004", tmp_path)
    async with session(tmp_path) as editor:
        uri = editor.open(path)
        assert "SL001" not in _codes(await editor.diagnostics(uri, version=1))
        editor.replace_all(uri, editor.texts[uri] + "\nRAISE-HERE\n")
        raised = await editor.diagnostics(uri, version=2)
        assert "boom" in _first(raised, "SL001").message and "DUP002" in _codes(raised)
        editor.replace_all(uri, editor.texts[uri].replace("RAISE-HERE", "LOOP-HERE"))
        hung = await editor.diagnostics(uri, version=3)
        assert "time budget" in _first(hung, "SL001").message and "PRN001" in _codes(hung)
        # Still serving.
        hover = await editor.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=_first(hung, "PRN001").range.start))
        assert hover is not None


async def test_markdown_code_lens_and_non_articles(tmp_path: Path) -> None:
    path = _copy("004", tmp_path, "article.md")
    other = tmp_path / "script.py"
    other.write_text("print('Michelle BacheletThis')\n", encoding="utf-8")
    async with session(tmp_path) as editor:
        uri = editor.open(path, language_id="markdown")
        assert "DUP002" in _codes(await editor.diagnostics(uri, version=1))
        lenses = await editor.client.text_document_code_lens_async(types.CodeLensParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        assert lenses and "reject" in lenses[0].command.title
        py = editor.open(other, language_id="python")
        # A Python file is not an article: no diagnostics, no hover.
        hover = await editor.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=py), position=types.Position(line=0, character=10)))
        assert hover is None and py not in editor.published


async def test_changes_are_debounced_and_a_save_lints_at_once(tmp_path: Path) -> None:
    path = _copy("004", tmp_path)
    async with session(tmp_path, options={"debounce": 600_000}) as editor:
        uri = editor.open(path)
        await editor.diagnostics(uri, version=1)
        for _ in range(5):  # typing: nothing is linted while the debounce runs
            editor.replace_all(uri, editor.texts[uri].replace("BacheletThis", "Bachelet This", 1))
        editor.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        saved = await editor.diagnostics(uri, version=6)
        assert "MT001" not in _codes(saved)
        assert [p.version for p in editor.published[uri]] == [1, 6]


async def test_an_unsaved_buffer_uses_the_workspace_folder_configuration(tmp_path: Path) -> None:
    (tmp_path / "sourcelint.toml").write_text('ignore = ["pronouns"]\n', encoding="utf-8")
    text = next(SAMPLES.glob("004_*.txt")).read_text(encoding="utf-8")
    async with session(tmp_path) as editor:
        uri = "untitled:Untitled-1"
        editor.texts[uri], editor.versions[uri] = text, 1
        editor.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
        codes = _codes(await editor.diagnostics(uri, version=1))
        assert "DUP002" in codes and "PRN001" not in codes
