"""Growth: the round-11b (tone11b) FL329 patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails above
40x a step, a ratio, never a time): remarks on the reader's clothes, private life and animal puns,
with many near misses (fillers between "your" and the garment, work uses the unless list excuses)."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter


def test_overfamiliar_grows_linearly_with_attire_and_private_life(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I loved your bright red suede winter boots and liked your plan for the shoes range. Your "
            "glasses were so so stylish. I hope your dog and your pet insurance launch and your birthday "
            "campaign do well; your Instagram photos and the feline range were pawsitively purrfect, "
            "thanks fur everything, woof for now. "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL329", make, "attire, private life and puns")


def test_recalled_question_gate_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        # many recalled questions, and one long sentence that opens with a recall and never ends
        body = (
            ("You also asked me how I would plan it. Your last question was about the rota and frankly. ") * n
            + "You asked me whether "
            + "the rota as if your question " * (4 * n)
            + "."
        )
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL330", make, "recalled questions and a long recall")


def test_hurt_reproach_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "Your reply really so stung hurt me feeling. I wish you had never never encouraged. It would "
            "have been much a lot more kinder to kinder. your email has left me crushed "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL318", make, "hurt reproaches and near misses")
