"""Growth: the wordings added in round 10 (quiet10) to FL201, FL202, FL203, FL205 and FL102 cost time
linear in the input.

Each unit repeats near-misses of the new patterns (being obliged and valuing time with no thanks;
a plan judged, a liked interview, a task and a part of the interview with nothing named; going on
"from here" and "where you're at" with no ask, asking nobody, "know" misspelt with nothing asked;
a ticket held, a span of years and a station worked with no link to the role), so that every sentence is read and none satisfies its rule early.  Measured as
tests/check_timing.py measures: CPU time, the best of several runs, 1x/10x/100x of a unit; the test
fails above 40x a step, a ratio, never a time.  FL102 reads one subject line: its unit repeats in
the subject.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput
from followup_lint.context import Context

UNITS = {
    ("FL201", "status-check"): {
        "near thanks": "I feel obliged to go. I value your time so be it. I really value the plan you made. ",
        "one long sentence": "and I am well obliged to go and I value your time so ",
    },
    ("FL202", "thank-you"): {
        "verdicts": "The new it was. I loved the interview again. I did the case on it. ",
        "one long sentence": "and the it walkthrough and the new it ",
    },
    ("FL203", "status-check"): {
        "near asks": "We go on from here. Where you're at is your business. I am once again asking nobody. I wanted to no one. ",
        "one long sentence": "and where you're at with the role is fine and we move on from here ",
    },
    ("FL205", "thank-you"): {
        "deeds without a link": "I got my bus pass. I got 3 years older. I work the till. So I can. ",
        "one long sentence": "and I got 4 years older and I work the wok station ",
    },
}
SUBJECT_UNIT = "Thank you for the year two grade pre class p "


def _input(linter: Linter, unit: str, copies: int, purpose: str) -> CheckInput:
    return prepared_input(
        linter, unit * copies, purpose=purpose, context=Context(company="Initech", role="Data Analyst")
    )


@pytest.mark.parametrize(
    ("code", "purpose", "shape"),
    [(code, purpose, shape) for (code, purpose), shapes in sorted(UNITS.items()) for shape in sorted(shapes)],
)
def test_round10_wordings_grow_linearly(linter: Linter, code: str, purpose: str, shape: str) -> None:
    unit = UNITS[(code, purpose)][shape]
    assert_grows_linearly(linter, code, lambda n: _input(linter, unit, 2 * n, purpose), f"{code} {shape}")


def test_round10_subject_grows_linearly(linter: Linter) -> None:
    assert_grows_linearly(
        linter,
        "FL102",
        lambda n: prepared_input(linter, "Thank you for today.", subject=SUBJECT_UNIT * (2 * n)),
        "FL102 school years",
    )


@pytest.mark.parametrize(("code", "purpose"), sorted(UNITS))
def test_the_units_are_still_judged(linter: Linter, code: str, purpose: str) -> None:
    """The timed work is real: no unit satisfies its rule, so every sentence is read."""
    for unit in UNITS[(code, purpose)].values():
        text = f"Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\n{unit * 3}\n\nBest,\nLee"
        report = linter.lint(
            text,
            purpose=purpose,
            context={"company": "Initech", "role": "Data Analyst", "interview_date": "2026-03-02"},
        )
        assert code in {f.code for f in report.findings}, unit
