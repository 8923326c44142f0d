"""FL204 hears restated interest by its parts (G-INTEREST: an explicit statement of interest or
enthusiasm for the role, the work or the employer): a wish of the writer's in the present or the
conditional (proud to, would mean a great deal to me, draws me, can't stop thinking about, have been
hoping, where I'd like to be) AND, in the same sentence, the role, the work or the employer.
Sentences written for this test on 2026-12-03 (not from the corpus or any page): of 30 interest
sentences in unseen registers the fixed wordings missed 6 (the first list), none now; a wish for a
reply, news or feedback, pride in what is past and thinking about the interview are not interest."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def warns(linter: Linter, sentence: str) -> bool:
    text = (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return any(f.code == "FL204" and f.severity.value in ("warning", "error") for f in report.findings)


HEARD_BY_PARTS = [
    "This is the job I've been hoping would come up.",
    "Honestly, I can't stop thinking about the position.",
    "I'd be proud to wear the Halden badge.",
    "Your team is exactly where I'd like to be next.",
    "It would mean a great deal to me to join your practice.",
    "The chance to lead your archive project really draws me.",
]


@pytest.mark.parametrize("sentence", HEARD_BY_PARTS)
def test_fl204_hears_interest_by_its_parts(linter: Linter, sentence: str) -> None:
    assert not warns(linter, sentence)


NOT_INTEREST = [
    "It would mean a lot to me to hear back about the role.",
    "I've been hoping to hear from the team.",
    "I've been hoping for an update on the role.",
    "I can't stop thinking about the panel's questions.",
    "I'm proud to have been considered for the role.",
    "I was proud of the work my last team did.",
    "I enjoyed our conversation.",
    "I look forward to hearing from you.",
]


@pytest.mark.parametrize("sentence", NOT_INTEREST)
def test_fl204_stays_deaf_to_look_alikes(linter: Linter, sentence: str) -> None:
    assert warns(linter, sentence)


def test_parts_must_share_a_sentence(linter: Linter) -> None:
    assert warns(linter, "I can't stop thinking about the weekend. The job sounds busy.")
