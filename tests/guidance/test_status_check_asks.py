"""FL203 in a status check counts only a sentence that asks (LABELLING.md, G-NEXT-STEPS: a status
check "does not ask for an update, the decision or a timeline").

In a thank-you any look ahead to the process counts ("I look forward to hearing from you", "You
mentioned the panel would decide by the end of May"); in a status check the same words ask for
nothing, nor does a promise reported ("You said you would get back to me") or an earlier request
("I asked about the timeline in my last email").  Two blind batches of 2026-12-04, written before the
linter saw them: the first (28 status-check sentences) went wrong 14 times before (12 non-requests
counted as asking, 2 requests unheard), 0 after; the second, written after the first fix, 8 of 22
before, 2 after the first fix (a request by what would help: "Any indication of when you'll decide
would help me plan"), 0 after.  The project's example calls then showed a follow-up on the timeline
("I wanted to follow up on the timeline for a decision") and a demand wrapped over two lines.  The thank-you sentences of both batches (16) kept their verdicts.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput

CONTEXT = {"company": "Initech", "role": "Data Analyst"}


def _fl203(linter: Linter, purpose: str, sentence: str) -> str | None:
    if purpose == "status-check":
        text = (
            "Subject: Data Analyst interview on 3 May – following up\n\nDear Ms Lind,\n\nThank you again for "
            f"meeting me about the Data Analyst role. I remain very interested. {sentence}\n\nBest regards,\nTom Wilk"
        )
    else:
        text = (
            "Subject: Thank you – Data Analyst interview\n\nDear Ms Lind,\n\nThank you for meeting me today about "
            f"the Data Analyst role; I am very keen on it. {sentence}\n\nBest regards,\nTom Wilk"
        )
    report = linter.lint(text, purpose=purpose, channel="email", context=CONTEXT)
    return next((f.severity.value for f in report.findings if f.code == "FL203"), None)


ASKS = [
    "Could you let me know whether there has been any progress?",
    "Would you be able to give me an update on the timing?",
    "I'd be grateful if you could tell me where the decision stands.",
    "Is there an expected date for the final decision?",
    "If you could spare a moment to update me, I'd really appreciate it.",
    "Please could you let me know how things are progressing.",
    "Do you know yet when offers will go out?",
    "I'd welcome any update you're able to share.",
    "Any news on the decision would be gratefully received.",
    "I'm writing to ask whether the panel has reached a decision.",
    "I expect a straight answer on the decision by Friday.",
    "I'd be really glad of a quick word on where the process has got to.",
    "Might there be any news on the shortlist yet.",
    "I'm hoping you can tell me whether the panel has met.",
    "If there's any update on timing, I'd love to hear it.",
    "Any indication of when you'll decide would help me plan.",
    "I'm emailing to check whether a decision has been made.",
    "I'd find it helpful to know roughly when offers are expected.",
    "Drop me a line when you have news.",
    "I need an answer on the role by Monday.",
    "I'd like to know what's happening with the decision.",
    # from the project's own example calls, which the first version no longer heard
    "I wanted to follow up on the timeline for a decision.",
    "I expect to\nhear back immediately, you need to let me know today.",
]

ASKS_NOTHING = [
    "You said you would get back to me within the week.",
    "I look forward to hearing from you.",
    "I asked about the timeline in my last email.",
    "You mentioned the panel would decide by the end of May.",
    "I'm looking forward to your decision.",
    "I hope to hear good news soon.",
    "I'll keep an eye on my inbox.",
    "Last time you told me I'd hear back by Friday.",
    "Hoping to hear from you.",
    "I gather the decision is due next week.",
    "You said you'd let me know by Friday.",
    "I know the final round is coming up.",
    "The recruiter told me the panel would meet on Thursday.",
    "I'm still waiting to hear about the role.",
    "I remain available should you wish to discuss the next steps.",
    "Thanks again, and I look forward to hearing back.",
    "Your email said a decision was due by the 20th.",
    "I'll wait to hear from you.",
    "It has been two weeks since you said I'd hear back.",
    "I know you promised to call me with the outcome.",
    "When we met, you said you would pass my name on and get back to me within the week.",
]

THANK_YOU_LOOKS_AHEAD = [
    "I look forward to hearing from you.",
    "I look forward to your decision.",
    "I'll keep an eye on my inbox.",
    "I hope to hear good news soon.",
    "You mentioned the panel would decide by the end of May, and I look forward to it.",
    "I'll wait to hear from you.",
    "Thanks again, and I look forward to hearing back.",
]

THANK_YOU_LOOKS_BACK = [
    "I enjoyed hearing about the new clinic.",
    "I hope we can talk again soon.",
    "I'm looking forward to working together.",
    "It was lovely to meet the whole team.",
    "Thank you for explaining how the team works.",
]


@pytest.mark.parametrize("sentence", ASKS)
def test_a_request_for_an_update_counts_in_a_status_check(linter: Linter, sentence: str) -> None:
    assert _fl203(linter, "status-check", sentence) is None


@pytest.mark.parametrize("sentence", ASKS_NOTHING)
def test_a_look_ahead_that_asks_nothing_is_reported_in_a_status_check(linter: Linter, sentence: str) -> None:
    # a warning since 2026-12-05 (round 9), a tip before
    assert _fl203(linter, "status-check", sentence) == "warning"


@pytest.mark.parametrize("sentence", THANK_YOU_LOOKS_AHEAD)
def test_the_same_look_ahead_still_counts_in_a_thank_you(linter: Linter, sentence: str) -> None:
    assert _fl203(linter, "thank-you", sentence) is None


@pytest.mark.parametrize("sentence", THANK_YOU_LOOKS_BACK)
def test_a_thank_you_that_never_looks_ahead_is_still_warned(linter: Linter, sentence: str) -> None:
    assert _fl203(linter, "thank-you", sentence) == "warning"


# Growth: the asking sentences are found once a check, each pattern searched once a sentence.
GROWTH_UNITS = {
    # many look-aheads that ask nothing: every hit is looked up among the asking sentences
    "look-aheads": "I look forward to hearing from you about the decision. You said you would get back to me. ",
    # one long sentence of half-requests and reported promises, no break
    "one sentence": "you said you'd let me know and get back to me would be I would like to thank you see if ",
}


@pytest.mark.parametrize("shape", sorted(GROWTH_UNITS))
def test_the_status_check_gate_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return prepared_input(linter, GROWTH_UNITS[shape] * (3 * n), purpose="status-check", context=None)

    assert_grows_linearly(linter, "FL203", make, shape)
