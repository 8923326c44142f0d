"""Blind probes of thanks that thank no one (FL201, G-GRATITUDE), round 13.

Every probe was written for this test, in wordings not found elsewhere in tests/, with the verdict
tests/corpus/calibration/LABELLING.md gives it (sarcastic thanks, a sign-off word alone and thanks to someone
other than the reader do not count), before the linter ran on it.

Batch A (38: 18 bad, 20 good), before any change: 6 bad missed (appreciation of a grievance named as its
object with no "for", "cheers for" a grievance, appreciation asked as a favour without "would", thanks given to
a third party, "Grateful? Not after ..."), 0 good flagged; after: 3 bad missed (the third-party thanks and the
refused gratitude, strict xfails: rare, and thanks passed on to a colleague of the reader is sincere).
Batch B (18: 8 bad, 10 good), written after the change and run once: 0 misjudged (the code before: 3 bad missed).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_CTX = {
    "company": "Lindqvist Joinery",
    "role": "Workshop Coordinator",
    "interviewers": ["Pete Lindqvist"],
    "interview_date": "2026-12-01",
    "sent_at": "2026-12-02",
}


def _draft(purpose, body, sign="Kind regards,"):
    subj = {
        "thank-you": "Workshop Coordinator interview",
        "status-check": "Workshop Coordinator role - checking in",
        "rejection-reply": "Re: Workshop Coordinator role",
    }[purpose]
    return f"Subject: {subj}\n\nDear Mr. Lindqvist,\n\n{body}\n\n{sign}\nAmira Haddad\n07700 900456"


_TY_REST = " I liked seeing how the workshop batches the kitchen orders, and my stock-control work at a timber yard would fit that. I am keen on the role and look forward to hearing about the next step."
_ST_REST = " I interviewed for the Workshop Coordinator role on 1 December and wanted to ask whether there is any news on the timing. I remain very interested."
_RR_REST = " I was sorry to hear the Workshop Coordinator role went to someone else. If you have a moment, I would value any feedback on how I could have done better."

# (batch, purpose, opening sentence and the rest, sign-off word, bad)
_PROBES = [
    # bad: no sincere thanks (sign-off only, sarcasm, thanks to others, thanks refused)
    ("A", "status-check", "I hope things are going well." + _ST_REST, "Thanks,", True),
    ("A", "status-check", "Hope the week is treating you kindly." + _ST_REST, "Many thanks,", True),
    ("A", "rejection-reply", "I received your message." + _RR_REST, "Thank you,", True),
    ("A", "thank-you", "Well, that was an interview." + _TY_REST, "Cheers,", True),
    (
        "A",
        "thank-you",
        "Thanks a bunch for keeping me waiting forty minutes in reception." + _TY_REST,
        "Regards,",
        True,
    ),
    ("A", "rejection-reply", "Thanks for nothing, I suppose." + _RR_REST, "Regards,", True),
    ("A", "status-check", "Thanks so much for the total silence since we met." + _ST_REST, "Regards,", True),
    ("A", "thank-you", "I owe my thanks to my old boss, who told me about the opening." + _TY_REST, "Regards,", True),
    ("A", "rejection-reply", "Thank goodness that is over." + _RR_REST, "Regards,", True),
    ("A", "thank-you", "Meeting the team yesterday was interesting." + _TY_REST, "Thx,", True),
    ("A", "status-check", "Really appreciate the radio silence, truly." + _ST_REST, "Regards,", True),
    ("A", "rejection-reply", "Cheers for wasting my Tuesday." + _RR_REST, "Regards,", True),
    ("A", "thank-you", "Grateful? Not after that panel." + _TY_REST, "Regards,", True),
    ("A", "status-check", "Thanks in advance for finally replying." + _ST_REST, "Regards,", True),
    (
        "A",
        "thank-you",
        "My thanks go to the receptionist, who was the only friendly face." + _TY_REST,
        "Regards,",
        True,
    ),
    ("A", "rejection-reply", "No thanks needed on my side." + _RR_REST, "Best,", True),
    ("A", "status-check", "Appreciate it if someone could actually answer this time." + _ST_REST, "Regards,", True),
    ("A", "thank-you", "Yesterday's chat covered a lot of ground." + _TY_REST, "With thanks,", True),
    # good: sincere thanks in many wordings
    ("A", "thank-you", "Much obliged for your time yesterday." + _TY_REST, "Regards,", False),
    ("A", "thank-you", "Cheers for having me in yesterday." + _TY_REST, "Regards,", False),
    ("A", "thank-you", "Ta very much for showing me round on Tuesday." + _TY_REST, "Regards,", False),
    (
        "A",
        "thank-you",
        "It was good of you to give me a whole hour yesterday; thank you." + _TY_REST,
        "Regards,",
        False,
    ),
    ("A", "thank-you", "I'm grateful you made room in a busy week to meet me." + _TY_REST, "Regards,", False),
    (
        "A",
        "thank-you",
        "I really valued the chance to talk through the role with you, so thank you." + _TY_REST,
        "Regards,",
        False,
    ),
    ("A", "thank-you", "A quick note to say thank you for yesterday's interview." + _TY_REST, "Regards,", False),
    ("A", "thank-you", "Thank you, too, for the tour of the spray booth." + _TY_REST, "Regards,", False),
    ("A", "thank-you", "My sincere thanks for meeting me." + _TY_REST, "Regards,", False),
    ("A", "status-check", "Thank you again for meeting me last week." + _ST_REST, "Regards,", False),
    ("A", "status-check", "I appreciated our conversation on the 1st." + _ST_REST, "Regards,", False),
    ("A", "status-check", "Many thanks for your time at the interview." + _ST_REST, "Regards,", False),
    ("A", "status-check", "Thanks once more for the chat about the workshop." + _ST_REST, "Regards,", False),
    ("A", "rejection-reply", "Thank you for letting me know, and for being so prompt." + _RR_REST, "Regards,", False),
    ("A", "rejection-reply", "I appreciate you taking the time to tell me personally." + _RR_REST, "Regards,", False),
    (
        "A",
        "rejection-reply",
        "Thanks for the kind call on Friday, even with the news it carried." + _RR_REST,
        "Regards,",
        False,
    ),
    ("A", "rejection-reply", "I'm grateful for the time you and Mr. Berg gave me." + _RR_REST, "Regards,", False),
    ("A", "rejection-reply", "Many thanks for considering me for the post." + _RR_REST, "Regards,", False),
    ("A", "rejection-reply", "Thank you for the update; it was good to hear from you." + _RR_REST, "Regards,", False),
    ("A", "thank-you", "Thanks heaps for yesterday, I really enjoyed it." + _TY_REST, "Regards,", False),
    ("B", "status-check", "Loving the silence from your end." + _ST_REST, "Regards,", True),
    ("B", "status-check", "I do appreciate all the stonewalling." + _ST_REST, "Regards,", True),
    ("B", "rejection-reply", "Ta for binning my application without a word." + _RR_REST, "Regards,", True),
    ("B", "rejection-reply", "Cheers for ignoring my last two e-mails." + _RR_REST, "Regards,", True),
    ("B", "status-check", "Would appreciate it if anyone there could reply." + _ST_REST, "Regards,", True),
    ("B", "status-check", "Appreciate it if you'd let me know either way." + _ST_REST, "Regards,", True),
    ("B", "thank-you", "Enjoyed the cold shoulder from your deputy, for what it's worth." + _TY_REST, "Regards,", True),
    ("B", "status-check", "Still enjoying the brush-off, I see." + _ST_REST, "Regards,", True),
    ("B", "status-check", "I really appreciate the quick turnaround you promised." + _ST_REST, "Regards,", False),
    ("B", "status-check", "I appreciated the straight answers at the interview." + _ST_REST, "Regards,", False),
    ("B", "thank-you", "I loved the tour of the finishing shop; thank you for it." + _TY_REST, "Regards,", False),
    ("B", "thank-you", "Cheers for the tour and the coffee yesterday." + _TY_REST, "Regards,", False),
    ("B", "rejection-reply", "Ta for letting me know so quickly." + _RR_REST, "Regards,", False),
    ("B", "rejection-reply", "I appreciate you ringing me rather than e-mailing." + _RR_REST, "Regards,", False),
    (
        "B",
        "thank-you",
        "I appreciated the silence you left me to think through the drawing test; thank you for that." + _TY_REST,
        "Regards,",
        False,
    ),
    (
        "B",
        "status-check",
        "Thank you for your patience during the quiet spell over the holidays." + _ST_REST,
        "Regards,",
        False,
    ),
    ("B", "thank-you", "Thank you for seeing me yesterday, and for the candid answers." + _TY_REST, "Regards,", False),
    (
        "B",
        "rejection-reply",
        "I'd appreciate it if you could also pass my thanks to Mr. Berg for the tour, and thank you for your time."
        + _RR_REST,
        "Regards,",
        False,
    ),
]

_XFAIL = {
    "I owe my thanks to my old boss, who told me about the opening.",
    "Grateful? Not after that panel.",
    "My thanks go to the receptionist, who was the only friendly face.",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("purpose", "body", "sign", "bad"),
    [
        pytest.param(
            p,
            body,
            sign,
            bad,
            id=f"{k}-{i}",
            marks=[pytest.mark.xfail(strict=True)] if any(body.startswith(x) for x in _XFAIL) else [],
        )
        for i, (k, p, body, sign, bad) in enumerate(_PROBES)
    ],
)
def test_gratitude_probe(linter: Linter, purpose: str, body: str, sign: str, bad: bool) -> None:
    report = linter.lint(_draft(purpose, body, sign), context=_CTX, channel="email", purpose=purpose)
    fired = [
        f.code for f in report.findings if "G-GRATITUDE" in f.guidance and f.severity.value in ("warning", "error")
    ]
    assert bool(fired) == bad, fired
