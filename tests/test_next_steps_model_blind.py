"""A blind batch for FL203's learned backstop (G-NEXT-STEPS: a thank-you looks ahead to the process, the
next steps or the timeline; a status check asks for an update, the decision or a timeline).  Written on
2026-12-05 before the backstop was trained or run on it, in wordings none of FL203's tests use, from
many trades and Englishes, by e-mail, letter, LinkedIn and call.  It is not a source of the backstop's
training probes (benchmarks/harvest_content_probes.py), and must stay so.

``GOOD`` (20): 12 thank-yous that look ahead to the process and 8 status checks that ask; FL203 must
stay quiet.  ``SHORT`` (12): 6 thank-yous that never look ahead (some look ahead to something else:
the work, the employer's product, an office move) and 6 status checks that ask nothing (a hope, a
decision awaited, news of the writer's own); FL203 must fire.
Misjudged by the wordings alone: 6 of 20 good flagged, 2 of 12 short missed.  A confirmation batch
(``CONFIRM_GOOD``, 10: 5 thank-yous, 5 status checks; ``CONFIRM_SHORT``, 6) written after the
backstop's threshold was fixed and before the model read it: 4 of 10 good flagged, 1 of 6 short missed
by the wordings alone.
The backstop trained on 2026-12-05 (904 probes, 505 dev drafts, threshold 0.95 fixed by the trainer's
out-of-fold grid before either batch was scored; in a status check asked only where a sentence asks)
was measured on both and NOT shipped: blind batch good flagged 6 -> 5 (g16), short missed 2 -> 2;
confirmation batch good flagged 4 -> 4, short missed 1 -> 2 (d05: an unrelated question let it read
"I look forward to your decision" in a status check as asking).  Dev unchanged.  The xfails record
the wordings' verdicts.
What is still misjudged is marked xfail(strict=True): see ``_MISJUDGED``.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _email(subject: str, greeting: str, body: str, sign_off: str) -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{sign_off}"


TY = "thank-you"
SC = "status-check"

GOOD = [
    (
        "g01",
        TY,
        "email",
        _email(
            "Thank you - fulfillment associate",
            "Hi Darnell,",
            "Thanks so much for walking me through the fulfillment center on Tuesday. Is there a rough sense of when the hiring team gets back to the people it met this week?",
            "Best,\nKeisha",
        ),
    ),
    (
        "g02",
        TY,
        "email",
        _email(
            "Thank you for this morning",
            "Dear Mrs Pritchard,",
            "Many thanks for showing me round the bakery this morning. I'd be keen to learn how the trial shifts are being arranged from here.",
            "Kind regards,\nEllie Bowen",
        ),
    ),
    (
        "g03",
        TY,
        "email",
        _email(
            "Interview for Accounts Executive",
            "Respected Sir,",
            "Thank you for the interview for the Accounts Executive post. Kindly revert with the schedule of the subsequent rounds at your convenience.",
            "Regards,\nPrakash Iyer",
        ),
    ),
    (
        "g04",
        TY,
        "email",
        _email(
            "Appreciation - Pharmacist interview",
            "Dear Pharm. Okonkwo,",
            "Thank you for the opportunity to interview for the pharmacist role on Friday. I shall be awaiting the outcome of the exercise with keen anticipation.",
            "Yours faithfully,\nAdaeze Nwosu",
        ),
    ),
    (
        "g05",
        TY,
        "email",
        _email(
            "Cheers",
            "Hi Bazza,",
            "Cheers for the yarn about the sparky apprenticeship yesterday. Any idea roughly when you'll be picking who gets a start?",
            "Ta,\nLachie",
        ),
    ),
    (
        "g06",
        TY,
        "linkedin",
        "Hi Tomasz, grateful for your time on the call about the QA lead role. Whatever the panel settles on, I'll be watching my inbox for its verdict and can make myself free for another round. Marta",
    ),
    (
        "g07",
        TY,
        "call",
        "Hi, it's Rosa from Monday's interview for the dental nurse post. Just ringing to say thank you, and to ask when the practice expects to have decided. Bye for now.",
    ),
    (
        "g08",
        TY,
        "email",
        _email(
            "Thanks",
            "Hi Aoife,",
            "Thanks a million for meeting me about the barista spot. What happens after this, is there a second chat or is it straight on to a paid trial?",
            "Cheers,\nCiara",
        ),
    ),
    (
        "g09",
        TY,
        "email",
        _email(
            "Thank you - Admin Officer interview",
            "Dear Ms Lim,",
            "Thank you for the interview earlier for the admin officer post. May I ask what the following stage will involve and the expected date?",
            "Best regards,\nJoanne Tan",
        ),
    ),
    (
        "g10",
        TY,
        "letter",
        "14 Mill Lane\nHebden Bridge\n\n5 December 2026\n\nDear Mr Ashworth,\n\nThank you for receiving me at the library on 3 December. I await your panel's conclusions with interest and remain available should a further meeting be needed.\n\nYours sincerely,\nMargaret Holroyd",
    ),
    (
        "g11",
        TY,
        "email",
        _email(
            "Thanks for the chat",
            "Hey Marco,",
            "Really appreciated the chat about the line cook gig. Happy to come in for a stage whenever works on your end, just tell me what the plan is from here.",
            "Thanks,\nDevon",
        ),
    ),
    (
        "g12",
        TY,
        "email",
        _email(
            "Site foreman interview",
            "Dear Mr van Wyk,",
            "Thank you for the interview for the site foreman role. I'd appreciate knowing by when the final choice is expected, and I can send any further certificates before then.",
            "Kind regards,\nSipho Dlamini",
        ),
    ),
    (
        "g13",
        SC,
        "email",
        _email(
            "Warehouse supervisor application",
            "Dear Ms Carter,",
            "I interviewed for the warehouse supervisor role on 14 November. Has the team had a chance to reach a decision yet?",
            "Regards,\nJamal Reid",
        ),
    ),
    (
        "g14",
        SC,
        "email",
        _email(
            "Teaching assistant post",
            "Dear Mr Kaur,",
            "It is three weeks since my interview for the teaching assistant post. Could you give me a sense of how far along the selection is?",
            "Best wishes,\nHannah Moss",
        ),
    ),
    (
        "g15",
        SC,
        "email",
        _email(
            "Status of candidature - Junior Engineer",
            "Dear Sir,",
            "Greetings of the day. I attended the interview for Junior Engineer on 20th November. Kindly apprise me of the status of my candidature.",
            "Thanks and regards,\nVenkatesh R",
        ),
    ),
    (
        "g16",
        SC,
        "email",
        _email(
            "Sous chef position",
            "Hi Gemma,",
            "Just checking whether anything has shifted on the sous chef position. A yes, a no or a not yet would all be welcome.",
            "Thanks,\nOwen",
        ),
    ),
    (
        "g17",
        SC,
        "call",
        "Hi, it's Femi calling about the HGV driver vacancy I interviewed for last month. Could someone ring me back with the lie of the land? Thanks, bye.",
    ),
    (
        "g18",
        SC,
        "linkedin",
        "Hi Ines, hope your week's going well. Any news on the product designer role since our conversation on the 2nd? Leo",
    ),
    (
        "g19",
        SC,
        "email",
        _email(
            "Laboratory technician post",
            "Dear Dr Haddad,",
            "It has been a fortnight since my panel for the lab technician post. Would it be possible to have an indication of timescales?",
            "Kind regards,\nRuth Ellis",
        ),
    ),
    (
        "g20",
        SC,
        "email",
        _email(
            "Nursery practitioner role",
            "Dear Mrs Greene,",
            "I remain very interested in the nursery practitioner role. If the nursery has made its choice, I'd be grateful to hear it.",
            "Warm regards,\nPoppy Shaw",
        ),
    ),
]

SHORT = [
    (
        "b01",
        TY,
        "email",
        _email(
            "Thank you",
            "Dear Mr Lowe,",
            "Thank you for meeting me yesterday about the bookkeeper role. Our conversation about month-end reconciliations reminded me why I enjoy this work. Wishing you a pleasant weekend.",
            "Kind regards,\nDiane Fox",
        ),
    ),
    (
        "b02",
        TY,
        "email",
        _email(
            "Thanks for the tour",
            "Hi Craig,",
            "Thanks for the tour of the workshop. I look forward to putting my welding experience to use with your crew.",
            "Cheers,\nKyle",
        ),
    ),
    (
        "b03",
        TY,
        "email",
        _email(
            "Thank you",
            "Hi Natalie,",
            "Thank you for the chat about the marketing role. I look forward to catching the next episode of the show you produce.",
            "Best,\nAbby",
        ),
    ),
    (
        "b04",
        TY,
        "email",
        _email(
            "Thank you for today",
            "Dear Dr Osei,",
            "Thanks for your time today; I enjoyed hearing how the clinic grew from one room. It was a pleasure to meet your practice manager as well.",
            "Best wishes,\nKwabena",
        ),
    ),
    (
        "b05",
        TY,
        "email",
        _email(
            "Thank you",
            "Dear Ms Dubois,",
            "Thank you for the interview. You mentioned the team moves to new premises next spring, which sounds like an exciting change.",
            "Kind regards,\nAmelie",
        ),
    ),
    (
        "b06",
        TY,
        "linkedin",
        "Hi Jo, lovely to meet you at the interview for the receptionist job today. Thanks again for the coffee and the biscuits! Priya",
    ),
    (
        "b07",
        SC,
        "email",
        _email(
            "Porter role",
            "Dear Mr Bell,",
            "I interviewed for the porter role on 10 November. I hope there will be some good news soon.",
            "Regards,\nTerry",
        ),
    ),
    (
        "b08",
        SC,
        "email",
        _email(
            "Analyst post",
            "Dear Ms Novak,",
            "I'm writing after my interview for the analyst post. I am still very interested and remain available at short notice.",
            "Best regards,\nPetra",
        ),
    ),
    (
        "b09",
        SC,
        "email",
        _email(
            "Following my interview",
            "Dear Mr Grant,",
            "Since my interview on the 4th I have completed my forklift certificate. I look forward to your decision.",
            "Regards,\nDale",
        ),
    ),
    (
        "b10",
        SC,
        "email",
        _email(
            "Carer role",
            "Dear Bronwyn,",
            "Just a note to say I'm still keen on the carer role. You mentioned a decision would come by the end of the month.",
            "Thanks,\nMaria",
        ),
    ),
    (
        "b11",
        SC,
        "email",
        _email(
            "Graduate scheme",
            "Dear recruitment team,",
            "I interviewed for the graduate scheme three weeks ago. I know these things take time and I am being patient.",
            "Kind regards,\nOliver",
        ),
    ),
    (
        "b12",
        SC,
        "call",
        "Hi, it's Sam about the cleaner job I interviewed for. Just letting you know my new mobile number is 07700 900123. Bye.",
    ),
]

# Written after the backstop's threshold was fixed (0.95) and before the model read it.
CONFIRM_GOOD = [
    (
        "c01",
        TY,
        "email",
        _email(
            "Thanks - electrician mate",
            "Hi Shane,",
            "Thanks for having me on site this arvo. When do you reckon you'll know about the second spot on the crew?",
            "Cheers,\nJake",
        ),
    ),
    (
        "c02",
        TY,
        "email",
        _email(
            "Thank you - Staff Nurse interview",
            "Dear Sister Mensah,",
            "Thank you for the interview on the surgical ward today. I will be glad to be told of the panel's resolution once it is reached.",
            "Yours sincerely,\nAbena Asante",
        ),
    ),
    (
        "c03",
        TY,
        "linkedin",
        "Thanks for the conversation about the data engineer opening, Rahul. Is a technical round the usual next hurdle, and roughly when would it be? Neha",
    ),
    (
        "c04",
        TY,
        "email",
        _email(
            "Thank you for your time",
            "Dear Ms Albright,",
            "Thank you for discussing the paralegal vacancy with me. I understand you will be shortlisting over the coming fortnight, and I will keep Thursdays free in case you would like me back.",
            "Sincerely,\nNathan Cole",
        ),
    ),
    (
        "c05",
        TY,
        "call",
        "Hiya, it's Gemma from this morning's interview for the salon junior role. Thanks ever so much. Give us a bell when you've made your mind up, yeah? Ta-ra.",
    ),
    (
        "c06",
        SC,
        "email",
        _email(
            "Bus driver vacancy",
            "Dear Mr Roberts,",
            "I sat the driving assessment for the bus driver vacancy on 18 November. Are you in a position to tell me the result yet?",
            "Regards,\nGlyn Hughes",
        ),
    ),
    (
        "c07",
        SC,
        "email",
        _email(
            "Customer success manager",
            "Hi Priscilla,",
            "Circling around on the customer success manager role from my final interview two weeks back. Where does the search stand at this point?",
            "Thanks,\nBrandon",
        ),
    ),
    (
        "c08",
        SC,
        "email",
        _email(
            "Application - Clerk",
            "Dear Madam,",
            "With due respect, I attended the interview for the post of Clerk on 2nd November. I request you to inform me of the result of the same.",
            "Yours obediently,\nSuresh Kumar",
        ),
    ),
    (
        "c09",
        SC,
        "linkedin",
        "Hello Mateo, I interviewed for the logistics planner role in mid-November. Has there been any progress on filling it? Best, Lucia",
    ),
    (
        "c10",
        SC,
        "call",
        "Hi, it's Kofi about the security officer job, I was interviewed three weeks ago. Could you find out for me whether they've picked someone? Cheers.",
    ),
]

CONFIRM_SHORT = [
    (
        "d01",
        TY,
        "email",
        _email(
            "Thank you",
            "Dear Mr Farrow,",
            "Thank you for the interview for the groundskeeper post. The walk round the arboretum was a real treat and I learned a lot about the old oaks.",
            "Kind regards,\nPeter",
        ),
    ),
    (
        "d02",
        TY,
        "email",
        _email(
            "Thanks",
            "Hi Lena,",
            "Thanks for the interview today. I look forward to cooking for your regulars and getting to know the kitchen.",
            "Best,\nTheo",
        ),
    ),
    (
        "d03",
        TY,
        "linkedin",
        "Hi Carlos, thanks for the interview for the sales rep role. Great to meet you and the team, and good luck with the trade show next week! Ana",
    ),
    (
        "d04",
        SC,
        "email",
        _email(
            "Bookseller role",
            "Dear Ms Hart,",
            "I interviewed for the bookseller role a fortnight ago. I am still keen and I hope to hear from you in due course.",
            "Kind regards,\nIsla",
        ),
    ),
    (
        "d05",
        SC,
        "email",
        _email(
            "Following up",
            "Dear Mr Quinn,",
            "Following my interview for the surveyor post, could you tell me whether parking is available on site? I look forward to your decision.",
            "Regards,\nFrancesca",
        ),
    ),
    (
        "d06",
        SC,
        "email",
        _email(
            "Care worker role",
            "Dear Joy,",
            "Since my interview for the care worker role I have completed my manual handling course. You said the outcome would be sent by post.",
            "Thank you,\nGrace",
        ),
    ),
]

# (round 12: g06 and c02 heard by FL203's clause shapes: "Whatever the panel settles on", "once it is reached")
# (round 13, nextsteps13: g12, c05 and c10 heard by kinds written for another blind batch: the
# reader's "choice" with a marker of time still to come, "Give us a bell", whether they have "picked
# someone")
# g20 and c04 heard since round 14's clause reading (nextsteps14)
_MISJUDGED = {"g02", "g07", "g16", "b02", "b03", "d02"}


def _params(items: list[tuple[str, str, str, str]]) -> list:  # type: ignore[type-arg]
    return [
        pytest.param(
            key, purpose, channel, text, id=key, marks=[pytest.mark.xfail(strict=True)] if key in _MISJUDGED else []
        )
        for key, purpose, channel, text in items
    ]


def _fires(linter: Linter, text: str, purpose: str, channel: str) -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == "FL203" for f in report.findings)


@pytest.mark.parametrize(("key", "purpose", "channel", "text"), _params(GOOD))
def test_a_draft_that_looks_ahead_or_asks_is_left_alone(
    linter: Linter, key: str, purpose: str, channel: str, text: str
) -> None:
    assert not _fires(linter, text, purpose, channel)


@pytest.mark.parametrize(("key", "purpose", "channel", "text"), _params(SHORT))
def test_a_draft_that_never_looks_ahead_or_asks_is_flagged(
    linter: Linter, key: str, purpose: str, channel: str, text: str
) -> None:
    assert _fires(linter, text, purpose, channel)


@pytest.mark.parametrize(("key", "purpose", "channel", "text"), _params(CONFIRM_GOOD))
def test_a_draft_of_the_confirmation_batch_that_looks_ahead_or_asks_is_left_alone(
    linter: Linter, key: str, purpose: str, channel: str, text: str
) -> None:
    assert not _fires(linter, text, purpose, channel)


@pytest.mark.parametrize(("key", "purpose", "channel", "text"), _params(CONFIRM_SHORT))
def test_a_draft_of_the_confirmation_batch_that_never_looks_ahead_or_asks_is_flagged(
    linter: Linter, key: str, purpose: str, channel: str, text: str
) -> None:
    assert _fires(linter, text, purpose, channel)
