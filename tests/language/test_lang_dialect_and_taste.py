"""British spellings the endings table missed, and two words the backend would join, are tips.

Found on good drafts of the r- batches (a thank-you with "fibre" and "moulded", one with "cron
job"); each family pinned both ways: the dialect's forms are tips, slips of common words stay errors.
"""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter


def _severities(linter: Linter, sentence: str, code: str = "FL401") -> dict[str, str]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for today. {sentence}\n\nBest regards,\nLee Chen\n"
    report = linter.lint(text, purpose="thank-you", channel="email")
    return {text[f.start : f.end]: f.severity.value for f in report.findings if f.code == code}


@pytest.mark.parametrize(
    "word", ["fibre", "calibre", "sombre", "meagre", "centred", "moulded", "moulding", "smouldering", "moult"]
)
def test_british_forms_are_tips_under_us_english(word: str) -> None:
    linter = Linter(Config.model_validate({"language": {"dialect": "us"}}))
    found = _severities(linter, f"The {word} detail came up in our talk.")
    assert found.get(word, "info") == "info", found


def test_slips_that_look_like_a_dialect_ending_stay_errors(linter: Linter) -> None:
    # "ordre" is "order" with two letters swapped, not a British form; "recieve" is no dialect at all
    found = _severities(linter, "I will send the ordre form and recieve the brief.")
    assert found == {"ordre": "error", "recieve": "error"}


def test_two_words_the_backend_would_join_are_a_tip(linter: Linter) -> None:
    found = _severities(linter, "Your question about a queue rather than a cron job was a good one.", "FL402")
    assert found.get("cron job", "info") == "info", found


def test_an_emphatic_doubling_is_no_slip_and_thanks_but_no_thanks_needs_no_comma(linter: Linter) -> None:
    assert _severities(linter, "I am so so sorry to write again.", "FL403") == {}
    assert _severities(linter, "I am sorry to write the the same note again.", "FL403") == {"the the": "warning"}
    assert _severities(linter, "To the other offer I said thanks, but no thanks.", "FL404") == {}
