"""Growth: the round-14 (tone14patient) patterns cost time linear in the input (as tests/check_timing.py
measures: CPU time, best of several runs, 1x/10x/100x; the test fails above 40x a step). Each input
repeats the new wordings as near misses (the bounded windows must give up) in one sentence that never
ends."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter


def test_pay_conditions_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I would now need a salary of 48k and a company car and the rate and the figure, I'd only be able "
            "to carry on if once provided the package, rather than the figure and not the 9 we, I would need "
            "that figure and "
        ) * n
        return prepared_input(linter, body, subject="Thank you", purpose="thank-you")

    assert_grows_linearly(linter, "FL311", make, "pay or conditions as a condition")


def test_apologies_and_sulks_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I owe you an apology for the way I answered and I must apologise again for how my nerves and "
            "I keep going over the I feel so foolish and please forgive my and I would understand if that, "
            "that's a real blow and I'm gutted and it stings and the news knocked me and I was so sure that "
            "my degree, experience, record, portfolio and and I suppose that is just and it tells me how "
        ) * n
        return prepared_input(linter, body, purpose="rejection-reply")

    assert_grows_linearly(linter, "FL315", make, "apologies for a slip and sulks")


def test_misled_case_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I was told that the whiteboard was fine and the panel and the task and the test and so then I, "
            "could I sit the written test and let me repeat the and revisit my and I believe I was and what "
            "the other candidate had that and I don't think it's "
        ) * n
        return prepared_input(linter, body, purpose="rejection-reply")

    assert_grows_linearly(linter, "FL317", make, "a case of being misled")
