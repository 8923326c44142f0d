"""Round 13 (nextsteps13), confirmation batch C: written after the batch-B change and before it was
run, in wordings unlike batches A and B (our own, grepped against tests/ outside the held-out
split).  A second estimate of how the round's kinds do on unseen wordings.

FL203: LOOK_AHEAD must stay quiet, NO_LOOK_AHEAD must warn; FL204: INTEREST quiet, NO_INTEREST
warns; FL205: FIT quiet, NO_FIT warns.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 13, batch C)")


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


def _ty(line: str) -> str:
    return (
        "Subject: Thank you – Warehouse Team Leader interview\n\nHello Mr Okafor,\n\nThank you for "
        "Tuesday's interview and the look round the chilled section. I am very enthusiastic about the "
        f"team leader role, and my four years leading night shifts at Ocado suit it. {line}\n\n"
        "Best regards,\nKemi Adebayo"
    )


def _li(line: str) -> str:
    return f"Hey Marnie, thanks heaps for the chat about the barista role - I'd love to join the crew. {line}"


def _vm(line: str) -> str:
    return (
        "Hi Mrs Botha, it's Ruan Venter, I saw you this morning about the diesel mechanic post. Thanks for "
        f"showing me the workshop; I really want the job. {line} You can reach me on 082 555 0419. Bye now."
    )


def _sc(line: str) -> str:
    return (
        "Subject: Trainee Surveyor interview of 10 March – follow-up\n\nDear Ms Hargreaves,\n\nThank you "
        f"again for the interview on 10 March. I remain very keen on the trainee post. {line}\n\n"
        "Kind regards,\nOliver Ndlovu"
    )


def _sc_vm(line: str) -> str:
    return (
        "Hiya, it's Chloe Barnes - I had my interview for the apprenticeship a couple of weeks ago and "
        f"I'm still dead keen. {line} I'm on 07700 900 233. Ta."
    )


LOOK_AHEAD = [
    ("call-back", "thank-you", "email", _ty("Here's hoping for a call-back!")),
    (
        "offers-within",
        "thank-you",
        "email",
        _ty("I understand offers usually go out within a fortnight of the final interviews."),
    ),
    (
        "make-it-through",
        "thank-you",
        "email",
        _ty("Should I make it through, I'd love the chance to meet the wider engineering group."),
    ),
    (
        "follow-up-call",
        "thank-you",
        "call",
        _vm("I'm around all week if a follow-up call would be useful to your team."),
    ),
    ("whenever-news", "thank-you", "call", _vm("Anyway, no stress, ring me whenever there's news.")),
    ("final-list", "thank-you", "linkedin", _li("Hoping to be one of the names on your final list!")),
    ("test-link", "thank-you", "email", _ty("I'll look out for the test link you mentioned.")),
    (
        "progress-further",
        "thank-you",
        "email",
        _ty("I'd welcome the opportunity to progress further in your recruitment."),
    ),
    (
        "references-through",
        "thank-you",
        "linkedin",
        _li("Once my references come through, shout if you need anything else."),
    ),
    ("pecking-order", "status-check", "email", _sc("Is it too early to ask where I sit in the pecking order?")),
    (
        "whisper",
        "status-check",
        "linkedin",
        "Hi Dave, hope the week's treating you well. Any whisper on the barista gig? Still keen as.",
    ),
    (
        "things-sit",
        "status-check",
        "call",
        _sc_vm("I'm just after a quick word on where things sit with the apprenticeship."),
    ),
]

NO_LOOK_AHEAD = [
    ("article", "thank-you", "email", _ty("I'll be sure to send you that article on lean warehousing.")),
    ("cape-town", "thank-you", "call", _vm("Next time you're in Cape Town, the coffee's on me.")),
    ("treasure-advice", "thank-you", "email", _ty("I shall treasure the advice you gave me about pricing.")),
    ("grab-coffee", "thank-you", "linkedin", _li("Let's grab a coffee some time!")),
    ("busy-season", "status-check", "email", _sc("I appreciate how busy the season must be for you.")),
    ("free-at-short-notice", "status-check", "call", _sc_vm("I'm still free to start at short notice.")),
]


def _ty_i(line: str) -> str:
    return (
        "Subject: Thank you – Veterinary Nurse interview\n\nDear Dr Mahlangu,\n\nThank you for Friday and for "
        "introducing me to the theatre team. I nursed small animals at Blue Cross for six years, which fits "
        f"your surgical list. {line} I look forward to hearing about the next steps.\n\nKind regards,\nZanele Khumalo"
    )


INTEREST = [
    ("say-yes-fast", _ty_i("Honestly, if it's offered I'm saying yes before you finish the sentence.")),
    ("pick-out-of", _ty_i("This is the job I'd pick out of everything I've applied for.")),
]

NO_INTEREST = [
    ("tell-mum", _ty_i("I'm excited to get home and tell my mum how it went.")),
    ("your-enthusiasm", _ty_i("Thanks for being so enthusiastic about my portfolio.")),
]


def _ty_f(line: str) -> str:
    return (
        "Subject: Thank you – Fleet Technician interview\n\nDear Ms Jacobs,\n\nThank you for Monday and for "
        f"the tour of the depot. I am very keen on the fleet technician post. {line} I look forward to "
        "hearing from you.\n\nKind regards,\nPieter Swart"
    )


FIT = [
    (
        "behind-counter",
        _ty_f("Nine years behind the counter at a Boots pharmacy gave me the patience your service desk needs."),
    ),
    (
        "family-farm",
        _ty_f("Fixing tractors on our family farm is basically what your fleet workshop does, just bigger."),
    ),
]

NO_FIT = [
    ("personality", _ty_f("I think my personality would suit your culture.")),
    ("bring-plenty", _ty_f("I know I'd bring plenty to the depot.")),
]

# As first run (before any further change), 13 of 26 misjudged: FL203 9 of 12 look-aheads flagged
# (call-back, offers-within, make-it-through, final-list, test-link, progress-further,
# pecking-order, whisper, things-sit), 0 of 6 non-look-aheads missed; FL204 1 of 2 interests
# flagged (say-yes-fast), 2 of 2 non-interests missed (tell-mum, your-enthusiasm); FL205 1 of 2 fits
# flagged (family-farm), 0 of 2 missed.  After the batch-C change (their kinds): 0.
_XF_IDS: set[str] = set()


def _p(rows, width):
    return [pytest.param(*r[1:width], id=r[0], marks=[XF] if r[0] in _XF_IDS else []) for r in rows]


@pytest.mark.parametrize(("purpose", "channel", "text"), _p(LOOK_AHEAD, 4))
def test_c_fl203_quiet_on_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize(("purpose", "channel", "text"), _p(NO_LOOK_AHEAD, 4))
def test_c_fl203_speaks_without_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize("text", _p(INTEREST, 2))
def test_c_fl204_quiet_on_interest(linter: Linter, text: str) -> None:
    assert not _fires(linter, "FL204", text, "thank-you")


@pytest.mark.parametrize("text", _p(NO_INTEREST, 2))
def test_c_fl204_speaks_without_interest(linter: Linter, text: str) -> None:
    assert _fires(linter, "FL204", text, "thank-you")


@pytest.mark.parametrize("text", _p(FIT, 2))
def test_c_fl205_quiet_on_fit(linter: Linter, text: str) -> None:
    assert not _fires(linter, "FL205", text, "thank-you")


@pytest.mark.parametrize("text", _p(NO_FIT, 2))
def test_c_fl205_speaks_without_fit(linter: Linter, text: str) -> None:
    assert _fires(linter, "FL205", text, "thank-you")


def test_c_carriers_alone_behave(linter: Linter) -> None:
    """Each carrier with a neutral line warns for its own rule, so a probe's verdict is its own."""
    neutral = "The biscuits were lovely."
    assert _fires(linter, "FL203", _ty(neutral), "thank-you")
    assert _fires(linter, "FL203", _li(neutral), "thank-you", "linkedin")
    assert _fires(linter, "FL203", _vm(neutral), "thank-you", "call")
    assert _fires(linter, "FL203", _sc(neutral), "status-check")
    assert _fires(linter, "FL203", _sc_vm(neutral), "status-check", "call")
    assert _fires(linter, "FL204", _ty_i(neutral), "thank-you")
    assert _fires(linter, "FL205", _ty_f(neutral), "thank-you")
