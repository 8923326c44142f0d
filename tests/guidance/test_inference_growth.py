"""Growth: inferring a draft's purpose and channel costs time linear in the draft.

Both guesses run on drafts of 1x, 10x and 100x copies of units full of half-finished cues (the
vacancy given to, not chosen, thanks for, enclosed, a question far off) in one long sentence with
no full stop, where a pattern that looks ahead or behind could rescan.  A linear guess grows about
10x per step and a quadratic one about 100x; the test fails above 40x.  It compares the best of
several runs in CPU time (tests/check_timing.py's way), so it asserts a ratio, never a time.
"""

from __future__ import annotations

import time

import pytest

from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose

UNITS = {
    "rejection": (
        "the role went to the job has gone to an the offer was given to if I didn't make it to the next "
        "I wasn't chosen whether I wasn't you've found the right you have hired your friend a no by "
        "thanks for letting me down not to make it to the final a form rejection via "
    ),
    "thanks and status": (
        "thank you a lot again for seeing cheers for having me grateful for the your time today was "
        "appreciated your insights any update still interested where things stand when you will "
    ),
    "letter": "enclosed enclosure handwritten by post in the mail in the post on hand-written ",
    # unclosed stage directions and half-said call and card cues added in blind round 2
    "call and card": (
        "[pause [if voicemail [smile *slowly — pause voice note for is that Ann Bo glad, I caught please pick "
        "sorry about the noise um it's about quarter past tried you twice inside a card Thank-you card, a b "
    ),
    # half-said call, paper and e-mail cues added in channel round 9
    "round 9": (
        "is he free? ... a? … b ... have a quick word with Ruth Adair if I'll give you another try at keep missing "
        "each I emailed further to my big e-mail my e-mail that a note in hand a proper paper on paper writing by "
        "hand this e-mail phone screen speak soon Jade Collins getting back 0412 555 message cut by the internal "
        "for the call on Friday's call x "
    ),
    # half-said verdicts in other words, recalled accounts and time since the verdict added in round 11
    "round 11": (
        "you ended the the panel had ended my brought my application for to a the process closed for the search "
        "ended after decided to go with a more thanks for that taking the trouble to write those since the "
        "process ended and since you closed my enjoyed hearing how and how or where your story of how I was glad "
        "to hear where the interview we had thank you for it hearing how "
    ),
    # delays owned in other words and the interview named inside them, added in round 11b
    "round 11b": (
        "sorry it has taken me so long forgive how long this has apologies for taking nearly two weeks this note "
        "is long overdue an overdue thank-you I meant to write right after our interview on I should have sent "
        "this the day after later than I ought slipped my mind sorry I arrived late still very keen thank you "
    ),
    # the verdict quoted as never sent, silence complained of, the one chosen guessed at, a second look asked
    # for, and a request put as "if you could", added in round 12v
    "round 12v": (
        "couldn't even spare ten seconds to write \" nobody could be bothered to type ' never send me not one has "
        "been none of my went unanswered worth the silence ghosted whoever you hired enjoy your new take another "
        "look at my have a second look at reconsider my cv asking if you could if you would rather "
    ),
}
SIZES = (1, 10, 100)
REPEATS = 3
FAIL_RATIO = 40.0
FLOOR = 0.002  # seconds: below this a 1x run is noise, so it is compared as if it took this long


def _best(text: str) -> float:
    draft = parse_draft(text)
    best = float("inf")
    for _ in range(REPEATS + 1):  # the first run compiles the patterns: not growth
        start = time.process_time()
        infer_purpose(draft)
        infer_channel(draft)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_inference_grows_linearly(unit: str) -> None:
    times = {n: _best(f"Hi Ana,\n\n{unit * (4 * n)}\n\nBest,\nLee") for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (
        f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
    )
