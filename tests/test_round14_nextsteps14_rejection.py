"""Round 14 (nextsteps14), a blind batch for FL220 (G-REJECTION: a rejection reply asks for feedback),
written before any FL220 change of this round, over e-mail, letter, LinkedIn and voicemail, registers
from stiff to chatty, British, Indian, Australian and South African English, trades and students; our
own wordings grepped against tests/ outside the held-out split.

ASKS must stay quiet (FL220); NO_ASK (kept in mind, good wishes, reconsideration, another role,
feedback named but not asked for) must warn.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


XF = pytest.mark.xfail(strict=True, reason="misjudged by the linter (round 14, FL220 batch)")


def _fires(linter: Linter, text: str, channel: str) -> bool:
    report = linter.lint(text, purpose="rejection-reply", channel=channel)
    return any(f.code == "FL220" for f in report.findings)


def _em(line: str) -> str:
    return (
        "Subject: Re: Graduate Quantity Surveyor – outcome\n\nDear Mr Pillai,\n\nThank you for letting me know "
        f"about the decision, and for the time you and Ms Banerjee gave me on Thursday. {line}\n\nWith regards,\nAnanya Iyer"
    )


def _letter(line: str) -> str:
    return (
        "22 Kloof Street\nCape Town 8001\n\n9 September 2026\n\nMrs P. Botha\nBotha & Venter Attorneys\n"
        "Cape Town 8000\n\nDear Mrs Botha,\n\nThank you for your letter of 4 September about the candidate "
        f"attorney position; I appreciated the care you took over it. {line}\n\nYours sincerely,\n\nZanele Khumalo"
    )


def _li(line: str) -> str:
    return f"Hi Bec, cheers for the heads-up about the barista gig - no hard feelings at all. {line}"


def _vm(line: str) -> str:
    return (
        "Hi Mr Fraser, it's Callum Dunn returning your call about the apprentice plumber job. Thanks for "
        f"ringing me yourself, that was decent of you. {line} I'm on 07700 900 518. Cheers."
    )


ASKS = [
    ("em-where-short", "email", _em("If you have a moment, where did my site measurement exercise fall short?")),
    (
        "letter-guidance-improve",
        "letter",
        _letter("I would value any guidance on how I might present my litigation experience more persuasively."),
    ),
    ("li-what-swung-it", "linkedin", _li("Out of interest, what swung it for the other person?")),
    (
        "vm-what-to-brush-up",
        "call",
        _vm("If you could tell me what I should brush up on before next year's intake, I'd be chuffed."),
    ),
    (
        "em-pointers-pricing",
        "email",
        _em("Were there parts of my take-off and pricing answers that you felt were weaker than others?"),
    ),
    (
        "letter-comments-panel",
        "letter",
        _letter("May I trouble you for the panel's comments on my written assessment?"),
    ),
]

NO_ASK = [
    ("em-keep-cv", "email", _em("Please do keep my CV on file for the next graduate intake.")),
    ("letter-wish-well", "letter", _letter("I wish the firm and your new candidate attorney every success.")),
    ("li-follow-page", "linkedin", _li("I'll keep an eye on your page for the next opening!")),
    (
        "vm-reconsider",
        "call",
        _vm("If the lad you picked doesn't work out, I'd happily step in at short notice."),
    ),
    (
        "em-feedback-elsewhere",
        "email",
        _em("The feedback from my other interviews has been helpful, and I am working on it."),
    ),
    ("letter-other-role", "letter", _letter("I noticed a paralegal opening on your website and shall apply for it.")),
]

# misjudged as first run (before any change): 1 of 6 requests flagged, 1 of 6 non-requests missed
# ("em-pointers-pricing", "em-feedback-elsewhere"); 0 and 0 after
MISJUDGED: set[str] = set()


def _cases(cases: list[tuple[str, str, str]]) -> list:
    return [pytest.param(*c, id=c[0], marks=[XF] if c[0] in MISJUDGED else []) for c in cases]


@pytest.mark.parametrize(("slug", "channel", "text"), _cases(ASKS))
def test_feedback_asked_is_heard(linter: Linter, slug: str, channel: str, text: str) -> None:
    assert not _fires(linter, text, channel), slug


@pytest.mark.parametrize(("slug", "channel", "text"), _cases(NO_ASK))
def test_no_feedback_asked_warns(linter: Linter, slug: str, channel: str, text: str) -> None:
    assert _fires(linter, text, channel), slug
