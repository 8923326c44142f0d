"""FL406: subject-verb agreement and a bare verb after "am", slips the grammar backend misses."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def hits(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    text = f"Subject: Thank you – Buyer interview\n\nHi Omar,\n\nThank you for Friday. {sentence}\n\nBest regards,\nNia Cole"
    report = linter.lint(text, purpose="thank-you")
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == "FL406"]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The supplier audit you was planning sounds useful.", "you was"),
        ("They was very welcoming at the warehouse.", "They was"),
        ("Your manager said he were keen on forecasting.", "he were"),
        ("I am look forward to your reply.", "I am look"),
        ("I'm hope to hear from you soon.", "I'm hope"),
        ("I am writing for thanking you once more.", "writing for thanking"),
        ("I am very interesting in the buyer role.", "I am very interesting in"),
    ],
)
def test_a_grammar_slip_a_reader_notices_is_a_warning(linter: Linter, sentence: str, slip: str) -> None:
    assert hits(linter, sentence) == [(slip, "warning")]


@pytest.mark.parametrize(
    "sentence",
    [
        "If the role were still open, I would apply again.",
        "I wish it were possible to visit the site again.",
        "The team was small, as it were, and you were kind.",
        "I am looking forward to it; I'm thankful for the tour.",
        "I am hopeful and I'm writing to thank you.",
        "It was interesting to join the stand-up and I am interested in the role.",
    ],
)
def test_right_english_is_left_alone(linter: Linter, sentence: str) -> None:
    assert hits(linter, sentence) == []
