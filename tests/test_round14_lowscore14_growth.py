"""Growth checks for round 14's lowscore14 patterns: FL409's days and months and its lower-case note, FL404's
capitals left to it, FL320's modifier and head across separators, FL133's particles and "Sir and the panel".
Each is a bounded pass over its part; time must grow with the input, no faster."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft


def _input(linter: Linter, text: str, context: Context | None = None) -> CheckInput:
    draft = parse_draft(text)
    return CheckInput(
        draft=draft,
        analysis=Analysis(draft, linter.nlp),
        context=context or Context(),
        purpose="thank-you",
        channel="email",
    )


@pytest.mark.parametrize(
    "shape",
    ["on thursday 12 may ", "in march, since august 2026 ", "20 20 20 may may may ", "you may march. ", "i. i. i. "],
)
def test_calendar_words_grow_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return _input(linter, f"Subject: Thanks\n\nHi Rose,\n\nThank you. {shape * (150 * n)}\n\nBest,\nPriya Nand")

    assert_grows_linearly(linter, "FL409", make, shape)


@pytest.mark.parametrize("shape", ["thanks for today. ", "i liked it. i did. "])
def test_lower_case_note_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return _input(linter, f"Subject: thanks\n\nhi rose,\n\n{shape * (150 * n)}\n\ncheers,\npriya")

    assert_grows_linearly(linter, "FL409", make, shape)


@pytest.mark.parametrize("shape", ["sweet.rose.", "disco_", "big.x.y.dog."])
def test_modifier_and_head_across_separators_grow_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        local = (shape * (3 * n)) + "gal"
        return _input(
            linter, f"Subject: Thank you\nFrom: <{local}@gmail.com>\n\nHi Ana,\n\nThank you.\n\nBest,\nLee Chen"
        )

    assert_grows_linearly(linter, "FL320", make, shape)


@pytest.mark.parametrize("shape", ["van der ", "Sir and ", "de la Cruz "])
def test_group_greeting_with_particles_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        greeting = "Dear Mr " + shape * (20 * n) + "Wyk and the interview panel,"
        return _input(linter, f"Subject: Thank you\n\n{greeting}\n\nThank you.\n\nBest,\nLee Chen")

    assert_grows_linearly(linter, "FL133", make, shape)
