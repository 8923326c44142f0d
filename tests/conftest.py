"""Shared fixtures: one Linter for the whole run (loading spaCy takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _no_result_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI caches results by default; tests that patch checks must not be answered from a
    cache filled by another test (tests/test_cache.py turns it back on)."""
    monkeypatch.setenv("FOLLOWUP_LINT_NO_CACHE", "1")


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()
