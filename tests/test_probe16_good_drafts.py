"""Round 16: 120 sincere good follow-ups in fresh wordings (industries, English varieties, names from
many cultures, other firms named as the writer's record) drew four errors and a few warnings.  Each
misjudgement is fixed for its family of wordings and pinned both ways: the sound wording passes and
the slip the rule is for is still caught.  The sentences are our own."""

from __future__ import annotations

import pytest

from followup_lint import Linter


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
