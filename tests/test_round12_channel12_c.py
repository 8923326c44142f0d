"""Round 12 subject batch C of the channel12 family (G-SUBJECT), written after batch B's fixes and before it was
run, in wordings unlike batches A and B: a logistics thank-you whose subject alone changes.

Counts as written (18 probes): 2 misjudged (bad missed: a hedge put as a question mid-subject, "Thank you... I
think? - ...", and an alarm with doubled marks, "Important!! Please read - interview", whose capital after the
first word read as a name).  After FL106's hedge-question, doubled-marks and alarm wordings: 0 of 18.
"""

from __future__ import annotations

import pytest
from test_round12_channel12 import _check, _email

from followup_lint import Linter

_CTX = {
    "company": "Harlow Logistics",
    "role": "Inventory Controller",
    "interviewers": ["Mr. Dlamini"],
    "interview_date": "2026-11-30",
    "sent_at": "2026-12-01",
}
_BODY = (
    "Thank you for meeting me on Monday about the Inventory Controller role. I enjoyed the tour of the cold store "
    "and remain keen to join the team. I look forward to hearing about next steps."
)
SUBJECTS = [
    ("c01", True, "loved meeting u guys - Inventory Controller"),
    ("c02", True, "Re-sending: why no reply?"),
    ("c03", True, "When do I start? - Inventory Controller"),
    ("c04", True, "My offer - Inventory Controller"),
    ("c05", True, "Inventory Controller - you won't regret hiring me"),
    ("c06", True, "gonna be your best hire lol"),
    ("c07", True, "Thank you... I think? - Inventory Controller"),
    ("c08", True, "A few thoughts"),
    ("c09", True, "Hello from Sipho!"),
    ("c10", True, "Monday"),
    ("c11", True, "Yesterday's chat"),
    ("c12", True, "Important!! Please read - interview"),
    ("c13", False, "Inventory Controller interview - many thanks"),
    ("c14", False, "Many thanks for Monday's interview (Inventory Controller)"),
    ("c15", False, "Thank you from Sipho Ndlovu - Inventory Controller"),
    ("c16", False, "Inventory Controller: thank you for Monday"),
    ("c17", False, "Grateful for the cold store tour - Inventory Controller interview"),
    ("c18", False, "RE: Interview invitation - Inventory Controller, 30 November"),
]

MISJUDGED: set[str] = set()  # as written: c07, c12


@pytest.mark.parametrize(
    ("bad", "subject"),
    [
        pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True)] if c[0] in MISJUDGED else [])
        for c in SUBJECTS
    ],
)
def test_subjects(linter: Linter, bad: bool, subject: str) -> None:
    text = _email(subject, "Dear Mr. Dlamini,", _BODY, "Kind regards,\nSipho Ndlovu")
    _check(linter.lint(text, context=_CTX, channel="email", purpose="thank-you"), bad, "G-SUBJECT")
