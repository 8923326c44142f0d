"""Growth: the wordings added in round 12 (gratitude12) to FL201 and FL220 cost time linear in the input.

Each unit repeats near-misses of the new patterns (thanks owed to a delay with no "for" after it,
gratitude promised in the future, a retort, thanks for silence or cancelled calls; a plea to revisit
a decision), so that every sentence is read and nothing satisfies the rule early. Measured as
tests/check_timing.py measures: CPU time, the best of several runs, 1x/10x/100x of a unit; the test
fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter

UNITS_FL201 = {
    "near misses": (
        "Thank God the bus came. Thanks to a delay at the depot I was late. I will be very grateful if you "
        "reply. Gee, thanks. Thanks anyway. Thanks for the weeks of silence. Thanks for the two cancelled "
        "calls. I'm grateful the day is over. Thanks for ringing me anyway. Cheers for that. "
    ),
    "one long sentence": (
        "and thanks to the rain and the bus and the depot and I shall remain ever grateful to you "
        "and thanks heaps for the ignored e-mails and the six weeks of silence "
    ),
}
UNITS_FL220 = {
    "near misses": "Could you revisit the decision? Please take another look at their choice. I ask you to reverse the outcome. ",
    "one long sentence": "and to revisit the decision and to rethink their choice and to reopen the shortlist ",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize("shape", sorted(UNITS_FL201))
def test_round12_gratitude_wordings_grow_linearly(linter: Linter, shape: str) -> None:
    unit = UNITS_FL201[shape]
    assert_grows_linearly(
        linter,
        "FL201",
        lambda n: prepared_input(linter, unit * (2 * n), purpose="rejection-reply"),
        f"FL201 {shape}",
    )


@pytest.mark.parametrize("shape", sorted(UNITS_FL220))
def test_round12_rejection_wordings_grow_linearly(linter: Linter, shape: str) -> None:
    unit = UNITS_FL220[shape]
    assert_grows_linearly(
        linter,
        "FL220",
        lambda n: prepared_input(linter, unit * (2 * n), purpose="rejection-reply"),
        f"FL220 {shape}",
    )


def test_the_units_are_still_judged(linter: Linter) -> None:
    """The timed work is real: no unit thanks or asks for feedback, so every sentence is read."""
    for code, units in (("FL201", UNITS_FL201), ("FL220", UNITS_FL220)):
        for unit in units.values():
            text = f"Subject: Re: your application\n\nHi Ana,\n\n{unit * 3}\n\nBest,\nLee"
            report = linter.lint(text, purpose="rejection-reply", channel="email")
            assert code in {f.code for f in report.findings}, (code, unit)


def _closing_input(linter: Linter, close_line: str):
    from followup_lint.analysis import Analysis
    from followup_lint.checks import CheckInput
    from followup_lint.context import Context
    from followup_lint.draft import parse_draft

    draft = parse_draft(f"Subject: Re: outcome\n\nHi Ana,\n\nThank you for letting me know.\n\n{close_line},\nLee Chen")
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
        analysis.sentences(part)
    return CheckInput(draft=draft, analysis=analysis, context=Context(), purpose="rejection-reply", channel="email")


@pytest.mark.parametrize(
    "unit",
    ["yours wearily in disbelief and ", "respectfully yours in service to the team and ", "xx never again so long "],
)
def test_round12_closing_wordings_grow_linearly(linter: Linter, unit: str) -> None:
    """FL143's round-12 sign-offs are anchored at the closing line's start: a long closing line costs
    time linear in its length."""
    assert_grows_linearly(
        linter, "FL143", lambda n: _closing_input(linter, "Regards " + unit * (2 * n)), f"FL143 {unit!r}"
    )
