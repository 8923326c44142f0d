"""Shared fixtures: one Linter for the whole run (loading spaCy takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Blind tone probes the reading of the whole draft turns into tips, and those the tone model's retrain
    turned the wrong way, are strict xfails, listed with the reason in tests/read_as_a_whole_costs.py and
    tests/tone_retrain_costs.py."""
    from read_as_a_whole_costs import READ_AS_TIP, REASON
    from tone_retrain_costs import RETRAIN_COSTS

    for item in items:
        if item.nodeid in READ_AS_TIP:
            item.add_marker(pytest.mark.xfail(strict=True, reason=REASON))
        elif item.nodeid in RETRAIN_COSTS:
            item.add_marker(pytest.mark.xfail(strict=True, reason=RETRAIN_COSTS[item.nodeid]))


@pytest.fixture(autouse=True)
def _no_result_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI caches results by default; tests that patch checks must not be answered from a
    cache filled by another test (tests/test_cache.py turns it back on)."""
    monkeypatch.setenv("FOLLOWUP_LINT_NO_CACHE", "1")


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()
