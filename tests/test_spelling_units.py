"""A unit symbol after a number ("1.8 s", "140 ms", "3 GB") is no misspelling (a good engineer's
thank-you got an FL401 error for the "s" of seconds); the same letters away from a number are
still checked."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _fl401(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    text = (
        "Subject: Thank you – Backend Engineer interview\n\nHi Ana,\n\n"
        f"Thank you for the interview on Tuesday. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == "FL401"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Tallybird I cut p95 latency from 1.8 s to 140 ms.",
        "The job ran in 3 s on a 16 GB machine.",
        "We moved 2.5\u00a0s of work off the request path.",
    ],
)
def test_a_unit_after_a_number_is_no_misspelling(linter: Linter, sentence: str) -> None:
    found = _fl401(linter, sentence)
    assert not [word for word, _ in found if word in ("s", "ms", "GB")]
    assert not [word for word, severity in found if severity == "error"]  # "p95" is at most a tip


def test_a_slip_after_a_word_is_still_a_slip(linter: Linter) -> None:
    assert _fl401(linter, "I am very intrested in the role.") != []
