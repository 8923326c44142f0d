from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import FollowupLintError
from followup_lint.readers import DRAFT_SUFFIXES, read_path, reader_for


@pytest.mark.parametrize("name", ["e.txt", "e.md", "e.eml", "e.html", "e.j2"])
def test_empty_file(tmp_path: Path, name: str):
    p = tmp_path / name
    p.write_bytes(b"")
    with pytest.raises(FollowupLintError) as exc:
        read_path(p)
    assert exc.value.path == str(p)
    assert exc.value.problem == "file is empty"


def test_whitespace_only_file(tmp_path: Path):
    p = tmp_path / "w.txt"
    p.write_bytes(b"  \n\n")
    with pytest.raises(FollowupLintError, match="empty"):
        read_path(p)


@pytest.mark.parametrize("name", ["b.txt", "b.md", "b.eml", "b.html", "b.j2"])
def test_binary_file(tmp_path: Path, name: str):
    p = tmp_path / name
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(FollowupLintError) as exc:
        read_path(p)
    assert exc.value.path == str(p)
    assert exc.value.problem.startswith("binary file")


def test_control_bytes_without_nul_are_binary(tmp_path: Path):
    p = tmp_path / "b.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20)
    with pytest.raises(FollowupLintError, match="binary file"):
        read_path(p)


def test_undecodable_file(tmp_path: Path):
    p = tmp_path / "u.txt"
    p.write_bytes(b"Hi Dana,\nThanks\xff for the chat.\n")
    with pytest.raises(FollowupLintError) as exc:
        read_path(p)
    assert exc.value.path == str(p)
    assert exc.value.problem.startswith("not UTF-8 text (byte 0xff at offset 15, line 2)")


def test_missing_path(tmp_path: Path):
    p = tmp_path / "nope.txt"
    with pytest.raises(FollowupLintError) as exc:
        read_path(p)
    assert exc.value.problem == "no such file"
    assert exc.value.path == str(p)


def test_directory(tmp_path: Path):
    with pytest.raises(FollowupLintError, match="is a directory"):
        read_path(tmp_path)


def test_stdin_errors_name_stdin():
    with pytest.raises(FollowupLintError) as exc:
        read_path(Path("-"), data=b"")
    assert str(exc.value) == "<stdin>: file is empty"


def test_utf16_with_bom_is_text(tmp_path: Path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Hi Dana,\n\nThanks for the chat on Thursday about the role.\n".encode("utf-16"))
    (d,) = read_path(p)
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"


def test_reader_for_and_suffixes():
    assert reader_for(Path("a.eml")) == "eml"
    assert reader_for(Path("a.MD")) == "md"
    assert reader_for(Path("a.html.j2")) == "jinja"
    assert reader_for(Path("a.htm")) == "html"
    assert reader_for(Path("a.tmpl")) == "jinja"
    assert reader_for(Path("a.docx")) == "txt"
    assert reader_for(Path("-")) == "txt"
    for s in (".txt", ".md", ".eml", ".html", ".htm", ".j2", ".jinja", ".jinja2", ".tmpl"):
        assert s in DRAFT_SUFFIXES
