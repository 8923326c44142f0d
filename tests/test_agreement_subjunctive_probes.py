"""FL406 leaves right English alone: a comparison with "like" and the subjunctive after "if only",
"rather" and "that"; FL202 hears "the bit about ...".  Sentences written for this test; each was
flagged (FL406) or missed (FL202) before."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def codes(linter: Linter, sentence: str) -> set[str]:
    text = (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm like you in that I love messy data.",
        "I am like many career changers: keen and quick to learn.",
        "If only it were this easy every week!",
        "I'd rather it were sooner, but Thursday works.",
        "I wish that he were able to join us.",
        "The suggestion that it were moved to Friday is fine.",
    ],
)
def test_right_english_is_no_agreement_slip(linter: Linter, sentence: str) -> None:
    assert "FL406" not in codes(linter, sentence)


@pytest.mark.parametrize(
    "sentence", ["I am like to join the team.", "You was describing the cache.", "I hope it were sooner."]
)
def test_agreement_slips_are_still_flagged(linter: Linter, sentence: str) -> None:
    assert "FL406" in codes(linter, sentence)


def test_the_bit_about_something_is_a_specific(linter: Linter) -> None:
    assert "FL202" not in codes(linter, "The bit about moving the nightly batch to streaming stuck with me.")
