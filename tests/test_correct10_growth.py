"""Growth of round 10's additions to G-CORRECT: time linear in the input (1x, 10x, 100x).

- FL406's pattern of a past tense after the "to" of wanting or hoping ("I wanted to asked"), searched
  over whole texts of hostile shapes (long words ending in "ed", runs of trigger words and "to"); FL402's
  allow pattern of "did" before a participle and a noun in "-ing" ("did guided reading") the same way.
- ``_SLIPPED_CLOSING`` (draft parsing: "Sincerly Jess" on the last line) and ``calendar_slip`` (FL401:
  "Wendsday", "Feburary") work on one short line or one word; timed on 1x, 10x and 100x as many.

CPU time, best of several runs; a step may grow at most ``FAIL_RATIO`` (40x: a linear check grows
about 10x, a quadratic one about 100x).  A ratio is asserted, never a time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import Linter
from followup_lint.checks.language_check import calendar_slip
from followup_lint.draft import _SLIPPED_CLOSING


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


HOSTILE = {
    "long words ending in ed": lambda n: ("wanted to " + "a" * 50 + "ed " + "b" * 50 + "ed ") * n,
    "triggers without a past tense": lambda n: ("hoped to hoped to wanted to want to " + "c" * 30 + " ") * n,
    "runs of to": lambda n: ("keen " + "to " * 40 + "eded ") * n,
    "letters only": lambda n: ("x" * 120 + " ") * n,
}


def _best(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _ratios(times: dict[int, float]) -> tuple[float, float]:
    return times[10] / max(times[1], FLOOR), times[100] / max(times[10], FLOOR)


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_fl406_past_tense_after_to_grows_linearly(linter: Linter, shape: str) -> None:
    rule = next(r for r in linter.rules if r.code == "FL406")
    sources = [p for p in rule.params.patterns if "(?<!e)ed" in p]
    assert sources, "FL406: the past-tense-after-to pattern is missing"
    pattern = re.compile(sources[0], re.IGNORECASE)
    times = {n: _best(lambda n=n: sum(1 for _ in pattern.finditer(HOSTILE[shape](20 * n)))) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (shape, times)


LINES = ["Sincerly Jess", "Regads, Jess Tan", "A" + "a" * 60 + " " + "B" * 60, "Sinclair Jones Smith Brown"]
WORDS = ["Wendsday", "Feburary", "Augusto", "Sundar", "a" * 30, "Thrusday", "Qwxzvbnmp"]


def test_slipped_closing_and_calendar_slip_grow_linearly() -> None:
    def run(copies: int) -> float:
        lines, words = LINES * (5 * copies), WORDS * (5 * copies)
        return _best(lambda: ([_SLIPPED_CLOSING.fullmatch(x) for x in lines], [calendar_slip(w) for w in words]))

    times = {n: run(n) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_fl402_did_participle_allow_grows_linearly(linter: Linter, shape: str) -> None:
    rule = next(r for r in linter.rules if r.code == "FL402")
    sources = [p for p in rule.params.allow if "bdid " in p]
    assert sources, "FL402: the 'did guided reading' allow pattern is missing"
    pattern = re.compile(sources[0])
    text = {n: "did guided reading " + HOSTILE[shape](20 * n) for n in SIZES}
    times = {n: _best(lambda n=n: sum(1 for _ in pattern.finditer(text[n]))) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (shape, times)
