"""Growth: the wordings added in round 11 (content11) to FL203, FL204 and FL205 cost time linear in
the input.

Each unit repeats near-misses of the new patterns (a request to be told with no "where" or "how"
after it, misspelt thanks for what is past, "let me know" after a condition; someone else's
practicum or co-op term, an unnamed background said to serve; a wish for coffee, which the new FL204 wording sets aside), so that every
sentence is read and none satisfies its rule early.  Measured as tests/check_timing.py measures:
CPU time, the best of several runs, 1x/10x/100x of a unit; the test fails above 40x a step, a
ratio, never a time.
"""

from __future__ import annotations

import re
import time
import tomllib
from pathlib import Path

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context

UNITS = {
    ("FL203", "status-check"): {
        "near asks": "Tell them that the site is at the back. I was greatful then. It got apreciated. It was about the timing. ",
        "one long sentence": "and tell me that the and fill me in on the way and let us know the ",
    },
    ("FL203", "thank-you"): {
        "offers": "If so, let me know. Let me know if so. Should it help, do let me know. ",
        "one long sentence": "and if it helps just let me know and so let me know if ",
    },
    ("FL205", "thank-you"): {
        "their programmes": "Your practicum runs well. The co-op term sounds good. Her externship ran long. ",
        "one long sentence": "and your practicum and the co-op term and her fieldwork and ",
        "generic claims": "My skills would serve your team well. My background will help the firm. ",
        "generic claims in one sentence": "and my skills would help your office and my background will suit the studio ",
    },
    ("FL204", "thank-you"): {
        "social wishes": "We would like to keep chatting. They would like to catch up. ",
        "one long sentence": "and we would like to grab some lunch and they would like to catch up and ",
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
def test_round11_wordings_grow_linearly(linter: Linter, code: str, purpose: str, shape: str) -> None:
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


def test_round11_formal_opening_grows_linearly() -> None:
    """FL123 reads one greeting line: its new pattern, timed on a greeting of 1x, 10x and 100x a
    unit that never ends as the pattern needs (best of five runs, CPU time; a ratio, never a time)."""
    rule = tomllib.loads((Path(__file__).parent.parent / "rules" / "FL123-letter-formal-greeting.toml").read_text())
    pattern = re.compile(rule["params"]["patterns"][1], re.IGNORECASE)
    unit = "To the big panel of the board for the "

    def best(n: int) -> float:
        text = unit * n + "x"
        runs = []
        for _ in range(5):
            start = time.process_time()
            for _ in range(20):
                pattern.search(text)
            runs.append(time.process_time() - start)
        return max(min(runs), 1e-6)

    small, mid, big = best(1), best(10), best(100)
    assert mid / small < 40 and big / mid < 40, (small, mid, big)


CALL_UNIT = "I know this is your voicemail. Did you get my message. I heard you were out. "


def test_round11_reply_to_their_message_grows_linearly(linter: Linter) -> None:
    """FL121's reply-to-their-message wording, on a call script of near misses."""
    assert_grows_linearly(
        linter,
        "FL121",
        lambda n: prepared_input(linter, CALL_UNIT * (2 * n), purpose="status-check", channel="call"),
        "FL121 near replies",
    )


def test_the_call_unit_is_still_judged(linter: Linter) -> None:
    report = linter.lint(f"Hi Ana, Lee here. {CALL_UNIT * 3}", purpose="status-check", channel="call")
    assert "FL121" in {f.code for f in report.findings}
