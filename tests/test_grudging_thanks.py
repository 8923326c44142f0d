"""FL201: grudging or mocking thanks is no thanks (LABELLING.md, G-GRATITUDE), while the same
words in sincere thanks still count."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _codes(linter: Linter, body: str, purpose: str = "thank-you") -> set[str]:
    text = (
        f"Subject: Data Analyst interview\n\nHi Ana,\n\n{body} I enjoyed hearing about the dbt migration.\n\nBest,\nLee"
    )
    return {f.code for f in linter.lint(text, purpose=purpose, channel="email").findings}


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for the call yesterday, I suppose.",
        "thanks for the call yesterday I suppose.",
        "Thank you, I guess.",
        "Thank you anyway; I'm told that's the done thing.",
        "Thanks for your time, for what it's worth.",
        "Thank you for eventually making time to see me on Tuesday.",
        "Thanks for finally getting back to me.",
        "Thank you for squeezing me in between your other, clearly more important, calls.",
    ],
)
def test_grudging_or_mocking_thanks_is_no_thanks(linter: Linter, body: str) -> None:
    assert "FL201" in _codes(linter, body)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the interview; I guess the next step is a call with the team?",
        "Thank you for finally meeting in person after our three calls.",
        "Thanks for your time on Tuesday. I'm told that the team is growing fast.",
        "Thank you for fitting me in on a busy day.",
        "Thank you for the interview. I suppose the hardest part of the role is the month-end close.",
    ],
)
def test_sincere_thanks_near_those_words_still_thanks(linter: Linter, body: str) -> None:
    assert "FL201" not in _codes(linter, body)


def test_sincere_thanks_elsewhere_in_the_note_counts(linter: Linter) -> None:
    body = "Thank you for meeting me on Tuesday. Thanks also for the tour, I suppose it was the best part."
    # the first sentence thanks sincerely, whatever the second does
    assert "FL201" not in _codes(linter, body)


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Thanks for any update you can give.", False),
        ("Thank you for any information you can share.", False),
        ("Thanks for any news you might have.", False),
        ("Thank you for your help.", True),
        ("Thank you for the update you sent last week.", True),
        ("Thank you for the feedback you gave me.", True),
    ],
)
def test_thanks_for_a_favour_still_to_come_is_thanks_in_advance(linter: Linter, body: str, counts: bool) -> None:
    """Like "thanks in advance", thanks for an update the reader may yet give thanks them for nothing
    they have done (blind lines of 2026-12-04); thanks for what they did still counts."""
    assert ("FL201" not in _codes(linter, body, purpose="status-check")) is counts
