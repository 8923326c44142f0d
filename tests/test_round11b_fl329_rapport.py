"""Round 11 review (lead): FL329 and the small talk of the interview called back.  A good thank-you may
wish the reader's child luck or hope their dog's operation went well when the interview's small talk
brought it up; no wording tells that from a stranger's prying, so FL329 (an error: hostile tone)
speaks only where the writer knows it from the reader's feeds or fusses over it.

Written before the change, after round 11b's FL329 patterns: 7 of the 8 rapport callbacks were
errors, and 1 of the 4 over-familiar lines ("Give your adorable pup a big hug from me!!") was missed;
after it, 0 and 0.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _thanks(line: str) -> str:
    return (
        "Subject: Thank you – Operations Coordinator interview\n\nDear Ms. Farrow,\n\nThank you for meeting with me on "
        "Tuesday about the Operations Coordinator role. I enjoyed hearing how your depot cut late deliveries by a "
        "third last year, and my two years scheduling drivers at Pell Freight would carry straight over. "
        f"{line} I remain very interested in the role and look forward to hearing about next steps.\n\n"
        "Best regards,\nJordan Reyes"
    )


RAPPORT = [
    "I hope your daughter's recital went well on Saturday; you mentioned how hard she had been practising.",
    "I hope your dog's operation went smoothly, and thank you again for moving our call around it.",
    "Happy early birthday, too: thank you for giving up part of your birthday week to interview me.",
    "I hope your kids enjoyed the snow day you mentioned at the start of our call.",
    "I hope your son settles in well at Leeds, and thanks for the tips on the city.",
    "I hope your husband's marathon went to plan on Sunday.",
    "It was good to swap stories about our rescue dogs; I hope your beagle is back on her feet.",
    "Good luck to your daughter in her exams next week.",
]

OVERFAMILIAR = [
    "Happy birthday, gorgeous! Hope you get spoiled!!",
    "Give your adorable pup a big hug from me!!",
    "I saw your holiday photos on Instagram and they look amazing.",
    "Your earrings were so stylish, where are they from?",
]


def _fl329(linter: Linter, line: str) -> list[str]:
    report = linter.lint(_thanks(line), purpose="thank-you")
    return [f.severity.value for f in report.findings if f.code == "FL329"]


@pytest.mark.parametrize("line", RAPPORT)
def test_small_talk_called_back_is_not_over_familiar(linter: Linter, line: str) -> None:
    assert _fl329(linter, line) == []


@pytest.mark.parametrize("line", OVERFAMILIAR)
def test_prying_and_fussing_stay_over_familiar(linter: Linter, line: str) -> None:
    assert _fl329(linter, line)
