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
