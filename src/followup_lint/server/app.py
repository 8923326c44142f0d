"""The language server: LSP messages in, diagnostics, quick fixes and hovers out (pygls).

Only ``followup-lint server`` imports this module, so pygls and lsprotocol cost ``check``
nothing.  State lives on :class:`FollowupLintServer`; the handlers registered by
:func:`build_server` are thin.  Linting happens on one worker thread (see scheduler.py); the
handlers run on the event loop's thread.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from followup_lint import __version__
from followup_lint.server.convert import FIX_ALL_KIND, UNSAFE_KIND, Published, build, code_actions, hover
from followup_lint.server.documents import Document, LinterPool, lint_document, runner_for, with_settings
from followup_lint.server.positions import UTF16, DocumentLines
from followup_lint.server.scheduler import Outcome, Scheduler
from followup_lint.server.settings import SECTION, Settings, parse_settings

log = logging.getLogger(__name__)


class FollowupLintServer(LanguageServer):
    """pygls' server plus what we keep between messages."""

    def __init__(self) -> None:
        super().__init__("followup-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.settings = Settings()
        self.pool = LinterPool()
        self.published: dict[str, Published] = {}
        self.scheduler: Scheduler[Published | None] = Scheduler(self._lint, self._publish)

    # --- documents ----------------------------------------------------------------------------
    @property
    def encoding(self) -> str:
        chosen = self.workspace.position_encoding
        return str(getattr(chosen, "value", chosen) or UTF16)

    def snapshot(self, uri: str) -> Document:
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        return Document(uri, doc.version, doc.source, doc.language_id, Path(path) if path else None)

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        self.scheduler.update(self.snapshot(uri), delay)

    def current_version(self, uri: str) -> int | None:
        return self.workspace.get_text_document(uri).version

    def _lint(self, doc: Document) -> Published | None:
        """On the lint thread: the document's reports, placed in the client's encoding."""
        settings = self.settings
        result = lint_document(doc, settings, self.pool)
        if result is None:
            return None
        return build(doc, result, settings, self.encoding)

    def _publish(self, outcome: Outcome[Published | None]) -> None:
        """On the loop thread: send the diagnostics (none for a document that made the linter fail)."""
        doc = outcome.document
        if outcome.error is not None:
            exc = outcome.error
            detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            self.log(types.MessageType.Error, f"followup-lint: linting {doc.uri} failed: {exc!r}\n{detail}")
        published = outcome.result
        if published is None:
            self.published.pop(doc.uri, None)
            diagnostics: list[types.Diagnostic] = []
        else:
            self.published[doc.uri] = published
            diagnostics = published.diagnostics
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=doc.uri, diagnostics=diagnostics, version=doc.version)
        )

    def log(self, kind: types.MessageType, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    # --- settings -----------------------------------------------------------------------------
    def apply_settings(self, raw: Any) -> bool:
        """Take new settings from the client; a bad one is logged and the old ones kept."""
        try:
            self.settings = parse_settings(raw)
        except ValueError as exc:
            self.log(types.MessageType.Warning, str(exc))
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=str(exc)))
            return False
        return True

    def relint_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    def warm_up(self) -> None:
        """Build the Linter the workspace's configuration needs (spaCy, Harper) before the first
        document arrives, on the lint thread."""
        settings = self.settings
        root = self.workspace.root_path

        def build_linter() -> None:
            try:
                runner = runner_for(settings)
                config = runner.job(Path(root) / "draft.txt" if root else None).config
                self.pool.get(with_settings(config, settings)).preload()
            except Exception as exc:  # noqa: BLE001 - the first lint reports a bad configuration properly
                log.info("warm-up skipped: %s", exc)

        self.scheduler.run_on_worker(build_linter)


def build_server() -> FollowupLintServer:
    """A server with every handler registered (tests drive it over stdio)."""
    server = FollowupLintServer()

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        if params.initialization_options is not None:
            server.apply_settings(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def initialized(params: types.InitializedParams) -> None:
        server.warm_up()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        server.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, server.settings.debounce_ms / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        server.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        server.scheduler.forget(uri)
        server.published.pop(uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(params: types.DidChangeConfigurationParams) -> None:
        raw = params.settings
        if not raw and _can_pull_configuration(server):
            answers = await server.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            )
            raw = answers[0] if answers else None
        if server.apply_settings(raw):
            server.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, UNSAFE_KIND, FIX_ALL_KIND], resolve_provider=False
        ),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        published = _current(server, params.text_document.uri)
        if published is None:
            return None
        lines: DocumentLines = published.lines
        start = lines.offset(params.range.start.line, params.range.start.character)
        end = lines.offset(params.range.end.line, params.range.end.character)
        only = [str(getattr(k, "value", k)) for k in params.context.only] if params.context.only else None
        return code_actions(published, start, end, only, _versioned_edits(server)) or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(params: types.HoverParams) -> types.Hover | None:
        published = _current(server, params.text_document.uri)
        if published is None:
            return None
        offset = published.lines.offset(params.position.line, params.position.character)
        return hover(published, offset)

    @server.feature(types.SHUTDOWN)
    def shutdown(params: None) -> None:
        server.scheduler.close()

    return server


def _current(server: FollowupLintServer, uri: str) -> Published | None:
    """The published result for ``uri`` if it is for the document's current version (else its
    positions would be wrong, so nothing is offered until the new result arrives)."""
    published = server.published.get(uri)
    if published is None:
        return None
    try:
        current = server.workspace.get_text_document(uri)
    except KeyError:
        return None
    if current.version != published.document.version or current.source != published.document.text:
        return None
    return published


def _can_pull_configuration(server: FollowupLintServer) -> bool:
    workspace = server.client_capabilities.workspace
    return bool(workspace and workspace.configuration)


def _versioned_edits(server: FollowupLintServer) -> bool:
    workspace = server.client_capabilities.workspace
    return bool(workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes)
