"""A date that is no real date (``2024-02-30``) in front matter or a header line names its key and
line, and drops that value alone: the file is still linted."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.errors import FollowupLintError
from followup_lint.readers import read_path

BODY = "Hi Ana,\n\nThank you for the interview about the analyst role.\n\nBest,\nLee\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "---\nsubject: Thank you\ninterview_date: 2024-02-30\n---\n",
            "cannot read `interview_date: 2024-02-30` on line 3 (day is out of range for month); it was ignored",
        ),
        (
            "---\ncontext:\n  decision-date: 2024-13-01\n---\n",
            "cannot read `decision-date: 2024-13-01` on line 3 (month must be in 1..12); it was ignored",
        ),
        (
            "Subject: Thank you\nInterview-Date: 2024-02-30\n\n",
            "cannot read `Interview-Date: 2024-02-30` on line 2 (day is out of range for month); it was ignored",
        ),
        (
            "Subject: Thank you\nPrevious-Follow-Ups: 2024-03-01, 2024-04-31\n\n",
            (
                "cannot read the date '2024-04-31' in `Previous-Follow-Ups` on line 2 "
                "(day is out of range for month); it was ignored"
            ),
        ),
    ],
)
def test_a_bad_date_names_its_key_and_line(tmp_path: Path, head: str, expected: str) -> None:
    draft = tmp_path / ("d.md" if head.startswith("---") else "d.txt")
    draft.write_text(head + BODY, encoding="utf-8")
    [report] = Linter().lint_file(draft, context={"sent_at": "2024-05-06"})
    assert [n.message for n in report.notices if n.code == "FL903"] == [expected]
    assert report.score is not None  # the draft was still linted


def test_a_valid_yaml_date_is_still_read(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("---\ninterview_date: 2024-05-02\ndate: 2024-05-03 10:00:00+02:00\n---\n" + BODY)
    [d] = read_path(draft)
    assert d.meta["interview-date"] == "2024-05-02"
    [report] = Linter().lint_file(draft)
    assert not [n for n in report.notices if n.code == "FL903"]


def test_a_bad_toml_date_names_its_key_and_line(tmp_path: Path) -> None:
    # TOML's own grammar refuses the date, so the file cannot be read: the error says where
    draft = tmp_path / "d.md"
    draft.write_text("+++\nsubject = 'Thank you'\ninterview_date = 2024-02-30\n+++\n" + BODY)
    with pytest.raises(FollowupLintError, match=r"on line 3 \(key `interview_date`\): Invalid date"):
        read_path(draft)
