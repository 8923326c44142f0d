"""Round 31: what the round 31 blind batches (tests/corpus/probes/round31: 60 good, 60 faulty, from health care,
schools, retail, call centres, laboratories, the press, design, farming, recruitment, fundraising and veterans' second
careers) drew: each miss and each false alarm pinned both ways with wordings of our own, and each new pattern with a
growth test (1x, 10x, 100x input; a ratio, never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter

SIGNED = "Kind regards,\nAdaeze Nwosu\n07700 900 412"


def _email(body: str, greeting: str = "Dear Ms Okafor,") -> str:
    return f"Subject: Thank you – Ward Clerk interview\n\n{greeting}\n\n{body}\n\n{SIGNED}"


THANKS = "Thank you for Tuesday's interview and the walk round the day surgery unit."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("For someone who must be so close to retirement, you handled the new rota app very well.", True),
        ("I would rather not spend my first months bringing my new manager up to speed.", True),
        ("The band in the advert is below what anyone with my experience would accept.", True),
        # (a review of round 31) a client near retirement, the writer glad to help a manager, the writer's own pay,
        # a colleague's background, an exercise doubted, another candidate: said sincerely as often
        ("Your colleague, who is close to retirement, showed me the filing system.", False),
        (
            "It was moving to hear how you built the service for someone so close to retirement as your first client.",
            False,
        ),
        ("I'd enjoy bringing my manager up to speed on the new reporting tools, as I did last year.", False),
        ("The pay I am currently on is below what anyone in my area would expect, so this is a step up.", False),
        ("I don't think she has the background to lead the migration alone, which is why I'd love to help.", False),
        ("I'm not sure the exercise tells you much about my writing, so I've attached two samples.", False),
        ("Unlike the candidate who tried the approach first, I started from the patient list.", False),
    ],
)
def test_talking_down_to_the_reader_a_colleague_or_the_exercise(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL331")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I assume I will still be the one they call when the printer jams at midnight.", True),
        ("Please let me know if that is no longer expected of me.", True),
        ("I have not had so much as an acknowledgement.", True),
        ("A trust that prides itself on kindness might extend the same courtesy to its applicants.", True),
        ("I was glad to extend the same courtesy to the families on the ward.", False),
        ("I assume I will be the person the agency calls with the outcome?", False),
        # (a review of round 31) the writer's own courtesy, glad of the calls, a practical question, another firm
        ("I would extend the same courtesy to any client, as I said in the interview.", False),
        ("I assume I will still be the one she calls when nights need cover, and I'm glad to be.", False),
        ("Could you let me know if this is no longer required of me now that the references are in?", False),
        ("I haven't had even a reply from the other firm, so your quick response meant a lot.", False),
    ],
)
def test_passive_aggression_of_the_passed_over_and_the_unanswered(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL313")) is flagged


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        ("Between the queue and the vending machine, it wasn't the best first impression.", "FL316", True),
        ("I worry I didn't make the best first impression, so thank you for your patience.", "FL316", False),
        ("I know that didn't make the best first impression, so thank you for the chance to recover.", "FL316", False),
        ("I'm so sorry I was such a bundle of nerves.", "FL315", True),
        ("I went home and kicked myself all evening.", "FL315", True),
        ("I was a bit of a bag of nerves, but I enjoyed it.", "FL315", False),
        ("I'd need £32,000. That isn't negotiable on my side.", "FL311", True),
        ("Please send me the marks for each question.", "FL311", True),
        ("Could you send me any feedback on my answers?", "FL311", False),
        ("Could you give me the scores for each question, if your policy allows it?", "FL311", False),
        ("I'd expect the parking fine to be refunded, as your car park was full.", "FL311", True),
        ("I'd expect it to be a busy week for you.", "FL311", False),
        ("I would expect the costs to be covered by the grant, as in my last role.", "FL311", False),
        ("I'd expect that to be covered in the induction, so I'm happy to wait.", "FL311", False),
    ],
)
def test_complaints_nerves_terms_and_costs(linter: Linter, sentence: str, code: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), code)) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a copied note's name before a dash is still spoken to
        ("I enjoyed your question on discharge planning, Tom – it is the problem I solved at St Luke's.", True),
        # a person described, or a list, is not; nor a firm, a place or a thing before a dash (a review of round 31)
        ("I also met the ward manager, Tom – he showed me the booking system.", False),
        ("I met Ana, Tom – and Raj from the bank team.", False),
        ("I moved from teaching to data at a big firm, Deloitte – where I built the dashboards.", False),
        ("I was trained by the best nurse I know, Margaret – she taught me handovers.", False),
        ("I did my favourite course, Lean – it fits your ward well.", False),
    ],
)
def test_a_name_spoken_to_before_a_dash(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}", greeting="Dear Priya,")
    found = _codes(linter, text, "FL134", context={"interviewers": ["Priya Nair"]})
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I could also meet Dr. Wambui, your farm veterinarian.", False),
        ("I enjoyed it. Wambui, your tour was the best part.", True),
    ],
)
def test_a_title_s_dot_ends_no_sentence(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}", greeting="Dear Mr. Njoroge,")
    assert bool(_codes(linter, text, "FL134", context={"interviewers": ["James Njoroge"]})) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I'm looking forward to working with Joanne as our new lead.", False),
        ("I'd be glad to work with Sam as my line manager.", False),
        ("I'm looking forward to working with Accenture.", True),
        # (a review of round 31) a firm's part in a job is no person's post
        ("I'm excited about working with Globex as the lead contractor on the depot build.", True),
        ("I'm looking forward to working with Serco as the interim lead on the contract.", True),
    ],
)
def test_a_person_s_post_after_the_name_is_no_firm(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}")
    assert _warned(linter, text, "FL208", context={"company": "Lothian Royal Infirmary"}) is flagged


@pytest.mark.parametrize(
    ("sentence", "detail"),
    [
        ("I appreciated your openness about the night audit, which still closes late.", True),
        ("I appreciated your openness about the process.", False),
    ],
)
def test_candour_about_a_named_matter_is_a_detail(linter: Linter, sentence: str, detail: bool) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence} I am keen to join the team.")
    assert _warned(linter, text, "FL202", purpose="thank-you") is not detail


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("If anyone on the panel could spare a few lines on my teaching session, I would value them.", True),
        ("If anyone on the panel could spare a few lines, I would value them.", False),
    ],
)
def test_a_few_lines_on_the_writer_s_session_ask_for_feedback(linter: Linter, sentence: str, asks: bool) -> None:
    text = (
        "Subject: Re: Lecturer post – outcome\n\nDear Professor Hale,\n\nThank you for letting me know. I am sorry "
        f"not to be joining the School, but I understand. {sentence}\n\nYours sincerely,\nNadia Hussain"
    )
    assert _warned(linter, text, "FL220", purpose="rejection-reply") is not asks


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL331", "for someone who must be so close to rather not bringing my the posting is below what any "),
        ("FL313", "I assume I will still be the one no longer expected of me so much as an the same courtesy "),
        ("FL316", "it wasn't the best first "),
        ("FL315", "sorry I was such a bag of I went home and kicked myself "),
        ("FL311", "isn't negotiable on send me the marks for each I'd expect that to be covered "),
        ("FL202", "appreciated your openness about the "),
        ("FL220", "a few lines on my teaching "),
    ],
)
def test_the_round_31_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), code)
