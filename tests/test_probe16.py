"""Round 16, two blind probe sets written for this round by helpers who never saw the rules:
120 sincere good follow-ups in fresh wordings (industries, English varieties, names from many
cultures, other firms named as the writer's record), which drew four errors and a few warnings, and
90 follow-ups that are good but for one fault.  Each misjudgement fixed is pinned both ways: the sound
wording passes and the fault the rule is for is still caught.  The faults still missed are strict
xfails at the end, with the reason.  The sentences are our own."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.draft import parse_draft


def _findings(
    linter: Linter,
    body: str,
    code: str,
    *,
    closing: str = "Best regards,",
    name: str = "Lee Park",
    context: dict | None = None,
    purpose: str = "thank-you",
) -> list[tuple[str, str, str]]:
    text = f"Subject: Thank you – Account Executive interview\n\nHi Brooke,\n\n{body}\n\n{closing}\n{name}\n+44 7700 900661"
    report = linter.lint(text, purpose=purpose, channel="email", context=context)
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code == code]


def _errors(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [f for f in found if f[1] == "error"]


# FL401: a word the backend would split into two words ("upsell": "up sell") is a slip only if it is
# one plain slip of a common word or sounds like it; "upsell" is two steps from "upset".
@pytest.mark.parametrize("word", ["upsell", "upsells"])
def test_a_split_compound_two_steps_from_a_common_word_is_no_error(linter: Linter, word: str) -> None:
    body = f"Thank you for the interview today. I enjoyed our talk about the {word} prompts at check-in."
    assert _errors(_findings(linter, body, "FL401")) == []


@pytest.mark.parametrize("slip", ["carefull", "greatfull", "thankfull", "hopefull"])
def test_a_common_word_misspelt_as_two_words_is_still_an_error(linter: Linter, slip: str) -> None:
    body = f"Thank you for the interview today. I was {slip} to hear about the next steps."
    assert [f[2] for f in _errors(_findings(linter, body, "FL401"))] == [slip]


# FL401: the second part of a hyphenated name ("Webster-pak", "Opti-flo") belongs to a brand.
@pytest.mark.parametrize("brand", ["Webster-pak", "Medi-pak", "Opti-flo"])
def test_the_end_of_a_hyphenated_brand_is_no_error(linter: Linter, brand: str) -> None:
    body = f"Thank you for the interview today. I enjoyed hearing how the team has grown its {brand} service."
    assert _errors(_findings(linter, body, "FL401")) == []


def test_a_slip_after_a_hyphenated_common_word_is_still_an_error(linter: Linter) -> None:
    body = "Thank you for the interview today. The Thank-yuo cards from the team were lovely."
    assert [f[2] for f in _errors(_findings(linter, body, "FL401"))] == ["yuo"]


# FL134: a firm named after the writer's "my company" / "our client" is an apposition, not an address.
@pytest.mark.parametrize(
    "sentence",
    [
        "At my current company, Ledgerline, I closed $1.4M in new ARR last year.",
        "With our biggest client, Vantio, we rebuilt the whole onboarding flow.",
        "At her old practice, Brightwater, she ran the same audit.",
    ],
)
def test_a_firm_named_after_my_company_is_no_address(linter: Linter, sentence: str) -> None:
    body = f"Thank you for the interview today. {sentence} I look forward to hearing about the next steps."
    assert _findings(linter, body, "FL134", context={"interviewers": ["Brooke Sullivan"]}) == []


def test_a_name_spoken_to_after_the_company_is_still_a_leftover(linter: Linter) -> None:
    body = "I enjoyed hearing about the company, Sarah, and I look forward to the next steps."
    found = _findings(linter, body, "FL134", context={"interviewers": ["Brooke Sullivan"]})
    assert [(c, s, m) for c, s, m in found] == [("FL134", "error", "Sarah")]


# FL208: experience gained at a firm ("three years of experience in a team at X") is the writer's record.
def test_years_of_experience_at_another_firm_are_the_writers_record(linter: Linter) -> None:
    body = (
        "Thank you for the interview today. I have three years of post-qualifying experience in a child "
        "protection team at Ashdown County Council, where we also use Signs of Safety."
    )
    assert _findings(linter, body, "FL208", context={"company": "Kirkland Borough Council"}) == []


def test_joining_another_firm_is_still_a_copy_paste_slip(linter: Linter) -> None:
    body = "Thank you for the interview today. I have two years of experience in casework and I am keen to join Ashdown County Council."
    found = _findings(linter, body, "FL208", context={"company": "Kirkland Borough Council"})
    assert [(c, s) for c, s, _ in found] == [("FL208", "error")]


# FL406: after a preposition the pronoun is an object; "was" agrees with the long gerund subject.
@pytest.mark.parametrize(
    "sentence",
    [
        "Working through the phishing-to-lateral-movement chain with you was a good challenge.",
        "The hour I spent with them was the best part of the day.",
        "Talking the case study over with you was very useful.",
    ],
)
def test_was_after_a_preposition_and_a_pronoun_agrees(linter: Linter, sentence: str) -> None:
    assert _findings(linter, f"Thank you for the interview today. {sentence}", "FL406") == []


def test_you_was_as_subject_and_verb_is_still_a_slip(linter: Linter) -> None:
    found = _findings(linter, "Thank you for the interview today. I think you was right about the backlog.", "FL406")
    assert [m for _, _, m in found] == ["you was"]


# FL140/FL141: a sign-off of one's own with "and kind regards", a comma inside it, above a name with
# accented capitals ("Ó", "Ś") is a closing and a signature.
@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("With thanks and kind regards,", "Cormac Ó Dónaill"),
        ("Diolch yn fawr, and kind regards,", "Ffion Roberts"),
        ("Many thanks and warm regards,", "Łucja Śliwińska"),
        ("Thanks and kind regards,", "Émile Zola-Okafor"),
    ],
)
def test_an_own_sign_off_above_an_accented_name_is_a_closing(linter: Linter, closing: str, name: str) -> None:
    body = "Thank you for the interview today. I look forward to hearing about the next steps."
    for code in ("FL140", "FL141"):
        assert _findings(linter, body, code, closing=closing, name=name) == []


def test_a_note_without_a_sign_off_still_lacks_one(linter: Linter) -> None:
    body = "Thank you for the interview today. I look forward to hearing about the next steps."
    assert _findings(linter, body, "FL140", closing="", name="Cormac Ó Dónaill")


# A second batch of 120 good drafts (letters, call scripts, lists, heavy jargon, From: headers) drew
# three errors and 0.08 warnings each; now none and 0.03.


# FL401: a trade's term a slip away from a common word ("spalled" brick, beside "spelled") is a tip
# (language/field-words.txt).  A general rule for rare dictionary words with "-ed" or "-ing" was tried and
# dropped: it hid slips of common words that land on a rare word ("discusing", "inviteing", "loged").
@pytest.mark.parametrize("word", ["spalled", "spalling"])
def test_a_trade_term_a_slip_from_a_common_word_is_no_error(linter: Linter, word: str) -> None:
    body = f"Thank you for the interview today. The photos of the {word} brick faces were a clear example."
    assert _errors(_findings(linter, body, "FL401")) == []


@pytest.mark.parametrize(
    "slip", ["recieved", "comitted", "stoped", "wraped", "discusing", "inviteing", "loged", "pleassed"]
)
def test_a_common_verb_misspelt_with_its_ending_is_still_an_error(linter: Linter, slip: str) -> None:
    body = f"Thank you for the interview today. I {slip} the notes from the panel."
    assert [f[2] for f in _errors(_findings(linter, body, "FL401"))] == [slip]


# FL401: "te reo Māori" and the other te reo phrases New Zealand English uses are no slips of "the".
def test_te_reo_phrases_are_no_slips(linter: Linter) -> None:
    body = "Thank you for the interview today. Kia ora for showing me how the school weaves te reo Māori into the day."
    assert _errors(_findings(linter, body, "FL401")) == []


def test_te_for_the_is_still_a_slip(linter: Linter) -> None:
    body = "Thank you for the interview today. I enjoyed te school tour very much."
    assert [f[2] for f in _errors(_findings(linter, body, "FL401"))] == ["te"]


# FL404: a numbered or bulleted item in small letters goes on the sentence that leads into the list.
def test_list_items_in_small_letters_need_no_capital(linter: Linter) -> None:
    body = "Thank you for the interview today. In my first 90 days I would:\n\n1. visit every store;\n2. agree the targets;\n- run a people review."
    assert _findings(linter, body, "FL404") == []


# FL325: "to" between the group and its finding out is a purpose ("a people review to find the next
# managers"), not a warning; "deserve to know" still is.
def test_a_purpose_clause_is_no_threat(linter: Linter) -> None:
    body = "Thank you for the interview today. In my first month I would run a people review to find the next store managers."
    assert _findings(linter, body, "FL325") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Other candidates deserve to know what they are walking into.",
        "I will make sure people know how you treat applicants.",
    ],
)
def test_a_warning_to_others_is_still_a_threat(linter: Linter, sentence: str) -> None:
    assert [(c, s) for c, s, _ in _findings(linter, f"Thank you for your time. {sentence}", "FL325")] == [
        ("FL325", "error")
    ]


# FL402: "Phase I studies" numbers a phase, "several 50 MW projects" measures them.
@pytest.mark.parametrize(
    "sentence",
    [
        "I ran the PK analysis for two Phase I studies.",
        "You said several 50 MW battery projects are stuck in the queue.",
    ],
)
def test_a_roman_one_and_a_measured_count_are_no_grammar_slips(linter: Linter, sentence: str) -> None:
    assert _findings(linter, f"Thank you for the interview today. {sentence}", "FL402") == []


# FL406: a plural after a preposition is no subject ("Working with parents in those sessions is ...").
def test_a_plural_after_a_preposition_is_no_subject(linter: Linter) -> None:
    body = "Thank you for the interview today. Working with parents in those sessions is an approach I admire."
    assert _findings(linter, body, "FL406") == []


def test_a_plural_subject_with_is_is_still_a_slip(linter: Linter) -> None:
    found = _findings(linter, "Thank you for the interview today. I think those sessions is a good idea.", "FL406")
    assert [m for _, _, m in found] == ["those sessions is"]


# --- the single-fault probes -----------------------------------------------------------------------


def _cited(linter: Linter, text: str, code: str, context: dict | None = None) -> list[list[str]]:
    report = linter.lint(text, channel="email", context=context)
    return [list(f.guidance) for f in report.findings if f.code == code]


# FL132: the reader's own name misspelt in the greeting is also a slip of spelling (G-CORRECT).
@pytest.mark.parametrize(
    ("greeting", "reader"),
    [("Shivaun", "Siobhan Gallagher"), ("Mr. Castelano", "Roberto Castellano"), ("Ms Kowalcyk", "Anna Kowalczyk")],
)
def test_a_misspelt_reader_name_cites_spelling_too(linter: Linter, greeting: str, reader: str) -> None:
    text = f"Subject: Thank you – Analyst interview\n\nDear {greeting},\n\nThank you for the interview today.\n\nBest,\nLee Park"
    assert _cited(linter, text, "FL132", {"interviewers": [reader]}) == [["G-PERSONAL", "G-CORRECT"]]


@pytest.mark.parametrize(("greeting", "reader"), [("Sarah", "James Whitaker"), ("Jonno", "Jonathan Reade")])
def test_another_name_in_the_greeting_is_no_spelling_slip(linter: Linter, greeting: str, reader: str) -> None:
    text = f"Subject: Thank you – Analyst interview\n\nDear {greeting},\n\nThank you for the interview today.\n\nBest,\nLee Park"
    assert _cited(linter, text, "FL132", {"interviewers": [reader]}) == [["G-PERSONAL"]]


# FL312 cites impatience only: on the dev split its citation of G-POSITIVE was wrong 3 times in 5, the
# right ones cited by other rules too, and two fresh probes agreed.  (FL316 keeps G-TONE-PATIENT: it
# hears arguing with the decision or the interviewer too, which LABELLING.md counts as impatience.)
def test_an_ultimatum_is_impatient_not_negative(linter: Linter) -> None:
    body = "I have another offer, so I need your decision by Friday or I will accept it."
    assert _cited(linter, _note(body), "FL312") == [["G-TONE-PATIENT"]]


def _note(body: str) -> str:
    return f"Subject: Following up – Analyst interview\n\nHi Ana,\n\nThank you again for the interview. {body}\n\nBest regards,\nLee Park"


# FL320: common words joined by an "n" for "and" ("pintsnpies", "rocknroll") are a handle.
@pytest.mark.parametrize("local", ["pintsnpies", "rocknroll.forever", "fishnchips"])
def test_words_joined_by_n_are_a_handle(linter: Linter, local: str) -> None:
    text = f"From: Liam Doherty <{local}@example.com>\n" + _note("I am still very interested in the role.")
    assert _cited(linter, text.replace("Lee Park", "Liam Doherty"), "FL320") == [["G-SENDER"]]


@pytest.mark.parametrize(
    ("name", "local"), [("Pat Dunning", "pdunning"), ("Ann Brennan", "annbrennan"), ("Dana Vernon", "dvernon")]
)
def test_a_name_with_an_n_inside_is_no_handle(linter: Linter, name: str, local: str) -> None:
    text = f"From: {name} <{local}@example.com>\n" + _note("I am still very interested in the role.")
    assert _cited(linter, text.replace("Lee Park", name), "FL320") == []


# FL407: "your" before a verb in -ing the reader is doing is the contraction.
@pytest.mark.parametrize(
    "sentence",
    ["I hope your doing well.", "I loved hearing how your hoping to train everyone.", "I know your going to be busy."],
)
def test_your_before_what_the_reader_is_doing_is_you_are(linter: Linter, sentence: str) -> None:
    found = _findings(linter, f"Thank you for the interview today. {sentence}", "FL407")
    assert [m for _, _, m in found] == ["your"]


@pytest.mark.parametrize(
    "sentence",
    ["I hope your training plan works out.", "I know your planning process is long.", "I hope your meeting went well."],
)
def test_your_before_a_noun_in_ing_is_right(linter: Linter, sentence: str) -> None:
    assert _findings(linter, f"Thank you for the interview today. {sentence}", "FL407") == []


# Still missed: one fault in an otherwise warm note, in words no pattern holds and that the learned tone
# model scores low, or that the reading of the whole draft sets aside as a tip (docs/scoring.md, "Read as
# a whole").  Kept as strict xfails so that a fix shows.
_STILL_MISSED = {
    "tactless joke about the firm": (
        "I have to say, your website looks like it was built in the flip-phone era, so there is plenty to do!",
        "G-TONE-PROFESSIONAL",
    ),
    "complaint about the current boss": (
        "After three years under a manager who takes credit for every win, your approach was a relief.",
        "G-POSITIVE",
    ),
    "pressing rhetorical question": (
        "It has been well over a week, so surely the team has reached a decision by this point?",
        "G-TONE-PATIENT",
    ),
}


@pytest.mark.parametrize("kind", sorted(_STILL_MISSED))
@pytest.mark.xfail(
    strict=True, reason="a single fault in new words: no pattern, and the learned readings miss it (round 16)"
)
def test_a_single_fault_in_a_warm_note_is_flagged(linter: Linter, kind: str) -> None:
    sentence, item = _STILL_MISSED[kind]
    body = f"Thank you for the interview today. I am very keen on the role. {sentence} I look forward to hearing about the next steps."
    report = linter.lint(_note(body).replace("Following up", "Thank you"), purpose="thank-you", channel="email")
    assert any(item in f.guidance and f.severity.value in ("warning", "error") for f in report.findings)


# Caught since the tone model's retrain on the probe drafts' labelled faults of tone (the evening of 2026-12-07):
# once in the strict xfails above.
def test_a_next_day_deadline_in_a_warm_note_is_flagged(linter: Linter) -> None:
    sentence = "Please could you let me know by the end of the day tomorrow either way?"
    body = f"Thank you for the interview today. I am very keen on the role. {sentence} I look forward to hearing about the next steps."
    report = linter.lint(_note(body).replace("Following up", "Thank you"), purpose="thank-you", channel="email")
    assert any("G-TONE-PATIENT" in f.guidance and f.severity.value in ("warning", "error") for f in report.findings)


# Fixed by round 22's FL335 (a dig said as candour): once in the strict xfails above.
def test_a_complaint_about_the_wait_said_as_candour_is_flagged(linter: Linter) -> None:
    sentence = "Waiting in reception for forty minutes past our start time was frustrating, I must admit."
    body = f"Thank you for the interview today. I am very keen on the role. {sentence} I look forward to hearing about the next steps."
    report = linter.lint(_note(body).replace("Following up", "Thank you"), purpose="thank-you", channel="email")
    assert any("G-POSITIVE" in f.guidance and f.severity.value == "warning" for f in report.findings)


# A second batch of 90 single-fault drafts (copy-paste slips in new places, slips of common words,
# subjects, greetings and closings, timing, thanks, interest, channels) scored macro-F1 0.92 over its
# items; two of its misses are fixed here.


# FL208: the writer's care brought "to the patients at X" names X as the employer to be.
def test_bringing_care_to_the_patients_at_another_firm_is_a_slip(linter: Linter) -> None:
    body = (
        "Thank you for the interview today. I would be proud to bring that same care to the patients at Marlowe Health."
    )
    found = _findings(linter, body, "FL208", context={"company": "Aldgate Pharmacy Group"})
    assert [(c, s, m) for c, s, m in found] == [("FL208", "error", "Marlowe Health")]


def test_caring_for_patients_at_a_past_employer_is_the_writers_record(linter: Linter) -> None:
    body = "Thank you for the interview today. I spent four years caring for the patients at Marlowe Health."
    assert _findings(linter, body, "FL208", context={"company": "Aldgate Pharmacy Group"}) == []


# FL125: an earlier e-mail or call, "so I'm trying LinkedIn", is a chase on a new channel.
def _linkedin(linter: Linter, sentence: str) -> list[str]:
    text = f"Hi Gareth,\n\nThank you again for the interview. {sentence} Is there any update?\n\nKind regards,\nLydia Morgan"
    return [f.code for f in linter.lint(text, purpose="status-check", channel="linkedin").findings if f.code == "FL125"]


def test_trying_linkedin_after_an_email_and_a_voicemail_is_a_chase(linter: Linter) -> None:
    sentence = "I emailed and left a voicemail on 13 May but haven't managed to reach you, so I'm trying LinkedIn."
    assert _linkedin(linter, sentence) == ["FL125"]


def test_writing_on_linkedin_after_meeting_at_a_fair_is_no_chase(linter: Linter) -> None:
    assert _linkedin(linter, "We met at the careers fair, so I thought I would message you here.") == []


# A third batch of 120 good drafts (replies that quote the employer's mail, agency recruiters, internal
# candidates, plain English as a second language, terse executives) drew 6 errors and 0.16 warnings
# each; now none and 0.04.

_OUTLOOK_REPLY = """Subject: RE: Senior Planning Officer - interviews

Dear Martin,

Thank you for the interview on Tuesday. I remain very keen on the post. Could you let me know if there is any news?

Kind regards,

Funmilayo Adeyemi

From: Martin Okoye
Sent: Thursday, 21 May 2026 10:32
To: Funmilayo Adeyemi; Gareth Lyons
Subject: Senior Planning Officer - interviews

All,

Thank you for applying for the Senior Planning Officer post. The Planning Enforcement Officer vacancy will be advertised separately next month.

Martin Okoye
Head of Planning
"""


def test_an_outlook_quote_without_an_address_is_quoted_mail(linter: Linter) -> None:
    report = linter.lint(_OUTLOOK_REPLY, purpose="status-check", context={"role": "Senior Planning Officer"})
    codes = {f.code for f in report.findings if f.severity.value in ("warning", "error")}
    assert not codes & {"FL115", "FL140", "FL209"}
    closing = parse_draft(_OUTLOOK_REPLY).closing
    assert closing is not None and closing.text == "Kind regards,"


def test_a_from_line_in_the_body_without_sent_is_no_quote(linter: Linter) -> None:
    text = "Subject: Thank you\n\nHi Ana,\n\nThank you for the interview.\nFrom: my side, the answer is yes.\n\nBest,\nLee Park"
    assert parse_draft(text).quoted == []


# A sign-off of one's own words standing a blank line above the name is the closing.
@pytest.mark.parametrize("closing", ["Many thanks again for your help,", "I look forward to hearing from you,"])
def test_an_own_sign_off_a_blank_line_above_the_name_is_a_closing(linter: Linter, closing: str) -> None:
    text = f"Subject: Thank you\n\nDear Hollie,\n\nThank you for arranging the interview.\n\n{closing}\n\nDaniel Kowalczyk\n07700 914 233"
    parsed = parse_draft(text).closing
    assert parsed is not None and parsed.text == closing
    assert not [f for f in linter.lint(text).findings if f.code in ("FL140", "FL141")]


def test_a_last_sentence_with_a_full_stop_is_no_closing(linter: Linter) -> None:
    text = "Subject: Thank you\n\nDear Hollie,\n\nThank you for arranging the interview. I look forward to hearing from you.\n\nDaniel Kowalczyk"
    assert [f.code for f in linter.lint(text).findings if f.code == "FL140"] == ["FL140"]


# FL132: a reply goes to the author of the mail it quotes (an agency recruiter, not the interviewer).
_RECRUITER_REPLY = """Subject: Re: Parallax Payments - SRE final round

Hi {greeted},

Thanks for the update last week. I know Dmitri was hoping to get back to you by Tuesday. I'm still very keen on the SRE role.

Thanks again,
Ayşe Demirci

On Thu, 9 Jul 2026 at 13:48, Ben Castellano <ben.castellano@example.co.uk> wrote:
> Hi Ayşe,
> Quick update: Dmitri said the team really enjoyed Tuesday.
> Ben
"""


def test_a_reply_greets_the_author_of_the_quoted_mail(linter: Linter) -> None:
    report = linter.lint(_RECRUITER_REPLY.format(greeted="Ben"), context={"interviewers": ["Dmitri Volkov"]})
    assert [f.code for f in report.findings if f.code == "FL132"] == []


def test_a_reply_greeting_someone_else_is_still_a_slip(linter: Linter) -> None:
    report = linter.lint(_RECRUITER_REPLY.format(greeted="Sarah"), context={"interviewers": ["Dmitri Volkov"]})
    assert [f.code for f in report.findings if f.code == "FL132"] == ["FL132"]


# FL208: "work" as the noun of one's record ("modelling work at X") is no frame for the employer to be.
def test_the_noun_work_at_a_past_firm_is_the_writers_record(linter: Linter) -> None:
    body = "Thank you for the interview today. The programme fits my three years of CCTV survey and hydraulic modelling work at Tamar Utilities."
    assert _findings(linter, body, "FL208", context={"company": "Moorland Water Services"}) == []


@pytest.mark.parametrize(
    "sentence", ["I would love to work at Tamar Utilities.", "I cannot wait to start work at Tamar Utilities."]
)
def test_to_work_at_another_firm_is_still_a_slip(linter: Linter, sentence: str) -> None:
    found = _findings(
        linter,
        f"Thank you for the interview today. {sentence}",
        "FL208",
        context={"company": "Moorland Water Services"},
    )
    assert [(c, s) for c, s, _ in found] == [("FL208", "error")]


# FL401: te reo words of everyday New Zealand English, a term both dialects spell in the dictionary
# (titer / titre), and a unit with the sentence's full stop ("1.5 m.").
@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the mihi this morning.",
        "It improved titer by 38% on the CHO platform.",
        "I worked in sea states up to 1.5 m.",
    ],
)
def test_everyday_words_terms_and_units_are_no_errors(linter: Linter, sentence: str) -> None:
    assert _errors(_findings(linter, f"Thank you for the interview today. {sentence}", "FL401")) == []


# FL319: "I want to know what I can do better" asks for feedback on oneself; "I want to know why" claims.
def test_wanting_to_know_how_to_improve_is_no_claim(linter: Linter) -> None:
    body = "Thank you for letting me know. Can you please give me some feedback? I want to know what I can do better next time."
    assert _findings(linter, body, "FL319", purpose="rejection-reply") == []


def test_wanting_to_know_why_is_still_a_claim(linter: Linter) -> None:
    body = "Thank you for letting me know. I want to know why I was rejected."
    assert [c for c, _, _ in _findings(linter, body, "FL319", purpose="rejection-reply")] == ["FL319"]


# FL402: "or were there gaps in my answers?" asks whether something was there; no "their".
def test_were_there_in_a_question_is_no_slip(linter: Linter) -> None:
    body = "Thank you for letting me know. Was it my time away, or were there gaps in my answers that I should work on?"
    assert _findings(linter, body, "FL402", purpose="rejection-reply") == []


# FL102: the role by its initials ("CFO" for Chief Financial Officer) names it in the subject.
def test_the_role_by_its_initials_names_it(linter: Linter) -> None:
    text = "Subject: CFO interview - thank you\n\nEleanor,\n\nThank you for this morning.\n\nBest,\nLee Park"
    report = linter.lint(text, context={"role": "Chief Financial Officer"})
    assert [f.code for f in report.findings if f.code == "FL102"] == []


# Purpose: thanks for news that the dates moved ("letting me know that the second interviews were
# moving") is no rejection; the request for an update makes it a status check.
def test_thanks_for_news_of_a_delay_is_no_rejection(linter: Linter) -> None:
    text = (
        "Subject: Re: Architectural Technologist - update on timing\n\nDear Rosalind,\n\nThank you for letting me know that "
        "the second interviews were moving. I remain very keen on the role. Would you be able to share an update on the "
        "decision or the timeline?\n\nKind regards,\nBeatrice Oyelowo"
    )
    assert linter.lint(text).purpose == "status-check"


# --- from the review of round 16's first version: each wording it broke, pinned ---------------------


@pytest.mark.parametrize("compound", ["Salesforce-certifed", "Leeds-baesd", "Kubernetes-relatd"])
def test_a_slip_after_a_capitalised_part_of_a_compound_is_still_an_error(linter: Linter, compound: str) -> None:
    body = f"Thank you for the interview today. I am a {compound} administrator."
    assert [f[2] for f in _errors(_findings(linter, body, "FL401"))] == [compound.split("-")[1]]


def test_wanting_everyone_to_know_how_you_treat_candidates_is_a_threat(linter: Linter) -> None:
    body = "Thank you for your time. I want everyone to know how you treat candidates at Northwind."
    assert [(c, s) for c, s, _ in _findings(linter, body, "FL325")] == [("FL325", "error")]


def test_travel_details_with_from_and_date_are_no_quoted_mail(linter: Linter) -> None:
    text = (
        "Subject: Thank you\n\nHi Ana,\n\nHere are my travel details:\n\nFrom: Manchester Piccadilly\n"
        "Date: Thursday 12 June\nArrival: 10:05\n\nI am realy looking forward to it.\n\nBest,\nLee Park"
    )
    assert parse_draft(text).quoted == []
    assert [text[f.start : f.end] for f in linter.lint(text).findings if f.code == "FL401"] == ["realy"]


@pytest.mark.parametrize(
    "ending",
    ["Thank you again for your time, Sarah,\nLee Park", "I look forward to hearing from you, Sarah,\n\nLee Park"],
)
def test_a_name_spoken_to_in_the_last_line_is_still_read(linter: Linter, ending: str) -> None:
    text = f"Subject: Thank you\n\nHi Brooke,\n\nThank you for the interview today.\n\n{ending}"
    found = linter.lint(text, context={"interviewers": ["Brooke Sullivan"]}).findings
    assert [text[f.start : f.end] for f in found if f.code == "FL134"] == ["Sarah"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for letting me walk you through my app, Sarah, and for your questions.",
        "Thanks for your kind words about my startup, Sarah.",
    ],
)
def test_a_name_after_my_app_is_still_spoken_to(linter: Linter, sentence: str) -> None:
    found = _findings(
        linter, f"Thank you for the interview today. {sentence}", "FL134", context={"interviewers": ["Brooke Sullivan"]}
    )
    assert [m for _, _, m in found] == ["Sarah"]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Like you was saying, the team is growing fast.", "you was"),
        ("All of these details was really helpful.", "these details was"),
    ],
)
def test_a_pronoun_or_plural_that_is_the_subject_still_agrees(linter: Linter, sentence: str, slip: str) -> None:
    assert [m for _, _, m in _findings(linter, f"Thank you for the interview today. {sentence}", "FL406")] == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to one day work at Acme Foods.",
        "I would be thrilled to also work at Acme Foods.",
        "Work at Acme Foods would suit me well.",
    ],
)
def test_working_at_another_firm_with_a_word_between_is_still_a_slip(linter: Linter, sentence: str) -> None:
    found = _findings(
        linter, f"Thank you for the interview today. {sentence}", "FL208", context={"company": "Northwind"}
    )
    assert [(c, s) for c, s, _ in found] == [("FL208", "error")]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be interested to hear how your hiring for the wider team is going.",
        "I appreciate your taking the time to show me round.",
    ],
)
def test_your_before_a_gerund_that_is_a_noun_or_possessive_is_right(linter: Linter, sentence: str) -> None:
    assert _findings(linter, f"Thank you for the interview today. {sentence}", "FL407") == []


def test_so_in_a_subject_is_no_role_by_its_initials(linter: Linter) -> None:
    text = "Subject: Thank you so much!\n\nDear Ana,\n\nThank you.\n\nBest,\nLee Park"
    assert [f.code for f in linter.lint(text, context={"role": "Sales Officer"}).findings if f.code == "FL102"] == [
        "FL102"
    ]


def test_the_writers_own_quoted_message_is_no_recipient(linter: Linter) -> None:
    text = (
        "Subject: Re: chasing\n\nHi Lee,\n\nJust checking in on the decision.\n\nBest,\nLee Park\n\n"
        "On Thu, 9 Jul 2026 at 13:48, Lee Park <lee.park@example.com> wrote:\n> Hi Ana,\n> Lee"
    )
    found = linter.lint(text, context={"interviewers": ["Ana Ruiz"]}).findings
    assert [f.code for f in found if f.code == "FL132"] == ["FL132"]


def test_an_email_to_the_panel_before_writing_on_linkedin_is_no_chase(linter: Linter) -> None:
    assert (
        _linkedin(linter, "I sent an email to the whole panel, so I'm writing here just to add how much I enjoyed it.")
        == []
    )


def test_a_lower_case_i_opening_a_list_item_is_still_a_slip(linter: Linter) -> None:
    body = "Thank you for the interview today. In my first 90 days:\n\n- i would meet every store manager;\n- agree the targets."
    assert [m for _, _, m in _findings(linter, body, "FL404")] == ["i"]


def test_is_there_for_their_is_still_a_slip(linter: Linter) -> None:
    assert [
        m
        for _, _, m in _findings(linter, "Thank you for the interview today. Is there team growing this year?", "FL402")
    ] == ["there"]


def test_another_first_name_is_no_misspelling(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Analyst interview\n\nDear Jane,\n\nThank you for the interview today.\n\nBest,\nLee Park"
    )
    assert _cited(linter, text, "FL132", {"interviewers": ["Jake Miller"]}) == [["G-PERSONAL"]]
