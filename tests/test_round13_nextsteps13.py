"""Round 13 (nextsteps13), blind batch A: written before any rule change and before the linter saw
it; the wordings are our own (grepped against tests/ outside the held-out split), not the corpus's.

The aim is the warnings FL203, FL204 and FL205 give on GOOD drafts of every purpose and channel, so
most probes are good look-alikes that must stay quiet, with bad look-alikes that must still warn.

FL203 (G-NEXT-STEPS): LOOK_AHEAD refer forward to the process (LABELLING.md: next steps, hearing
back, the decision's timing, a stated follow-up call; in a status check, a request for an update)
in registers from stiff to chatty and in several Englishes; NO_LOOK_AHEAD never do (wishes, an
offer to answer questions, a status check that reports and asks nothing).  FL204 (G-INTEREST):
INTEREST states wanting the role or the work; NO_INTEREST is enjoyment, fit, or keenness for
something else.  FL205 (G-FIT): FIT ties the writer's experience to the role; NO_FIT is a bare
claim, praise, or a wish.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 13, batch A)")


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


# Carriers for FL203: thanks, a detail, interest and fit, but no look ahead of their own.
def _ty(line: str) -> str:
    return (
        "Subject: Thank you – Stores Supervisor interview\n\nDear Mrs Naidoo,\n\n"
        "Thank you for meeting me on Wednesday and for the walk round the new racking. I am very keen "
        "on the supervisor post, and my six years running the goods-in bay at Makro fit it closely. "
        f"{line}\n\nKind regards,\nSipho Dube\n082 555 0177"
    )


def _letter(line: str) -> str:
    return (
        "14 Harrow Lane\nLeeds LS6 2AB\n\n3 March 2026\n\nMr P. Whitcombe\nWhitcombe & Hale Solicitors\n"
        "9 Park Row\nLeeds LS1 5HD\n\nDear Mr Whitcombe,\n\nThank you for the interview on Monday and for "
        "explaining the conveyancing backlog. I remain very interested in the paralegal post; my two "
        f"years of residential completions at Carter Lowe match it well. {line}\n\nYours sincerely,\n\nNia Pryce"
    )


def _li(line: str) -> str:
    return f"Hi Tomás, thanks for the call about the junior UX role - I'm genuinely excited about it. {line}"


def _vm(line: str) -> str:
    return (
        "Hello Ms Fraser, it's Jordan Mbeki about the groundskeeper interview yesterday. Thanks for "
        f"showing me the mower shed; I'd love the job. {line} You can get me on 07700 900 312. Cheers, bye."
    )


def _sc(line: str) -> str:
    return (
        "Subject: Lab Technician interview on 2 February – following up\n\nDear Dr Osei,\n\n"
        "Thank you again for the interview on 2 February. I am still very keen on the technician role. "
        f"{line}\n\nBest regards,\nPriyanka Rao"
    )


def _sc_vm(line: str) -> str:
    return (
        "Hi Kev, it's Dylan Ward - I came in for the apprentice plumber interview three weeks back. "
        f"Still really up for it. {line} I'm on 0412 555 908. Ta, bye."
    )


# (id, purpose, channel, text); the draft refers forward, so FL203 stays quiet
LOOK_AHEAD = [
    (
        "ty-standing-by-feedback",
        "thank-you",
        "email",
        _ty("I'll be standing by for your feedback on the second round."),
    ),
    (
        "ty-board-later",
        "thank-you",
        "email",
        _ty("I understand the final decision rests with the board later this month."),
    ),
    (
        "ty-shortlist-announced",
        "thank-you",
        "email",
        _ty("I gather the shortlist gets announced early next month, so I'll keep my fingers crossed."),
    ),
    ("ty-waiting-your-reply", "thank-you", "email", _ty("I am waiting your reply about the result.")),
    ("ty-intimate-result", "thank-you", "email", _ty("Kindly intimate me about the result of the interview.")),
    (
        "ty-panel-meeting-shout",
        "thank-you",
        "email",
        _ty("If there's anything else you need before Friday's panel meeting, just shout."),
    ),
    (
        "ty-followed-up-ok",
        "thank-you",
        "email",
        _ty("Would it be all right if I followed up at the end of next week?"),
    ),
    (
        "letter-second-meeting",
        "thank-you",
        "letter",
        _letter("Please feel free to ring me should you wish to arrange a second meeting."),
    ),
    (
        "letter-learn-in-course",
        "thank-you",
        "letter",
        _letter("I should be most grateful to learn of the firm's choice in due course."),
    ),
    (
        "vm-another-ring",
        "thank-you",
        "call",
        _vm("I'll give the office another ring on Thursday if I've not heard anything."),
    ),
    ("vm-when-you-know", "thank-you", "call", _vm("Give us a buzz once you know either way.")),
    (
        "li-been-through-everyone",
        "thank-you",
        "linkedin",
        _li("Chat soon, hopefully, once you've been through everyone!"),
    ),
    ("li-hear-about-role", "thank-you", "linkedin", _li("Would love to hear how it pans out for the role.")),
    ("ty-settled-on", "thank-you", "email", _ty("Whoever you settle on, I'd appreciate a quick note either way.")),
    ("sc-team-settled", "status-check", "email", _sc("I'd love to hear whether the team has settled on anyone.")),
    (
        "sc-recruitment-coming-on",
        "status-check",
        "email",
        _sc("Could you spare a minute to tell me how the recruitment is coming on?"),
    ),
    ("sc-on-track", "status-check", "email", _sc("Are things still on track for a choice this month?")),
    ("sc-vm-any-joy", "status-check", "call", _sc_vm("Just ringing to see if there's been any joy on the job.")),
    ("sc-indian-intimate", "status-check", "email", _sc("Request you to kindly intimate the present status.")),
    (
        "sc-li-heard-anything",
        "status-check",
        "linkedin",
        "Hi Ruth, hope all's well! Has anything come through yet on the analyst opening? Still very keen.",
    ),
]

# (id, purpose, channel, text); nothing looks forward to the process, so FL203 warns
NO_LOOK_AHEAD = [
    ("ty-rest-of-week", "thank-you", "email", _ty("I hope the rest of your week goes smoothly.")),
    ("ty-further-questions", "thank-you", "email", _ty("I'm happy to answer any further questions you may have.")),
    ("ty-launch-next-month", "thank-you", "email", _ty("Good luck with the product launch next month!")),
    ("ty-firm-heading", "thank-you", "email", _ty("It was great hearing about where the firm is heading.")),
    ("vm-pass-on-thanks", "thank-you", "call", _vm("Please pass on my thanks to Jo on reception as well.")),
    ("li-stay-connected", "thank-you", "linkedin", _li("Would be great to stay connected here.")),
    ("sc-be-patient", "status-check", "email", _sc("I understand these things take time, so I'll be patient.")),
    (
        "sc-three-weeks",
        "status-check",
        "email",
        _sc("You mentioned a decision within two weeks; it has now been three."),
    ),
    ("sc-vm-hope-hear", "status-check", "call", _sc_vm("Hope to hear from you soon.")),
]


# Carrier for FL204: thanks, a detail, fit and a look ahead, but no interest of its own.
def _ty_i(line: str, channel: str = "email") -> str:
    if channel == "call":
        return (
            "Hi Anneke, it's Ravi Chetty from this morning's interview for the café manager job. Thanks for "
            f"the tour of the kitchen. I ran the floor at Bean There for three years. {line} Let me know "
            "what you decide - I'm on 083 555 0102. Bye."
        )
    return (
        "Subject: Thank you – Café Manager interview\n\nHi Anneke,\n\nThank you for this morning and for the "
        "tour of the kitchen. I ran the floor at Bean There for three years, including the switch to "
        f"table ordering. {line} I look forward to hearing about the next steps.\n\nBest wishes,\nRavi Chetty"
    )


INTEREST = [
    ("strengthened-resolve", "email", "Yesterday only strengthened my resolve to join your team."),
    ("job-for-me", "email", "I came away even more certain that this is the job for me."),
    ("esteemed-org", "email", "I am very much eager to be associated with your esteemed organisation."),
    ("amped", "email", "Honestly, I'm properly amped about the position."),
    ("sounds-dream", "call", "Honestly, the job sounds like a dream."),
    ("everything-hoped", "email", "The role has everything I was looking for in my next move."),
    ("cant-stop-thinking", "email", "I haven't stopped thinking about the role since I left."),
    ("sign-me-up", "call", "Sign me up, basically!"),
]

NO_INTEREST = [
    ("enjoyed-learnt", "email", "I enjoyed our chat and learnt a lot about the café."),
    ("interested-to-know", "email", "I'm interested to know how you found my answer on rota planning."),
    ("keen-feedback", "email", "I'd be keen to hear your thoughts on my menu costing."),
    ("fit-only", "email", "I believe I would be a strong fit for the role."),
]


# Carrier for FL205: thanks, a detail, interest and a look ahead, but no fit of its own.
def _ty_f(line: str, channel: str = "email") -> str:
    if channel == "linkedin":
        return f"Hi Sunita, thanks for Tuesday's chat about the lab assistant post - really keen on it! {line} Hope to hear back soon."
    return (
        "Subject: Thank you – Lab Assistant interview\n\nDear Ms Verma,\n\nThank you for Tuesday and for "
        "showing me the new centrifuge room. I am very keen on the lab assistant post. "
        f"{line} I look forward to hearing about the next steps.\n\nKind regards,\nAmir Haddad"
    )


FIT = [
    ("sensor-rig", "email", "My final-year project used the same kind of sensor rig your lab is building."),
    (
        "block-paving",
        "email",
        "I've been laying block paving since I left school, so your driveway contracts would be home ground.",
    ),
    (
        "dementia-wing",
        "email",
        "At Sunrise Care I looked after residents with dementia, which lines up with the memory-care wing you're opening.",
    ),
    ("escalations", "email", "In my current organisation I handle 40+ client escalations per month."),
    (
        "coaching-u11",
        "email",
        "The summer I spent coaching under-11s taught me how to keep a room of children on task.",
    ),
    ("barista", "linkedin", "As a former barista I can work the espresso machine through the rush without blinking."),
    ("celta", "email", "My CELTA and two years teaching adults in Hanoi suit the evening programme well."),
]

NO_FIT = [
    ("what-it-takes", "email", "I am confident I have what it takes to excel in this role."),
    ("praise-flood", "email", "Your team's work on the flood defences is really impressive."),
    ("profile-suits", "email", "I believe my profile suits the position perfectly."),
    ("always-wanted", "linkedin", "I have always wanted to work in a research lab."),
]

# Batch A before the change: 19 of 52 misjudged.  FL203: 13 of 20 look-aheads flagged, 0 of 9
# non-look-aheads missed; FL204: 2 of 8 interests flagged, 3 of 4 non-interests missed; FL205: 1 of
# 7 fits flagged, 0 of 4 bare claims missed.  After the change: 3, all FL204 non-interests that the
# learned backstop (rules/models/FL204.json, not retrained this round) reads as interest from the
# carrier's other sentences (0.81 against a threshold of 0.80 with the probe's sentence set aside);
# the "keen to hear your thoughts" wording itself is now set aside.  The retrain on 1066 dev drafts
# (2026-12-05, corpus batches 27-28) no longer reads "interested-to-know" and "keen-feedback" as
# interest: FL204 speaks on both, as it should, and they left this set.
_XF_IDS: set[str] = {
    "fit-only",
}


def _params(rows, width):
    out = []
    for row in rows:
        marks = [XF] if row[0] in _XF_IDS else []
        out.append(pytest.param(*row[1:width], id=row[0], marks=marks))
    return out


@pytest.mark.parametrize(("purpose", "channel", "text"), _params(LOOK_AHEAD, 4))
def test_fl203_quiet_on_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert not _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize(("purpose", "channel", "text"), _params(NO_LOOK_AHEAD, 4))
def test_fl203_speaks_without_look_ahead(linter: Linter, purpose: str, channel: str, text: str) -> None:
    assert _fires(linter, "FL203", text, purpose, channel)


@pytest.mark.parametrize(("channel", "line"), _params(INTEREST, 3))
def test_fl204_quiet_on_interest(linter: Linter, channel: str, line: str) -> None:
    assert not _fires(linter, "FL204", _ty_i(line, channel), "thank-you", channel)


@pytest.mark.parametrize(("channel", "line"), _params(NO_INTEREST, 3))
def test_fl204_speaks_without_interest(linter: Linter, channel: str, line: str) -> None:
    assert _fires(linter, "FL204", _ty_i(line, channel), "thank-you", channel)


@pytest.mark.parametrize(("channel", "line"), _params(FIT, 3))
def test_fl205_quiet_on_fit(linter: Linter, channel: str, line: str) -> None:
    assert not _fires(linter, "FL205", _ty_f(line, channel), "thank-you", channel)


@pytest.mark.parametrize(("channel", "line"), _params(NO_FIT, 3))
def test_fl205_speaks_without_fit(linter: Linter, channel: str, line: str) -> None:
    assert _fires(linter, "FL205", _ty_f(line, channel), "thank-you", channel)


def test_carriers_alone_behave(linter: Linter) -> None:
    """Each carrier with a neutral line: FL203 carriers warn (nothing looks ahead), FL204's and
    FL205's warn for their own item, so a probe's verdict is the probe's doing."""
    neutral = "The coffee was lovely."
    assert _fires(linter, "FL203", _ty(neutral), "thank-you")
    assert _fires(linter, "FL203", _letter(neutral), "thank-you", "letter")
    assert _fires(linter, "FL203", _li(neutral), "thank-you", "linkedin")
    assert _fires(linter, "FL203", _vm(neutral), "thank-you", "call")
    assert _fires(linter, "FL203", _sc(neutral), "status-check")
    assert _fires(linter, "FL203", _sc_vm(neutral), "status-check", "call")
    assert _fires(linter, "FL204", _ty_i(neutral), "thank-you")
    assert _fires(linter, "FL204", _ty_i(neutral, "call"), "thank-you", "call")
    assert _fires(linter, "FL205", _ty_f(neutral), "thank-you")
    assert _fires(linter, "FL205", _ty_f(neutral, "linkedin"), "thank-you", "linkedin")
