"""FL505: a day named for the interview that the interview date (or the send date) contradicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.checks import validate_params
from followup_lint.errors import FollowupLintError
from followup_lint.report import Report

# 2026-03-03 is a Tuesday; the note goes out on Wednesday 2026-03-04.
TUESDAY = {"interview_date": "2026-03-03", "sent_at": "2026-03-04"}


def _draft(body: str, subject: str = "Thank you – Data Analyst interview") -> str:
    return f"Subject: {subject}\n\nHi Ana,\n\n{body}\n\nBest,\nLee"


def _fl505(linter: Linter, text: str, context: dict[str, object] | None = None) -> Report:
    return linter.lint(text, purpose="thank-you", context=context if context is not None else TUESDAY)


def _found(report: Report) -> list[tuple[str, str]]:
    """(the day word as written, the suggested replacement) for every FL505 finding."""
    out = []
    for f in report.findings:
        if f.code == "FL505":
            edit = f.suggestions[0].edits[0]
            out.append((f.message.split("”")[0].lstrip("“"), edit.replacement))
    return out


def test_thursday_after_a_tuesday_interview_is_a_warning_with_the_right_day(linter: Linter) -> None:
    text = _draft("Thank you for meeting me on Thursday about the Data Analyst role.")
    report = _fl505(linter, text)
    [finding] = [f for f in report.findings if f.code == "FL505"]
    assert finding.severity.value == "warning"
    assert text[finding.start : finding.end] == "Thursday"
    assert (finding.line, finding.column) == (5, 29)
    assert finding.message == (
        "“Thursday” does not fit the dates: the interview was on Tuesday 2026-03-03; write “Tuesday”."
    )
    [suggestion] = finding.suggestions
    [edit] = suggestion.edits
    fixed = text[: edit.start] + edit.replacement + text[edit.end :]
    assert "meeting me on Tuesday about" in fixed
    assert not _found(_fl505(linter, fixed))


@pytest.mark.parametrize(
    ("body", "context", "expected"),
    [
        # "today" in a note sent two days after a Monday interview
        (
            "Thank you for your time today.",
            {"interview_date": "2026-03-02", "sent_at": "2026-03-04"},
            ("today", "on Monday"),
        ),
        # "yesterday" on the day of the interview
        (
            "Thank you for meeting with me yesterday.",
            {"interview_date": "2026-03-04", "sent_at": "2026-03-04"},
            ("yesterday", "today"),
        ),
        # "today" the day after
        (
            "It was great to meet you today.",
            {"interview_date": "2026-03-03", "sent_at": "2026-03-04"},
            ("today", "yesterday"),
        ),
        # possessive: "yesterday's interview" three days later becomes "Monday's interview"
        (
            "Thank you for yesterday's interview.",
            {"interview_date": "2026-03-02", "sent_at": "2026-03-05"},
            ("yesterday", "Monday"),
        ),
        # capital kept at the start of a sentence
        (
            "Today's conversation was a pleasure.",
            {"interview_date": "2026-03-03", "sent_at": "2026-03-04"},
            ("Today", "Yesterday"),
        ),
        # more than a week ago: the date as well as the day
        (
            "Thank you for speaking with me yesterday.",
            {"interview_date": "2026-02-20", "sent_at": "2026-03-04"},
            ("yesterday", "on Friday, February 20"),
        ),
        ("I enjoyed our interview on Friday.", TUESDAY, ("Friday", "Tuesday")),
        ("Thank you for the time you spent with me on Monday.", TUESDAY, ("Monday", "Tuesday")),
        ("Thank you again for Thursday's phone interview.", TUESDAY, ("Thursday", "Tuesday")),
    ],
)
def test_today_yesterday_and_weekdays_are_judged_against_the_dates(
    linter: Linter, body: str, context: dict[str, object], expected: tuple[str, str]
) -> None:
    assert _found(_fl505(linter, _draft(body), context)) == [expected]


def test_the_subject_line_is_checked_too(linter: Linter) -> None:
    text = _draft("Thank you for the conversation about the Data Analyst role.", "Thank you for Friday's interview")
    report = _fl505(linter, text)
    [finding] = [f for f in report.findings if f.code == "FL505"]
    assert finding.line == 1 and text[finding.start : finding.end] == "Friday"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for meeting me on Tuesday about the Data Analyst role.",  # the right day
        "Thank you for meeting me yesterday about the Data Analyst role.",  # the right relative day
        "Thank you for the interview. I look forward to Thursday.",  # no tie to the interview
        "Thank you for the interview. I am available Monday or Friday for a second round.",
        "Thank you for the interview, and for setting up our call on Monday.",  # another event
        "Thank you for the interview. Our call on Monday helped me prepare.",
        "Thank you for the interview; I look forward to our next meeting on Thursday.",  # ahead
        "Thank you for the invitation to interview on Friday.",
        "Thank you for meeting me on Monday and again on Tuesday.",  # two rounds, the real day named
        "Thank you for meeting me on Monday or Thursday, whichever it was.",  # a list of days
        "Thank you for the interview. You said “our meeting on Friday changed the plan”.",  # quoted
        "I look forward to meeting you on Friday.",  # no look back at all
        "Thanks for today's call with the recruiter, and for the interview.",  # a call, not the interview
    ],
)
def test_days_not_tied_to_the_past_interview_are_left_alone(linter: Linter, body: str) -> None:
    assert _found(_fl505(linter, _draft(body))) == []


def test_a_quoted_earlier_message_is_not_checked(linter: Linter) -> None:
    text = (
        "Subject: Re: Data Analyst interview\n\nHi Ana,\n\nThank you for the interview yesterday.\n\nBest,\nLee\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Ana Lopez <ana@initech.com> wrote:\n"
        "> Thank you for meeting me on Thursday about the Data Analyst role.\n"
    )
    assert _found(_fl505(linter, text)) == []


def test_without_an_interview_date_it_stays_silent_and_asks_once_with_fl501(linter: Linter) -> None:
    text = _draft("Thank you for meeting me on Thursday about the Data Analyst role.")
    report = _fl505(linter, text, {"sent_at": "2026-03-04"})
    assert _found(report) == []
    [missing] = [n for n in report.notices if n.code == "FL906"]
    assert "FL501, FL505: pass --interview-date" in missing.message


def test_a_draft_naming_no_day_is_not_asked_for_the_interview_date(linter: Linter) -> None:
    text = _draft("Thank you for the interview. I am sorry we could not agree on the role.")
    report = linter.lint(text, purpose="rejection-reply", context={"sent_at": "2026-03-04"})
    assert not any("FL505" in n.message for n in report.notices)


def test_an_interview_after_the_send_date_is_not_judged_again(linter: Linter) -> None:
    text = _draft("Thank you for meeting me on Thursday about the Data Analyst role.")
    report = _fl505(linter, text, {"interview_date": "2026-03-10", "sent_at": "2026-03-04"})
    assert _found(report) == []
    assert [n.code for n in report.notices if n.code == "FL908"] == ["FL908"]


def test_the_send_date_comes_from_the_date_header(linter: Linter, tmp_path: Path) -> None:
    draft = tmp_path / "note.txt"
    draft.write_text(
        "Subject: Thank you – Data Analyst interview\nDate: Fri, 6 Mar 2026 09:00:00 +0000\n"
        "Interview-Date: 2026-03-05\n\nHi Ana,\n\nThank you for meeting me today.\n\nBest,\nLee\n",
        encoding="utf-8",
    )
    [report] = linter.lint_file(draft, purpose="thank-you")
    assert _found(report) == [("today", "yesterday")]


def test_a_mention_pattern_without_a_day_slot_is_a_rule_error() -> None:
    with pytest.raises(FollowupLintError, match=r"params\.mentions.*no \{day\} slot"):
        validate_params("weekday_mismatch", {"mentions": [r"\bmeeting me\b"], "past": [], "future": []})
    with pytest.raises(FollowupLintError, match=r"params\.past.*not a valid regular expression"):
        validate_params("weekday_mismatch", {"mentions": [], "past": ["(unclosed"], "future": []})
