"""Fixtures for the output-format tests; the sample reports live in format_samples.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from format_samples import _draft_result, make_results

from followup_lint.formats.base import FileResult


@pytest.fixture
def draft_result() -> FileResult:
    return _draft_result()


@pytest.fixture
def all_results() -> list[FileResult]:
    return make_results()


@pytest.fixture(name="make_results")
def make_results_fixture() -> Callable[[], list[FileResult]]:
    return make_results
