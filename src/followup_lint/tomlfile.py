"""Reading the TOML files a user writes (configuration, rules, context, sidecars), one way.

Every failure is a FollowupLintError naming the file: not a regular file, too large, not
UTF-8, invalid TOML, a number too long to read, nesting too deep.
"""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path
from typing import Any

from followup_lint.errors import FollowupLintError

MAX_TOML_BYTES = 4_000_000  # the largest rule or configuration file is a few kilobytes


def read_regular_file(path: Path, what: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes`` (never blocks on a
    FIFO or reads a device without end)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise FollowupLintError(f"{what} not found", path) from None
    except OSError as exc:
        raise FollowupLintError(f"cannot read the {what}: {exc.strerror or exc}", path) from None
    if stat.S_ISDIR(st.st_mode):
        raise FollowupLintError(f"the {what} is a folder, not a file", path)
    if not stat.S_ISREG(st.st_mode):
        raise FollowupLintError(f"the {what} is not a regular file (a device or a pipe)", path)
    if st.st_size > max_bytes:
        raise FollowupLintError(f"the {what} is too large ({st.st_size:,} bytes; at most {max_bytes:,})", path)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FollowupLintError(f"cannot read the {what}: {exc.strerror or exc}", path) from None
    if len(data) > max_bytes:
        raise FollowupLintError(f"the {what} is too large (more than {max_bytes:,} bytes)", path)
    return data


def read_text_file(path: Path, what: str, max_bytes: int) -> str:
    """A regular UTF-8 text file (no NUL bytes: a binary file is refused)."""
    data = read_regular_file(path, what, max_bytes)
    if b"\x00" in data:
        raise FollowupLintError(f"the {what} is binary, not text", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FollowupLintError(f"the {what} is not UTF-8 text (byte {exc.start})", path) from None


def read_toml(path: Path, what: str = "configuration file") -> dict[str, Any]:
    """Parse a TOML file; any problem names the file."""
    text = read_text_file(path, what, MAX_TOML_BYTES)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FollowupLintError(f"invalid TOML: {exc}", path) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise FollowupLintError(f"invalid TOML: {exc}", path) from None
    except RecursionError:
        raise FollowupLintError("invalid TOML: nested too deeply", path) from None
