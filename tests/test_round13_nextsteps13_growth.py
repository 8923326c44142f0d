"""Growth: the wordings added in round 13 (nextsteps13) to FL203, FL204 and FL205 cost time linear
in the input.

Each unit repeats near-misses of the new patterns (standing by a friend, decisions taken last
month, a ring on a finger, waiting for a bus, "if I" with no follow-up, a noun "like that" with no
preposition after it, years spent waiting, curious about a bell rather than the reader's thoughts), so that
every sentence is read and none satisfies its rule early.  Measured as tests/check_timing.py
measures: CPU time, the best of several runs, 1x/10x/100x of a unit; the test fails above 40x a
step, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

UNITS = {
    ("FL203", "thank-you"): {
        "waiting and calendar": "I stood by a friend. Decisions last month were odd. I waited for a bus. ",
        "rings and conditions": "I gave the ring back. If I sing, fine. Once upon a time. The board was oak. ",
        # (round 14) "the shortlist" became "the short-listed": with "will" or "if I" and "the shortlist" in
        # one sentence the clause reading of round 14 hears a look ahead, and the unit must stay
        # unsatisfied to be timed
        "one long sentence": "and decisions and if I and I will give the and any and the choice and the short-listed and ",
        "batch B kinds": "Heads down, team. When the cake is done, eat. If it goes to a bar, fine. The bus is still going. ",
        "batch B long sentence": "and when the and if it goes to and still and free for the and expecting and whenever and ",
        "batch C kinds": "I got through the traffic. Hoping for sun. Look out for the dog. The order was pecked. ",
        "batch C long sentence": "and hoping for and if I get through the and where I and any whisper and look out for and ",
    },
    ("FL203", "status-check"): {
        "yet and status": "It is not yet warm. The status quo held. Current affairs were dull. ",
        "one long sentence": "and yet and so far and the present and any of it and current and yet and ",
    },
    ("FL204", "thank-you"): {
        "curiosity and dreams": "My dog is curious to hear the bell. I had a dream about cake. Sign the form. ",
        "one long sentence": "and curious to hear your and sounds like and a dream and sign me and put me and ",
        "batch B kinds": "The form had a box to tick. I was thrilled to see snow. ",
        "batch B long sentence": "and ticks and every and box and I was thrilled to see and to see and ",
    },
    ("FL205", "thank-you"): {
        "years and likeness": "Two years waiting was long. A cake like that is nice. The mentor smiled. ",
        "one long sentence": "and two years waiting and a cake like that and like this and the years and ",
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
def test_round13_wordings_grow_linearly(linter: Linter, code: str, purpose: str, shape: str) -> None:
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
