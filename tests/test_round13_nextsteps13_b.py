"""Round 13 (nextsteps13), confirmation batch B: written after the batch-A change and before it was
run, in vocabulary and sentence shapes unlike batch A's (questions, fragments, passives, slang and
formal letters; Australian, South African, Nigerian and Indian English), our own wordings grepped
against tests/ outside the held-out split.  Its misjudged count as first run is the estimate of how
the change does on drafts it was not fitted to.

FL203: LOOK_AHEAD must stay quiet, NO_LOOK_AHEAD must warn; FL204: INTEREST quiet, NO_INTEREST
warns; FL205: FIT quiet, NO_FIT warns.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 13, batch B)")


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


# FL203 carriers: thanks, a detail, interest and fit, and no look ahead of their own
def _ty(line: str) -> str:
    return (
        "Subject: Thanks – Boilermaker interview, Thursday\n\nHi Lindiwe,\n\nMany thanks for Thursday and "
        "for letting me see the new rolling mill. The boilermaker job is one I really want, and my trade "
        f"test plus five years at Sasol's Secunda plant line up with it. {line}\n\nRegards,\nThabo Mokoena"
    )


def _letter(line: str) -> str:
    return (
        "22 Albert Street\nBallarat VIC 3350\n\n9 June 2026\n\nMs R. Castellano\nCastellano Vineyards\n"
        "Ballarat VIC 3350\n\nDear Ms Castellano,\n\nThank you for interviewing me on Friday for the cellar "
        "hand position and for the tasting of the new shiraz. I remain keen on the position; three "
        f"vintages at Seppelt prepared me well for it. {line}\n\nYours sincerely,\n\nLiam O'Rourke"
    )


def _vm(line: str) -> str:
    return (
        "G'day Shaz, it's Brodie Nguyen from yesterday's chat about the landscaping apprenticeship. Ta for "
        f"the yarn about the native garden job - I'm dead keen on it. {line} I'm on 0400 555 212. Catch ya."
    )


def _li(line: str) -> str:
    return f"Hi Femi, thanks a lot for today's conversation on the product analyst role - very much want in. {line}"


def _sc(line: str) -> str:
    return (
        "Subject: Storeman vacancy – interview of 4 April\n\nGood day Mr Pillay,\n\nThank you once more "
        f"for the interview on 4 April. I continue to be very interested in the storeman post. {line}\n\n"
        "Warm regards,\nAnand Reddy"
    )


def _sc_vm(line: str) -> str:
    return (
        "Morning Carol, Jess Armitage here - I was in for the dental nurse interview a few weeks back. "
        f"I'm still really keen. {line} Number's 07700 900 644. Thanks, bye."
    )


LOOK_AHEAD = [
    (
        "heads-up",
        "thank-you",
        "email",
        _ty("No rush at all, but I'd be glad of a heads-up when the shortlist's finalised."),
    ),
    (
        "make-the-call",
        "thank-you",
        "email",
        _ty("Happy to pop back in for a second look if that helps you and Pieter make the call."),
    ),
    ("reckon-hear", "thank-you", "call", _vm("Reckon I'll hear something by the end of the fortnight?")),
    (
        "determination",
        "thank-you",
        "letter",
        _letter("I trust I shall be advised of the committee's determination in due course."),
    ),
    ("buzz-arvo", "thank-you", "call", _vm("I'll buzz you Monday arvo to see how things are tracking.")),
    (
        "progresses-to",
        "thank-you",
        "linkedin",
        _li("If the role progresses to a practical assessment, I'm free most of next week."),
    ),
    ("expecting-feedback", "thank-you", "email", _ty("I will be expecting your favourable feedback.")),
    (
        "diary-final-stage",
        "thank-you",
        "letter",
        _letter("My diary is open for the final stage, whenever your team has slots."),
    ),
    ("remain-contention", "status-check", "email", _sc("I'd value a brief word on whether I remain in contention.")),
    ("process-at", "status-check", "email", _sc("Please could you shed some light on where the process is at?")),
    (
        "post-still-going",
        "status-check",
        "call",
        _sc_vm("Could someone drop me a line to say if the post's still going?"),
    ),
    (
        "anything-back",
        "status-check",
        "linkedin",
        "Hi Sam, hope you're well. Heard anything back from the partners about the junior designer spot? Still very keen!",
    ),
]

NO_LOOK_AHEAD = [
    ("long-weekend", "thank-you", "email", _ty("Enjoy the long weekend, and thanks again for the coffee.")),
    (
        "reachable",
        "thank-you",
        "email",
        _ty("Should anything on my CV need clarifying, I'm reachable on the number below."),
    ),
    ("podcast", "thank-you", "linkedin", _li("I'll be sure to check out the podcast you recommended.")),
    ("lamingtons", "thank-you", "call", _vm("Next time I'm up your way I'll bring the lamingtons I promised.")),
    ("no-need-reply", "status-check", "email", _sc("I know you're swamped, so no need to reply.")),
    ("month-since", "status-check", "call", _sc_vm("It's been a month since we met.")),
]


# FL204 carriers: thanks, a detail, fit and a look ahead, but no interest of their own
def _ty_i(line: str) -> str:
    return (
        "Subject: Thank you – Sewing Machinist interview\n\nDear Mrs Kowalczyk,\n\nThank you for Monday and "
        "for the tour of the cutting room. I spent eight years on industrial overlockers at Berwin, which "
        f"matches your jacket line. {line} Please let me know the next steps.\n\nKind regards,\nAgnieszka Nowak"
    )


def _sc_i(line: str) -> str:
    return (
        "Subject: Sewing Machinist interview of 2 May – following up\n\nDear Mrs Kowalczyk,\n\nThank you again "
        f"for the interview on 2 May. {line} Could you tell me when you expect to decide?\n\nKind regards,\nAgnieszka Nowak"
    )


INTEREST = [
    ("love-nothing-more", "thank-you", _ty_i("I'd love nothing more than to be part of what you're making.")),
    ("want-work-here", "thank-you", _ty_i("Walking out, my first thought was: I want to work here.")),
    ("ticks-boxes", "thank-you", _ty_i("The job ticks every box for me.")),
    ("enthusiasm-dimmed", "status-check", _sc_i("My enthusiasm for the machinist post hasn't dimmed one bit.")),
]

NO_INTEREST = [
    ("thrilled-machines", "thank-you", _ty_i("I was thrilled to see the old Singer machines on your shop floor.")),
    ("team-passionate", "status-check", _sc_i("Your team seemed passionate about finishing.")),
]


# FL205 carriers: thanks, a detail, interest and a look ahead, but no fit of their own
def _ty_f(line: str, channel: str = "email") -> str:
    if channel == "linkedin":
        return f"Hi Ngozi, thanks for the chat about the field technician role - keen as mustard! {line} Hope to hear back soon."
    return (
        "Subject: Thank you – Payroll Officer interview\n\nDear Mr Adeyemi,\n\nThank you for Wednesday's "
        "interview and for explaining the move to the new HR system. I would very much like to join your "
        f"team. {line} I look forward to hearing from you about the next stage.\n\nYours faithfully,\nChidinma Eze"
    )


FIT = [
    (
        "lagos-payroll",
        "email",
        "Back home in Lagos I ran payroll for a 300-staff hospital, so your month-end crunch won't faze me.",
    ),
    ("trawler", "email", "Three seasons on a prawn trawler means early starts and cold stores hold no fear for me."),
    ("the-pass", "email", "Working the pass at a 120-cover bistro taught me to stay calm when tickets pile up."),
    ("zulu-xhosa", "email", "I speak Zulu and Xhosa, which would help with the township outreach you mentioned."),
    ("honours-soil", "linkedin", "Did my honours on soil microbiology, so the composting trial is right up my alley."),
]

NO_FIT = [
    ("fast-learner", "email", "Give me a week and I'll have your systems figured out - I pick things up quickly."),
    ("admired-brand", "email", "I've long admired the way your brand treats its suppliers."),
    ("smash-it", "linkedin", "Honestly think I'd smash it in this role."),
]

# As first run (before any further change), 10 of 32 misjudged: FL203 8 of 12 look-aheads flagged
# (heads-up, determination, progresses-to, expecting-feedback, diary-final-stage, remain-contention,
# post-still-going, anything-back), 0 of 6 non-look-aheads missed; FL204 1 of 4 interests flagged
# (ticks-boxes), 1 of 2 non-interests missed (thrilled-machines); FL205 0 of 5 and 0 of 3.  After
# the batch-B change (their kinds, not the sentences; see the rules' rationale): 0.
_XF_IDS: set[str] = set()


def _p(rows, width):
    return [pytest.param(*r[1:width], id=r[0], marks=[XF] if r[0] in _XF_IDS else []) for r in rows]


@pytest.mark.parametrize(("purpose", "channel", "text"), _p(LOOK_AHEAD, 4))
def test_b_fl203_quiet_on_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize(("purpose", "channel", "text"), _p(NO_LOOK_AHEAD, 4))
def test_b_fl203_speaks_without_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize(("purpose", "text"), _p(INTEREST, 3))
def test_b_fl204_quiet_on_interest(linter: Linter, purpose: str, text: str) -> None:
    assert not _fires(linter, "FL204", text, purpose)


@pytest.mark.parametrize(("purpose", "text"), _p(NO_INTEREST, 3))
def test_b_fl204_speaks_without_interest(linter: Linter, purpose: str, text: str) -> None:
    assert _fires(linter, "FL204", text, purpose)


@pytest.mark.parametrize(("channel", "line"), _p(FIT, 3))
def test_b_fl205_quiet_on_fit(linter: Linter, channel: str, line: str) -> None:
    assert not _fires(linter, "FL205", _ty_f(line, channel), "thank-you", channel)


@pytest.mark.parametrize(("channel", "line"), _p(NO_FIT, 3))
def test_b_fl205_speaks_without_fit(linter: Linter, channel: str, line: str) -> None:
    assert _fires(linter, "FL205", _ty_f(line, channel), "thank-you", channel)


def test_b_carriers_alone_behave(linter: Linter) -> None:
    """Each carrier with a neutral line warns for its own rule, so a probe's verdict is its own."""
    neutral = "The tea was lovely."
    assert _fires(linter, "FL203", _ty(neutral), "thank-you")
    assert _fires(linter, "FL203", _letter(neutral), "thank-you", "letter")
    assert _fires(linter, "FL203", _vm(neutral), "thank-you", "call")
    assert _fires(linter, "FL203", _li(neutral), "thank-you", "linkedin")
    assert _fires(linter, "FL203", _sc(neutral), "status-check")
    assert _fires(linter, "FL203", _sc_vm(neutral), "status-check", "call")
    assert _fires(linter, "FL204", _ty_i(neutral), "thank-you")
    assert _fires(linter, "FL204", _sc_i(neutral), "status-check")
    assert _fires(linter, "FL205", _ty_f(neutral), "thank-you")
    assert _fires(linter, "FL205", _ty_f(neutral, "linkedin"), "thank-you", "linkedin")
