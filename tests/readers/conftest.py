from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from followup_lint.draft import Draft

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    return lambda name: FIXTURES / name


def where(draft: Draft, word: str, nth: int = 0) -> tuple[int, int]:
    """(line, column) in the original file of the nth occurrence of ``word`` in the draft."""
    at = -1
    for _ in range(nth + 1):
        at = draft.text.index(word, at + 1)
    assert draft.source_map is not None
    return draft.source_map.position(at)


def file_has(draft: Draft, word: str, nth: int = 0) -> bool:
    """The file's text at the mapped position starts with ``word`` (verbatim mapping)."""
    line, col = where(draft, word, nth)
    assert draft.source_map is not None
    return draft.source_map.line_text(line)[col - 1 :].startswith(word)


@pytest.fixture
def locate() -> Callable[..., tuple[int, int]]:
    return where


@pytest.fixture
def verbatim() -> Callable[..., bool]:
    return file_has
