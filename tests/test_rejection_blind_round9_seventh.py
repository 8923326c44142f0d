"""The seventh fresh batch of blind round 9 (G-REJECTION), moved here from
tests/test_rejection_blind_round9.py unchanged (2026-12-05) so that the harvest of FL220's training
probes (benchmarks/harvest_content_probes.py, which reads whole test files) can leave it out: it was
written after the sixth change, never fitted, and is the unseen measure of FL220's learned backstop.
A draft falls short when FL220 (no request for feedback) or FL201 (no thanks) fires on it; a good reply
has neither.
"""

from __future__ import annotations

import pytest
from test_rejection_blind_round9 import _found, _params

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


# A seventh fresh batch, written after the sixth change and left unfitted, as the measure of where the
# rule stands (6 that fall short, 8 good): no reply that falls short is missed, but 6 of the 8 good are
# still heard as asking nothing (marked xfail): where I lost ground, one thing to practise, the panel's
# impression of me, how close I came and what would have closed the gap, how to make my application
# more compelling, "was it my lack of site experience, or something in how I answered?".  Every batch
# so far found most of its fresh good wordings missed before its change (7/20, 7/10, 12/12, 9/10,
# 7/10, 7/10, 6/8): the wordings are heard family by family, and the families do not run out.
SEVENTH_SHORT = [
    (
        "p01",
        "email",
        "Subject: Re: Hotel Night Manager\n\nDear Mr Pillay,\n\nThank you for letting me know. Could you tell me whether the day manager post will be advertised too?\n\nKind regards,\nNaveen",
    ),
    (
        "p02",
        "linkedin",
        "Hi Siobhan, thank you for the lovely message. I wonder whether you'd recommend me to anyone in your network who is hiring? Best, Aoife",
    ),
    (
        "p03",
        "email",
        "Subject: Re: Forklift Driver\n\nHi Craig,\n\nCheers for the call. I'll be honest, I'm gutted, but I'll keep practising and maybe see you next year.\n\nWayne",
    ),
    (
        "p04",
        "call",
        "Hello Dr Mensah, it's Abena about the research nurse post. Thank you for phoning. Could you keep me in mind for the next trial you staff? Thank you, goodbye.",
    ),
    (
        "p05",
        "email",
        "Subject: Re: Finance Analyst\n\nDear Ms Kaur,\n\nThank you for your note. I was wondering if there might be a contract role going in the treasury team.\n\nBest regards,\nArjun",
    ),
    (
        "p06",
        "linkedin",
        "Hello Mr Volkov, thanks for telling me. Would it be alright to connect here and follow your team's work? Regards, Irina",
    ),
]
SEVENTH_GOOD = [
    (
        "o01",
        "email",
        "Subject: Re: Hotel Night Manager\n\nDear Mr Pillay,\n\nThank you for letting me know. Was my answer on the overbooking scenario where I lost ground?\n\nKind regards,\nNaveen",
    ),
    (
        "o02",
        "linkedin",
        "Hi Siobhan, thank you for the lovely message. If you could pick one thing for me to practise before my next interview, what would it be? Best, Aoife",
    ),
    (
        "o03",
        "email",
        "Subject: Re: Forklift Driver\n\nHi Craig,\n\nCheers for the call and for the go on the truck. Was it my reversing that let me down, or the paperwork bit?\n\nWayne",
    ),
    (
        "o04",
        "call",
        "Hello Dr Mensah, it's Abena about the research nurse post. Thank you for phoning. I'd be grateful to hear the panel's impression of me, whenever you're free. Goodbye.",
    ),
    (
        "o05",
        "email",
        "Subject: Re: Finance Analyst\n\nDear Ms Kaur,\n\nThank you for your note and for your time. I was wondering how close I came, and what would have closed the gap.\n\nBest regards,\nArjun",
    ),
    (
        "o06",
        "linkedin",
        "Hello Mr Volkov, thanks for telling me. How could I make my application more compelling next time round? Regards, Irina",
    ),
    (
        "o07",
        "email",
        "Subject: Re: Primary Teacher\n\nDear Mrs Osei,\n\nThank you for telling me so gently. Would you be willing to talk me through the observation notes on my lesson?\n\nBest wishes,\nEsi",
    ),
    (
        "o08",
        "email",
        "Subject: Re: Graduate Surveyor\n\nHi Tom,\n\nMany thanks for letting me know. Be honest: was it my lack of site experience, or something in how I answered?\n\nBest,\nRory",
    ),
]
_EXPECTED_SEVENTH: dict[str, set[str]] = {}

# By the wordings alone 6 of the 8 good were flagged (o01, o02, o04, o05, o06, o08); with FL220's learned
# backstop (rules/models/FL220.json at 0.7, which never saw this file), 3: o02, o05 and o06 are heard.
_SEVENTH_MISJUDGED = {"o01", "o04", "o08"}


@pytest.mark.parametrize(("key", "channel", "text"), _params(SEVENTH_SHORT, _SEVENTH_MISJUDGED))
def test_a_reply_of_the_seventh_batch_that_falls_short_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED_SEVENTH.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(SEVENTH_GOOD, _SEVENTH_MISJUDGED))
def test_a_good_reply_of_the_seventh_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)
