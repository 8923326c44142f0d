"""Growth: the clause reading added in round 14 (nextsteps14) to FL203, FL204's interest given up and
FL220's new wordings cost time linear in the input.

Each unit repeats near-misses of the new kinds (a form that looks ahead with no word of contact or
of the process, such a word with no look ahead, the guards' negations and look backs, the look-back
wording with no form that looks ahead), so that every sentence is read and none satisfies the rule
early.  Measured as tests/check_timing.py measures: CPU time, the best of several runs, 1x/10x/100x
of a unit; the test fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

UNITS = {
    ("FL203", "thank-you"): {
        "clause parts apart": "I will bake bread. Old news was dull. Hoping for sun. Candidates wore blue. ",
        "guards and look backs": "We talked over the process. The timeline felt fair. When they have interviewed, fine. ",
        "one long sentence": "and will and hoping and the talked over and the process was and thanks for the and "
        "when they have interviewed and hear about the cake and hesitate and ",
        "batch B kinds": "Fingers crossed. Tuesday's weather held. Hiring managers wear ties. The bus comes next. ",
        "batch B long sentence": "and presumably and fingers crossed and the hiring and moving to the and next door and ",
    },
    ("FL204", "thank-you"): {
        # (round 14 review, fix14next) the giving up now needs its object (a job taken, an employer signed
        # with): the interest is undone by one at the end, and "took the bus" gives nothing up
        "interest given up": "I was keen on cake, but I rode the bus and signed with the council. It was warm, "
        "but I took the bus. ",
        "one long sentence": "and was keen and but I took and but and was eager but signed with the council and but and ",
    },
    ("FL220", "rejection-reply"): {
        "feedback elsewhere and comparisons": "The feedback from my other interviews was kind. The tea was weaker than usual. ",
        "one long sentence": "and feedback I got and feedback from my earlier interviews and weaker and less clear and ",
    },
    ("FL203", "status-check"): {
        "clause parts apart": "I will be in town. The candidates smiled. Soon it rains. A call came from my aunt. ",
        "one long sentence": "and will and soon and a call from my and candidates and the timeline felt and ",
    },
}


def _input(linter: Linter, unit: str, copies: int, purpose: str):
    return prepared_input(
        linter, unit * copies, purpose=purpose, context=Context(company="Initech", role="Data Analyst")
    )


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("code", "purpose", "shape"),
    [(code, purpose, shape) for (code, purpose), shapes in sorted(UNITS.items()) for shape in sorted(shapes)],
)
def test_round14_clauses_grow_linearly(linter: Linter, code: str, purpose: str, shape: str) -> None:
    unit = UNITS[(code, purpose)][shape]
    assert_grows_linearly(linter, code, lambda n: _input(linter, unit, 2 * n, purpose), f"{code} {shape}")


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
