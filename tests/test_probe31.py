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
        ("I don't think she has the clinical background to lead a ward team.", True),
        ("I would rather not spend my first months bringing my new manager up to speed.", True),
        ("I'm not sure a marshmallow challenge tells you much about how I run a ward.", True),
        ("I kept calm, unlike the guy who tried to take over the whiteboard.", True),
        ("The band in the advert is below what anyone with my experience would accept.", True),
        # the writer's own limits, a budget, self-doubt about an exercise: no one talked down to
        ("I don't think I have the experience to lead a team yet, which is why this post appeals.", False),
        ("I don't think they have the budget to hire two clerks this year.", False),
        ("I'm not sure the exercise shows much about me, but I enjoyed it.", False),
        ("Your colleague, who is close to retirement, showed me the filing system.", False),
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
    ],
)
def test_passive_aggression_of_the_passed_over_and_the_unanswered(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL313")) is flagged


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        ("Between the queue and the vending machine, it wasn't the best first impression.", "FL316", True),
        ("I worry I didn't make the best first impression, so thank you for your patience.", "FL316", False),
        ("I'm so sorry I was such a bundle of nerves.", "FL315", True),
        ("I went home and kicked myself all evening.", "FL315", True),
        ("I was a bit of a bag of nerves, but I enjoyed it.", "FL315", False),
        ("I'd need £32,000. That isn't negotiable on my side.", "FL311", True),
        ("Please send me the marks for each question.", "FL311", True),
        ("Could you send me any feedback on my answers?", "FL311", False),
        ("I'd expect the parking fine to be refunded, as your car park was full.", "FL319", True),
        ("I'd expect it to be a busy week for you.", "FL319", False),
    ],
)
def test_complaints_nerves_terms_and_costs(linter: Linter, sentence: str, code: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), code)) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a copied note's name before a dash is still spoken to
        ("I enjoyed your question on discharge planning, Tom – it is the problem I solved at St Luke's.", True),
        # a person described, or a list, is not
        ("I also met the ward manager, Tom – he showed me the booking system.", False),
        ("I met Ana, Tom – and Raj from the bank team.", False),
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
        ("FL331", "for someone who must be so close to I don't think he has the unlike the guy who below what any "),
        ("FL313", "I assume I will still be the one no longer expected of me so much as an the same courtesy "),
        ("FL316", "it wasn't the best first "),
        ("FL315", "sorry I was such a bag of I went home and kicked myself "),
        ("FL311", "isn't negotiable on send me the marks for each "),
        ("FL202", "appreciated your openness about the "),
        ("FL220", "a few lines on my teaching "),
    ],
)
def test_the_round_31_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), code)
