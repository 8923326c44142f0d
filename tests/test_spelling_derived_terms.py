"""FL401: a word built with a productive ending (-ing, -ed, -er, -ship) is an error only when a
common word is a close slip away; "precepting" is a nurse's term, not a slip of "preempting"."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def spelling(linter: Linter, word: str) -> list[tuple[str, str]]:
    text = f"Subject: Thank you\n\nHi Ana,\n\nI spent two years {word} new staff on the ward.\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == "FL401"]


def test_a_derived_domain_word_is_a_tip(linter: Linter) -> None:
    assert spelling(linter, "precepting") == [("precepting", "info")]


@pytest.mark.parametrize(
    "word", ["intervewing", "recieving", "recomending", "begining", "excercising", "appreciatting"]
)
def test_a_slip_in_a_common_word_with_the_same_ending_is_still_an_error(linter: Linter, word: str) -> None:
    assert spelling(linter, word) == [(word, "error")]
