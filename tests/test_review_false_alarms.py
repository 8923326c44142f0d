"""False alarms a reviewer found in rules tuned on the calibration corpus, each pinned both ways:
the ordinary wording a writer uses passes, and the wording the rule was tuned for is still heard."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _codes(linter: Linter, text: str, purpose: str = "thank-you") -> set[str]:
    return {f.code for f in linter.lint(text, purpose=purpose, channel="email").findings}


def _thank_you(body: str, subject: str = "Data Analyst interview") -> str:
    return f"Subject: {subject}\n\nHi Ana,\n\n{body} I enjoyed hearing about the dbt migration.\n\nBest,\nLee"


# FL201: a note that *says* thanks thanks the reader; only a note *named* (the one sent before,
# the kind of note) is not thanks given now.
@pytest.mark.parametrize(
    "body",
    [
        "A quick note to say thanks for the interview today.",
        "Just a note to say thank you for meeting me on Tuesday.",
        "A short note to thank you for your time on Tuesday.",
        "Writing a quick note of thanks for today's interview.",
        "Please accept my note of thanks for your time on Tuesday.",
    ],
)
def test_a_note_that_says_thanks_thanks_the_reader(linter: Linter, body: str) -> None:
    assert "FL201" not in _codes(linter, _thank_you(body))


@pytest.mark.parametrize(
    "body",
    [
        "I hope my thank-you note reached you.",
        "I hope the note of thanks I sent on Monday reached you.",
        "Your letter thanks me for applying.",
    ],
)
def test_thanks_named_or_someone_elses_is_still_not_thanks(linter: Linter, body: str) -> None:
    assert "FL201" in _codes(linter, _thank_you(body))


# FL106: a demand word that is part of a name or a role is no demand.
@pytest.mark.parametrize(
    "subject",
    [
        "Thank you – Urgent Care Nurse interview",
        "Thank you - urgent care nurse interview",
        "Thank you for the ASAP Logistics driver interview",
    ],
)
def test_a_demand_word_inside_a_role_or_a_name_passes(linter: Linter, subject: str) -> None:
    text = _thank_you("Thank you for your time on Tuesday.", subject)
    assert "FL106" not in _codes(linter, text)


@pytest.mark.parametrize(
    "subject",
    [
        "Urgent: Studio Manager interview",
        "Studio Manager interview (urgent)",
        "URGENT Studio Manager interview",
        "Studio Manager interview - urgent",
        "Studio Manager - decision needed",
        "Decision needed on the Studio Manager role",
        "Reply ASAP - Studio Manager interview",
    ],
)
def test_a_demand_in_the_subject_is_still_flagged(linter: Linter, subject: str) -> None:
    text = _thank_you("Thank you for your time on Tuesday.", subject)
    assert "FL106" in _codes(linter, text)


# FL327: "nothing but good things" is praise, not a complaint of silence.
def test_heard_nothing_but_praise_is_not_pressure(linter: Linter) -> None:
    body = "Thank you for Tuesday. I've heard nothing but good things about your team, and it showed."
    assert "FL327" not in _codes(linter, _thank_you(body))


@pytest.mark.parametrize(
    "body",
    [
        "It has been three weeks and I've heard nothing.",
        "You said you would call, but I heard nothing back.",
        "Two weeks on and I have heard nothing but silence.",
    ],
)
def test_hearing_nothing_back_is_still_pressure(linter: Linter, body: str) -> None:
    assert "FL327" in _codes(linter, _thank_you(body, "Studio Manager interview"), purpose="status-check")
