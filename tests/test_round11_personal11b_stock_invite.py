"""G-PERSONAL blind batch, round 11b (written 2026-12-05 before any change; none from the corpus,
every wording our own): a LinkedIn thank-you that is nothing but a stock invitation line ("I would
like to add you to my professional network.") is a form note however short it is; FL210 let it pass
because it speaks only on notes of 25 words or more.  The same invitation with one thing of the
interview, a place, a person or the firm named stays quiet.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the round 11b change")
# still misjudged after it: FL210 speaks only where FL202 finds no detail, and FL202 is silent on these
# two (a one-line note read whole as a greeting has no body; FL202 passes the second for a reason not
# yet traced); left for FL202's next pass
STILL = pytest.mark.xfail(strict=True, reason="FL202 silent, so FL210 (which requires it) is too")

CTX = {"company": "Tidewater Surveys", "role": "Field Technician", "interviewers": ["Ana Pryce"]}


def fl210(linter: Linter, text: str) -> bool:
    report = linter.lint(text, purpose="thank-you", context=CTX, channel="linkedin")
    return any(f.code == "FL210" for f in report.findings)


BAD = [
    pytest.param("Hi, I would like to add you to my professional network.", id="b0-add-to-network", marks=STILL),
    pytest.param("I'd love to connect here and stay in touch!", id="b1-connect-stay-in-touch"),
    pytest.param("Let's connect on LinkedIn.", id="b2-lets-connect"),
    pytest.param(
        "Hello! I'm hoping to connect with you. Please accept my invitation.", id="b3-two-stock-lines", marks=STILL
    ),
    pytest.param("I would like to join your network on LinkedIn.", id="b4-join-network"),
]

GOOD = [
    pytest.param(
        "I'd like to connect with you after our talk on Tuesday about the river survey crew.", id="g0-talk-topic"
    ),
    pytest.param(
        "Thanks for the interview yesterday, Ana. I'd love to connect and keep following the wetland project.",
        id="g1-project",
    ),
    pytest.param("Let's connect! I enjoyed hearing how your crew maps the Eastfield site.", id="g2-place"),
    pytest.param(
        "I'd like to add you to my network; your point about sampling in the rain stuck with me.", id="g3-point"
    ),
    pytest.param("Hi Ana, great to meet you at the Marsh Lane depot. I would like to connect here.", id="g4-depot"),
    pytest.param("I'm keen to connect about the seasonal technician opening at Tidewater Surveys.", id="g5-firm"),
]


@pytest.mark.parametrize("text", BAD)
def test_a_stock_invitation_alone_is_a_form_note(linter: Linter, text: str) -> None:
    assert fl210(linter, text), text


@pytest.mark.parametrize("text", GOOD)
def test_an_invitation_with_something_particular_is_not(linter: Linter, text: str) -> None:
    assert not fl210(linter, text), text
