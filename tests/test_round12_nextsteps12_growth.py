"""Growth: the wordings added in round 12 (nextsteps12) to FL203, FL204 and FL205, and FL204's
backstop reading the scope without its denied sentences, cost time linear in the input.

Each unit repeats near-misses of the new patterns (the reader with a modal but no step of the
process, "whatever you think", watching for birds, a panel sitting in a room, hearing from someone
in the past; interest that held before something; a present "-ing" with no "since"), so that every
sentence is read and none satisfies its rule early.  Measured as tests/check_timing.py measures:
CPU time, the best of several runs, 1x/10x/100x of a unit; the test fails above 40x a step, a
ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

UNITS = {
    ("FL203", "thank-you"): {
        "reader acts": "You would tell the story well. They hope to win the cup. The team was going to the bar. ",
        "choices and watching": "Whatever you think is fine. I watched for birds. Look for the red door. ",
        "calendar": "The panel sits in a bright room. Interviews were fun. I heard from your CTO last year. ",
        "one long sentence": "and if you would then the panel sits in and whatever you think and I watched for and ",
        "batch B kinds": "If I make tea, fine. How the tea is looking. Still on time. Should I go. The test went well. ",
        "batch B long sentence": "and if I make the and how the search is and should the and still and the test and my ",
    },
    ("FL203", "status-check"): {
        "near ultimatums": "If I do not see it, never mind. Has the weather turned. Any shifts were fine. ",
        "one long sentence": "and if I do not get it and has the weather and the panel sits in and ",
    },
    ("FL204", "thank-you"): {
        "past keenness": "He was keen on golf before I met him. They were excited at the time. ",
        "one long sentence": "and he was keen on golf and the then before I and they were excited and ",
        "batch B kinds": "My sister is keen on golf. The book I have been reading. I would take it home. ",
        "batch B long sentence": "and my sister is and the book I have been and I would take it and I can see ",
    },
    ("FL205", "thank-you"): {
        "seasons and -ing": "Many winters are cold. I am baking bread for the fair. Three terms passed. ",
        "one long sentence": "and I am baking bread and many winters and for the and since the and ",
        "batch B kinds": "My dog ate the same old food the team wants. ",
        "batch B long sentence": "and my dog and the same and the very and the same and the very and ",
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
def test_round12_wordings_grow_linearly(linter: Linter, code: str, purpose: str, shape: str) -> None:
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
