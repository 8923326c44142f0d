"""Round 14 (tone14pro), blind batch C for G-TONE-PROFESSIONAL, written before the third change (after
batch B): kinds from the dev drafts still missed after batches A and B.  Same reading as batch A.

- JUDGE: condescension about the reader's judgement or asking for the interviewer's own CV;
  JUDGE_OK: asking for the reader's view or a job description.
- CLOSE: a personal "connection" or getting to know the reader better over a meal; CLOSE_OK: the
  same words about the team or the mission.
- PLACE: tactless remarks about the employer's area, office or customers; PLACE_OK: plain or warm
  remarks about them.

Misjudged before the change: 7 of 16 (bad missed 7 of 8; good flagged 0 of 8); after it (FL331:
judgement and CV condescension; FL329: a personal connection, tactless remarks on the place or
people): 0 of 16.
"""

from __future__ import annotations

import pytest
from test_round14_tone14pro import _mail, _params, flagged

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


BAD_C = {
    "judge-say-more": _mail(
        "Dear Mr. Osei,", "Passing on me would, frankly, say more about your hiring judgement than about me."
    ),
    "judge-reflect-badly": _mail(
        "Dear Ms. Brandt,", "Choosing someone else would reflect badly on your panel's judgment."
    ),
    "judge-own-cv": _mail("Dear Mr. Varga,", "Could you forward your own CV so I can see who is assessing me?"),
    "judge-panel-resumes": _mail(
        "Dear Ms. Chua,", "It would be only fair if I could see the résumés of the panel members as well."
    ),
    "close-dinner": _mail(
        "Dear Rafael,", "I felt a real connection with you and would love to get to know you better over dinner."
    ),
    "place-suburb": _mail("Dear Mrs. Mthembu,", "Your suburb is a bit dodgy, to be honest, but I'd cope."),
    "place-dingy": _mail(
        "Dear Mr. Quinn,", "The reception area felt a bit tired and dingy, but nothing a refurbishment couldn't fix."
    ),
    "place-customers": _mail(
        "Dear Ms. Roux,", "The customers at that branch aren't really my kind of people, but I'd get used to them."
    ),
}

GOOD_C = {
    "judge-view": _mail("Dear Mr. Osei,", "I'd value your judgement on whether my experience fits the senior track."),
    "judge-jd": _mail(
        "Dear Mr. Varga,", "Could you share the full job description, so I can prepare for the next round?"
    ),
    "close-team": _mail("Dear Rafael,", "I'd love to get to know the team better at the open day next month."),
    "close-mission": _mail("Dear Ms. Brandt,", "I felt a real connection with the mission of the food bank."),
    "close-crew": _mail("Dear Ms. Chua,", "I look forward to getting to know you and the rest of the crew."),
    "place-lively": _mail(
        "Dear Mrs. Mthembu,", "The office is in a lively neighbourhood, and the commute suits me well."
    ),
    "place-rooftop": _mail("Dear Mr. Quinn,", "The new building is lovely, and the rooftop garden was a treat."),
    "place-buses": _mail("Dear Ms. Roux,", "It was good to learn that the branch is well served by buses."),
}

XFAIL_BAD_C: set[str] = set()
XFAIL_GOOD_C: set[str] = set()


@pytest.mark.parametrize("text", _params({k: (v,) for k, v in BAD_C.items()}, XFAIL_BAD_C))
def test_bad_c_is_flagged(linter: Linter, text: str) -> None:
    assert flagged(linter, text, "email")


@pytest.mark.parametrize("text", _params({k: (v,) for k, v in GOOD_C.items()}, XFAIL_GOOD_C))
def test_good_c_stays_quiet(linter: Linter, text: str) -> None:
    assert flagged(linter, text, "email") == []
