"""Files the linter writes (reports, baselines): checked before any work, replaced atomically.

A write goes to a temporary file in the target's own folder, is flushed to disk, then renamed
over the target, so a write cut short (a full disk, a file-size limit, a kill) leaves the old
file whole.  Targets that are not regular files (a folder, ``/dev/full``, a FIFO) are refused
up front, before any draft is linted.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from followup_lint.errors import FollowupLintError


def check_target(target: str | Path, flag: str) -> Path:
    """``target`` as a Path if a report or baseline can be written there, else FollowupLintError."""
    path = Path(target)
    where = f"{flag} {target}"
    if str(target).strip() == "":
        raise FollowupLintError(f"{flag} needs a file name")
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise FollowupLintError(f"{where}: cannot use this path ({exc.strerror or exc})") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise FollowupLintError(f"{where}: is a folder; name a file inside it")
        if not stat.S_ISREG(st.st_mode):
            raise FollowupLintError(
                f"{where}: is not a regular file (a device or pipe); name a file, or redirect standard output"
            )
    folder = path.absolute().parent
    if not folder.is_dir():
        raise FollowupLintError(f"{where}: the folder {folder} does not exist; create it first")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FollowupLintError(f"{where}: cannot write in the folder {folder} (permission denied)")
    return path


def write_atomic(target: str | Path, text: str, flag: str = "output") -> None:
    """Write ``text`` (UTF-8) to ``target`` through a temporary file and a rename."""
    path = Path(target)
    folder = path.absolute().parent
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise FollowupLintError(
            f"{flag} {target}: could not write ({exc.strerror or exc}); the previous file, if any, is unchanged"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
