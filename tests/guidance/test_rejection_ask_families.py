"""FL220: a reply to a rejection asks for feedback, or takes up feedback already given, in more words.

Found on two good replies of corpus batch y-4's dev split ("a line or two on where my application or
interview fell short"; thanks for explaining the decision, and a point taken away). Blind batch
written on 2026-12-04 before the change: 10 of 12 requests or feedback taken up were missed -> 0; 8
look-alikes that ask for nothing (thanks for explaining the timeline, "a line on the outcome",
"I take the point that the role needed someone sooner") still get the finding.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

ASKS_OR_TAKES_UP = [
 "Would you be willing to share a line or two on where my portfolio or presentation fell short?",
 "If you have a spare moment, a sentence or two on what the panel thought of my case study would help me a lot.",
 "Could you send me a quick note on where my answers or examples were weakest?",
 "I'd be grateful for a word or two about where my application and interview could have been stronger.",
 "Might you share a couple of lines on what the successful candidate brought that I didn't?",
 "Thank you for explaining the panel's reasoning so clearly on the phone.",
 "Thanks for talking me through the committee's decision yesterday; I'll take the point about stakeholder mapping on board.",
 "I appreciate you sharing the reasons behind the decision, and I will work on my presentation skills.",
 "Thank you for walking me through the scores; the comment on my SQL test was fair and I'll take it away with me.",
 "Many thanks for setting out why the team went another way. The point about my notice period is well taken.",
 "I will take your point about the whiteboard exercise to heart.",
 "Your note on the gaps in my budgeting examples was useful, and I'll take that on board.",
]  # fmt: skip
ASKS_NOTHING = [
 "Thank you for letting me know about the decision. I wish the team every success.",
 "I'm disappointed, but I appreciated meeting the team. Please keep me in mind for future roles.",
 "Thanks for explaining the timeline at the start of the process; it made the wait easier.",
 "Thank you for a line on the outcome; I'll keep an eye on your careers page.",
 "I will take a couple of days off and then get back to the search.",
 "I appreciate your candour and your time throughout the process.",
 "I take the point that the role needed someone sooner, and I hope our paths cross again.",
 "Thanks for the two or three lines you sent; I wish you all the best with the hire.",
]  # fmt: skip


def _fl220(linter: Linter, sentence: str) -> bool:
    text = (
        "Subject: RE: Your application\n\nDear Ms. Lund,\n\nThank you for your message about the analyst role. "
        f"{sentence}\n\nKind regards,\nSam Okoro"
    )
    return any(f.code == "FL220" for f in linter.lint(text, purpose="rejection-reply", channel="email").findings)


@pytest.mark.parametrize("sentence", ASKS_OR_TAKES_UP)
def test_a_request_for_feedback_or_feedback_taken_up_satisfies_the_rule(linter: Linter, sentence: str) -> None:
    assert not _fl220(linter, sentence)


@pytest.mark.parametrize("sentence", ASKS_NOTHING)
def test_a_reply_that_asks_for_nothing_still_gets_the_finding(linter: Linter, sentence: str) -> None:
    assert _fl220(linter, sentence)
