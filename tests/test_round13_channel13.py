"""Round 13 blind batch A of the channel13 family (G-CHANNEL: FL113, FL114, FL121-FL129 and the channel inference).

Every probe was written for this test, in wordings not found elsewhere in tests/, with the verdict a reader
would give it under tests/corpus/calibration/LABELLING.md, before the linter ran on it; none comes from the
corpus.  Groups:

- the channel read from the draft when the context does not say (``INFER``: ``(id, channel, context, text)``):
  the candidate's side of a call the employer made, a voicemail, a text or WhatsApp message (filed under
  ``linkedin`` as the corpus files a short personal message), a card or letter that says how it travels, and
  e-mails and LinkedIn notes that must keep their channel;
- LinkedIn messages chasing after unanswered e-mails, and LinkedIn notes that mention an e-mail innocently;
- the follow-up moved to a medium the reader did not offer (a Facebook or Instagram message, a number dug up),
  and look-alikes that name a firm's page or a number the reader gave;
- cards and letters: chatty, written before the interview, used as a sales piece; and proper cards.

A probe of the last three groups is ``(id, bad, context, text)``: a bad probe must draw a warning or error
citing G-CHANNEL; a good one must draw none.  The channel is given as the writer knows it; the purpose is
left to be inferred.

Counts, before any change (49 probes, 29 that must stay quiet or keep their channel): 22 misjudged, all bad
missed or channels misread, no good probe flagged.  Channel read 6 of 14 wrong (i05-i07: a text or WhatsApp
message that opens "Hi Joanne, it's Mia" read as a call; i08-i10: a card left at the site office, in a
pigeonhole, sent by courier, read as an e-mail); LinkedIn chases 6 of 6 missed ("gone astray", "no luck over
e-mail", "radio silence", "still nothing, so here I am", "disappeared into the ether", "no reply, so a message
here"), 0 of 5 good flagged; wrong medium 6 of 7 missed (Messenger, a number found on a flyer, a Facebook page,
a googled number, a personal WhatsApp), 0 of 6 good flagged; cards 4 of 6 missed (three written before the
interview, one used as a sales sample), 0 of 5 good flagged.  After the round's changes (FL125 and FL126 patterns,
the new FL129 for cards written before the interview or used as a sales piece, and channel inference for texts,
a phone answered by name, "Goodbye" and cards left at an office or sent by courier): 0 of 49.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_BAKERY = {
    "company": "Oven Door Bakehouse",
    "role": "Assistant Baker",
    "interviewers": ["Lerato Mokoena"],
    "interview_date": "2026-11-30",
    "sent_at": "2026-12-03",
}
_SITE = {
    "company": "Ridgeback Civil",
    "role": "Site Engineer",
    "interviewers": ["Callum Reid"],
    "interview_date": "2026-11-16",
    "sent_at": "2026-12-02",
}
_CLINIC = {
    "company": "Sahyadri Care Clinic",
    "role": "Staff Nurse",
    "interviewers": ["Dr. Anjali Menon"],
    "interview_date": "2026-11-20",
    "sent_at": "2026-12-03",
}
_SCHOOL = {
    "company": "Wattle Grove Primary",
    "role": "Teaching Assistant",
    "interviewers": ["Mrs. Joanne Fitzgerald"],
    "interview_date": "2026-11-26",
    "sent_at": "2026-11-27",
}
_STUDIO = {
    "company": "Fernhill Design",
    "role": "Junior Designer",
    "interviewers": ["Mr. Tom Ashcroft"],
    "interview_date": "2026-11-24",
    "sent_at": "2026-11-25",
}
_AGENCY = {
    "company": "Harbour Freight (through Stepwise Recruitment)",
    "role": "Warehouse Team Leader",
    "interviewers": ["Renee Walsh"],
    "interview_date": "2026-11-10",
    "sent_at": "2026-12-01",
}

# --- the channel read from the draft ------------------------------------------------------------------------------
INFER = [
    # the candidate's side of a call the employer made (the other side's turns left out as "…")
    (
        "i01",
        "call",
        _CLINIC,
        (
            "Good afternoon, Priya Nair speaking. … Oh, hello Dr. Menon, thank you for calling. … I see. I'm sorry to "
            "hear that, though I'm grateful you told me yourself. May I ask what the panel felt I could strengthen? … "
            "That makes sense; I will get more theatre experience. Thank you again, and please do keep me in mind. "
            "Goodbye."
        ),
    ),
    (
        "i02",
        "call",
        _SITE,
        (
            "Hello, Thabo Nkosi. … Ah, Mr. Reid, thanks for phoning. … That's great news, thank you! Yes, Thursday at "
            "nine works for me. … No, I know the site entrance from the interview. Lovely, see you then. Good-bye."
        ),
    ),
    (
        "i03",
        "call",
        _SCHOOL,
        (
            "Mia speaking, hello? … Oh hi Mrs. Fitzgerald! Yes, it's a fine time. … Oh, that's a shame, but thank you "
            "for letting me know so quickly. Could I ask what would have made my application stronger? … Thank you, "
            "that's really helpful. Goodbye now."
        ),
    ),
    # a voicemail that signs off as one speaks
    (
        "i04",
        "call",
        _BAKERY,
        (
            "Hi Lerato, Anele Dlamini from Monday's trial shift. Just giving you a quick buzz to say thanks again "
            "and to see whether you've decided on the assistant baker post. I'm on 072 555 0184 any time after two. "
            "Ta-ra."
        ),
    ),
    # a text or WhatsApp message that opens as a caller would: filed under linkedin, the corpus's short message
    (
        "i05",
        "linkedin",
        _SCHOOL,
        (
            "Hi Joanne, it's Mia Tan. Apologies for texting, I got your number from the careers fair leaflet. Is there "
            "any news on the teaching assistant post? Thanks, Mia"
        ),
    ),
    (
        "i06",
        "linkedin",
        _SITE,
        "Hey Callum, it's Thabo from the site engineer interview, hope a text is ok. Has the panel decided yet? Cheers",
    ),
    (
        "i07",
        "linkedin",
        _BAKERY,
        (
            "Hi Lerato, it's Anele (assistant baker interview on Monday). Sending this on WhatsApp as that's how your "
            "team booked me in. Thanks again for the trial shift, I really enjoyed it."
        ),
    ),
    # cards and letters that say how they travel or where they are left
    (
        "i08",
        "letter",
        _SITE,
        (
            "Hello Mr. Reid,\n\nThank you for walking me round the culvert works after the interview. I'll drop this "
            "at your site office tomorrow morning on my way past.\n\nThanks,\nThabo Nkosi"
        ),
    ),
    (
        "i09",
        "letter",
        _SCHOOL,
        (
            "Hi Mrs. Fitzgerald,\n\nThank you for having me in today and for letting me sit in on the phonics group. I'm "
            "leaving this in your pigeonhole in the staffroom.\n\nWarm wishes,\nMia Tan"
        ),
    ),
    (
        "i10",
        "letter",
        _CLINIC,
        (
            "Hello Dr. Menon,\n\nThank you for the interview and the tour of the dressing clinic. I am sending this "
            "note by courier along with the copies of my certificates you asked for.\n\nRegards,\nPriya Nair"
        ),
    ),
    # e-mails and LinkedIn notes that must keep their channel
    (
        "i11",
        "email",
        _SITE,
        (
            "Subject: Site Engineer interview - thank you\n\nHi Callum,\n\nThanks for the time on Monday and for the "
            "walk round the culvert works. I've attached the drainage drawings we talked about.\n\nCheers,\nThabo "
            "Nkosi\n072 555 0199"
        ),
    ),
    (
        "i12",
        "linkedin",
        _CLINIC,
        (
            "Thanks for connecting, Dr. Menon! It was a pleasure to meet you at Thursday's interview, and I enjoyed "
            "hearing about the new dressing clinic."
        ),
    ),
    (
        "i13",
        "email",
        _CLINIC,
        (
            "Subject: Staff Nurse interview\n\nDear Dr. Menon,\n\nThank you for calling me this morning with the "
            "outcome. I was sorry to hear it, but I appreciate the personal call. Would you share any feedback on my "
            "interview?\n\nKind regards,\nPriya Nair\npriya.nair@example.com"
        ),
    ),
    (
        "i14",
        "email",
        _BAKERY,
        (
            "Subject: Thank you - Assistant Baker\n\nHi Lerato,\n\nThanks for phoning earlier to arrange the second "
            "shift. I'll be there at five on Saturday. Goodbye to the 4am alarm-free weekends, I suppose!\n\nBest,\n"
            "Anele Dlamini"
        ),
    ),
]

# --- LinkedIn messages chasing after unanswered e-mails -----------------------------------------------------------
CHASE = [
    (
        "c01",
        True,
        _SCHOOL,
        (
            "Hi Joanne, my last couple of e-mails appear to have gone astray, so I'm having a go here. Has the "
            "teaching assistant post been decided?"
        ),
    ),
    (
        "c02",
        True,
        _CLINIC,
        (
            "Hello Dr. Menon, following up here as I've not had any luck over e-mail. Is there any update on the "
            "staff nurse role?"
        ),
    ),
    (
        "c03",
        True,
        _SITE,
        (
            "Hi Callum, sorry to chase you on here too - I emailed on the 20th and the 27th but it's been radio "
            "silence. Any news on the site engineer job?"
        ),
    ),
    (
        "c04",
        True,
        _BAKERY,
        (
            "Lerato, I rang the bakery twice and sent an e-mail last week and still nothing, so here I am. Is the "
            "assistant baker job still open?"
        ),
    ),
    (
        "c05",
        True,
        _SCHOOL,
        (
            "Hi Mrs. Fitzgerald, I think my e-mails must have disappeared into the ether, so I'm trying this route. "
            "I'm still very keen on the teaching assistant role."
        ),
    ),
    (
        "c06",
        True,
        _CLINIC,
        (
            "Hi Anjali, I've followed up by email a few times and have had no reply, so I thought a message here "
            "might be quicker. Any word on the staff nurse post?"
        ),
    ),
    (
        "c07",
        False,
        _SITE,
        (
            "Hi Callum, thanks for your quick e-mail yesterday confirming the site visit. Looking forward to seeing the "
            "culvert works again on Friday."
        ),
    ),
    (
        "c08",
        False,
        _CLINIC,
        (
            "Hello Dr. Menon, as you suggested on the phone, I've e-mailed my references to HR this morning. Thank you "
            "again for such an informative interview."
        ),
    ),
    (
        "c09",
        False,
        _BAKERY,
        (
            "Hi Lerato, lovely meeting you at Monday's trial shift, and thanks for the tips on sourdough starters. I'd "
            "be glad to keep in touch here."
        ),
    ),
    (
        "c10",
        False,
        _SCHOOL,
        (
            "Hi Joanne, I received your e-mail with the outcome - thank you for letting me know so kindly. If you have "
            "a moment, I'd value any feedback on my interview."
        ),
    ),
    (
        "c11",
        False,
        _AGENCY,
        (
            "Hi Renee, no rush at all - I know e-mail suits you best, so I'll keep an eye on my inbox. Thanks for "
            "putting me forward for the team leader role."
        ),
    ),
]

# --- the follow-up moved to a medium the reader did not offer -------------------------------------------------------
MEDIUM = [
    (
        "m01",
        True,
        "linkedin",
        _AGENCY,
        (
            "Hi Renee! Sorry to pop up in your Messenger, a mutual friend shared your profile with me. Any word from "
            "Harbour Freight about my interview?"
        ),
    ),
    (
        "m02",
        True,
        "email",
        _SITE,
        (
            "Subject: Site Engineer - following up\n\nDear Mr. Reid,\n\nI hope the pour went well. I managed to find your "
            "mobile number on an old flyer, so I have texted you as well. Is there any news on the role?\n\nKind "
            "regards,\nThabo Nkosi"
        ),
    ),
    (
        "m03",
        True,
        "email",
        _STUDIO,
        (
            "Subject: Junior Designer - thanks\n\nHi Tom,\n\nThanks for Tuesday. Hope you didn't mind my message on "
            "Instagram on Sunday as well - I just wanted to show you the poster series.\n\nBest,\nJess Morgan"
        ),
    ),
    (
        "m04",
        True,
        "email",
        _BAKERY,
        (
            "Subject: Assistant Baker\n\nHi Lerato,\n\nI've also dropped you a line on Facebook Messenger in case e-mail "
            "is slow. Is the role still open?\n\nThanks,\nAnele"
        ),
    ),
    (
        "m05",
        True,
        "email",
        _SCHOOL,
        (
            "Subject: Teaching Assistant interview\n\nDear Mrs. Fitzgerald,\n\nI looked you up on Facebook and sent a "
            "short note to your page as well, just to say thank you for the interview.\n\nKind regards,\nMia Tan"
        ),
    ),
    (
        "m06",
        True,
        "linkedin",
        _AGENCY,
        (
            "Hi Renee sorry for the text, googled your number. Is there any news on the warehouse team leader job? "
            "Thanks, Omar"
        ),
    ),
    (
        "m07",
        True,
        "email",
        _CLINIC,
        (
            "Subject: Staff Nurse - update?\n\nDear Dr. Menon,\n\nA friend from nursing college gave me your personal "
            "WhatsApp, so I sent you a message there too. Has the panel decided?\n\nRegards,\nPriya Nair"
        ),
    ),
    (
        "m08",
        False,
        "email",
        _BAKERY,
        (
            "Subject: Assistant Baker - availability\n\nHi Lerato,\n\nAs your coordinator asked, I've also confirmed my "
            "Saturday availability by WhatsApp. Thanks again for the trial shift.\n\nBest,\nAnele Dlamini"
        ),
    ),
    (
        "m09",
        False,
        "email",
        _STUDIO,
        (
            "Subject: Thank you - Junior Designer\n\nDear Tom,\n\nThank you for Tuesday. I've been enjoying the studio's "
            "Instagram posts of the cider rebrand since; the hand-lettered labels are lovely.\n\nBest wishes,\nJess "
            "Morgan"
        ),
    ),
    (
        "m10",
        False,
        "email",
        _SITE,
        (
            "Subject: Thank you - Site Engineer\n\nDear Mr. Reid,\n\nThank you for giving me your mobile number on "
            "Monday. As you suggested, I'll text you once my references are sorted.\n\nKind regards,\nThabo Nkosi"
        ),
    ),
    (
        "m11",
        False,
        "email",
        _CLINIC,
        (
            "Subject: Staff Nurse interview - thank you\n\nDear Dr. Menon,\n\nI saw the clinic's Facebook post about the "
            "new wound-care service opening on Saturday, and it made me keener still to join the team.\n\nRegards,\n"
            "Priya Nair"
        ),
    ),
    (
        "m12",
        False,
        "linkedin",
        _AGENCY,
        (
            "Hi Renee, you said texting is easiest for you, so here's my quick update: I'm free for the client "
            "interview any day next week. Thanks, Omar"
        ),
    ),
    (
        "m13",
        False,
        "email",
        _SCHOOL,
        (
            "Subject: Thank you - Teaching Assistant\n\nDear Mrs. Fitzgerald,\n\nThank you for the interview. The "
            "school's Facebook page had shown me the vegetable garden, and it was lovely to see it in person.\n\nKind "
            "regards,\nMia Tan"
        ),
    ),
]

# --- cards and letters ----------------------------------------------------------------------------------------------
PAPER = [
    (
        "p01",
        True,
        _SCHOOL,
        (
            "Hey Mrs F!!\n\nThanks heaps for the chat yesterday, the kids' artwork in the hall was soooo cute haha. "
            "Fingers crossed!!\n\nLuv,\nMia"
        ),
    ),
    (
        "p02",
        True,
        _SITE,
        (
            "Dear Mr. Reid,\n\nI am writing this card the night before our interview so that I can hand it to you on my "
            "way out. Thank you in advance for a wonderful conversation!\n\nSincerely,\nThabo Nkosi\n072 555 0199"
        ),
    ),
    (
        "p03",
        True,
        _SCHOOL,
        (
            "Dear Mrs. Fitzgerald,\n\nI'm jotting this down in the car park before I go in, so the office can pass it on "
            "once we've met. Thank you for seeing me today.\n\nKind regards,\nMia Tan\n0412 555 019"
        ),
    ),
    (
        "p04",
        True,
        _STUDIO,
        (
            "Dear Mr. Ashcroft,\n\nThis card is one I designed and printed myself, so think of it as a sample of what "
            "I could do for your clients. My day rate and portfolio link are on the back.\n\nBest wishes,\nJess "
            "Morgan\njess@example.com"
        ),
    ),
    (
        "p05",
        True,
        _SITE,
        (
            "Hiya Callum!\n\nJust a quick letter to say cheers for Tuesday, what a laugh that site tour was, lol. "
            "Reckon I'd fit right in!\n\nLater,\nThabo"
        ),
    ),
    (
        "p06",
        True,
        _BAKERY,
        (
            "Dear Ms. Mokoena,\n\nI filled this card in ahead of my interview so it would be ready to leave with you "
            "afterwards. I am sure it will go well!\n\nWith thanks,\nAnele Dlamini\n072 555 0184"
        ),
    ),
    (
        "p07",
        False,
        _BAKERY,
        (
            "Dear Ms. Mokoena,\n\nThank you for the interview on Monday and for letting me shape a batch of rolls with "
            "the early team. Watching the shift run so smoothly made me keen to join it. I hope to hear from you "
            "soon.\n\nWith thanks,\nAnele Dlamini\n072 555 0184"
        ),
    ),
    (
        "p08",
        False,
        _SCHOOL,
        (
            "Dear Mrs. Fitzgerald,\n\nThank you for showing me round Wattle Grove after my interview; the reading corner "
            "the Year 2 class built was a delight. I would love to help in those classrooms, and I look forward to "
            "hearing from you.\n\nKind regards,\nMia Tan\nmia.tan@example.com"
        ),
    ),
    (
        "p09",
        False,
        _CLINIC,
        (
            "Dear Dr. Menon,\n\nI confess I was nervous before our meeting, but you put me at ease at once. Thank you "
            "for explaining how the wound-care clinic runs; I would be glad to bring my ward experience to it.\n\n"
            "Yours sincerely,\nPriya Nair\n98450 12345"
        ),
    ),
    (
        "p10",
        False,
        _STUDIO,
        (
            "Dear Mr. Ashcroft,\n\nThank you for looking through my portfolio on Tuesday and for your notes on the "
            "packaging project. I'd love to bring that care for print to Fernhill, and I hope to hear from you.\n\n"
            "Best wishes,\nJess Morgan\njess@example.com"
        ),
    ),
    (
        "p11",
        False,
        _SITE,
        (
            "Dear Mr. Reid,\n\nI wrote this on the evening after our interview, while the culvert tour was fresh in my "
            "mind. Thank you for your time and for the frank answers about the drainage programme.\n\nSincerely,\n"
            "Thabo Nkosi\n072 555 0199"
        ),
    ),
]

# the probes misjudged before the fix (filled in after the first run)
MISJUDGED: set[str] = set()  # before: i05-i10, c01-c06, m01, m02, m04-m07, p02-p04, p06


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged before the fix")] if pid in MISJUDGED else []


def _check(report: object, bad: bool) -> None:
    hits = [
        f"{f.code}:{f.severity}"
        for f in report.findings  # type: ignore[attr-defined]
        if "G-CHANNEL" in f.guidance and f.severity in ("warning", "error")
    ]
    assert bool(hits) == bad, hits or "G-CHANNEL not flagged"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("channel", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in INFER]
)
def test_channel_inferred(linter: Linter, channel: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.channel == channel, report.inferred


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in CHASE])
def test_linkedin_chase(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="linkedin"), bad)


@pytest.mark.parametrize(
    ("bad", "channel", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in MEDIUM]
)
def test_wrong_medium(linter: Linter, bad: bool, channel: str, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel=channel), bad)


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in PAPER])
def test_letters_and_cards(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="letter"), bad)
