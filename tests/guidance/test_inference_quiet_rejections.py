"""Purpose on rejection replies that name no rejection word (thirteenth session), with look-alikes that
must not move.  Written for this test, not taken from the corpus.

On the held-out split, 10 of the 16 drafts whose purpose was misread were rejection replies (5 read as
status checks, 5 as thank-yous: counts only, from calibrate.py).  A blind probe set of 24 quiet
replies of our own missed 6, one family each:

- the vacancy filled from inside, said as done ("the team has chosen to hire from within");
- the outcome named as not the one hoped for ("the outcome wasn't the one I'd wanted");
- the future that will not happen, granted in passing ("Though I won't be joining the team, ...");
- and, as second signs beside one other, the one chosen without "who" ("the person you chose"), a
  meeting put far off ("I hope to work with you one day"), the search taken elsewhere, thanks for
  the closure, being considered again, watching the careers page.
"""

from __future__ import annotations

import pytest

from followup_lint import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose

LATE = Context(interview_date="2026-11-10", sent_at="2026-11-25")
FRESH = Context(interview_date="2026-11-24", sent_at="2026-11-25")


def _note(subject: str, body: str) -> str:
    return f"Subject: {subject}\n\nHi Dana,\n\n{body}\n\nBest,\nSam"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Quick note", "I got your message that the team has chosen to hire from within. I completely understand."),
        ("Re: The post", "I see the post was filled internally. Thank you all the same for your time."),
        (
            "Thank you",
            (
                "Thank you for the opportunity to interview. While the outcome wasn't the one I'd wanted, "
                "I'm grateful for the experience."
            ),
        ),
        ("Thank you", "Though I won't be joining the team, I wanted to thank you for a fair and friendly process."),
        (
            "Thank you",
            (
                "Thank you for the kind words about my interview even though it wasn't to be. I hope to work with "
                "you one day."
            ),
        ),
        (
            "Re: Application",
            "Thank you for considering me. Best of luck to the person you chose; I'll keep watching your careers page.",
        ),
        ("Moving on", "Thanks for the closure. I'll apply my energy elsewhere but would love to reconnect in a year."),
        ("Re: Your application", "Thank you for getting back to me. I'd be glad to be considered again next year."),
    ],
)
def test_a_quiet_reply_to_a_rejection_is_read_as_one(subject: str, body: str) -> None:
    guess = infer_purpose(parse_draft(_note(subject, body)), LATE)
    assert guess is not None and guess[0] == "rejection-reply", guess


@pytest.mark.parametrize(
    ("want", "context", "subject", "body"),
    [
        (
            "status-check",
            LATE,
            "Checking in",
            (
                "I know you mentioned the team might decide to hire from within. Is there any news on the role? "
                "I'd appreciate some closure either way."
            ),
        ),
        (
            "status-check",
            LATE,
            "Following up",
            "If the team has chosen to hire internally, I completely understand; could you let me know either way?",
        ),
        (
            "thank-you",
            FRESH,
            "Thank you",
            (
                "Thank you for yesterday. I enjoyed hearing how the team promoted from within last year, and I hope "
                "to work with you one day soon."
            ),
        ),
        (
            "thank-you",
            FRESH,
            "Thank you",
            (
                "Thank you for meeting me. Although I won't be joining the call on Friday, I'm happy to send the "
                "portfolio before then."
            ),
        ),
        (
            "thank-you",
            FRESH,
            "Thank you",
            (
                "Thanks for the interview today. You mentioned an internal candidate had also applied; I'd still "
                "love the chance to join."
            ),
        ),
        (
            "status-check",
            LATE,
            "Any update?",
            "It's been two weeks since my interview. I'd be grateful for some closure, whatever the outcome.",
        ),
        (
            "thank-you",
            FRESH,
            "Thank you",
            (
                "Thank you for the interview. I'll keep watching your careers page for the graduate programme dates "
                "you mentioned."
            ),
        ),
        (
            "status-check",
            LATE,
            "Status",
            "Could you tell me whether the position will be filled internally? I remain very interested.",
        ),
        (
            "status-check",
            LATE,
            "Checking in",
            "Has a decision been made? I'm keen to know whether the outcome is what I'm hoping for.",
        ),
    ],
)
def test_look_alikes_keep_their_purpose(want: str, context: Context, subject: str, body: str) -> None:
    guess = infer_purpose(parse_draft(_note(subject, body)), context)
    assert guess is not None and guess[0] == want, guess


# Status checks that thank again and ask after the decision in words the tables did not know (a count of
# days in words, "still interviewing", "any further thoughts", "these things take time"), with
# thank-yous that must stay thank-yous: thanks "again" is no status sign by itself.
WEEK_AND_A_DAY = Context(interview_date="2026-11-17", sent_at="2026-11-25")


@pytest.mark.parametrize(
    ("context", "body"),
    [
        (
            None,
            (
                "Thank you again for having me in. It's been about ten days, so I thought I'd reach out and ask "
                "whether you're still interviewing."
            ),
        ),
        (
            None,
            (
                "Thank you again for the interview a couple of weeks ago. Have you had any further thoughts on my "
                "application?"
            ),
        ),
        (
            WEEK_AND_A_DAY,
            (
                "Thank you for the interview last Tuesday. I understand these things take time; I just wanted to make "
                "sure my references reached you and see if you need anything else from me."
            ),
        ),
    ],
)
def test_a_status_check_that_thanks_again_is_read_as_one(context: Context | None, body: str) -> None:
    guess = infer_purpose(parse_draft(_note("Following up", body)), context)
    assert guess is not None and guess[0] == "status-check", guess


@pytest.mark.parametrize(
    "body",
    [
        (
            "Thank you again for the interview. I wanted to make sure my portfolio link reached you, since the "
            "attachment bounced."
        ),
        (
            "Thank you again for meeting with me about the analyst role. Please let me know if you have a chance to "
            "look at the extra samples I mentioned."
        ),
        (
            "Thanks again for the tour of the plant. If you're still interviewing this week, I'd be glad to send "
            "references whenever helpful."
        ),
        (
            "Thank you again for your time on Tuesday. It's been two days and I'm still thinking about the warehouse "
            "automation project you described."
        ),
        (
            "Thank you again for taking the time to meet with me. I know decisions like this take time, and I look "
            "forward to hearing from you."
        ),
    ],
)
def test_a_thank_you_that_thanks_again_stays_a_thank_you(body: str) -> None:
    guess = infer_purpose(parse_draft(_note("Thank you", body)), None)
    assert guess is not None and guess[0] == "thank-you", guess
