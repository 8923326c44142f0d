"""A note sent within two days of the interview is not yet a status check, unless its body says so.

GUIDANCE G-TIMING-STATUS: a status check waits for the date the employer gave, or about a week.
Within two days of the interview, with no earlier follow-up, "Following up" in the subject or
"still interested" in the body belongs to a thank-you (or a note that builds on the interview);
a body that complains of silence or demands the decision is still a status check, however early.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose
from followup_lint.linter import DEFAULT_PURPOSE

INTERVIEW = date(2026, 3, 2)


def _purpose(text: str, days: int, earlier: bool = False) -> str:
    context = Context(
        interview_date=INTERVIEW,
        sent_at=INTERVIEW + timedelta(days=days),
        previous_follow_ups=[INTERVIEW + timedelta(days=1)] if earlier else [],
    )
    guess = infer_purpose(parse_draft(text), context)
    return guess[0] if guess else DEFAULT_PURPOSE


EARLY_NOTES = [
    "Subject: Following up\n\nHi Sofia,\n\nThe best part of Tuesday was the whiteboard session. I sketched the cache idea properly.\n\nMarcus",
    "Subject: Following up on our conversation\n\nHi Grace,\n\nOur talk yesterday about the reissues stayed with me; here is a calendar idea.\n\nBest,\nNoah",
    "Subject: Today's interview\n\nHi Ms. Grady,\n\nI'm writing about this afternoon's interview. I'm still interested in the job.\n\nRegards,\nEthan",
]


@pytest.mark.parametrize("text", EARLY_NOTES)
@pytest.mark.parametrize("days", [0, 1, 2])
def test_an_early_note_is_no_status_check(text: str, days: int) -> None:
    assert _purpose(text, days) == "thank-you"


@pytest.mark.parametrize("text", EARLY_NOTES[:2])
def test_the_same_note_a_week_later_checks_on_the_status(text: str) -> None:
    assert _purpose(text, 9) == "status-check"


@pytest.mark.parametrize(
    "body",
    [
        "It's been a day and still nothing. I won't wait forever.",
        "Since then: nothing. Withdraw my resume if you can't decide by Friday.",
    ],
)
def test_an_early_body_that_complains_of_silence_is_still_a_status_check(body: str) -> None:
    assert _purpose(f"Hi Ana,\n\n{body}\n\nLee", 1) == "status-check"


def test_an_earlier_follow_up_makes_even_an_early_note_a_status_check() -> None:
    assert _purpose(EARLY_NOTES[0], 2, earlier=True) == "status-check"


def test_a_competing_offer_and_a_request_for_the_decision_check_on_the_status() -> None:
    text = (
        "Subject: A question about timing\n\nDear Ms. Sandhu,\n\nThank you again for Monday's interview. "
        "I have since received a firm offer from another employer, due on Wednesday. Would it be possible "
        "to let me know your decision by Tuesday?\n\nKind regards,\nJaspreet"
    )
    assert _purpose(text, 4) == "status-check"


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("Why did you reject me? I answered every question.", "rejection-reply"),
        ("You rejected my application without reading it.", "rejection-reply"),
        # a plea before any decision is no reply to one
        ("Please don't reject me, I really need this job. Thank you for the interview.", "thank-you"),
    ],
)
def test_the_bare_verb_reject(body: str, purpose: str) -> None:
    assert _purpose(f"Hi Ana,\n\n{body}\n\nLee", 6) == purpose
