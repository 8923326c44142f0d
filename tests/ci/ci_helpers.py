"""Shared constants and snapshot helpers for tests/ci (imported as ``ci_helpers``)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent / "fixtures" / "template-repo"
SNAPSHOTS = HERE / "snapshots"
SARIF_SCHEMA = HERE.parent / "formats" / "sarif-schema-2.1.0.json"
UPDATE = os.environ.get("FOLLOWUP_LINT_UPDATE_SNAPSHOTS") == "1"
DATE = "2026-03-05T10:00"
# Everything the fixture holds; folders are walked (drafts/archive is excluded by the config).
INPUTS = ["drafts", "templates/linkedin/connect.txt", "templates/thank-you.j2", "templates/multi.md"]


def normalise(text: str) -> str:
    """Drop what changes between releases (the tool's version)."""
    from followup_lint import __version__

    return re.sub(rf'"version": "{re.escape(__version__)}"', '"version": "<version>"', text)


def check_snapshot(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    actual = normalise(actual)
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"snapshot {name} did not exist; written, check it in and run again")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"output differs from tests/ci/snapshots/{name}; if the change is intended, "
        "run again with FOLLOWUP_LINT_UPDATE_SNAPSHOTS=1 and review the diff"
    )
