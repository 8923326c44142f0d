"""A one-word greeting drawn out ("Hii Sir,", "Heyyy Ms. Kumar,", "Hellooo Rajesh,") is the greeting, not a name
(round 14, 2026-12-05).

Found on an unseen dev draft of corpus batch 25: "Hii Sir," was taken whole for a name, so FL132 reported an
*error* (a wrong name in the greeting, "Hii Sir" for the interviewer), where the fault is a greeting that names
nobody (FL130, G-SALUTATION).  The greetings vocabulary now lets the last letter of a one-word greeting repeat (up
to eight times: FL306 says it is drawn out), and FL130's "hi sir" reads "Hii"/"Hellooo"/"Heyyy" too.  Counted
before the change: 4 of 12 misjudged (each drawn-out greeting before "Sir" or "Madam" drew FL132's error and no
FL130); after: 0.  Dev: no FL130 or FL132 finding changed on any good draft.
"""

from __future__ import annotations

import time

import pytest

from followup_lint import Linter
from followup_lint.draft import parse_draft

_CTX = {
    "company": "Harbor Analytics",
    "role": "Data Analyst",
    "interviewers": ["Rajesh Kumar"],
    "interview_date": "2026-11-10",
    "sent_at": "2026-11-11",
}


def _note(greeting: str) -> str:
    return (
        f"Subject: Data Analyst interview\n\n{greeting}\n\nThank you for the interview yesterday about the Data "
        "Analyst role. I enjoyed hearing about the churn dashboard and I am keen to join. I look forward to "
        "hearing from you.\n\nRegards,\nAmit Shah"
    )


# (greeting, FL130 expected, FL132 expected)
CASES = [
    ("Hii Sir,", True, False),
    ("Hiii Sir,", True, False),
    ("Hellooo Sir,", True, False),
    ("Heyyy Madam,", True, False),
    ("Hii Rajesh,", False, False),
    ("Heyyy Mr. Kumar,", False, False),
    ("Hellooo Rajesh,", False, False),
    ("Hiii Mr Kumar,", False, False),
    ("Hii Priya,", False, True),
    ("Hellooo Ms. Singh,", False, True),
    ("Hi Sir,", True, False),
    ("Dear Mr. Kumar,", False, False),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("greeting", "generic", "wrong"), CASES)
def test_drawn_out_greeting(linter: Linter, greeting: str, generic: bool, wrong: bool) -> None:
    codes = {f.code for f in linter.lint(_note(greeting), context=_CTX).findings}
    assert ("FL130" in codes) is generic, codes
    assert ("FL132" in codes) is wrong, codes


def _best(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        parse_draft(text)
        best = min(best, time.process_time() - start)
    return best


def test_drawn_out_greetings_grow_linearly() -> None:
    """A salutation line of drawn-out greeting words, 1x/10x/100x: time grows with the input (a ratio)."""
    unit = "Hiiiiiiiiiii Heyyyyyyyyy Hellooooooooo "
    times = {n: _best(f"{unit * (20 * n)}Sir,\n\nThanks.\n\nAmit") for n in (1, 10, 100)}
    first = times[10] / max(times[1], 0.002)
    second = times[100] / max(times[10], 0.002)
    assert first < 40 and second < 40, f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
