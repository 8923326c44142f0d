"""A voicemail has no Subject: line and no signature, like a LinkedIn message: what marks it is how a
caller talks ("Hey Sam, it's Lee", "give me a call back", a number read out word by word), and a
request to be called back days after the interview asks where things stand."""

from __future__ import annotations

import pytest

from followup_lint import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose


@pytest.mark.parametrize(
    "text",
    [
        "Hey Marta, it's Kofi. Just checking where things are with the warehouse lead role. Speak soon.",
        "Hi Marta, I wanted to see where things are with the warehouse lead role. Give me a call back when you can.",
        "Hi Marta, quick one about the warehouse lead role. Could you return my call when you have a moment?",
        "Hi Marta, about the warehouse lead role: I'm on oh seven seven, one two three, four five six.",
    ],
)
def test_how_a_caller_talks_makes_a_call(text: str) -> None:
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "call"


def test_a_short_chat_message_stays_linkedin() -> None:
    text = "Hey Marta, great to meet you at the warehouse on Friday. Happy to connect here."
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "linkedin"


def test_asking_for_a_call_back_weeks_after_the_interview_is_a_status_check() -> None:
    text = "Hey Marta, it's Kofi. I'm sure the warehouse lead role is mine by now. Give me a call back."
    guess = infer_purpose(parse_draft(text), Context(interview_date="2026-03-02", sent_at="2026-03-20"))
    assert guess is not None and guess[0] == "status-check"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Hi Ms. Osei, I hope you don't mind me messaging you here. I've sent two emails and left a voicemail "
            "since my interview but haven't heard back. Still very keen. Thank you! – Daniel"
        ),
        "Hi Marta, I left you a voicemail last week about the warehouse lead role; trying here in case it got lost.",
    ],
)
def test_a_voicemail_reported_as_left_earlier_makes_no_call(text: str) -> None:
    guess = infer_channel(parse_draft(text))
    assert guess is None or guess[0] != "call"


def test_a_voicemail_the_script_is_still_makes_a_call() -> None:
    text = "Hello Tom, sorry to leave a voicemail, I wanted to thank you for Tuesday. Speak soon."
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "call"
