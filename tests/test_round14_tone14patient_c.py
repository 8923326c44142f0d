"""Round 14 tone14patient: look-alikes for the personal-hardship patterns FL310 gained from two dev drafts
(money or benefit running out, years of searching, children to think about, a job that would change
everything, accepting any posting). Written after that change, so not blind: they pin what must stay quiet
and what the kind covers in other words than the drafts'."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.test_round14_tone14patient import PAT, POS, tone_items


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


BAD = [
    ("My savings are running out fast and the landlord will not wait much longer.", "email", "status-check", POS),
    ("I've been hunting for a job for eighteen months now, so this means everything.", "linkedin", "thank-you", POS),
    ("With three kids to feed, I'll take any shift you can give me.", "call", "status-check", POS),
]

GOOD = [
    ("My current contract runs out in June, so I could start in early July.", "email", "thank-you"),
    (
        "I've been looking for a role like this for two years, and it was a pleasure to hear about it.",
        "email",
        "thank-you",
    ),
    (
        "The project you described would change how your depots plan their rotas, which excites me.",
        "email",
        "thank-you",
    ),
    ("I'd be glad to accept any feedback you are able to share.", "email", "rejection-reply"),
]


@pytest.mark.parametrize(("sentence", "channel", "purpose", "item"), BAD)
def test_hardship_cites_its_item(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)
    assert PAT in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(("sentence", "channel", "purpose"), GOOD)
def test_look_alikes_stay_quiet(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()
