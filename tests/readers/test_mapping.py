"""Every reader's segments copy the file exactly, and every offset maps inside the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.readers import read_path

FIXTURES = Path(__file__).parent / "fixtures"
READABLE = sorted(
    p.name
    for p in FIXTURES.iterdir()
    if p.name not in {"broken_mime.eml", "unterminated.md", "invalid.j2"}
)


@pytest.mark.parametrize("name", READABLE)
def test_segments_are_verbatim_and_offsets_map(name: str) -> None:
    for d in read_path(FIXTURES / name):
        sm = d.source_map
        assert sm is not None
        starts = [s.start for s in sm.segments]
        assert starts == sorted(starts)
        for s in sm.segments:
            if s.end > s.start:
                copied = sm.file_text[s.file_start : s.file_start + (s.end - s.start)]
                assert d.text[s.start : s.end] == copied
        lines = sm.file_text.count("\n") + 1
        for offset in range(len(d.text) + 1):
            line, column = sm.position(offset)
            assert 1 <= line <= lines
            assert column >= 1


@pytest.mark.parametrize("name", READABLE)
def test_files_are_never_modified(name: str) -> None:
    before = (FIXTURES / name).read_bytes()
    read_path(FIXTURES / name)
    assert (FIXTURES / name).read_bytes() == before
