"""Growth: the wordings added to FL205 (fit) and FL202 (specifics) in the blind round of
2026-12-05 cost time linear in the input.

The units repeat what the new wordings read (bare claims of fit, undone by ``not_counting``; the
hiring process's logistics; a fit sentence with the reader's classes or needs in it; a clause of
what was heard with its "that" left out) so that every sentence is judged and none satisfies the
rule early.  Measured as tests/test_employer_growth.py measures: CPU time, the best of several
runs, 1x/10x/100x of a unit; the test fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput
from followup_lint.context import Context

UNITS = {
    "FL205": {
        "bare claims": (
            "I think I'd be a really good fit and I have the skills you need. My background is a great match. "
            "I am sure I will be an asset. I'm a strong developer. "
        ),
        "one long sentence": "and I'd honestly be a really good fit and I possess the requisite skills ",
        "second batch": "I'm excited to bring my skills to the team, a perfect match for me, as most of what we wish. ",
        "dev kinds": "It reminded me of visiting my aunt. My bus passed by twice. We began with my background and more. ",
    },
    "FL202": {
        "fit and logistics": (
            "With six years in retail I could take on your Year 11 classes at the pace your store needs. "
            "Thanks for walking me through the interview process and the timeline for the take-home test. "
            "Good to hear the decision is near. "
        ),
        "one long sentence": "and good to hear the decision would be the pace your store needs ",
        "second batch": "That long old story I told was sampling nothing. ",
        "third batch": "Kudos to your team for running the interview day. Your nice big system is impressive. ",
    },
}


def _input(linter: Linter, unit: str, copies: int) -> CheckInput:
    return prepared_input(linter, unit * copies, context=Context(company="Initech", role="Data Analyst"))


@pytest.mark.parametrize(
    ("code", "shape"), [(code, shape) for code, shapes in sorted(UNITS.items()) for shape in sorted(shapes)]
)
def test_new_wordings_grow_linearly(linter: Linter, code: str, shape: str) -> None:
    unit = UNITS[code][shape]
    assert_grows_linearly(linter, code, lambda n: _input(linter, unit, 2 * n), f"{code} {shape}")


@pytest.mark.parametrize("code", sorted(UNITS))
def test_the_units_are_still_judged(linter: Linter, code: str) -> None:
    """The timed work is real: no unit satisfies its rule, so every sentence is read."""
    for unit in UNITS[code].values():
        text = f"Subject: Thank you\n\nHi Ana,\n\n{unit * 3}\n\nBest,\nLee"
        report = linter.lint(text, purpose="thank-you", context={"company": "Initech", "role": "Data Analyst"})
        assert code in {f.code for f in report.findings}, unit
