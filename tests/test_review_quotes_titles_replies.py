"""Review findings on whose words a span is: a quoted name the writer chose, inch marks, a job title
that starts with "Urgent", and the employer's subject kept in a reply.

FL401 demotes a misspelling to a tip only inside a quotation of someone else's words; FL106 hears a
demand only in the writer's own subject.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.checks.language_check import quotations

_NOTE = "Subject: Thank you – Planner interview\n\nHi Ana,\n\nThank you for the interview yesterday. {}\n\nBest,\nLee"


def _spelling(linter: Linter, sentence: str) -> list[str]:
    return [str(f.severity) for f in linter.lint(_NOTE.format(sentence)).findings if f.code == "FL401"]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_inch_marks_are_no_quotation() -> None:
    text = 'My desk has a 22" screen, and I will recieve a 32" one.'
    assert quotations(text) == []
    assert quotations('She called it "ambitius" twice.') == [(15, 23)]


@pytest.mark.parametrize(
    "sentence",
    [
        'I am keen to grow in the "Junior maintenence planner" role.',  # the writer's own name for it
        'My 22" screen will recieve a 32" twin next week.',  # inch marks, not quotation marks
    ],
)
def test_a_misspelling_in_the_writers_own_words_stays_an_error(linter: Linter, sentence: str) -> None:
    assert _spelling(linter, sentence) == ["error"]


def _punctuation(linter: Linter, sentence: str) -> list[str]:
    """The text of each punctuation finding (FL404) in a thank-you holding the sentence."""
    text = _NOTE.format(sentence)
    return [text[f.start : f.end] for f in linter.lint(text).findings if f.code == "FL404"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The 24" monitors in the lab were a treat, and so was the 27" one in your office.',
        "At 6'2\" I was glad the meeting room had tall chairs.",
        'The tour ended at the 40" screen by the door.',
    ],
)
def test_an_inch_mark_is_no_open_quotation(linter: Linter, sentence: str) -> None:
    assert _punctuation(linter, sentence) == []


def test_a_quotation_left_open_is_still_a_slip(linter: Linter) -> None:
    assert _punctuation(linter, 'You said "the team ships weekly and I liked that.') == ['"']


def test_a_misspelling_quoted_from_someone_else_is_a_tip(linter: Linter) -> None:
    assert _spelling(linter, 'Your manager called the backlog "a bit of a nitemare", which made me laugh.') == ["info"]


def _subject_flags(linter: Linter, subject: str) -> list[str]:
    text = f"Subject: {subject}\n\nHi Ana,\n\nThank you for meeting me yesterday.\n\nBest,\nLee"
    return [f.code for f in linter.lint(text).findings if f.code == "FL106"]


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you – Urgent Housing Repairs Fitter interview",
        "Thank you – Urgent Response Driver interview",
        "Re: Second interview – answer needed by Monday",
        "RE: Offer stage – decision by Friday",
    ],
)
def test_a_title_or_the_employers_subject_is_no_demand(linter: Linter, subject: str) -> None:
    assert _subject_flags(linter, subject) == []


@pytest.mark.parametrize(
    "subject",
    ["Urgent Question About My Application", "Planner role – decision needed", "Re: Planner role 🙏"],
)
def test_the_writers_own_demand_or_emoji_is_still_flagged(linter: Linter, subject: str) -> None:
    assert _subject_flags(linter, subject) == ["FL106"]
