"""FL203 (G-NEXT-STEPS), second blind batch of round 9 (2026-12-05), written after the round's
families were added (tests/test_next_steps_round9_blind.py) and before the linter saw these: it
counts what generalises.  Same kinds and the same reading of LABELLING.md: in a status check a
demand, a plea, an ultimatum or text-speak asks, a rhetorical or resigned line does not; in a
thank-you only a reference forward to the process counts, not a look back that names it.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _status_check(opener: str, line: str) -> str:
    return f"Subject: Following up on my interview\n\nHi Morgan,\n\n{opener} {line}\n\nThanks,\nRiya Desai"


def _thank_you(opener: str, line: str) -> str:
    return f"Subject: Thank you for today\n\nDear Ms Ferreira,\n\n{opener} {line}\n\nKind regards,\nOwen Pryce"


def _fl203(linter: Linter, text: str, purpose: str) -> bool:
    report = linter.lint(text, purpose=purpose, channel="email")
    return any(f.code == "FL203" for f in report.findings)


# (opener, the line heard)
ASKS = [
    ("It's been a fortnight since the forklift assessment.", "Did I pass or didn't I?"),
    ("Nobody has rung me back.", "Just tell me whether I'm getting the job."),
    ("hey its Kez from the cafe trial.", "so did i get it or nah"),
    ("Three weeks now.", "Give me an answer by Monday or I'm taking the other offer."),
    ("I interviewed for the store role on the 2nd.", "Kindly update the status of my application at the earliest."),
    ("I attended the interview for the clerk post.", "Please let me know whether I have been selected or not."),
    ("I know you're busy.", "But a simple yes or no is all I'm after."),
    ("I have waited long enough.", "I demand to know what's been decided."),
    ("Sorry to chase.", "Any word from the hiring manager yet?"),
    ("I've had no reply to two emails.", "What's the hold-up?"),
    ("Hiya, Callum from the bar interview.", "Am I in or am I out?"),
    ("I really need this job.", "Please just let me know if there's any hope."),
    ("Good morning, I came for the interview on Friday.", "I'd be happy to know the outcome of my interview."),
    ("It's me again.", "When am I going to hear something?"),
    ("I interviewed for the fitter role.", "Is there a decision on the fitter role, or should I look elsewhere?"),
]

NO_ASK = [
    ("Six weeks, not a word.", "I guess that tells me everything I need to know."),
    ("I've emailed three times.", "Who needs manners when you're hiring, eh?"),
    ("You promised an answer by Friday.", "Clearly Friday means something different in your office."),
    ("It's been a month.", "Don't trouble yourselves with a reply, I've moved on."),
    ("I've checked my inbox every hour.", "Why would anyone bother to let a candidate know?"),
    ("I was told a week.", "I'll stop holding my breath, then."),
    ("No call, no email.", "I'm sure the successful candidate is delightful."),
    ("It has been three weeks.", "I can only presume the decision has already been made without me."),
]

FORWARD = [
    (
        "Thank you for the mock lesson slot this morning.",
        "I'm free to teach a second lesson if the panel would find that useful.",
    ),
    ("Thank you for the depot visit.", "If I'm lucky enough to go through to the driving assessment, I'm ready."),
    ("Thank you for meeting me about the bookkeeping role.", "I trust I'll hear your decision in due course."),
    ("Thanks ever so much for the salon trial.", "Fingers crossed for the call!"),
    ("Thank you for the structured interview.", "I'm glad to provide my referees' details at any point."),
    ("Thank you for the conversation about the ward.", "Hope to hear your good news anytime soon."),
    ("Thank you for the technical round.", "Let me know if the onsite is going ahead and which day suits."),
    ("Thank you for walking me round the plant.", "I'll wait for your word on the shift trial."),
]

LOOK_BACK = [
    ("Thank you for the interview.", "The panel put me at ease from the first question."),
    ("Thank you for your time.", "The case study round was the most fun I've had in an interview."),
    ("Thank you for Thursday.", "I liked that the process was so transparent."),
    ("Thank you for the assessment centre.", "The group exercise taught me a lot."),
    ("Thank you for having me.", "The decision to hold the interview on site was a good one."),
]


@pytest.mark.parametrize(("opener", "line"), ASKS)
def test_an_ask_is_heard(linter: Linter, opener: str, line: str) -> None:
    assert not _fl203(linter, _status_check(opener, line), "status-check")


@pytest.mark.parametrize(("opener", "line"), NO_ASK)
def test_a_line_that_asks_nothing_is_not(linter: Linter, opener: str, line: str) -> None:
    assert _fl203(linter, _status_check(opener, line), "status-check")


@pytest.mark.parametrize(("opener", "line"), FORWARD)
def test_a_forward_reference_is_heard(linter: Linter, opener: str, line: str) -> None:
    assert not _fl203(linter, _thank_you(opener, line), "thank-you")


@pytest.mark.parametrize(("opener", "line"), LOOK_BACK)
def test_a_look_back_is_not(linter: Linter, opener: str, line: str) -> None:
    assert _fl203(linter, _thank_you(opener, line), "thank-you")
