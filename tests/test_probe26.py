"""Round 26: what the round 26 blind batches (tests/corpus/probes/round26) found, each misjudgement pinned both
ways with wordings of our own, and each new pattern or stage with a growth test (1x, 10x, 100x input; a ratio,
never a time)."""

from __future__ import annotations

import pytest
from check_timing import FAIL_RATIO, SIZES, assert_grows_linearly, assert_purpose_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks.base import CheckInput
from followup_lint.context import Context
from followup_lint.draft import Part, parse_draft


def _codes(linter: Linter, text: str, code: str, **kwargs: object) -> list[tuple[str, str]]:
    report = linter.lint(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


def _warned(linter: Linter, text: str, code: str, **kwargs: object) -> bool:
    return any(sev != "info" for _, sev in _codes(linter, text, code, **kwargs))


def _email(
    body: str,
    subject: str = "Thank you – First Officer assessment",
    greeting: str = "Dear Captain Nkosi,",
    sign_off: str = "Kind regards,\nPieter van Wyk\n+27 82 555 0173",
) -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{sign_off}"


# --- round 26's good batch: what drew an error or a warning on sincere notes ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thank you for taking me seriously after so many 5 a.m. handovers together.", False),
        ("After many 6pm finishes on the night crew I know the pick floor well.", False),
        ("I have done many 3 o'clock starts on the bakery line.", False),
        ("There are many 5 reasons I want this job.", True),  # a count after "many" is still a slip
    ],
)
def test_many_before_a_time_of_day_counts_occasions(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for the interview this afternoon. {sentence}")
    assert bool(_codes(linter, text, "FL402")) is flagged


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I would be proud to fly for you.", True),
        ("I'd be honoured to teach alongside your staff.", True),
        ("The scheme confirmed that Pembury Lane is where I want to train.", True),
        ("I'd still really love the chance to train with Ashby Wren.", True),
        ("I was proud to fly for my last airline.", False),  # the past, and another employer
        ("I would be glad to answer for you any question the board has.", False),  # an offer of help
    ],
)
def test_interest_said_as_pride_or_a_place_to_train(linter: Linter, sentence: str, interest: bool) -> None:
    text = _email(f"Thank you for yesterday's simulator assessment and the debrief on the engine failure. {sentence}")
    assert _warned(linter, text, "FL204", purpose="thank-you") is not interest


@pytest.mark.parametrize(
    ("sentence", "fit"),
    [
        ("I have 3,200 hours on the A320 family, mostly on short sectors.", True),
        ("The regional network you described is the flying I know best.", True),
        ("I already hold a Class 1 medical and a PPL with 85 hours.", True),
        ("I waited 3 hours in the lobby before the simulator was free.", False),
        ("I wonder which routes your crews know best.", False),
    ],
)
def test_hours_licences_and_known_work_state_fit(linter: Linter, sentence: str, fit: bool) -> None:
    text = _email(f"Thank you for yesterday's simulator assessment and the debrief on the engine failure. {sentence}")
    assert _warned(linter, text, "FL205", purpose="thank-you") is not fit


REAPPLIED = _email(
    "Thank you for meeting with me again today. When we spoke last year, you suggested I get more hands-on "
    "experience with title searches before applying again. I took that advice, and I am very keen on the role.",
    subject="Thank you – Real Estate Paralegal interview",
    greeting="Dear Ms. Vega,",
)


def test_a_thank_you_that_tells_of_an_earlier_no_is_still_a_thank_you(linter: Linter) -> None:
    assert linter.lint(REAPPLIED).purpose == "thank-you"
    same_day = {"interview_date": "2026-10-19", "sent_at": "2026-10-19"}
    assert linter.lint(REAPPLIED, context=same_day).purpose == "thank-you"
    # a week after the interview, applying again is still the sequel of a no
    later = _email(
        "Thank you for the call. I will work on my spreadsheet skills before applying again next year.",
        subject="Re: your application",
    )
    report = linter.lint(later, context={"interview_date": "2026-10-19", "sent_at": "2026-10-26"})
    assert report.purpose == "rejection-reply"


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("I would ask the trustees to look at their decision again.", "rejection-reply"),
        ("I would ask the panel to reconsider the decision.", "rejection-reply"),
        ("I look forward to hearing the panel's decision.", "thank-you"),
    ],
)
def test_a_decision_asked_to_be_looked_at_again_was_made(linter: Linter, sentence: str, purpose: str) -> None:
    text = _email(f"Thank you for the interview on Monday. {sentence}", subject="Community Outreach Coordinator")
    assert linter.lint(text).purpose == purpose


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("If you or the panel felt able to share the observations of members of Chapter, I would value them.", False),
        ("I am grateful for the Board's time and the Trustees' questions.", False),
        ("I would love to join the team at Globex Board.", True),  # a firm's name that ends in a body's word
    ],
)
def test_the_reader_s_governing_body_is_no_other_firm(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for the two days at Wellbridge. {sentence}", greeting="Dear Dr Forde,")
    found = _codes(linter, text, "FL208", context={"company": "Wellbridge Cathedral"})
    assert bool(found) is flagged


VOICEMAIL = (
    "[Voicemail on Monique's cell, the number she gave me]\n\nHi Monique, this is Tiana Brooks. I interviewed for "
    "the Salon Manager position on Tuesday. Thank you again for that day. I'm calling to check whether you've made "
    "a decision. My number is 404-555-0137. Again, 404-555-0137.\n\n{last}"
)


@pytest.mark.parametrize(
    ("last", "flagged"),
    [
        ("Thanks so much, Monique. Have a great day.", False),  # a thanks is no complaint for a wish to answer
        ("Six weeks and not a word from anyone. Have a great day.", True),
    ],
)
def test_a_good_wish_after_a_bare_thanks_is_sincere(linter: Linter, last: str, flagged: bool) -> None:
    text = VOICEMAIL.format(last=last)
    found = [s for s, sev in _codes(linter, text, "FL330", purpose="status-check", channel="call") if sev != "info"]
    assert any("Have a great day" in s for s in found) is flagged


def test_a_call_script_s_stage_directions_are_not_scored_for_tone(linter: Linter) -> None:
    script = (
        "[Voicemail]\n\nHi Riaan, it's Sipho Ndlovu. I came in for the climbing arborist job on Monday the 2nd. Thanks "
        "again for your time. I'm still very keen on the job. You can get me on {aside} 082 555 0391. Cheers, bye."
    )
    plain = script.format(aside="")
    directed = script.format(aside="[said quickly, in one breath]")
    for text in (plain, directed):
        found = [sev for _, sev in _codes(linter, text, "FL330", purpose="status-check", channel="call")]
        assert not [s for s in found if s != "info"], text
    # the caller's own words in a script are still scored
    rude = script.format(aside="[sighs] if anyone there can be bothered to pick up a phone, which I doubt,")
    assert _codes(linter, rude, "FL330", purpose="status-check", channel="call") or _codes(
        linter, rude, "FL313", purpose="status-check", channel="call"
    )


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I already hold a PPL with 85 hours.", False),  # in capitals, a private pilot licence
        ("So many ppl at the assessment day!", True),
    ],
)
def test_ppl_in_capitals_is_a_licence(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for Saturday's assessment centre. {sentence}", subject="Cadet Pilot assessment")
    assert bool(_codes(linter, text, "FL305")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I'd love to be considered for other roles at <COMPANY>.", False),  # a slot: FL207's finding
        ("I'd love to be considered for other roles at [COMPANY NAME].", False),
        ("I am VERY KEEN on other roles at the club.", True),
    ],
)
def test_capitals_in_a_template_slot_are_no_shouting(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thanks for letting me know. {sentence}", subject="Re: Sports Physiotherapist – outcome")
    assert bool(_codes(linter, text, "FL304", purpose="rejection-reply")) is flagged


LETTER = (
    "12 Elm Grove\nReading RG1 5LP\n\n20 October 2026\n\nMrs Catherine Doyle\nMayfield House Hospice\nLondon Road\n"
    "Reading RG1 3NX\n\nDear Mrs Doyle,\n\nThank you for your letter of 16 October, and for the kindness you and the "
    "panel showed me.\n\n{close}\n\nChinedu Okafor"
)


@pytest.mark.parametrize(
    ("close", "flagged"),
    [("With every blessing,", False), ("Every blessing,", False), ("Yours in Christ,", False), ("Blessings,", True)],
)
def test_a_letter_s_formal_close_of_faith(linter: Linter, close: str, flagged: bool) -> None:
    text = LETTER.format(close=close)
    assert bool(_codes(linter, text, "FL124", purpose="rejection-reply", channel="letter")) is flagged


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("JazakAllah khair, and thank you for your time yesterday.", False),  # a phrase opening a paragraph
        ("Thank you for your time yesterday. I combed my khair before the interview.", True),
    ],
)
def test_a_greeting_phrase_opening_a_paragraph_is_no_slip(linter: Linter, body: str, error: bool) -> None:
    text = _email(body, greeting="Dear Dr Qureshi,", subject="Thank you – Centre Manager interview")
    assert (
        ("khair", "error") in _codes(linter, text, "FL401")
        if error
        else ("khair", "error") not in _codes(linter, text, "FL401")
    )


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Over three seasons we resowed the wet paddocks with a tall fescue mix.", "fescue"),
        ("Most of my members went from no lifting to confident trap-bar deadlifts.", "deadlifts"),
    ],
)
def test_field_terms_a_slip_from_a_common_word_are_tips(linter: Linter, sentence: str, word: str) -> None:
    text = _email(f"Thank you for the farm walk yesterday. {sentence}", greeting="Dear Gwen,")
    assert (word, "info") in _codes(linter, text, "FL401")


# --- round 26's bad batch: faults the rules missed ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "thanked"),
    [
        ("I would appreciate your guidance on these points.", False),  # a request, no thanks
        ("I'd be grateful for your advice on the visa.", False),
        ("I really appreciated your guidance on the portfolio.", True),
        ("Thanks for telling me in person on Friday, I suppose that's something.", False),  # grudging
        ("Thanks for telling me in person on Friday.", True),
    ],
)
def test_appreciation_asked_for_or_grudged_is_no_thanks(linter: Linter, sentence: str, thanked: bool) -> None:
    text = _email(f"Following yesterday's interview, I have a few practical questions. {sentence}")
    assert _warned(linter, text, "FL201", purpose="thank-you") is not thanked


@pytest.mark.parametrize(
    ("code", "sentence", "flagged"),
    [
        # a courtesy the reader did not show, named as owed; the hitch laid at the reader's door (FL313)
        ("FL313", "A short text when you are running forty minutes late would have been appreciated.", True),
        ("FL313", "I would expect that courtesy from a Chief Engineer.", True),
        ("FL313", "I'd appreciate a quick text if the start time changes.", False),
        ("FL313", "It would have been great to work with you and the crew.", False),
        (
            "FL313",
            "Even a quick acknowledgement would help, just so I know my emails are actually being received.",
            True,
        ),
        ("FL313", "Once your end finally got the screen share going, it was a good conversation.", True),
        ("FL313", "Once my laptop finally connected, it was a good conversation.", False),
        ("FL313", "I'm sure the new models will run more smoothly than the video link did!", True),
        ("FL313", "All the best with whoever you settled for.", True),
        ("FL313", "Best of luck to whoever you went with.", False),
        ("FL313", "From what I hear, the person you went with was gone by Christmas.", True),
        ("FL313", "I suspect you'll be reading about it.", True),
        ("FL313", "You'll be hearing from my referees this week.", False),
        # correcting the employer, advising on its staff, the panel wrong (FL331)
        ("FL331", "Happy to proofread your listings once I'm on board!", True),
        ("FL331", "I'm happy to proofread the handbook as part of the role.", False),
        ("FL331", 'For future reference, it\'s "your application," not "you\'re application".', True),
        ("FL331", "That is probably worth fixing in the template before it goes out again.", True),
        ("FL331", "I'd gently suggest Callum keeps his views on independence for the pub.", True),
        ("FL331", "I'd suggest Callum keeps the Tuesday slot free for my start.", False),
        ("FL331", "Not everyone will be as easy-going about it as I was.", True),
        ("FL331", "I think last year's panel got it wrong.", True),
        ("FL331", "I think I got it wrong on the VAT question.", False),
        ("FL331", "Any serious firm recruiting internationally budgets for it.", True),
        ("FL331", "I would bring the care I brought to any serious firm I have worked for.", False),
        # running down the writer's own workplace (FL316)
        ("FL316", "The outfit I've just left were cowboys.", True),
        ("FL316", "Honestly, the site I'm on at the moment is a total shitshow.", True),
        ("FL316", "The management were bloody clueless.", True),
        ("FL316", "The site I'm on at the moment is a new build.", False),
        ("FL316", "The management there were supportive of my training.", False),
        # the review of round 26: its false alarms and misses
        ("FL331", 'Just to correct myself: it\'s "IFRS 15", not "IFRS 16", that governs revenue recognition.', False),
        ("FL331", "I always tell my apprentices: it's 'measure twice, cut once', not 'cut twice'.", False),
        ("FL331", "Your accreditation is something any reputable firm would be proud of.", False),
        ("FL331", "I understand any reputable airline must check licences, so I've attached mine.", False),
        ("FL331", "Any firm worth its salt would have budgeted for it.", True),
        ("FL331", "The board got it badly wrong on the pension deficit in the case you raised.", False),
        ("FL331", "I admit I thought last year's panel got it wrong, but your feedback showed me otherwise.", False),
        ("FL331", "It's worth checking the listing on Indeed, as it still shows last year's salary band.", False),
        ("FL331", "As we discussed, I'd be happy to fix your email templates.", False),
        ("FL331", "I know not everyone is as patient as I am with the old ticketing system.", False),
        ("FL331", "I'd gently suggest your interviewers keep their phones in their pockets.", True),
        ("FL313", "Please pass my congratulations to whoever you settled on.", False),
        ("FL313", "If the person you appointed ever left, I'd love to hear from you.", False),
        ("FL313", "If the candidate you chose ever decides to quit, please do think of me.", False),
        ("FL313", "I know a quicker reply from me would have been appreciated.", False),
        ("FL313", "Thank you for confirming that my application was in fact received.", False),
        ("FL313", "Thank you for your patience until the connection finally came back on my side.", False),
        ("FL313", "An in-person chat will flow better than the video call did with my patchy broadband.", False),
        ("FL313", "I've let both referees know, so you'll be hearing about me from them.", False),
        ("FL313", "I'd expect that courtesy from a Chief Engineer.", True),
        ("FL313", "A heads-up would've been nice.", True),
        ("FL313", "Once you finally got the camera working, it went well.", True),
        ("FL313", "You'll read about me in the trade press one day.", True),
        ("FL316", "My last place was run by cowboys.", True),
        ("FL312", "You'll have my written response to the case study by Thursday at the latest.", False),
        ("FL312", "I'll send you an update on my notice period by Monday at the latest.", False),
        ("FL312", "I need your decision by Monday at the latest.", True),
        ("FL312", "I'm holding two other offers, so I'll need a decision from you by Friday at the latest.", True),
    ],
)
def test_round_26_s_faults_of_tone(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for the interview yesterday and the tour of the hangar. {sentence} I'm keen on the role.")
    found = [sev for _, sev in _codes(linter, text, code, purpose="thank-you") if sev != "info"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("code", "sentence", "items"),
    [
        ("FL313", "A short text would have been appreciated.", {"G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"}),
        ("FL331", "I think last year's panel got it wrong.", {"G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"}),
        ("FL316", "The outfit I've just left were cowboys.", {"G-POSITIVE"}),  # aimed at nobody the note goes to
        ("FL316", "The hiring process has been drawn out and poorly communicated.", {"G-POSITIVE", "G-TONE-PATIENT"}),
    ],
)
def test_what_the_tone_findings_cite(linter: Linter, code: str, sentence: str, items: set[str]) -> None:
    report = linter.lint(_email(f"Thank you for the interview yesterday. {sentence}"), purpose="thank-you")
    (finding,) = [f for f in report.findings if f.code == code]
    assert set(finding.guidance) == items


SIGNED = "Kind regards,\nJerome Dizon\n+63 917 555 0148"


def test_a_postscript_is_read_by_the_hostile_tone_rules(linter: Linter) -> None:
    text = _email(
        "Thank you for the tour of the engine room yesterday. I am very interested in joining Tidewater Ferries.",
        sign_off=f"{SIGNED}\n\nP.S. For what it is worth, a short text when you are running forty minutes late\n"
        "would have been appreciated.\nCONFIDENTIALITY: this e-mail is meant for its addressee only.",
    )
    draft = parse_draft(text)
    (ps,) = draft.postscripts
    # the wrapped sentence goes on to its end; the footer after it is no part of it
    assert ps.text.startswith("P.S.") and ps.text.endswith("appreciated.")
    assert draft.part("postscript") == [ps] and ps not in draft.part("message")
    assert _codes(linter, text, "FL313", purpose="thank-you")
    # a rule that reads the postscript and the signature reads it once
    snide = _email("Thank you for Monday.", sign_off=f"{SIGNED}\n\nP.S. You clearly can't be bothered to reply.")
    assert len(_codes(linter, snide, "FL313", purpose="status-check")) == 1


@pytest.mark.parametrize(
    "postscript",
    [
        # courteous P.S. lines the other rules do not read (a review of round 26): an apology, a copy, a resend
        "P.S. Apologies for my video freezing halfway through; my broadband provider has since fixed the fault.",
        "P.S. I've copied in Tom from HR, as you suggested.",
        "P.S. In case my email of last Tuesday went to your spam folder, I've attached the certificates again.",
        "P.S. Sorry again for arriving ten minutes late; the Northern line was suspended.",
        "P.S. Even if it doesn't work out this time, I'd love to apply again in future.",
        "P.S. You'll have my written response to the case study by Thursday at the latest.",
        'P.S. Correction: it\'s "NEBOSH", not "IOSH", that I hold; I misspoke in the interview.',
    ],
)
def test_a_courteous_postscript_changes_nothing(linter: Linter, postscript: str) -> None:
    body = "Thank you for the tour of the engine room yesterday. I am very interested in joining Tidewater Ferries."
    plain = linter.lint(_email(body), purpose="thank-you", context={"company": "Tidewater Ferries"})
    with_ps = linter.lint(
        _email(body, sign_off=f"{SIGNED}\n\n{postscript}"),
        purpose="thank-you",
        context={"company": "Tidewater Ferries"},
    )
    warned = {f.code for f in plain.findings if f.severity.value != "info"}
    assert {f.code for f in with_ps.findings if f.severity.value != "info"} == warned


@pytest.mark.parametrize(
    "sign_off",
    [
        "Kind regards,\nP. Sutherland\nPS Marine Ltd",  # a firm's initials
        "Kind regards,\nP. S. Raghavan\nSite Engineer\n\nNo PPE, no entry.",  # initials on the name line
        "Kind regards,\nLee Chen\n\nP.S. Krishnamurthy\nSite Engineer",  # a name with initials, alone on a line
    ],
)
def test_initials_and_firms_are_no_postscript(sign_off: str) -> None:
    assert parse_draft(_email("Thank you for Monday.", sign_off=sign_off)).postscripts == []


def test_initials_on_the_name_line_draw_nothing_from_the_footer(linter: Linter) -> None:
    footer = (
        "Kind regards,\nP. S. Raghavan\nSite Engineer, Larsen Civil Ltd\n\nNo PPE, no entry. If in doubt, call us.\n"
        "I aim to send a response to every email within two working days at the latest."
    )
    text = _email("Thank you for the site visit on Monday. I am keen on the role.", sign_off=footer)
    report = linter.lint(text, purpose="thank-you")
    assert not [f for f in report.findings if f.code in ("FL312", "FL313", "FL330", "FL304")]


@pytest.mark.parametrize(
    ("subject", "flagged"),
    [
        ("Audit Senior interview – follow-up (second request)", True),
        # a reply keeps the other side's subject, and employers chase too (a review of round 26)
        ("Re: Referee details needed (second request)", False),
        ("Re: Final interview – decision by Friday", False),
    ],
)
def test_a_count_of_chases_in_the_subject(linter: Linter, subject: str, flagged: bool) -> None:
    text = _email("Thank you again for meeting me on the 3rd. Could you let me know where things stand?", subject)
    assert bool(_codes(linter, text, "FL106", purpose="status-check")) is flagged


# --- the review of round 26: its false alarms and misses, pinned both ways -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("I appreciated you explaining that the firm may revisit its choice of case management system.", "thank-you"),
        ("I know the partners may look at the decision again once the second-round candidates are seen.", "thank-you"),
    ],
)
def test_a_decision_still_to_come_is_no_rejection(linter: Linter, sentence: str, purpose: str) -> None:
    text = _email(f"Thank you for the interview yesterday. {sentence} I'm keen on the role.")
    assert linter.lint(text).purpose == purpose


def test_a_next_day_reply_to_a_no_that_will_apply_again_is_a_rejection_reply(linter: Linter) -> None:
    text = _email(
        "Thank you for the interview yesterday and for your call this morning. I will take your advice and get more "
        "completions experience before applying again next year.",
        subject="Re: Conveyancing Paralegal",
    )
    assert linter.lint(text, context={"interview_date": "2026-10-19", "sent_at": "2026-10-20"}).purpose == (
        "rejection-reply"
    )


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I'd be honoured to connect with you.", False),  # a wish to connect (round 25's rule)
        ("I would be proud to fly for Loganair.", True),
        ("Loganair is where I want to spend the next chapter of my career.", True),
    ],
)
def test_the_review_s_interest_rows(linter: Linter, sentence: str, interest: bool) -> None:
    text = _email(f"Thank you for yesterday's simulator assessment and the debrief on the engine failure. {sentence}")
    assert _warned(linter, text, "FL204", purpose="thank-you") is not interest


@pytest.mark.parametrize(
    "sentence",
    [
        "Leeds is a city I know well, so the move is easy.",
        "The A1 is a road I know well.",
        "I have 2 hours on Friday morning free for a call.",
        "I have over 12 hours of travel time to use.",
    ],
)
def test_places_and_free_hours_state_no_fit(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for yesterday's simulator assessment and the debrief on the engine failure. {sentence}")
    assert _warned(linter, text, "FL205", purpose="thank-you")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [("I would love to join the team at Digital Chambers.", True), ("I'd love to join the Design Council team.", True)],
)
def test_a_firm_named_with_a_governing_body_s_word_is_still_a_firm(
    linter: Linter, sentence: str, flagged: bool
) -> None:
    text = _email(f"Thank you for the two days at Wellbridge. {sentence}", greeting="Dear Dr Forde,")
    assert bool(_codes(linter, text, "FL208", context={"company": "Wellbridge Cathedral"})) is flagged


def test_a_direction_of_manner_or_with_words_to_say_is_still_scored(linter: Linter) -> None:
    sarcastic = (
        "[Voicemail]\n\n[sigh] Hi, it's Tom Hale again. [sarcastically] Thanks so much for the lightning-fast reply "
        "to my three voicemails. My number is 07700 900 123."
    )
    branch = (
        "[Voicemail]\n\nHi, it's Tom Hale. [if she picks up, skip this: I really don't appreciate being ignored for "
        "a month.] My number is 07700 900 123."
    )
    for text in (sarcastic, branch):
        found = [sev for _, sev in _codes(linter, text, "FL330", purpose="status-check", channel="call")]
        assert [s for s in found if s != "info"], text


# --- growth: every new pattern and stage at 1x, 10x and 100x input ----------------------------------------------


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL402", "after so many 5 a.m. many 6pm many 3 o'clock many "),
        ("FL204", "I would be proud to fly for where I want to train I'd still really love the chance to "),
        ("FL205", "I have 3,200 hours on is the flying I know I already hold a Class 1 medical and a "),
        ("FL201", "I would appreciate your guidance Thanks, I suppose that's I'd be grateful for your "),
        ("FL313", "would have been a text would have been nice I would expect that your end finally whoever you "),
        ("FL313", "more smoothly than the video link my emails are actually the person you went with was "),
        (
            "FL331",
            "happy to proofread your it's \"your\", not \"you're worth fixing in the template I'd gently suggest ",
        ),
        ("FL331", "not everyone will be as easy-going last year's panel got it any serious firm "),
        ("FL316", "the outfit I've just left were the site I'm on at the management were bloody "),
    ],
)
def test_the_round_26_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    context = Context(company="Tidewater Ferries", role="Second Engineer")
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, unit * (10 * n), purpose="thank-you", context=context),
        f"{code} openings",
    )


def test_the_chase_count_in_a_subject_grows_linearly(linter: Linter) -> None:
    assert_grows_linearly(
        linter,
        "FL106",
        lambda n: prepared_input(
            linter, "Any news?", subject="Re: (second " * (10 * n) + "(second request)", purpose="status-check"
        ),
        "FL106 subject",
    )


def test_the_faith_close_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        inp = prepared_input(linter, "Thank you for your letter.", purpose="rejection-reply", channel="letter")
        close = "With every " * (20 * n) + "blessing,"
        draft = parse_draft(inp.draft.text.replace("Best,", close))
        at = draft.text.index(close)
        draft.closing = Part(at, at + len(close), close)
        return CheckInput(
            draft=draft,
            analysis=Analysis(draft, linter.nlp),
            context=Context(),
            purpose="rejection-reply",
            channel="letter",
        )

    assert_grows_linearly(linter, "FL124", make, "FL124 closing")


def test_the_new_rejection_cues_grow_linearly() -> None:
    assert_purpose_grows_linearly(
        lambda n: _email("I would ask the trustees to look at their reconsider the " * (20 * n) + "decision."),
        Context(interview_date=None),
    )


def test_postscripts_are_found_in_linear_time() -> None:
    import time

    def best(n: int, gap: str) -> float:
        block = SIGNED + "".join(f"{gap}P.S. note {i}\nmore" for i in range(50 * n))
        text = _email("Thank you.") + "\n\n" + block
        draft = parse_draft(text)
        draft.signature = Part(len(text) - len(block), len(text), block)  # the whole block, however it parsed
        fastest = float("inf")
        for _ in range(3):
            start = time.process_time()
            found = draft.postscripts
            fastest = min(fastest, time.process_time() - start)
        assert len(found) == 50 * n
        return max(fastest, 0.002)

    for gap in ("\n\n", "\n\n\n"):  # postscripts apart, each its own paragraph
        times = {n: best(n, gap) for n in SIZES}
        assert times[10] / times[1] < FAIL_RATIO and times[100] / times[10] < FAIL_RATIO, times


def test_a_long_wrapped_postscript_is_read_in_linear_time() -> None:
    import time

    def best(n: int) -> float:
        block = SIGNED + "\n\nP.S. one long thought\n" + "and it goes on without an end\n" * (50 * n)
        text = _email("Thank you.") + "\n\n" + block
        draft = parse_draft(text)
        draft.signature = Part(len(text) - len(block), len(text), block)
        fastest = float("inf")
        for _ in range(3):
            start = time.process_time()
            (found,) = draft.postscripts
            fastest = min(fastest, time.process_time() - start)
        assert found.text.endswith("end")
        return max(fastest, 0.002)

    times = {n: best(n) for n in SIZES}
    assert times[10] / times[1] < FAIL_RATIO and times[100] / times[10] < FAIL_RATIO, times
