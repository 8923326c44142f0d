"""Thanks for a slight (FL323, sarcasm; all three tone items, as sarcasm aimed at the reader):
"thanks so much for keeping me waiting", "thank you for the two-line rejection", the reader's
"clearly more important" calls.

Thanks for keeping the writer updated, in mind or on file, for fitting them in at short notice, or
for a form to fill in are sincere; sentences of ours pin the family both ways, in every purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

PURPOSES = ["status-check", "thank-you", "rejection-reply"]

MOCK_THANKS = [
    "Thank you for squeezing me in between your other, clearly more important, calls.",
    "Thanks for fitting me in around your obviously more important meetings.",
    "I'll wait until your far more important candidates have been seen.",
    "Your evidently more pressing priorities came first, I understand.",
    "Sorry to take time away from your clearly more interesting applicants.",
    "Thanks so much for keeping me waiting for forty minutes.",
    "Thank you for keeping me guessing for a month.",
    "Thanks again for keeping us hanging all summer.",
    "I really appreciate you keeping me dangling like this.",
    "Thank you so much for keeping me waiting in reception.",
    "Thanks ever so much for the two-line rejection.",
    "Thank you for the generic rejection email.",
    "Thanks for the canned response.",
    "Thank you so much for the form letter.",
    "Thanks a lot for the one-word reply.",
    "I appreciate the copy-and-paste rejection.",
    "Thank you for your templated email.",
    "Thanks for the boilerplate brush-off.",
    "Thank you for the stock reply; very personal.",
    "Grateful for the one-sentence answer after three interviews.",
    "Thanks for your two-sentence email, it was most illuminating.",
    "I'm sure your much more important meetings went well.",
]

SINCERE_THANKS = [
    "Thank you for squeezing me in at such short notice.",
    "Thanks for fitting me in on a Friday afternoon.",
    "Thank you for keeping me updated throughout the process.",
    "Thanks for keeping me in mind for future roles.",
    "Thank you for keeping me informed about the timeline.",
    "Thanks for keeping me posted.",
    "Thank you for keeping my details on file.",
    "Thank you for not keeping me waiting long at reception.",
    "Sorry for keeping you waiting for my references.",
    "Thank you for the quick reply.",
    "Thank you for your letter of 4 March.",
    "Thanks for the detailed feedback on my case study.",
    "Thank you for the application form; I have filled it in and attached it.",
    "Thank you for pointing out the typo in my CV; I've corrected it.",
    "The most important thing I learned was how your team plans its week.",
    "Your most important project this year sounds fascinating.",
    "It is clearly more important to find the right person than to rush.",
    "I appreciated how clearly structured your process was.",
    "I appreciate you keeping me in the loop.",
    "Thanks again for the reminder about the parking.",
    "Thank you for the kind rejection note and for the feedback.",
    "Thank you for the form to book my second interview.",
]


def codes_in(linter: Linter, sentence: str, purpose: str) -> list[str]:
    text = tone_challenge.wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose=purpose, channel="email")
    return [f.code for f in report.findings if start <= f.start and f.end <= start + len(sentence)]


@pytest.mark.parametrize("sentence", MOCK_THANKS)
def test_thanks_for_a_slight_is_sarcasm(linter: Linter, sentence: str) -> None:
    assert "FL323" in codes_in(linter, sentence, "thank-you")


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("sentence", SINCERE_THANKS)
def test_sincere_thanks_pass(linter: Linter, sentence: str, purpose: str) -> None:
    assert tone_challenge.tone_codes(linter, sentence, purpose) == []
