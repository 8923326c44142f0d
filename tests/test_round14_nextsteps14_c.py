"""Round 14 (nextsteps14), batch C for FL203: written after the batch-B widening and before it was run,
in wordings unlike batches A and B (a trainee electrician, a pharmacy student, a bus driver, a
teaching assistant; Kenyan, Welsh, Singaporean and New Zealand voices; a postcard, a text-like
LinkedIn note, a stiff letter), our own wordings grepped against tests/ outside the held-out split.
Its misjudged count as first run is a second estimate of how the clause reading does on unseen
wordings.

LOOK_AHEAD must stay quiet; NO_LOOK_AHEAD must warn.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 14, batch C)")


def _fires(linter: Linter, text: str, purpose: str, channel: str) -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == "FL203" for f in report.findings)


def _ty(line: str) -> str:
    return (
        "Subject: Thank you – Pharmacy Intern interview\n\nDear Mr Tan,\n\nThank you for Tuesday's interview "
        "and the look at the compounding room. My dispensing module at NUS and my weekends at a Guardian "
        f"outlet suit the internship, and I would be very glad to join. {line}\n\nBest regards,\nLim Wei Ling"
    )


def _letter(line: str) -> str:
    return (
        "3 Heol y Bryn\nAberystwyth SY23 1AB\n\n12 October 2026\n\nMr G. Pritchard\nYsgol Gymraeg Aberystwyth\n\n"
        "Dear Mr Pritchard,\n\nThank you for interviewing me for the teaching assistant post and for the "
        "visit to the reception class. My three years at the Urdd holiday clubs match the post well, and I "
        f"would be delighted to join the school. {line}\n\nYours sincerely,\n\nCerys Lloyd"
    )


def _postcard(line: str) -> str:
    return (
        "Dear Wiremu,\n\nKia ora for the yarn at the depot and the spin in the new electric bus. Ten years "
        f"behind the wheel in Rotorua have me ready, and I'd love to drive for you. {line}\n\nCheers,\nHemi"
    )


def _li(line: str) -> str:
    return f"Hi Wanjiru, asante for today's chat on the trainee electrician role at the Karen site - really want in. {line}"


def _sc(line: str) -> str:
    return (
        "Subject: Trainee Electrician – interview of 14 August\n\nDear Ms Achieng,\n\nThank you again for the "
        f"interview on 14 August. I am still very keen on the trainee electrician post. {line}\n\nRegards,\nBrian Otieno"
    )


LOOK_AHEAD = [
    (
        "ty-whichever-way",
        "thank-you",
        "email",
        _ty("Whichever way the decision falls, a short reply would be most appreciated."),
    ),
    ("ty-chance-next-phase", "thank-you", "email", _ty("I'd relish a chance at the next phase.")),
    (
        "letter-notified-due-course",
        "thank-you",
        "letter",
        _letter("I trust candidates will be notified in due course."),
    ),
    (
        "letter-informed-choice",
        "thank-you",
        "letter",
        _letter("I should be glad to be informed once a choice has been made."),
    ),
    ("postcard-word-soon", "thank-you", "letter", _postcard("Here's hoping for good word before long!")),
    ("li-text-when-know", "thank-you", "linkedin", _li("Text me when you know?")),
    ("li-shortlist-drawn", "thank-you", "linkedin", _li("Will wait for the shortlist to be drawn up.")),
    ("sc-any-progress", "status-check", "email", _sc("Has anything moved on the trainee post since we met?")),
    ("sc-timeline-slipped", "status-check", "email", _sc("Might I ask whether the dates you mentioned still hold?")),
    (
        "sc-li-interviews-done",
        "status-check",
        "linkedin",
        _li("Are you still meeting applicants, or is it all wrapped up?"),
    ),
]

NO_LOOK_AHEAD = [
    ("ty-process-smooth", "thank-you", "email", _ty("The selection process ran very smoothly, thanks to your team.")),
    ("ty-will-practise", "thank-you", "email", _ty("I will keep practising my sterile technique in the meantime.")),
    (
        "letter-covered-stages",
        "thank-you",
        "letter",
        _letter("You covered the remaining stages thoroughly during our talk."),
    ),
    ("postcard-see-you-beach", "thank-you", "letter", _postcard("Hope to catch you at the beach sometime!")),
    ("li-catch-up-again", "thank-you", "linkedin", _li("Would be good to chat again sometime about solar installs.")),
    ("sc-hope-well", "status-check", "email", _sc("I hope the new quarter has started well for you.")),
]

# misjudged as first run (before any change): 1 of 10 look-aheads flagged, 1 of 6 non-look-aheads missed
# ("postcard-word-soon", "ty-process-smooth"); 0 and 0 after
MISJUDGED: set[str] = set()


def _cases(cases: list[tuple[str, str, str, str]]) -> list:
    return [pytest.param(*c, id=c[0], marks=[XF] if c[0] in MISJUDGED else []) for c in cases]


@pytest.mark.parametrize(("slug", "purpose", "channel", "text"), _cases(LOOK_AHEAD))
def test_look_ahead_is_heard(linter: Linter, slug: str, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, text, purpose, channel), slug


@pytest.mark.parametrize(("slug", "purpose", "channel", "text"), _cases(NO_LOOK_AHEAD))
def test_no_look_ahead_warns(linter: Linter, slug: str, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, text, purpose, channel), slug


def test_carriers_alone_warn(linter: Linter) -> None:
    for make, purpose, channel in [
        (_ty, "thank-you", "email"),
        (_letter, "thank-you", "letter"),
        (_postcard, "thank-you", "letter"),
        (_li, "thank-you", "linkedin"),
        (_sc, "status-check", "email"),
    ]:
        assert _fires(linter, make(""), purpose, channel), make.__name__
