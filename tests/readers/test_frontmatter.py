from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.errors import FollowupLintError
from followup_lint.readers import read_path


def test_yaml_front_matter(fixture_path, locate, verbatim):
    (d,) = read_path(fixture_path("front_yaml.md"))
    assert d.meta["subject"] == "Thank you for the interview"
    assert d.meta["to"] == "Dana Reyes <dana@example.com>"
    assert d.meta["interview-date"] == "2024-05-02"  # key normalised, date as ISO text
    assert d.meta["interviewers"] == "Dana Reyes, Sam Lee"
    assert d.meta["company"] == "Example Corp"  # context: flattened
    assert d.meta["role"] == "Data Engineer"
    # the subject is a header line of the draft, mapped onto the front-matter line
    assert d.subject is not None and d.subject.text == "Thank you for the interview"
    assert d.header("subject") == "Thank you for the interview"
    assert locate(d, "interview") == (2, 28)
    assert verbatim(d, "interview")
    assert d.source_map.position(0) == (2, 10)  # the synthesised "Subject: " -> the value
    assert d.salutation is not None and d.salutation.text == "Hi Dana,"
    assert locate(d, "**Data") == (14, 41)
    assert verbatim(d, "**Data")
    assert d.closing is not None and d.closing.text == "Best,"
    assert "---" not in d.text


def test_toml_front_matter(fixture_path, locate):
    (d,) = read_path(fixture_path("front_toml.txt"))
    assert d.meta["company"] == "Example Corp"
    assert d.meta["previous-follow-ups"] == "1"
    assert d.meta["interviewers"] == "Dana Reyes, Sam Lee"
    assert d.subject is not None and d.subject.text == "Checking in on the Data Engineer role"
    assert locate(d, "Engineer") == (2, 36)
    assert locate(d, "timeline") == (10, 29)


def test_front_matter_without_subject_keeps_identity_beyond(tmp_path: Path, locate):
    p = tmp_path / "d.md"
    p.write_text("---\ncompany: Example\n---\nSubject: Hello there\n\nHi Dana,\n")
    (d,) = read_path(p)
    assert d.text == "Subject: Hello there\n\nHi Dana,\n"
    assert d.subject is not None and d.subject.text == "Hello there"
    assert locate(d, "there") == (4, 16)


def test_folded_subject_maps_to_its_key_line(tmp_path: Path):
    p = tmp_path / "d.md"
    p.write_text("---\nsubject: >-\n  Thank you\n  for today\n---\nHi Dana,\n")
    (d,) = read_path(p)
    assert d.subject is not None and d.subject.text == "Thank you for today"
    assert d.source_map.position(d.subject.start)[0] == 2


def test_template_key_sets_template_mode(tmp_path: Path):
    p = tmp_path / "d.txt"
    p.write_text("---\ntemplate: true\n---\nHi [Name],\n")
    (d,) = read_path(p)
    assert d.template is True


def test_unterminated_front_matter(fixture_path):
    with pytest.raises(FollowupLintError) as exc:
        read_path(fixture_path("unterminated.md"))
    assert "unterminated.md" in str(exc.value)
    assert "never closed" in exc.value.problem


def test_invalid_yaml_front_matter_names_the_line(tmp_path: Path):
    p = tmp_path / "d.md"
    p.write_text("---\nsubject: ok\nto: [unclosed\n---\nHi\n")
    with pytest.raises(FollowupLintError, match=r"invalid YAML front matter on line \d"):
        read_path(p)


def test_invalid_toml_front_matter_names_the_line(tmp_path: Path):
    p = tmp_path / "d.md"
    p.write_text('+++\nsubject = "ok"\ncompany Example\n+++\nHi\n')
    with pytest.raises(FollowupLintError, match=r"invalid TOML front matter on line 3"):
        read_path(p)


def test_front_matter_must_be_a_mapping(tmp_path: Path):
    p = tmp_path / "d.md"
    p.write_text("---\n- a\n- b\n---\nHi\n")
    with pytest.raises(FollowupLintError, match="not a list of 'key: value' fields"):
        read_path(p)
