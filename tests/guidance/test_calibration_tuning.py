"""Judgements tuned on the calibration corpus's dev split (issue 9): what counts as thanks, a
fit sentence or a next-steps line, and how severe its absence is, by purpose and channel."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def severity(report, code: str) -> str | None:  # type: ignore[no-untyped-def]
    found = [f.severity.value for f in report.findings if f.code == code]
    return found[0] if found else None


STATUS_EMAIL = "Subject: Buyer interview on 3 May - following up\n\nDear Mr. Haas,\n\n{body}\n\n{sign_off}\nTomasz Wilk"


# --- FL201 gratitude -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sign_off", "expected"),
    [
        ("Thank you,", "warning"),
        ("Many thanks,", "warning"),
        ("Thanks,", "warning"),
        ("Thank you for your time,", None),
    ],
)
def test_a_status_check_sign_off_thanks_only_when_it_thanks_for_something(
    linter: Linter, sign_off: str, expected: str | None
) -> None:
    text = STATUS_EMAIL.format(body="Is there any news on the Buyer role? I remain very interested.", sign_off=sign_off)
    assert severity(linter.lint(text, purpose="status-check"), "FL201") == expected


def test_a_thank_you_needs_thanks_in_the_body_not_a_bare_sign_off_word(linter: Linter) -> None:
    text = "Subject: Buyer interview\n\nDear Mr. Haas,\n\nI am writing about the spring range.\n\nThank you,\nTom"
    assert severity(linter.lint(text, purpose="thank-you"), "FL201") == "error"
    # warmth about the meeting softens the missing thanks to a warning (FL201's softened_by), but
    # the sign-off word still does not count as thanks
    warm = text.replace("I am writing about", "I enjoyed our talk about")
    assert severity(linter.lint(warm, purpose="thank-you"), "FL201") == "warning"


def test_no_thanks_in_a_status_call_or_linkedin_message_is_a_warning(linter: Linter) -> None:
    call = "Hi, this is Tomasz Wilk about the Buyer role; I interviewed on the 3rd. Is there any news on a decision?"
    assert severity(linter.lint(call, purpose="status-check", channel="call"), "FL201") == "warning"
    assert severity(linter.lint(call, purpose="status-check", channel="linkedin"), "FL201") == "warning"
    thanked = call + " Thank you for your time on the 3rd."
    assert severity(linter.lint(thanked, purpose="status-check", channel="call"), "FL201") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "WOW. OK. THANKS FOR NOTHING.",
        "k thx 4 nothing i guess.",
        "Your reply had a coldness I did not appreciate.",
        "Thanks so much for three weeks of radio silence.",
        'I am truly grateful for the "feedback" you sent.',
        # thanks that are not the writer's, now: a note by its kind, thanks given before or withheld,
        # someone else's
        "I was told a thank-you note is expected, so here it is.",
        "A week ago I thanked you for your time, and I have heard nothing.",
        "I will save my thanks for the day I am actually hired.",
        "Employers never think to thank candidates for their time.",
        "I am sure the other candidates would appreciate a reply too.",
    ],
)
def test_mock_or_denied_thanks_is_not_gratitude(linter: Linter, sentence: str) -> None:
    text = f"Subject: Re: Your application\n\n{sentence}\n\nTomasz"
    assert severity(linter.lint(text, purpose="rejection-reply"), "FL201") == "warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for letting me know, and thanks for the time you gave me.",
        "I am not only grateful for your time but glad to have met the team.",
        'Thank you for the "Meet the Makers" tour on Friday.',
        "Thank you for your time. I know there is nothing more to add to the decision.",
        "Thank you for the kind thank-you note you sent after my visit.",
        "I thanked the panel on the day, and I thank you again now for your time.",
    ],
)
def test_sincere_thanks_near_such_words_still_counts(linter: Linter, sentence: str) -> None:
    text = f"Subject: Re: Your application\n\nDear Ms. Lindqvist,\n\n{sentence}\n\nRegards,\nTomasz Wilk"
    assert severity(linter.lint(text, purpose="rejection-reply"), "FL201") is None


# --- FL204 interest on LinkedIn ---------------------------------------------------------------------------
LINKEDIN_STATUS = "Hi Priya, I interviewed for the Buyer role on 3 May. {interest}Is there any news on the timeline? Thank you, Tomasz"


def test_a_linkedin_status_check_without_interest_is_a_warning(linter: Linter) -> None:
    text = LINKEDIN_STATUS.format(interest="")
    assert severity(linter.lint(text, purpose="status-check", channel="linkedin"), "FL204") == "warning"
    keen = LINKEDIN_STATUS.format(interest="I am still very keen on the role. ")
    assert severity(linter.lint(keen, purpose="status-check", channel="linkedin"), "FL204") is None


def test_a_linkedin_thank_you_without_interest_gets_a_warning(linter: Linter) -> None:
    # most good LinkedIn thank-yous in the dev split say they want the role (it was a tip until 2026-12-02)
    text = "Hi Priya, thank you for the interview today and for the tour of the warehouse. Best, Tomasz"
    assert severity(linter.lint(text, purpose="thank-you", channel="linkedin"), "FL204") == "warning"
    keen = text.replace(". Best", ". I would love to join your logistics team. Best")
    assert severity(linter.lint(keen, purpose="thank-you", channel="linkedin"), "FL204") is None


# --- FL411 long sentences, FL105 subject length ----------------------------------------------------------
def test_a_long_sentence_is_a_tip_and_a_short_one_is_nothing(linter: Linter) -> None:
    long = (
        "Thank you for the conversation on Tuesday about the buying team and its plans for the autumn range, "
        "which I found very useful because it matches the supplier reviews I ran at Halden for three years "
        "across the textile and the homeware lines."
    )
    text = STATUS_EMAIL.format(body=long, sign_off="Regards,").replace("- following up", "- thank you")
    assert severity(linter.lint(text, purpose="thank-you"), "FL411") == "info"
    short = STATUS_EMAIL.format(body="Thank you for the talk about the autumn range.", sign_off="Regards,")
    assert severity(linter.lint(short, purpose="thank-you"), "FL411") is None


def test_a_long_subject_is_a_subject_failing_not_a_padded_note(linter: Linter) -> None:
    subject = "Thank you so much for the interview for the Senior Buyer role in the homeware team on 3 May"
    text = STATUS_EMAIL.replace("Buyer interview on 3 May - following up", subject).format(
        body="Thank you for the talk about the autumn range.", sign_off="Regards,"
    )
    (finding,) = [f for f in linter.lint(text, purpose="thank-you").findings if f.code == "FL105"]
    assert finding.guidance == ["G-SUBJECT"]


# --- G-POSITIVE: the negative-tone rules that judge what the item names ------------------------------
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("You clearly never opened my portfolio.", "FL318"),  # blame
        ("Honestly the whole process is a joke.", "FL322"),  # contempt
        ("I'm sure you had far more important things to do than reply.", "FL323"),  # sarcasm
        ("If I hear nothing by Friday, my lawyer will be in touch.", "FL325"),  # a threat
        ("Did anyone there even read my application?", "FL328"),  # an accusation as a question
        ("Please, I really need this job; I have rent due and nothing else lined up.", "FL310"),  # hardship
        # an ultimatum: impatience only since round 16 (below)
        ("If I do not hear back by Friday, I will withdraw my application.", "FL312"),
        ("After four rounds I deserve a proper answer.", "FL319"),  # a grievance of being owed
        # a reproach for the silence (impatience alone, "I won't wait much longer", is G-TONE-PATIENT
        # only: tests/test_finding_citations.py)
        ("You haven't replied to any of my emails.", "FL327"),
        # hostility in words no stance pattern names: the tone model's sentence is negative too
        ("Thank you again for the interview. Lovely of you to keep me guessing for a month.", "FL330"),
    ],
)
def test_negativity_rules_cite_being_positive(linter: Linter, sentence: str, code: str) -> None:
    text = f"Subject: Buyer interview - following up\n\nDear Mr. Haas,\n\n{sentence}\n\nRegards,\nTomasz Wilk"
    report = linter.lint(text, purpose="status-check")
    cited = {g for f in report.findings if f.code == code for g in f.guidance}
    if code == "FL312":
        # an ultimatum presses (G-TONE-PATIENT) and is not by itself negative: on the dev split FL312's
        # citation of G-POSITIVE was wrong 3 times in 5, the right ones cited by other rules too (round 16)
        assert cited == {"G-TONE-PATIENT"}
        return
    assert "G-POSITIVE" in cited


def test_a_courteous_status_check_is_not_judged_negative(linter: Linter) -> None:
    text = (
        "Subject: Buyer interview on 3 May - following up\n\nDear Mr. Haas,\n\nThank you again for the interview. "
        "I know these decisions take time; is there any news on the Buyer role?\n\nRegards,\nTomasz Wilk"
    )
    report = linter.lint(text, purpose="status-check")
    assert not any("G-POSITIVE" in f.guidance for f in report.findings)


# --- FL402 / FL403 / FL404: wordings that are right although the grammar backend flags them -------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ms. Ruiz, it's Gabriel Santos, about the night auditor job. Please call me back.", "FL402"),
        ("Hi, it's Sam, ringing to say thanks for today. Bye!", "FL404"),
        ("Thank you for today. Someone had something going on on his phone all hour.", "FL403"),
        ("Please call me back on oh seven seven oh, nine one two.", "FL403"),
    ],
)
def test_a_name_a_phrasal_verb_or_a_number_read_out_is_not_a_slip(linter: Linter, text: str, code: str) -> None:
    assert severity(linter.lint(text, purpose="status-check", channel="call"), code) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Ms. Ruiz, this is Gabriel. The firm is proud of it's history. Please call me back.", "FL402"),
        ("Thank you for the the tour of the night desk. Please call me back.", "FL403"),
        ("Thank you for the tour; my plan is based on on the data. Please call me back.", "FL403"),
    ],
)
def test_real_slips_near_those_wordings_are_still_reported(linter: Linter, text: str, code: str) -> None:
    assert severity(linter.lint(text, purpose="status-check", channel="call"), code) == "warning"


# --- FL204: looking forward to the work is interest, looking forward to a reply is not ------------------
THANKS_EMAIL = (
    "Subject: Thank you - Buyer interview\n\nDear Mr. Haas,\n\nThank you for meeting me yesterday about the Buyer "
    "role and the autumn range. {line}\n\nRegards,\nTomasz Wilk"
)


@pytest.mark.parametrize(
    "line",
    [
        "I look forward to working with your team on it.",
        "I would enjoy taking the supplier reviews on.",
        "I would be pleased to join the buying team.",
        "After meeting the team I am sure this is where I want to work.",
        "I would definitely welcome the chance to help with it.",  # any adverb between
        "I would definately welcome the chance to help with it.",  # even a misspelled one
        "I just wanted to say again how much I want it.",  # the job as "it"
    ],
)
def test_ways_of_wanting_the_work_state_interest(linter: Linter, line: str) -> None:
    assert severity(linter.lint(THANKS_EMAIL.format(line=line), purpose="thank-you"), "FL204") is None


@pytest.mark.parametrize(
    "line",
    [
        "I look forward to hearing from you.",
        "I look forward to hearing about next steps.",
        "I want it to be clear that the delay was mine.",
    ],
)
def test_looking_forward_to_a_reply_is_not_interest(linter: Linter, line: str) -> None:
    assert severity(linter.lint(THANKS_EMAIL.format(line=line), purpose="thank-you"), "FL204") == "warning"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I am no longer interested in the Buyer role.", "warning"),  # denied
        ("Frankly I have lost interest.", "warning"),  # lost
        ("Your team seemed very keen on the autumn range.", "warning"),  # the reader's, not the writer's
        ("You gave every sign of being interested in my ideas.", "warning"),
        ("I know your team is busy, and I remain very interested in the role.", None),
        ("I could not be more excited about the role.", None),
        ("I am not only interested in the role but keen to start.", None),
    ],
)
def test_interest_denied_lost_or_someone_elses_is_not_the_writers(
    linter: Linter, line: str, expected: str | None
) -> None:
    assert severity(linter.lint(THANKS_EMAIL.format(line=line), purpose="thank-you"), "FL204") == expected


# --- FL203: asking to be told a date looks forward; presuming the job does not ------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Let me know the dates for the on-site and I will book them.", None),
        ("lmk on start date pls", None),
        ("Please tell me a time that suits the panel for the next visit.", None),
        ("I hope to talk about it more at my next interview.", None),
        ("Let me know when I start!", "warning"),
        ("Let me know if you need anything else.", "warning"),
    ],
)
def test_asking_for_a_date_refers_forward(linter: Linter, line: str, expected: str | None) -> None:
    assert severity(linter.lint(THANKS_EMAIL.format(line=line), purpose="thank-you"), "FL203") == expected


# --- FL121: a call script short of one essential is a tip, short of two a warning ----------------------
@pytest.mark.parametrize(
    ("script", "expected"),
    [
        # everything a voicemail needs
        (
            "Hi Ana, this is Lee Chen, calling to thank you for the Data Analyst interview. My number is 555 010 0199.",
            None,
        ),
        # no callback number only: caller ID shows it
        ("Hi Ana, this is Lee Chen, calling to thank you for the Data Analyst interview yesterday.", "info"),
        # no name and no number: nobody can call back
        ("Hi Ana, calling to thank you for the Data Analyst interview yesterday. Speak soon.", "warning"),
        # no role and no reason
        ("Hi Ana, this is Lee Chen. Could you ring me on 555 010 0199? Bye.", "warning"),
    ],
)
def test_a_call_script_missing_two_essentials_is_a_warning(linter: Linter, script: str, expected: str | None) -> None:
    report = linter.lint(script, purpose="thank-you", channel="call")
    assert severity(report, "FL121") == expected


# --- FL220: a reply to feedback already given needs no request for more ---------------------------------
REJECTION_EMAIL = (
    "Subject: RE: Your application - Grants Officer\n\nDear Ms. Ortiz,\n\n{body}\n\nKind regards,\nNoor Haddad"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thank you for telling me why the panel chose another candidate. I will work on my budgeting.", None),
        ("Thank you for explaining that the panel wanted more audit experience; that is useful.", None),
        ("Thank you for letting me know that I was not selected. Best of luck with the fund.", "warning"),
        ("Thank you for letting me know. I enjoyed meeting the team.", "warning"),
    ],
)
def test_thanks_for_feedback_given_needs_no_request_for_more(linter: Linter, body: str, expected: str | None) -> None:
    report = linter.lint(REJECTION_EMAIL.format(body=body), purpose="rejection-reply")
    assert severity(report, "FL220") == expected


# --- FL201: thanks said as the goodbye of a call is a formula, like a sign-off word ----------------------
CALL = "Hi Ms. Lane, it's Noor Haddad about the Buyer interview on the 3rd. Is there any news? My number is 555 010 0199. {end}"


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("OK, thank you so much, bye.", "warning"),
        ("Bye, thanks.", "warning"),
        ("Thank you again for your time on the 3rd. Bye.", None),
    ],
)
def test_a_calls_goodbye_thanks_is_a_formula(linter: Linter, end: str, expected: str | None) -> None:
    report = linter.lint(CALL.format(end=end), purpose="status-check", channel="call")
    assert severity(report, "FL201") == expected


# --- FL205: "I have" states fit only with what one has done or holds ------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I have attached the supplier list we discussed. I look forward to working with you.", "warning"),
        ("I have a question about the start date. I look forward to working with you.", "warning"),
        ("I have run supplier reviews for three homeware lines. I look forward to working with you.", None),
        ("I have a background in textile sourcing. I look forward to working with you.", None),
        ("I am certified as a textile quality assessor. I look forward to working with you.", None),
        ("Two of my strengths seem relevant to that range. I look forward to working with you.", None),
        ("I am sure you will choose well. I look forward to working with you.", "warning"),
        # a bare claim of fit names nothing; with a skill named it is a fit sentence
        ("I believe my skills would be a great fit. I look forward to working with you.", "warning"),
        ("I would be a great asset to the team. I look forward to working with you.", "warning"),
        ("My skills in supplier audits would be a great fit. I look forward to working with you.", None),
    ],
)
def test_i_have_states_fit_only_with_experience(linter: Linter, line: str, expected: str | None) -> None:
    assert severity(linter.lint(THANKS_EMAIL.format(line=line), purpose="thank-you"), "FL205") == expected


def test_a_wrong_name_in_the_greeting_is_a_personal_failing_not_a_missing_greeting(linter: Linter) -> None:
    text = (
        "Subject: Thank you - Buyer interview\nTo: Jonas Haas <jonas@example.com>\n\n"
        "Dear Maria,\n\nThank you for meeting me today.\n\nRegards,\nTomasz Wilk"
    )
    (finding,) = [f for f in linter.lint(text, purpose="thank-you").findings if f.code == "FL132"]
    assert finding.guidance == ["G-PERSONAL"]


# --- found on the fresh m- drafts (measured first, then fixed) ------------------------------------------
LETTER_HEAD = (
    "ROSA MENDES\n4 Quarry Row, Hexley HX2 9RT · 07700 900 123 · rosa.mendes@example.com\n\n"
    "{date}\n\nMs. Ana Costa\nNorthwind Bank\n1 Quay Street, Hexley HX1 1AA\n\nDear Ms. Costa,\n\n"
    "Thank you for the interview yesterday and for the tour of the branch. I would enjoy taking on the "
    "lending desk, having run one for three years at Eastgate.\n\n{closing}\n\nRosa Mendes"
)


def test_a_letterhead_of_details_on_one_long_line_is_a_letter_heading(linter: Linter) -> None:
    text = LETTER_HEAD.format(date="Wednesday 5 August 2026", closing="With warm regards,")
    report = linter.lint(text, purpose="thank-you")
    assert report.channel == "letter"
    codes = {f.code for f in report.findings if f.severity.value != "info"}
    assert not codes & {"FL101", "FL122", "FL124", "FL131", "FL140", "FL304"}, codes


def test_a_letter_without_a_date_line_or_sign_off_is_still_told(linter: Linter) -> None:
    text = LETTER_HEAD.format(date="", closing="").replace("\n\n\n", "\n\n")
    codes = {f.code for f in linter.lint(text, purpose="thank-you", channel="letter").findings}
    assert {"FL122", "FL140"} <= codes


def test_a_person_with_a_title_is_not_another_employer(linter: Linter) -> None:
    body = "I am following up on my interview for the Analyst role with {who} on 10 August."
    text = "Subject: Analyst role\n\nHi Dana,\n\n{body}\n\nBest,\nSam Ortiz"
    context = {"company": "Calder Logistics"}
    person = text.format(body=body.format(who="Mr. Osei"))
    assert severity(linter.lint(person, purpose="status-check", context=context), "FL208") is None
    firm = text.format(body=body.format(who="Globex"))
    assert severity(linter.lint(firm, purpose="status-check", context=context), "FL208") == "error"


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be grateful to learn where you are in your decision.",
        "We met two days ago. Since then: nothing, and I am done waiting.",
    ],
)
def test_more_ways_of_asking_where_things_stand(linter: Linter, sentence: str) -> None:
    text = f"Subject: Analyst role\n\nHi Dana,\n\nThank you again for the interview. {sentence}\n\nBest,\nSam Ortiz"
    context = {"interview_date": "2026-06-10", "sent_at": "2026-06-22"}
    assert linter.lint(text, context=context).purpose == "status-check"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Where you learned to run a panel so well I can only guess.", "FL401"),
        ("Your message had a warmth I appreciated.", "FL402"),
        ("I would love to hear how the nurse triages work on nights.", "FL402"),
        ("It was good to meet you, the team and the residents.", "FL402"),
    ],
)
def test_backend_rules_that_only_misfired_on_the_corpus_are_off(linter: Linter, sentence: str, code: str) -> None:
    text = f"Subject: Thank you - Buyer interview\n\nDear Mr. Haas,\n\nThank you for meeting me. {sentence}\n\nRegards,\nTomasz Wilk"
    assert severity(linter.lint(text, purpose="thank-you"), code) in (None, "info")


@pytest.mark.parametrize(("word", "expected"), [("fermenter", "info"), ("sustainment", "info"), ("recieve", "error")])
def test_a_derived_form_of_a_known_word_is_a_tip_and_a_typo_an_error(linter: Linter, word: str, expected: str) -> None:
    text = f"Subject: Thank you - Brewer interview\n\nDear Mr. Haas,\n\nThank you for showing me the {word} on Monday.\n\nRegards,\nTomasz Wilk"
    assert severity(linter.lint(text, purpose="thank-you"), "FL401") == expected


# --- FL202 interview specifics: what was said or shown, not when, for how long or with whom ----------
SPECIFICS_EMAIL = (
    "Subject: Thank you - Packaging Technician interview\n\nDear Ms. Brandt,\n\n{body}\n\nBest regards,\nOwen Falk"
)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the video call with Dr Lindqvist and the hiring panel on Tuesday afternoon.",
        "Thank you for the video call with Mr. Kowalczyk from the hiring panel on Tuesday afternoon.",
        "Thank you for squeezing me in for forty minutes on 3 June. I enjoyed it.",
        "Thanks for meeting me. Just so you know, I have two final interviews elsewhere this week, so Marlowe is my fallback.",
        "Thank you for the interview. Four rounds of interviews with the panel felt long, but fair.",
    ],
)
def test_a_time_a_count_of_rounds_or_a_person_met_is_no_specific(linter: Linter, body: str) -> None:
    report = linter.lint(SPECIFICS_EMAIL.format(body=body), purpose="thank-you")
    assert severity(report, "FL202") == "warning"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the tour of the packaging line on Tuesday.",
        "Hearing you talk about cutting the returns backlog made me keen to help.",
        "Your frankness about the two rural clinics short of nurses was appreciated.",
        "Thank you for introducing me to Priya from the quality team.",
        "Seeing the new blister-pack machine run made the role feel real.",
    ],
)
def test_something_shown_heard_or_counted_in_the_interview_is_a_specific(linter: Linter, body: str) -> None:
    report = linter.lint(SPECIFICS_EMAIL.format(body=body), purpose="thank-you")
    assert severity(report, "FL202") is None
