"""Readers: turn a draft file (or stdin) into ``Draft`` objects whose spans map to the file.

    read_path(path, *, data=None, reader=None, template=None) -> list[Draft]

One reader per format, chosen by the file's extension (``reader_for``) or forced by name:

=========  ===============================================  =================================
reader     extensions                                       module
=========  ===============================================  =================================
txt        .txt, .text and any unknown extension            plain.py (+ frontmatter.py)
md         .md, .markdown, .mdown, .mkd                     markdown.py (multi-template docs)
html       .html, .htm, .xhtml                              html.py
eml        .eml                                             eml.py
jinja      .j2, .jinja, .jinja2, .tmpl                      jinja.py
=========  ===============================================  =================================

Every problem with the input (missing, empty, binary, undecodable, broken MIME, unterminated
front matter, Jinja syntax) is raised as ``FollowupLintError(problem, path)``; the file is only
ever read.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError

__all__ = [
    "DRAFT_SUFFIXES",
    "READERS",
    "STDIN_NAME",
    "canonical_reader",
    "read_path",
    "reader_for",
]

STDIN_NAME = "<stdin>"
#: The largest draft file read by default (``max_draft_bytes`` in the configuration): every
#: stage is linear, but a draft over a megabyte is no follow-up note, and refusing it with one
#: line is kinder than minutes of work.
DEFAULT_MAX_BYTES = 1_048_576

_SUFFIX_READER = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "eml",
    ".j2": "jinja",
    ".jinja": "jinja",
    ".jinja2": "jinja",
    ".tmpl": "jinja",
}
#: File extensions a folder is walked for.
DRAFT_SUFFIXES: tuple[str, ...] = tuple(_SUFFIX_READER)

_ALIASES = {
    "txt": "txt",
    "text": "txt",
    "plain": "txt",
    "md": "md",
    "markdown": "md",
    "mdown": "md",
    "mkd": "md",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "eml": "eml",
    "email": "eml",
    "mail": "eml",
    "jinja": "jinja",
    "j2": "jinja",
    "jinja2": "jinja",
    "tmpl": "jinja",
}

ReadFn = Callable[..., list[Draft]]
#: Reader name -> the module whose ``read`` it is. A module is imported when a file of its format
#: is first read, so a run answered from the cache, or one of plain text files, never pays for
#: the e-mail, HTML and Jinja parsers.
READERS: dict[str, str] = {
    "txt": "plain",
    "md": "markdown",
    "html": "html",
    "eml": "eml",
    "jinja": "jinja",
}


def _read_fn(name: str) -> ReadFn:
    module = importlib.import_module(f"followup_lint.readers.{READERS[name]}")
    fn: ReadFn = module.read
    return fn


def canonical_reader(name: str) -> str:
    """A reader name or extension (``"markdown"``, ``".j2"``) -> the reader's name."""
    key = name.strip().lower().lstrip(".")
    if key not in _ALIASES:
        choices = ", ".join(sorted(READERS))
        raise FollowupLintError(f"unknown reader {name!r} (choose from {choices})")
    return _ALIASES[key]


def reader_for(path: Path | str) -> str:
    """The reader for a file name, by its last extension; unknown extensions read as txt."""
    return _SUFFIX_READER.get(Path(path).suffix.lower(), "txt")


def read_path(
    path: Path,
    *,
    data: bytes | None = None,
    reader: str | None = None,
    template: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Draft]:
    """Read one draft file (or stdin, as ``Path("-")``) into one or more drafts.

    ``data``: the bytes to read instead of the file (stdin).  ``reader``: force a format by
    name or extension (``"eml"``, ``"md"``).  ``template``: force template mode on or off
    (None: automatic: on for Jinja files and Markdown templates with placeholders).
    ``max_bytes``: a larger file is refused with FollowupLintError (read no further than that).
    """
    path = Path(path)
    is_stdin = str(path) == "-"
    display = STDIN_NAME if is_stdin else str(path)
    try:
        name = canonical_reader(reader) if reader else reader_for(path)
    except FollowupLintError as exc:
        raise FollowupLintError(exc.problem, display) from None
    if data is None:
        data = sys.stdin.buffer.read(max_bytes + 1) if is_stdin else _read_bytes(path, max_bytes)
    if len(data) > max_bytes:
        raise FollowupLintError(_too_large(len(data), max_bytes), display)
    try:
        return _read_fn(name)(data, path=display, template=template)
    except FollowupLintError:
        raise
    except RecursionError:
        raise FollowupLintError("the file is nested too deeply to read", display) from None
    except Exception as exc:  # a reader bug must still not become a traceback for the user
        raise FollowupLintError(f"could not read the file as {name} ({type(exc).__name__}: {exc})", display) from exc


def _too_large(size: int, limit: int, exact: bool = False) -> str:
    amount = f"{size:,} bytes" if exact else f"over {limit:,} bytes"
    return (
        f"the file is {amount}, more than the {limit:,}-byte limit for one draft; "
        "set `max_draft_bytes` in the configuration to lint it anyway"
    )


def _read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, never more than ``max_bytes`` + 1 of them (a FIFO or /dev/zero ends)."""
    try:
        if path.is_dir():
            raise FollowupLintError("is a directory, not a draft file", path)
        if path.is_file() and path.stat().st_size > max_bytes:
            raise FollowupLintError(_too_large(path.stat().st_size, max_bytes, exact=True), path)
        with path.open("rb") as f:
            return f.read(max_bytes + 1)
    except FileNotFoundError:
        raise FollowupLintError("no such file", path) from None
    except PermissionError:
        raise FollowupLintError("cannot read the file (permission denied)", path) from None
    except IsADirectoryError:
        raise FollowupLintError("is a directory, not a draft file", path) from None
    except OSError as exc:
        raise FollowupLintError(f"cannot read the file ({exc.strerror or exc})", path) from None
