"""FL208 batch C, round 13 (written 2026-12-05 after the round 13 change, before it was run on these;
wordings our own): good notes that name other organisations in shapes batches A and B did not use
(a course, the firm the writer joins from, the reader's client, a former employer as an adjective, a
referee's bank, a competitor, a supplier, another interview, a club), which FL208 must leave alone,
and two real slips it must still call errors."""

from __future__ import annotations

import pytest
from test_round13_generic13 import PERSONAL, findings, mail, verdict

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged by the round 13 change as batch C was written")

FREIGHT = {"company": "Kestrel Freight Ltd", "role": "Transport Planner", "interviewers": ["Dawn Pickering"]}
CARE = {"company": "Ashgrove Care Homes", "role": "Deputy Manager", "interviewers": ["Mr. Yusuf Bello"]}

PROBES = [
    (
        "g-bootcamp",
        FREIGHT,
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for Tuesday. The route-costing model you showed me uses the same Python I learned on the "
            "Northcoders bootcamp, and I'd enjoy extending it.",
        ),
        "quiet",
    ),
    (
        "g-joining-from",
        FREIGHT,
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for the interview. I would be joining from Ocado, where I plan the Erith night trunks, so "
            "the backhaul puzzle you described felt familiar.",
        ),
        "quiet",
    ),
    (
        "g-readers-client-work-for",
        FREIGHT,
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for Tuesday. Your work for Tesco's Daventry hub sounds demanding, and planning those "
            "windows is exactly what I enjoy.",
        ),
        "quiet",
    ),
    (
        "g-former-as-adjective",
        CARE,
        "thank-you",
        mail(
            "Dear Mr. Bello,",
            "Thank you for showing me round Willow House. As a former Barchester night manager I know how much "
            "the handover sheet you designed matters.",
        ),
        "quiet",
    ),
    (
        "g-referee-bank",
        CARE,
        "status-check",
        mail(
            "Dear Mr. Bello,",
            "I wondered whether there was news on the Deputy Manager post. My referee at Barclays, Jane Cole, "
            "has said she is happy to take your call.",
            subject="Deputy Manager – references",
        ),
        "quiet",
    ),
    (
        "g-competitor",
        CARE,
        "thank-you",
        mail(
            "Dear Mr. Bello,",
            "Thank you for Friday. Your plan to win respite placements back from Bupa by opening weekend "
            "admissions is bold, and I'd love to help staff it.",
        ),
        "quiet",
    ),
    (
        "g-supplier",
        FREIGHT,
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for the interview. Moving the fleet onto Geotab telematics will make the planning far "
            "sharper, and I'd be glad to lead the cut-over.",
        ),
        "quiet",
    ),
    (
        "g-another-interview",
        FREIGHT,
        "status-check",
        mail(
            "Dear Ms. Pickering,",
            "I have a second interview at Hallam Haulage next Thursday, but the Transport Planner role with you "
            "is my first choice. Is there any news?",
            subject="Transport Planner – timing",
        ),
        "quiet",
    ),
    (
        "g-club",
        CARE,
        "thank-you",
        mail(
            "Dear Mr. Bello,",
            "Thank you for the interview. The residents' walking group reminded me of the sessions I coach at "
            "Harlow Town FC on Saturdays, and I would happily help run it.",
        ),
        "quiet",
    ),
    (
        "b-asset-to-other",
        FREIGHT,
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for the interview and the look at the backhaul board. I am confident I would be an asset to "
            "Marlow Freight.",
        ),
        "error",
    ),
    (
        "b-subject-other",
        CARE,
        "thank-you",
        mail(
            "Dear Mr. Bello,",
            "Thank you for showing me the new dementia wing. I would love the chance to lead its night team.",
            subject="Thank you – Deputy Manager interview at Rosedene Care",
        ),
        "error",
    ),
]

# misjudged on the first run, as written: 3 of 11 (2 of 9 good flagged: "Your work for Tesco's Daventry
# hub" as an error, "a second interview at Hallam Haulage" as a warning; 1 of 2 slips only a warning:
# "Deputy Manager interview at Rosedene Care" in the subject, where "interview at" may name a venue)
MISJUDGED_AS_WRITTEN = {"g-readers-client-work-for", "g-another-interview", "b-subject-other"}
# after the fix (the reader's work for a client and the writer's other interview are no job applied
# for): 1 of 11, the subject slip still a warning, left so (a venue is named the same way)
STILL_MISJUDGED = {"b-subject-other"}


@pytest.mark.parametrize(
    ("ctx", "purpose", "text", "expect"),
    [pytest.param(*p[1:], id=p[0], marks=XF if p[0] in STILL_MISJUDGED else ()) for p in PROBES],
)
def test_batch_c(linter: Linter, ctx: dict, purpose: str, text: str, expect: str) -> None:  # type: ignore[type-arg]
    found = findings(linter, text, ctx, "email", purpose)
    assert verdict(found, PERSONAL, expect), found
