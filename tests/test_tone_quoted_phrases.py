"""FL330 and quoted phrases (blind batch tone7, 2026-12-04): a quotation of two words or more is someone
else's wording (a motto, a practice's name, the interviewer's phrase), which the tone model read as
scare quotes.  The sentence is also scored without it and the lower score counts, so a quoted phrase
lowers a score and never raises it; a single quoted word (a scare quote) is judged as before.
Sentences written for this test."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.tone_in_sentence import tone_codes


@pytest.mark.parametrize(
    "sentence",
    [
        'Your "test and learn" mindset stayed with me after the interview.',
        'Your "test and learn" mindset is how I like to work too.',
        'I loved your "people first" culture and would be proud to work in it.',
        "I smiled when you called the Friday demo the “show and tell”.",
    ],
)
def test_quoted_phrases_are_not_the_writers_tone(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Thanks for the "quick chat" that lasted three hours.',
        'Thanks for the "valuable" feedback.',
        'So this is your "people first" culture: two months of silence and a form letter.',
    ],
)
def test_sarcasm_around_quotes_is_still_flagged(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence)
