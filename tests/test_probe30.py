"""Round 30: what the round 30 blind batch of good follow-ups (tests/corpus/probes/round30) drew, each false alarm
pinned both ways with wordings of our own, and each new pattern with a growth test (1x, 10x, 100x input; a ratio,
never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter

SIGNED = "Kind regards,\nTomasz Wiśniewski\n087 555 0143"


def _email(body: str) -> str:
    return f"Subject: Thank you – Greenkeeper interview\n\nDear Ms Byrne,\n\n{body}\n\n{SIGNED}"


THANKS = "Thank you for this morning's interview and the walk round the back nine."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("After nine years on my own, I am looking forward to steady planned work as part of a team.", False),
        ("I am more interested than ever in the role.", False),
        ("Shaping the sourdough alongside your team at 4 am was a real treat.", False),
        ("I am very interested on the role.", True),
    ],
)
def test_grammar_tips_on_adjectives_comparisons_and_times(linter: Linter, sentence: str, flagged: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL402") is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Replacing those bowed frames is work I know well.", False),
        ("Those bowed frames is the job I would start with.", True),
    ],
)
def test_a_gerund_with_a_plural_object_takes_a_singular_verb(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL406")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thank you for welcoming me into your home and introducing me to Jamie and Zuri.", False),
        ("I dropped a printed copy round to your house on Sunday.", True),
    ],
)
def test_a_welcome_into_the_reader_s_home_is_no_visit_unasked(linter: Linter, sentence: str, flagged: bool) -> None:
    assert _warned(linter, _email(sentence), "FL126", purpose="thank-you") is flagged


def test_the_british_orang_utan_is_a_word(linter: Linter) -> None:
    found = dict(_codes(linter, _email(f"{THANKS} I enjoyed the morning feed at the orang-utan enclosure."), "FL401"))
    assert "error" not in found.values()


@pytest.mark.parametrize(
    ("sentence", "code", "heard"),
    [
        ("I would like very much to work at Hawthorn Ridge.", "FL204", True),
        ("I would like very much to know how the greens are cut.", "FL204", False),
        ("I've proofread two Bengali-to-English novels for Lantern Press.", "FL205", True),
    ],
)
def test_interest_and_fit_in_plain_words(linter: Linter, sentence: str, code: str, heard: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), code, purpose="thank-you") is not heard


REVIEW = [
    # a review of round 30: what the first fixes hid or raised
    (
        "FL208",
        "I'm excited about the ramp agent role at Gatwick. Seeing Gatwick Airport up close was a highlight.",
        False,
    ),
    ("FL208", "I would love to work at Arriva. Thanks for showing me round the Arriva Bus Depot.", True),
    ("FL126", "My brother drove me to your house on Saturday so I could hand you my CV.", True),
    ("FL323", "I would be happy to help update the template for the intake forms.", False),
    ("FL323", "Glad we can use the template from the last audit.", False),
    ("FL323", "Glad you could use the template, it must have saved you so much time.", True),
    ("FL402", "I enjoyed the day, it's what has kept me in care work.", False),
    ("FL402", "I started driving trucks some 5 years ago.", False),
    ("FL402", "I was introduced to Low, the depot manager, last week.", False),
    ("FL402", "The practice has grown fast, it's patients are clearly loyal.", True),
]


@pytest.mark.parametrize(("code", "sentence", "flagged"), REVIEW)
def test_the_review_of_round_30(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    context = {"company": "Swissport" if code == "FL208" and "Gatwick" in sentence else "Stagecoach"}
    assert _warned(linter, _email(f"{THANKS} {sentence}"), code, purpose="thank-you", context=context) is flagged


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (
            "Hi Dean, thank you for letting me use the milling machine on the shop floor. I'm keen on the role. Liam",
            True,
        ),
        ("Hi Dean, thank you for letting me use the meeting room while I waited. I'm keen on the role. Liam", False),
    ],
)
def test_a_machine_tried_is_a_detail_a_room_lent_is_not(linter: Linter, body: str, detail: bool) -> None:
    assert _warned(linter, body, "FL202", purpose="thank-you", channel="linkedin") is not detail


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL402", "it's what has some 5 years ago to Low, interested than 4 am was "),
        ("FL406", "looking forward to hear looking forward to "),
        ("FL406", "Replacing those frames is those frames is "),
        ("FL126", "welcoming me into your home round to your house "),
        ("FL204", "I would like very much to work "),
        ("FL205", "I've proofread two novels "),
    ],
)
def test_the_round_30_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), code)
