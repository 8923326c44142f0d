"""Purpose inference on notes that sit between two purposes (issue 9): the words of one purpose
inside a note of another must not decide it.  Written by us as hard cases, not taken from the
calibration corpus."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose

INTERVIEW = date(2026, 3, 3)


def purpose(text: str, days: int | None) -> str | None:
    context = None if days is None else Context(interview_date=INTERVIEW, sent_at=INTERVIEW + timedelta(days=days))
    guess = infer_purpose(parse_draft(text), context)
    return guess[0] if guess else None


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        pytest.param(
            "Subject: Thank you, and a question about the timeline\n\nHi Priya,\n\nThank you for the interview "
            "yesterday. I enjoyed the whiteboard exercise. You mentioned a decision in two weeks; is that still the "
            "plan? I have another offer to answer by Friday.\n\nBest,\nTom",
            1,
            "thank-you",
            id="a thank-you that asks about the timeline",
        ),
        pytest.param(
            "Subject: Product Designer role\n\nHi Priya,\n\nThank you again for the conversation on the 3rd; I "
            "enjoyed it. I wanted to ask whether there has been any movement on the role, as I remain very keen."
            "\n\nBest regards,\nTom Becker",
            10,
            "status-check",
            id="a status check that thanks again",
        ),
        pytest.param(
            "Subject: Re: Your application\n\nHi Priya,\n\nThank you for your message. Although I'm naturally "
            "disappointed, I appreciated meeting the team. If you have a moment, I would welcome any feedback on "
            "how I could strengthen my interviews.\n\nBest regards,\nTom Becker",
            15,
            "rejection-reply",
            id="a rejection reply asking for feedback",
        ),
        pytest.param(
            "Hi Priya – thanks again for the chat yesterday about the Product Designer role. Really enjoyed "
            "hearing about the research ops plans. Happy to connect here and keep in touch!",
            1,
            "thank-you",
            id="a LinkedIn message after an interview",
        ),
        pytest.param(
            "Subject: Withdrawing my application – Product Designer\n\nDear Priya,\n\nThank you for the time you "
            "and the team gave me last week. I have accepted another offer, so I would like to withdraw my "
            "application. I enjoyed our conversation and hope our paths cross again in future.\n\nKind regards,"
            "\nTom Becker",
            5,
            "thank-you",
            id="a withdrawal is no rejection reply",
        ),
        pytest.param(
            "Subject: Re: Next steps\n\nDear Priya,\n\nThanks for getting back to me so quickly. I'm delighted to "
            "move to the final round and happy to come in on Monday.\n\nKind regards,\nTom",
            3,
            "thank-you",
            id="a reply accepting the next interview",
        ),
        pytest.param(
            "Subject: Re: Second interview\n\nHi Priya,\n\nThank you for the invitation to the second interview. "
            "Thursday at 10:00 works well for me.\n\nBest regards,\nTom Becker",
            2,
            "thank-you",
            id="thanks for an invitation to the next round",
        ),
        pytest.param(
            "Subject: Your voicemail\n\nMs. Pryce,\n\nI listened to your voicemail. So it's a no, after three "
            "rounds. I would have liked to hear that in person.\n\nTom Becker",
            9,
            "rejection-reply",
            id="the news by text or voicemail, and the verdict in a word",
        ),
        pytest.param(
            "Subject: Quick question\n\nHi Priya,\n\nThank you for the tour on Tuesday. Moving the release "
            "checklist into the pipeline? That's a no-brainer, and I'd enjoy doing it.\n\nBest,\nTom",
            2,
            "thank-you",
            id="a no-brainer is no verdict",
        ),
        pytest.param(
            "Subject: Following up on yesterday's interview\n\nHi Jon,\n\nI wanted to follow up on our "
            "conversation yesterday and say thank you. The shift-handover problem you described is one I solved "
            "at Parcelink.\n\nBest,\nAmir",
            1,
            "thank-you",
            id="following up the day after to say thank you",
        ),
        pytest.param(
            "Subject: Sous Chef position\n\nChef Moreau,\n\nYou went with the other cook. Fine. I hope he can "
            "handle a Saturday service half as well as I would have.\n\nLuc",
            30,
            "rejection-reply",
            id="the one chosen described in any words",
        ),
        pytest.param(
            "Subject: Re: Supervisor role\n\nJon,\n\nNo need to sugarcoat it. I know when I'm not wanted. Good "
            "luck.\n\nAmir",
            6,
            "rejection-reply",
            id="not chosen, said of oneself",
        ),
        pytest.param(
            "Subject: Store Manager – still hoping to hear\n\nDear Mr. Lind,\n\nThank you for considering me. After "
            "three interviews and two e-mails from me I have heard nothing. I take the silence to mean you have "
            "hired someone else, which is a pity. A two-line note would have been kind.\n\nRegards,\nMia Holt",
            30,
            "status-check",
            id="a rejection only supposed from silence",
        ),
        pytest.param(
            "Hi Sven, I got your voicemail saying I was unsuccessful. Thanks for calling rather than e-mailing; "
            "it meant a lot.",
            9,
            "rejection-reply",
            id="the verdict reported",
        ),
        pytest.param(
            'Subject: The message you sent\n\nMr. Lind,\n\nI got your DM by mistake. Apparently I am "not a fit". '
            "Noted.\n\nMia",
            3,
            "rejection-reply",
            id="the verdict quoted, the news by DM",
        ),
        pytest.param(
            "Hi Sven, I hope you're well. Thank you again for our call last Tuesday about the Buyer role. Is there "
            "any update you can share on timing? Many thanks, Mia Holt",
            7,
            "status-check",
            id="thanks again after a pleasantry, a week on, asking for news",
        ),
        pytest.param(
            "Hi Marta,\n\nI'm sorry to learn I won't be joining Fernbank. Congratulations to whoever landed it."
            "\n\nOmar",
            8,
            "rejection-reply",
            id="sorry to learn, and the future that will not happen",
        ),
        pytest.param(
            "Hi Marta, just saw your email. Bummer, but totally get it. Good luck with the new person!",
            4,
            "rejection-reply",
            id="a casual reply to the news",
        ),
        pytest.param(
            "Subject: Data Engineer\n\nMarta,\n\nIt has now been over three weeks. I'd appreciate the basic "
            "courtesy of a yes or no.\n\nOmar",
            25,
            "status-check",
            id="asking for a yes or no",
        ),
        pytest.param(
            "Subject: Thank you\n\nHi Marta,\n\nThank you for meeting me this morning, and I was sorry to hear "
            "about your delayed flight. The streaming pipeline plans were fascinating.\n\nBest,\nOmar",
            0,
            "thank-you",
            id="sorry to hear about a flight is no rejection",
        ),
        pytest.param(
            "Hi Dana, lovely to meet you at the careers fair on Saturday! I interviewed with Priya in your analytics "
            "team three weeks ago for the Analyst role, and I'd love to tell you more about why I'm a fit over "
            "coffee. Best, Tom",
            21,
            "status-check",
            id="reminding a new reader of an interview weeks ago",
        ),
        pytest.param(
            "Subject: Thank you – Analyst interview\n\nHi Priya,\n\nThank you for the interview last week; I'm "
            "sorry this note is late. Your plans for the churn model stayed with me.\n\nBest,\nTom",
            9,
            "thank-you",
            id="a late thank-you stays a thank-you",
        ),
    ],
)
def test_notes_between_two_purposes(text: str, days: int | None, expected: str) -> None:
    assert purpose(text, days) == expected


def test_waiting_for_a_reply_is_still_a_status_check() -> None:
    text = (
        "Subject: Product Designer role\n\nHi Priya,\n\nI'm still hoping you will get back to me about the role "
        "we discussed.\n\nBest,\nTom"
    )
    assert purpose(text, 12) == "status-check"


def test_a_spoken_opening_after_a_filler_marks_a_call() -> None:
    from followup_lint.infer import infer_channel

    text = "Yeah, hi, it's Mia Holt about the Buyer role. Don't bother calling me back if the answer is no."
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "call"


def test_a_signed_short_note_typed_on_the_platform_is_a_linkedin_message() -> None:
    from followup_lint.infer import infer_channel

    text = (
        "Hi Joanna,\n\nThank you for yesterday's interview – the route-planning case was great fun. I've just "
        "followed Castell on here and look forward to hearing about next steps.\n\nBest,\nSam"
    )
    guess = infer_channel(parse_draft(text))
    assert guess is not None and guess[0] == "linkedin"


# A thank-you whose only thanks is its subject line: its own sentences must not turn it into something else
# (a review of the cue families found each of these read as a rejection reply or a status check).
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "I just wanted to say I'm not used to such a warm panel, and it put me at ease.", id="to say I'm not"
        ),
        pytest.param(
            "You told me I wasn't expected to know dbt yet; I have started the tutorial anyway.", id="told me I wasn't"
        ),
        pytest.param("I'm writing to say I won't be able to make Friday's team lunch, sadly.", id="to say I won't be"),
        pytest.param("On the case study I went with the more conservative estimate of churn.", id="I went with"),
        pytest.param(
            "You went with the more cautious approach in the case study, which I liked.", id="you went with an approach"
        ),
        pytest.param(
            "I've heard nothing but good things about your team from former colleagues.", id="heard nothing but"
        ),
        pytest.param(
            "We had no reply from the vendor either when we tried this at my last job.",
            id="no reply from a third party",
        ),
    ],
)
def test_a_thank_you_keeps_its_purpose_beside_negatives_that_are_no_verdict(sentence: str) -> None:
    text = f"Subject: Thank you – Data Analyst interview\n\nHi Kim,\n\n{sentence}\n\nBest,\nLee"
    assert purpose(text, None) == purpose(text, 1) == "thank-you"


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("a quick thanks for your help with my application", id="thanks for help"),
        pytest.param("I wanted to send a thank-you for your patience with my questions", id="thank-you for patience"),
    ],
)
def test_asking_for_news_outweighs_thanks_not_given_for_the_interview(opening: str) -> None:
    text = f"Subject: Analyst role\n\nHi Ana, {opening}. Is there any news on the analyst role?\n\nBest,\nLee"
    assert purpose(text, None) == "status-check"


def test_the_verdict_reported_and_the_choice_of_someone_else_still_read_as_a_rejection_reply() -> None:
    told = "Subject: Re: Analyst role\n\nHi Ana, I got your e-mail saying I was not selected. Thanks for telling me.\n\nLee"
    chosen = "Subject: Sous Chef\n\nChef Moreau, you went with the other cook. Fine.\n\nLee"
    senior = "Subject: Sous Chef\n\nChef Moreau, so you went with the more experienced line cook. Fine.\n\nLee"
    assert purpose(told, None) == purpose(chosen, None) == purpose(senior, None) == "rejection-reply"
