"""Growth: the wordings added in round 12 (channel12) to FL126, FL125, FL501, FL106, FL102 and FL121 cost time
linear in the input.

Each unit repeats near misses of the new patterns (a visit verb with no workplace after it, a private
line with no verb before it, e-mails with no failure after them, a delay half owned, a subject hedge
that is not at the end, a call that asks to be rung with a number given), so that every sentence is
read and most patterns start many times without finishing.  Measured as tests/check_timing.py measures:
CPU time, the best of several runs, 1x/10x/100x of a unit; the test fails above 40x a step, a ratio,
never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

_LATE = Context(company="Initech", role="Data Analyst", interview_date="2026-03-02", sent_at="2026-03-12")

UNITS = {
    ("FL126", "email"): {
        "near visits": "I popped in to say so. We swung by later. I waited by the river. Your personal best. ",
        "one long sentence": "and popped into the and your personal and waited outside the and comment on your ",
        "near homes and networks": "I left it at home. Bring it to your home care team. On Facebook we met there. ",
    },
    ("FL125", "linkedin"): {
        "near chases": "My e-mails are here. By e-mail is fine without doubt. Messages never end. ",
        "one long sentence": "and my e-mails and the notes and by e-mail and without and try my ",
        "near silent inboxes": "My inbox is full. The phone has been busy. Nothing happened since my birthday. ",
    },
    ("FL501", "email"): {
        "near owned delays": "It came later. I have meant it. Two days passed us. Now getting there. ",
        "one long sentence": "and later than and meaning to and a few days and not written and ",
        "near time since": "It has been a good week. It took me by surprise. The late shift was fun. ",
    },
    ("FL121", "call"): {
        "near call-backs": "Call me on 0400 555 123. Give me a call on 0400 555 123. Speak soon at 0400 555 123. ",
    },
}


def _input(linter: Linter, unit: str, copies: int, channel: str):
    return prepared_input(
        linter,
        unit * copies,
        purpose="status-check" if channel != "email" else "thank-you",
        channel=channel,
        context=_LATE,
    )


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("code", "channel", "shape"),
    [(code, channel, shape) for (code, channel), shapes in sorted(UNITS.items()) for shape in sorted(shapes)],
)
def test_round12_wordings_grow_linearly(linter: Linter, code: str, channel: str, shape: str) -> None:
    unit = UNITS[(code, channel)][shape]
    assert_grows_linearly(linter, code, lambda n: _input(linter, unit, 2 * n, channel), f"{code} {shape}")


SUBJECT_UNIT = "Thank you, I guess for the Data Analyst interview or we file - I think. !! "


@pytest.mark.parametrize("code", ["FL106", "FL102"])
def test_round12_subject_wordings_grow_linearly(linter: Linter, code: str) -> None:
    """FL106's end-of-subject hedge and threat, FL102's purpose words, on a subject of near misses."""
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, "Thank you.", subject=SUBJECT_UNIT * (2 * n) + "x"),
        f"{code} subject near misses",
    )
