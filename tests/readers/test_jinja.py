from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import FollowupLintError
from followup_lint.readers import read_path


def test_valid_jinja_template(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("status.txt.j2"))
    assert d.template is True
    assert d.reading.template_variables == ["company", "my_name", "recruiter", "role", "weeks"]
    assert d.subject is not None and d.subject.text == "Checking in on the {{ role }} role"
    assert "{# followup-lint" not in d.text  # comment-only line left out
    assert locate(d, "{{ role }}") == (2, 29)
    assert locate(d, "interested") == (7, 17)
    assert verbatim(d, "{{ company }}")
    assert any(p.text == "{{ company }}" for p in d.placeholders)
    assert d.closing is not None and d.closing.text == "Best,"


def test_invalid_jinja_names_the_line(fixture_path):
    with pytest.raises(FollowupLintError) as exc:
        read_path(fixture_path("invalid.j2"))
    assert "invalid.j2" in str(exc.value)
    assert exc.value.problem.startswith("invalid Jinja syntax on line 3")


def test_unclosed_block(tmp_path: Path):
    p = tmp_path / "t.jinja"
    p.write_text("Hi {{ name }},\n{% if x %}\nThanks\n")
    with pytest.raises(FollowupLintError, match="invalid Jinja syntax on line"):
        read_path(p)


def test_template_mode_can_be_forced_off(fixture_path):
    (d,) = read_path(fixture_path("status.txt.j2"), template=False)
    assert d.template is False


def test_html_jinja_template_reads_visible_text(tmp_path: Path, locate):
    p = tmp_path / "t.html.j2"
    p.write_text("<p>Hi {{ name }},</p>\n<p>Thanks for the chat about the {{ role }} role on Thursday.</p>\n")
    (d,) = read_path(p)
    assert d.text.startswith("Hi {{ name }},\n\nThanks")
    assert d.template is True and d.reading.template_variables == ["name", "role"]
    assert locate(d, "{{ role }}") == (2, 34)


def test_application_filters_are_not_errors(tmp_path: Path):
    p = tmp_path / "t.j2"
    p.write_text("Hi {{ name | title_case }},\n{% if when is recent %}Thanks for {{ date | nice }}.{% endif %}\n")
    (d,) = read_path(p)
    assert d.reading.template_variables == ["date", "name", "when"]
