"""FL201: a bare thanks as the last words of a draft with no sign-off line is the sign-off itself.

LABELLING.md counts "Thanks," above a name as a sign-off, not thanks. A LinkedIn message or a
voicemail has no sign-off line, so its closing "Thanks! Priya Raman" or "Thank you so much." sat in
the body and counted as thanks: the dev split had five such status checks missed (G-GRATITUDE).
Blind batch written on 2026-12-04 before the change, across LinkedIn, voicemail and e-mail: 7 of
10 bare closing thanks were taken as thanks -> 0; 10 look-alikes (thanks for something, thanks
earlier in the body, a thank-you note, a reply to a rejection that thanks for the news) stay quiet.
In a thank-you the rule is unchanged: the whole note is about the interview, and a closing
"Thanks!" under it reads as thanks for it.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

S, T, R = "status-check", "thank-you", "rejection-reply"

SIGN_OFF_ONLY = [
 (S, "linkedin", "Hi Marco, I interviewed for the data steward role two weeks ago and wanted to check whether there is any news on timing. I'm still keen. Thanks! Priya Raman"),
 (S, "linkedin", "Hello Jen - following up on the ops coordinator interview from the 3rd. Is there an update on the decision? Thank you so much! Kai"),
 (S, "call", "Hi, this is Tomas Berg calling for Ms. Lund about the warehouse supervisor interview last Tuesday. I wanted to ask if a decision has been made yet. My number is 555-0134. Thanks. Bye."),
 (S, "call", "Hello Mr. Achebe, it's Grace Oyelaran. I interviewed for the lab tech post on the 9th and I'm calling to see where things stand. You can reach me on 555-0187. Thank you so much."),
 (S, "email", "Subject: Checking in - Account Executive\n\nHi Dana,\n\nI hope all is well. I wanted to ask whether there is any update on the account executive role I interviewed for on 2 May. I remain very interested.\n\nThanks!\nLeo"),
 (S, "email", "Subject: Update on the planner role?\n\nDear Ms. Fox,\n\nIt has been two weeks since my interview for the production planner role, and I would like to know whether the team has reached a decision. Many thanks. Ruth Adler"),
 (S, "linkedin", "Hi Sam, just circling back on the UX researcher opening - any word yet on next steps? Cheers, thanks a lot! Mei"),
 (S, "call", "Hi Alan, Bea Kim here, about the barista trainer job. Just wondering if you've decided yet. Call me back on 555-0111 when you get a chance. Thanks, bye!"),
 (S, "email", "Hi Omar,\n\nAny news on the estimator position? I interviewed on the 14th and I'd love to know where things are.\n\nThank you!\n\nJo Park"),
 (S, "linkedin", "Dear Mr. Haas, I am writing to ask about the status of my application for the quality engineer role, following my interview on 2 June. Thank you. Ines Duarte"),
]  # fmt: skip
THANKS_FOR_SOMETHING = [
 (S, "linkedin", "Hi Marco, thank you again for your time on the 4th. I wanted to check whether there is any news on the data steward role. I'm still keen. Thanks! Priya Raman"),
 (S, "linkedin", "Hello Jen - thanks for chatting with me about the ops coordinator role on the 3rd. Is there an update on the decision? Kai"),
 (S, "call", "Hi, this is Tomas Berg calling for Ms. Lund about the warehouse supervisor interview last Tuesday. I wanted to ask if a decision has been made yet. My number is 555-0134. Thank you for your time. Bye."),
 (S, "call", "Hello Mr. Achebe, it's Grace Oyelaran. Thank you again for meeting me on the 9th about the lab tech post. I'm calling to see where things stand. You can reach me on 555-0187."),
 (S, "email", "Subject: Checking in - Account Executive\n\nHi Dana,\n\nI hope all is well. I wanted to ask whether there is any update on the account executive role I interviewed for on 2 May. I remain very interested, and I appreciate your help with the process.\n\nThanks!\nLeo"),
 (S, "email", "Subject: Update on the planner role?\n\nDear Ms. Fox,\n\nIt has been two weeks since my interview for the production planner role, and I would like to know whether the team has reached a decision. Many thanks for your time and consideration. Ruth Adler"),
 (T, "linkedin", "Hi Sam, great to meet you today - I enjoyed hearing about the research repository. Thanks so much for the time! Mei"),
 (T, "call", "Hi Alan, Bea Kim here. Thanks for showing me the roastery this morning - I'd love to join the team. Call me back on 555-0111 if you need anything. Bye!"),
 (T, "email", "Hi Omar,\n\nThank you for the interview on the 14th and for walking me through the bid process. I'd love to join the estimating team.\n\nThanks again!\n\nJo Park"),
 (R, "linkedin", "Dear Mr. Haas, thank you for letting me know about the quality engineer role. I'm disappointed but grateful for the chance, and would welcome any feedback. Ines Duarte"),
]  # fmt: skip


def _fl201(linter: Linter, purpose: str, channel: str, text: str) -> bool:
    return any(f.code == "FL201" for f in linter.lint(text, purpose=purpose, channel=channel).findings)


@pytest.mark.parametrize(("purpose", "channel", "text"), SIGN_OFF_ONLY)
def test_a_bare_closing_thanks_with_no_sign_off_is_no_thanks(
    linter: Linter, purpose: str, channel: str, text: str
) -> None:
    assert _fl201(linter, purpose, channel, text)


@pytest.mark.parametrize(("purpose", "channel", "text"), THANKS_FOR_SOMETHING)
def test_thanks_for_something_or_thanks_in_the_body_still_thank(
    linter: Linter, purpose: str, channel: str, text: str
) -> None:
    assert not _fl201(linter, purpose, channel, text)


def test_a_bare_thanks_ending_the_body_above_a_sign_off_still_thanks(linter: Linter) -> None:
    text = (
        "Subject: Buyer role\n\nDear Mr. Haas,\n\nIs there any news on the Buyer role? Thank you!\n\nBest,\nTomasz Wilk"
    )
    assert not _fl201(linter, S, "email", text)


def test_in_a_thank_you_a_closing_thanks_under_the_note_thanks(linter: Linter) -> None:
    text = "Hi Sam, great to meet you today and to hear about the research repository. Thanks! Mei"
    assert not _fl201(linter, T, "linkedin", text)
