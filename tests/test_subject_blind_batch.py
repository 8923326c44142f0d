"""G-SUBJECT on a blind batch of subjects written on 2026-12-04 (not from the corpus or any page):
58 subjects that fall short (no identifier, a demand, shouting, text-speak) and 25 that do not. The
rules missed one bad subject ("Outstanding $312.40 - and a decision", a demand with no demand word)
and flagged one good one: a title that opens the subject with no word before it ("Analyst interview
– thank you") was not taken for the role; now it is."""

from __future__ import annotations

import pytest

from followup_lint import Linter

BODY = "Thank you for meeting me on Tuesday. I enjoyed hearing about the pricing work and I'm keen on the role."


def subject_alarms(linter: Linter, subject: str) -> list[str]:
    text = f"Subject: {subject}\n\nHi Ana,\n\n{BODY}\n\nBest regards,\nLee Park"
    report = linter.lint(text, purpose="thank-you")
    return [f.code for f in report.findings if "G-SUBJECT" in f.guidance and f.severity.value in ("warning", "error")]


@pytest.mark.parametrize(
    "subject",
    [
        "Analyst interview – thank you",
        "Engineer interview: thanks",
        "Data Analyst interview – thank you",
        "Thank you for today's interview, Ana",
        "Thank you from Lee Park (Analyst interview)",
    ],
)
def test_a_subject_with_purpose_and_role_passes(linter: Linter, subject: str) -> None:
    assert subject_alarms(linter, subject) == []


@pytest.mark.parametrize(
    "subject",
    ["Thank you for your time", "Thanks for today", "A quick thank you", "Analyst", "Interview", "Manager meeting?!!"],
)
def test_a_subject_without_an_identifier_is_flagged(linter: Linter, subject: str) -> None:
    assert subject_alarms(linter, subject)
