"""Round 14 (tone14pro), batch D: good look-alikes written after the batch C change, one sentence each
in the batch A draft, for the new FL329/FL331 shapes (offers of ideas, the writer's own fixes, work
posts and the firm's news, plain remarks on the place, the writer's former office).  All must stay
quiet.  First run: 1 of 18 flagged (an offer "to share a few suggestions ... if that would be
useful", which FL329's unasked-advice shape read as advice); after excusing offers ("happy", "glad",
"useful" ...): 0 of 18.
"""

from __future__ import annotations

import pytest
from test_round14_tone14pro import _mail, flagged

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


GOOD_D = [
    "I'd be happy to share a few suggestions on onboarding if that would be useful.",
    "You may want to check the link to my portfolio, which I have fixed.",
    "I hope you don't mind me following up with one more example of my work.",
    "Your team should be proud of the new depot.",
    "If I may add one thing, I also hold a forklift licence.",
    "I saw your post on LinkedIn about the new depot and it made me even keener.",
    "Congratulations on your promotion to regional manager, which you mentioned.",
    "I hope the move to the new offices goes smoothly.",
    "I'd fix the reporting lag first, as you described, by automating the weekly extract.",
    "The neighbourhood around the office is full of good coffee spots.",
    "The area was a bit hard to find, but the directions helped.",
    "Give my regards to Thandi at reception, who was very kind.",
    "I wrote a blog post about payroll audits last year, which you may find useful.",
    "My last office was cramped and chaotic, so your open floor plan was a welcome change.",
    "It was refreshing to hear such honest feedback on my case study.",
    "Happy holidays to you and the team.",
    "I noticed on your website that you are expanding to Cape Town.",
    "I have a real connection with the area, having grown up in Pinetown.",
]


@pytest.mark.parametrize("line", GOOD_D)
def test_good_d_stays_quiet(linter: Linter, line: str) -> None:
    assert flagged(linter, _mail("Dear Ms. Dube,", line), "email") == []
