"""Growth: the round-11b (personal11b) FL130 patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails above
40x a step, a ratio, never a time): a committee member greeted by the seat, and a trade's title
with no name."""

from __future__ import annotations

from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import _part, parse_draft


def _input(linter: Linter, greeting: str) -> CheckInput:
    text = f"Subject: Thanks\n\n{greeting}\n\nThank you for the interview.\n\nBest,\nLee"
    draft = parse_draft(text)
    # the parser takes a very long line for body text; set it as the greeting so the pattern runs on it
    start = text.index(greeting)
    draft.salutation = _part(text, start, start + len(greeting))
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
    return CheckInput(
        draft=draft,
        analysis=analysis,
        context=Context(interviewers=["Ana Lopez"]),
        purpose="thank-you",
        channel="email",
    )


def test_a_long_committee_member_greeting_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        # many qualifying words before the seat, and no seat at the end: the worst case for the pattern
        return _input(linter, "Dear " + "Faculty Search Committee " * (3 * n) + "Memberz,")

    assert_grows_linearly(linter, "FL130", make, "a long committee-member greeting")


def test_a_long_run_of_titles_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        return _input(linter, "Yo " + "Chef Coach Doctor " * (3 * n) + "Osei!")

    assert_grows_linearly(linter, "FL130", make, "a long run of titles with no name")


def test_the_timed_inputs_reach_the_pattern(linter: Linter) -> None:
    from check_timing import best_run

    assert best_run(linter, "FL130", _input(linter, "Dear Faculty Search Committee Member,"), 1)[1] == 1
    assert best_run(linter, "FL130", _input(linter, "Yo " + "Chef Coach Doctor " * 300 + "Captain!"), 1)[1] == 1


def test_a_long_run_of_stock_invitation_lines_grows_linearly(linter: Linter) -> None:
    # FL210 tries the stock lines only on a body under min_words, or on a one-line note the parser
    # read as a greeting (of any length): time the matcher itself on 1x, 10x, 100x input
    import time

    from followup_lint.checks.boilerplate import _only_stock_lines

    rule = next(r for r in linter.rules if r.code == "FL210")
    patterns = rule.params.stock_alone
    line = "Hi, I would really like to connect with you here on LinkedIn professionally. Let's stay connected. "

    def best(n: int) -> float:
        text = line * (20 * n) + "I would like to add you to my professional network with you here x"
        _only_stock_lines(text, patterns)
        runs = []
        for _ in range(3):
            start = time.process_time()
            _only_stock_lines(text, patterns)
            runs.append(time.process_time() - start)
        return min(runs)

    t1, t10, t100 = best(1), best(10), best(100)
    assert t10 / max(t1, 0.002) < 40 and t100 / max(t10, 0.002) < 40, (t1, t10, t100)
