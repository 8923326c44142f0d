"""FL208 batch C, round 12 (written 2026-12-05 before running it, after batches A and B): the frames
FL208 reads as surely naming the writer's next employer ("join X", "work for X", "join you at X")
said of something that is no firm in a good note: a person the writer would work for who is not the
reader, the site or office where the job is, a team or ward by its own name.  Beside them, the same
frames with another firm in them must stay errors."""

from __future__ import annotations

import pytest
from test_round12_personal12 import SLIPS, findings, mail, verdict

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the batch C change")

HEALTH = {"company": "Wyvern Community Health", "role": "Staff Nurse", "interviewers": ["Rebecca Osei"]}
FIRM = {"company": "Ostrander Lyle Consulting", "role": "Junior Data Analyst", "interviewers": ["Rahul Menon"]}
SHOP = {"company": "Pemberton Retail Group plc", "role": "Store Manager", "interviewers": ["Natasha Reid"]}

PROBES = [
    (
        "g-work-for-named-manager",
        FIRM,
        mail(
            "Dear Rahul,",
            "Thank you for Tuesday's interview and the churn case. I would be glad to work for Sophie Brandt on "
            "the insights desk you described, and I hope to hear about the next stage.",
        ),
        "quiet",
    ),
    (
        "g-join-you-at-site",
        SHOP,
        mail(
            "Dear Natasha,",
            "Thank you for the store walk on Friday. I'd love to join you at Chester and help with the autumn "
            "refit of the stockroom.",
        ),
        "quiet",
    ),
    (
        "g-join-named-ward",
        HEALTH,
        mail(
            "Dear Rebecca,",
            "Thank you for Monday's interview and the tour. I would be delighted to join Larch Ward and to help "
            "settle in the new discharge checklist.",
        ),
        "quiet",
    ),
    (
        "g-join-named-team",
        FIRM,
        mail(
            "Dear Rahul,",
            "Thank you for the interview. I would love to join Team Kestrel and help build the churn dashboards "
            "you showed me.",
        ),
        "quiet",
    ),
    (
        "g-picture-myself-at-office",
        FIRM,
        mail(
            "Dear Rahul,",
            "Thank you for showing me round. After seeing the data room I can picture myself at Quayside House "
            "every day.",
        ),
        "quiet",
    ),
    (
        "g-work-for-reader-first-name",
        HEALTH,
        mail(
            "Dear Rebecca,",
            "Thank you for the interview. I would be proud to work for Rebecca and the Larch team on the new "
            "discharge checklist.",
        ),
        "quiet",
    ),
    (
        "b-join-other-firm",
        FIRM,
        mail(
            "Dear Rahul,",
            "Thank you for the interview and the churn case. I would love to join Brackwell Analytics as a "
            "Junior Data Analyst.",
        ),
        "error",
    ),
    (
        "b-work-for-other-firm",
        SHOP,
        mail(
            "Dear Natasha,",
            "Thank you for the store walk on Friday. It would be an honour to work for Hallam Stores and lead "
            "the Chester team.",
        ),
        "error",
    ),
    (
        "b-join-you-at-other-firm",
        HEALTH,
        mail(
            "Dear Rebecca,",
            "Thank you for Monday's interview. I hope to join you at Marlow Healthcare Trust very soon.",
        ),
        "error",
    ),
]

# misjudged before the batch C change (4 of 9, all good notes given an FL208 error)
MISJUDGED_BEFORE = {"g-work-for-named-manager", "g-join-you-at-site", "g-join-named-team", "g-picture-myself-at-office"}
# still misjudged after the change, now as warnings rather than errors: a person or a site in a sure
# frame cannot be told from a firm without knowing it ("work for Sophie Brandt", "join you at Chester")
STILL_MISJUDGED = {"g-work-for-named-manager", "g-join-you-at-site"}


@pytest.mark.parametrize(
    ("ctx", "text", "expect"),
    [pytest.param(*p[1:], id=p[0], marks=XF if p[0] in STILL_MISJUDGED else ()) for p in PROBES],
)
def test_batch_c(linter: Linter, ctx: dict, text: str, expect: str) -> None:  # type: ignore[type-arg]
    found = findings(linter, text, ctx, "email", "thank-you")
    assert verdict(found, {"FL208"} if expect == "quiet" else SLIPS, expect), found
