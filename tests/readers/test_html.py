from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import FollowupLintError
from followup_lint.readers import read_path
from followup_lint.readers.html import html_to_text


def test_html_visible_text_and_positions(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("note.html"))
    assert d.text == "Hi Dana,\n\nThank you for the interview & the office tour.\n\nBest,\nAlex"
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert d.closing is not None and d.closing.text == "Best,"
    assert d.signature is not None and d.signature.text == "Alex"
    assert locate(d, "Thank") == (7, 4)
    assert locate(d, "office") == (8, 4)  # after a collapsed line break and indent
    assert verbatim(d, "office")
    assert locate(d, "&") == (7, 32)  # "&amp;" maps to where it is written
    assert locate(d, "Alex") == (9, 13)
    assert "hidden" not in d.text and "Draft" not in d.text and "margin" not in d.text


def test_html_breaks_lists_and_blockquotes():
    src = (
        '<div dir="ltr">Hi Dana,<div><br></div><div>Thanks!</div>'
        "<ul><li>one</li><li>two</li></ul>"
        "<blockquote>On Mon, Dana wrote:<br>Hello</blockquote><pre>a  b\n c</pre></div>"
    )
    h = html_to_text(src)
    assert (
        h.text
        == "Hi Dana,\n\nThanks!\n\n- one\n- two\n\n> On Mon, Dana wrote:\n> Hello\n\na  b\n c"
    )


def test_html_comments_are_listed_not_text():
    h = html_to_text("<p>Hi</p><!-- followup-lint: disable=FL301 -->")
    assert h.text == "Hi"
    assert h.comments == [(9, "followup-lint: disable=FL301")]


def test_html_meta_charset_fallback(tmp_path: Path, locate):
    p = tmp_path / "l1.html"
    p.write_bytes(b'<meta charset="iso-8859-1"><p>Hi Dana,</p><p>Caf\xe9 tomorrow?</p>')
    (d,) = read_path(p)
    assert "Caf\u00e9 tomorrow?" in d.text


def test_html_without_visible_text(tmp_path: Path):
    p = tmp_path / "e.html"
    p.write_text("<html><head><title>x</title></head><body><script>1</script></body></html>")
    with pytest.raises(FollowupLintError, match="no visible text"):
        read_path(p)
