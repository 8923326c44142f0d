"""Round 32: what the round 32 blind batches (tests/corpus/probes/round32: 60 good, 60 faulty, from the public sector
and the police, transport engineering, events, libraries, physiotherapy, social work and probation, translation,
cybersecurity, construction, environmental consultancy, insurance, pharmacy, the merchant navy and graduates) drew:
each miss and each false alarm pinned both ways with wordings of our own, and each new pattern with a growth test (1x,
10x, 100x input; a ratio, never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes

from followup_lint import Linter

SIGNED = "Kind regards,\nDafydd Price\n07700 900 518"


def _email(
    body: str, greeting: str = "Dear Ms Adeyemi,", subject: str = "Thank you – Records Manager interview"
) -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{SIGNED}"


THANKS = "Thank you for Tuesday's interview and the tour of the archive stores."


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # a hire's failure foretold, in other words
        ("When your new supervisor finds out what a Monday of returns looks like, you have my number.", "FL313", True),
        ("When the new hire starts, I'd be glad to help with the handover.", "FL313", False),
        ("The post was re-advertised, which is presumably how I was meant to find out.", "FL313", True),
        # pay as the price of going on
        ("I would need a base salary of £48,000 to consider the move.", "FL311", True),
        ("I would need a salary in the advertised range to make the move work with childcare.", "FL311", False),
        # the current workplace run down in plain words
        ("Senior managers care more about the audit score than about the patients.", "FL316", True),
        ("Most of the good staff have already left.", "FL316", True),
        ("My manager has no grasp of how records retention works.", "FL316", True),
        ("The way the trust treats its porters is frankly embarrassing.", "FL316", True),
        ("Your managers clearly care more about people than paperwork, which I admired.", "FL316", False),
        ("Most of the good workers I trained have gone on to lead teams.", "FL316", False),
        # the welcome and the coffee knocked; the writer's own start passes
        ("Not the warmest welcome, but I found my way.", "FL316", True),
        # (the coffee was withdrawn after a review: "better coffee than the stuff I make at home" is praise)
        ("Here's hoping the visitors get better coffee than the flask in the meeting room.", "FL316", False),
        ("It was not the smoothest start on my part, but I enjoyed the task.", "FL316", False),
        # the reader's accent and the reader's staff
        ("I think I caught half of your Glasgow accent.", "FL331", True),
        ("I understood most of the regional accents in the recordings.", "FL331", False),
        ("Perhaps remind your managers that applicants are also your customers.", "FL331", True),
        ("I'll remind the team that the forms are due Friday.", "FL331", False),
        # hardship leaned on
        ("My rent has fallen two months behind.", "FL310", True),
        ("I am praying you will consider my situation.", "FL310", True),
        ("I will take any rate you can offer.", "FL310", True),
        ("I helped tenants who had fallen behind on rent.", "FL310", False),
    ],
)
def test_round_32_faults_heard_and_their_neighbours_passed(
    linter: Linter, sentence: str, code: str, flagged: bool
) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), code)) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a competency's name in capitals before a copied name is no list of people
        ("I valued your question on Seeing the Big Picture, Graham, and the talk after it.", True),
        # a person's name of common words is
        ("I met Mark Green, Tom, and the team.", False),
    ],
)
def test_a_titled_phrase_before_a_copied_name(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}", greeting="Dear Priya,")
    assert bool(_codes(linter, text, "FL134", context={"interviewers": ["Priya Raman"]})) is flagged


def test_a_sign_off_in_two_languages_is_a_closing(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Probation Officer interview\n\nDear Joanne,\n\nThank you for Tuesday's interview and "
        "the talk about pre-sentence reports. I am keen to join the Newport team.\n\n"
        "Diolch yn fawr / With many thanks,\nRhys Llewellyn\n07845 662 019"
    )
    report = linter.lint(text, purpose="thank-you")
    assert not {f.code for f in report.findings} & {"FL140", "FL141"}


@pytest.mark.parametrize(
    ("body", "sent", "purpose"),
    [
        # news that references were taken up is no verdict
        (
            (
                "Thank you for letting me know on 15 June that you had taken up my references. Both referees have "
                "replied, so I wanted to check whether you need anything else. I am still keen on the post."
            ),
            "2026-06-20",
            "status-check",
        ),
        # the post re-advertised and applied for again, thanked for the day after
        (
            (
                "Thank you for interviewing me yesterday. I applied when the post was first advertised in June and "
                "was pleased to apply again when it was re-advertised. I remain very interested in the role."
            ),
            "2026-06-02",
            "thank-you",
        ),
        # a no thanked for, and a plan to apply again, is still a reply to a rejection
        (
            "Thank you for letting me know your decision. I will apply again in the future, and I wish the team well.",
            "2026-06-20",
            "rejection-reply",
        ),
    ],
)
def test_references_and_a_re_advertised_post_name_no_rejection(
    linter: Linter, body: str, sent: str, purpose: str
) -> None:
    context = {"interview_date": "2026-06-01", "sent_at": sent}
    report = linter.lint(_email(body, subject="Policy Adviser – update"), context=context)
    assert report.purpose == purpose


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL313", "when your new manager finds you have my presumably how I was meant to "),
        ("FL311", "I would need a salary of £ to consider the "),
        ("FL316", "managers care more about the than most of the good staff have my manager has no grasp the way "),
        ("FL316", "not the warmest welcome, "),
        ("FL331", "understood about 80% of your remind your managers that "),
        ("FL310", "my rent has fallen two months I am praying you take any rate "),
    ],
)
def test_the_round_32_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), code)


# A review of round 32 (8 findings): each sincere neighbour of a new pattern passes, and each true finding it lost is
# heard again.
REVIEW_32 = [
    ("I also enjoyed meeting your Team Leader, Hope, and two of the officers.", "FL134", False),
    ("I enjoyed the tour of the Grand Hall, Grace, and the archive.", "FL134", False),
    ("You might want to remind your staff that the car park closes at six.", "FL331", False),
    ("Perhaps remind the panel that I will be on leave from the 20th.", "FL331", False),
    ("Perhaps remind your managers that the applicants are also your customers.", "FL331", True),
    ("I got about half of his accent through the bad video link, which was my connection's fault.", "FL331", False),
    ("I understood most of your accent questions but not all; my hearing aid struggled.", "FL331", False),
    (
        "At my last trust, managers cared more about the audit score than about the patients, and I helped change that.",
        "FL316",
        False,
    ),
    (
        "When I started, my manager had little grasp of the new system, so I wrote the guide she still uses.",
        "FL316",
        False,
    ),
    ("Many of the experienced staff have left for retirement this year, as you mentioned.", "FL316", False),
    ("The way the council treats its apprentices is frankly embarrassing for us competitors.", "FL316", False),
    ("Your coffee was better coffee than the stuff I make at home!", "FL316", False),
    ("It was not the smoothest welcome for your new starters last year, you said.", "FL316", False),
    ("When your new manager starts, you have my number if I can help with the handover.", "FL313", False),
    (
        "I did not know the portal would update, which is presumably how I was meant to find out the time.",
        "FL313",
        False,
    ),
    ("I am praying you are well after your surgery.", "FL310", False),
    ("I'd accept any rate within the advertised band.", "FL310", False),
    (
        "I would need a salary of around £38,000 to consider the move, which sits within your advertised band.",
        "FL311",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "code", "flagged"), REVIEW_32)
def test_the_review_of_round_32(linter: Linter, sentence: str, code: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}", greeting="Dear Priya,")
    assert bool(_codes(linter, text, code, context={"interviewers": ["Priya Raman"]})) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thanks again, Graham – it was great to learn about the team.", True),
        ("I moved from teaching to data at a big firm, Deloitte – where I built the dashboards.", False),
    ],
)
def test_thanks_and_a_copied_name_before_a_dash(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(sentence, greeting="Dear Priya,")
    assert bool(_codes(linter, text, "FL134", context={"interviewers": ["Priya Raman"]})) is flagged


@pytest.mark.parametrize(("line", "closing"), [("Mobile / WhatsApp,", False), ("Merci / Kind regards,", True)])
def test_a_slash_line_is_a_closing_only_with_a_sign_off(linter: Linter, line: str, closing: bool) -> None:
    text = (
        "Subject: Thank you – Clerk interview\n\nDear Joanne,\n\nThank you for Tuesday's interview and the talk "
        f"about the archive. I am keen to join the team.\n\n{line}\nSam Patel"
    )
    found = {f.code for f in linter.lint(text, purpose="thank-you").findings}
    assert bool(found & {"FL140", "FL141"}) is not closing
