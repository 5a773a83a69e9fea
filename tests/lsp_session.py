"""A real LSP client (pytest-lsp's, built on pygls) driving ``sourcelint server`` over stdio.

Shared by the language-server tests and tests/benchmarks/lsp_latency.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from pathlib import Path
from typing import Any, AsyncIterator

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER_COMMAND = [sys.executable, "-m", "sourcelint", "server"]


class Editor:
    """The client plus what an editor keeps: the texts it shows and the edits it was asked to apply."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}
        self.applied: list[types.ApplyWorkspaceEditParams] = []
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.arrived: dict[str, asyncio.Event] = {}
        self.lens_refreshes = 0
        self.registrations: list[types.Registration] = []

    def open(self, path: Path, language_id: str = "plaintext") -> str:
        uri = path.as_uri()
        text = path.read_text(encoding="utf-8")
        self.texts[uri], self.versions[uri] = text, 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=1, text=text)))
        return uri

    def replace_all(self, uri: str, text: str) -> None:
        """Send the whole new text (a full-document change)."""
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))

    def edit(self, uri: str, edits: list[types.TextEdit]) -> None:
        """Apply LSP text edits locally, as an editor would, and send the result."""
        self.replace_all(uri, apply_text_edits(self.texts[uri], edits))

    async def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30) -> list[types.Diagnostic]:
        """The diagnostics published for ``uri`` (for ``version`` when given)."""
        async def wait() -> list[types.Diagnostic]:
            while True:
                for p in reversed(self.published.get(uri, [])):
                    if version is None or p.version == version:
                        return list(p.diagnostics)
                event = self.arrived.setdefault(uri, asyncio.Event())
                await event.wait()
                event.clear()
        return await asyncio.wait_for(wait(), timeout)


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """``text`` with non-overlapping LSP edits applied (UTF-16 positions; ASCII-safe here)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(pos: types.Position) -> int:
        if pos.line >= len(lines):
            return len(text)
        return starts[pos.line] + _utf16_to_index(lines[pos.line], pos.character)

    out = text
    for e in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        out = out[: offset(e.range.start)] + e.new_text + out[offset(e.range.end):]
    return out


def _utf16_to_index(line: str, units: int) -> int:
    count = 0
    for i, c in enumerate(line):
        if count >= units:
            return i
        count += 2 if ord(c) > 0xFFFF else 1
    return len(line)


def edits_of(edit: types.WorkspaceEdit, uri: str) -> list[types.TextEdit]:
    """The text edits a workspace edit makes to ``uri``."""
    out: list[types.TextEdit] = []
    for change in edit.document_changes or []:
        if isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri:
            out += [e for e in change.edits if isinstance(e, types.TextEdit)]
    out += list((edit.changes or {}).get(uri, []))
    return out


def _client(editor_box: list[Editor]) -> LanguageClient:
    # pytest-lsp's client with its handlers (logs, messages, progress), except
    # that diagnostics are kept per version and edits are applied here.
    client = LanguageClient(converter_factory=default_converter)
    register_lsp_features(client, {m: f for m, f in DEFAULT_CLIENT_FEATURES.items()
                                   if m != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS})

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        editor = editor_box[0]
        editor.applied.append(params)
        for change in params.edit.document_changes or []:
            if isinstance(change, types.TextDocumentEdit):
                uri = change.text_document.uri
                if change.text_document.version != editor.versions.get(uri):
                    return types.ApplyWorkspaceEditResult(applied=False, failure_reason="stale version")
                editor.edit(uri, edits_of(params.edit, uri))
        return types.ApplyWorkspaceEditResult(applied=True)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        editor_box[0].registrations += params.registrations

    @client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def lens_refresh(params: None) -> None:
        editor_box[0].lens_refreshes += 1

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        editor = editor_box[0]
        editor.published.setdefault(params.uri, []).append(params)
        editor.arrived.setdefault(params.uri, asyncio.Event()).set()

    return client


@contextlib.asynccontextmanager
async def session(root: Path, options: dict[str, Any] | None = None,
                  cache: Path | None = None) -> AsyncIterator[Editor]:
    """A started, initialized server with ``root`` as its workspace; shut down at the end."""
    box: list[Editor] = []
    client = _client(box)
    editor = Editor(client)
    box.append(editor)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache or root / ".cache")}
    await client.start_io(*SERVER_COMMAND, env=env)
    try:
        await client.initialize_session(types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
            initialization_options=options or {"debounce": 50},
        ))
        yield editor
    finally:
        if client._server is not None and client._server.returncode is None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.shutdown_session(), 30)
        await client.stop()
