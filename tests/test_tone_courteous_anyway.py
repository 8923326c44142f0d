"""Wanting to do something courteous all the same is not dismissing the job (FL321).

"I wanted to thank you anyway" and "I still want to send my notes anyway" want an action of the
writer's, not the job; "I never wanted the job anyway" and "I didn't want to join your team anyway"
carry the negation that makes them a dismissal. Sentences of ours pin both, in every purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

PURPOSES = ["status-check", "thank-you", "rejection-reply"]

DISMISSING = [
    "I never wanted to work there anyway.",
    "I didn't want to join your team anyway.",
    "I never really wanted the job anyway.",
    "I was never that interested anyway.",
    "I didn't even want this role anyway.",
    "Honestly, I wasn't that keen anyway.",
    "I wasn't bothered about the job anyway.",
    "I didn't care about the position anyway.",
    "I was never interested in the first place.",
    "I wasn't even that excited about the role anyway.",
    "I never much wanted the position anyway.",
    "Frankly I wasn't fussed about the job anyway.",
    "I never cared about this company anyway.",
    "I don't really want the job anyway.",
    "I never wanted your offer anyway.",
    "I never even wanted to apply anyway.",
    "I never wanted this job anyway.",
    "I didn't want it anyway.",
    "I was never keen on the role anyway.",
    "Didn't want to work there anyway.",
    "I never wanted to join anyway.",
    "I didn't care that much anyway.",
    "We never wanted to sign anyway.",
]

COURTEOUS_ALL_THE_SAME = [
    "I know you said you would be busy this week, but I wanted to send my thanks anyway.",
    "I wanted to send my thanks anyway.",
    "I wanted to thank you anyway.",
    "I still wanted to write anyway, whatever the outcome.",
    "I just wanted to say thank you anyway.",
    "We wanted to reach out anyway to say how much we enjoyed it.",
    "I really wanted to send the slides anyway, in case they help.",
    "I want to thank you anyway for the chance to interview.",
    "I'd like to thank the panel anyway.",
    "I also wanted to share the article anyway.",
    "I did want to mention my certificate anyway.",
    "I wanted to follow up anyway, since my number has changed.",
    "I would like to add one more example anyway.",
    "I only wanted to check my references arrived anyway.",
    "I so wanted to tell you anyway how much I enjoyed the tour.",
    "I truly wanted to thank your team anyway.",
    "I still want to hear your feedback anyway, if you have time.",
    "I wanted to pass on my thanks to Sam anyway.",
    "We'd like to stay in touch anyway.",
    "I really want to keep learning about the sector anyway.",
    "I wanted to let you know anyway that I have accepted another offer.",
    "I just want to wish the team well anyway.",
]


def codes_in(linter: Linter, sentence: str, purpose: str) -> list[str]:
    text = tone_challenge.wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose=purpose, channel="email")
    return [f.code for f in report.findings if start <= f.start and f.end <= start + len(sentence)]


@pytest.mark.parametrize("sentence", DISMISSING)
def test_not_wanting_the_job_anyway_is_dismissal(linter: Linter, sentence: str) -> None:
    assert "FL321" in codes_in(linter, sentence, "rejection-reply")


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", COURTEOUS_ALL_THE_SAME)
def test_wanting_to_be_courteous_anyway_passes(linter: Linter, sentence: str, purpose: str) -> None:
    assert tone_challenge.tone_codes(linter, sentence, purpose) == []


# "below my" ranks the job under the writer only before what it is ranked under; "below my name" or
# "below my signature" places a link on the page (a good dev draft got an error for it)
BENEATH_ME = [
    "Frankly the role was beneath me.",
    "Honestly this job is below my level.",
    "The salary is below my pay grade.",
    "It is beneath my abilities, frankly.",
    "This is well below my experience.",
]
PLACED_ON_THE_PAGE = [
    "The repository is linked below my name.",
    "My portfolio link is below my signature.",
    "Please see the link below my name for the demo.",
    "I have put my references below my contact details.",
]


@pytest.mark.parametrize("sentence", BENEATH_ME)
def test_ranking_the_job_beneath_oneself_is_dismissal(linter: Linter, sentence: str) -> None:
    assert "FL321" in codes_in(linter, sentence, "thank-you")


@pytest.mark.parametrize("sentence", PLACED_ON_THE_PAGE)
def test_what_is_placed_below_my_name_is_no_dismissal(linter: Linter, sentence: str) -> None:
    assert "FL321" not in codes_in(linter, sentence, "thank-you")
