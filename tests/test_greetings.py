"""Greetings and sign-offs from other languages in common use in English mail (the greetings
vocabulary): a greeting, a sign-off, and no spelling slip."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.draft import parse_draft


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def note(greeting: str, closing: str = "Best regards,") -> str:
    return (
        "Subject: Thank you – Volunteer Lead interview\n\n"
        f"{greeting}\n\n"
        "Thank you for showing me the community garden on Tuesday and for explaining how the "
        "Saturday rota works. I am very keen on the role.\n\n"
        f"{closing}\nTama Rewi"
    )


@pytest.mark.parametrize(
    "greeting",
    [
        "Kia ora Aroha,",
        "kia ora Aroha,",
        "Namaste Aroha,",
        "As-salamu alaykum Aroha,",
        "Salaam Aroha,",
        "Shalom Aroha,",
        "Hola Aroha,",
        "Bonjour Aroha,",
        "Kumusta Aroha,",
        "Sawubona Aroha,",
        "Ciao Aroha,",
    ],
)
def test_a_greeting_in_common_use_from_another_language_is_a_greeting(linter: Linter, greeting: str) -> None:
    report = linter.lint(note(greeting), purpose="thank-you", context={"interviewers": ["Aroha Ngata"]})
    codes = {f.code for f in report.findings}
    assert "FL131" not in codes  # a greeting is there
    assert "FL132" not in codes  # and it names the reader
    assert not [f for f in report.findings if f.code in ("FL401", "FL404") and f.start < 80]


@pytest.mark.parametrize("closing", ["Ngā mihi,", "Nga mihi,", "Ngā mihi nui,", "Nāku noa", "Shalom,"])
def test_a_sign_off_in_common_use_from_another_language_is_a_sign_off(linter: Linter, closing: str) -> None:
    text = note("Kia ora Aroha,", closing)
    draft = parse_draft(text)
    assert draft.closing is not None and draft.closing.text.rstrip(",").strip() == closing.rstrip(",")
    report = linter.lint(text, purpose="thank-you")
    assert not [f for f in report.findings if f.code in ("FL140", "FL401", "FL404") and f.start >= draft.closing.start]


def test_the_same_words_in_the_body_are_still_checked(linter: Linter) -> None:
    text = note("Kia ora Aroha,").replace("very keen", "very keen, and I thnak you")
    report = linter.lint(text, purpose="thank-you")
    assert [text[f.start : f.end] for f in report.findings if f.code == "FL401"] == ["thnak"]


# --- English greetings and titles: one list (the vocabulary) for the parser and every rule -------


@pytest.mark.parametrize(
    ("greeting", "reader"),
    [
        ("Dear Rev. Ellison:", "Grace Ellison"),
        ("Dear Rev Ellison,", "Grace Ellison"),
        ("Dear Fr. Byrne,", "Liam Byrne"),
        ("Dear Professor Ellison,", "Grace Ellison"),
        ("Dear Dame Grace,", "Grace Ellison"),
    ],
)
def test_a_title_before_the_readers_name_is_no_wrong_name(linter: Linter, greeting: str, reader: str) -> None:
    # "Rev." was missing from the titles, so the greeting was read as naming someone called "Rev."
    # and a good note got an error (FL132: a copy-paste slip)
    report = linter.lint(note(greeting), purpose="thank-you", context={"interviewers": [reader]})
    assert "FL132" not in {f.code for f in report.findings}


def test_a_title_with_a_full_stop_does_not_end_a_greeting_that_shares_its_line() -> None:
    draft = parse_draft("Hello Rev. Ellison. Thank you for the tour of the parish hall on Tuesday.\n\nBest,\nMaya")
    assert draft.salutation is not None and draft.salutation.text == "Hello Rev. Ellison."


def test_a_formal_opening_that_greets_only_before_a_name() -> None:
    # "Respected Sir, thank you ..." on one line opens with a greeting (Indian English) ...
    draft = parse_draft("Respected Sir, thank you for the interview on Monday for the accounts post.\n\nRegards,\nAnil")
    assert draft.salutation is not None and draft.salutation.text == "Respected Sir,"
    # ... but "Honoured" and "Morning" open sentences more often than greetings: no capital after, no greeting
    for line in (
        "Honoured to have met the team yesterday, thank you for your time.",
        "Morning meetings ran late, sorry.",
    ):
        assert parse_draft(f"{line}\n\nRegards,\nAnil").salutation is None


def test_morning_before_a_name_greets() -> None:
    draft = parse_draft("Morning Priya, thanks again for the chat on Monday about the data role.\n\nBest,\nSam")
    assert draft.salutation is not None and draft.salutation.text == "Morning Priya,"


@pytest.mark.parametrize("greeting", ["Heya Sam,", "Yo Sam,", "Good evening Sam,"])
def test_an_informal_greeting_reads_as_no_printed_letter(linter: Linter, greeting: str) -> None:
    # channel inference: a "Dear" note with a signed name and no subject may be a card or a letter,
    # an informal greeting from the vocabulary's informal register is an e-mail's or a message's
    text = (
        f"{greeting}\n\nThank you for the interview on Monday for the warehouse lead role. I enjoyed the "
        "tour of the new loading bay and would love to help run it.\n\nAll the best,\nKofi Mensah\n"
        "14 Harbour Road, Leith"
    )
    assert linter.lint(text).channel != "letter"
