"""A rejection wished for instead of the silence is no rejection: the note still waits for one.

Blind batch (2026-12-04, written before the fix; found on a new dev draft, y-status-sarcastic-your-direct-line-
was-just-for-show): 6 status checks that wish for a rejection ("I'd have respected a two-line rejection more than
this silence", "A rejection would have been kinder", "I would prefer a clear rejection") and 4 rejection replies
with modal words: 3 of 10 wrong before (each status check read as a rejection reply from "rejection"), 0 after.
Look-alikes (6, written after the fix and before running it): real rejection replies that say "would" near
"rejection" or "no", and a status check that asks to be told if it is a no: 0 wrong.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

R, S = "rejection-reply", "status-check"

BATCH = [
    (S, "Subject: Still waiting\n\nHi Dana,\n\nIt has been three weeks since my interview for the analyst role. Honestly, I'd have respected a two-line rejection more than this silence. Is the role still open?\n\nOwen"),
    (S, "Hi Dana,\n\nThree weeks on from the interview and nothing. A rejection would have been kinder than being left to wonder. Can you tell me where things stand?\n\nOwen"),
    (S, "Hi Dana,\n\nI'd honestly rather get a no than keep waiting. It's been two weeks since we met about the designer post - has a decision been made?\n\nPriya"),
    (S, "Hello Mr. Ruiz,\n\nIf the answer is no, please just tell me; I would prefer a clear rejection to more silence. I interviewed for the technician job on 3 May and have heard nothing since.\n\nRegards,\nAli"),
    (S, "Hi Sam,\n\nI would have preferred even a short rejection email to nothing at all. It has been a month since the panel interview. Could you let me know the status?\n\nJo"),
    (S, "Dear Ms. Chen,\n\nA simple no would be fine by me; what is hard is not knowing. It has been twelve days since my interview for the nursing post. Is there any news?\n\nKind regards,\nMaria"),
    (R, "Hi Dana,\n\nThank you for letting me know. I would have preferred a different outcome, of course, but I understand the decision and wish the team well.\n\nOwen"),
    (R, "Hi Dana,\n\nI'd rather have heard it by phone, but thanks for telling me that you went with another candidate. Could you share any feedback?\n\nOwen"),
    (R, "Dear Mr. Ruiz,\n\nThank you for your email. Although I would have liked to join the team, I respect your decision not to move forward with my application.\n\nYours sincerely,\nAli"),
    (R, "Hi Sam,\n\nA rejection is never easy to read, but thank you for the detailed feedback on my case study. I'd welcome the chance to apply again next year.\n\nJo"),
]  # fmt: skip

LOOK_ALIKES = [
    (R, "Hi Dana,\n\nThank you for letting me know. I would have appreciated a call rather than an email about the rejection, but I understand.\n\nOwen"),
    (R, "Hi Dana,\n\nI'd say the rejection stung, but your feedback on my portfolio helped. Thanks for taking the time to explain.\n\nOwen"),
    (R, "Dear Mr. Ruiz,\n\nYour rejection would have been easier to take with a reason. Could you tell me why I was not selected?\n\nAli"),
    (R, "Hi Sam,\n\nSo it's a no. I would have loved to work with you, but thank you for the chance.\n\nJo"),
    (R, "Hi Dana,\n\nGot your message that it's a no - I'd be lying if I said I wasn't disappointed. Thanks for letting me know.\n\nPriya"),
    (S, "Hi Dana,\n\nIt's been two weeks since my interview for the planner role. If it's a no, I'd appreciate knowing so I can plan.\n\nPriya"),
]  # fmt: skip


@pytest.mark.parametrize(("want", "text"), BATCH + LOOK_ALIKES)
def test_a_wished_for_rejection_is_none(linter: Linter, want: str, text: str) -> None:
    report = linter.lint(text)
    assert report.purpose == want, report.inferred.get("purpose")
