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
