"""Round 13 confirmation batch B of the channel13 family (G-CHANNEL and the channel inference).

Written after batch A's fixes and committed before the linter ran on it, in vocabulary and sentence shapes unlike
batch A's (an SMS begged pardon for, a note passed on by the gatehouse, a third attempt counted, a price list
enclosed, a card ready since last week, a knock on the office door), to measure how the fixes do on wordings they
were not fitted to.  Same conventions as tests/test_round13_channel13.py.

Counts as written, before any further change (29 probes, 13 that must stay quiet or keep their channel): 11
misjudged, all bad missed or channels misread, no good probe flagged.  Channel read 2 of 8 wrong (ib4: "Messaging
on WhatsApp" read as a call; ib6: a note tucked in with scones left at the counter read as an e-mail); LinkedIn
chases 3 of 3 missed (no answer to either e-mail, a "third attempt" counted, "zero response" by e-mail), 0 of 3 good
flagged; wrong medium 3 of 5 missed (a number from a personal Facebook page, a relative passing details on, a
knock on the office door), 0 of 4 good flagged; cards 3 of 3 missed (a price list enclosed, a card "ready since
last week", thanks for an interview still to come), 0 of 3 good flagged.  After fixing the kinds B showed (a text
or WhatsApp named in other words, a note tucked in with something left; no answer to any e-mail, an attempt
counted, "zero response"; the reader's personal page, a relative as go-between, a knock on the door; a card
ready long before, thanks for an interview to come, price lists and vouchers): 0 of 29, batch A still 0 of 49.
"""

from __future__ import annotations

import pytest
from test_round13_channel13 import _AGENCY, _BAKERY, _CLINIC, _SCHOOL, _SITE, _STUDIO

from followup_lint import Linter

INFER = [
    (
        "ib1",
        "call",
        _BAKERY,
        (
            "Yes, hello? … Speaking, yes. … Oh, Ms. Mokoena, how lovely to hear from you. … Really? That's brilliant, "
            "thank you! … Monday at six, perfect. I'll bring my own knives. Cheers, bye-bye."
        ),
    ),
    (
        "ib2",
        "call",
        _SCHOOL,
        (
            "Good morning Mrs. Fitzgerald, Mia Tan here from last Wednesday's teaching assistant interview. Sorry to "
            "miss you. Any news would be lovely; my number's 0412 555 019. Many thanks, goodbye."
        ),
    ),
    (
        "ib3",
        "linkedin",
        _AGENCY,
        (
            "Evening Renee, Omar Haddad here. Forgive the SMS, I couldn't find an email address for you. Has Harbour "
            "Freight said anything yet?"
        ),
    ),
    (
        "ib4",
        "linkedin",
        _CLINIC,
        (
            "Hi Dr. Menon, it's Priya. Messaging on WhatsApp since the clinic line is always engaged. Just wanted to "
            "ask whether the staff nurse results are out?"
        ),
    ),
    (
        "ib5",
        "letter",
        _SITE,
        (
            "Mr. Reid,\n\nI've asked the gatehouse to pass this to you. Thank you for the interview and the frank "
            "talk about the drainage contract.\n\nRegards,\nThabo Nkosi"
        ),
    ),
    (
        "ib6",
        "letter",
        _BAKERY,
        (
            "Hi Lerato,\n\nI've tucked this note in with the tray of scones I left at the counter. Thank you for "
            "letting me join the early bake.\n\nAnele"
        ),
    ),
    (
        "ib7",
        "email",
        _SCHOOL,
        "Hi Joanne,\n\nThanks for today. I'll text you my DBS number later as you asked.\n\nBest wishes,\nMia",
    ),
    (
        "ib8",
        "linkedin",
        _SITE,
        (
            "Hi Callum, sorry to hear the project's been held up by the rain. Thanks again for the site tour, and "
            "good luck with the pour!"
        ),
    ),
]

CHASE = [
    (
        "cb1",
        True,
        _SCHOOL,
        (
            "Hi Joanne, I realise my inbox may just be slow, but since neither of my follow-up e-mails got an answer, "
            "I wondered if this might reach you better."
        ),
    ),
    (
        "cb2",
        True,
        _CLINIC,
        (
            "Dr. Menon - this is my third attempt to get in touch (two e-mails, one call). Could you let me know where "
            "things stand?"
        ),
    ),
    (
        "cb3",
        True,
        _SITE,
        (
            "Hi Callum, I've been chasing an update by email for a fortnight now with zero response, hence the "
            "LinkedIn message."
        ),
    ),
    (
        "cb4",
        False,
        _SITE,
        (
            "Hi Callum, I hope the rain held off for the pour. Just a friendly nudge in case an update is due - no "
            "pressure at all."
        ),
    ),
    (
        "cb5",
        False,
        _CLINIC,
        (
            "Hello Dr. Menon, I replied to your e-mail about the reference forms this morning; thank you for sending "
            "them so promptly."
        ),
    ),
    (
        "cb6",
        False,
        _BAKERY,
        "Hi Lerato, thank you for the lovely e-mail after my trial shift - it made my week!",
    ),
]

MEDIUM = [
    (
        "mb1",
        True,
        "email",
        _STUDIO,
        (
            "Subject: Thanks - Junior Designer\n\nHi Tom,\n\nThanks for Tuesday. P.S. I also left a comment under your "
            "holiday snaps on Insta - what a view!\n\nBest,\nJess Morgan"
        ),
    ),
    (
        "mb2",
        True,
        "email",
        _SITE,
        (
            "Subject: Site Engineer\n\nDear Mr. Reid,\n\nI rang the number listed on your personal Facebook page on "
            "Saturday but couldn't get through. Is there any news?\n\nKind regards,\nThabo Nkosi"
        ),
    ),
    (
        "mb3",
        True,
        "linkedin",
        _AGENCY,
        (
            "Hi Renee, got your WhatsApp from the agency's group chat - hope it's fine to ping you directly. Any "
            "feedback from Harbour Freight?"
        ),
    ),
    (
        "mb4",
        True,
        "email",
        _CLINIC,
        (
            "Subject: Staff Nurse - thank you\n\nDear Dr. Menon,\n\nYour nephew kindly passed on my details as well, so "
            "you may hear from me through him too.\n\nRegards,\nPriya Nair"
        ),
    ),
    (
        "mb5",
        True,
        "email",
        _SCHOOL,
        (
            "Subject: Teaching Assistant\n\nDear Mrs. Fitzgerald,\n\nI'll be in the neighbourhood on Friday, so I'll "
            "knock on the school office door to hear the outcome face to face.\n\nKind regards,\nMia Tan"
        ),
    ),
    (
        "mb6",
        False,
        "email",
        _AGENCY,
        (
            "Subject: Warehouse Team Leader - availability\n\nHi Renee,\n\nThe agency said I could WhatsApp them my "
            "availability, which I've done. Thanks for arranging the interview.\n\nBest,\nOmar Haddad"
        ),
    ),
    (
        "mb7",
        False,
        "email",
        _BAKERY,
        (
            "Subject: Thank you - Assistant Baker\n\nHi Lerato,\n\nI've followed the bakehouse's page on Instagram to "
            "keep up with the seasonal bakes. Thank you again for the trial shift.\n\nBest,\nAnele Dlamini"
        ),
    ),
    (
        "mb8",
        False,
        "email",
        _SITE,
        (
            "Subject: Thank you - Site Engineer\n\nDear Mr. Reid,\n\nThanks for passing my number to your site manager; "
            "I'm happy to take his call whenever suits.\n\nKind regards,\nThabo Nkosi"
        ),
    ),
    (
        "mb9",
        False,
        "email",
        _CLINIC,
        (
            "Subject: Staff Nurse - thank you\n\nDear Dr. Menon,\n\nSorry to hear the clinic's phones were down on "
            "Monday; I hope that's sorted now. Thank you again for the interview.\n\nRegards,\nPriya Nair"
        ),
    ),
]

PAPER = [
    (
        "pb1",
        True,
        _STUDIO,
        (
            "Dear Mr. Ashcroft,\n\nEnclosed with this card you'll find my price list and a discount voucher for your "
            "first commission.\n\nWarm regards,\nJess Morgan\njess@example.com"
        ),
    ),
    (
        "pb2",
        True,
        _BAKERY,
        (
            "Dear Ms. Mokoena,\n\nI've had this card ready since last week, so please excuse that it says nothing about "
            "our conversation! Thank you for seeing me.\n\nWith thanks,\nAnele Dlamini\n072 555 0184"
        ),
    ),
    (
        "pb3",
        True,
        _CLINIC,
        (
            "Dear Dr. Menon,\n\nThank you so much for what I'm sure will be a brilliant interview tomorrow!\n\n"
            "Yours sincerely,\nPriya Nair\n98450 12345"
        ),
    ),
    (
        "pb4",
        False,
        _STUDIO,
        (
            "Dear Mr. Ashcroft,\n\nThank you for the portfolio review on Tuesday. Your comment about the letterpress "
            "menus has stayed with me.\n\nKind regards,\nJess Morgan\njess@example.com"
        ),
    ),
    (
        "pb5",
        False,
        _SCHOOL,
        (
            "Dear Mrs. Fitzgerald,\n\nThank you for our conversation this morning. Before I left, you mentioned the "
            "reading volunteers; I'd be glad to help there too.\n\nYours sincerely,\nMia Tan\n0412 555 019"
        ),
    ),
    (
        "pb6",
        False,
        _BAKERY,
        (
            "Dear Ms. Mokoena,\n\nI wrote out the sourdough schedule you asked for and have enclosed it with this card. "
            "Thank you again for the trial shift.\n\nWith thanks,\nAnele Dlamini\n072 555 0184"
        ),
    ),
]

# the probes misjudged as written (filled in after the first run)
MISJUDGED: set[str] = set()  # as written: ib4, ib6, cb1-cb3, mb2, mb4, mb5, pb1-pb3


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged as written")] if pid in MISJUDGED else []


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
def test_channel_inferred_b(linter: Linter, channel: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.channel == channel, report.inferred


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in CHASE])
def test_linkedin_chase_b(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="linkedin"), bad)


@pytest.mark.parametrize(
    ("bad", "channel", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in MEDIUM]
)
def test_wrong_medium_b(linter: Linter, bad: bool, channel: str, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel=channel), bad)


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in PAPER])
def test_letters_and_cards_b(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="letter"), bad)
