"""Content rules hear sound wordings in styles the calibration corpus has few of: very short notes,
start-up informal, non-native and Indian English, questions instead of statements.  Sentences
written for this test (not from the corpus); each was missed before its family was added."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def thank_you(sentence: str) -> str:
    return (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )


def rejection_reply(sentence: str) -> str:
    return f"Subject: Re: Analyst role\n\nHi Ana,\n\nThank you for letting me know, and for your time. {sentence}\n\nBest,\nLee"


def fires(linter: Linter, text: str, code: str, purpose: str) -> bool:
    report = linter.lint(text, purpose=purpose)
    return any(f.code == code and f.severity.value in ("warning", "error") for f in report.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please let me know if you need anything else from my side before the panel meets.",
        "What does the rest of the process look like?",
        "Happy to do a take-home task if that's the next bit.",
        "Kindly revert with the further process.",
        "Kindly inform me about the further rounds.",
        "How long does the process usually take from here?",
        "Shall I send references now or later?",
        "I'm free all next week if you'd like to meet the rest of the team.",
        "Do let me know about the way forward.",
        "Please advise on the way ahead.",
        "Are you still planning to finish interviews by the 20th?",
        "Anything I should prepare for the technical round?",
        "Happy to jump on another call whenever works for you.",
    ],
)
def test_fl203_hears_next_steps_in_many_styles(linter: Linter, sentence: str) -> None:
    assert not fires(linter, thank_you(sentence), "FL203", "thank-you")


def test_fl203_still_fires_on_a_note_with_no_word_of_what_comes_next(linter: Linter) -> None:
    assert fires(linter, thank_you("I enjoyed the talk about the data platform and the team."), "FL203", "thank-you")


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been shipping React Native apps since 2019, so the mobile rewrite feels like home.",
        "My last gig was wrangling Snowflake costs, and I'd happily do the same for you.",
        "Previously I was handling vendor negotiations for a hospital group, similar to your procurement needs.",
        "I am having 5 years experience in SAP FICO and can support your migration.",
        "As someone who has run two restaurant kitchens, I know the pressure of your Friday service.",
        "I speak Hindi, Tamil and English, which should help with your Chennai clients.",
        "My time as a site engineer on the Crossrail project prepared me for your tunnelling work.",
    ],
)
def test_fl205_hears_fit_in_many_styles(linter: Linter, sentence: str) -> None:
    assert not fires(linter, thank_you(sentence), "FL205", "thank-you")


def test_fl205_still_fires_on_enthusiasm_without_fit(linter: Linter) -> None:
    text = thank_you("I loved hearing about the mobile rewrite, and I would be thrilled to join the team.")
    assert fires(linter, text, "FL205", "thank-you")


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there anything I could have done better in the interview?",
        "What skills should I build to be a stronger candidate next time?",
        "I'd be grateful to hear which parts of my case study fell flat.",
        "Were there gaps in my experience I should work on?",
        "Could I ask what the successful candidate had that I lacked?",
        "If you have five minutes for a quick call about how I did, I'd appreciate it.",
        "Should I work on anything in particular before applying again?",
        "Could you suggest what I might focus on for similar roles?",
        "Please let me know how I can improve for future opportunities.",
    ],
)
def test_fl220_hears_a_request_for_feedback_in_many_styles(linter: Linter, sentence: str) -> None:
    assert not fires(linter, rejection_reply(sentence), "FL220", "rejection-reply")


def test_fl220_still_fires_on_thanks_alone(linter: Linter) -> None:
    assert fires(linter, rejection_reply("I wish you and the team all the best."), "FL220", "rejection-reply")
