"""FL201 on a blind batch written on 2026-12-04 (not from the corpus or any page): notes whose only
"thanks" is a sign-off word, sarcasm, a request's formula or "appreciate" meaning "understand", and
notes that thank in words other than "thank".

Before the change 4 of 14 thankless notes passed as thanking and 1 of 10 thankful notes was flagged;
after it 2 of 14 pass (left: "Really appreciate that." said sarcastically after a complaint, which
needs the sentence before it, and "Thanks for any update you can give", thanks in advance that
reviewers may read either way) and none of the thankful notes is flagged."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def says_no_thanks(linter: Linter, purpose: str, body: str, closing: str = "Best,") -> bool:
    text = f"Subject: Analyst role\n\nHi Ana,\n\n{body}\n\n{closing}\nLee Park"
    report = linter.lint(text, purpose=purpose)
    return any(f.code == "FL201" and f.severity.value in ("warning", "error") for f in report.findings)


NO_THANKS = [
    # "appreciate" meaning "understand"
    ("status-check", "I appreciate you're busy, but it's been three weeks. Any news?"),
    ("status-check", "I appreciate it's a busy time of year. Is there any news on the Analyst role?"),
    ("status-check", "I appreciate that these things take time. Could you tell me where things stand?"),
    ("status-check", "I appreciate the process may take a while. Has a decision been made?"),
    # mock thanks for being left without news
    ("status-check", "Thanks for keeping me in the dark for a month. Is the role filled?"),
    ("status-check", "Thank you for leaving me hanging since the 3rd. Any news?"),
    # already counted before the change
    ("status-check", "Thanks for nothing so far. Is there any news on the Analyst role?"),
    ("status-check", "Thanks in advance for finally replying. Where are things with the Analyst role?"),
]

THANKS = [
    ("thank-you", "It meant a lot that you made time for me on Tuesday. I'm keen on the role."),
    ("thank-you", "Your advice on the portfolio meant a lot. I'm keen on the role."),
    ("thank-you", "It meant a great deal to meet the team. I'm keen on the role."),
    ("status-check", "I appreciate that you took the time to show me the lab. Is there any news on the role?"),
    ("thank-you", "I appreciate you being so open about the challenges. I'm keen on the role."),
    ("status-check", "I appreciate your time, and I know you're busy. Any news on the role?"),
    ("status-check", "Thank you again for the interview on the 3rd. Is there any news on the Analyst role?"),
    ("rejection-reply", "I'm grateful for the chance to interview. Could you share any feedback?"),
]


@pytest.mark.parametrize(("purpose", "body"), NO_THANKS)
def test_a_note_that_thanks_for_nothing_is_told_so(linter: Linter, purpose: str, body: str) -> None:
    assert says_no_thanks(linter, purpose, body)


@pytest.mark.parametrize(("purpose", "body"), THANKS)
def test_thanks_in_other_words_counts(linter: Linter, purpose: str, body: str) -> None:
    assert not says_no_thanks(linter, purpose, body)
