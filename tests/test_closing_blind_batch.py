"""FL143 on a blind batch of sign-offs written on 2026-12-04 (not from the corpus or any page): of 16
unprofessional closings 2 passed before ("Cya,", and "Not very sincerely," that mocks its own
formula), none after; none of 15 ordinary closings is flagged before or after. A voicemail that
ends "Bye!" is a call, which this rule does not judge.  A second blind batch the same day: 5 of 20
unprofessional closings passed ("Catch ya,", "Over and out,", "Stay classy,", "Impatiently yours,",
"Yours in anticipation of a reply,"), none after; none of 26 ordinary closings is flagged."""

from __future__ import annotations

import pytest

from followup_lint import Linter

BODY = "Thank you for meeting me on Tuesday about the Analyst role. I enjoyed hearing about the pricing work."


def closing_alarms(linter: Linter, closing: str) -> list[str]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\n{BODY}\n\n{closing}"
    report = linter.lint(text, purpose="thank-you")
    return [f.code for f in report.findings if "G-CLOSING" in f.guidance and f.severity.value in ("warning", "error")]


UNPROFESSIONAL = [
    "Cya,\nLee",
    "Not very sincerely,\nLee",
    "Yours, whatever,\nLee",
    "Bye for now,\nLee",
    "l8r\nLee",
    "Catch you later mate,\nLee",
    "ttyl\nLee",
    "xoxo\nLee",
    "Laters,\nJosh",
    "Peace out,\nJosh",
    "Toodles!\nJosh",
    "Love,\nJosh",
    "Hugs,\nJosh",
    "Ciao for now,\nJosh",
    "Catch ya,\nJosh",
    "Yours in anticipation of a reply,\nJosh",
    "Waiting patiently (still),\nJosh",
    "Whatever,\nJosh",
    "Respectfully (for now),\nJosh",
    "- J",
    "Josh",
    "Sent from my iPhone",
    "TTFN\nJosh",
    "Over and out,\nJosh",
    "Bye bye!\nJosh",
    "Have a blessed day.\nJosh",
    "Stay classy,\nJosh",
    "Impatiently yours,\nJosh",
]

ORDINARY = [
    "Best regards,\nLee Park",
    "Many thanks,\nLee Park\n07700 900123",
    "Warmly,\nLee",
    "Sincerely,\nLee Park",
    "Cheers,\nLee",
    "Respectfully,\nLee Park",
    "Looking forward to hearing from you,\nLee",
    "With thanks,\nLee Park",
    "Best regards,\nJosh Patel",
    "Kind regards,\nJosh Patel",
    "Warm regards,\nJosh Patel",
    "With thanks,\nJosh Patel",
    "Many thanks,\nJosh Patel",
    "Thanks again,\nJosh Patel",
    "All the best,\nJosh Patel",
    "Sincerely,\nJosh Patel",
    "Respectfully,\nJosh Patel",
    "Best wishes,\nJosh Patel",
    "Cheers,\nJosh Patel",
    "Warmly,\nJosh Patel",
    "With appreciation,\nJosh Patel",
    "Thank you for your time,\nJosh Patel",
    "Yours sincerely,\nJosh Patel",
    "Regards,\nJosh Patel\n07700 900123",
    "Best,\nJosh",
    "Take care,\nJosh Patel",
    "With gratitude,\nJosh Patel",
    "Looking forward to hearing from you,\nJosh Patel",
    "Yours in anticipation,\nJosh Patel",
    "Gratefully yours,\nJosh Patel",
    "Faithfully yours,\nJosh Patel",
    "Stay well,\nJosh Patel",
    "Speak soon,\nJosh Patel",
    "Cheerio,\nJosh Patel",
]


@pytest.mark.parametrize("closing", UNPROFESSIONAL)
def test_an_unprofessional_sign_off_is_flagged(linter: Linter, closing: str) -> None:
    assert closing_alarms(linter, closing)


@pytest.mark.parametrize("closing", ORDINARY)
def test_an_ordinary_sign_off_is_not(linter: Linter, closing: str) -> None:
    assert closing_alarms(linter, closing) == []


def test_a_voicemail_may_end_with_bye(linter: Linter) -> None:
    script = (
        "Hi Ana, it's Lee Park calling about the Analyst role. Thank you again for Tuesday. "
        "You can reach me on 07700 900123. Bye!"
    )
    report = linter.lint(script)
    assert report.channel == "call"
    assert not [f for f in report.findings if f.code == "FL143"]
