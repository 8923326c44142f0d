"""Purpose and channel cues as families, from hard cases written before the r- drafts were seen.

Each family is pinned both ways: its usual wordings decide the purpose, and the look-alikes a
thank-you or a status check uses (a question, a condition, a hope) do not.
"""

from __future__ import annotations

import pytest

from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose


def _purpose(body: str) -> str | None:
    guess = infer_purpose(parse_draft(f"Hi Ana,\n\n{body}\n\nBest,\nLee"))
    return guess[0] if guess else None


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for letting me down gently. I enjoyed meeting the team.",
        "I understand the role went to an internal candidate. Congratulations to them, and thank you for the interview.",
        "I was sorry not to make it to the final round, but thank you for the chance to interview.",
        "Thank you for the phone call on Friday. Of course I'm sad I didn't make the cut, but I enjoyed the process.",
        "It sounds like you've found the right person for the job. Thank you for considering me.",
        "Thank you for the update on the role. Whilst I'm disheartened, I wish the team well.",
        "Thank you for the update. I'm sorry I won't get to work with you, but I hope we can stay in touch.",
        "I was sad to hear I wasn't chosen, but thank you for your time.",
        "You hired your friend, didn't you? Everyone knew the job was his.",
        "So that's it? Six weeks, four interviews and a no by text. Classy.",
    ],
)
def test_a_reply_to_a_rejection_in_other_words(body: str) -> None:
    assert _purpose(body) == "rejection-reply"


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        # a condition or a question about the outcome is no outcome
        ("Could you let me know if I didn't make it to the next round? I haven't heard anything yet.", "status-check"),
        ("It has been two weeks since we met. Has the role gone to someone else?", "status-check"),
        ("Has the position gone to another candidate? I haven't heard anything since our interview.", "status-check"),
        ("Thank you for the interview today. I hope you've found the session useful too.", "thank-you"),
        # complaining of silence names no rejection
        ("Three weeks and not even a form email. Is anyone reading these?", "status-check"),
        # an interview that went on to the next stage
        ("Thank you for today. I'm glad I get to move on to the next round.", "thank-you"),
    ],
)
def test_the_look_alikes_keep_their_purpose(body: str, purpose: str) -> None:
    assert _purpose(body) == purpose


@pytest.mark.parametrize(
    "body",
    [
        "Thanks a lot for the interview, I'm sure you'll pick the best person and I hope it's me. When will you decide?",
        "Many thanks for showing me round the bakery this morning. When might I hear back?",
        "Cheers for having me in today! What are the next steps?",
        "I am grateful for the opportunity to interview yesterday. Is there anything else you need from me?",
        "Your time today was much appreciated. When do you expect to decide?",
        "Thank you for seeing me yesterday. Do you know when you will decide?",
    ],
)
def test_thanks_for_the_meeting_in_other_words_keeps_a_question_a_thank_you(body: str) -> None:
    assert _purpose(body) == "thank-you"


@pytest.mark.parametrize(
    "text",
    [
        "Frank,\n\nThank you for meeting me on 6 May about the test engineer role.\n\nBest wishes,\nRalph Nakamura\n(my card is enclosed)",
        "Dear Ms. Ortiz,\n\nThank you for the interview. I have enclosed the references you asked for.\n\nBest regards,\nLee Chen",
        "Dear Ms. Ortiz,\n\nA handwritten thank-you seemed right after such a warm welcome.\n\nBest regards,\nLee Chen",
    ],
)
def test_what_only_paper_carries_marks_a_letter(text: str) -> None:
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "letter"


def test_an_email_that_encloses_stays_an_email_and_a_post_online_is_no_letter() -> None:
    emailed = "Subject: Thank you\n\nHi Ana,\n\nThank you for today; the samples are enclosed.\n\nBest,\nLee"
    assert infer_channel(parse_draft(emailed)) == ("email", "the Subject: header")
    online = "Hi Ana,\n\nThank you for today. I enjoyed the post on your team blog.\n\nBest,\nLee"
    assert infer_channel(parse_draft(online)) is None


def test_thanks_again_after_a_greeting_with_a_title_still_follows_an_earlier_note() -> None:
    # "Ms." ends no sentence: the body's first sentence thanks "again", so this note follows up
    text = (
        "Subject: Finance Officer interview\n\nDear Ms. Dunn,\n\nThank you again for interviewing me on 9 March. "
        "I wanted to ask whether there is any news.\n\nKind regards,\nJo Mensah"
    )
    guess = infer_purpose(parse_draft(text))
    assert guess is not None and guess[0] == "status-check" and "again" in guess[1]
