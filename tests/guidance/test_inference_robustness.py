"""Purpose and channel inference survives changes of surface that keep a draft's meaning.

benchmarks/infer_robustness.py perturbs the dev drafts (names swapped, greeting changed or dropped,
lines re-wrapped, everything lower-cased, "Re:" added ...) and counts the guesses that flip.  Each
brittle cue it found is fixed as a family or a structural rule; each fix is pinned here with a draft
written for the test.
"""

from __future__ import annotations

from datetime import date

from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel, infer_purpose


# --- the context's names are no cue words ------------------------------------------------------------
def test_a_role_named_like_a_decision_is_no_rejection_cue() -> None:
    text = (
        "Subject: Thank you – Decision Scientist interview\n\nHi Priya,\n\nThank you for meeting me yesterday about the "
        "Decision Scientist role. Your churn model work was fascinating, and I would love to help extend it.\n\n"
        "Best regards,\nTom Avery"
    )
    ctx = Context(role="Decision Scientist", company="Harbour Analytics", interview_date=date(2026, 5, 4))
    guess = infer_purpose(parse_draft(text), ctx)
    assert guess is not None and guess[0] == "thank-you", guess


def test_a_firm_named_connect_makes_no_linkedin_note() -> None:
    text = (
        "Dear Ms. Lund,\n\nThank you for showing me round Connect Health on Monday. I enjoyed meeting the ward "
        "clerks and would be glad to join them.\n\nWith best wishes,\nAnna Berg"
    )
    guess = infer_channel(parse_draft(text), Context(company="Connect Health"))
    assert guess is not None and guess[0] == "letter", guess


def test_the_masked_name_is_written_out_again_in_the_cue() -> None:
    text = (
        "Subject: Re: Decision Analyst – application outcome\n\nHi Sam,\n\nI'm sorry to hear the Decision Analyst "
        "role went to someone else.\n\nBest,\nLee"
    )
    guess = infer_purpose(parse_draft(text), Context(role="Decision Analyst"))
    assert guess is not None and guess[0] == "rejection-reply", guess
    assert "Qqq" not in guess[1] and "qqq" not in guess[1], guess


def test_without_the_context_a_name_is_still_read_as_words() -> None:
    """Only names the user gives are masked: the same note without them keeps its old reading."""
    text = "Hi Sam,\n\nThanks for the chat. Happy to connect here.\n\nLee"
    guess = infer_channel(parse_draft(text), None)
    assert guess is not None and guess[0] == "linkedin", guess


# --- a LinkedIn sender's context outweighs a card's look --------------------------------------------
def test_a_linkedin_message_greeted_dear_and_signed_is_no_card() -> None:
    text = (
        "Dear Oskar,\n\nThank you for taking the time to talk through the platform team's roadmap on Tuesday. "
        "I enjoyed hearing how you moved the billing service off the monolith.\n\nKind regards,\nMaren"
    )
    ctx = Context(linkedin_connected=True)
    guess = infer_channel(parse_draft(text), ctx)
    assert guess is not None and guess[0] == "linkedin", guess
    # (without that context the same note still reads as a card)
    guess = infer_channel(parse_draft(text), None)
    assert guess is not None and guess[0] == "letter", guess


# --- a letter without a greeting still has its letterhead -------------------------------------------
_NO_GREETING_LETTER = (
    "Ines Duarte\n44 Kestrel Avenue, Leeds LS6 2QT · ines.duarte@example.com\n\n3 March 2026\n\n"
    "Mr. Paul Hart\nHart & Sons Joinery\n\n"
    "Thank you for showing me the workshop on Monday. I enjoyed seeing the sash windows you restore.\n\n"
    "Yours sincerely,\nInes Duarte"
)


def test_a_letter_that_lost_its_greeting_is_read_by_its_date_line() -> None:
    guess = infer_channel(parse_draft(_NO_GREETING_LETTER), None)
    assert guess is not None and guess == ("letter", "the date line “3 March 2026”"), guess


def test_a_date_below_the_first_sentence_is_no_letterhead() -> None:
    text = "Thanks for the chat today. The start date we discussed:\n\n3 March 2026\n\nBest,\nInes"
    guess = infer_channel(parse_draft(text), None)
    assert guess is None or guess[0] != "letter", guess


# --- a line break inside a sentence is a space -------------------------------------------------------
def test_a_cue_split_by_a_hard_wrap_still_counts() -> None:
    text = "Hi Ruth,\n\nI was so sorry to\nhear your news about the Junior Designer role.\n\nBest,\nKai"
    guess = infer_purpose(parse_draft(text), None)
    assert guess is not None and guess[0] == "rejection-reply", guess


def test_a_line_ending_in_a_stop_is_still_a_boundary() -> None:
    """Only soft breaks are joined: a condition on one line does not reach a cue on the next."""
    from followup_lint.infer import _unwrapped

    assert _unwrapped("I was sorry to\nhear it") == "I was sorry to hear it"
    assert _unwrapped("Thanks.\nNo hard feelings") == "Thanks.\nNo hard feelings"
    assert _unwrapped("Agenda\n- one\n- two") == "Agenda\n- one\n- two"


# --- a note typed in lower case ------------------------------------------------------------------------
def test_a_call_script_in_lower_case_still_names_its_caller() -> None:
    text = "hi ms. ortiz, it's dana from tuesday's interview. thanks again for your time, and i hope to hear soon."
    guess = infer_channel(parse_draft(text), None)
    assert guess is not None and guess[0] == "call", guess


# --- hedged acceptance, thanks for the day, a status thread -------------------------------------------
def test_acceptance_offered_in_advance_is_no_rejection_reply() -> None:
    text = (
        "Subject: Re: Next steps\n\nHi Leo,\n\nThanks for today. I'd like the start date moved to June. If not, no hard "
        "feelings, but June works far better for my family.\n\nCheers,\nMia"
    )
    guess = infer_purpose(parse_draft(text), None)
    assert guess is not None and guess[0] == "thank-you", guess


def test_acceptance_of_a_decision_made_still_counts() -> None:
    text = "Subject: Re: Next steps\n\nHi Leo,\n\nNo hard feelings at all. It didn't work out this time.\n\nMia"
    guess = infer_purpose(parse_draft(text), None)
    assert guess is not None and guess[0] == "rejection-reply", guess


def test_a_reply_in_the_thread_of_ones_status_question_is_a_status_check() -> None:
    text = (
        "Subject: Re: Analyst role – application status\n\nDear Mr. Hale,\n\nCould you let me know whether I am still "
        "under consideration for the Analyst role? I interviewed on 2 May.\n\nRegards,\nNia Cole"
    )
    ctx = Context(interview_date=date(2026, 5, 2), sent_at=date(2026, 5, 20))
    guess = infer_purpose(parse_draft(text), ctx)
    assert guess is not None and guess[0] == "status-check", guess


def test_thanks_for_the_day_of_the_meeting_is_thanks_for_it() -> None:
    text = "Hi Leo,\n\nThanks for this morning. When would you like my two references?\n\nMia"
    guess = infer_purpose(parse_draft(text), None)
    assert guess == ("thank-you", "“Thanks for this morning”"), guess


def test_thanks_for_the_days_message_is_no_thanks_for_a_meeting() -> None:
    text = "Hi Leo,\n\nThanks for yesterday's e-mail. When would you like my two references?\n\nMia"
    guess = infer_purpose(parse_draft(text), None)
    assert guess is not None and guess[0] != "thank-you", guess


# --- typography and contractions ---------------------------------------------------------------------
def test_typographic_apostrophes_and_no_break_spaces_change_no_cue() -> None:
    plain = "Hi Adam, it's Hannah from Thursday's interview. I didn't get the role, but could you share some feedback?"
    typed = plain.replace("'", "\u2019").replace(" ", "\u00a0")
    for text in (plain, typed):
        purpose = infer_purpose(parse_draft(text), None)
        channel = infer_channel(parse_draft(text), None)
        assert purpose is not None and purpose[0] == "rejection-reply", purpose
        assert channel is not None and channel[0] == "call", channel


def test_the_caller_named_without_a_contraction_or_after_two_spaces() -> None:
    for text in (
        "Hello Ms. Ortiz, it is Dana from Tuesday's interview. Thanks again for your time.",
        "Hello, Ms. Ortiz?  It's Dana from Tuesday's interview. Thanks again for your time.",
        "Good morning. My name is Dana Reyes, and I interviewed with Ms. Ortiz on Tuesday.",
    ):
        guess = infer_channel(parse_draft(text), None)
        assert guess is not None and guess[0] == "call", (text, guess)


def test_where_youre_in_the_process_asks_after_it() -> None:
    text = (
        "Subject: Data Analyst interview\n\nHi Ana,\n\nI'd love to know where you're in the hiring process for the "
        "Data Analyst role.\n\nBest,\nLee"
    )
    guess = infer_purpose(parse_draft(text), None)
    assert guess is not None and guess[0] == "status-check", guess


def test_a_lower_case_note_saying_its_been_a_while_names_no_caller() -> None:
    text = "hi sneha, it's been a while since we spoke. any news on the role?\n\nbest,\nomar"
    guess = infer_channel(parse_draft(text), None)
    assert guess is None or guess[0] != "call", guess


def test_a_lower_case_call_names_its_caller_by_my_name_is() -> None:
    text = "good morning, my name is dana reyes, and i interviewed with ms. ortiz on tuesday. thanks again."
    guess = infer_channel(parse_draft(text), None)
    assert guess == ("call", "“my name is dana reyes”"), guess
