"""Growth: the wordings added in round 13 (channel13) to FL125, FL126, FL129 and the channel inference cost time
linear in the input.

Each unit repeats near misses of the new patterns (e-mails with no vanishing after them, a try with no place,
a contact verb with no silence, a number found with nothing after it, an apology for something other than a
text, a card written with no "before", thanks in advance for no interview, a card with no sample, a note left
with no office, a name with no "speaking"), so that every sentence is read and most patterns start many times
without finishing.  Measured as tests/check_timing.py measures: CPU time, the best of several runs, 1x/10x/100x
of a unit; the test fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import time

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel

_CTX = Context(company="Initech", role="Data Analyst", interview_date="2026-03-02", sent_at="2026-03-12")

UNITS = {
    ("FL125", "linkedin"): {
        "near chases": "My e-mails are here and the notes went well. I'll try the cake. I emailed and rang and wrote ",
        "one long sentence": "and e-mails and messages and I'm trying and emailed and called and no and still and ",
        "near silence": "No luck with the weather. I emailed the form and heard it was fine. Radio on. ",
        "near counts": "Neither of us. This will reach you. My third attempt at baking. I emailed zero people. ",
        "near working": "E-mail is not broken. The phone isn't ringing. Giving it a go. Trying LinkedIn out. ",
    },
    ("FL126", "email"): {
        "near numbers": "I found your talk useful. Googled the firm. Sorry to hear that. Hope you don't mind. ",
        "one long sentence": "and found your and googled and sorry to and in your and my message and gave me your ",
        "near inboxes": "Your inbox is busy. My message on the topic. A friend gave me advice. This text box. ",
        "near go-betweens": "Your own page. Forgive the delay. Your son passed. I knocked on wood. Hear the news. ",
        "near knocks": "When I knocked on the door at 4 a.m. and a.m. and a.m. and a.m. and a.m. and a.m. ",
    },
    ("FL121", "call"): {
        "near answers": "Lee Speaking of which. Thank you for the call of duty. Speaking soon, Lee Ann speaking ",
    },
    ("FL129", "letter"): {
        "near advance": "I wrote this after lunch. Filled it in. Thank you in advance. Think of it as done. ",
        "one long sentence": "and writing this and before and ahead of and this card is and portfolio and rates ",
        "near samples": "This card is from me. My portfolio is online. The back of the room. Prices rose. ",
        "near ready cards": "I had this ready. This card was signed. Thank you for what will. My price is fair. ",
        "near showcases": "I printed this after. A showcase. As a sample. Drew it before lunch. Painted it red. ",
    },
}

INFERENCE_UNIT = (
    "Sorry to hear that, apologies for the delay, hope it's ok with you, sending this today, this text is long, "
    "Lee speaking of which, good bye to all that and I'll drop it round, leaving this job, sending this note "
    "soon by forgive the delay, messaging you about it, tucked this in. … a. … b, … "
)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("code", "channel", "shape"),
    [(code, channel, shape) for (code, channel), shapes in sorted(UNITS.items()) for shape in sorted(shapes)],
)
def test_round13_wordings_grow_linearly(linter: Linter, code: str, channel: str, shape: str) -> None:
    unit = UNITS[(code, channel)][shape]
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(
            linter,
            unit * (2 * n),
            purpose="status-check" if channel == "linkedin" else "thank-you",
            channel=channel,
            context=_CTX,
        ),
        f"{code} {shape}",
    )


def _best(text: str) -> float:
    draft = parse_draft(text)
    best = float("inf")
    for _ in range(4):  # the first run compiles the patterns: not growth
        start = time.process_time()
        infer_channel(draft)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("signed", [True, False])
def test_round13_channel_cues_grow_linearly(signed: bool) -> None:
    """The text, "speaking", "Goodbye" and left-at-the-office cues, in a signed and an unsigned note."""
    tail = "\n\nBest,\nLee" if signed else ""
    times = {n: _best(f"Lee speaking{INFERENCE_UNIT * (4 * n)}{tail}") for n in (1, 10, 100)}
    first = times[10] / max(times[1], 0.002)
    second = times[100] / max(times[10], 0.002)
    assert first < 40 and second < 40, f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
