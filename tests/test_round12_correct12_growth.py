"""Growth of round 12's additions to G-CORRECT: time linear in the input (1x, 10x, 100x).

- FL402's allow pattern of a run of capitalised words inside a sentence ("Uber Eats tablets") and
  FL401's allow patterns of borrowed set phrases ("nota bene", "aso ebi"), searched over whole texts of
  hostile shapes (long runs of capitalised words, of "and", of near-phrases).
- ``_foreign_runs`` (FL401: three unknown words in a row), ``_in_handle`` (an "@" in the run of text
  around a finding) and the dropped-letter look-up of ``_doubled_or_swapped_common`` ("dedicted"),
  timed on 1x, 10x and 100x as many words.

CPU time, best of several runs; a step may grow at most ``FAIL_RATIO``.  A ratio is asserted, never a time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import Linter
from followup_lint.checks.language_check import _doubled_or_swapped_common, _foreign_runs, _in_handle


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


HOSTILE = {
    "capitalised words": lambda n: ("and " + "Word " * 30 + "x ") * n,
    "capitals and ands": lambda n: ("the Aa and Bb of and & Cc " * 10 + ". ") * n,
    "near phrases": lambda n: ("nota bena aso eb jua kal ang pa per annu coup de " * 5) * n,
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


def _patterns(linter: Linter, code: str, marker: str) -> list[re.Pattern[str]]:
    rule = next(r for r in linter.rules if r.code == code)
    found = [re.compile(p) for p in rule.params.allow if marker in p]
    assert found, f"{code}: the allow pattern with {marker!r} is missing"
    return found


@pytest.mark.parametrize("shape", sorted(HOSTILE))
@pytest.mark.parametrize(("code", "marker"), [("FL402", "(?<=[.!?] )"), ("FL401", "nota bene"), ("FL401", "aso")])
def test_round12_allow_patterns_grow_linearly(linter: Linter, shape: str, code: str, marker: str) -> None:
    patterns = _patterns(linter, code, marker)
    text = {n: HOSTILE[shape](20 * n) for n in SIZES}
    times = {n: _best(lambda n=n: sum(1 for p in patterns for _ in p.finditer(text[n]))) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (shape, times)


def test_foreign_runs_handles_and_dropped_letters_grow_linearly() -> None:
    def run(copies: int) -> float:
        text = "Diolch yn fawr recieved teh documnets a@b.c " * (20 * copies)
        unknown: dict[tuple[int, int], tuple[str, ...]] = {}
        for m in re.finditer(r"[A-Za-z]+", text):
            unknown[(m.start(), m.end())] = ("word",)
        words = ["dedicted", "qwzxvbnm", "a" * 24, "unvented"] * (5 * copies)
        spans = list(unknown)[::7]
        return _best(
            lambda: (
                _foreign_runs(text, unknown),
                [_in_handle(text, a, b) for a, b in spans],
                [_doubled_or_swapped_common(w, 30000, 10000) for w in words],
            )
        )

    times = {n: run(n) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times
