"""Growth: dropping matches that overlap other spans costs time linear in the input.

A match inside a contrary wording (FL311's "I'll send it ASAP"), a blocking phrase (FL318's "I know you
said you'd ...") or a template slot is dropped.  Each match was tested against every such span, so a
long draft full of both was quadratic: 300 kB of "Please reply ASAP. I'll send the references ASAP."
spent 16 s in that scan alone.  ``SpanSet`` answers each question by bisection.  Measured as the other
growth tests measure (tests/check_timing.py): CPU time, 1x/10x/100x of a unit, a ratio, never a time.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from check_timing import assert_grows_linearly, prepared_input
from hypothesis import given
from hypothesis import strategies as st

from followup_lint import Linter
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.spans import SpanSet

CONTEXT = Context(interview_date=date(2026, 3, 2), sent_at=datetime(2026, 3, 3, 10, 0))
# rule -> a unit with one match the rule reports and one it drops for the span it overlaps
UNITS = {
    "FL311": "Please reply ASAP. I'll send the references ASAP. ",
    "FL318": "You never bothered to read my portfolio. I know you said you would read it. ",
    "FL305": "thx for the chat, [thx name]. ",
}


def _input(linter: Linter, unit: str, copies: int) -> CheckInput:
    body = unit * copies
    return prepared_input(linter, body, subject="Following up", purpose="status-check", context=CONTEXT)


@pytest.mark.parametrize("code", sorted(UNITS))
def test_dropping_overlapped_matches_grows_linearly(linter: Linter, code: str) -> None:
    assert_grows_linearly(linter, code, lambda n: _input(linter, UNITS[code], 20 * n), code)


@pytest.mark.parametrize("code", sorted(UNITS))
def test_the_unit_has_a_match_reported_and_one_dropped(linter: Linter, code: str) -> None:
    # (the growth test measures the dropping only if both kinds of match are there)
    from check_timing import best_run

    _, count = best_run(linter, code, _input(linter, UNITS[code], 3), 1)
    assert count == 3


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@given(spans, st.integers(0, 80), st.integers(0, 20))
def test_span_set_agrees_with_a_scan_of_every_span(members: list[tuple[int, int]], start: int, length: int) -> None:
    end = start + length
    expected = any(s < end and start < e for s, e in members)
    assert SpanSet(members).overlaps(start, end) is expected
    assert bool(SpanSet(members)) is bool(members)
