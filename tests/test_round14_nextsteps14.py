"""Round 14 (nextsteps14), blind batch A: written before any change of this round, in our own
wordings (grepped against tests/ outside the held-out split), over every purpose and channel of
FL203 (thank-you and status check; e-mail, letter, card, LinkedIn, voicemail), registers from stiff
to chatty, and British, Indian, Australian and South African English and learners' phrasing.

FL203 (G-NEXT-STEPS): LOOK_AHEAD drafts refer forward to the process and must stay quiet;
NO_LOOK_AHEAD drafts never do (a look back, a past "we talked about next steps", a wish to chat
again, a future that is not the process) and must warn.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 14, batch A)")


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


# carriers: thanks, a detail, interest and fit, and no look ahead of their own
def _ty(line: str) -> str:
    return (
        "Subject: Thank you – Junior Site Engineer interview\n\nDear Mr. Venkatesh,\n\nThank you for "
        "meeting me yesterday about the junior site engineer post on the Hinjewadi tower. The talk about "
        "the slab formwork cycle was very useful, and my two years on high-rise pours at L&T suit the "
        f"post well. I am very keen to join your team. {line}\n\nWith regards,\nPriya Kulkarni\n+91 98200 11223"
    )


def _letter(line: str) -> str:
    return (
        "14 Mill Lane\nHebden Bridge\nHX7 8AB\n\n3 March 2026\n\nMrs J. Ackroyd\nAckroyd Joinery Ltd\n"
        "Halifax HX1 2QT\n\nDear Mrs Ackroyd,\n\nThank you for showing me round the workshop on Tuesday "
        "and for the interview for the bench joiner vacancy. Seeing the oak staircase in progress was a "
        "treat, and my City & Guilds Level 3 and four years of sash-window work fit the job closely. I "
        f"would very much like to work for you. {line}\n\nYours sincerely,\n\nOwen Thwaite"
    )


def _card(line: str) -> str:
    return (
        "Dear Aunty Grace,\n\nThank you so much for having me at the crèche on Saturday for the assistant "
        "role - the little ones' puppet show was adorable. My ECD level 4 and Sunday-school years make "
        f"me a good match, and I'd love to join you. {line}\n\nWith thanks,\nNomsa"
    )


def _vm(line: str) -> str:
    return (
        "Hi Kerry, it's Jarrah Wilson, I came in this arvo for the apprentice sparky spot. Just ringing to "
        "say cheers for your time and for showing me the switchboard job - really keen on it, and my "
        f"cert two in electrotech lines up nicely. {line} My number's 0412 555 908. Thanks, bye."
    )


def _li(line: str) -> str:
    return (
        "Hey Arjun, thanks heaps for the chat on the UX intern role today - loved hearing about the "
        f"accessibility audit, and I'd really like to be part of it. {line}"
    )


def _sc(line: str) -> str:
    return (
        "Subject: Payroll Administrator interview – 12 May\n\nDear Ms van Wyk,\n\nThank you again for "
        "interviewing me on 12 May for the payroll administrator post. I remain very interested in "
        f"joining the finance team at Ubuntu Logistics. {line}\n\nKind regards,\nSipho Dlamini"
    )


def _sc_li(line: str) -> str:
    return f"Hi Meera, hope your week's going well. I'm still very keen on the data steward role we spoke about. {line}"


def _sc_vm(line: str) -> str:
    return (
        "Hello Mr Osei, this is Kwame Boateng, I had the interview for the warehouse supervisor job two "
        f"weeks ago. I'm still very interested. {line} You can reach me on 024 555 1290. Thank you."
    )


LOOK_AHEAD = [
    (
        "shall-word-office",
        "thank-you",
        "email",
        _ty("I trust I shall receive word from your office in the coming days."),
    ),
    ("await-letter", "thank-you", "letter", _letter("I shall await your letter with interest.")),
    (
        "see-again-before-decision",
        "thank-you",
        "letter",
        _letter("Should you wish to see me again before a decision is taken, I can come in at short notice."),
    ),
    ("cant-wait-pans-out", "thank-you", "letter", _card("Can't wait to hear how it all turns out!")),
    (
        "ring-round-shortlisted",
        "thank-you",
        "call",
        _vm("Reckon you'll ring round the shortlisted lot by Friday, so I'll keep the phone handy."),
    ),
    ("which-way-it-goes", "thank-you", "linkedin", _li("Keen to hear which way it goes.")),
    ("inbox-for-reply", "thank-you", "linkedin", _li("Will be checking my emails for your reply.")),
    ("eager-result-ready", "thank-you", "email", _ty("Eager to learn the result whenever it is ready.")),
    ("revert-further-process", "thank-you", "email", _ty("Kindly revert about the coming rounds at your convenience.")),
    (
        "indication-contacted",
        "status-check",
        "email",
        _sc("Might you have a rough idea of the week candidates will be contacted?"),
    ),
    ("date-set-second", "status-check", "email", _sc("Has a date been set for the second interviews?")),
    (
        "buzz-back-outcome",
        "status-check",
        "call",
        _sc_vm("If you could give me a buzz back about the outcome, that would be lekker."),
    ),
    ("until-we-speak-stage", "thank-you", "letter", _card("Until we speak again about the next stage - thank you!")),
    ("chat-round-two", "thank-you", "linkedin", _li("Chat soon about round two?")),
    (
        "jump-on-call-next-bit",
        "thank-you",
        "call",
        _vm("Happy to jump on a call when you're ready to talk through what comes after this."),
    ),
    (
        "hr-email-watch",
        "thank-you",
        "email",
        _ty("I gather HR will email the successful applicants by month's end; I'll watch for that."),
    ),
    (
        "obliged-conclusions",
        "thank-you",
        "letter",
        _letter("I would be obliged to be informed of the panel's conclusions once they are available."),
    ),
    (
        "picked-assessment-centre",
        "thank-you",
        "email",
        _ty("If I'm lucky enough to be picked for the assessment centre, I'll be ready."),
    ),
    ("bell-start-date", "thank-you", "call", _vm("Flick us a call when you know about the start date, mate.")),
    (
        "value-word-scheduling",
        "thank-you",
        "email",
        _ty("Looking ahead, I'd value a word on how the remaining interviews are being scheduled."),
    ),
    (
        "waiting-kind-response",
        "thank-you",
        "email",
        _ty("I am waiting for your good reply about the selection result."),
    ),
    ("li-status-shortlist-done", "status-check", "linkedin", _sc_li("Have you managed to finish the shortlist yet?")),
    (
        "vm-status-contact-soon",
        "status-check",
        "call",
        _sc_vm("Please could someone call me back to say how far along the process is."),
    ),
    ("li-ty-talk-again-stage", "thank-you", "linkedin", _li("Hope we get to talk again at the next stage!")),
]

NO_LOOK_AHEAD = [
    (
        "past-talked-next-steps",
        "thank-you",
        "email",
        _ty("We talked briefly about next steps at the end, which I appreciated."),
    ),
    (
        "thanks-explaining-timeline",
        "thank-you",
        "email",
        _ty("Thank you again for setting out the timeline so clearly."),
    ),
    (
        "chat-sourdough-again",
        "thank-you",
        "linkedin",
        _li("Hope we get the chance to chat about sourdough again some time."),
    ),
    ("enclose-certificates", "thank-you", "letter", _letter("I enclose a copy of my certificates for your records.")),
    ("lovely-weekend", "thank-you", "letter", _card("Wishing you and the team a lovely weekend.")),
    ("rest-of-week", "thank-you", "call", _vm("Anyway, hope the rest of your week goes well.")),
    ("stay-connected-follow", "thank-you", "linkedin", _li("Would love to stay connected and follow your work.")),
    (
        "future-care-projects",
        "thank-you",
        "email",
        _ty("I will be bringing the same care to every project I take on."),
    ),
    ("hoping-diploma", "thank-you", "email", _ty("I'm hoping to finish my diploma in November.")),
    (
        "decision-leeds-past",
        "thank-you",
        "letter",
        _letter("The decision to move to Hebden Bridge was the best one I made last year."),
    ),
    ("never-forget-tour", "thank-you", "call", _vm("I'll never forget the tour of the substation.")),
    (
        "sc-remind-available",
        "status-check",
        "email",
        _sc("I simply wanted to remind you that I am still available."),
    ),
    ("sc-looking-forward-reply", "status-check", "email", _sc("Looking forward to your reply soon.")),
    (
        "li-coffee-durban",
        "thank-you",
        "linkedin",
        _li("Let's catch up for a coffee next time you're in Durban."),
    ),
    (
        "outcome-bridge-past",
        "thank-you",
        "email",
        _ty("It was great to hear about the outcome of the flyover project you led."),
    ),
    ("process-fair", "thank-you", "letter", _letter("The interview process felt fair and well organised.")),
    (
        "spoke-timeline-no-need",
        "thank-you",
        "call",
        _vm("We went over the hiring timeline on the day, so no need to repeat it."),
    ),
]


# misjudged as first run (before this round's change): 7 of 24 look-aheads flagged ("shall-word-office",
# "which-way-it-goes", "indication-contacted", "jump-on-call-next-bit", "hr-email-watch",
# "picked-assessment-centre", "bell-start-date") and 5 of 17 non-look-aheads missed
# ("past-talked-next-steps", "thanks-explaining-timeline", "decision-leeds-past", "process-fair",
# "spoke-timeline-no-need"); 0 after the clause reading of round 14
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
    """Each carrier without a line of its own never looks ahead."""
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
