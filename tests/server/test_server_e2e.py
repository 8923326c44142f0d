"""The language server end to end: a real client (pytest-lsp) talks to `followup-lint server` over stdio."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsp_helpers import (
    EMOJI_DRAFT,
    EMOJI_LINE,
    GONNA_COLUMN,
    apply_edits,
    codes,
    diagnostics_for,
    open_and_wait,
)
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(configuration=True),
    text_document=types.TextDocumentClientCapabilities(
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
        code_action=types.CodeActionClientCapabilities(
            code_action_literal_support=types.ClientCodeActionLiteralOptions(
                code_action_kind=types.ClientCodeActionKindOptions(value_set=["quickfix", "source"])
            )
        ),
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
    ),
)


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "followup_lint", "server"]),
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("workspace")
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=CAPABILITIES,
            root_uri=root.as_uri(),
            initialization_options={"followupLint": {"debounceMs": 50}},
        )
    )
    lsp_client.root = root  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


def _root(client: LanguageClient) -> Path:
    return client.root  # type: ignore[attr-defined,no-any-return]


def _close(client: LanguageClient, path: Path) -> None:
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()))
    )


async def test_a_weak_draft_gets_our_codes_severities_links_and_score(client: LanguageClient) -> None:
    path = _root(client) / "weak.txt"
    text = Path("examples/thank-you-weak.txt").read_text(encoding="utf-8")
    diagnostics = await open_and_wait(client, path, text)
    found = codes(diagnostics)
    for code in ("FL302", "FL303", "FL301", "FL201"):
        assert code in found
    hey = next(d for d in diagnostics if d.code == "FL302" and d.range.start.line == 0)
    assert hey.range == types.Range(types.Position(0, 0), types.Position(0, 3))
    assert hey.severity == types.DiagnosticSeverity.Warning
    assert hey.source == "followup-lint"
    assert hey.code_description is not None and "fl302-" in hey.code_description.href
    assert next(d for d in diagnostics if d.code == "FL201").severity == types.DiagnosticSeverity.Error
    score = next(d for d in diagnostics if d.code == "score")
    assert score.severity == types.DiagnosticSeverity.Information
    assert score.message.startswith("score ") and "/100" in score.message
    _close(client, path)


async def test_a_finding_after_an_emoji_points_at_the_right_characters(client: LanguageClient) -> None:
    path = _root(client) / "emoji.txt"
    diagnostics = await open_and_wait(client, path, EMOJI_DRAFT)
    gonna = next(d for d in diagnostics if d.code == "FL302" and d.range.start.line == EMOJI_LINE)
    start = GONNA_COLUMN["utf-16"]
    assert gonna.range == types.Range(types.Position(EMOJI_LINE, start), types.Position(EMOJI_LINE, start + 5))
    line = EMOJI_DRAFT.splitlines()[EMOJI_LINE].encode("utf-16-le")
    assert line[start * 2 : (start + 5) * 2].decode("utf-16-le") == "gonna"
    _close(client, path)


async def test_a_quick_fix_applied_makes_its_diagnostic_go(client: LanguageClient) -> None:
    path = _root(client) / "fix-me.txt"
    uri = path.as_uri()
    diagnostics = await open_and_wait(client, path, EMOJI_DRAFT)
    hey = next(d for d in diagnostics if d.code == "FL302" and d.range.start.line == 2)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=hey.range,
            context=types.CodeActionContext(diagnostics=[hey]),
        )
    )
    assert actions
    fix = next(a for a in actions if isinstance(a, types.CodeAction) and "Hello" in a.title)
    assert fix.kind is not None and str(fix.kind).startswith("quickfix")
    assert fix.edit is not None and fix.edit.changes is not None
    fixed = apply_edits(EMOJI_DRAFT, fix.edit.changes[uri])
    assert fixed.splitlines()[2] == "Hello Ana,"
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    after = await diagnostics_for(client, uri)
    assert not [d for d in after if d.code == "FL302" and d.range.start.line == 2]
    assert [d for d in after if d.code == "FL302" and d.range.start.line == EMOJI_LINE]  # "gonna" is still there
    _close(client, path)


async def test_fix_all_safe_fixes_the_document_in_one_action(client: LanguageClient) -> None:
    path = _root(client) / "fix-all.txt"
    uri = path.as_uri()
    await open_and_wait(client, path, EMOJI_DRAFT)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    assert actions is not None and len(actions) == 1
    fix_all = actions[0]
    assert isinstance(fix_all, types.CodeAction) and str(fix_all.kind) == "source.fixAll.followup-lint"
    assert fix_all.edit is not None and fix_all.edit.changes is not None
    fixed = apply_edits(EMOJI_DRAFT, fix_all.edit.changes[uri])
    assert "Hello Ana," in fixed and "going to keep" in fixed and "\U0001f389" not in fixed
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    after = codes(await diagnostics_for(client, uri))
    assert "FL302" not in after and "FL301" not in after
    _close(client, path)


async def test_hover_explains_the_rule(client: LanguageClient) -> None:
    path = _root(client) / "hover.txt"
    await open_and_wait(client, path, EMOJI_DRAFT)
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=types.Position(2, 1))
    )
    assert result is not None and isinstance(result.contents, types.MarkupContent)
    text = result.contents.value
    assert "FL302" in text and "Why it matters" in text and "Use instead" in text
    nothing = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=types.Position(6, 0))
    )
    assert nothing is None or "FL302" not in str(nothing.contents)
    _close(client, path)


async def test_changed_settings_are_used(client: LanguageClient) -> None:
    path = _root(client) / "settings.txt"
    uri = path.as_uri()
    before = await open_and_wait(client, path, EMOJI_DRAFT)
    assert "FL302" in codes(before)
    context_notice = next(d for d in before if d.code == "FL906")
    assert "FL208" in context_notice.message  # no company known yet
    client.diagnostics.pop(uri, None)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(
            settings={"followupLint": {"debounceMs": 50, "ignore": ["FL302"], "context": {"company": "Initech"}}}
        )
    )
    after = await diagnostics_for(client, uri)
    assert "FL302" not in codes(after)
    notice = next((d for d in after if d.code == "FL906"), None)
    assert notice is None or "FL208" not in notice.message
    # back to the defaults, pulled from the client when the notification carries no settings
    client.set_configuration({"debounceMs": 50}, section="followupLint")
    client.diagnostics.pop(uri, None)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    again = await diagnostics_for(client, uri)
    assert "FL302" in codes(again)
    _close(client, path)


async def test_a_bad_setting_is_reported_and_the_old_ones_kept(client: LanguageClient) -> None:
    path = _root(client) / "bad-setting.txt"
    await open_and_wait(client, path, EMOJI_DRAFT)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"followupLint": {"purpose": "love-letter"}})
    )
    message = await client.wait_for_notification(types.WINDOW_SHOW_MESSAGE)
    assert "purpose" in message.message
    _close(client, path)


@pytest.mark.parametrize(
    ("name", "language_id", "text", "expected"),
    [
        (
            "note.md",
            "markdown",
            "---\nsubject: Thanks\n---\n\nHey Ana,\n\nThanks!! It was great.\n\nLee\n",
            {"FL302", "FL303"},
        ),
        (
            "note.eml",
            "email",
            (
                "From: Lee <lee@example.com>\nTo: Ana <ana@initech.com>\nSubject: Thanks\n"
                "Content-Type: text/plain; charset=utf-8\n\nHey Ana,\n\nThanks!! It was great.\n\nLee\n"
            ),
            {"FL302", "FL303"},
        ),
        (
            "note.txt.j2",
            "jinja",
            "Subject: Thanks\n\nHey {{ name }},\n\nThanks!! It was great.\n\nLee\n",
            {"FL302", "FL303"},
        ),
    ],
)
async def test_markdown_email_and_jinja_documents(
    client: LanguageClient, name: str, language_id: str, text: str, expected: set[str]
) -> None:
    path = _root(client) / name
    diagnostics = await open_and_wait(client, path, text, language_id)
    assert expected <= set(codes(diagnostics))
    lines = text.splitlines()
    for d in diagnostics:
        if d.code == "FL302":
            assert lines[d.range.start.line][d.range.start.character : d.range.end.character] == "Hey"
    _close(client, path)


async def test_a_document_that_cannot_be_read_says_why(client: LanguageClient) -> None:
    path = _root(client) / "broken.j2"
    diagnostics = await open_and_wait(client, path, "Hello {{ name \n\nThanks for your time.\n", "jinja")
    assert len(diagnostics) == 1
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error
    assert "Jinja" in diagnostics[0].message or "template" in diagnostics[0].message.lower()
    _close(client, path)


async def test_other_kinds_of_document_are_left_alone(client: LanguageClient) -> None:
    path = _root(client) / "script.py"
    diagnostics = await open_and_wait(client, path, "print('Hey!!')\n", "python")
    assert list(diagnostics) == []
    _close(client, path)
