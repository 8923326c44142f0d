"""Shared fixtures: one Linter for the whole run (loading spaCy takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()
