"""Forward references and fit, heard in the wording families a reviewer counts, on every channel.

G-NEXT-STEPS asks a thank-you to refer forward to the process and G-FIT to tie the writer's
experience to the role; docs/guidance.md applies both to thank-you notes on every channel, and the
calibration corpus's labelling rule (LABELLING.md) judges LinkedIn notes by them too.  The drafts
here are written for these tests.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

CONTEXT = {"interview_date": "2026-03-02", "sent_at": "2026-03-03T09:00:00"}
EMAIL = (
    "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for your time yesterday and for "
    "walking me through the churn dashboard. My three years building retention models at Globex fit "
    "what you need, and I am very interested in the role. {x}\n\nBest regards,\nLee Chen\n"
)


def _codes(linter: Linter, text: str, channel: str | None = None) -> dict[str, str]:
    report = linter.lint(text, context=CONTEXT, channel=channel)
    return {f.code: f.severity.value for f in report.findings}


@pytest.mark.parametrize(
    "forward",
    [
        # being kept informed
        "Please keep me posted.",
        "Do keep me in the loop while the team decides.",
        # news or a decision still to come
        "Please let me know when you have news.",
        "Could you tell me once there is a date for the panel?",
        "I will gladly wait until you've heard more from the directors.",
        "Do let me know once you've made up your mind.",
        "I'll look out for your note.",
        # how the process goes on
        "I'd be glad to hear how things progress.",
        "I would love to hear how the search turns out.",
        "I am happy to send anything else as the process moves on.",
        "If it helps as you weigh the candidates, I can share my notebook.",
        # the decision and a later round in text-speak
        "lmk wat u decide",
        "c u at the 2nd interview i hope",
        "sat here waiting 4 round 2",
    ],
)
def test_a_forward_reference_in_any_of_its_families_meets_next_steps(linter: Linter, forward: str) -> None:
    assert "FL203" not in _codes(linter, EMAIL.format(x=forward))


@pytest.mark.parametrize(
    "aside",
    [
        "It was good to hear how the team started.",  # the past, not the process to come
        "Let me know if you need anything else.",  # an offer, not a reference to the decision
        "As you said, the role is busy.",
    ],
)
def test_wording_near_those_families_is_still_no_forward_reference(linter: Linter, aside: str) -> None:
    assert _codes(linter, EMAIL.format(x=aside)).get("FL203") == "warning"


LINKEDIN = "Hi Ana, thank you for yesterday's interview and for the tour of the churn dashboard. {x}"


def test_a_linkedin_thank_you_that_never_refers_forward_gets_a_warning(linter: Linter) -> None:
    codes = _codes(linter, LINKEDIN.format(x="I'd be glad to connect here."), channel="linkedin")
    assert codes.get("FL203") == "warning"
    forward = LINKEDIN.format(x="I look forward to hearing about the next stage.")
    assert "FL203" not in _codes(linter, forward, channel="linkedin")


def test_a_linkedin_thank_you_that_never_says_why_you_fit_gets_a_warning(linter: Linter) -> None:
    codes = _codes(linter, LINKEDIN.format(x="I'd be glad to connect here."), channel="linkedin")
    assert codes.get("FL205") == "warning"
    fit = LINKEDIN.format(x="My three years of retention modelling at Globex match what you need.")
    assert "FL205" not in _codes(linter, fit, channel="linkedin")


def test_a_linkedin_status_check_without_an_ask_gets_a_warning(linter: Linter) -> None:
    # a tip until round 9 (2026-12-05); FL203 is a warning in status checks now, on every channel
    status = "Hi Ana, I interviewed for the analyst role on 2 March and remain very keen on it."
    report = linter.lint(status, purpose="status-check", channel="linkedin", context={"sent_at": "2026-03-12T09:00"})
    assert {f.code: f.severity.value for f in report.findings}.get("FL203") == "warning"
