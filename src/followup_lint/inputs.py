"""Turn the CLI's PATH arguments into drafts: walk folders, read files, keep going past bad ones."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError


def _walk(folder: Path, suffixes: frozenset[str]) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") or p in ("node_modules", "__pycache__") for p in parts):
            continue
        if path.is_file() and path.suffix.lower() in suffixes:
            found.append(path)
    return found


def iter_inputs(
    paths: Sequence[str], *, stdin_filename: str | None = None, template: bool | None = None
) -> Iterator[tuple[str, list[Draft], str | None, str | None]]:
    """Yield (display path, drafts, original text, error) per file; an error never stops the rest."""
    from followup_lint.readers import DRAFT_SUFFIXES, reader_for

    suffixes = frozenset(DRAFT_SUFFIXES)
    for given in paths:
        if given == "-":
            name = stdin_filename or "<stdin>"
            data = sys.stdin.buffer.read()
            reader = reader_for(Path(stdin_filename)) if stdin_filename else "txt"
            yield _read(name, Path(name), data, reader, template)
            continue
        path = Path(given)
        if path.is_dir():
            files = _walk(path, suffixes)
            if not files:
                yield given, [], None, f"{given}: no draft files found (looked for {', '.join(sorted(suffixes))})"
            for file in files:
                yield _read(str(file), file, None, None, template)
        elif path.exists():
            yield _read(given, path, None, None, template)
        else:
            yield given, [], None, f"{given}: no such file or folder"


def _read(
    display: str, path: Path, data: bytes | None, reader: str | None, template: bool | None
) -> tuple[str, list[Draft], str | None, str | None]:
    from followup_lint.readers import read_path

    try:
        drafts = read_path(path, data=data, reader=reader, template=template)
    except FollowupLintError as exc:
        message = str(exc) if exc.path else f"{display}: {exc}"
        return display, [], None, message
    for d in drafts:
        d.path = display
    source = drafts[0].source_map.file_text if drafts and drafts[0].source_map else None
    return display, drafts, source, None
