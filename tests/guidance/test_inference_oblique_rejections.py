"""Replies to a rejection that never say "rejected", and status checks that only raise an earlier note.

Written as a fresh probe set (our own sentences) before the fixes; each family is pinned both
ways: its wordings decide the purpose, and its look-alikes in a thank-you do not.
"""

from __future__ import annotations

import pytest

from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose
from followup_lint.linter import DEFAULT_PURPOSE


def _purpose(body: str) -> str:
    """The purpose the linter would use: the guess, or its default when nothing points anywhere."""
    guess = infer_purpose(parse_draft(f"Hi Ana,\n\n{body}\n\nBest,\nLee"))
    return guess[0] if guess else DEFAULT_PURPOSE


@pytest.mark.parametrize(
    "body",
    [
        # the news named as bad, or as not hoped for
        "Thank you for the news, even though it wasn't what I hoped to hear.",
        "Unfortunate news, but I appreciate the quick answer.",
        "Shame about the outcome. Thanks for the kind words in your email.",
        "Thanks for the prompt reply. Sorry about the decision, but I understand.",
        # the employer's decision named as a refusal
        "I'm writing in response to your decision not to move forward with my application.",
        "I understand the panel decided not to proceed, and I'm grateful for your time.",
        # thanks for the message that carried the outcome
        "Thank you for your email regarding the outcome of my application.",
        "Thanks for your message about the result. I enjoyed meeting everyone.",
        # sorrow at not joining
        "While I'm sad I won't be joining, I valued meeting the team.",
        "I'm sorry I won't be working with you all, and I wish the project well.",
        # candour thanked, then a question about doing better
        "Understood, and thanks for being upfront. I'd still love to hear what I could improve.",
        # a pity, understood and left there; spite at the verdict
        "That's a real pity, but I understand. I enjoyed every stage of the process.",
        "Your loss. I'll take my skills somewhere they're appreciated.",
        "Well, it's your loss, not mine.",
    ],
)
def test_an_oblique_reply_to_a_rejection(body: str) -> None:
    assert _purpose(body) == "rejection-reply"


@pytest.mark.parametrize(
    "body",
    [
        "Just bumping this to the top of your inbox in case it got buried.",
        "I'm resending my note from last week in case it was lost in the shuffle of the holidays.",
        "Bumping my message below about the coordinator role. Is there a timeline yet?",
    ],
)
def test_raising_an_earlier_message_checks_on_the_status(body: str) -> None:
    assert _purpose(body) == "status-check"


@pytest.mark.parametrize(
    "body",
    [
        # the writer's own decision is none of the employer's
        "I decided not to proceed with the other offer, because this role is my first choice. Thank you for the interview.",
        # an outcome welcomed, a next round, or the timing of the decision
        "Thank you for your email regarding the outcome of the first round. I'm delighted to be invited back.",
        "Thanks for your note about the decision timeline; the end of the month works well for me. I enjoyed our talk.",
        # bad news about something else
        "I saw the unfortunate news about the office flood and hope everyone is safe. Thank you for the interview on Monday.",
        # being open about the work, not about a verdict
        "Thank you for being so open about the team's challenges during the interview.",
        # condolence for a loss is no verdict
        "I was so sorry to hear about your loss last month. Thank you for still making time to interview me.",
        "I am sorry for your loss. Thank you for the interview on Tuesday.",
        # understanding something named is no acceptance of a verdict
        "Thank you for the interview. I understand the role needs some travel, and that suits me.",
        # a future still possible
        "Thank you for the interview. I'm sad the week is over, and I hope I'll be joining you soon.",
    ],
)
def test_look_alikes_in_a_thank_you_stay_a_thank_you(body: str) -> None:
    assert _purpose(body) == "thank-you"
