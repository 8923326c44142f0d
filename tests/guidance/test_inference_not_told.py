"""Rejection cues that are not a verdict: a condition, a compliment, another employer, other candour.

A reviewer found good thank-yous and status checks read as rejection replies because a cue's words
appeared in them without their meaning.  Each case is in our own words; each family is pinned both ways.
"""

from __future__ import annotations

from datetime import date

import pytest

from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose

_THANKS = "Thank you for the interview yesterday. Hearing how your depot rebuilt its rota was the best part. "
_STATUS = "I interviewed for the planner role two weeks ago and wanted to check on the timeline. "


def _purpose(body: str, context: Context | None = None) -> str | None:
    guess = infer_purpose(parse_draft(f"Subject: Planner role\n\nHi Ana,\n\n{body}\n\nBest,\nLee"), context)
    return guess[0] if guess else None


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        # someone else chosen, only supposed inside a condition
        (_STATUS + "In case the post went to another applicant, a short note would help me plan.", "status-check"),
        (
            _STATUS + "I'd understand if the vacancy was given to someone else; either way, please tell me.",
            "status-check",
        ),
        (_STATUS + "If the role has been offered to an internal candidate, I'd be glad to know.", "status-check"),
        (_STATUS + "Should the job go to somebody else, I'd still value hearing so.", "status-check"),
        # the writer vouching for themself, not the employer's choice
        (_THANKS + "I honestly believe you have found the right candidate for this post.", "thank-you"),
        (_THANKS + "I'm certain that in me the team has found the ideal person to run it.", "thank-you"),
        # something better found that is not a person
        (_THANKS + "It sounds like the team has found a better method for rostering weekends.", "thank-you"),
        # not chosen by other employers, or never before: still available, not turned down here
        (_STATUS + "I have not been hired elsewhere yet and can start in May.", "status-check"),
        (_THANKS + "I had not been shortlisted for a post this senior before, so it meant a great deal.", "thank-you"),
        # candour praised about the work, not about a verdict
        (
            _THANKS + "I appreciated your transparency about the backlog; a pity the tour had to be cut short.",
            "thank-you",
        ),
    ],
)
def test_rejection_words_without_a_verdict_keep_the_notes_purpose(body: str, purpose: str) -> None:
    assert _purpose(body) == purpose


@pytest.mark.parametrize(
    "body",
    [
        "I was sorry to learn the post went to another applicant. Thank you for letting me know.",
        "It sounds like you have found the right candidate. Thank you for considering me all the same.",
        "I'm sure the team has found a stronger applicant. Thanks for telling me so quickly.",
        "I have not been selected for this role, I gather. Thank you for the honest call.",
        "Thank you for your transparency about the decision. I'd welcome your thoughts on my interview.",
    ],
)
def test_the_same_families_said_as_fact_still_make_a_rejection_reply(body: str) -> None:
    assert _purpose(body) == "rejection-reply"


def test_a_fresh_thank_you_sent_on_the_decision_day_without_an_interview_date_stays_one() -> None:
    sent = Context(decision_date=date(2026, 3, 5), sent_at=date(2026, 3, 5))
    assert _purpose(_THANKS, sent) == "thank-you"
    # with no sign of when the interview was, the decision day still means a status check
    assert _purpose("Thank you for your time. Is there any news on the planner role?", sent) == "status-check"
