"""Growth: the patterns narrowed in the review of round 14 (fix14pro) cost time linear in the input
(tests/check_timing.py: CPU time, best of several runs, 1x/10x/100x; fails above 40x a step): FL331's
"poor reflection on", "I'll question your judgement" and CV-request shapes, FL302's riddle (a bounded
run to the question mark), the "owl"/"olive" pun behind its look-behinds, the bar joke and the "Hey"
tip with its reader-title search and the Dean/Justice/Hon look-ahead; many near misses each."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter


def test_talking_down_review_shapes_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "It would be a poor poor reflection on the the hiring panel's and I'll really question the the "
            "panel's team's judgement; makes me doubt doubt your. Send me a copy of your own own CV, see the "
            "CVs of the the panel, request the credentials of of. poor reflection on on "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL331", make, "poor reflection, questioned judgement, CV requests")


def test_casual_riddles_puns_and_hey_titles_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "Hey Dean,\nHey Justice Reddy,\nHey Hon. Nguyen,\nwhat do you call a clerk who who with "
            + "a " * 30
            + "what do you call an owl in in. the owl be, a olive see, barn owl never keep, Owl always be; a "
            "data analyst walks into into a bar; as the managing director, (senior partner, as a a vice "
            "president, as as , , ( ( dean judge\n"
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL302", make, "riddles, puns and Hey titles")
