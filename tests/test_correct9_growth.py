"""Growth of round 9's additions to G-CORRECT: time linear in the input (1x, 10x, 100x).

- FL406's ``not_counting`` family (a gerund as subject: "Seeing you was"), searched over the whole
  draft: the whole check is timed on drafts of many such sentences and of long runs of letters.
- FL402's, FL403's and FL404's new ``allow`` families are searched in a bounded window around each finding;
  here each pattern is searched over whole texts of hostile shapes (long words, long runs of "ing",
  doubled words), which bounds the window's cost as well.
- ``common_slip_of`` (FL401: the common word a word the backend only splits is a slip of) costs one
  look-up per letter of each word: timed on 1x, 10x and 100x as many words.

CPU time, best of several runs; a step may grow at most ``FAIL_RATIO`` (40x: a linear check grows
about 10x, a quadratic one about 100x).  A ratio is asserted, never a time.
"""

from __future__ import annotations

import re
import time

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES, assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput
from followup_lint.language.common_words import common_slip_of


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


FL406_UNITS = {
    "gerund sentences": "Seeing you was great, and meeting them was kind; something you was saying stuck. ",
    "long words ending in ing": "A" + "b" * 30 + "ing you was " + "c" * 40 + "ing ",
    "conjunctions without a gerund": "and and and but so that, , , you was ",
}


@pytest.mark.parametrize("shape", sorted(FL406_UNITS))
def test_fl406_gerund_exemption_grows_linearly(linter: Linter, shape: str) -> None:
    def make(copies: int) -> CheckInput:
        return prepared_input(linter, FL406_UNITS[shape] * (4 * copies))

    assert_grows_linearly(linter, "FL406", make, shape)


def _new_patterns(linter: Linter, code: str, marker: str) -> list[str]:
    rule = next(r for r in linter.rules if r.code == code)
    found = [p for p in rule.params.allow if marker in p]
    assert found, f"{code}: no allow pattern with {marker!r}"
    return found


HOSTILE = {
    "long word then ed": lambda n: ("to " + "a" * 50 + "ed " + "b" * 50 + " ") * n,
    "runs of ing": lambda n: ("Aing " + "ing " * 20 + "you has ") * n,
    "doubled capitals": lambda n: ("in Wagga Wagga Wagga " + "Aaaa " * 10) * n,
    "spaces and letters": lambda n: (" " * 60 + "x" * 60) * n,
    "giving verbs": lambda n: ("sent you " + "s" * 40 + " gave them thanks ") * n,
    "subject lines": lambda n: ("Subject: hey! thanks " + "! . " * 20 + "\n") * n,
}


def _best(pattern: re.Pattern[str], text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        sum(1 for _ in pattern.finditer(text))
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    ("code", "marker"),
    [("FL402", "ed (?!"), ("FL402", "(?<!th)ing"), ("FL402", "owe|owed"), ("FL403", "\\1"), ("FL404", "^Subject:")],
)
@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_new_allow_patterns_grow_linearly(linter: Linter, code: str, marker: str, shape: str) -> None:
    for source in _new_patterns(linter, code, marker):
        pattern = re.compile(source)
        base = 20
        times = {n: _best(pattern, HOSTILE[shape](base * n)) for n in SIZES}
        first = times[10] / max(times[1], FLOOR)
        second = times[100] / max(times[10], FLOOR)
        assert first < FAIL_RATIO and second < FAIL_RATIO, (code, source, shape, times)


WORDS = ["carefull", "greatfull", "brewhouse", "qwxzvbnm", "backlist", "hopefull", "a" * 24, "netcode"]


def test_common_slip_lookup_grows_linearly() -> None:
    common_slip_of("carefull", 10000)  # the index is built once: not growth

    def run(copies: int) -> float:
        words = WORDS * (50 * copies)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for word in words:
                common_slip_of(word, 10000)
            best = min(best, time.process_time() - start)
        return best

    times = {n: run(n) for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times
