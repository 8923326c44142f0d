"""Two gaps found by hand: a demand in a title-case subject (FL106), and "no worries" split over a
line break (FL302).  Each pinned both ways."""

from __future__ import annotations

import pytest

from followup_lint import Linter

BODY = "\n\nHi Ana,\n\nI am writing about the role we discussed on 3 May.\n\nBest regards,\nLee Chen\n"


def _subject_flagged(linter: Linter, subject: str) -> bool:
    report = linter.lint(f"Subject: {subject}{BODY}", purpose="status-check", channel="email")
    return any(f.code == "FL106" for f in report.findings)


@pytest.mark.parametrize(
    "subject",
    [
        "Urgent Question About My Application",
        "URGENT: Application Status",
        "Need Answer Today",
        "Need An Answer On The Analyst Role",
        "Decision By Friday Please",
        "Reply Today",
        "Answer Needed Today",
        "Urgently Awaiting Your Reply",
    ],
)
def test_a_demand_in_any_case_is_flagged(linter: Linter, subject: str) -> None:
    assert _subject_flagged(linter, subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Thank You – Urgent Care Nurse Interview",
        "Following up: Urgent Treatment Centre Manager role",
        "Urgent Community Response Lead – interview follow-up",
        "Following up on the Needs Assessment Analyst role",
        "Thank you – Answer Desk Supervisor interview",
    ],
)
def test_a_role_or_service_named_in_the_subject_is_no_demand(linter: Linter, subject: str) -> None:
    assert not _subject_flagged(linter, subject)


def _casual(linter: Linter, body: str) -> list[tuple[str, str]]:
    text = f"Subject: Re: Analyst role\n\nHi Ana,\n\n{body}\n\nBest regards,\nLee Chen\n"
    report = linter.lint(text, purpose="rejection-reply", channel="email")
    return [
        (text[f.start : f.end], f.suggestions[0].edits[0].replacement if f.suggestions else "")
        for f in report.findings
        if f.code == "FL302"
    ]


def test_no_worries_split_over_a_line_break_is_flagged_and_fixed(linter: Linter) -> None:
    assert _casual(linter, "Thanks for letting me know. No\nworries about it.") == [("No\nworries", "No problem")]
    assert _casual(linter, "Thanks for letting me know. No  \n  worries.") == [("No  \n  worries", "No problem")]


def test_no_worries_on_a_condition_split_over_a_line_break_is_still_a_courtesy(linter: Linter) -> None:
    assert _casual(linter, "I understand. No\nworries if the timeline has moved.") == []
