"""FL133: one person greeted together with a group ("Dear Ms. Vandermeer and members of the hiring committee",
"Hi Ana and team") is a joint note, as two names are (LABELLING.md: a panel addressed collectively).

Found on a new dev draft of batch y-3. Blind batch A (written before the fix): 7 groups, 6 look-alikes
(single names that contain "team", "all", "everyone"); 7 of 13 wrong -> 0. Batch B (written after): 5 groups,
4 look-alikes; 3 of 9 wrong ("the whole team", "fellow panel members", "the Brightloop team") -> 0 after a
second round. Dev G-SALUTATION F1 0.96 -> 0.97.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

GROUPS = [
    "Dear Ms. Vandermeer and members of the hiring committee,",
    "Hi Ana and team,",
    "Dear Dr. Shah and colleagues,",
    "Hello Tom and everyone,",
    "Dear Mr. Okafor and the interview panel,",
    "Hi Priya & team!",
    "Dear Ms. Lund and the rest of the panel,",
    "Dear Professor Hale and search committee members,",
    "Good morning Mr. Diaz and all,",
    "Hi Sasha and the whole team,",
    "Dear Ms. Grant and fellow panel members,",
    "Hello Kemi and the Brightloop team,",
]
SINGLE = [
    "Dear Ms. Vandermeer,",
    "Hi Ana,",
    "Dear Mr. Teamsworth,",
    "Hello Ms. Alland,",
    "Dear Dr. Everyone-Smith,",
    "Hi Tom, and thanks again",
    "Dear Ms. Allsop,",
    "Dear Mr. Panelli,",
    "Hi Ana - thanks again,",
    "Dear Dr. Committee-Jones,",
]
BODY = (
    "Subject: Thank you - Associate interview\n\n{greeting}\n\nThank you for meeting with me yesterday about the "
    "associate role. I enjoyed hearing about the pro bono clinic.\n\nBest regards,\nDaniel Reyes"
)


def _joint(linter: Linter, greeting: str) -> list:
    report = linter.lint(BODY.format(greeting=greeting), purpose="thank-you")
    return [f for f in report.findings if f.code == "FL133"]


@pytest.mark.parametrize("greeting", GROUPS)
def test_a_person_and_a_group_is_a_joint_note(linter: Linter, greeting: str) -> None:
    found = _joint(linter, greeting)
    assert len(found) == 1 and "several people" in found[0].message


@pytest.mark.parametrize("greeting", SINGLE)
def test_one_name_is_no_group(linter: Linter, greeting: str) -> None:
    assert not _joint(linter, greeting)
