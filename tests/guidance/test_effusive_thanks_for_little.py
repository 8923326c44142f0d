"""FL323 (sarcasm): thanks out of all proportion for something small mocks its smallness ("my deepest
gratitude for the ten-minute interview"), as thanks for a two-line rejection does.

Blind batch of 2026-12-04, written before the linter saw it: 5 of 8 such sentences had no tone
finding before, 0 after; 8 sincere look-alikes (plain thanks for a ten-minute call, deep gratitude
for help or feedback) stayed quiet.  A second batch written after the pattern: 2 of 3 missed before,
0 after; 5 look-alikes quiet.
"""

from __future__ import annotations

import pytest
from tone_in_sentence import tone_codes

from followup_lint import Linter

EFFUSIVE_FOR_LITTLE = [
    "My deepest gratitude for the ten-minute interview.",
    "I am eternally grateful for the five-minute phone call.",
    "A thousand thanks for your two-line email.",
    "From the bottom of my heart, thank you for the 10-minute chat.",
    "I cannot thank you enough for the one-line reply.",
    "I'm forever in your debt for the fifteen-minute screening call.",
    "My most heartfelt thanks for all twelve minutes of your time.",
    "Words cannot express my gratitude for your three-sentence rejection.",
    "I am profoundly indebted to you for the two-minute phone screen.",
    "Please accept my sincerest thanks for your one-sentence reply.",
    "I'm eternally grateful for the whole five minutes you gave me.",
]

SINCERE = [
    "Thank you for the ten-minute call this morning; it was very helpful.",
    "Thanks for fitting in a quick ten-minute chat at short notice.",
    "My deepest gratitude for your time and advice on Tuesday.",
    "I am truly grateful for the opportunity to interview.",
    "I cannot thank you enough for the tour of the lab.",
    "Thank you for the brief call today, and for explaining the next steps.",
    "Thank you for the 30-minute walkthrough of the platform.",
    "I'm deeply grateful for your thoughtful feedback.",
    "I'm eternally grateful for your help with my portfolio.",
    "Many thanks for the 45-minute interview and the tour.",
    "Thank you from the bottom of my heart for the offer.",
    "I'm deeply grateful that you took ten minutes to explain the feedback.",
    "Thank you for the five minutes at the end to ask questions.",
]


@pytest.mark.parametrize("sentence", EFFUSIVE_FOR_LITTLE)
def test_effusive_thanks_for_something_small_is_sarcasm(linter: Linter, sentence: str) -> None:
    assert "FL323" in tone_codes(linter, sentence)


@pytest.mark.parametrize("sentence", SINCERE)
def test_sincere_thanks_stays_quiet(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) == []
