"""Round 35: what the round 35 blind batches (tests/corpus/probes/round35: 60 good and 60 faulty follow-ups from ships'
officers, signalling, air traffic, farriery, butchery, kitchens, interpreting, midwifery, firefighting, referees,
scaffolding, lifts, nuclear decommissioning and more) drew or missed, each pinned both ways with wordings of our own."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter
from followup_lint.context import Context

SIGNED = "Kind regards,\nSiobhan Kearney\n087 555 0142"
THANKS = "Thank you for the trial day yesterday and for showing me the workshop."


def _email(body: str, subject: str = "Thank you – Farrier interview") -> str:
    return f"Subject: {subject}\n\nDear Mr Doyle,\n\n{body}\n\n{SIGNED}"


@pytest.mark.parametrize(
    ("sentence", "profane"),
    [
        # a farrier's pricked foot, a gardener's pricking out: verbs of trades
        ("A pricked foot is the first thing I rule out when a horse goes lame.", False),
        ("In spring I spend a week pricking out the seedlings for the walled garden.", False),
        ("I'd prick out the brassicas before the end of March.", False),
        # the noun is still the insult, whatever follows it
        ("The foreman at my last yard was a prick to everyone.", True),
        ("Honestly, what a prick the second interviewer was.", True),
    ],
)
def test_prick_as_a_trade_verb_is_no_swearing(linter: Linter, sentence: str, profane: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL307")) is profane


@pytest.mark.parametrize(
    "sentence",
    [
        "Your plan to sell more of the bolar and the oyster blade suits what I did in my last shop.",
        "My retour into English is where I have worked hardest this year.",
        # a butcher seams out a muscle: "seam" with a particle or an object is the verb, never a slip of "seem"
        "I liked watching how you seam out the chuck before portioning it.",
    ],
)
def test_field_words_of_round_35_are_no_misspelling(linter: Linter, sentence: str) -> None:
    assert not [sev for _, sev in _codes(linter, _email(f"{THANKS} {sentence}"), "FL401") if sev == "error"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Everyone I met was friendly, and you seam very kind.",
        "Everyone I met was friendly, and you seam a lovely team.",
    ],
)
def test_seem_written_seam_is_still_a_slip(linter: Linter, sentence: str) -> None:
    assert ("you seam", "error") in _codes(linter, _email(f"{THANKS} {sentence}"), "FL401")


REPLY = (
    "Subject: Re: Senior Referee promotion – outcome\n\nDear Mr Ahern,\n\nThank you for letting me know the outcome."
)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # saying one will not dispute the decision is no dispute
        ("I don't want to revisit that decision; I would value any feedback on my positioning.", "FL317", False),
        ("I'm not asking you to revisit the decision, only for a few words on my fitness test.", "FL317", False),
        ("I'd ask the panel to revisit that decision before the list is published.", "FL317", True),
        # feedback asked for the writer's own improvement, however plainly put, claims nothing
        ("I want to understand what the assessors saw, so that I can work on it over the summer.", "FL319", False),
        ("I want to know why I was not promoted, so I can prepare better next season.", "FL319", False),
        ("I want to understand why you turned me down.", "FL319", True),
        ("I want to know why I was not promoted, so I can tell my club.", "FL319", True),
    ],
)
def test_a_gracious_reply_of_round_35(linter: Linter, sentence: str, code: str, flagged: bool) -> None:
    text = f"{REPLY} {sentence}\n\nKind regards,\nCallum Reid"
    assert _warned(linter, text, code, purpose="rejection-reply") is flagged


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I would be very pleased to manage the herd at Glenmore.", True),
        ("I'd be glad to run the kitchen on your late shifts.", True),
        # an offer of help names no wish for the job
        ("I'd be happy to run through the drawings again if that would help.", False),
        ("I would be glad to look after any questions about my references.", False),
    ],
)
def test_pleased_to_manage_the_work_is_interest(linter: Linter, sentence: str, interest: bool) -> None:
    text = _email(f"{THANKS} {sentence} I look forward to hearing from you.")
    assert _warned(linter, text, "FL204", purpose="thank-you") is not interest


@pytest.mark.parametrize(
    ("slot", "flagged"),
    [
        # a template's slot of six words, a name inside it
        ("[the client project Mr Osei mentioned]", True),
        ("[a specific detail you discussed with the panel]", True),
        # square brackets of prose stay prose: no slot word, or a long aside with no template's word
        ("[as I said when we met last spring]", False),
        ("[the ones from the Leeds project last year]", False),
        ("[updated last week with the bridge project photos]", False),
    ],
)
def test_a_long_lower_case_slot_is_unfilled(linter: Linter, slot: str, flagged: bool) -> None:
    text = _email(f"{THANKS} I was particularly interested in {slot}, and I would love to help.")
    assert bool(_codes(linter, text, "FL207")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a firm's name ending in "Services" is a firm ...
        ("I am very keen to join the team at Lumen Lab Services.", True),
        # ... and a stop on the way names no employer (an interview at "X Services" may draw a warning to check: a
        # motorway's services read as a firm, the price of reading "Lab Services" as one)
        ("The drive down was easy, with a stop at Membury Services, and I am keen to join the team.", False),
        # a site the writer was shown round is no employer, in that mention only
        ("Thank you for walking me round the mill job at Shipley.", False),
        (
            "Thank you for walking me round the site at Kier Construction; I'm excited about joining Kier Construction.",
            True,
        ),
        ("I'd love to join the team at Shipley Access Scaffolding.", True),
    ],
)
def test_employers_named_in_round_35(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}")
    assert bool(_codes(linter, text, "FL208", context={"company": "Meridian Pathology Laboratories"})) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "Could you let me know where things stand? I would need to hear by close of business on Thursday, please.",
            True,
        ),
        ("Any feedback would help. I will need the feedback by Friday at the latest, please.", True),
        # a reason given after it or before it is the polite mention of a real deadline
        ("I'll need to hear by Friday, as the other offer expires that afternoon.", False),
        ("I will need to hear by Friday because my notice period starts on Monday.", False),
        ("I have another offer to answer on Monday, so I'd need to hear by Friday.", False),
        # something the writer needs for the job is logistics, not a decision
        ("Could you send me the parking details for the induction? I'll need them by Friday.", False),
    ],
)
def test_a_bare_deadline_is_an_ultimatum(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}", subject="Following up – Farrier interview")
    assert bool(_codes(linter, text, "FL312", purpose="status-check")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Three weeks is rather a long time to leave candidates wondering.", True),
        ("A fortnight is a long while to keep people guessing, I would have thought.", True),
        # the writer's own delay, and waiting said plainly, blame no one
        ("I'm sorry it took me so long to send my references.", False),
        ("I know these decisions take a long time, and I'm happy to wait.", False),
    ],
)
def test_a_complaint_about_the_wait_said_of_candidates(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}", subject="Following up – Farrier interview")
    assert _warned(linter, text, "FL318", purpose="status-check") is flagged


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL207", "[the a b c d e f g h i j k project mentioned "),
        ("FL208", "walking me round the mill job at Shipley round the a b job at round the "),
        ("FL312", "I would need to hear by Friday I'll need it by close of business as as as "),
        ("FL317", "I don't want to revisit that decision not asking you to revisit the "),
        ("FL318", "a long time to leave candidates wondering long while to keep "),
        ("FL319", "I want to understand what the a b c d e f g h so that I can work "),
    ],
)
def test_the_round_35_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    context = Context(interviewers=["Liam Doyle"], company="Dales Access Scaffolding Ltd.")
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(
            linter, unit * (10 * n), greeting="Dear Liam,", purpose="rejection-reply", context=context
        ),
        code,
    )
