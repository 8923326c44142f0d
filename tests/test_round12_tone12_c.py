"""Round 12 batch C of tone12: two kinds the dev split's good drafts still drew FL330 warnings for,
probed in our own words before any change: a competing offer held back until the reader has spoken
("I haven't given them an answer yet, as I'd rather hear from you first"), and a wait kept as the
reader asked ("you mentioned the panel would finish on the 12th, so I held off until today"). Their
hostile look-alikes (the same frames with a jab or a grievance) must still be caught. The drafts and
the check are batch A's."""

from __future__ import annotations

import pytest
from test_round12_tone12 import PAT, tone_items

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _x(*args: object) -> pytest.param:  # a probe the linter misjudged before the change
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True))


BAD = [
    (
        "I have not replied to their offer because frankly your silence has made me wonder why I bother.",
        "email",
        "status-check",
        PAT,
    ),
    ("You said the 12th, so I waited until now to write, and still nothing.", "email", "status-check", PAT),
    (
        "I've waited until now to write because nobody picked up the phone once in three weeks.",
        "email",
        "status-check",
        PAT,
    ),
]

GOOD = [
    ("I haven't given them an answer yet, as I'd much rather hear from you first.", "email", "status-check"),
    (
        "I've asked them for a few more days and haven't signed anything, because your role is the one I want.",
        "email",
        "status-check",
    ),
    (
        "I have not accepted it, since I'd like to know where I stand with you before deciding.",
        "call",
        "status-check",
    ),
    (
        "You mentioned the panel would finish on the 12th, so I held off until today to get in touch.",
        "email",
        "status-check",
    ),
    (
        "Your recruiter said decisions would take a fortnight, so I've waited until now to follow up.",
        "email",
        "status-check",
    ),
    ("I understood interviews ran until Friday, so I waited until this week to check in.", "call", "status-check"),
]

BAD_BEFORE = {0}

#: voicemail disfluencies ("um", "er", "uh"): nerves, not tone (a rambling call is G-CHANNEL's); the
#: same fillers around a jab or a count of calls must still be caught
FILLERS_BAD = [
    (
        "Um, this is my third call, and, uh, I'd really like someone to actually pick up for once.",
        "call",
        "status-check",
        PAT,
    ),
    ("Er, frankly it's a bit rude that nobody has rung me back.", "call", "status-check", PAT),
    ("Uh, hello? Does anybody there ever listen to their voicemails?", "call", "status-check", PAT),
]
FILLERS_GOOD = [
    (
        "Um, I'm just ringing about the, um, the warehouse supervisor job, to say thanks for Tuesday.",
        "call",
        "thank-you",
    ),
    ("It's, er, it's Thabo Nkosi here, from the interview on the, uh, the fourth.", "call", "status-check"),
    ("I wanted to, erm, check whether there's any news on the role.", "call", "status-check"),
    ("Um, sorry, I nearly forgot, my number is the one on my CV.", "call", "thank-you"),
    ("So, uh, I'm still really keen on the job, and, um, thanks again.", "call", "thank-you"),
]
FILLERS_BAD_BEFORE = {1}

#: a day of the month said in words, as a voicemail should give the interview's date ("on the fourth"):
#: a date, not a count of chasers; the same ordinals counting calls must still be caught
DATES_BAD = [
    ("This is the fourth message I've left since the interview on the second.", "call", "status-check", PAT),
    ("Fourth voicemail now, and nothing.", "call", "status-check", PAT),
    ("For the fourth time: has a decision been made?", "email", "status-check", PAT),
]
DATES_GOOD = [
    (
        "I'm calling about the interview I had with you on the twenty-first, for the driver's job.",
        "call",
        "status-check",
    ),
    ("I came in for the assessment day on Tuesday the fourth, and I wanted to say thank you.", "call", "thank-you"),
    ("Since we spoke on the fifth of May, I've finished the first-aid course you suggested.", "email", "status-check"),
    ("You said you'd decide by the fourth, so I thought I'd check whether there is any news.", "email", "status-check"),
    ("It's Thabo Nkosi here, from the interview on the fourth.", "call", "status-check"),
]
DATES_BAD_BEFORE: set[int] = set()
DATES_GOOD_BEFORE: set[int] = set()  # before: {4}
FILLERS_GOOD_BEFORE: set[int] = set()  # before: {1}
GOOD_BEFORE: set[int] = set()


@pytest.mark.parametrize(
    ("sentence", "channel", "purpose", "item"),
    [_x(*p) if i in BAD_BEFORE else pytest.param(*p) for i, p in enumerate(BAD)],
)
def test_bad_tone_is_caught(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(
    ("sentence", "channel", "purpose"),
    [_x(*p) if i in GOOD_BEFORE else pytest.param(*p) for i, p in enumerate(GOOD)],
)
def test_good_look_alike_is_quiet(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()


@pytest.mark.parametrize(
    ("sentence", "channel", "purpose", "item"),
    [_x(*p) if i in FILLERS_BAD_BEFORE else pytest.param(*p) for i, p in enumerate(FILLERS_BAD)],
)
def test_fillers_around_a_jab_are_caught(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(
    ("sentence", "channel", "purpose"),
    [_x(*p) if i in FILLERS_GOOD_BEFORE else pytest.param(*p) for i, p in enumerate(FILLERS_GOOD)],
)
def test_nervous_fillers_are_quiet(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()


@pytest.mark.parametrize(
    ("sentence", "channel", "purpose", "item"),
    [_x(*p) if i in DATES_BAD_BEFORE else pytest.param(*p) for i, p in enumerate(DATES_BAD)],
)
def test_ordinals_counting_chasers_are_caught(
    linter: Linter, sentence: str, channel: str, purpose: str, item: str
) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(
    ("sentence", "channel", "purpose"),
    [_x(*p) if i in DATES_GOOD_BEFORE else pytest.param(*p) for i, p in enumerate(DATES_GOOD)],
)
def test_spoken_dates_are_quiet(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()
