"""A check that raises, position encodings other than UTF-16, and a clean shutdown: each with its own server."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsp_helpers import EMOJI_DRAFT, EMOJI_LINE, GONNA_COLUMN, codes, open_and_wait
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio
HERE = Path(__file__).parent


async def _start(command: list[str], encodings: list[str] | None = None) -> LanguageClient:
    client = await ClientServerConfig(server_command=command).start()
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    await client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(general=general),
            initialization_options={"debounceMs": 0},
        )
    )
    return client


async def _stop(client: LanguageClient) -> None:
    """Stop the client; a server still running (a failed assertion skipped the shutdown) is killed
    first, or stopping would wait for it forever."""
    if client._server is not None and client._server.returncode is None:
        client._server.kill()
        await client._server.wait()
    await client.stop()


async def test_a_check_that_raises_costs_one_document_not_the_server(tmp_path: Path) -> None:
    client = await _start([sys.executable, str(HERE / "raising_server.py")])
    try:
        # a check raises: the engine reports it (FL909) and the other rules' findings still show
        crashed = await open_and_wait(client, tmp_path / "check.txt", EMOJI_DRAFT.replace("so much", "KABOOM"))
        notice = next(d for d in crashed if d.code == "FL909")
        assert "fell over" in notice.message and notice.severity == types.DiagnosticSeverity.Warning
        assert "FL301" in codes(crashed)  # the emoji rule is not an `existence` check: it still ran
        # the linter itself raises: the server logs it, publishes nothing for the document, goes on
        melted = await open_and_wait(client, tmp_path / "melt.txt", EMOJI_DRAFT.replace("so much", "MELTDOWN"))
        assert list(melted) == []
        logged = [m for m in client.log_messages if "melt.txt" in m.message]
        assert logged and logged[0].type == types.MessageType.Error and "fell over" in logged[0].message
        good = await open_and_wait(client, tmp_path / "good.txt", EMOJI_DRAFT)
        assert "FL302" in codes(good)
        await client.shutdown_session()
        assert client._server is not None
        assert client._server.returncode == 0
    finally:
        await _stop(client)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-32"])
async def test_ranges_use_the_encoding_the_client_offered(tmp_path: Path, encoding: str) -> None:
    client = await _start([sys.executable, "-m", "followup_lint", "server"], [encoding, "utf-16"])
    try:
        diagnostics = await open_and_wait(client, tmp_path / "emoji.txt", EMOJI_DRAFT)
        gonna = next(d for d in diagnostics if d.code == "FL302" and d.range.start.line == EMOJI_LINE)
        start = GONNA_COLUMN[encoding]
        end = start + len("gonna")
        assert gonna.range == types.Range(types.Position(EMOJI_LINE, start), types.Position(EMOJI_LINE, end))
        await client.shutdown_session()
    finally:
        await _stop(client)


async def test_exit_without_shutdown_is_an_error_exit(tmp_path: Path) -> None:
    client = await _start([sys.executable, "-m", "followup_lint", "server"])
    try:
        client.exit(None)
        assert client._server is not None
        assert await client._server.wait() == 1
    finally:
        await _stop(client)
