"""Comments of each format, as suppression reads them."""

from __future__ import annotations

from followup_lint.suppress import comments


def test_markdown_and_html_comments(fixture_path):
    text = "---\nsubject: x\n---\n<!-- followup-lint: disable=FL301 -->\nHi\n<!--\n  multi\n-->\n"
    assert comments(text, "md") == [(4, "followup-lint: disable=FL301"), (6, "multi")]
    html = fixture_path("note.html").read_text()
    assert comments(html, "html") == [(5, "followup-lint: disable=FL301")]


def test_jinja_comments(fixture_path):
    src = fixture_path("status.txt.j2").read_text()
    assert comments(src, "jinja") == [(1, "followup-lint: disable=FL210")]
    assert comments("a\n{#- trimmed -#}\n", "j2") == [(2, "trimmed")]


def test_plain_and_eml_have_none():
    assert comments("<!-- not a comment in text -->", "txt") == []
    assert comments("<!-- x -->", "eml") == []
