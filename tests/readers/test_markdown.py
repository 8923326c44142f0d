from __future__ import annotations

from pathlib import Path

from followup_lint.readers import read_path


def test_multi_template_document(fixture_path, locate, verbatim):
    drafts = read_path(fixture_path("templates.md"))
    assert [d.label for d in drafts] == ["Thank-you note", "Status check", "Reply to a rejection"]

    thanks, status, reply = drafts
    assert thanks.text.startswith("Subject: Thank you, {{ interviewer }}\n\nHi {{ interviewer }},\n")
    assert thanks.subject is not None and thanks.subject.text == "Thank you, {{ interviewer }}"
    assert thanks.template is True
    assert locate(thanks, "Thank you,") == (6, 10)
    assert locate(thanks, "meeting") == (11, 15)
    assert verbatim(thanks, "meeting")
    assert thanks.closing is not None and thanks.closing.text == "Best,"
    assert "```" not in thanks.text and "Three templates" not in thanks.text

    # "**Subject:** ..." and a ~~~ fence
    assert status.subject is not None and status.subject.text == "Checking in on the [Role] position"
    assert locate(status, "Checking") == (19, 14)
    assert locate(status, "timeline") == (24, 30)
    assert status.template is True  # [Role] placeholders

    # the python block is skipped; the template carries its own Subject line
    assert "print(" not in reply.text
    assert reply.subject is not None and reply.subject.text == "Thank you for letting me know"
    assert locate(reply, "letting") == (37, 24)
    assert verbatim(reply, "paths")
    assert reply.template is False  # no placeholders
    assert reply.closing is not None and reply.closing.text == "Kind regards,"


def test_forced_template_mode_off(fixture_path):
    drafts = read_path(fixture_path("templates.md"), template=False)
    assert [d.template for d in drafts] == [False, False, False]


def test_single_markdown_draft_is_identity(tmp_path: Path, locate):
    p = tmp_path / "d.md"
    text = "Subject: Hello\n\nHi Dana,\n\nThank you for the *great* chat on Thursday about the role.\n\nBest,\nAlex\n"
    p.write_text(text)
    (d,) = read_path(p)
    assert d.text == text
    assert d.label is None
    assert locate(d, "*great*") == (5, 19)


def test_heading_with_code_example_only_is_not_multi_template(tmp_path: Path):
    p = tmp_path / "d.md"
    p.write_text("# Notes\n\n```python\nx = 1\n```\n\nHi Dana,\n")
    (d,) = read_path(p)
    assert d.label is None
    assert "Hi Dana," in d.text


def test_comment_only_lines_are_not_draft_text(tmp_path: Path, locate):
    p = tmp_path / "d.md"
    p.write_text(
        "<!-- followup-lint: disable=FL301 -->\nHi Dana,\n\nThanks for the chat on Thursday, it was great to meet the team.\n"
    )
    (d,) = read_path(p)
    assert "followup-lint" not in d.text
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert locate(d, "Hi Dana") == (2, 1)


def test_indented_fence_and_unclosed_fence(tmp_path: Path, locate):
    p = tmp_path / "t.md"
    p.write_text("## One\n\n  ```\n  Hi Dana,\n    indented\n  ```\n\n## Two\n```text\nHi Sam,\n")
    one, two = read_path(p)
    assert one.text == "Hi Dana,\n  indented\n"
    assert locate(one, "indented") == (5, 5)
    assert two.text == "Hi Sam,\n"
    assert "never closed" in "; ".join(two.reading.warnings)


def test_front_matter_meta_applies_to_every_template(tmp_path: Path):
    p = tmp_path / "t.md"
    p.write_text("---\ncompany: Example\n---\n## A\n```\nHi Dana,\n```\n## B\n```\nHi Sam,\n```\n")
    a, b = read_path(p)
    assert a.meta["company"] == b.meta["company"] == "Example"
