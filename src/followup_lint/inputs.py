"""Which files a folder given on the command line holds: drafts, not hidden or tool folders."""

from __future__ import annotations

from pathlib import Path

_SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})


def walk(folder: Path, suffixes: frozenset[str]) -> list[Path]:
    """Draft files under ``folder`` (by extension), sorted; hidden files and folders are skipped."""
    found = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") or p in _SKIPPED_FOLDERS for p in parts):
            continue
        if path.is_file() and path.suffix.lower() in suffixes:
            found.append(path)
    return found
