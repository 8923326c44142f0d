"""Property tests for the shared helpers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup_lint.formats.base import caret_line, display_line
from followup_lint.formats.github import escape_data, escape_property


def unescape(value: str) -> str:
    for code, ch in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(code, ch)
    return value


@given(st.text())
def test_escaping_is_reversible_and_single_line(value):
    for escaped in (escape_data(value), escape_property(value)):
        assert "\n" not in escaped and "\r" not in escaped
        assert unescape(escaped) == value
    assert "," not in escape_property(value) and ":" not in escape_property(value)


@given(st.text(alphabet=st.characters(exclude_characters="\r\n")), st.integers(1, 80), st.integers(0, 80))
def test_caret_stays_within_the_shown_line(line, column, width):
    _shown, marker = caret_line(line, column, column + width)
    _, cells = display_line(line)
    assert marker.lstrip(" ").startswith("^")
    assert set(marker) <= {" ", "^", "~"}
    assert len(marker) <= max(cells[-1], 0) + 1
