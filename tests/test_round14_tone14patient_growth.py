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


def test_clause_readings_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "the salary and the package and the overtime and the van and only if the rate and unless and "
            "sorry sorry about my answers and my nerves and I froze and rambling and regretful and embarrassed "
            "and a kick in the guts but that one hurt and hard not to take it and what the point of all that "
            "and I was so sure I'd nearly and reassess and a second go at the and I was told that and the "
            "advert said and what exactly did I and struggling to see what more I and the base and a hike and "
            "the ute otherwise and only workable and unable to and cross with myself and my very weak and "
            "I went to and let me present the case and it would be fair to and the agency told me and a proper "
            "reason and not a "
        ) * n
        return prepared_input(linter, body, purpose="rejection-reply")

    for code in ("FL311", "FL315", "FL317"):
        assert_grows_linearly(linter, code, make, f"round-14 clause readings ({code})")


def test_hardship_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "my unemployment benefit and savings and money nearly and searching for work for and looking for "
            "two and children to and this job would and accept any and the cash will "
        ) * n
        return prepared_input(linter, body, subject="Following up", purpose="status-check")

    assert_grows_linearly(linter, "FL310", make, "personal hardship in other words")
