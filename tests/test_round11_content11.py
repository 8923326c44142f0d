"""Round 11 (content11), blind batch written before any rule change and before the linter saw it;
wordings are our own (checked against tests/ for freshness), not the dev drafts'.

Kinds (from the new dev drafts FL203, FL205 and FL204 misjudged):
- ASK_STATE: a status check that asks where things are in an indirect, colloquial form ("let me
  know where it's at") or in a polite request with a misspelt key word ("greatful", "apreciate");
  FL203 must stay quiet.  NO_ASK_STATE: look-alikes that ask nothing; FL203 must speak.
- BARE_LET_KNOW: a thank-you whose look ahead is a bare "Let me know." (the decision left
  unspoken); FL203 quiet.  LET_KNOW_OFFER: "let me know if ..." offers and wishes that are no look
  ahead; FL203 must speak.
- PLACEMENT: a thank-you whose fit is a result from a practicum, clinical placement, co-op term,
  externship or student teaching; FL205 quiet.  NO_PLACEMENT: the reader's programme or someone
  else's placement named, nothing of the writer's; FL205 must speak.
- SOCIAL_WISH: "would love to" get to know the reader, keep chatting, have coffee: no interest in
  the role (LABELLING.md: enjoying the conversation is not interest); FL204 must speak.
  ROLE_WISH: "would love to" plus the work or the team; FL204 quiet.

Misjudged before the change: 15 of 39 (asks not heard 5 of 7, bare "Let me know." 3 of 4, placement
results 4 of 5, social wishes taken for interest 3 of 3; look-alikes 0 of 20); after it, 2 of 39 (two social
wishes the FL204 learned backstop still reads as interest).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _status(line: str) -> str:
    return (
        "Subject: Site Supervisor interview – checking in\n\nHello Mr Oduya,\n\n"
        "Thank you again for showing me round the Harbour Road build on the 3rd. I am still keen on the "
        f"supervisor role and my four years running fit-out crews. {line}\n\nKind regards,\nPriya Natt"
    )


def _thanks(line: str, fit: str = "My six years on hospital fit-outs would carry straight over.") -> str:
    return (
        "Subject: Thank you – Site Supervisor interview\n\nDear Mr Oduya,\n\n"
        "Thank you for showing me round the Harbour Road build yesterday and for explaining the phased "
        f"handover to the tenants. I am very keen on the role. {fit} {line}\n\nKind regards,\nPriya Natt"
    )


def _thanks_fit(fit: str) -> str:
    return (
        "Subject: Thank you – interview on Monday\n\nDear Ms Ferreira,\n\n"
        "Thank you for meeting me on Monday and for walking me through how the unit runs its night "
        f"handovers. {fit} I am very keen to join the team and look forward to hearing about next "
        "steps.\n\nBest regards,\nTomasz Lenk"
    )


def _thanks_interest(line: str) -> str:
    return (
        "Subject: Thank you – Junior Analyst interview\n\nDear Mr Haddad,\n\n"
        "Thank you for the conversation on Thursday about the pricing models your desk maintains. My "
        f"internship at Corrigan Freight had me rebuilding their rate cards in Excel. {line} I look "
        "forward to hearing about the next steps.\n\nBest,\nNoor Salim"
    )


def _fires(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code for f in report.findings)


def _warns(linter: Linter, code: str, text: str, purpose: str, channel: str = "email") -> bool:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return any(f.code == code and f.severity.value in ("warning", "error") for f in report.findings)


XF = pytest.mark.xfail(strict=True, reason="still misjudged after the round-11 change")

# status checks that ask (FL203 must be quiet)
ASK_STATE = [
    "If you could fill me in on where it's at, I'd be glad.",
    "Please let me know where the search is at when you have a minute.",
    "When you get a chance, tell me how things are looking on your side.",
    "It would help me plan if you could let me know where you have got to with the shortlist.",
    "I'd be greatful for a short note on how the decision is coming along.",
    "Any word on the decision would be much apreciated.",
    "I would realy appriciate an update on the hiring timeline.",
]
# look-alikes that ask nothing (FL203 must speak)
NO_ASK_STATE = [
    "You said you would let me know where things are at once the client signs off.",
    "I was greatful for the tour of the welfare cabins.",
    "Things are looking busy on my side as well, with two sites closing out.",
    "I know how things are at this time of year with budgets.",
    "I've told my current manager where I'm at with my notice.",
    "The lads on site showed me where the tool store is at the back.",
    "I am apreciative of the straight answers you gave about overtime.",
]

# thank-you look ahead with a bare "Let me know." (FL203 quiet)
BARE_LET_KNOW = [
    "Let me know.",
    "Please do let me know.",
    "Just let me know either way.",
    "Let me know, whenever you're ready.",
]
# offers and wishes that look forward to nothing (FL203 must speak)
LET_KNOW_OFFER = [
    "If you need my site diaries, let me know.",
    "Should anything else come up, just let me know.",
    "Let me know if the drawings I mentioned would help.",
    "Let me know how the tenant meeting goes on Friday.",
    "Let me know if you ever fancy a game of five-a-side.",
]

# a result from a placement or practicum (FL205 quiet)
PLACEMENT = [
    "During my final practicum on a cardiac step-down unit I took a full four-patient assignment.",
    "On my clinical placement at Northgate I ran the evening medication round under supervision.",
    "My co-op term with Halden Water had me logging pump pressures across twelve stations.",
    "In my externship I drafted discovery requests for two commercial leases.",
    "My student teaching in a Year 4 class included planning a whole unit on fractions.",
]
# the reader's programme, or someone else's placement: nothing of the writer's (FL205 must speak)
NO_PLACEMENT = [
    "It was good to hear how your practicum students rotate through every bay.",
    "I liked that the unit offers a preceptorship for the first twelve weeks.",
    "Your co-op programme with the college sounds well organised.",
    "My cousin did her externship at a firm like yours and loved it.",
    "I had not realised the student teaching scheme was run from your office.",
]

# a wish for the reader's company, not the role (FL204 must speak)
SOCIAL_WISH = [
    "I would love to stay in touch and get to know you better.",
    "I'd love to grab a coffee with you some time.",
    "I would love to keep chatting about sailing when you're free.",
]
# a wish for the work or the team (FL204 quiet)
ROLE_WISH = [
    "I would love to build those pricing models with your desk.",
    "I'd love to take on the rate-card clean-up you described.",
    "I would love to be on the desk when the new pricing engine goes live.",
]

# The 15 misjudged before the change are listed in the module docstring's counts; these are the
# ones still misjudged after it (the FL204 learned backstop reads "love" as interest).
# After FL204's backstop was retrained on the dev split with batches 11 and 12 (round 11b), it reads
# one more social wish as interest.
# Round 12 (nextsteps12): the backstop no longer reads a sentence FL204's own not_counting sets
# aside, so all three social wishes are heard as no interest.
STILL_MISJUDGED: set[str] = set()


def _mark(text: str):
    return pytest.param(text, marks=XF) if text in STILL_MISJUDGED else text


@pytest.mark.parametrize("line", [_mark(t) for t in ASK_STATE])
def test_status_ask_heard(linter: Linter, line: str) -> None:
    assert not _fires(linter, "FL203", _status(line), "status-check")


@pytest.mark.parametrize("line", [_mark(t) for t in NO_ASK_STATE])
def test_status_non_ask_not_heard(linter: Linter, line: str) -> None:
    assert _fires(linter, "FL203", _status(line), "status-check")


@pytest.mark.parametrize("line", [_mark(t) for t in BARE_LET_KNOW])
def test_bare_let_me_know_looks_ahead(linter: Linter, line: str) -> None:
    assert not _fires(linter, "FL203", _thanks(line), "thank-you")


@pytest.mark.parametrize("line", [_mark(t) for t in LET_KNOW_OFFER])
def test_let_me_know_offer_does_not(linter: Linter, line: str) -> None:
    assert _fires(linter, "FL203", _thanks(line), "thank-you")


@pytest.mark.parametrize("fit", [_mark(t) for t in PLACEMENT])
def test_placement_result_is_fit(linter: Linter, fit: str) -> None:
    assert not _fires(linter, "FL205", _thanks_fit(fit), "thank-you")


@pytest.mark.parametrize("fit", [_mark(t) for t in NO_PLACEMENT])
def test_their_programme_is_not_fit(linter: Linter, fit: str) -> None:
    assert _fires(linter, "FL205", _thanks_fit(fit), "thank-you")


@pytest.mark.parametrize("line", [_mark(t) for t in SOCIAL_WISH])
def test_social_wish_is_not_interest(linter: Linter, line: str) -> None:
    assert _fires(linter, "FL204", _thanks_interest(line), "thank-you")


@pytest.mark.parametrize("line", [_mark(t) for t in ROLE_WISH])
def test_role_wish_is_interest(linter: Linter, line: str) -> None:
    assert not _fires(linter, "FL204", _thanks_interest(line), "thank-you")


# --- second batch (written before the FL205 and FL123 changes below) -----------------------------
# GENERIC_FIT: a claim that the writer's unnamed background, skills or experience would serve the
# employer, with nothing of it named (LABELLING.md G-FIT: no qualification, experience or result
# tied to the role); FL205 must speak.  NAMED_FIT: the same claim with the skill or record named;
# FL205 quiet.
GENERIC_FIT = [
    "I believe my experience would serve your company well.",
    "My skills will benefit the team greatly.",
    "I'm confident my background would suit your organisation.",
    "My qualifications could help your firm.",
    "I know my abilities would serve the school well.",
]
NAMED_FIT = [
    "My background in payroll audits would serve your team well.",
    "My experience running two food-bank warehouses would suit the organisation.",
    "My skills with Revit would help the studio from day one.",
    "My eight years of scheduling crews would benefit your department.",
    "My bookkeeping experience would serve the practice well.",
]

# FORMAL_OPENING: a printed letter opened in a formal way other than "Dear" (an unnamed or group
# reader is FL130's and FL133's matter, G-SALUTATION, not the letter's formality); FL123 quiet.
# CASUAL_OPENING: an e-mail's greeting on paper; FL123 must speak.
FORMAL_OPENING = [
    "To Whom It May Concern:",
    "To the Hiring Committee:",
    "To the members of the selection panel:",
    "To the Head of Conveyancing:",
]
CASUAL_OPENING = [
    "Hi Ms. Ortega,",
    "Hello there,",
    "Good morning,",
    "Hey team,",
]

# misjudged before the change: 8 of 18 (generic claims taken for fit 4 of 5, formal openings
# flagged 4 of 4; named claims and casual openings 0 of 9); after it, 1 of 18: the parser does not
# take "To the Head of ...:" for a greeting line, so FL123 finds none
STILL_MISJUDGED_B: set[str] = {
    "To the Head of Conveyancing:",
}


def _mark_b(text: str):
    return pytest.param(text, marks=XF) if text in STILL_MISJUDGED_B else text


def _letter(greeting: str) -> str:
    return (
        "Ines Barros\n14 Quarry Lane\nLeeds LS6 2AB\n\n3 December 2026\n\nMs. Carla Ortega\nOrtega & Byrne\n"
        f"9 Park Row\nLeeds LS1 5HD\n\n{greeting}\n\nThank you for meeting me on 1 December about the "
        "conveyancing assistant post and for explaining how your team splits the freehold files. My two "
        "years at Harcourt Legal were spent on exactly that work, and I remain very keen on the role. I "
        "look forward to hearing about the next steps.\n\nYours sincerely,\n\nInes Barros"
    )


@pytest.mark.parametrize("fit", [_mark_b(t) for t in GENERIC_FIT])
def test_generic_fit_claim_is_not_fit(linter: Linter, fit: str) -> None:
    assert _fires(linter, "FL205", _thanks_fit(fit), "thank-you")


@pytest.mark.parametrize("fit", [_mark_b(t) for t in NAMED_FIT])
def test_named_fit_claim_is_fit(linter: Linter, fit: str) -> None:
    assert not _fires(linter, "FL205", _thanks_fit(fit), "thank-you")


@pytest.mark.parametrize("greeting", [_mark_b(t) for t in FORMAL_OPENING])
def test_formal_opening_without_dear(linter: Linter, greeting: str) -> None:
    assert not _fires(linter, "FL123", _letter(greeting), "thank-you", channel="letter")


@pytest.mark.parametrize("greeting", [_mark_b(t) for t in CASUAL_OPENING])
def test_casual_opening_on_paper(linter: Linter, greeting: str) -> None:
    assert _fires(linter, "FL123", _letter(greeting), "thank-you", channel="letter")


# --- third batch (written before the FL121 change below) -----------------------------------------
# REPLY_TO_THEIR_MESSAGE: a voicemail that answers the reader's own message or call ("I got your
# voicemail"): the reader knows what it is about, so the role need not be named; FL121 gives no
# warning.  NOT_A_REPLY: a voicemail that mentions a message but answers none, and names neither
# role nor reason; FL121 warns.  (Written as "FL121 quiet" at first; after the change the reason
# left unsaid stays a tip, as one missing item is, since a dev voicemail that answers a message with
# no number and no reason is labelled G-CHANNEL: the probes now assert on warnings, which is what
# the calibration counts.)
REPLY_TO_THEIR_MESSAGE = [
    (
        "Hello Dana, this is Theo Marsh. I picked up your voicemail from this morning. That's a shame, but "
        "I appreciate you ringing. Could you spare five minutes to tell me what I might have done better? "
        "I'm on 0161 555 0102."
    ),
    (
        "Mr Ansah, Lucy Brennan here, answering your message from Tuesday. Yes, Thursday at ten suits me "
        "for the second round. Call me on 07700 900 455 if that changes."
    ),
    (
        "Hi Karim, it's Joe Pryce. Just heard your voicemail. Good news about the references. I'll be "
        "around all afternoon on 020 7946 0331."
    ),
]
NOT_A_REPLY = [
    "Hi Karim, it's Joe Pryce. Sorry, I know this is your voicemail. Ring me when you can on 020 7946 0331.",
    "Hello, Lucy Brennan here. I left you a message on Monday too. My number is 07700 900 455.",
    "Hi Dana, Theo Marsh again. Did you get my message last week? I'm on 0161 555 0102.",
]
# misjudged before the change: 3 of 6 (every reply; look-alikes 0 of 3); after it, 0 of 6
STILL_MISJUDGED_C: set[str] = set()


@pytest.mark.parametrize(
    "script", [pytest.param(t, marks=XF) if t in STILL_MISJUDGED_C else t for t in REPLY_TO_THEIR_MESSAGE]
)
def test_reply_to_their_message_needs_no_role(linter: Linter, script: str) -> None:
    assert not _warns(linter, "FL121", script, "rejection-reply", channel="call")


@pytest.mark.parametrize("script", [pytest.param(t, marks=XF) if t in STILL_MISJUDGED_C else t for t in NOT_A_REPLY])
def test_not_a_reply_still_needs_them(linter: Linter, script: str) -> None:
    assert _warns(linter, "FL121", script, "status-check", channel="call")
