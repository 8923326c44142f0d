"""FL401: a lower-case word right after a capitalised word written with accents is part of a name in
another language ("Mlynské nivy", a street in Bratislava, in a good x- dev draft), a tip and not a
misspelled common word; a slip elsewhere in the same note is still an error."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _spelling(linter: Linter, sentence: str) -> dict[str, str]:
    text = f"Subject: Thank you\n\nDear Ms. Kollárová,\n\nThank you for meeting me today. {sentence}\n\nBest,\nLee"
    report = linter.lint(text)
    return {text[f.start : f.end]: f.severity.value for f in report.findings if f.code == "FL401"}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Your office on Mlynské nivy was easy to find.", "nivy"),
        ("The walk across Náměstí míru afterwards was lovely.", "míru"),
    ],
)
def test_a_word_of_a_name_in_another_language_is_a_tip(linter: Linter, sentence: str, word: str) -> None:
    assert _spelling(linter, sentence).get(word, "info") == "info"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I recieved the brochure on the way out.", "recieved"),
        ("The office on Wenceslas sqare was easy to find.", "sqare"),
    ],
)
def test_a_slip_not_after_such_a_name_is_still_an_error(linter: Linter, sentence: str, word: str) -> None:
    assert _spelling(linter, sentence)[word] == "error"
