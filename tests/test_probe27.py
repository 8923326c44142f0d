"""Round 27: what the round 27 blind batches (tests/corpus/probes/round27) found, each misjudgement pinned both
ways with wordings of our own, and each new pattern or stage with a growth test (1x, 10x, 100x input; a ratio,
never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, assert_purpose_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_purpose

SIGNED = "Kind regards,\nTariq Haddad\n07700 900 412"


def _codes(linter: Linter, text: str, code: str, **kwargs: object) -> list[tuple[str, str]]:
    report = linter.lint(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


def _warned(linter: Linter, text: str, code: str, **kwargs: object) -> bool:
    return any(sev != "info" for _, sev in _codes(linter, text, code, **kwargs))


def _email(
    body: str,
    subject: str = "Thank you – Lettings Negotiator interview",
    greeting: str = "Dear Ms Okafor,",
    sign_off: str = SIGNED,
) -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{sign_off}"


THANKS = "Thank you for this morning's interview and for the tour of the Kingsley Road branch."


# --- round 27's good batch: what drew an error or a warning on sincere notes ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "word", "error"),
    [
        ("It was good to see the roastery in person.", "roastery", False),  # roaster + y: a trade's place
        ("The cidery tour was the best part of the day.", "cidery", False),
        ("I asked why we derate cables run through insulation.", "derate", False),  # a dictionary term, not "debate"
        ("It was good to see the bettery in person.", "bettery", True),  # a slip of "better" or "battery"
        ("It was good to see the intervew panel again.", "intervew", True),
    ],
)
def test_trade_places_and_dictionary_terms_are_no_slips(linter: Linter, sentence: str, word: str, error: bool) -> None:
    found = dict(_codes(linter, _email(f"{THANKS} {sentence}"), "FL401"))
    assert found.get(word) == ("error" if error else "info")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thank you for finding a new time after last week's date had to move.", False),
        ("Thank you for seeing me after Monday's date fell through.", False),
        ("Shall we grab a date sometime?", True),
    ],
)
def test_a_possessive_before_date_is_the_calendar(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL329")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The case files you described build on my four years as a civil litigation paralegal.", False),
        ("I will be filing litigation against your team if I do not hear by Friday.", True),
        ("If I haven't heard from you by then, I'll contact Northgate's claims manager directly.", True),
        ("If I don't hear by today, I'm ringing your branch manager to tell her exactly how this was handled.", True),
        ("If I don't hear back by Friday, I'll call you directly.", False),
        ("I'll email the site office directly to book the visit.", False),
        ("If you don't have time, I can call your office manager to book the visit.", False),
    ],
)
def test_threats_and_a_litigation_paralegal(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you again for the interview on the 14th. {sentence}", subject="Paralegal – follow-up")
    assert bool(_codes(linter, text, "FL325", purpose="status-check")) is flagged


@pytest.mark.parametrize(
    "name", ["Nur Aisyah binte Rahmat", "Ahmad bin Ismail", "Pieter van der Berg", "Maria de la Cruz"]
)
def test_a_closing_of_ones_own_above_a_name_with_particles(linter: Linter, name: str) -> None:
    text = _email(THANKS + " I enjoyed the valuation exercise.", sign_off=f"Thank you and best regards,\n{name}")
    for code in ("FL140", "FL141"):
        assert not _warned(linter, text, code), code


def test_a_name_with_particles_is_read_as_the_signature() -> None:
    draft = parse_draft(_email(THANKS, sign_off="Thank you and best regards,\nNur Aisyah binte Rahmat"))
    assert draft.closing is not None and draft.closing.text == "Thank you and best regards,"
    assert draft.signature is not None and draft.signature.text == "Nur Aisyah binte Rahmat"


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("I opened the Athlone branch for my current retailer in 2023, hiring fourteen staff.", True),
        ("At my last agency I ran the lettings desk for two years.", True),
        (
            "My current retailer is closing its Athlone branch.",
            True,
        ),  # the writer's workplace, as "my current employer"
        ("The branch you showed me was busier than I expected.", False),
        # the reader's work admired is no experience of the writer's (round 27's flattering thank-you)
        ("It was a privilege to meet someone whose work I have admired for so long.", False),
        ("The work I have done on breakfast radio fits your Drivetime plans.", True),
    ],
)
def test_the_writer_s_employer_named_by_its_trade(linter: Linter, sentence: str, fit: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL205", purpose="thank-you") is not fit


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("Teaching is the career I have been working towards, and I would be delighted to do it at Aire Valley.", True),
        ("Lettings is the work I enjoy most, and I'd be glad to do it for your branch.", True),
        ("I would be delighted to do it for you if you send me the form.", False),
    ],
)
def test_the_work_wanted_at_this_employer(linter: Linter, sentence: str, interest: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL204", purpose="thank-you") is not interest


# --- round 27's bad batch: what was missed or misread ------------------------------------------------------------


def test_a_stage_direction_is_no_detail_recalled(linter: Linter) -> None:
    script = (
        "[Voicemail on Karen's direct line, the number she gave at the end of the interview]\n\n"
        "Hi Karen, it's Amir Hassan. I had my interview with you this morning. I just wanted to say thank you very "
        "much for your time, I really enjoyed it. My number is 07700 900 128, again 07700 900 128. Thanks, bye."
    )
    assert _warned(linter, script, "FL202", purpose="thank-you", channel="call")
    detailed = script.replace(
        "I really enjoyed it.", "I enjoyed hearing how your team cut the queue at Gate 4 from twenty minutes to eight."
    )
    assert not _warned(linter, detailed, "FL202", purpose="thank-you", channel="call")


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("I wanted to check in on where things stand: do you know when you'll decide?", "status-check"),
        ("I'd love to know where the process stands.", "status-check"),
        ("I wanted to check in on where things stand – do you know when you'll decide?", "status-check"),
        ("Just so you know where things stand, I have one other final round this week.", "thank-you"),
        ("As I said, I will call you on Monday the 30th to see where the search stands.", "thank-you"),
        ("I realise it's too early to know where things stand.", "thank-you"),
        ("I would be glad to hear where things stand once you have met everyone.", "thank-you"),
    ],
)
def test_asking_where_things_stand_the_day_after(sentence: str, purpose: str) -> None:
    text = _email(f"Thank you again for yesterday's interview and the churn model walk-through. {sentence}")
    context = Context.model_validate({"interview_date": "2026-10-13", "sent_at": "2026-10-14"})
    guess = infer_purpose(parse_draft(text), context)
    assert guess is not None and guess[0] == purpose, guess


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("I received the email that the position was already given to another applicant.", "rejection-reply"),
        ("People are saying the post has already gone to someone related to the director. Where do I stand?", None),
        ("I have been hearing rumours that the role went to an internal candidate. Is that so?", None),
    ],
)
def test_a_post_already_given_and_hearsay(sentence: str, purpose: str | None) -> None:
    text = _email(sentence, subject="Senior Caregiver")
    context = Context.model_validate({"interview_date": "2026-06-01", "sent_at": "2026-06-20"})
    guess = infer_purpose(parse_draft(text), context)
    assert guess is not None
    assert (guess[0] == "rejection-reply") is (purpose == "rejection-reply"), guess


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sure! Here's a polished, professional version of your thank-you email:\n\n---\n\nDear Mr Menon,", True),
        ("Here is your revised email:\n\nDear Mr Menon,", True),
        ("Dear Mr Menon,\n\nWould you like me to make it shorter, or adjust the tone?", True),
        ("Dear Mr Menon,\n\nFeel free to customise this email before you send it.", True),
        ("Dear Mr Menon,\n\nHere is the updated version of the deck you asked for.", False),
        ("Dear Mr Menon,\n\nI'd be happy to adjust the start date if that helps.", False),
        # a review of round 27: the usual framing, and a candidate's own offers about the work in hand
        ("Certainly! Below is a professional follow-up email you can use:\n\nDear Mr Menon,", True),
        ("Here is a revised draft:\n\nDear Mr Menon,", True),
        ("Dear Mr Menon,\n\nDo you want me to make it shorter?", True),
        ("Dear Mr Menon,\n\nLet me know if you want any changes!", True),
        ("Dear Mr Menon,\n\nAs a language model, I cannot send emails.", True),
        ("Dear Mr Menon,\n\nI spent four years as an AI engineer at Kora.", False),
        ("Dear Mr Menon,\n\nWould you like me to draft a short lesson plan for Friday?", False),
        ("Dear Mr Menon,\n\nWould you like me to tailor the presentation for the trustees?", False),
        ("Dear Mr Menon,\n\nWould you like me to make it in person on Friday?", False),
        ("Dear Mr Menon,\n\nHere is a revised version of your rota template with the two changes.", False),
        ("Dear Mr Menon,\n\nHere is your updated letter of offer, signed and scanned.", False),
        ("Dear Mr Menon,\n\nI hope this draft helps with your planning for September.", False),
        ("Dear Mr Menon,\n\nFeel free to customise the template for your own branch.", False),
        ("Dear Mr Menon,\n\nHere is my availability:\n\nMonday 9-12", False),
        ("Dear Mr Menon,\n\nLet me know if you want any changes to the schedule.", False),
    ],
)
def test_a_writing_assistant_s_words_left_in(linter: Linter, text: str, flagged: bool) -> None:
    draft = f"Subject: Thank you – Graduate Consultant\n\n{text}\n\n{THANKS}\n\n{SIGNED}"
    found = _codes(linter, draft, "FL214", purpose="thank-you")
    assert bool(found) is flagged
    assert all(sev == "error" for _, sev in found)


@pytest.mark.parametrize(
    ("company", "sentence", "flagged"),
    [
        (
            "Harbourfront Laurentide Hotel",
            "I'm excited about the chance to join the Harbourfront Laurentine team.",
            True,
        ),
        ("Brightwater Dental Care", "The Brightwatter Dental team made me welcome.", True),
        # a review of round 27: people, places and firms one letter from a word of the name, named right
        ("Harbourfront Laurentide Hotel", "I'm excited about the chance to join the Laurentine team.", False),
        ("Mott MacDonald", "I have worked weekends at McDonald's for three years.", False),
        ("Hilton Garden Inn", "I know the Milton Keynes property well.", False),
        ("Brennan & Sons Electric", "Brendan from the stores team showed me the switchgear room.", False),
        ("Barratt Homes", "I spent six years with Barrett Steel.", False),
        ("O'Donnell Brothers Building", "I'd be an asset to ODonnell Brothers, I'm sure.", False),
        ("Harbourfront Laurentide Hotel", "I'm excited to help before the Laurentides ski season.", False),
        ("Údarás na Gaeltachta", "I'm keen to work across the Gaeltacht.", False),
        ("Kallang Membrane Systems", "I'm excited to join Kallang Membrane Systems.", False),
    ],
)
def test_the_employer_s_name_misspelt(linter: Linter, company: str, sentence: str, flagged: bool) -> None:
    report = linter.lint(_email(f"{THANKS} {sentence}"), context=Context(company=company))
    found = [f for f in report.findings if f.code == "FL208"]
    assert bool(found) is flagged
    for f in found:
        assert set(f.guidance) == {"G-PERSONAL", "G-CORRECT"}
        assert f.suggestions and f.suggestions[0].edits[0].replacement in company.split()


def test_a_misspelt_employer_already_named_as_another_is_one_finding(linter: Linter) -> None:
    text = _email(f"{THANKS} I am keen to join Brigthwater Dental.")
    report = linter.lint(text, context=Context(company="Brightwater Dental Care"))
    assert len([f for f in report.findings if f.code == "FL208"]) == 1


def test_another_employer_cites_no_spelling(linter: Linter) -> None:
    report = linter.lint(_email(f"{THANKS} I'm excited about the role at Globex."), context=Context(company="Initech"))
    (found,) = [f for f in report.findings if f.code == "FL208"]
    assert list(found.guidance) == ["G-PERSONAL"]


def test_a_second_greeting_pasted_in_the_body(linter: Linter) -> None:
    note = f"{THANKS}\n\nI look forward to hearing about next steps."
    pasted = _email(f"{note}\n\n{SIGNED}\n\nDear Mr Lim,\n\n{note}", greeting="Dear Priya,")
    context = Context.model_validate({"interviewers": ["Priya Raman"]})
    assert [t for t, _ in _codes(linter, pasted, "FL134", context=context)] == ["Mr Lim"]
    again = _email(f"{note}\n\nDear Priya,\n\n{note}", greeting="Dear Priya,")
    assert not _codes(linter, again, "FL134", context=context)
    # a note passed on, or an earlier note resent, names its reader first (a review of round 27)
    passed = _email(f"{THANKS} Would you mind passing this on to Chioma on reception?\n\nHi Chioma,\n\n{note}")
    resent = _email(f"I sent the note below to Mr Lim on 3 March; he has since moved.\n\nDear Mr Lim,\n\n{note}")
    for text in (passed, resent):
        assert not _codes(linter, text.replace("Dear Ms Okafor,", "Dear Priya,"), "FL134", context=context)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("I hope you're well full stop. Thank you again for Tuesday.", ["full stop"]),
        ("Please let me know if you need anything else from me question mark", ["question mark"]),
        ("I'm writing about the role comma as I'm still very keen.", ["comma"]),
        ("The lift came to a full stop. I liked the Oxford comma as a topic.", []),
        ("Patient safety comes first, full stop. Your house style drops the closing full stop.", []),
        ("Forgive the odd exclamation mark! The commute is my only question mark.", []),
        ("The proof needed one more comma as well as a hyphen.", []),
    ],
)
def test_dictated_punctuation_before_a_mark_or_at_the_end(linter: Linter, body: str, words: list[str]) -> None:
    found = [t.strip() for t, _ in _codes(linter, _email(body), "FL412", purpose="status-check")]
    assert found == words


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Kindly advise me of the status of my application.", False),
        ("I was struck by how much the staff there support one another.", False),
        ("I was impressed by the staff there approach to safeguarding.", True),  # "their" meant
    ],
)
def test_grammar_tips_on_advise_and_there(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL402")) is flagged


def test_a_line_of_dashes_is_a_separator(linter: Linter) -> None:
    assert not _codes(linter, _email(f"{THANKS}\n\n---\n\nI look forward to hearing from you."), "FL404")
    assert _codes(linter, _email("Thank you for the talk --- and the tour of the branch."), "FL404")


TONE = [
    ("FL313", "I suppose I shouldn't be surprised that the next step is taking its time as well!", True),
    ("FL313", "I'm well practised at waiting by now.", True),
    ("FL313", "I really do appreciate the fifteen or so minutes I got.", True),
    ("FL313", "I'm sure you're very busy, as you mentioned on our call.", True),
    ("FL313", "Congratulations to her, I guess.", True),
    ("FL326", "No criticism intended, but the brief was unclear.", True),
    ("FL326", "I'd gently point out that the serif you suggested is dated.", True),
    ("FL331", "It's easy to lose touch with what's current when you've been at one publisher a long time.", True),
    ("FL331", "I've rebuilt more outboards than your whole shop put together.", True),
    ("FL319", "I therefore enclose an invoice for £101.68 for the trial day.", True),
    ("FL319", "I expect payment within fourteen days.", True),
    # courteous look-alikes
    ("FL313", "I wasn't surprised by how thorough the panel was.", False),
    ("FL313", "I'm so used to waiting tables on busy Saturdays.", False),
    ("FL313", "I know you're very busy, so I'll keep this short.", False),
    ("FL313", "I appreciated the fifteen minutes I got with your director.", False),
    ("FL313", "Congratulations on the new site, I guess you must be delighted.", False),
    ("FL326", "I'd point out that my certificate arrives in May.", False),
    ("FL331", "It was easy to see why your staff stay so long.", False),
    ("FL331", "The team has grown more than the rest of the firm combined this year.", False),
    ("FL319", "I enclose my portfolio for the trial day.", False),
    ("FL319", "I'd expect compensation in line with the advert.", False),
    # a review of round 27
    ("FL313", "I suppose I shouldn't have been surprised by how welcoming everyone was.", False),
    ("FL313", "I'm very experienced at waiting at large functions, from silver service to buffets.", False),
    ("FL313", "I'm sure you're very busy, as you mentioned the CQC visit next week, so no rush.", False),
    ("FL313", "I made the most of the twenty or so minutes I got with the children in the reading corner.", False),
    ("FL326", "I appreciated how you gently pointed out where my answer could be stronger.", False),
    ("FL326", "Thank you for kindly pointing out the gap in my CV dates.", False),
    ("FL331", "It is easy to lose touch with clinical practice when you have been out of it for six years.", False),
    ("FL319", "As agreed on the phone, I attach my invoice for the two paid trial shifts.", False),
    ("FL325", "As you suggested, if I haven't heard by Friday I'll call Mr Ahmed directly.", False),
    ("FL325", "In reply to your question about my start date, I will contact the DBS office directly.", False),
    ("FL325", "Please tell your manager exactly how much I appreciated the tour.", False),
    ("FL325", "Given my experience of this process, I am now considering litigation against the practice.", True),
    ("FL325", "My solicitor is preparing litigation against your firm.", True),
]


@pytest.mark.parametrize(("code", "sentence", "flagged"), TONE)
def test_round_27_s_faults_of_tone(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you again for the interview on the 7th. {sentence}", subject="Video Editor – follow-up")
    assert bool(_codes(linter, text, code, purpose="status-check")) is flagged


@pytest.mark.parametrize(
    ("code", "sentence", "items"),
    [
        (
            "FL325",
            "If I haven't heard from you by then, I'll contact the client directly.",
            {"G-TONE-PATIENT", "G-POSITIVE"},
        ),
        ("FL319", "I expect payment within fourteen days.", {"G-TONE-PATIENT", "G-POSITIVE"}),
        (
            "FL326",
            "No criticism intended, but the brief was unclear.",
            {"G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"},
        ),
    ],
)
def test_what_the_tone_findings_cite(linter: Linter, code: str, sentence: str, items: set[str]) -> None:
    text = _email(f"Thank you again for the interview on the 7th. {sentence}", subject="Video Editor – follow-up")
    report = linter.lint(text, purpose="status-check")
    assert [set(f.guidance) for f in report.findings if f.code == code] == [items]


# --- growth: every new pattern and stage at 1x, 10x and 100x input ----------------------------------------------


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL313", "I suppose I shouldn't well practised at the fifteen or so minutes I'm sure you're very busy, as "),
        ("FL313", "Congratulations to her, I congratulations on the new site, I guess you "),
        ("FL326", "No criticism gently point no offence gently "),
        ("FL331", "easy to lose touch with when you more outboards than your whole shop put "),
        ("FL319", "I enclose an invoice expect payment enclose my invoice "),
        ("FL325", "I'll contact the claims manager I'm ringing your branch litigation paralegal "),
        ("FL214", "Here's a polished version of Would you like me to make feel free to customise "),
        ("FL412", "well full stop comma as question mark "),
        ("FL205", "for my current retailer at my last agency whose work I have admired the work I have "),
        ("FL204", "I would be delighted to do it at I'd be glad to do it "),
        ("FL402", "Kindly advise the staff there please advise "),
        ("FL404", "--- ---\n---- "),
        ("FL329", "last week's date had to move grab a "),
    ],
)
def test_the_round_27_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    context = Context(company="Harbourfront Laurentide Hotel", role="Video Editor")
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, unit * (10 * n), purpose="status-check", context=context),
        f"{code} openings",
    )


def test_the_misspelt_employer_scan_grows_linearly(linter: Linter) -> None:
    context = Context(company="Harbourfront Laurentide Hotel")
    assert_grows_linearly(
        linter,
        "FL208",
        lambda n: prepared_input(linter, "Laurentine Harbourfrunt Lorentide " * (10 * n), context=context),
        "FL208 capitalised words",
    )


def test_the_second_greeting_scan_grows_linearly(linter: Linter) -> None:
    context = Context.model_validate({"interviewers": ["Priya Raman"]})
    assert_grows_linearly(
        linter,
        "FL134",
        lambda n: prepared_input(linter, "Thank you.\n\nDear Mr Lim,\n\n" * (10 * n) + "Thanks.", context=context),
        "FL134 greetings",
    )


def test_stage_directions_grow_linearly(linter: Linter) -> None:
    assert_grows_linearly(
        linter,
        "FL202",
        lambda n: prepared_input(
            linter, "[pause] I really enjoyed it. [Voicemail, her direct line]\n\n" * (10 * n), channel="call"
        ),
        "FL202 stage directions",
    )


def test_the_new_purpose_cues_grow_linearly() -> None:
    assert_purpose_grows_linearly(
        lambda n: _email(
            "Thank you for yesterday. I wanted to check in on where people are saying rumours the position was "
            "already " * (20 * n) + "given to another applicant."
        ),
        Context.model_validate({"interview_date": "2026-10-13", "sent_at": "2026-10-14"}),
    )
