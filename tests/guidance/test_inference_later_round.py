"""A reply about a further round of this process answers no decision.

A late "Re:" with no thanks for an interview was read as a reply to a rejection; a blind dev draft
answering "Re: Additional interview" ("A fourth interview? ...") showed the family it misses: a
reply that names a round still to come is still in the process.  A past round ("after my second
interview") is no such sign.
"""

from __future__ import annotations

from datetime import date

import pytest

from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose

_LATE = Context(interview_date=date(2026, 11, 12), sent_at=date(2026, 11, 25))


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Re: Additional interview – Sales Manager\n\nHi Craig,\n\nA fourth interview? I have given you three rounds already. Can you confirm the relocation terms first?\n\nBest,\nVictor",
        "Subject: Re: Next steps\n\nHi Craig,\n\nBefore we book another round, could you confirm the salary band?\n\nBest,\nVictor",
    ],
)
def test_a_reply_about_a_further_round_is_no_rejection_reply(text: str) -> None:
    guess = infer_purpose(parse_draft(text), _LATE)
    assert guess is not None and guess[0] != "rejection-reply", guess


def test_a_late_reply_naming_a_past_round_is_still_read_as_a_reply_to_the_decision() -> None:
    text = "Subject: RE: Update on the Planner position\n\nDear Team,\n\nAfter eleven weeks of silence following my second interview, I have your update.\n\nMorgan"
    guess = infer_purpose(parse_draft(text), _LATE)
    assert guess is not None and guess[0] == "rejection-reply", guess


@pytest.mark.parametrize(
    "text",
    [
        "Hi, is that Sandra? It's Jasmine here, I interviewed last Thursday. Thanks again for your time. I'm just ringing to see if there's any news. Thanks, speak soon.",
        "Subject: Grants Officer role\n\nDear Ms. Achterberg,\n\nThank you again for the interview. I'm writing to ask whether there has been a decision.\n\nKind regards,\nYusuf",
    ],
)
def test_the_errand_said_outright_is_a_status_check(text: str) -> None:
    week_later = Context(interview_date=date(2026, 11, 5), sent_at=date(2026, 11, 12))
    guess = infer_purpose(parse_draft(text), week_later)
    assert guess is not None and guess[0] == "status-check", guess


def test_a_spoken_goodbye_ending_a_short_unsigned_note_makes_a_call() -> None:
    from followup_lint.infer import infer_channel

    # (the goodbye makes a call in a note that speaks of the phone: a chat note may end "Bye!" too)
    text = "Hi Kelsey, Dean Marsh. Just got your email saying you're not moving forward. After that phone screen, fair enough. Bye."
    assert infer_channel(parse_draft(text)) is not None and infer_channel(parse_draft(text))[0] == "call"  # type: ignore[index]
    chat = "Hi Kelsey, thanks for the chat about the role, it was great to meet the team. Say bye to Sam for me!"
    guess = infer_channel(parse_draft(chat))
    assert guess is None or guess[0] != "call", guess
