"""FL203 in a status check: asking where one stands, in the words status checks use.

Two blind batches of 2026-12-04, written before the linter saw them.  The first (25 questions and
requests: "Am I still in the running?", "Let me know either way.", "Was the role filled?") went
unheard 15 times; its families were added as patterns.  The second, written after, went unheard 6
times of 15 ("Is my application still active?", "Is there any movement on the role?"), so a
question about the application or the search is now heard by its parts (a question mark and a
word of the process), not only by fixed wordings: 0 of the 40 unheard after.

Since 2026-12-04 only a sentence that asks counts in a status check: what the employer said
earlier ("You said you would get back to me within the week"), an earlier request and "I look
forward to hearing from you" no longer count there (tests/guidance/test_status_check_asks.py).
The rule was a tip in status checks until round 9 (2026-12-05); it is a warning there now (docs/rules.md says why).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _asks(linter: Linter, sentence: str) -> bool:
    text = (
        "Subject: Data Analyst interview on 3 May – following up\n\nDear Ms Lind,\n\nThank you again for "
        f"meeting me about the Data Analyst role. I remain very interested. {sentence}\n\nBest regards,\nTom Wilk"
    )
    report = linter.lint(
        text, purpose="status-check", channel="email", context={"company": "Initech", "role": "Data Analyst"}
    )
    return not any(f.code == "FL203" for f in report.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Am I still in the running?",
        "Is the position still open?",
        "Where are we with this?",
        "Has a decision been made yet?",
        "Let me know either way.",
        "Either book the second interview or tell me it's a no.",
        "I need to know by Friday whether I'm still being considered.",
        "Could you tell me if I'm still under consideration?",
        "Is there anything holding things up?",
        "Have you had a chance to review the panel's notes?",
        "Can you confirm whether I've been unsuccessful?",
        "Just tell me yes or no.",
        "What's happening with my application?",
        "Any idea when I'll know?",
        "Are you still interviewing for the role?",
        "I'd appreciate knowing where I stand.",
        "Could you give me a rough idea of timing?",
        "Is it still going ahead?",
        "Did the panel reach a conclusion?",
        "Please advise on the status.",
        "Have I been shortlisted for the next round?",
        "Should I keep waiting, or move on?",
        "Was the role filled?",
        "Is the team still hiring for it?",
        "Could you let me know if the timescale has changed?",
        "Is there any movement on the Data Analyst role?",
        "Could you let me know how the search is going?",
        "Have you made your choice yet?",
        "Is the decision still expected this month?",
        "Do I still have a chance?",
        "Has there been any progress with the hiring?",
        "I'd be grateful to know whether I'm still being considered.",
        "Can you tell me whether the panel has met yet?",
        "Are things still on track for a decision this week?",
        "Would you be able to share where the process is at?",
        "Should I expect to hear anything soon?",
        "Is the role still being recruited for?",
        "Is my application still active?",
        "Could you update me when you can?",
        "Has the hiring manager had a chance to look at my case study?",
    ],
)
def test_asking_where_one_stands_is_heard(linter: Linter, sentence: str) -> None:
    assert _asks(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    ["I remain keen on the role.", "Thank you again for your time.", "I'm writing to follow up on my interview."],
)
def test_a_status_check_that_asks_nothing_gets_the_tip(linter: Linter, sentence: str) -> None:
    assert not _asks(linter, sentence)
