"""FL208, blind batches of names7: a firm the writer joined in the past is no wrong employer ("before
joining X in 2021", "since joining X", "a decade working at X"), and more ways of naming the next
employer ("a future for myself with X", "picture myself at X", "an asset to X", "join the X family").
Each sentence was written, with its verdict, before the linter was run on it."""

from __future__ import annotations

import pytest

CONTEXT = {
    "company": "Globex Corporation",
    "interviewers": ["Ngozi Okafor"],
    "role": "Senior Data Engineer",
    "sent_at": "2026-12-02",
}


def _severities(linter, sentence: str) -> set[str]:
    text = (
        "Subject: Thank you – Senior Data Engineer interview\n\nDear Ms. Okafor,\n\n"
        f"Thank you for meeting me on Tuesday. {sentence}\n\nBest regards,\nLee Park"
    )
    return {f.severity.value for f in linter.lint(text, context=CONTEXT).findings if f.code == "FL208"}


QUIET = [
    "Before joining Initech in 2021 I spent four years building their billing warehouse.",
    "Since joining Initech three years ago, I have led the migration to Snowflake.",
    "When I joined Hooli as a graduate, the data team was two people.",
    "I left Hooli after joining Initech's platform team in 2019.",
    "Joining Initech straight out of university taught me how to ship quickly.",
    "My first month after joining Initech was spent on on-call rotations.",
    "You mentioned you joined Globex from Initech, which I found interesting.",
    "Raj told me he came to Globex after a decade working at Hooli.",
    "It was interesting to hear that Globex acquired Initrode last spring.",
    "I am excited about the chance to join Globex and help the data team.",
    "I should mention that I have an offer from Initech, but Globex is my first choice.",
    "I'd be proud to be part of the Globex team.",
    "I can see myself at Globex for years.",
    "My two years working at Initech taught me to document everything.",
    "She said she joined Globex from Hooli in 2020.",
    "Upon joining Initech I rewrote the test suite.",
    "I joined Hooli as an intern and stayed five years.",
    "It would be wonderful to join the Globex family.",
    # round 2 (blind batch 6, look-alikes of batch 7)
    "I would bring what I learned on the analytics team at Mercy Hospital.",
    "The role at Kaiser I held for three years was very similar.",
    "My partner is joining Leeds General in January.",
    "She's joining Hooli next month, so I know the area.",
    # round 3 (blind batches 8 and 9)
    "I enjoyed hearing how the team at Globex works with Initech on the shared data lake.",
    "As a former Hooli engineer, I would love to work for Globex.",
    "I was part of the Initech team that built the fraud model.",
    "Your move from Hooli to Globex was inspiring to hear about.",
    "I would be thrilled to grow my career with Globex.",
    "I'm ready to start at 9am on Monday.",
    "I would be proud to be a Globex employee.",
    "Starting at Monday's kickoff would suit me well.",
    "I'm eager to begin at Globex as soon as you need me.",
]
NO_ERROR = [  # another firm the writer dealt with before: a warning at most
    "The opportunity at Initech I turned down last year was nowhere near as interesting.",
    "I interviewed at Initech last month, but this conversation felt different.",
    "I interviewed at Initech last week and turned them down for this.",
    "I would be honoured to represent Hooli at conferences.",
]
ERRORS = [
    "I'd love to join Acme and help your data team grow.",
    "I can really see a future for myself with Hooli.",
    "I can picture myself at Initrode for many years.",
    "I am thrilled about the opportunity to join the Hooli family.",
    "Thank you for the chance to interview with Initrode on Tuesday.",
    "I am confident I would be an asset to Initrode.",
    "I would love to join Initech in 2027 when the new team forms.",
    "I'm excited about joining Initrode and about the years ahead.",
    "I can imagine myself at Hooli for a long time.",
    "I learned so much today and I'd love to join Meridian Care.",
    "What I learned today makes me want to join Meridian Care.",
    "I had hoped to join Meridian Care for years.",
    "I am excited about the role at Meridian Care I applied for.",
    "My friend told me I should join Meridian Care.",
    "I'd love to grow my career with Initech.",
    "I'm ready to hit the ground running at Initech.",
    "I look forward to hopefully becoming an Initech employee.",
    "I hope to join Initech this spring.",
    "I would love to join Initech this year, unlike last year.",
]
FLAGGED = [  # a warning is enough: a team may be named by its firm or by its function
    "I am very excited about becoming part of the Initrode team.",
    # ... and "start at X" may name the site where the job starts (personal9, 2026-12-05)
    "I can't wait to start at Initech.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_past_joining_and_right_employer_are_quiet(linter, sentence: str) -> None:
    assert _severities(linter, sentence) == set()


@pytest.mark.parametrize("sentence", NO_ERROR)
def test_a_firm_of_the_writers_past_is_no_error(linter, sentence: str) -> None:
    assert "error" not in _severities(linter, sentence)


@pytest.mark.parametrize("sentence", ERRORS)
def test_next_employer_named_wrongly_is_an_error(linter, sentence: str) -> None:
    assert "error" in _severities(linter, sentence)


@pytest.mark.parametrize("sentence", FLAGGED)
def test_a_team_named_by_another_firm_is_flagged(linter, sentence: str) -> None:
    assert _severities(linter, sentence) == {"warning"}


def test_part_of_a_team_named_by_function_is_no_error(linter) -> None:
    assert "error" not in _severities(linter, "I'd love to be part of the Platform team.")
