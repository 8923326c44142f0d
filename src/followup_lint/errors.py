"""The one exception type for problems a user can cause and fix."""

from __future__ import annotations

from pathlib import Path


class FollowupLintError(Exception):
    """A bad file, configuration or argument: the message names where and what.

    The CLI prints ``str(error)`` on one line and exits 2; it never shows a traceback.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = message
        super().__init__(f"{self.path}: {message}" if self.path else message)
