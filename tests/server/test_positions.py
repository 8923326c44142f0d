"""Code-point offsets <-> LSP positions in UTF-8, UTF-16 and UTF-32."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup_lint.server.positions import DocumentLines, code_units

TEXT = "Hi 😀 Ana,\r\nThanks — truly.\rBye\n"


def test_an_emoji_is_one_code_point_two_utf16_units_and_four_bytes() -> None:
    assert [code_units("😀", e) for e in ("utf-32", "utf-16", "utf-8")] == [1, 2, 4]
    after = TEXT.index("Ana")
    assert DocumentLines(TEXT, "utf-32").position(after) == (0, 5)
    assert DocumentLines(TEXT, "utf-16").position(after) == (0, 6)
    assert DocumentLines(TEXT, "utf-8").position(after) == (0, 8)


def test_lines_break_at_crlf_cr_and_lf() -> None:
    lines = DocumentLines(TEXT, "utf-16")
    assert lines.position(TEXT.index("Thanks")) == (1, 0)
    assert lines.position(TEXT.index("Bye")) == (2, 0)
    assert lines.line_count == 4
    assert lines.line_text(1) == "Thanks — truly."


def test_positions_past_a_line_end_or_inside_a_character_are_clamped() -> None:
    lines = DocumentLines(TEXT, "utf-16")
    assert lines.offset(0, 999) == TEXT.index("\r\n")
    assert lines.offset(0, 4) == TEXT.index("😀")  # between the emoji's two UTF-16 units
    assert lines.offset(99, 0) == len(TEXT)
    assert lines.offset(-1, 3) == 0


@given(st.lists(st.sampled_from(["a", "é", "😀", "\n", "\r\n", "\r", "中", " "]), max_size=40).map("".join), st.data())
def test_offset_and_position_are_inverse(text: str, data: st.DataObject) -> None:
    for encoding in ("utf-8", "utf-16", "utf-32"):
        lines = DocumentLines(text, encoding)
        offset = data.draw(st.integers(0, len(text)))
        if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
            offset -= 1  # the middle of a CRLF is not a position
        assert lines.offset(*lines.position(offset)) == offset
