"""Readers (interim: plain text only; the full set lands with the readers branch)."""

from __future__ import annotations

from pathlib import Path

from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.spans import SourceMap

DRAFT_SUFFIXES = (".txt",)


def reader_for(path: Path) -> str:
    return "txt"


def read_path(path: Path, *, data: bytes | None = None, reader: str | None = None,
              template: bool | None = None) -> list[Draft]:
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise FollowupLintError(f"cannot read: {exc.strerror}", path) from exc
    if not data.strip():
        raise FollowupLintError("empty file", path)
    if b"\x00" in data:
        raise FollowupLintError("binary file, not a text draft", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FollowupLintError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", path) from exc
    return [parse_draft(text, path=str(path), source_map=SourceMap(text), template=bool(template))]
