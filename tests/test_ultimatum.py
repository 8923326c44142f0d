"""FL312: a date followed by a threat is an ultimatum; a date followed by a polite plan to follow
up with the reader is what careers advice recommends, and must stay quiet."""

from __future__ import annotations

import pytest

from followup_lint import Linter

_LINTER = Linter()


def _fl312(sentence: str) -> bool:
    text = (
        "Subject: Following up on the Data Analyst interview\n\nHi Ana,\n\n"
        f"Thank you again for meeting me on Tuesday. {sentence}\n\nBest,\nLee Park"
    )
    return any(f.code == "FL312" for f in _LINTER.lint(text, purpose="status-check").findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "If I haven't heard by the 20th, would you mind if I rang again?",
        "If I don't hear back by Friday, I'll check in next week.",
        "If I have not heard anything by Monday, I will follow up.",
        "If I don't hear back by Friday, I'll give you a call on Monday.",
        "If I haven't heard back by Friday, may I call you?",
    ],
)
def test_a_plan_to_follow_up_with_the_reader_is_no_ultimatum(sentence: str) -> None:
    assert not _fl312(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If I don't hear back by Friday, I will accept another offer.",
        "If I don't hear back by Friday, I'll call your CEO.",
        "If I don't hear back by Friday, I'll email your director.",
        "If I don't hear back by Friday, I'll reach out to your CEO directly.",
        "If I don't hear back by Friday, I'll follow up with your CEO.",
        "If I don't hear back by Friday, I will be in touch with my lawyer.",
        "If I don't hear back by Friday, I'll write a review on Glassdoor.",
    ],
)
def test_a_threat_after_the_date_stays_an_ultimatum(sentence: str) -> None:
    assert _fl312(sentence)
