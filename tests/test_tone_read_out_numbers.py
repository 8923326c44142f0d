"""FL330 leaves a phone number read out digit by digit out of a sentence's score: a voicemail should
say the number slowly ("five-five-five, zero-one-eight-six"), and the tone model, which weighs "five"
from counted waits ("five weeks"), read that as impatience on a good x- dev draft.  A count of the wait
is still scored."""

from __future__ import annotations

from followup_lint import Linter
from followup_lint.checks.learned_tone import _drop_read_out_numbers


def _dropped(words: list[str], least: int = 3) -> list[str]:
    forms = [(w.lower(), w.lower()) for w in words]
    drop = [False] * len(words)
    _drop_read_out_numbers(forms, drop, least)
    return [w for w, d in zip(words, drop, strict=True) if d]


def test_a_number_read_out_is_left_out_and_a_count_is_not() -> None:
    said = ["that", "'s", "Farah", ",", "five", "-", "five", "-", "five", ",", "zero", "-", "one", "-", "eight", "."]
    assert _dropped(said) == ["five", "-", "five", "-", "five", ",", "zero", "-", "one", "-", "eight"]
    assert _dropped(["five", "weeks", "and", "five", "emails"]) == []
    assert _dropped(["two", "or", "three", "days"]) == []


def test_a_voicemail_that_reads_its_number_out_slowly_is_not_hostile() -> None:
    script = (
        "Hello Mr. Lindqvist, this is Farah Siddiqui, on 555-0186. I interviewed with you on Tuesday for the "
        "Field Service Engineer position, and I wanted to ask whether you have an update on the decision. "
        "Again, that's Farah Siddiqui, five-five-five, zero-one-eight-six. Thank you, and have a good afternoon."
    )
    report = Linter().lint(script, channel="call", purpose="status-check")
    assert [f.code for f in report.findings if f.code == "FL330"] == []
