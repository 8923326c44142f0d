"""Round 12 (nextsteps12), confirmation batch B: written after the round's change to FL203, FL204
and FL205 and before it was run, in vocabulary and sentence shapes unlike batch A's
(tests/test_round12_nextsteps12.py); committed before the linter saw it.

FL203: LOOK_AHEAD must stay quiet, NO_LOOK_AHEAD must speak; FL204: INTEREST quiet, NO_INTEREST
speaks; FL205: FIT quiet, NO_FIT speaks.  Misjudged ones are strict xfails as the batch stood.

As written and first run: 12 of 31 misjudged (FL203: 7 of 11 look-aheads flagged, 0 of 6
non-look-aheads missed; FL204: 2 of 4 interests flagged, 2 of 4 lost or someone else's interests
missed; FL205: 1 of 3 fits flagged, 0 of 3 bare claims missed).  After a second change that
widened those kinds (not the sentences): 0 of 31.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the round-12 change (batch B)")


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


def _letter(line: str) -> str:
    return (
        "14 Orchard Row\nDunedin 9016\n\n2 May 2026\n\nMs H. Rautenbach\nHead of Finance\nKerrow Mills\n"
        "Dunedin 9012\n\nDear Ms Rautenbach,\n\nThank you for interviewing me for the Accounts Payable "
        "Officer post on 30 April and for explaining the move to monthly supplier runs. I am eager to join "
        f"your finance team, and my five years reconciling supplier ledgers at Tasman Timber suit the post. {line}\n\n"
        "Yours sincerely,\n\nPiripi Tane\n021 555 0192"
    )


def _email_sc(line: str) -> str:
    return (
        "Subject: Barista Trainer interview, 11 June – checking in\n\nHi Callum,\n\n"
        "Thanks again for the tasting session on the 11th; I'm still very much hoping to join the roastery. "
        f"{line}\n\nCheers,\nMei Lin Cho"
    )


def _li(line: str) -> str:
    return f"Hi Rosa - many thanks for the site walk today for the assistant estimator role; I'd love to be part of it. {line}"


def _call(line: str) -> str:
    return (
        "Hello Mr Pillay, this is Zanele Mokoena, following the interview for the trainee plumber "
        f"position on Wednesday. Thank you for the time; I'm very keen on the traineeship. {line} "
        "You can reach me on 072 555 0148. Thank you, goodbye."
    )


LOOK_AHEAD = [
    (
        "letter-proceed-assessment",
        "thank-you",
        "letter",
        _letter("I remain available for the assessment in May, should my application proceed."),
    ),
    (
        "letter-board-view",
        "thank-you",
        "letter",
        _letter("Whenever the board has reached its view, a line by post or e-mail would be most welcome."),
    ),
    (
        "li-sit-tight",
        "thank-you",
        "linkedin",
        _li("No stress on timing, I'll sit tight till I hear how it all shakes out."),
    ),
    (
        "li-practical-next",
        "thank-you",
        "linkedin",
        _li("If there's a practical test next, I'm up for it any day bar Thursday."),
    ),
    ("call-pop-back", "thank-you", "call", _call("Happy to pop back in for the practical if I make the shortlist.")),
    ("li-hold-date", "thank-you", "linkedin", _li("Shall I hold Friday the 9th for the team day you mentioned?")),
    ("letter-next-cut", "thank-you", "letter", _letter("I would be delighted to make the next cut.")),
    (
        "sc-intimate-status",
        "status-check",
        "email",
        _email_sc("Kindly intimate the status of my candidature at your convenience."),
    ),
    ("sc-committee-landed", "status-check", "email", _email_sc("Has the hiring committee landed anywhere yet?")),
    ("sc-tracking", "status-check", "email", _email_sc("I'm keen to know how the selection is tracking.")),
    ("sc-on-the-cards", "status-check", "email", _email_sc("Is a start in the new year still on the cards?")),
]

NO_LOOK_AHEAD = [
    ("letter-blog", "thank-you", "letter", _letter("I shall keep an eye on your blog for the next case study.")),
    ("li-panel-lovely", "thank-you", "linkedin", _li("The panel were lovely, and the coffee was excellent.")),
    ("call-mural", "thank-you", "call", _call("Whatever the team chose for the mural in reception, it looks superb.")),
    ("letter-podcast", "thank-you", "letter", _letter("I will follow the firm's podcast from now on.")),
    ("li-calm-week", "thank-you", "linkedin", _li("Hope the rest of your week is calm.")),
    (
        "sc-reported-board",
        "status-check",
        "email",
        _email_sc("You told me the board would pick someone by the summer."),
    ),
]

_FL203_XFAIL: set[str] = set()


@pytest.mark.parametrize(
    ("purpose", "channel", "text"),
    [pytest.param(*c[1:], id=c[0], marks=[XF] if c[0] in _FL203_XFAIL else []) for c in LOOK_AHEAD],
)
def test_fl203_quiet_on_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize(
    ("purpose", "channel", "text"),
    [pytest.param(*c[1:], id=c[0], marks=[XF] if c[0] in _FL203_XFAIL else []) for c in NO_LOOK_AHEAD],
)
def test_fl203_speaks_without_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, "FL203", text, purpose, channel)


def _interest(line: str) -> str:
    return (
        "Subject: Thank you – Library Assistant interview\n\nDear Mrs Adeyemi,\n\n"
        "Thank you for Monday's interview and for showing me the local-history room. Three years "
        f"shelving and cataloguing at Hollins Branch Library have prepared me well for the post. {line} "
        "I look forward to hearing from you about the next stage.\n\nWith best wishes,\nTobias Renner"
    )


INTEREST = [
    ("written-all-over", "The post has my name written all over it, and I'd grab it with both hands."),
    ("few-roles", "Few roles have ever had me this eager to get to work."),
    ("quietly-hoping", "It is the post I have been quietly hoping would open up at Hollins."),
    ("want-that", "I can see myself shelving in that reading room for years, and I want that."),
]

NO_INTEREST = [
    ("not-where-i-see", "Interesting as it was, the post isn't where I see myself."),
    ("if-nothing-better", "I'll take the job if nothing better turns up."),
    ("used-to-dream", "I used to dream of working in a library."),
    ("partner-keen", "My partner is very keen on me taking it."),
]

_FL204_XFAIL: set[str] = set()


@pytest.mark.parametrize(
    "line", [pytest.param(c[1], id=c[0], marks=[XF] if c[0] in _FL204_XFAIL else []) for c in INTEREST]
)
def test_fl204_quiet_on_interest(linter: Linter, line: str) -> None:
    assert not _fires(linter, "FL204", _interest(line), "thank-you")


@pytest.mark.parametrize(
    "line", [pytest.param(c[1], id=c[0], marks=[XF] if c[0] in _FL204_XFAIL else []) for c in NO_INTEREST]
)
def test_fl204_speaks_without_interest(linter: Linter, line: str) -> None:
    assert _fires(linter, "FL204", _interest(line), "thank-you")


def _fit(line: str) -> str:
    return (
        "Subject: Thank you – Call Handler interview\n\nDear Mr Abernethy,\n\n"
        "Thank you for Friday's interview and for letting me listen in on the control room. "
        f"{line} I very much want the post and look forward to hearing about the next steps.\n\n"
        "Kind regards,\nSunita Varma"
    )


FIT = [
    (
        "paramedic",
        "Before retraining I was a paramedic for a decade, so the triage calls you played back would not rattle me.",
    ),
    (
        "refereeing",
        "Most of my weekends at college went on refereeing junior football, the same mix of rules and tact the post needs.",
    ),
    ("vintages", "Eight vintages as a cellar hand taught me to keep a crew moving in the heat."),
]

NO_FIT = [
    ("natural", "I'm a natural on the phone."),
    ("mirror", "Your service's values mirror mine."),
    ("ground-running", "I'd be up to speed within days."),
]

_FL205_XFAIL: set[str] = set()


@pytest.mark.parametrize("line", [pytest.param(c[1], id=c[0], marks=[XF] if c[0] in _FL205_XFAIL else []) for c in FIT])
def test_fl205_quiet_on_fit(linter: Linter, line: str) -> None:
    assert not _fires(linter, "FL205", _fit(line), "thank-you")


@pytest.mark.parametrize(
    "line", [pytest.param(c[1], id=c[0], marks=[XF] if c[0] in _FL205_XFAIL else []) for c in NO_FIT]
)
def test_fl205_speaks_without_fit(linter: Linter, line: str) -> None:
    assert _fires(linter, "FL205", _fit(line), "thank-you")
