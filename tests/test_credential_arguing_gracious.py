"""FL324 on rejection replies: credentials are an argument only next to disbelief or a denial of the
decision, never next to acceptance.  Sentences written for this test; each gracious one was an error
before."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def fl324(linter: Linter, sentence: str) -> list[str]:
    text = (
        "Subject: Re: Logistics Manager role\n\nHi Ana,\n\nThank you for letting me know. "
        f"{sentence} I would welcome any feedback you can share.\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="rejection-reply")
    return [text[f.start : f.end] for f in report.findings if f.code == "FL324"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the decision, and I will keep building on my ten years in warehousing.",
        "Given my background in finance, I can see why the team chose someone from operations.",
        "With my MBA finished in June, I hope to be considered for future openings.",
        "I have 12 years in supply chain, so I understand how hard these choices are.",
        "Considering my experience with the interview panel, I remain a fan of the company.",
        "I understand the team needed someone more senior than me right now.",
        "I know the other candidate was more experienced than I am, and I wish them well.",
        "Having spent 8 years in the field, I understand how competitive this search was.",
        "I have over 10 years of experience and I understand the decision was a close one.",
    ],
)
def test_credentials_beside_acceptance_are_no_argument(linter: Linter, sentence: str) -> None:
    assert fl324(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "With my ten years in logistics, I was shocked not to be selected.",
        "Given my MBA and my record, I do not understand the decision.",
        "I have 12 years of experience, yet you chose someone straight out of school.",
        "I have 20 years in this field and I really don't see why I was passed over.",
        "Given my experience, I am puzzled by your choice.",
        "I am far more qualified than the person you hired.",
        "I have 8 years of experience and you hired a graduate instead.",
        "With my PhD and three patents, rejecting me is a mistake.",
    ],
)
def test_credentials_against_the_decision_still_argue(linter: Linter, sentence: str) -> None:
    assert fl324(linter, sentence) != []
