"""Round 14 (nextsteps14), a small blind batch for FL204 (G-INTEREST), written before any FL204 change:
interest said in the past and then given up in the same sentence (the writer has taken another job or
can wait no longer) is no interest now; look-alikes keep a past or present interest that still holds
(nerves on the day, a keenness that grew).  Voicemail, e-mail, LinkedIn and letter; status checks
and thank-yous; our own wordings.

GIVEN_UP must warn (FL204); STILL_KEEN must stay quiet.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 14, FL204 batch)")


def _fires(linter: Linter, text: str, purpose: str, channel: str) -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == "FL204" for f in report.findings)


def _sc(line: str) -> str:
    return (
        "Subject: Lab Technician interview – 3 June\n\nDear Dr Mahlangu,\n\nThank you again for the interview "
        f"on 3 June for the lab technician post. {line} Could you let me know where the decision stands?"
        "\n\nKind regards,\nLerato Nkosi"
    )


def _vm(line: str) -> str:
    return (
        "Hi Gareth, it's Ffion Price, I interviewed for the groundskeeper job at the golf club a month back. "
        f"{line} Thanks for your time all the same. Bye now."
    )


def _ty(line: str) -> str:
    return (
        "Subject: Thank you – Junior Copywriter interview\n\nHi Rohan,\n\nThank you for this morning's "
        f"interview and for showing me the spring campaign boards. {line} I look forward to hearing about "
        "next steps.\n\nBest,\nAditi Rao"
    )


def _li(line: str) -> str:
    return f"Hi Marisol, thanks again for the chat about the ops coordinator role last week. {line}"


GIVEN_UP = [
    (
        "sc-accepted-elsewhere",
        "status-check",
        "email",
        _sc("I was very interested in the post, but I have since accepted a position at the provincial lab."),
    ),
    (
        "vm-signed-elsewhere",
        "status-check",
        "call",
        _vm("I was dead keen on it, honestly, but I couldn't hang on any longer and I've signed with the council."),
    ),
    (
        "li-gone-with-other",
        "status-check",
        "linkedin",
        _li("I was excited about the role, but I've gone with another firm that came back sooner."),
    ),
    (
        "sc-moved-on",
        "status-check",
        "email",
        _sc("I was eager to join your team, but after five weeks of silence I have moved on."),
    ),
]

STILL_KEEN = [
    (
        "ty-nervous",
        "thank-you",
        "email",
        _ty("I was so excited about the role, but nervous, so forgive my rushed answer on taglines."),
    ),
    (
        "ty-grew",
        "thank-you",
        "email",
        _ty("I was keen before we met, but now I'm even keener to join the studio."),
    ),
    (
        "sc-offer-but-prefer",
        "status-check",
        "email",
        _sc("I was offered a post elsewhere, but I remain very interested in yours and would rather join you."),
    ),
    (
        "li-still",
        "status-check",
        "linkedin",
        _li("I was excited about it then, but I'm even more excited now after reading your ops blog."),
    ),
]

# misjudged as first run (before any change): 4 of 4 given-up interests missed, 0 of 4 look-alikes flagged
# ("sc-accepted-elsewhere", "vm-signed-elsewhere", "li-gone-with-other", "sc-moved-on"); 0 and 0 after
MISJUDGED: set[str] = set()


def _cases(cases: list[tuple[str, str, str, str]]) -> list:
    return [pytest.param(*c, id=c[0], marks=[XF] if c[0] in MISJUDGED else []) for c in cases]


@pytest.mark.parametrize(("slug", "purpose", "channel", "text"), _cases(GIVEN_UP))
def test_given_up_interest_warns(linter: Linter, slug: str, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, text, purpose, channel), slug


@pytest.mark.parametrize(("slug", "purpose", "channel", "text"), _cases(STILL_KEEN))
def test_interest_that_holds_is_heard(linter: Linter, slug: str, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, text, purpose, channel), slug
