"""Shared pieces of the language-server tests (imported as ``lsp_helpers``): drafts, waiting for diagnostics, applying edits."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient

#: "gonna" comes after an emoji on its line: UTF-16 counts the emoji as two units, UTF-8 as four.
EMOJI_DRAFT = (
    "Subject: Thank you\n\nHey Ana,\n\nThank you \U0001f389 so much, gonna keep my fingers crossed.\n\nBest,\nLee\n"
)
EMOJI_LINE = 4
GONNA_COLUMN = {"utf-32": 21, "utf-16": 22, "utf-8": 24}  # characters before "gonna" on its line


async def open_and_wait(
    client: LanguageClient, path: Path, text: str, language_id: str = "plaintext", version: int = 1
) -> Sequence[types.Diagnostic]:
    """Open ``path`` with ``text`` and return the diagnostics published for this version."""
    uri = path.as_uri()
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)
        )
    )
    return await diagnostics_for(client, uri)


async def diagnostics_for(client: LanguageClient, uri: str, timeout: float = 120.0) -> Sequence[types.Diagnostic]:
    """Wait (generously: the first lint loads spaCy and Harper) until ``uri`` has diagnostics."""

    async def wait() -> Sequence[types.Diagnostic]:
        while uri not in client.diagnostics:
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return client.diagnostics[uri]

    return await asyncio.wait_for(wait(), timeout)


def codes(diagnostics: Sequence[types.Diagnostic]) -> list[str]:
    return [str(d.code) for d in diagnostics]


def to_offset(text: str, position: types.Position, encoding: str = "utf-16") -> int:
    """Code-point offset of an LSP position (written here independently of the server's code)."""
    lines = text.split("\n")
    before = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    width = {"utf-16": 2, "utf-8": 1, "utf-32": 4}[encoding]
    codec = {"utf-16": "utf-16-le", "utf-8": "utf-8", "utf-32": "utf-32-le"}[encoding]
    encoded = line.encode(codec)[: position.character * width]
    return before + len(encoded.decode(codec))


def apply_edits(text: str, edits: Sequence[types.TextEdit], encoding: str = "utf-16") -> str:
    """Apply LSP text edits to ``text`` as an editor would (from the end, so ranges stay valid)."""
    spans = [
        (to_offset(text, e.range.start, encoding), to_offset(text, e.range.end, encoding), e.new_text) for e in edits
    ]
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text
