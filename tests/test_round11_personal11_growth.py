"""Growth: the round-11 (personal11) patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails above
40x a step, a ratio, never a time): FL210's run-in sign-off and stock phrases, FL202's writer's own
doings (a friend request, an invitation, the "I" left out), and FL130's greeting by description."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft


def test_boilerplate_grows_linearly_with_stock_phrases_and_sign_offs(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I valued learning about the company and the team, and my skills and experience would make me "
            "a valuable addition before the next steps. Best wishes, Tamsin Achterberg Best wishes. "
        ) * n + "Kind regards, Tamsin Achterberg"
        return prepared_input(linter, body, context=Context(company="Pellow & Quaite", role="Junior Designer"))

    assert_grows_linearly(linter, "FL210", make, "stock phrases and sign-offs")


def test_specifics_grows_linearly_with_the_writers_own_doings(linter: Linter) -> None:
    def make(n: int):
        body = (
            "Just sent you a friend request on Facebook and followed you on Twitter. My choir sings at the "
            "Corn Exchange and you would be very welcome to come along, you should totally come. "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL202", make, "the writer's own doings")


def test_a_long_greeting_by_description_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        greeting = "Dear " + "Director Partner Person " * (3 * n) + "Who Cancelled,"
        draft = parse_draft(f"Subject: Thanks\n\n{greeting}\n\nThank you for the interview.\n\nBest,\nLee")
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

    assert_grows_linearly(linter, "FL130", make, "a long greeting of function words")
    assert_grows_linearly(linter, "FL132", make, "a long greeting of function words")
