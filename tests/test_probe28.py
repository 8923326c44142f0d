"""Round 28: what the round 28 blind batches (tests/corpus/probes/round28) found, each misjudgement pinned both
ways with wordings of our own, and each new pattern or stage with a growth test (1x, 10x, 100x input; a ratio,
never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter
from followup_lint.context import Context

SIGNED = "Kind regards,\nNadia Rahman\n07961 302 815"


def _email(
    body: str,
    subject: str = "Thank you – Trainee Signaller interview",
    greeting: str = "Dear Mr Ashby,",
    sign_off: str = SIGNED,
) -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{sign_off}"


THANKS = "Thank you for yesterday's interview and for the walk round the signal box simulator."


# --- round 28's good batch: what drew an error or a warning on sincere notes ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Tunde Bakare, who referred me, had told me a lot about the team, and today bore it out.", False),
        ("He has told me a lot about how your team works together.", False),
        ("Ramon told me a lot about the night shift.", False),
        ("That tells me a lot about your company.", True),
        ("Your silence tells me a lot about how you treat people.", True),
        # a review of round 28: a thing that "has told" the writer is still the verdict
        ("Your silence has told me a lot about your company.", True),
        ("Frankly, three weeks of silence have told me a lot about how Brightwater treats people.", True),
    ],
)
def test_a_person_who_told_the_writer_about_the_team(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL322", purpose="thank-you")) is flagged


@pytest.mark.parametrize(
    ("company", "sentence", "flagged"),
    [
        (
            "Northline Rail Infrastructure",
            "I'm calling about the Trainee Signaller role at Kingmoor signal box.",
            False,
        ),
        ("Northline Rail Infrastructure", "I'd love to start at the Tuas depot in March.", False),
        (
            "Department of Parks and Land Management",
            "I interviewed for the ranger post at Blue Gum Ranges National Park. I'm keen to join the Blue Gum team.",
            False,
        ),
        ("Northline Rail Infrastructure", "I'm excited about the chance to join Kingmoor Signalling.", True),
        ("Department of Parks and Land Management", "I'm keen to join the Blue Gum team.", True),
        # a review of round 28: a site of another firm named elsewhere makes only that mention a place
        ("DPD", "I'm excited about joining Royal Mail, after five years at the Royal Mail sorting office.", True),
        ("Morrisons", "I'm excited about joining Tesco. I ran the Tesco distribution centre night shift.", True),
        ("Marriott", "I ran events in the Hilton Park Lane ballroom and can't wait to join Hilton.", True),
        (
            "Rackspace",
            "I hold the Amazon Web Services architect certificate and I'm excited about joining Amazon.",
            True,
        ),
    ],
)
def test_a_site_of_the_employer_is_no_other_employer(
    linter: Linter, company: str, sentence: str, flagged: bool
) -> None:
    text = _email(f"{THANKS} {sentence}")
    assert bool(_codes(linter, text, "FL208", context=Context(company=company))) is flagged


@pytest.mark.parametrize(
    ("sentence", "word", "error"),
    [
        ("I checked the tendon profiles on the Sandton Gate parkade myself.", "parkade", False),
        ("I enjoyed hearing about the chama savings-group feature.", "chama", False),
        ("I enjoyed hearing about the chama savngs feature.", "savngs", True),
    ],
)
def test_regional_words_are_tips(linter: Linter, sentence: str, word: str, error: bool) -> None:
    found = dict(_codes(linter, _email(f"{THANKS} {sentence}"), "FL401"))
    assert found.get(word) == ("error" if error else "info")


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I'm more certain than ever that I want to become a signaller with Northline.", True),
        ("I really want to work as a signaller for you.", True),
        ("I want to become a nurse in a big city one day.", False),
    ],
)
def test_wanting_to_become_one_of_the_reader_s_people(linter: Linter, sentence: str, interest: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL204", purpose="thank-you") is not interest


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("I have covered the lead's role on B shift for the last three months.", True),
        ("I've acted up as shift manager twice this year.", True),
        ("We covered the role in the interview and the rota after it.", False),
    ],
)
def test_the_role_already_held_in_an_acting_capacity(linter: Linter, sentence: str, fit: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL205", purpose="thank-you") is not fit


def test_a_stage_direction_is_not_said_aloud(linter: Linter) -> None:
    spoken = (
        "Hi Gary, it's Sean Kavanagh. I interviewed with you yesterday for the qualified plumber position. My number "
        "is 07781 440 326. I wanted to say thank you for your time, and for taking me out to the bathroom refit in "
        "Ashby so I could see how your team works. You mentioned you need someone who can take on the unvented "
        "cylinder jobs. I hold my G3 certificate and I've fitted around forty unvented systems in the last three "
        "years, so I could cover that work from day one. I'm very keen to join Whitlock, and I'll look out for your "
        "call about the next step. Again, that's Sean Kavanagh on 07781 440 326. Thanks, Gary."
    )
    direction = "[Voicemail for Gary Whitlock, owner of Whitlock Heating & Plumbing, on the mobile number he gave me]"
    assert not _warned(linter, f"{direction}\n\n{spoken}", "FL114", purpose="thank-you", channel="call")
    longer = spoken.replace("Thanks, Gary.", "I also fit boilers, bathrooms and underfloor heating every week. " * 3)
    assert _warned(linter, f"{direction}\n\n{longer}", "FL114", purpose="thank-you", channel="call")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Nine hours on garnish isn't really a trial, it's cheap Saturday cover.", False),
        ("I'd be glad to take on that kind of data cleaning every day.", False),
        ("The firm changed it's name last year.", True),
        # a review of round 28: at a sentence's start or after "but", the possessive slip is still heard
        ("I was impressed by the lab. It's equipment is first class.", True),
    ],
)
def test_grammar_of_it_s_and_mass_nouns(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL402")) is flagged


# --- round 28's bad batch: what was missed or misread ------------------------------------------------------------


def test_the_article_before_a_masked_word_is_not_judged(linter: Linter) -> None:
    text = _email("It's been three weeks now. Not being rude but it's a bit of a f***ing joke at this stage.")
    assert not _codes(linter, text, "FL402", purpose="status-check")
    assert _codes(linter, _email(f"{THANKS} It was a interesting day."), "FL402")


@pytest.mark.parametrize(
    ("sentence", "looks_ahead"),
    [
        ("I also want to offer a word of advice, one professional to another.", False),
        ("I ran a brigade operations centre, handling radio traffic for nine units at once.", False),
        ("I remain interested in joining your team.", False),
        ("I look forward to news of the offer stage.", True),
        ("Do let me know once the shortlist is settled.", True),
        # a review of round 28: offering the role is the decision
        ("Please let me know if you're in a position to offer me the role.", True),
    ],
)
def test_an_offer_a_word_of_advice_and_at_once_look_nowhere(linter: Linter, sentence: str, looks_ahead: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL203", purpose="thank-you") is not looks_ahead


def test_a_post_still_open_is_asked_after(linter: Linter) -> None:
    text = _email("I interviewed on July 1st. I need to know whether that contract is still open.", subject="CNC")
    assert not _warned(linter, text, "FL203", purpose="status-check")
    assert _warned(linter, _email("I interviewed on July 1st.", subject="CNC"), "FL203", purpose="status-check")


@pytest.mark.parametrize(
    ("script", "flagged"),
    [
        ("[Voicemail on Tom Nguyen's mobile]\n\nHi Tom, it's Lee Park about the site engineer job.", False),
        ("[Voicemail for the site manager]\n\nHi Tom, it's Lee Park about the site engineer job.", False),
        ("[Voicemail on Tom's mobile]\n\nHi [Name], it's Lee Park about the site engineer job.", True),
        ("Hi Tom, it's Lee Park about the job (say something about the Leeds project??).", True),
        ("Hi Tom, it's Lee Park about the job (mention the Leeds project?).", True),
        ("Hi Tom, it's Lee Park about the job (the Leeds project, say).", False),
        # a review of round 28: an aside or a cue to oneself that asks nothing
        ("Hi Tom, it's Lee Park about the job. The first night was busy (talk about a baptism of fire!).", False),
        ("Hi Tom, it's Lee Park about the job (Remember to say the number slowly.)", False),
        ("Hi Tom, it's Lee Park about the job (note to self: never again).", False),
    ],
)
def test_stage_directions_and_notes_to_self(linter: Linter, script: str, flagged: bool) -> None:
    text = f"{script} My number is 0412 555 019, again 0412 555 019. Thanks, bye."
    assert bool(_codes(linter, text, "FL207", purpose="status-check", channel="call")) is flagged


def test_a_role_s_bracketed_detail_need_not_be_said(linter: Linter) -> None:
    script = (
        "Rick, this is Travis Boone. I interviewed with you on July 1st for the six-month CNC machinist contract. "
        "I'm calling to ask whether you've made a decision. My number is 260-555-0147."
    )
    context = Context(role="CNC Machinist (6-month contract)")
    assert not _codes(linter, script, "FL121", purpose="status-check", channel="call", context=context)
    other = script.replace("CNC machinist contract", "contract")
    assert _codes(linter, other.replace("I interviewed with you", "We spoke"), "FL121", channel="call", context=context)


def test_a_greeting_under_an_assistant_s_preamble_is_no_missing_greeting(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Performance Coach interview\n\nSure! Here's a warm, professional thank-you email you "
        f"can send to Natalie:\n\nDear Natalie,\n\n{THANKS}\n\n{SIGNED}"
    )
    assert _codes(linter, text, "FL214", purpose="thank-you")
    assert not _codes(linter, text, "FL131", purpose="thank-you")
    assert _warned(linter, f"Subject: Thank you – Coach interview\n\n{THANKS}\n\n{SIGNED}", "FL131")


@pytest.mark.parametrize(
    ("greeting", "flagged"),
    [
        ("Dear Mrs. Adebayo-Philips,", True),
        ("Dear Mrs. Adebayo-Phillips,", False),
        ("Dear Mrs. Adebayo,", False),
        ("Dear Folasade,", False),
        ("Dear Mrs. Philips,", True),
    ],
)
def test_a_double_barrelled_surname_misspelt(linter: Linter, greeting: str, flagged: bool) -> None:
    text = _email("Thank you for letting me know the outcome. I would value any feedback.", greeting=greeting)
    context = Context.model_validate({"interviewers": ["Folasade Adebayo-Phillips"]})
    found = _codes(linter, text, "FL132", purpose="rejection-reply", context=context)
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("sentence", "thanks"),
    [
        ("I do appreciate that getting back to candidates may not be high on anyone's list.", False),
        ("I appreciate that taking the time to reply to everyone is a lot of work.", False),
        ("I really appreciated you taking the time to show me the depot.", True),
        # a review of round 28: "that" pointing at a meeting or a morning thanks for it
        ("I really appreciated that meeting with the whole surgery team on Tuesday.", True),
        ("I appreciated that morning with the team more than I can say.", True),
    ],
)
def test_appreciating_a_task_is_no_thanks(linter: Linter, sentence: str, thanks: bool) -> None:
    text = _email(f"I am following up on the Planner interview of April 14. {sentence}", subject="Planner – follow-up")
    assert _warned(linter, text, "FL201", purpose="status-check") is not thanks


TONE = [
    ("FL331", "One does not expect someone who has been in the sector since the nineties to be so sharp.", True),
    ("FL331", "You are very quick on the new systems for someone of your generation.", True),
    ("FL331", "Between the accent and the connection, his questions were a guessing game.", True),
    ("FL331", "Her accent made it hard to follow some of the questions.", True),
    ("FL331", "You may wish to send the brief in advance, as is standard practice at the better consultancies.", True),
    ("FL331", "I suspect my answer was clearer than the question.", True),
    ("FL331", "The service provision change test does not work quite as you described it.", True),
    ("FL331", "I can see why you said retention has been a challenge!", True),
    ("FL322", "With respect, I do not believe this is how a Christian organisation ought to treat people.", True),
    ("FL322", "It's a bit of a joke at this stage.", True),
    ("FL313", "When it doesn't work out, give me a shout.", True),
    ("FL313", "When your new hire doesn't work out, you have my number.", True),
    ("FL313", "I assume I am also no longer expected to handle the escalations.", True),
    ("FL313", "Getting back to candidates may not be high on anyone's list.", True),
    ("FL319", "I expect to see the interview scores for both candidates.", True),
    # courteous look-alikes
    ("FL331", "I didn't expect the panel to be so friendly, which put me at ease.", False),
    ("FL331", "I was nervous about my accent, but everyone was very patient.", False),
    ("FL331", "I enjoyed the accent coaching session you described.", False),
    ("FL331", "I follow the ISO 9001 checklist, as is standard practice at the plant.", False),
    ("FL331", "I hope my answer was clearer than my slides.", False),
    ("FL331", "The regulation does not work quite as I described it, so here is a correction.", False),
    ("FL331", "I can see why you said the depot is the busiest in the region.", False),
    ("FL322", "That is how I would handle a complaint at Globex too.", False),
    ("FL322", "This is how we run the night shift at my current site.", False),
    ("FL322", "It's no joke running a kitchen of forty covers.", False),
    ("FL313", "If it doesn't work out with the chosen candidate, please keep me in mind.", False),
    ("FL313", "I assume I'll be expected to bring my certificates on the day.", False),
    ("FL313", "I understand this may not be a priority on your agenda right now.", False),
    ("FL319", "I'd be grateful to see my interview scores if you can share them.", False),
    ("FL319", "I expect to hear back once the panel meets next week.", False),
    # a review of round 28: sincere sentences near the new wordings, and the forms they missed
    ("FL331", "I can see why retention is so high – everyone I met clearly loves working there.", False),
    ("FL331", "I can see why staff turnover is so low at Harbour Kitchen.", False),
    ("FL331", "I keep a log of every fall, as is normal practice with serious injuries.", False),
    ("FL331", "I check every script twice, as is standard practice in larger pharmacies.", False),
    ("FL331", "Your son's apprenticeship offer is a real achievement for someone of his age.", False),
    ("FL331", "I'm not sure my answer was clearer than the question, so here is a tidier version.", False),
    ("FL331", "I'd never expect anyone to be as quick as your lead welder on day one.", False),
    ("FL331", "Despite the regional accents in the recordings, I was able to follow every word.", False),
    ("FL331", "Between the accent and the patchy connection, I worry some of my answers were hard to follow.", False),
    ("FL331", "The TUPE test doesn't quite work as you described it.", True),
    ("FL331", "I didn't expect someone of your experience to be so sharp.", True),
    ("FL322", "Dispatch on a Friday night is a bit of a circus, but I thrive on it.", False),
    ("FL322", "My current rota is a bit of a shambles, which is one reason yours appealed.", False),
    ("FL322", "It's a bit of a joke among my crew that I label everything.", False),
    ("FL322", "You rang every candidate yourself. This is how a decent organisation ought to treat people.", False),
    ("FL322", "It's becoming a bit of a joke.", True),
    ("FL322", "Is this how a Christian organisation ought to treat people?", True),
    ("FL313", "When things don't work out on site, I'm the one who stays behind to find out why.", False),
    ("FL313", "When it doesn't work out the first time, I rebuild the mise en place.", False),
    ("FL313", "I presume I will not be expected to drive on day one, as my licence transfer is pending.", False),
    ("FL313", "I assume I'm not required to bring my own PPE, but please let me know if I should.", False),
    ("FL313", "I realise getting back to me won't be high on your list during harvest, so there is no rush.", False),
    ("FL313", "I take it I no longer need to cover the late shift, then.", True),
    ("FL313", "When the new hire doesn't last, give me a shout.", True),
    ("FL319", "In the role I would expect to review the assessment marks with each teacher.", False),
    ("FL319", "With the new batting drills, I would expect to see the scores improve within a season.", False),
    ("FL319", "I expect to receive my marks from the City & Guilds assessment on Friday.", False),
    ("FL319", "I fully expect to see both candidates' scoresheets.", True),
    ("FL319", "I expect a copy of the interview scores by Friday.", True),
]


@pytest.mark.parametrize(("code", "sentence", "flagged"), TONE)
def test_round_28_s_faults_of_tone(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you again for the interview on the 7th. {sentence}", subject="Planner – follow-up")
    assert bool(_codes(linter, text, code, purpose="status-check")) is flagged


@pytest.mark.parametrize(
    ("code", "sentence", "items"),
    [
        (
            "FL331",
            "I can see why you said retention has been a challenge!",
            {"G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"},
        ),
        (
            "FL313",
            "When it doesn't work out, give me a shout.",
            {"G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"},
        ),
    ],
)
def test_what_the_tone_findings_cite(linter: Linter, code: str, sentence: str, items: set[str]) -> None:
    text = _email(f"Thank you again for the interview on the 7th. {sentence}", subject="Planner – follow-up")
    report = linter.lint(text, purpose="status-check")
    assert [set(f.guidance) for f in report.findings if f.code == code] == [items]


# --- growth: every new pattern and stage at 1x, 10x and 100x input ----------------------------------------------


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL331", "not expect someone who has to be so for someone of your between the accent her accent was "),
        ("FL331", "as is standard practice at the my answer was clearer than does not work quite as I can see why "),
        ("FL322", "this is how a firm ought to treat it's a bit of a f***ing joke had told me a lot about "),
        ("FL313", "When it doesn't work I assume I am no longer getting back to candidates may not be high on "),
        ("FL319", "I expect to see the interview I expect to receive "),
        ("FL203", "offer a word of advice at once running a whether the contract is still "),
        ("FL204", "I want to become a signaller with I want to be a "),
        ("FL205", "I have covered the lead's I've acted up as "),
        ("FL201", "I appreciate that getting back to "),
        ("FL402", ", it's that kind of data a f***ing "),
        ("FL207", "[Voicemail on Tom's mobile] (say something about ?? "),
    ],
)
def test_the_round_28_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    context = Context(company="Northline Rail Infrastructure", role="Trainee Signaller")
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, unit * (10 * n), purpose="status-check", context=context),
        f"{code} openings",
    )


def test_the_place_cues_grow_linearly(linter: Linter) -> None:
    context = Context(company="Department of Parks and Land Management")
    assert_grows_linearly(
        linter,
        "FL208",
        lambda n: prepared_input(
            linter, "join the Blue Gum team at Blue Gum Ranges Kingmoor signal " * (10 * n), context=context
        ),
        "FL208 place cues",
    )


def test_unspoken_directions_grow_linearly(linter: Linter) -> None:
    assert_grows_linearly(
        linter,
        "FL114",
        lambda n: prepared_input(linter, "[Voicemail for Gary] Hi Gary, thanks. [ " * (10 * n), channel="call"),
        "FL114 stage directions",
    )


def test_the_double_barrelled_greeting_grows_linearly(linter: Linter) -> None:
    context = Context.model_validate({"interviewers": ["Folasade Adebayo-Phillips"]})
    assert_grows_linearly(
        linter,
        "FL132",
        lambda n: prepared_input(
            linter, "Thank you.", greeting="Dear Mrs. " + "Adebayo-Philips " * (10 * n) + ",", context=context
        ),
        "FL132 greeted words",
    )
