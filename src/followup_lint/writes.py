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
from typing import BinaryIO

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
    with AtomicFile(target, flag) as out:
        out.write(text)


class AtomicFile:
    """A file written piece by piece (a report streamed as the drafts are linted) into a
    temporary file beside ``target``, flushed to disk and renamed over ``target`` only when the
    ``with`` block ends without an exception; otherwise the temporary file is removed and
    ``target`` is left as it was."""

    def __init__(self, target: str | Path, flag: str = "output") -> None:
        self.target, self.flag = target, flag
        self.path = Path(target)
        self._tmp: str | None = None
        self._handle: BinaryIO | None = None

    def __enter__(self) -> AtomicFile:
        folder = self.path.absolute().parent
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
            self._handle = os.fdopen(fd, "wb")
        except OSError as exc:
            self._discard()
            raise self._error(exc) from None
        return self

    def write(self, text: str) -> None:
        assert self._handle is not None
        try:
            self._handle.write(text.encode("utf-8", errors="surrogateescape"))
        except OSError as exc:
            self._discard()
            raise self._error(exc) from None

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is not None:
            self._discard()
            return
        assert self._handle is not None and self._tmp is not None
        try:
            mode = stat.S_IMODE(self.path.stat().st_mode)
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.chmod(self._tmp, mode)
            os.replace(self._tmp, self.path)
            self._tmp = None
        except OSError as exc:
            self._discard()
            raise self._error(exc) from None

    def _discard(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None

    def _error(self, exc: OSError) -> FollowupLintError:
        return FollowupLintError(
            f"{self.flag} {self.target}: could not write ({exc.strerror or exc}); the previous file, if any, is unchanged"
        )
