"""Round 33: what the round 33 blind batch of good follow-ups (tests/corpus/probes/round33: 60 from community and
faith work, sport, the motor trade, aviation ground work, water and waste, housekeeping, home care, landscaping, film
and music, data and AI roles, legal advice, tourism and small family businesses abroad) drew, each false alarm pinned
both ways with wordings of our own."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter

SIGNED = "Kind regards,\nMaricel Santos\n0917 555 0199"


def _email(body: str) -> str:
    return f"Subject: Thank you – Spa Therapist interview\n\nDear Ms Reyes,\n\n{body}\n\n{SIGNED}"


THANKS = "Thank you for yesterday's interview and the tour of the treatment rooms."


@pytest.mark.parametrize("word", ["hilot", "pavers"])
def test_field_words_of_round_33_are_no_misspelling(linter: Linter, word: str) -> None:
    text = _email(f"{THANKS} I enjoyed talking about the {word} work you plan this summer.")
    assert not [sev for _, sev in _codes(linter, text, "FL401") if sev != "info"]


def test_a_grammar_tip_on_a_blank_between_paragraphs_is_dropped(linter: Linter) -> None:
    text = _email(
        f"{THANKS} The test mix was a useful one.\n\nYour plan to record more live bands is where I can help."
    )
    assert all(text[start:end].strip() for start, end in _spans(linter, text, "FL402"))


def _spans(linter: Linter, text: str, code: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in linter.lint(text).findings if f.code == code]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # the writer's time served at a firm is the record, not the job applied for
        ("After three years in the homelessness team at Brayford Council, I know these cases well.", False),
        # a sure frame after it still names the next employer
        ("After two years as a volunteer I'm excited to join Initech.", True),
    ],
)
def test_time_served_at_a_firm_is_the_writer_s_record(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"{THANKS} {sentence}")
    assert bool(_codes(linter, text, "FL208", context={"company": "Eastgate Law Centre"})) is flagged


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        ("I'd really like this apprenticeship.", True),
        ("The day confirmed my wish to work with your team.", True),
        ("I'd really like this apprenticeship to include day release, if that is possible.", False),
    ],
)
def test_plain_interest_of_round_33(linter: Linter, sentence: str, interest: bool) -> None:
    text = _email(f"{THANKS} {sentence} I look forward to hearing from you.")
    assert _warned(linter, text, "FL204", purpose="thank-you") is not interest


@pytest.mark.parametrize(
    ("code", "channel", "unit"),
    [
        ("FL119", "linkedin", "see attached I've attached attached is in the attachment "),
        ("FL204", "email", "I'd really like this confirmed my wish to "),
        ("FL208", "email", "After three years in the team at Brayford Council, "),
    ],
)
def test_the_round_33_patterns_grow_linearly(linter: Linter, code: str, channel: str, unit: str) -> None:
    assert_grows_linearly(
        linter, code, lambda n: prepared_input(linter, unit * (10 * n), channel=channel), f"{code} {channel}"
    )
