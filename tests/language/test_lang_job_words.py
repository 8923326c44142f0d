"""FL401 knows the words a follow-up is built from, and quoted words are someone else's.

A word of the job-search vocabulary spelt by ear ("intervue") is a misspelling of a common word,
an error whose first suggestion is the word meant, even when the backend suggests another; a word
inside quotation marks (the interviewer's own typo) is a tip, not the writer's slip.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.language.sounds_like import by_sound, edit_distance, meant_word, sound_key

JOB_WORDS = by_sound(["interview", "resume", "recruiter", "colleague", "opportunity", "position"])


def _findings(linter: Linter, body: str, code: str = "FL401") -> dict[str, tuple[str, str]]:
    """word -> (severity, first suggestion) of ``code``'s findings on a thank-you with ``body``."""
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\n{body}\n\nBest regards,\nLee Chen\n"
    report = linter.lint(text, purpose="thank-you", channel="email")
    return {
        text[f.start : f.end]: (f.severity.value, f.suggestions[0].edits[0].replacement if f.suggestions else "")
        for f in report.findings
        if f.code == code
    }


@pytest.mark.parametrize(
    ("word", "meant"),
    [("intervue", "interview"), ("resumay", "resume"), ("recrooter", "recruiter"), ("colleage", "colleague")],
)
def test_a_job_word_spelt_by_ear_is_an_error_with_the_word_meant_first(linter: Linter, word: str, meant: str) -> None:
    found = _findings(linter, f"Thank you for the {word} on Tuesday; I enjoyed it.")
    assert found.get(word) == ("error", meant), found


def test_a_job_word_the_backend_suggests_second_comes_first(linter: Linter) -> None:
    # the backend's first guess is "reciter": in a follow-up, the recruiter was meant
    assert _findings(linter, "Thank you for the call; the recuiter was kind.").get("recuiter") == ("error", "recruiter")


def test_a_job_word_spelt_by_ear_opening_a_sentence_keeps_its_capital(linter: Linter) -> None:
    found = _findings(linter, "Thank you for Tuesday. Intervue days make me nervous, but you put me at ease.")
    assert found.get("Intervue") == ("error", "Interview"), found


def test_rare_words_and_names_near_no_job_word_stay_tips(linter: Linter) -> None:
    found = _findings(linter, "Thank you for today. Your kaizen boards impressed me, and so did Ms. Okwuosa's tour.")
    assert all(sev == "info" for sev, _ in found.values()), found


def test_the_sound_key_and_the_distance() -> None:
    assert sound_key("intervue") == sound_key("interview") == sound_key("enterview")
    assert sound_key("resumay") == sound_key("resume") != sound_key("recruit")
    assert edit_distance("intervue", "interview", 3) == 2
    assert edit_distance("thier", "their", 3) == 1  # a swap is one edit
    assert edit_distance("kaizen", "interview", 3) == 4  # past the limit: limit + 1


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("intervue", "interview"),
        ("resumay", "resume"),
        ("oppertunity", "opportunity"),
        ("interview", None),  # a word of the vocabulary is no misspelling
        ("interlude", None),  # sounds otherwise
        ("kaizen", None),
        ("posh", None),  # too short to judge
        ("intervue2", None),  # not letters only
        ("intervuuuuuu", None),  # the same sound, too many edits
    ],
)
def test_the_word_meant(word: str, meant: str | None) -> None:
    assert meant_word(word, JOB_WORDS) == meant


def test_a_quoted_typo_is_a_tip_and_the_writers_own_is_an_error(linter: Linter) -> None:
    body = (
        'Thank you for the interview. Your note said “answers prety basic”, and "prety" is how it was spelt. '
        "My answers were prety short, I agree."
    )
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\n{body}\n\nBest regards,\nLee Chen\n"
    report = linter.lint(text, purpose="thank-you", channel="email")
    severities = [f.severity.value for f in report.findings if f.code == "FL401" and text[f.start : f.end] == "prety"]
    assert severities == ["info", "info", "error"]


def test_a_quoted_no_thanks_is_no_punctuation_slip(linter: Linter) -> None:
    found = _findings(linter, 'Thank you for the interview. Nobody sent even a standard "no thanks" since.', "FL404")
    assert found.get("no thanks", ("info", ""))[0] == "info", found


@pytest.mark.parametrize("pair", ["you guys are", "you folks were", "you two have", "you all are"])
def test_you_with_a_plural_word_takes_a_plural_verb(linter: Linter, pair: str) -> None:
    found = _findings(linter, f"Thank you for the interview. I think {pair} a great team.", "FL402")
    assert not found, found


def test_a_verb_that_does_not_agree_is_still_a_grammar_error(linter: Linter) -> None:
    assert _findings(linter, "Thank you for the interview. He are a great manager.", "FL402")
