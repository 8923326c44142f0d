"""Round 13 batch F of the channel13 family: good look-alikes of the wordings FL125, FL126 and FL129 were widened to
in this round (e-mails mentioned, numbers and pages named, an office visited, a card and what came with it), which
must stay quiet, with a few bad ones beside them.

Written and committed before the linter ran on it.  Same conventions as batch A.

Counts as written, before any change (15 probes, 12 good): 1 of 12 good flagged (f04: FL126 on a knock on the
kitchen door "at 4 a.m. as you asked", the exception stopped by the dots of "a.m."), 2 of 3 bad missed (f14: "e-mail
doesn't seem to be working between us, so I'm giving LinkedIn a go"; f15: a card "printed before the interview as a
little showcase of my lettering").  After the fixes: 0 of 15.
"""

from __future__ import annotations

import pytest
from test_round13_channel13 import _AGENCY, _BAKERY, _CLINIC, _SCHOOL, _SITE, _STUDIO

from followup_lint import Linter


def _email(subject: str, greeting: str, body: str, closing: str = "Kind regards,\nSam Dube") -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{closing}"


PROBES = [
    # (id, bad, channel, context, text)
    (
        "f01",
        False,
        "email",
        _SITE,
        _email(
            "Thank you - Site Engineer",
            "Dear Mr. Reid,",
            "Thank you for Monday. I found your direct line on the Ridgeback website and will use it only if e-mail "
            "is not convenient.",
        ),
    ),
    (
        "f02",
        False,
        "email",
        _CLINIC,
        _email(
            "Staff Nurse - references",
            "Dear Dr. Menon,",
            "Thank you for the interview. My referee, Sister Thomas, says she passed on her reference to your office "
            "yesterday.",
        ),
    ),
    (
        "f03",
        False,
        "email",
        _SCHOOL,
        _email(
            "Thank you - Teaching Assistant",
            "Dear Mrs. Fitzgerald,",
            "Thank you for the interview. I look forward to hearing the outcome, and I would be glad to discuss any "
            "questions face to face at a second meeting.",
        ),
    ),
    (
        "f04",
        False,
        "email",
        _BAKERY,
        _email(
            "Trial shift - thank you",
            "Hi Lerato,",
            "Thank you for the trial shift. When I knocked on the kitchen door at 4 a.m. as you asked, the team made "
            "me so welcome.",
        ),
    ),
    (
        "f05",
        False,
        "email",
        _STUDIO,
        _email(
            "Thank you - Junior Designer",
            "Dear Tom,",
            "Thank you for Tuesday. As you asked, my rates for the freelance packaging work are in the attached sheet.",
        ),
    ),
    (
        "f06",
        False,
        "linkedin",
        _CLINIC,
        (
            "Hello Dr. Menon, thank you for your e-mail with the shift pattern. None of my questions are urgent; I'll "
            "save them for the second interview."
        ),
    ),
    (
        "f07",
        False,
        "linkedin",
        _SITE,
        (
            "Hi Callum, great to connect. I emailed my drawings to your assistant on Tuesday as agreed - thanks again for "
            "the culvert tour."
        ),
    ),
    (
        "f08",
        False,
        "linkedin",
        _AGENCY,
        "Hi Renee, thank you for the text this morning confirming Thursday's interview - I'll be there at ten.",
    ),
    (
        "f09",
        False,
        "email",
        _AGENCY,
        _email(
            "Team Leader interview - thank you",
            "Hi Renee,",
            "Thank you for setting up Thursday's interview. Sorry to hear the Harbour Freight site was flooded last "
            "week; I hope the clean-up is going well.",
        ),
    ),
    (
        "f10",
        False,
        "letter",
        _STUDIO,
        (
            "Dear Mr. Ashcroft,\n\nThank you for the interview on Tuesday and for the tour of the print room. Before we met "
            "I had admired your cider labels; seeing the proofs made me admire them more.\n\nKind regards,\nJess Morgan\n"
            "jess@example.com"
        ),
    ),
    (
        "f11",
        False,
        "letter",
        _BAKERY,
        (
            "Dear Ms. Mokoena,\n\nThank you for the trial shift on Monday. The staff discount you mentioned is generous, "
            "but it was the early team's welcome that stayed with me.\n\nWith thanks,\nAnele Dlamini\n072 555 0184"
        ),
    ),
    (
        "f12",
        False,
        "letter",
        _SCHOOL,
        (
            "Dear Mrs. Fitzgerald,\n\nThank you for our meeting. I have enclosed the copy of my first-aid certificate you "
            "asked for with this card.\n\nYours sincerely,\nMia Tan\n0412 555 019"
        ),
    ),
    # bad ones beside them
    (
        "f13",
        True,
        "email",
        _SITE,
        _email(
            "Site Engineer",
            "Dear Mr. Reid,",
            "I got hold of your WhatsApp through a friend of a friend and have messaged you there as well. Any news?",
        ),
    ),
    (
        "f14",
        True,
        "linkedin",
        _SCHOOL,
        (
            "Hi Joanne, e-mail doesn't seem to be working between us, so I'm giving LinkedIn a go. Has the post been "
            "filled?"
        ),
    ),
    (
        "f15",
        True,
        "letter",
        _STUDIO,
        (
            "Dear Mr. Ashcroft,\n\nI printed this card before the interview as a little showcase of my lettering. Thank "
            "you for seeing me.\n\nKind regards,\nJess Morgan\njess@example.com"
        ),
    ),
]

# the probes misjudged as written (filled in after the first run)
MISJUDGED: set[str] = set()  # as written: f04, f14, f15


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged as written")] if pid in MISJUDGED else []


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("bad", "channel", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in PROBES]
)
def test_look_alikes_f(linter: Linter, bad: bool, channel: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context, channel=channel)
    hits = [f"{f.code}:{f.severity}" for f in report.findings if "G-CHANNEL" in f.guidance and f.severity != "info"]
    assert bool(hits) == bad, hits or "G-CHANNEL not flagged"
