"""FL202 (specifics) and FL210 (boilerplate) on probe notes written for this test (2026-12-03, none
from the corpus): a detail of the interview named in wordings the cues did not hear (a point the
writer keeps turning over, a person met by name, the reader seen at work, "struck by how", being let
sit in, a mock task, the firm's backlog or rollout, a qualified "frank discussion of"); a fit or
interest clause run into a cue's sentence, which is no detail; the sender's terms (an expense
claim, pay, a start date), which name concrete things but nothing from the interview; and a note
that names a place, a person or a price, which is no form letter.  Each list failed before its
change."""

from __future__ import annotations

import pytest

from followup_lint import Linter

CONTEXT = {"company": "Harbourview Foods", "role": "Quality Technician"}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def thank_you(sentence: str) -> str:
    return (
        "Subject: Thank you – Operations Analyst interview\n\nHi Sam,\n\nThank you for your time today. "
        f"{sentence} I'm keen on the Operations Analyst role and I look forward to hearing about next "
        "steps.\n\nBest,\nLee Park"
    )


def note(body: str) -> str:
    return f"Subject: Thank you – interview\n\nDear Ms. Price,\n\n{body}\n\nBest regards,\nLee Park"


def codes(linter: Linter, text: str, context: dict[str, str] | None = None) -> set[str]:
    report = linter.lint(text, context=context, purpose="thank-you")
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a point of the interview the writer keeps turning over
        "I keep thinking about the stock-count backlog at the Hull depot.",
        "I have been thinking more about the onboarding drop-off between day one and day seven.",
        "Since our talk I have read the report on the river clean-up that Dr Adeyemi recommended.",
        # a person met, by name, and their view
        "Meeting Priya from the data team was a highlight; her take on churn modelling stuck with me.",
        # the reader or the team seen at work
        "Watching you sketch the new warehouse layout on the whiteboard helped me picture the job.",
        "It was a real privilege to watch you answer the calls from the night depot.",
        # what struck the writer about how the firm works
        "I was struck by how the night team handles 300 deliveries with four drivers.",
        # being let in on the work, and a mock task
        "Thanks for letting me sit in on the Monday stand-up with the mobile squad.",
        "I really liked the mock client call with the angry landlord.",
        # a problem or a change the firm faces, named with what it concerns
        "The backlog of unpaid supplier invoices sounds like exactly the problem I solved at Fennick.",
        "The three-month backlog of planning applications sounds daunting but fixable.",
        # a talk qualified by one word, a debate
        "I appreciated the frank discussion of the turnover in the call centre last year.",
        "I enjoyed our debate about whether the app should keep the offline mode.",
        # something of the reader's recalled in a relative clause, present tense
        "The peer-review process you use for every pull request is something I'd like to learn from.",
    ],
)
def test_fl202_hears_a_detail_in_new_wordings(linter: Linter, sentence: str) -> None:
    assert "FL202" not in codes(linter, thank_you(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I found our talk about the team's goals very inspiring.",
        "Thanks for telling me about the company and its plans for the future.",
        "Your overview of the department was very helpful.",
        "I enjoyed hearing about the many initiatives at the firm.",
        # a fit or interest clause run into the sentence of a cue
        "I appreciated the chance to discuss my qualifications and to learn about the company.",
        "I was impressed by everything I heard about the company and I would welcome the chance to contribute.",
        "It was wonderful to learn about your company's values, and I feel my skills align well with the position.",
        "I enjoyed hearing about the position and the team, and I am sure I could add value from day one.",
        "I was glad to learn about your plans and I am confident my experience would help your team reach its goals.",
        "Having met with you and heard more about the firm, I would like to confirm my strong interest.",
    ],
)
def test_fl202_still_judges_generic_praise_and_fit_clauses_generic(linter: Linter, sentence: str) -> None:
    assert "FL202" in codes(linter, thank_you(sentence))


@pytest.mark.parametrize(
    "body",
    [
        (
            "Thanks for Tuesday. As agreed, here are my travel costs:\n\nTrain, York to Derby return: £41.60\n"
            "Taxi from Derby station: £9.50\n\nCould you tell me when this will be paid?"
        ),
        "gr8 session today thx. lmk on comp + start date, am in Porto til the 9th so txt is best",
    ],
)
def test_fl202_counts_the_senders_terms_as_no_detail_and_fl210_as_no_form_letter(linter: Linter, body: str) -> None:
    found = codes(linter, note(body), CONTEXT)
    assert "FL202" in found  # nothing from the interview
    assert "FL210" not in found  # but particular to something: not boilerplate


def test_fl202_still_counts_a_sum_recalled_with_a_cue(linter: Linter) -> None:
    assert "FL202" not in codes(linter, thank_you("The £2m budget you mentioned for the new cold store is ambitious."))


FORM_LETTER = (
    "Thank you for taking the time to speak with me yesterday. It was a pleasure to learn more about "
    "the position and your organisation. I enjoyed hearing about the team, and I am sure I could add "
    "value from day one. I look forward to hearing from you."
)


def test_fl210_flags_a_form_letter_whose_cue_sentence_only_carries_fit(linter: Linter) -> None:
    found = codes(linter, note(FORM_LETTER), CONTEXT)
    assert {"FL202", "FL210"} <= found


def test_fl210_title_words_of_the_greeting_and_shouting_are_no_particular(linter: Linter) -> None:
    body = "I am SO grateful, Ms Price, for the interview. " + FORM_LETTER
    assert "FL210" in codes(linter, note(body), CONTEXT)


@pytest.mark.parametrize(
    "slot",
    ["(company name)", "(role title)", "(insert company)", "COMPANY NAME", "ROLE_TITLE", "%COMPANY%"],
)
def test_fl207_finds_slots_in_round_brackets_capitals_and_percent_signs(linter: Linter, slot: str) -> None:
    body = f"Thank you for the interview. I am excited about joining {slot} and I look forward to hearing from you."
    assert "FL207" in codes(linter, note(body), CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "The audit (the project I mentioned) cut our write-offs by a third.",
        "Our complaints fell from 12% to 4% in a year, and MY TEAM was proud of it.",
        "I ran the line checks (name of the plant withheld) for two years.",
    ],
)
def test_fl207_leaves_asides_percentages_and_shouting_alone(linter: Linter, sentence: str) -> None:
    assert "FL207" not in codes(linter, thank_you(sentence))


def letter_to(greeting: str, sentence: str) -> str:
    return (
        f"Subject: Thank you – Quality Technician interview\n\n{greeting}\n\nThank you for the interview "
        f"yesterday. I enjoyed hearing how the night shift runs the allergen changeover checks. {sentence} "
        "I look forward to hearing from you.\n\nBest regards,\nLee Park"
    )


@pytest.mark.parametrize(
    "sentence",
    ["Thank you again, Mr. Hughes, for your time.", "I am excited about the role, Ms. Jones, and hope to join."],
)
def test_fl134_finds_a_titled_surname_left_from_another_note(linter: Linter, sentence: str) -> None:
    report = linter.lint(letter_to("Dear Ms. Price,", sentence), context=CONTEXT, purpose="thank-you")
    found = [f for f in report.findings if f.code == "FL134"]
    assert found and ("Hughes" in found[0].message or "Jones" in found[0].message)


@pytest.mark.parametrize(
    ("greeting", "sentence"),
    [
        ("Dear Ms. Price,", "Thank you again, Ms. Price, for your time."),
        ("Dear Dana,", "Thank you again, Ms. Price, for your time."),  # her surname is not known here
        ("Dear Ms. Price,", "I met your colleague, Mr. Hughes, on the line."),
    ],
)
def test_fl134_leaves_the_readers_own_or_a_colleagues_titled_name_alone(
    linter: Linter, greeting: str, sentence: str
) -> None:
    assert "FL134" not in codes(linter, letter_to(greeting, sentence), CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am confident I would be a strong Lab Analyst for your team.",
        "I'd love to join your team as a Marketing Coordinator.",
    ],
)
def test_fl209_finds_another_role_the_writer_is_cast_in(linter: Linter, sentence: str) -> None:
    assert "FL209" in codes(linter, letter_to("Dear Ms. Price,", sentence), CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be a valuable Quality Technician for your team.",
        "I worked as a Lab Analyst at Kestrel Dairies for three years.",
        "I used to work as a Lab Analyst at Kestrel.",
        "In my time as a Lab Analyst I ran swab checks.",
        "I hope to become a Chartered Accountant one day.",
    ],
)
def test_fl209_leaves_the_right_role_a_past_role_and_an_aspiration_alone(linter: Linter, sentence: str) -> None:
    assert "FL209" not in codes(linter, letter_to("Dear Ms. Price,", sentence), CONTEXT)
