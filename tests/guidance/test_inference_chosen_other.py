"""The choice reported with a contraction and a plain noun for the one chosen: "you'd gone with the other fellow".

Found on a new dev draft of batch y-3 (a voicemail that argues with the verdict, read as a thank-you by
default). Batch written before the fix: 3 rejection replies ("you'd gone with the other fellow", "they'd gone
with the younger chap", "you've gone with the other lady") and 2 thank-you look-alikes (the writer's own choice
of approach; the reader's choice of venue): the rules missed 2 of 5 before (the learned model put both right),
0 after, with the cue now the words themselves.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

R, T = "rejection-reply", "thank-you"

CASES = [
    (R, "Hi Sandra,\n\nYou told me yesterday you'd gone with the other fellow. I think that's a mistake, but so be it.\n\nVictor"),
    (R, "Hi Tom,\n\nSo they'd gone with the younger chap after all. Shame. Best of luck to him.\n\nRon"),
    (R, "Dear Ms. Patel,\n\nI understand you've gone with the other lady for the post. Thank you for letting me know so promptly.\n\nAnn"),
    (T, "Hi Sandra,\n\nThank you for the interview today. In the case study I'd gone with the other approach at first, and your question made me rethink it.\n\nVictor"),
    (T, "Hi Sandra,\n\nThanks for meeting me this morning. I was glad you'd gone with the other venue in the end - the new office is lovely.\n\nVictor"),
]  # fmt: skip


@pytest.mark.parametrize(("want", "text"), CASES)
def test_the_other_one_chosen(linter: Linter, want: str, text: str) -> None:
    report = linter.lint(text)
    assert report.purpose == want, report.inferred.get("purpose")
    if want == R:
        assert "gone with" in report.inferred["purpose"]
