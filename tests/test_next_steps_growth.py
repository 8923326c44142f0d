"""Growth: FL203's wordings of round 9 (2026-12-05) cost time linear in the input.

The new families (a bare request with up to three qualifiers, "let me know, asap, by Friday"; an
ultimatum, "or I'll ... withdraw"; the outcome asked, "if I got", "did someone else get"; slang for
the state of things, "what's happening with my ... job"; rhetorical shapes that undo a sentence)
are searched on long runs of near-misses, in a status check (where ``patterns_for_purpose`` and the
asking gate apply) and in a thank-you.  Measured as tests/test_weekday_growth.py measures: CPU time,
best of several runs, 1x/10x/100x of a unit; the test fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter

UNITS = {
    # one sentence, no break: qualifiers of a bare request that never end it
    "qualifiers": "let me know please asap today by Friday within two days soon ",
    # one sentence: ultimatum openings that never reach their verb
    "ultimatums": "or I'll be the one who or you can see or consider me a ",
    # one sentence: outcome and slang openings that never close
    "outcomes": "if I got whether I'm what's happening with my big red shiny did someone else ",
    # many short sentences, each a near-miss of the bare-noun demand and the rhetorical shapes
    "sentences": "Decision now today. Who needs. How hard can. Where the big red role. ",
}


@pytest.mark.parametrize("purpose", ["status-check", "thank-you"])
@pytest.mark.parametrize("shape", sorted(UNITS))
def test_next_steps_grows_linearly(linter: Linter, shape: str, purpose: str) -> None:
    assert_grows_linearly(
        linter,
        "FL203",
        lambda n: prepared_input(linter, UNITS[shape] * (3 * n), purpose=purpose, subject="Following up"),
        f"{shape} ({purpose})",
    )
