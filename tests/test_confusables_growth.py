"""Growth: the real-word slip check (FL407) costs time linear in the input.

Each slip is one pattern without nested quantifiers, scanned over the parts that hold its slipped
word, so the cost is the number of slips times the text.  Measured as tests/test_employer_growth.py
measures: CPU time, the best of several runs, 1x/10x/100x of a unit; the test fails above 40x a
step (a quadratic check grows about 100x), a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, best_run, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput

UNITS = {
    # every slip, once a unit: each pattern matches many times
    "slips": "I am interested in the roll and the next steeps. Thank you for you time. I hope to here from you. ",
    # the slipped words without their contexts: every pattern starts and fails many times
    "near misses": "the roll the roll you you here here then then steeps weak weak manger too too ",
    # one long run of context words with no slip: the alternatives are tried at every word
    "contexts only": "thank you for interested in the next forward to more less ",
}


def _input(linter: Linter, unit: str, copies: int) -> CheckInput:
    return prepared_input(linter, unit * copies)


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_confusables_grow_linearly(linter: Linter, shape: str) -> None:
    assert_grows_linearly(linter, "FL407", lambda n: _input(linter, UNITS[shape], 3 * n), shape)


def test_the_slips_are_still_found(linter: Linter) -> None:
    """The timed work is real: each slip of the unit is found once a copy."""
    _, count = best_run(linter, "FL407", _input(linter, UNITS["slips"], 5), 1)
    assert count == 20
