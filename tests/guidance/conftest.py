"""Shared fixtures for the guidance tests: one Linter (spaCy loads once) and the project root."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
