"""Keep a native library's stray prints off standard output.

Harper (Rust) prints a debugging line to file descriptor 1 for some phrases ("looking forward to
steady planned work" prints ``gerund_form: -steadying- -- verb: -steady-``), below Python's
``sys.stdout``, so it would corrupt a JSON or SARIF report written to standard output (round 30).
While Harper runs, descriptor 1 points at standard error instead: the line is still there for
whoever reads the log, and nothing the user asked for is mixed with it.

The swap is per process, so it is guarded by a lock and nests; the language server moves its own
protocol stream off descriptor 1 for good (``server.serve``), so a swap on its lint thread cannot
divert a message the event loop is writing.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

_LOCK = threading.RLock()
_DEPTH = 0
_SAVED: int | None = None


@contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """Within the block, writes to file descriptor 1 go to descriptor 2 (a no-op where either is
    missing, as under some embedders)."""
    global _DEPTH, _SAVED
    with _LOCK:
        if _DEPTH == 0:
            with suppress(AttributeError, OSError, ValueError):
                sys.stdout.flush()
            try:
                _SAVED = os.dup(1)
                os.dup2(2, 1)
            except OSError:
                _SAVED = None
        _DEPTH += 1
        try:
            yield
        finally:
            _DEPTH -= 1
            if _DEPTH == 0 and _SAVED is not None:
                os.dup2(_SAVED, 1)
                os.close(_SAVED)
                _SAVED = None
