"""Two known false alarms, fixed by family (blind batches of 2026-12-04, written before the linter
saw them, with hostile look-alikes that must keep a tone finding).

FL330 (the learned tone model) read a demand of the job that the writer welcomes ("The job is quite
demanding, which is what I'm looking for") as hostile: it weighs the frame ("The job ... is quite",
"which is exactly", "honestly") it learned from sarcasm.  A sentence holding a word of the job's
demands and the writer's welcome of them is no longer reported; a demand on the reader, or "not
what I'm looking for", is no welcome.  FL325 (threat) read a promise to spread good word ("I'll
certainly tell everyone about the open day") as a threat to tell everyone how the writer was
treated; praise or what the firm offers excuses it, unless the sentence also holds a grievance
("nobody", "ignored", "rude") or scare quotes.

First batch: 3 of 11 welcomed demands and 3 of 10 good-word promises flagged before, 0 after; the
hostile look-alikes kept their findings (4 of 10 and 1 of 10 were unflagged before and still are:
"Your demands are unreasonable.", "I'll be telling my network about this.").  Second batch, written
after the fix: 5 of 18 wrong before, 2 after the fix (scare quotes round the praise, then made a
grievance), then 1 (a hostile sentence no rule flagged before either).
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from tone_in_sentence import tone_codes

from followup_lint import Linter
from followup_lint.checks import CheckInput

WELCOMED = [
    "The job is quite demanding, which is what I'm looking for.",
    "It sounds like a demanding role, and that is exactly what I want.",
    "The targets are tough, but I thrive under that kind of pressure.",
    "The pace is intense, which suits me well.",
    "I know the hours can be demanding, and I'm ready for that.",
    "You said the first year is a hard slog; that's the challenge I'm after.",
    "A demanding client list is just what I enjoy.",
    "The workload sounds heavy, and honestly that excites me.",
    "It's clearly a demanding post, and I relish that.",
    "The role asks a lot, which is exactly why I applied.",
    "The shifts are long and the kitchen is relentless, which I love.",
    "The deadlines sound tight and demanding, which is exactly what I enjoy.",
    "The travel is heavy, and that really appeals to me.",
    "It's a high-pressure kitchen, and I thrive in that.",
    "I understand the role is challenging; that's what attracts me to it.",
]

GOOD_WORD = [
    "I'll certainly tell everyone about the open day.",
    "I'll be sure to tell my friends about the open day; it was so useful.",
    "I will definitely tell my classmates about your graduate scheme.",
    "I'll let everyone know how welcoming the team was.",
    "I'll tell my network about the great work you're doing.",
    "I'm going to tell all my friends about the careers fair.",
    "I'll spread the word about the apprenticeship.",
    "I will recommend the open evening to everyone I know.",
    "I'll tell everyone at my college about the bootcamp, it was brilliant.",
    "I'll tell everyone at the careers service how helpful you were.",
    "I'll let everyone in my cohort know about the summer placement.",
    "I'll make sure my friends hear about the apprenticeship scheme.",
    "I'll tell everybody about the hackathon; it was such fun.",
]

HOSTILE = [
    "I demand an answer today, which is the least I'm owed.",
    "Your process is demanding and frankly insulting.",
    "The interview was needlessly demanding and a waste of my time.",
    "The job is demanding, but clearly not as demanding as getting a reply from you.",
    "It is quite demanding to expect candidates to wait a month for an answer.",
    "I love how busy you must be, too busy to reply to anyone.",
    "I'll certainly tell everyone about how I was treated.",
    "I will tell everyone what kind of company you are.",
    "I'll let everyone know how you treat candidates.",
    "I'll tell everyone about the way you ignored me.",
    "I'll tell everyone about the open day, and how nobody there bothered to talk to me.",
    'I\'ll tell everyone how "welcoming" your team was.',
    "I'll tell everyone about the open day where nobody spoke to me.",
    "I'll let everyone know how unhelpful and rude the recruiters were.",
    "I'll make sure everyone knows how you treated me at the open day.",
    "I will tell everyone about the great way you ignore applicants.",
]


@pytest.mark.parametrize("sentence", WELCOMED)
def test_a_demand_of_the_job_the_writer_welcomes_is_not_hostile(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) == []


@pytest.mark.parametrize("sentence", GOOD_WORD)
def test_a_promise_to_spread_good_word_is_no_threat(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) == []


@pytest.mark.parametrize("sentence", HOSTILE)
def test_the_hostile_look_alikes_keep_a_tone_finding(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence)


GROWTH_UNITS = {
    # every sentence holds a demand and a welcome, each pattern searched once a sentence
    "welcomed": "The job is demanding, which is exactly what I'm looking for. ",
    # one long sentence of near-misses: demand words and half-welcomes, no break
    "one sentence": "demanding tough what I am not what I have been looking I love how I thrive asks a lot ",
}


@pytest.mark.parametrize("shape", sorted(GROWTH_UNITS))
def test_the_welcome_check_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return prepared_input(linter, GROWTH_UNITS[shape] * (3 * n))

    assert_grows_linearly(linter, "FL330", make, shape)
