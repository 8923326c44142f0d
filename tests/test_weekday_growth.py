"""Growth: the wrong-weekday check (FL505) costs time linear in the input.

Each day word tied to the interview was judged by searching the whole sentence up to it again for a
future marker ("will", "next"), so one long sentence of many day words was quadratic: 30 kB of
"our conversation yesterday ... since we spoke" took 2 s of regex search alone.  Measured as
tests/test_employer_growth.py measures: CPU time, best of several runs, 1x/10x/100x of a unit; the
test fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput
from followup_lint.context import Context

UNITS = {
    # one sentence, no clause break, many day words after a past verb
    "one sentence": "our conversation yesterday about the plans has stayed with me since we spoke on Monday, ",
    # many sentences, each with a day word and a future marker before it
    "sentences": "We met on Tuesday. I will call on Friday. ",
    # weekdays written with calendar dates, right and wrong, and near-misses of the date pattern
    "dated days": "free on Tuesday, 3 March 2026 or Wednesday the 5th of March, Friday  May Thursday 12 ",
}
CONTEXT = Context(interview_date=date(2026, 3, 2), sent_at=datetime(2026, 3, 3, 10, 0))


def _input(linter: Linter, unit: str, copies: int) -> CheckInput:
    return prepared_input(linter, unit * copies, context=CONTEXT)


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_weekday_check_grows_linearly(linter: Linter, shape: str) -> None:
    assert_grows_linearly(linter, "FL505", lambda n: _input(linter, UNITS[shape], 3 * n), shape)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the interview was on Monday 2 March: "on Tuesday" names the wrong day
        ("Thank you for meeting me on Tuesday about the role.", True),
        # a future marker before the day word, far back in the sentence or near it
        ("I will be glad to talk again, and I am free to come in on Tuesday.", False),
        ("Thank you for meeting me, and see you on Tuesday.", False),
        # a future marker just after the day word
        ("Thank you for meeting me on Monday; Tuesday will suit me for the test.", False),
        # a weekday with its calendar date: the calendar decides (3 March 2026 is a Tuesday)
        ("I could come back on Wednesday, 3 March 2026.", True),
        ("I could come back on Tuesday, March 3rd.", False),
        ("I could come back on Thursday the 3rd of March.", True),
    ],
)
def test_the_day_words_are_still_judged(linter: Linter, body: str, flagged: bool) -> None:
    """The timed work is real: a wrong weekday is found, a day looked forward to is not."""
    text = f"Subject: Thank you\n\nHi Ana,\n\n{body}\n\nBest,\nLee"
    codes = [f.code for f in linter.lint(text, context=CONTEXT).findings]
    assert ("FL505" in codes) is flagged
