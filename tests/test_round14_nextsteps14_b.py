"""Round 14 (nextsteps14), confirmation batch B: written after the clause reading of FL203 and before
it was run, in wordings and sentence shapes unlike batch A's (fragments, passives, conditions,
presumptions, slang; Irish, Nigerian, Australian and Scottish voices, a nursing student, a chef, a
storeman, a bookkeeper), our own wordings grepped against tests/ outside the held-out split.  Its
misjudged count as first run is the estimate of how the change does on drafts it was not fitted to.

FL203: LOOK_AHEAD must stay quiet, NO_LOOK_AHEAD must warn.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 14, batch B)")


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


def _ty(line: str) -> str:
    return (
        "Subject: Student Nurse placement interview – thank you\n\nDear Matron Okafor,\n\nThank you for "
        "the interview on Monday and for the walk round the paediatric ward. Your account of the new "
        "handover sheets stayed with me; my year on the surgical ward at LUTH prepared me for exactly that "
        f"kind of routine, and I very much want the placement. {line}\n\nYours faithfully,\nChiamaka Eze"
    )


def _letter(line: str) -> str:
    return (
        "7 Harbour Road\nOban PA34 4LB\n\n18 April 2026\n\nMr D. MacLeod\nMacLeod & Sons Chartered "
        "Accountants\nOban PA34 5QZ\n\nDear Mr MacLeod,\n\nThank you for seeing me on Wednesday about the "
        "trainee bookkeeper vacancy. The tour of the practice was kind of you, and my Sage certificate "
        f"and two years keeping the croft shop's books suit the post. I would be delighted to join. {line}"
        "\n\nYours sincerely,\n\nIsla Morrison"
    )


def _card(line: str) -> str:
    return (
        "Dear Chef Ní Bhriain,\n\nThanks a million for the trial shift on Saturday - the brown bread recipe "
        f"alone was worth the trip. Three years on pastry at the Ritz Carlton have me ready, and I'd love a spot on your line. {line}"
        "\n\nAll the best,\nCiarán"
    )


def _vm(line: str) -> str:
    return (
        "Hiya Bronwyn, it's Tayla Brooks, I was in this morning for the retail assistant job at the surf "
        "shop. Thanks heaps for your time, loved hearing about the wetsuit hire, and I reckon my two "
        f"summers at the kiosk make me a good fit - really want this one. {line} I'm on 0433 555 771. Cheers."
    )


def _li(line: str) -> str:
    return (
        "Hi Dervla - thank you for this afternoon's conversation about the content designer post. The "
        f"plain-language style guide sounded brilliant, and I'm keen to help build it. {line}"
    )


def _sc(line: str) -> str:
    return (
        "Subject: Storeman post – interview 2 March\n\nDear Mr Adeyemi,\n\nThank you once more for the "
        f"interview on 2 March for the storeman post at Lekki depot. I remain very keen on the role. {line}"
        "\n\nYours faithfully,\nTunde Bakare"
    )


def _sc_li(line: str) -> str:
    return f"Hi Kiran, I hope all's well at your end. I'm still very keen on the QA analyst opening. {line}"


def _sc_vm(line: str) -> str:
    return (
        "Hello, this is Shona Reid calling for Mrs Baxter - I interviewed for the care assistant job "
        f"about ten days ago and I'm still very interested. {line} My number's 07700 900 412. Thanks."
    )


LOOK_AHEAD = [
    (
        "line-either-way",
        "thank-you",
        "email",
        _ty("Whatever the panel settles on, I'd appreciate a line either way."),
    ),
    ("ping-movement", "thank-you", "linkedin", _li("Ping me whenever there's movement!")),
    (
        "pending-ruling",
        "thank-you",
        "letter",
        _letter("Pending the board's ruling, I remain available to supply references."),
    ),
    (
        "another-buzz-if-nothing",
        "thank-you",
        "call",
        _vm("I'll give you another buzz Thursday arvo if I've heard nothing, no dramas."),
    ),
    ("toes-crossed-call", "thank-you", "letter", _card("Fingers and toes crossed for Monday's call!")),
    (
        "advise-concluded",
        "status-check",
        "email",
        _sc("Could you advise whether interviews for the post have concluded?"),
    ),
    ("offers-go-out", "status-check", "linkedin", _sc_li("Any sense yet of when offers might go out?")),
    (
        "ring-how-going",
        "status-check",
        "call",
        _sc_vm("If somebody could ring me back to say how it's going with the care assistant job, I'd be grateful."),
    ),
    (
        "expecting-feedback-outcome",
        "thank-you",
        "email",
        _ty("I shall be expecting your feedback on the outcome of the exercise."),
    ),
    (
        "verdict-brief-note",
        "thank-you",
        "email",
        _ty("When the team reaches a verdict, a brief note would be wonderful."),
    ),
    ("among-practical", "thank-you", "linkedin", _li("Hope to be among those moving to the practical!")),
    (
        "references-next",
        "thank-you",
        "email",
        _ty("Presumably references come next; mine are ready to go."),
    ),
]

NO_LOOK_AHEAD = [
    (
        "walked-through-stages",
        "thank-you",
        "email",
        _ty("You kindly walked me through the stages at the close of the meeting."),
    ),
    (
        "remember-advice",
        "thank-you",
        "email",
        _ty("I shall certainly remember your advice about the night shifts."),
    ),
    ("pint-cork", "thank-you", "linkedin", _li("Let's grab a pint next time you're in Cork.")),
    (
        "night-school",
        "thank-you",
        "letter",
        _letter("I shall carry on with my night-school bookkeeping this term."),
    ),
    ("best-to-darren", "thank-you", "call", _vm("Give my best to Darren from the loading dock.")),
    (
        "sc-stocktake",
        "status-check",
        "email",
        _sc("I trust the stocktake rush has eased off for your team."),
    ),
    ("sc-heatwave", "status-check", "linkedin", _sc_li("Hoping you and the crew are surviving the heatwave.")),
    (
        "decision-honey",
        "thank-you",
        "letter",
        _card("The decision you made to stock local honey is inspired."),
    ),
    (
        "stages-description",
        "thank-you",
        "email",
        _ty("Your description of the recruitment stages was really clear."),
    ),
    (
        "pass-thanks-charger",
        "thank-you",
        "email",
        _ty("Please pass my thanks on to the receptionist who found me a charger."),
    ),
]

# misjudged as first run (before any further change): 4 of 12 look-aheads flagged, 1 of 10
# non-look-aheads missed
# ("toes-crossed-call", "advise-concluded", "among-practical", "references-next", "decision-honey");
# 0 after widening those kinds: the hope idioms and a presumption as forms that look ahead; a day's
# call or decision, moving on to a later step, the state of a step, what comes next as words of the
# process; a decision the reader made set aside
MISJUDGED: set[str] = set()


def _cases(cases: list[tuple[str, str, str, str]]) -> list:
    return [pytest.param(*c, id=c[0], marks=[XF] if c[0] in MISJUDGED else []) for c in cases]


@pytest.mark.parametrize(("slug", "purpose", "channel", "text"), _cases(LOOK_AHEAD))
def test_look_ahead_is_heard(linter: Linter, slug: str, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, "FL203", text, purpose, channel), slug


@pytest.mark.parametrize(("slug", "purpose", "channel", "text"), _cases(NO_LOOK_AHEAD))
def test_no_look_ahead_warns(linter: Linter, slug: str, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, "FL203", text, purpose, channel), slug


def test_carriers_alone_warn(linter: Linter) -> None:
    for make, purpose, channel in [
        (_ty, "thank-you", "email"),
        (_letter, "thank-you", "letter"),
        (_card, "thank-you", "letter"),
        (_vm, "thank-you", "call"),
        (_li, "thank-you", "linkedin"),
        (_sc, "status-check", "email"),
        (_sc_li, "status-check", "linkedin"),
        (_sc_vm, "status-check", "call"),
    ]:
        assert _fires(linter, "FL203", make(""), purpose, channel), make.__name__
