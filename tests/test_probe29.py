"""Round 29: what the round 29 blind batch of good follow-ups (tests/corpus/probes/round29) drew, each false alarm
pinned both ways with wordings of our own, and each new pattern with a growth test (1x, 10x, 100x input; a ratio,
never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from probe_helpers import codes as _codes
from probe_helpers import warned as _warned

from followup_lint import Linter
from followup_lint.context import Context

SIGNED = "Kind regards,\nMargaret Wójcik\n07700 900 318"


def _email(body: str, subject: str = "Thank you – Archivist interview", greeting: str = "Dear Ms Ng,") -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{SIGNED}"


THANKS = "Thank you for this morning's interview and for the tour of the strongroom."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Volunteers used a template I designed to describe some 12,000 images.", False),
        ("Keeping thirty teenagers interested on a wet afternoon is good practice for a tour group.", False),
        ("A patient may answer in English and then switch back to Vietnamese, so I check.", False),
        ("I am very interested on the role.", True),
        ("I would like to come to, if the date suits.", False),
    ],
)
def test_grammar_tips_on_some_interested_and_to(linter: Linter, sentence: str, flagged: bool) -> None:
    assert _warned(linter, _email(f"{THANKS} {sentence}"), "FL402") is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I would be happy to adapt that template for the Record Office.", False),
        ("I'd be glad to build a template for the accession forms.", False),
        ("So glad to get another template after six weeks.", True),
    ],
)
def test_a_template_of_the_writer_s_own_is_no_sarcasm(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(_codes(linter, _email(f"{THANKS} {sentence}"), "FL323")) is flagged


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (
            (
                "Hi Grace, thank you for today's interview. The school rooftop projects in Machakos sound excellent, and "
                "my three years installing hybrid systems fit that work well. I look forward to the next steps. Brian"
            ),
            True,
        ),
        (
            (
                "Hi Sarah, it's Callum. Thank you for your time, and for letting me work on the grey mare with the low "
                "heels. I'm very keen on the job. I look forward to hearing about the next step. Thanks, bye."
            ),
            True,
        ),
        (
            (
                "Hi Dean, thank you for the walk through the Mackay battery job. I'm keen to join. I look forward to the "
                "next steps. Liam"
            ),
            True,
        ),
        (
            (
                "Hi Grace, thank you for letting me ask so many questions. I'm very keen on the role and look forward to "
                "hearing about the next steps. Brian"
            ),
            False,
        ),
        (
            (
                "Hi Grace, at Solaris, I installed 40 hybrid systems, and I would bring that to the role. I look forward "
                "to the next steps. Brian"
            ),
            False,
        ),
        # a review of round 29: a fragment of the writer's record and a courtesy are no detail
        ("Hi Dean, Four years at Halfords, so I can fit a tyre in my sleep. I'm keen on the role. Liam", False),
        ("Hi Dean, Sage, Xero, and QuickBooks: I have used all three daily. I'm keen on the role. Liam", False),
        ("Hi Dean, thank you for letting me use the meeting room while I waited. I'm keen on the role. Liam", False),
    ],
)
def test_a_detail_before_a_second_clause_and_a_thing_tried(linter: Linter, body: str, detail: bool) -> None:
    assert _warned(linter, body, "FL202", purpose="thank-you", channel="linkedin") is not detail


@pytest.mark.parametrize(
    ("company", "sentence", "severity"),
    [
        (
            "Swiftpost",
            "I interviewed for the Delivery Team Leader post at Eastfield. I enjoyed the Eastfield Delivery Office.",
            "warning",
        ),
        ("Swiftpost", "I interviewed for the Delivery Team Leader post at Eastfield.", "error"),
        # a review of round 29: a firm's own site named in full is no place of the reader's
        ("Stagecoach", "Thanks for showing me round the Arriva Bus Depot. I would love to work at Arriva.", "warning"),
        (
            "Evri",
            "I enjoyed the tour of the Royal Mail Eastfield Delivery Office and would be proud to join Royal Mail.",
            "error",
        ),
    ],
)
def test_a_site_named_in_full_elsewhere_softens_the_finding(
    linter: Linter, company: str, sentence: str, severity: str
) -> None:
    found = _codes(linter, _email(f"{THANKS} {sentence}"), "FL208", context=Context(company=company))
    assert [sev for _, sev in found] == [severity]


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL402", "some 12,000 interested on a wet afternoon back to Vietnamese "),
        ("FL323", "happy to adapt that template glad to get another template "),
        ("FL202", "for letting me work on the the walk through the job "),
    ],
)
def test_the_round_29_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(
        linter, code, lambda n: prepared_input(linter, unit * (10 * n), context=Context(company="Swiftpost")), code
    )


def test_the_site_cue_grows_linearly(linter: Linter) -> None:
    assert_grows_linearly(
        linter,
        "FL208",
        lambda n: prepared_input(
            linter,
            "post at Eastfield the Eastfield Delivery Office Eastfield Delivery " * (10 * n),
            context=Context(company="Swiftpost"),
        ),
        "FL208 site cues",
    )
