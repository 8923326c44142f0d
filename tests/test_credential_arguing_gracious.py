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


# Probes written before the second change (2026-12-03): a gracious reply that restates its strengths
# beside acceptance or a look ahead, and a contest that needs no word of disbelief.


@pytest.mark.parametrize(
    "sentence",
    [
        "I was surprised, honestly, as I have 12 years in the field, but I respect the decision.",
        "I have 15 years of experience, yet I still learned a lot from your panel.",
        "I was not selected this time, but my eight years in payroll will keep growing, and I hope to apply again.",
        "I have 20 years in construction and was not expecting this, but I respect your choice.",
        "I believe I met every requirement in the posting, so I would be grateful to hear what tipped the balance.",
        "I am confident I meet all the requirements for similar roles, and I hope to be considered again.",
        "I remain confident my five years in procurement would have served you well, and I hope we cross paths again.",
        "I hope my background in clinical data stays in mind for future roles.",
    ],
)
def test_strengths_restated_beside_acceptance_are_no_argument(linter: Linter, sentence: str) -> None:
    assert fl324(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "match"),
    [
        ("I led three product launches, and still you chose someone with none.", "still you chose"),
        ("I have twelve years in logistics and still you went with a graduate.", "still you went with"),
        ("With my MBA and a decade in retail, yet you hired someone without either.", "yet you hired"),
    ],
)
def test_credentials_then_a_contest_of_the_choice_argue(linter: Linter, sentence: str, match: str) -> None:
    assert fl324(linter, sentence) == [match]
