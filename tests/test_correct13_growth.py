"""Growth of round 13's additions to FL401: time linear in the input (1x, 10x, 100x).

- The allow patterns of "said no to" and "quite a", searched over whole texts of hostile shapes (long
  runs of "no", of "quite", of near-phrases).
- ``_before_id`` (a short word before a number or an ID: "req 40127") and ``_slashed_letters`` (letters
  joined by slashes: "c/o"), asked of every word of texts built of their hostile shapes (long runs of
  digits and hyphens after a word, of slashes and letters with no space).

CPU time, best of several runs; a step may grow at most ``FAIL_RATIO``.  A ratio is asserted, never a time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import Linter
from followup_lint.checks.language_check import _before_id, _slashed_letters


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


HOSTILE = {
    "runs of no": lambda n: ("said " + "no " * 40 + "to ") * n,
    "runs of quite": lambda n: ("in " + "quite " * 40 + "a ") * n,
    "near phrases": lambda n: ("say no t answered no vote no tx quite quite an " * 5) * n,
    "spaces": lambda n: ("said" + " " * 60 + "no" + " " * 60 + "to ") * n,
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


def _patterns(linter: Linter, markers: tuple[str, ...]) -> list[re.Pattern[str]]:
    rule = next(r for r in linter.rules if r.code == "FL401")
    found = [re.compile(p) for p in rule.params.allow if any(m in p for m in markers)]
    assert len(found) == len(markers), "FL401: an allow pattern of round 13 is missing"
    return found


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_round13_allow_patterns_grow_linearly(linter: Linter, shape: str) -> None:
    patterns = _patterns(linter, ("answered", "quite"))
    text = {n: HOSTILE[shape](20 * n) for n in SIZES}
    times = {n: _best(lambda n=n: sum(1 for p in patterns for _ in p.finditer(text[n]))) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (shape, times)


# Runs with no space are longer than the reach of ``_unspaced_around`` (300 characters each side) from
# 1x on: the cost of one word is bounded by that reach, so the time grows with the number of words.
WORD_SHAPES = {
    "digits after words": lambda n: "req " + "1" * (50 * n) + " ref #" + "2" * (50 * n) + " ",
    "hyphens after words": lambda n: ("req " + "JR-" * 250 + "9 ") * n,
    "slashes with no space": lambda n: ("c/o" + "/ab" * 250 + " a/o ") * n,
    "words and numbers": lambda n: "teh 2025 req 40127 adn 4471 c/o a/o w/o " * n,
}


@pytest.mark.parametrize("shape", sorted(WORD_SHAPES))
def test_before_id_and_slashed_letters_grow_linearly(linter: Linter, shape: str) -> None:
    params = next(r for r in linter.rules if r.code == "FL401").params

    def run(text: str) -> None:
        for m in re.finditer(r"[A-Za-z]+", text):
            _before_id(text, m.start(), m.end(), params)
            _slashed_letters(text, m.start(), m.end())

    text = {n: WORD_SHAPES[shape](n) * 4 for n in SIZES}
    times = {n: _best(lambda n=n: run(text[n])) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (shape, times)
