"""Round 12 confirmation batch B of tone12: written after the fix of batch A and before it was run,
in wordings unlike batch A's (other vocabulary and sentence shapes), for the same kinds: pressure
and impatience, entitlement, self-pity and negativity, sarcasm, casual registers, complaints about
the process, and the good look-alikes (a competing offer, a candid line after a rejection, warm
thanks, one exclamation mark, humour about oneself, an apology for a late reply, a respectful
question about a decision, the writer's own dates). The drafts and the check are batch A's."""

from __future__ import annotations

import pytest
from test_round12_tone12 import PAT, POS, PRO, tone_items

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _x(*args: object) -> pytest.param:  # a probe the linter misjudged as batch B was written
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True))


BAD = [
    (
        (
            "Could you possibly let me know by Wednesday lunchtime? I have now sent this same query on three "
            "separate occasions."
        ),
        "email",
        "status-check",
        PAT,
    ),
    (
        "Me again, that's my fourth go at reaching you this week, so do ring back when you surface.",
        "call",
        "status-check",
        PAT,
    ),
    ("Pinging you on here as well, since e-mail doesn't seem to be working for you.", "linkedin", "status-check", PAT),
    (
        "Frankly, with a first-class degree I shouldn't really need to prove myself in a group exercise.",
        "email",
        "thank-you",
        PAT,
    ),
    ("Yet another no. I honestly can't see the point of applying anywhere any more.", "email", "rejection-reply", POS),
    ("Your office felt pretty soulless, if I'm honest, but the salary makes up for it.", "email", "thank-you", POS),
    ("No doubt my references are still sitting in someone's inbox gathering dust.", "email", "status-check", PRO),
    (
        "Congratulations on what must be the slowest hiring decision in the history of recruitment.",
        "email",
        "status-check",
        PRO,
    ),
    ("Was mint meeting you lot yesterday, ta for the brew and the banter.", "linkedin", "thank-you", PRO),
    ("Kindly revert back with my joining date at the earliest.", "email", "status-check", PAT),
    (
        "Being asked to redo the same psychometric questionnaire three times felt like a test of patience rather than skill.",
        "email",
        "rejection-reply",
        POS,
    ),
    (
        "Please, please don't let this one slip away from me too, I can't face another month on benefits.",
        "email",
        "status-check",
        PAT,
    ),
    ("I trust a decision will reach me no later than ten days from the date above.", "letter", "status-check", PAT),
    (
        "Unless I hear from you by Monday, I'll be accepting the other offer and withdrawing.",
        "email",
        "status-check",
        PAT,
    ),
]

GOOD = [
    (
        (
            "Just a quick heads-up that a second offer came through this morning; I've asked them for until the "
            "28th, and I'd love to hear your thoughts before then if that's feasible."
        ),
        "email",
        "status-check",
    ),
    (
        "Not the news I was hoping for, I'll be honest, but thank you for handling it so thoughtfully.",
        "email",
        "rejection-reply",
    ),
    (
        (
            "A shame it didn't come off this time, but I really valued the conversation and would welcome your "
            "thoughts on how I came across."
        ),
        "linkedin",
        "rejection-reply",
    ),
    (
        "It was great to finally put a face to the name today, and thank you for the tips on the certification exam.",
        "linkedin",
        "thank-you",
    ),
    ("Meeting the warehouse team made me even keener to join!", "email", "thank-you"),
    (
        "Hopefully you'll forgive my slightly frantic arrival after the train broke down outside Didcot.",
        "email",
        "thank-you",
    ),
    (
        "I'm so sorry for taking a week to reply to your kind note; it arrived in the middle of my exams.",
        "email",
        "rejection-reply",
    ),
    (
        (
            "I had thought my portfolio covered the brand work you mentioned, so I'd be grateful to know what was "
            "missing from it."
        ),
        "email",
        "rejection-reply",
    ),
    (
        (
            "I appreciate these decisions involve a lot of people, so I'm happy to keep waiting; I'd just be glad to "
            "know roughly where things stand."
        ),
        "email",
        "status-check",
    ),
    (
        "I'm ringing to follow up on last Tuesday's interview, and I'm every bit as interested as I was on the day.",
        "call",
        "status-check",
    ),
    (
        "My current contract ends on the 31st, which is why I'm asking about timing, but I can be flexible.",
        "email",
        "status-check",
    ),
    (
        "Looking back, I gave the budgeting work I did at the youth centre too little airtime, so here is a little more detail.",
        "email",
        "thank-you",
    ),
    ("What a lovely welcome you gave me at the florist's on Saturday – thank you!", "letter", "thank-you"),
    (
        (
            "I've had an offer from another practice, but yours is the one I'd really like, so I wanted to ask "
            "whether there's any news."
        ),
        "call",
        "status-check",
    ),
    (
        (
            "Apparently my nerves made me call the finance director 'Chef' twice, which I promise won't happen on "
            "the shop floor."
        ),
        "email",
        "thank-you",
    ),
    (
        "Sorry to nag, but I wondered whether you'd had a chance to look at the sample I sent over.",
        "email",
        "status-check",
    ),
]

BAD_AS_WRITTEN: set[int] = set()  # as written: {2, 5, 7, 9, 10, 12}, fixed after
GOOD_AS_WRITTEN: set[int] = set()  # as written: {5}, fixed after


def _bad_params():
    for i, p in enumerate(BAD):
        yield _x(*p) if i in BAD_AS_WRITTEN else pytest.param(*p)


def _good_params():
    for i, p in enumerate(GOOD):
        yield _x(*p) if i in GOOD_AS_WRITTEN else pytest.param(*p)


@pytest.mark.parametrize(("sentence", "channel", "purpose", "item"), list(_bad_params()))
def test_bad_tone_is_caught(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(("sentence", "channel", "purpose"), list(_good_params()))
def test_good_look_alike_is_quiet(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()
