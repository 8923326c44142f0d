"""Purpose cues found by a fresh probe set (our own whole drafts, written before the fixes).

Three families the inference missed: a verdict conceded rather than conditioned ("even if it wasn't
the outcome I wanted"), a refusal named by its shape ("then a two-line no."), and gratitude named
and given for the meeting ("to express my gratitude for the opportunity to interview"). Each is
pinned both ways: its wordings decide the purpose, and its look-alikes do not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose
from followup_lint.linter import DEFAULT_PURPOSE

INTERVIEW = dt.date(2026, 5, 4)


def _purpose(body: str, days: int) -> str:
    """The purpose the linter would use for a note sent ``days`` after the interview."""
    context = Context(interview_date=INTERVIEW, sent_at=INTERVIEW + dt.timedelta(days=days))
    guess = infer_purpose(parse_draft(f"Hi Ana,\n\n{body}\n\nBest,\nLee"), context)
    return guess[0] if guess else DEFAULT_PURPOSE


@pytest.mark.parametrize(
    "body",
    [
        "I appreciate the update, even if it wasn't the outcome I wanted. Would you have ten minutes for feedback?",
        "Thanks for calling, even if that isn't the answer I'd hoped for.",
        "It's not quite the news I was hoping for, but thank you for telling me.",
        "Thanks for the update, even though it wasn't the result I expected.",
    ],
)
def test_a_verdict_conceded_is_a_reply_to_a_rejection(body: str) -> None:
    assert _purpose(body, 9) == "rejection-reply"


@pytest.mark.parametrize(
    "body",
    [
        "wow. ten days of silence and then a two-line no. classy.",
        "Three rounds, a take-home task, and I get a form no? Unbelievable.",
        "This morning I finally received a polite no, and I wanted to thank you for the kind words in it.",
        "So after all that, just a canned no.",
    ],
)
def test_a_refusal_named_by_its_shape_is_a_reply_to_a_rejection(body: str) -> None:
    assert _purpose(body, 10) == "rejection-reply"


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # a hypothetical verdict stays open, "even if" or not
        (
            "Even if I'm not selected this time, I have enjoyed every stage. Is there any news on timing?",
            10,
            "status-check",
        ),
        (
            "Even if the role goes to someone else, I would value a quick update on where things stand.",
            12,
            "status-check",
        ),
        # "no" that is no verdict: a no-show, a yes-or-no question, "no" inside a clause
        ("Thank you for the interview today, and sorry again for the near no-show with the trains.", 0, "thank-you"),
        ("Could you tell me whether a decision has been made? A simple yes or no is fine.", 14, "status-check"),
        (
            "Thank you for meeting me. I got the sense that a no is rarely final at your firm, which I admire.",
            1,
            "thank-you",
        ),
    ],
)
def test_look_alikes_keep_their_purpose(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose


@pytest.mark.parametrize(
    "body",
    [
        "I am writing to express my gratitude for the opportunity to interview for the Graduate Surveyor post.",
        "A quick note after today's panel: grateful to you, Leah and Ibrahim for a lively discussion.",
        "I remain thankful for the chance to meet the team and see the workshop.",
        "I'm truly indebted to you for the time you gave me on Tuesday.",
    ],
)
def test_gratitude_for_the_meeting_makes_a_thank_you(body: str) -> None:
    # (sent the day after: without the thanks the note would point nowhere, or at a question)
    guess = infer_purpose(
        parse_draft(f"Hi Ana,\n\n{body}\n\nBest,\nLee"),
        Context(interview_date=INTERVIEW, sent_at=INTERVIEW + dt.timedelta(days=1)),
    )
    assert guess is not None and guess[0] == "thank-you"


def test_gratitude_for_something_else_is_no_thanks_for_the_interview() -> None:
    body = "I'm grateful for your patience while I moved house. Has a decision been made on the analyst role?"
    assert _purpose(body, 12) == "status-check"


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # no thanks, days after the interview, and only a count of the time since it: a note about the wait
        (
            "It's been a week since my HR round and now you want another technical test. Send the offer or don't.",
            7,
            "status-check",
        ),
        ("Two weeks have now passed since our conversation about the planner role.", 14, "status-check"),
        ("It has been a while since we spoke about the sous-chef post.", 10, "status-check"),
        # "since we met" only recalls the meeting: no count of time, no status check
        (
            "Since we met on Monday I've been reading about your platform migration, and it's as interesting as you said.",
            4,
            "thank-you",
        ),
        ("Since we spoke I have looked up the book you recommended.", 3, "thank-you"),
    ],
)
def test_a_count_of_the_time_since_the_interview_without_thanks(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # a parting, with thanks for the message that carried the news
        (
            "Thank you for the kind message and for considering me. I've learned a lot from the process and hope our paths cross again.",
            12,
            "rejection-reply",
        ),
        (
            "Thanks for your note. I gained so much through this whole experience, and I wish you all the best for the future.",
            11,
            "rejection-reply",
        ),
        # the choice of someone named, accepted: "the board's choice"
        (
            "I received your letter today. I respect the board's choice and thank you for the courtesy of a personal reply.",
            16,
            "rejection-reply",
        ),
        # a thank-you that looks ahead is no parting: one kind does not decide, and the interview is no process
        (
            "Thank you for the interview on Monday. I learned a lot from the interview itself, and I hope our paths cross again soon.",
            2,
            "thank-you",
        ),
        (
            "Thank you for meeting me. Good luck with the launch next month; I wish the team well with it.",
            1,
            "thank-you",
        ),
        # thanks given late, by name
        (
            "A belated thank-you for last week's interview: I was travelling and wanted to write properly.",
            9,
            "thank-you",
        ),
        ("Just a heartfelt thanks for Thursday, and for the tour of the labs.", 4, "thank-you"),
    ],
)
def test_a_parting_and_thanks_given_late(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        (
            "I have received your decision with regret. Nevertheless, I thank you sincerely for your time.",
            "rejection-reply",
        ),
        (
            "I took the news with some sadness, but I am grateful for the chance to meet the department.",
            "rejection-reply",
        ),
        # news of something else, or regret about the writer's own doing, is no verdict
        (
            "I was sorry the news of the merger came with so much uncertainty. Has a decision been made on the role?",
            "status-check",
        ),
    ],
)
def test_a_verdict_received_with_sorrow(body: str, purpose: str) -> None:
    assert _purpose(body, 14) == purpose


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # the day named for the decision gone by, and news asked for as a favour, days after the interview
        (
            "Thank you for your time at interview. As the date you mentioned for a decision has passed, I'd appreciate an update when convenient.",
            12,
            "status-check",
        ),
        (
            "Thanks again for Tuesday. Now that the end of the month has come and gone, I'd be grateful for any word on the role.",
            27,
            "status-check",
        ),
        # the same words in a fresh thank-you, or about something else, do not make a status check
        (
            "Thank you for meeting me this morning. I'd appreciate an update on the parking arrangements for the second round.",
            0,
            "thank-you",
        ),
        (
            "Thank you for the interview yesterday. I know the application deadline has passed for other roles, so I'm glad I caught this one.",
            1,
            "thank-you",
        ),
    ],
)
def test_the_decision_day_gone_by(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose


@pytest.mark.parametrize(
    "body",
    [
        # spite at whoever was chosen, or at how: the verdict is behind the note
        "Guess I'm not good enough for you people. Enjoy your mediocre hire.",
        "You wasted three weeks of my life on this process and then said no in two lines.",
        "Was the interview just for show? You clearly had an internal candidate lined up all along.",
        "Not that it matters now, but your so-called feedback was useless.",
        "Fine. Your call. But I'll be reapplying when your new hire quits in three months.",
        "I got the 'we've decided to pursue other candidates' email. Pursue away.",
    ],
)
def test_spite_at_the_verdict_is_a_reply_to_a_rejection(body: str) -> None:
    assert _purpose(body, 12) == "rejection-reply"


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # a "no" to something else, a hire wished well before any verdict, a guess about the field
        (
            "Thank you for the interview. I asked whether I could bring my laptop and you said no, which was fine.",
            1,
            "thank-you",
        ),
        ("Thank you for meeting me. Enjoy your weekend, and good luck with the office move.", 1, "thank-you"),
        (
            "I understand you may have an internal candidate in mind already. Has a decision been made on the role?",
            14,
            "status-check",
        ),
        (
            "Thanks for the interview. Whether we meet again on site or online is your call; both suit me.",
            2,
            "thank-you",
        ),
        (
            "Thank you for your feedback on my portfolio during the interview; it was generous and clear.",
            1,
            "thank-you",
        ),
    ],
)
def test_look_alikes_of_spite_keep_their_purpose(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # whether one got through, asked days after the interview, is news asked for
        (
            "Any chance you could let me know if I'm through to the next round? I'm booking leave for June.",
            9,
            "status-check",
        ),
        ("Could you tell me whether I have been shortlisted for the final stage?", 12, "status-check"),
        # the same words the day after, with thanks, looking ahead: a thank-you
        (
            "Thank you for the interview yesterday. I'd love to know if I'm through to the next round, but I know it's early.",
            1,
            "thank-you",
        ),
        # a late thank-you that offers help is no request for news
        (
            "Thank you for the interview last week; I'm sorry this is late. Let me know if you need anything else from me.",
            9,
            "thank-you",
        ),
    ],
)
def test_asking_whether_one_got_through(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose


@pytest.mark.parametrize(
    ("body", "days", "purpose"),
    [
        # the verdict reported as a judgement of the match
        (
            "I know you've said the coordinator job isn't the right fit for me. Please accept these biscuits anyway!",
            14,
            "rejection-reply",
        ),
        (
            "The panel made it clear I was not quite the right fit, and I accept that. Thank you for your time.",
            12,
            "rejection-reply",
        ),
        # the writer walking away days later is a reply to a rejection; on the interview's own day, with thanks
        # for it, a hostile thank-you (nothing says the verdict has come)
        (
            "Admitting a mistake is beyond your HR team. I wouldn't work for a company like that if you paid me double.",
            8,
            "rejection-reply",
        ),
        ("Thanks for this morning's 'interview'. Good luck finding someone who meets your standard.", 0, "thank-you"),
        ("Good luck finding someone who meets your standard.", 12, "rejection-reply"),
        # sarcastic thanks for being shown what the firm is is no thanks for a tour
        (
            "Thanks for showing me your true colours before I signed anything. Do you still expect me on Monday?",
            8,
            "status-check",
        ),
        ("Thank you for showing me round the lab yesterday; the sequencing room was a highlight.", 1, "thank-you"),
    ],
)
def test_a_judged_match_walking_away_and_sarcastic_thanks(body: str, days: int, purpose: str) -> None:
    assert _purpose(body, days) == purpose
