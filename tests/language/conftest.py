from __future__ import annotations

import pytest

from followup_lint.language.harper_backend import HarperBackend


@pytest.fixture(scope="session")
def harper_us() -> HarperBackend:
    backend = HarperBackend()
    backend.load()
    return backend


@pytest.fixture(scope="session")
def harper_uk() -> HarperBackend:
    return HarperBackend("uk")
