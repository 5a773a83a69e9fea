"""``sourcelint server``: the language server (LSP over stdio, built on pygls).

Documents are linted on open and save, and after a pause in typing (the
debounce); each lint publishes the findings and the score. Linting runs on
the main thread, where the per-rule time budget can stop a runaway rule (see
:class:`sourcelint.linter.Linter`); a rule that raises becomes SL001, and any
other failure one diagnostic, so no document can take the server down.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from .. import __version__
from ..config import CONFIG_FILES
from ..finding import Finding
from ..fix import applicable, fix_document
from ..linter import InternalError, Report
from ..rule import Rule
from .actions import (FIX_ALL_KIND, diff_edits, disable_actions, fix_all_action, quick_fix, text_edits,
                      wanted, workspace_edit)
from .diagnostics import (finding_diagnostic, problem_diagnostic, score_diagnostic, score_summary,
                          SOURCE)
from .hover import hover_markdown
from .positions import LineIndex
from .workspace import LinterCache, Setup, is_lintable, make_document, uri_to_path

__all__ = ["SourcelintServer", "build_server", "serve"]

log = logging.getLogger("sourcelint.server")

APPLY_FIX = "sourcelint.applyFix"
FIX_ALL = "sourcelint.fixAll"
#: Seconds between checks that the editor process (initialize's processId) still runs.
PARENT_POLL = 2.0


@dataclass
class Options:
    """Settings a client passes in ``initializationOptions``."""

    debounce: float = 0.2  # seconds after the last change before linting
    score_diagnostic: bool = True

    @classmethod
    def parse(cls, raw: Any) -> "Options":
        opts = cls()
        if isinstance(raw, dict):
            ms = raw.get("debounce")
            if isinstance(ms, (int, float)) and not isinstance(ms, bool) and 0 <= ms <= 60_000:
                opts.debounce = ms / 1000
            if isinstance(raw.get("scoreDiagnostic"), bool):
                opts.score_diagnostic = raw["scoreDiagnostic"]
        return opts


@dataclass
class Linted:
    """The last lint of one document version."""

    version: int | None
    text: str
    index: LineIndex
    setup: Setup
    report: Report | None
    pairs: list[tuple[Finding, types.Diagnostic]] = field(default_factory=list)
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    #: "Fix all safe" edits of this version, computed on first request.
    fix_all: tuple[int, list[types.TextEdit]] | None = None

    def findings_between(self, start: int, end: int) -> list[tuple[Finding, types.Diagnostic]]:
        """Findings whose span touches ``[start, end]``."""
        return [(f, d) for f, d in self.pairs if f.start <= end and start <= f.end]


class _Protocol(LanguageServerProtocol):
    """pygls's protocol with two repairs: a request it cannot read (bad params)
    gets an error response (pygls only logs it, and the client would wait
    forever), and a handled notification's future is dropped (pygls keeps one
    per didOpen/didChange/didSave under a fresh id: memory grew with every edit)."""

    def _check_handler_result(self, future: Any) -> None:
        try:
            super()._check_handler_result(future)
        finally:
            done = [key for key, value in self._request_futures.items() if value is future]
            for key in done:
                del self._request_futures[key]

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            msg_id = data.get("id")
            if "method" in data and isinstance(msg_id, (int, str)) and not isinstance(msg_id, bool):
                self._send_response(msg_id, error=types.ResponseError(
                    code=exc.code, message=f"{exc.message}: {data.get('method')}"))
            raise


class SourcelintServer(LanguageServer):
    """The pygls server plus the state of the open documents."""

    def __init__(self) -> None:
        super().__init__("sourcelint", __version__, protocol_cls=_Protocol)
        self.cache = LinterCache()
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.options = Options()
        self.shutdown_received = False
        self.last_score: dict[str, str] = {}

    # -- linting -------------------------------------------------------------
    def encoding(self) -> str:
        enc = self.workspace.position_encoding or "utf-16"
        return str(getattr(enc, "value", enc))

    def lint_now(self, uri: str) -> Linted | None:
        """Lint the current text of ``uri`` and publish; None if it is not an article."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        doc = self.workspace.get_text_document(uri)
        if not is_lintable(uri, doc.language_id):
            return None
        self.cache.folders = [p for p in (uri_to_path(f.uri) for f in self.workspace.folders.values()) if p]
        try:
            state = self._lint(uri, doc.source, doc.version, doc.language_id)
        except Exception as exc:  # a bug here must cost one document's diagnostics, not the server
            log.exception("linting %s failed", uri)
            text = doc.source
            state = Linted(doc.version, text, LineIndex(text, self.encoding()), Setup(None, None), None,
                           diagnostics=[problem_diagnostic(f"internal error: {type(exc).__name__}: {exc}",
                                                           code=InternalError.code)])
        self.linted[uri] = state
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=state.version, diagnostics=state.diagnostics))
        self._refresh_lens(uri, state)
        return state

    def _lint(self, uri: str, text: str, version: int | None, language_id: str | None) -> Linted:
        setup = self.cache.setup_for(uri)
        index = LineIndex(text, self.encoding())
        state = Linted(version, text, index, setup, None)
        if setup.error is not None:
            state.diagnostics = [problem_diagnostic(f"configuration error: {setup.error}", code="config")]
            return state
        if setup.excluded or setup.linter is None:
            return state
        report = setup.linter.lint(make_document(text, uri, language_id))
        report.document = None  # the text is kept here; its views are not needed
        state.report = report
        if report.status != "ok":
            state.diagnostics = [problem_diagnostic(report.error or "the document could not be linted")]
            return state
        rules = self.rules_of(setup)
        state.pairs = [(f, finding_diagnostic(f, index, uri, rules.get(f.code))) for f in report.findings]
        state.diagnostics = [d for _, d in state.pairs]
        if self.options.score_diagnostic:
            state.diagnostics.append(score_diagnostic(report))
        return state

    @staticmethod
    def rules_of(setup: Setup) -> dict[str, type[Rule]]:
        rules: dict[str, type[Rule]] = {InternalError.code: InternalError}
        if setup.linter is not None:
            rules.update({r.code: type(r) for r in setup.linter.rules})
        return rules

    def current(self, uri: str) -> Linted | None:
        """The lint of the document's current version (linting it now if it is stale)."""
        state = self.linted.get(uri)
        doc = self.workspace.get_text_document(uri)
        if state is not None and state.version == doc.version and state.text == doc.source:
            return state
        return self.lint_now(uri)

    def schedule(self, uri: str) -> None:
        """Lint ``uri`` once the edits pause for the debounce interval."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(self.options.debounce, self._debounced, uri)

    def _debounced(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri in self.workspace.text_documents:
            self.lint_now(uri)

    def relint_all(self) -> None:
        """Lint every open document again (the configuration may have changed)."""
        self.cache.forget()
        for uri in list(self.linted):
            if uri in self.workspace.text_documents:
                self.lint_now(uri)

    def _refresh_lens(self, uri: str, state: Linted) -> None:
        """Ask the client to fetch code lenses again when the score changed."""
        summary = score_summary(state.report) if state.report is not None and state.report.score is not None else ""
        if self.last_score.get(uri) == summary:
            return
        self.last_score[uri] = summary
        ws = self.client_capabilities.workspace
        if ws is not None and ws.code_lens is not None and ws.code_lens.refresh_support:
            self.workspace_code_lens_refresh(None)

    # -- fixes -----------------------------------------------------------------
    def fix_all_edits(self, uri: str, state: Linted) -> tuple[int, list[types.TextEdit]]:
        """(number of safe fixes, edits) that fix the document to a fixed point, as ``sourcelint fix``."""
        if state.fix_all is not None:
            return state.fix_all
        count, edits = 0, []
        report, linter = state.report, state.setup.linter
        if report is not None and linter is not None and any(applicable(f) for f in report.findings):
            doc = self.workspace.get_text_document(uri)
            outcome = fix_document(linter, make_document(state.text, uri, doc.language_id), report=report)
            count = outcome.applied
            edits = diff_edits(state.text, outcome.text, state.index) if outcome.changed else []
        state.fix_all = (count, edits)
        return state.fix_all


# -- handlers ----------------------------------------------------------------

def _on_initialize(ls: SourcelintServer, params: types.InitializeParams) -> None:
    ls.options = Options.parse(params.initialization_options)
    if params.process_id is not None:
        _watch_parent(params.process_id)


def _on_initialized(ls: SourcelintServer, params: types.InitializedParams) -> None:
    # Load the rules and lexicons now, not on the first keystroke.
    try:
        setup = ls.cache.setup_for(ls.workspace.root_uri or "untitled:warm-up")
        if setup.linter is not None:
            setup.linter.lint_text("Warm-up. The rules load their word lists once.")
    except Exception:
        log.exception("warm-up failed")
    ws = ls.client_capabilities.workspace
    watched = ws.did_change_watched_files if ws is not None else None
    if watched is not None and watched.dynamic_registration:
        pattern = "**/{" + ",".join(CONFIG_FILES) + "}"
        options = types.DidChangeWatchedFilesRegistrationOptions(
            watchers=[types.FileSystemWatcher(glob_pattern=pattern)])
        ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
            id="sourcelint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))


def _on_saved(ls: SourcelintServer, params: types.DidSaveTextDocumentParams) -> None:
    path = uri_to_path(params.text_document.uri)
    if path is not None and path.name in CONFIG_FILES:
        ls.relint_all()
    elif params.text_document.uri in ls.workspace.text_documents:
        ls.lint_now(params.text_document.uri)


def _on_closed(ls: SourcelintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    handle = ls.pending.pop(uri, None)
    if handle is not None:
        handle.cancel()
    ls.last_score.pop(uri, None)
    if ls.linted.pop(uri, None) is not None:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _code_actions(ls: SourcelintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    uri = params.text_document.uri
    state = ls.current(uri)
    if state is None or state.report is None:
        return None
    only = params.context.only
    start = state.index.offset(params.range.start.line, params.range.start.character)
    end = state.index.offset(params.range.end.line, params.range.end.character)
    here = state.findings_between(start, end)
    actions: list[types.CodeAction] = []
    if wanted(types.CodeActionKind.QuickFix, only):
        for f, d in here:
            action = quick_fix(f, d, uri, state.version, state.index)
            if action is not None:
                actions.append(action)
    count, edits = ls.fix_all_edits(uri, state) if _wants_fix_all(here, only) else (0, [])
    if edits:
        if wanted(types.CodeActionKind.QuickFix, only) and any(applicable(f) for f, _ in here):
            actions.append(fix_all_action(types.CodeActionKind.QuickFix, count, uri, state.version, edits))
        if wanted(FIX_ALL_KIND, only):
            actions.append(fix_all_action(FIX_ALL_KIND, count, uri, state.version, edits))
    if wanted(types.CodeActionKind.QuickFix, only):
        actions += _disable_actions(ls, uri, state, here)
    return actions


def _disable_actions(ls: SourcelintServer, uri: str, state: Linted,
                     here: list[tuple[Finding, types.Diagnostic]]) -> list[types.CodeAction]:
    """'Disable CODE for ...' once per code under the cursor, the block being the linter's paragraph."""
    here = [(f, d) for f, d in here if f.code != InternalError.code]
    if not here:
        return []
    doc = make_document(state.text, uri, ls.workspace.get_text_document(uri).language_id)
    spans = [(p.start, p.end) for p in doc.paragraphs]
    out: list[types.CodeAction] = []
    seen: set[str] = set()
    for f, d in here:
        if f.code in seen:
            continue
        seen.add(f.code)
        i = bisect.bisect_right(spans, (f.start, float("inf"))) - 1
        paragraph = spans[i] if i >= 0 and spans[i][0] <= f.start < spans[i][1] else None
        out += disable_actions(f, d, state.text, state.index, uri, state.version, paragraph)
    return out


def _wants_fix_all(here: list[tuple[Finding, types.Diagnostic]], only: list[str] | None) -> bool:
    return wanted(FIX_ALL_KIND, only) or (wanted(types.CodeActionKind.QuickFix, only)
                                          and any(applicable(f) for f, _ in here))


def _hover(ls: SourcelintServer, params: types.HoverParams) -> types.Hover | None:
    state = ls.current(params.text_document.uri)
    if state is None or not state.pairs:
        return None
    at = state.index.offset(params.position.line, params.position.character)
    under = [(f, d) for f, d in state.pairs if f.start <= at < f.end or f.start == f.end == at]
    if not under:
        return None
    rules = ls.rules_of(state.setup)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                     value=hover_markdown([f for f, _ in under], rules)),
        range=under[0][1].range,
    )


def _code_lens(ls: SourcelintServer, params: types.CodeLensParams) -> list[types.CodeLens] | None:
    state = ls.current(params.text_document.uri)
    if state is None or state.report is None or state.report.score is None:
        return None
    top = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    title = f"{SOURCE}: {score_summary(state.report)}"
    return [types.CodeLens(range=top, command=types.Command(title=title, command=""))]


def _apply_fix(ls: SourcelintServer, *args: Any) -> bool:
    """``sourcelint.applyFix [uri, version, code, start, end]``: apply one finding's
    fix through ``workspace/applyEdit``; False if the document has moved on."""
    try:
        uri, version, code, start, end = args
    except ValueError:
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Error, message=f"{APPLY_FIX} takes [uri, version, code, start, end]"))
        return False
    state = ls.current(uri)
    match = [f for f, _ in (state.pairs if state else []) if (f.code, f.start, f.end) == (code, start, end)]
    if state is None or state.version != version or not match or match[0].fix is None:
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Warning, message=f"sourcelint: no {code} fix at that place in this version"))
        return False
    edit = workspace_edit(uri, state.version, text_edits(state.index, match[0].fix.edits))
    ls.workspace_apply_edit(types.ApplyWorkspaceEditParams(edit=edit, label=f"Fix {code}"))
    return True


def _fix_all(ls: SourcelintServer, *args: Any) -> int:
    """``sourcelint.fixAll [uri]``: apply every safe fix through ``workspace/applyEdit``."""
    uri = args[0] if args and isinstance(args[0], str) else None
    state = ls.current(uri) if uri else None
    if state is None:
        return 0
    count, edits = ls.fix_all_edits(uri, state)
    if edits:
        edit = workspace_edit(uri, state.version, edits)
        ls.workspace_apply_edit(types.ApplyWorkspaceEditParams(edit=edit, label="Fix all safe sourcelint problems"))
    return count


def _on_shutdown(ls: SourcelintServer, params: Any) -> None:
    ls.shutdown_received = True
    for handle in ls.pending.values():
        handle.cancel()
    ls.pending.clear()


def _on_exit(ls: SourcelintServer, params: Any) -> None:
    # Exit now: pygls would first wait for its stdin reader thread, which
    # blocks until the client closes the pipe.
    _flush_and_exit(0 if ls.shutdown_received else 1)


def _flush_and_exit(code: int) -> None:
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def _watch_parent(pid: int) -> None:
    """Exit when the editor process is gone, even if it left the pipes open."""
    if os.name == "nt" or pid <= 0 or pid == os.getpid():
        return

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                log.warning("the client process %d is gone; exiting", pid)
                _flush_and_exit(1)
            except OSError:  # PermissionError: it exists, under another user
                pass

    threading.Thread(target=watch, name="sourcelint-parent-watch", daemon=True).start()


def build_server() -> SourcelintServer:
    """A server with every feature registered."""
    ls = SourcelintServer()
    ls.feature(types.INITIALIZE)(_on_initialize)
    ls.feature(types.INITIALIZED)(_on_initialized)
    ls.feature(types.TEXT_DOCUMENT_DID_OPEN)(lambda ls, p: ls.lint_now(p.text_document.uri) and None)
    ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)(lambda ls, p: ls.schedule(p.text_document.uri))
    ls.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))(_on_saved)
    ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)(_on_closed)
    ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)(lambda ls, p: ls.relint_all())
    ls.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]))(_code_actions)
    ls.feature(types.TEXT_DOCUMENT_HOVER)(_hover)
    ls.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False))(_code_lens)
    ls.command(APPLY_FIX)(_apply_fix)
    ls.command(FIX_ALL)(_fix_all)
    ls.feature(types.SHUTDOWN)(_on_shutdown)
    ls.feature(types.EXIT)(_on_exit)
    return ls


def serve() -> int:
    """Serve on stdin/stdout until the client exits or goes away; the exit code."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="sourcelint server: %(message)s")
    ls = build_server()
    ls.start_io(sys.stdin.buffer, _protocol_stdout())
    return 0 if ls.shutdown_received else 1


def _protocol_stdout() -> Any:
    """Standard output for the protocol alone: anything else printing there (a
    plugin rule's ``print``, a C library) would corrupt the message stream, so
    file descriptor 1 and ``sys.stdout`` are pointed at stderr."""
    try:
        out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
        sys.stdout.flush()
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no real file descriptors (an embedding host)
        return sys.stdout.buffer
    sys.stdout = sys.stderr
    return out
