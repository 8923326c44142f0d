"""Round 13 batch E of the channel13 family: good look-alikes that G-CHANNEL must leave quiet, in the forms and
Englishes real drafts have (formal letters opened and closed the Indian, South African or British way, calls the
employer made, voicemails that say their pieces in unusual words), with a few bad ones beside them.

Written and committed before the linter ran on it, to look for false alarms of the kind the held-out split shows
(9 G-CHANNEL false alarms on good drafts), without looking at those drafts.  Same conventions as batch A.

Counts as written, before any change (20 probes, 17 good): 9 of 17 good probes falsely flagged, 0 of 3 bad missed.
FL123 on "Respected Madam,", "Respected Dr. Menon," and "Good day Dr. Menon,"; FL124 on "With many thanks,",
"Warmest regards,", "Gratefully,", "With sincere appreciation," and "Thank you,"; FL121 on the candidate's side of
the employer's call ("Thabo speaking. … Thank you for the call. Goodbye.").  After the fix (FL123's formal
openings of other Englishes, FL124's formal closes of thanks and regard, FL121 waived for a phone answered by
name or a call thanked for as it ends): 0 of 20.  Dev: FL124's tips on good drafts 4.2 % -> 1.6 %, no finding lost
on a bad draft.
"""

from __future__ import annotations

import pytest
from test_round13_channel13 import _BAKERY, _CLINIC, _SCHOOL, _SITE

from followup_lint import Linter


def _letter(greeting: str, body: str, closing: str, name: str = "Priya Nair\n98450 12345") -> str:
    return f"3 December 2026\n\n{greeting}\n\n{body}\n\n{closing}\n{name}"


_BODY = (
    "Thank you for the interview on 20 November for the staff nurse post and for explaining how the wound-care "
    "clinic runs. I would be glad to bring my ward experience to it, and I look forward to hearing from you."
)

LETTERS = [
    ("e01", False, _CLINIC, _letter("Respected Madam,", _BODY, "Thanking you,\nYours faithfully,")),
    ("e02", False, _CLINIC, _letter("Respected Dr. Menon,", _BODY, "Yours sincerely,")),
    ("e03", False, _CLINIC, _letter("Good day Dr. Menon,", _BODY, "Kind regards,")),
    ("e04", False, _CLINIC, _letter("Dear Dr. Menon,", _BODY, "With many thanks,")),
    ("e05", False, _CLINIC, _letter("Dear Dr. Menon,", _BODY, "Warmest regards,")),
    ("e06", False, _CLINIC, _letter("Dear Dr. Menon,", _BODY, "Gratefully,")),
    ("e07", False, _CLINIC, _letter("Dear Dr. Menon,", _BODY, "With sincere appreciation,")),
    ("e08", False, _CLINIC, _letter("Dear Sir/Madam,", _BODY, "Yours faithfully,")),
    ("e09", False, _CLINIC, _letter("Dear Dr. Menon,", _BODY, "Thank you,")),
    ("e10", True, _CLINIC, _letter("Hey Doc!", _BODY, "Laters,")),
    ("e11", True, _CLINIC, _letter("Dear Dr. Menon,", _BODY, "Cheers,")),
]

CALLS = [
    # the employer rang; the candidate answers (no number needed, the reader has it)
    (
        "e12",
        False,
        _SITE,
        (
            "Thabo speaking. … Oh, Mr. Reid, good afternoon. … That's great to hear, thank you. Yes, Thursday at nine "
            "suits me. Thank you for the call. Goodbye."
        ),
    ),
    # voicemails with every piece, said in unusual words
    (
        "e13",
        False,
        _SCHOOL,
        (
            "Good morning Mrs. Fitzgerald, you're through to... sorry, this is Mia Tan, who interviewed for the "
            "teaching assistant post on the 26th. I'm phoning to say thank you and to ask if a decision is near. "
            "You'll reach me on 0412 555 019. Thanks very much."
        ),
    ),
    (
        "e14",
        False,
        _BAKERY,
        (
            "Hi Lerato, Anele Dlamini calling about the assistant baker vacancy - I did the trial shift on Monday. "
            "I wanted to thank you and check on timing. My cell is 072 555 0184. Enjoy your afternoon."
        ),
    ),
    (
        "e15",
        False,
        _CLINIC,
        (
            "Hello, could I be put through to Dr. Menon, please? She asked me to ring at eleven. … Good morning Dr. "
            "Menon, it's Priya Nair, about the staff nurse post. Thank you for making time for the call."
        ),
    ),
    (
        "e16",
        True,
        _SITE,
        (
            "Hi, I'd like to speak to whoever is hiring site engineers, please. It's about a job I applied for. I'll "
            "hold."
        ),
    ),
]

LINKEDIN = [
    (
        "e17",
        False,
        _SITE,
        (
            "Hi Callum, thanks for accepting my invitation. I enjoyed our conversation about the drainage programme "
            "on Monday and hope to keep in touch."
        ),
    ),
    (
        "e18",
        False,
        _CLINIC,
        (
            "Dear Dr. Menon, thank you once more for the interview. I have also e-mailed the signed reference forms "
            "to the HR office, as requested."
        ),
    ),
    (
        "e19",
        False,
        _BAKERY,
        (
            "Hi Lerato! I came across the bakehouse's post about the new rye loaf - it looks fantastic. Thanks again "
            "for Monday's trial."
        ),
    ),
    (
        "e20",
        False,
        _SCHOOL,
        (
            "Hello Mrs. Fitzgerald, I hope the school concert went well. I'm still very keen on the teaching assistant "
            "post and would be grateful for any news when there is some."
        ),
    ),
]

# the probes misjudged as written (filled in after the first run)
MISJUDGED: set[str] = set()  # as written: e01-e07, e09, e12


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged as written")] if pid in MISJUDGED else []


def _check(report: object, bad: bool) -> None:
    hits = [
        f"{f.code}:{f.severity}"
        for f in report.findings  # type: ignore[attr-defined]
        if "G-CHANNEL" in f.guidance and f.severity in ("warning", "error")
    ]
    assert bool(hits) == bad, hits or "G-CHANNEL not flagged"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in LETTERS]
)
def test_letters_e(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="letter"), bad)


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in CALLS])
def test_calls_e(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="call"), bad)


@pytest.mark.parametrize(
    ("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in LINKEDIN]
)
def test_linkedin_e(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context={**context, "linkedin_connected": True}, channel="linkedin"), bad)
