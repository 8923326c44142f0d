"""Context: the context file, its discovery, precedence, and notices when context is missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup_lint import FollowupLintError, Linter
from followup_lint.context import find_context_file, load_context_file

LATE = "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for meeting me on Monday.\n\nBest,\nLee\n"


def test_load_context_file(tmp_path: Path) -> None:
    f = tmp_path / "followup-context.toml"
    f.write_text(
        'company = "Initech"\ninterview-date = 2026-03-02\ninterviewers = ["Ana Lopez"]\n'
        "previous_follow_ups = [2026-03-03]\n",
        encoding="utf-8",
    )
    ctx = load_context_file(f)
    assert ctx.company == "Initech" and ctx.interview_date == date(2026, 3, 2)
    assert ctx.interviewers == ["Ana Lopez"] and ctx.previous_follow_ups == [date(2026, 3, 3)]


def test_bad_context_file_names_file_and_key(tmp_path: Path) -> None:
    f = tmp_path / "followup-context.toml"
    f.write_text('compnay = "Initech"\n', encoding="utf-8")
    with pytest.raises(FollowupLintError, match="compnay") as info:
        load_context_file(f)
    assert str(f) in str(info.value)


def test_discovery_walks_up_to_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "followup-context.toml").write_text('company = "Outside"\n', encoding="utf-8")
    repo = tmp_path / "repo"
    deep = repo / "apps" / "initech"
    deep.mkdir(parents=True)
    (repo / ".git").mkdir()
    assert find_context_file(deep) is None  # stops at the folder holding .git
    (repo / "apps" / "followup-context.toml").write_text('company = "Initech"\n', encoding="utf-8")
    assert find_context_file(deep) == (repo / "apps" / "followup-context.toml").resolve()
    (tmp_path / "plain").mkdir()
    assert find_context_file(tmp_path / "plain") == (tmp_path / "followup-context.toml").resolve()


def test_linter_uses_the_context_file_below_headers_and_arguments(linter: Linter, tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "followup-context.toml").write_text("interview-date = 2026-03-02\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Date: 2026-03-07\n" + LATE, encoding="utf-8")
    (rep,) = linter.lint_file(draft)
    assert "FL501" in [f.code for f in rep.findings]
    draft.write_text("Date: 2026-03-07\nInterview-Date: 2026-03-06\n" + LATE, encoding="utf-8")
    (rep,) = linter.lint_file(draft)  # the header wins over the file
    assert "FL501" not in [f.code for f in rep.findings]
    (rep,) = linter.lint_file(draft, context={"interview_date": "2026-02-01"})  # the argument wins
    assert "FL501" in [f.code for f in rep.findings]


def test_missing_context_is_silent_with_a_notice(linter: Linter) -> None:
    rep = linter.lint(LATE, purpose="thank-you")
    assert "FL501" not in [f.code for f in rep.findings]
    notes = [n.message for n in rep.notices if n.code == "FL906"]
    assert any("FL501" in n and "--interview-date" in n for n in notes)
    assert any("FL208" in n and "--company" in n for n in notes)
    rep = linter.lint(
        LATE,
        purpose="thank-you",
        context={"interview_date": "2026-03-02", "sent_at": "2026-03-03", "company": "Initech", "role": "Data Analyst"},
    )
    assert not any("FL501" in n.message or "FL208" in n.message for n in rep.notices)


def test_status_check_notice(linter: Linter) -> None:
    rep = linter.lint("Subject: Following up\n\nHi Ana,\n\nAny update?\n\nBest,\nLee", purpose="status-check")
    assert any("FL502" in n.message and "--interview-date" in n.message for n in rep.notices)


@pytest.mark.parametrize(
    ("interview", "sent", "late"),
    [
        ("2026-03-02", "2026-03-04", False),  # two calendar days
        ("2026-03-02", "2026-03-05", True),
        ("2026-03-02T10:00", "2026-03-04T09:00", False),  # 47 hours
        ("2026-03-02T10:00", "2026-03-04T11:00", True),  # 49 hours
        ("2026-03-02", "2026-03-04T23:00", False),  # a date-only value compares by calendar day
    ],
)
def test_thank_you_timing(linter: Linter, interview: str, sent: str, late: bool) -> None:
    rep = linter.lint(LATE, purpose="thank-you", context={"interview_date": interview, "sent_at": sent})
    assert ("FL501" in [f.code for f in rep.findings]) is late


def test_status_frequency(linter: Linter) -> None:
    text = (
        "Subject: Following up on the Data Analyst interview\n\nHi Ana,\n\nThank you again. Any update?\n\nBest,\nLee"
    )
    ctx = {"interview_date": "2026-03-02", "sent_at": "2026-03-20", "previous_follow_ups": ["2026-03-16"]}
    codes = [f.code for f in linter.lint(text, purpose="status-check", context=ctx).findings]
    assert "FL503" in codes and "FL502" not in codes
    ctx["decision_date"] = "2026-03-20"
    codes = [f.code for f in linter.lint(text, purpose="status-check", context=ctx).findings]
    assert "FL502" in codes
