"""Greetings that name nobody, and greetings that name the reader, heard by family.

G-SALUTATION (docs/guidance.md) asks a written note to greet the reader by name; the calibration
corpus's labelling rule (LABELLING.md) counts a greeting that names nobody ("Hi there", "Dear all",
"Good afternoon,", none at all) or a whole panel as falling short.  A greeting that names nobody is
FL130's (a warning), never a wrong name (FL132, an error).  The greetings here are written for
these tests.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

GREETING_RULES = ("FL130", "FL131", "FL132")
NOTE = (
    "Subject: Thank you – Data Analyst interview\nTo: Ana Lopez <ana@initech.example>\n\n{greeting}\n\n"
    "Thank you for the interview for the Data Analyst role on 3 May. My three years building churn "
    "models fit the role and I am very interested. I look forward to hearing from you.\n\n"
    "Best regards,\nLee Park"
)


def _greeting_findings(linter: Linter, greeting: str) -> dict[str, str]:
    report = linter.lint(
        NOTE.format(greeting=greeting), purpose="thank-you", channel="email", context={"interviewers": ["Ana Lopez"]}
    )
    return {f.code: f.severity.value for f in report.findings if f.code in GREETING_RULES}


@pytest.mark.parametrize(
    "greeting",
    [
        # a greeting word or a time of day with no name ("Dear" left unfilled in a template)
        "Dear",
        "Dear,",
        "Good afternoon,",
        "Morning,",
        "Hello again,",
        # a firm's team, crew or family greeted as one
        "Hello Brightside team!!",
        "Hi Initech Hiring Team,",
        "Hello to the Initech family!",
        "Hello Team Initech!",
        # warmth, flattery or mateyness where the name belongs
        "Hello Lovely Lady!!",
        "Hi gorgeous,",
        "Dear friend,",
        # a function or a title of respect is no name
        "Dear Interviewer,",
        "Dear Ma'am,",
        "Dear Madame,",
    ],
)
def test_a_greeting_that_names_nobody_is_a_warning_not_a_wrong_name(linter: Linter, greeting: str) -> None:
    assert _greeting_findings(linter, greeting) == {"FL130": "warning"}


@pytest.mark.parametrize(
    "greeting",
    [
        "Good afternoon, Ms. Lopez,",  # a title's full stop does not end the greeting
        "Good day, Ms. Lopez,",
        "Good morning Ana,",
        "Hello again, Ana,",
        "Hi Ana and team,",  # a person named beside the group
        "Hi Ana & team,",
        "Dear Ms. Lopez and panel,",
        "Dear Dr. Lopez,",
        "Dear Madam Lopez,",  # a title of respect before the surname
        "Hi Ma'am Lopez!!",
    ],
)
def test_a_greeting_that_names_the_reader_passes(linter: Linter, greeting: str) -> None:
    assert _greeting_findings(linter, greeting) == {}


def test_a_first_sentence_that_names_the_reader_with_a_title_greets_them(linter: Linter) -> None:
    note = (
        "Ms. Lopez, thank you for the interview for the Data Analyst role on 3 May. My three years "
        "building churn models fit the role and I am very interested. I look forward to hearing from "
        "you. Lee Park"
    )
    report = linter.lint(note, purpose="thank-you", channel="linkedin", context={"interviewers": ["Ana Lopez"]})
    assert "FL131" not in {f.code for f in report.findings}


def test_a_note_that_speaks_of_the_interviewer_in_the_possessive_is_written_to_someone_else(linter: Linter) -> None:
    note = (
        "Subject: Thank-you note for Ms. Lopez – Data Analyst interview\n\nHi Ben,\n\nThank you for arranging "
        "yesterday's interview. I didn't get Ms. Lopez's e-mail address, so could you forward my thanks to "
        "her? I am very interested in the Data Analyst role.\n\nBest,\nLee Park"
    )
    report = linter.lint(note, purpose="thank-you", channel="email", context={"interviewers": ["Ana Lopez"]})
    assert "FL132" not in {f.code for f in report.findings}


def test_a_wrong_name_in_a_note_that_speaks_to_the_reader_is_still_an_error(linter: Linter) -> None:
    note = NOTE.format(greeting="Hi Ben,")
    report = linter.lint(note, purpose="thank-you", channel="email", context={"interviewers": ["Ana Lopez"]})
    assert {f.code: f.severity.value for f in report.findings if f.code == "FL132"} == {"FL132": "error"}


def test_a_panel_greeted_beside_the_known_interviewer_is_a_group_not_a_wrong_name(linter: Linter) -> None:
    report = linter.lint(
        NOTE.format(greeting="Dear Ms. Lopez, Mr. Brandt and Dr. Aydin,"),
        purpose="thank-you",
        channel="email",
        context={"interviewers": ["Ana Lopez"]},
    )
    codes = {f.code: f.severity.value for f in report.findings}
    assert "FL132" not in codes and codes.get("FL133") == "warning"
