"""FL402/FL404/FL406/FL407 by families: real slips a sender would be embarrassed by are found, and
right English that Harper misreads passes.  Probe sentences written for this test; each slip was
missed, and each right sentence drew a warning, before the change."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def language(linter: Linter, sentence: str) -> list[tuple[str, str, str]]:
    text = f"Subject: Thank you – interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code.startswith("FL40")]


def warned(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    return [(code, word) for code, severity, word in language(linter, sentence) if severity != "info"]


# Real-word slips (FL407's confusables): each word is spelt right, so no speller sees it.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("I look forward to hearing from you're team.", "you're"),
        ("I would love to join you're company.", "you're"),
        ("I enjoyed the tour of you office.", "you"),
        ("It was great to see the lab at you clinic.", "you"),
        ("It was a pleasure to meet you and the teem.", "teem"),
        ("I enjoyed meeting the whole teem yesterday.", "teem"),
        ("I hope to discus the next steps soon.", "discus"),
        ("Your insight effected my thinking a lot.", "effected"),
        ("Our talk has really effected how I plan my week.", "effected"),
        ("I am so exited about the role.", "exited"),
        ("I'm exited to join the team.", "exited"),
    ],
)
def test_a_real_word_slip_is_found(linter: Linter, sentence: str, word: str) -> None:
    assert ("FL407", word) in warned(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You're welcome to call me at any time.",
        "Both of you were very kind to me.",
        "I will come to you with the figures.",
        "The streets teem with visitors in summer.",
        "I threw the discus for my school.",
        "The merger was effected last year.",
        "I exited the building through reception.",
    ],
)
def test_the_right_use_of_the_same_word_passes(linter: Linter, sentence: str) -> None:
    assert warned(linter, sentence) == []


# Grammar slips FL406 owns: a plain verb after "look forward to", "to thanks".
@pytest.mark.parametrize(
    ("sentence", "match"),
    [
        ("I look forward to hear from you.", "look forward to hear"),
        ("I am looking forward to meet the team.", "looking forward to meet"),
        ("I want to thanks you for the chat.", "to thanks"),
    ],
)
def test_a_plain_verb_after_to_is_found(linter: Linter, sentence: str, match: str) -> None:
    assert ("FL406", match) in warned(linter, sentence)


def test_to_thanks_is_fixed_to_to_thank(linter: Linter) -> None:
    text = "Subject: Thank you – interview\n\nHi Ana,\n\nI want to thanks you for the chat.\n\nBest,\nLee"
    finding = next(f for f in linter.lint(text, purpose="thank-you").findings if f.code == "FL406")
    assert finding.suggestions[0].edits[0].replacement == "to thank"


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you.",
        "I look forward to the meeting on Friday.",
        "Thanks to the team for the tour.",
        "I look forward to seeing the new site.",
    ],
)
def test_right_uses_of_to_pass(linter: Linter, sentence: str) -> None:
    assert warned(linter, sentence) == []


# Right English Harper misreads (FL402, FL404).
@pytest.mark.parametrize(
    "sentence",
    [
        "Was my handshake too firm? I hope not.",  # "too" before an adjective that is also a noun
        "My work sample was too light on metrics, and I will fix that.",
        "Maybe my answer was too kind.",
        "The move to automated invoice matching sounds exciting.",  # "to" as a preposition
        "I enjoyed hearing about the switch to managed services.",
        "I enjoyed the copywriting test for the cider brand.",  # the trade, not the legal right
        "I am a copywriter with five years in agencies.",
        "It is a relief to find out now what the role involves.",  # a phrasal verb, not padding
    ],
)
def test_right_english_the_backend_misreads_passes(linter: Linter, sentence: str) -> None:
    assert warned(linter, sentence) == []


def test_a_lettered_list_item_needs_no_capital(linter: Linter) -> None:
    text = (
        "Subject: Thank you – interview\n\nHi Ana,\n\nThank you for your time. I can bring:\n\n"
        "a) the audit notes,\nb) the budget template.\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    assert [f for f in report.findings if f.code == "FL404" and f.severity.value != "info"] == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("I am happy too help.", "FL402"),  # "too" before a verb is still the slip
        ("I want to automated the reports.", "FL402"),  # "to" after a verb of wanting is still a verb's
        ("i enjoyed the chat.", "FL404"),
    ],
)
def test_the_slips_next_to_those_families_are_still_found(linter: Linter, sentence: str, code: str) -> None:
    assert code in {c for c, _ in warned(linter, sentence)}
