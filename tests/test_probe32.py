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
        ("Not the warmest welcome at the gate, but I found my way.", "FL316", True),
        ("Here's hoping the visitors get better coffee than the flask in the meeting room.", "FL316", True),
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
        ("FL316", "not the warmest welcome better coffee than the "),
        ("FL331", "understood about 80% of your remind your managers that "),
        ("FL310", "my rent has fallen two months I am praying you take any rate "),
    ],
)
def test_the_round_32_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), code)
