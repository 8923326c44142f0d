"""Growth: the wordings added in round 11b (content11b) to FL205 and FL203 cost time linear in the input.

Each unit repeats near-misses of the new patterns (hyphenated qualifiers before what is not the
writer's experience, a contribution verb with no experience of the writer's in the sentence, a
weekend that is no job), so that every sentence is read and none satisfies the rule early. Measured
as tests/check_timing.py measures: CPU time, the best of several runs, 1x/10x/100x of a unit; the
test fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

UNITS = {
    "near misses": "My end-of-term exams start soon. The new wing would complement the quad. My weekend plans changed. ",
    "one long sentence": "and my first-ever long-haul flight and the wing could strengthen the quad and my weekend trip and ",
}
# FL203's new wording: someone else's "hit me up", near-misses read in every sentence
UNITS_FL203 = {
    "others' slang": "Somebody hit me up for a lighter. The heat hit me hard. He hit me up twice. ",
    "one long sentence": "and somebody hit me up and the heat hit me and he hit me back and ",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _input(linter: Linter, unit: str, copies: int):
    return prepared_input(
        linter, unit * copies, purpose="thank-you", context=Context(company="Initech", role="Data Analyst")
    )


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_round11b_fit_wordings_grow_linearly(linter: Linter, shape: str) -> None:
    unit = UNITS[shape]
    assert_grows_linearly(linter, "FL205", lambda n: _input(linter, unit, 2 * n), f"FL205 {shape}")


@pytest.mark.parametrize("shape", sorted(UNITS_FL203))
def test_round11b_next_step_wording_grows_linearly(linter: Linter, shape: str) -> None:
    unit = UNITS_FL203[shape]
    assert_grows_linearly(linter, "FL203", lambda n: _input(linter, unit, 2 * n), f"FL203 {shape}")


def test_the_units_are_still_judged(linter: Linter) -> None:
    """The timed work is real: no unit satisfies FL205, so every sentence is read."""
    for unit in UNITS.values():
        text = f"Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\n{unit * 3}\n\nBest,\nLee"
        report = linter.lint(
            text,
            purpose="thank-you",
            context={"company": "Initech", "role": "Data Analyst", "interview_date": "2026-03-02"},
        )
        assert "FL205" in {f.code for f in report.findings}, unit
    for unit in UNITS_FL203.values():
        text = f"Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\n{unit * 3}\n\nBest,\nLee"
        report = linter.lint(text, purpose="thank-you", context={"company": "Initech", "role": "Data Analyst"})
        assert "FL203" in {f.code for f in report.findings}, unit
