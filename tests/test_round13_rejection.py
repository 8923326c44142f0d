"""Blind probes of the rejection reply's request for feedback (FL220, G-REJECTION), round 13.

Every probe was written for this test, in wordings not found elsewhere in tests/, with the verdict
tests/corpus/calibration/LABELLING.md gives it (asking only to be kept in mind, or to hear of other openings,
falls short; a request for feedback in any words meets it), before the linter ran on it.

Batch A (24: 12 bad, 12 good), before any change: 3 bad missed (hearing of future vacancies, being
considered for other roles, whether the role will be advertised again: the learned backstop read them as
requests), 0 good flagged; after: 1 (the re-advertising question, a strict xfail: a pattern for it also
silenced a real request in the same sentence in batch B).  Batch B (16: 8 bad, 8 good), written after the
change and run once: 1 bad missed ("tell me about any further opportunities"), 1 good flagged (a request with
"in case the role is re-advertised", since mended by dropping that pattern); the code before: 2 bad missed.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_CTX = {
    "company": "Marlow Transit",
    "role": "Scheduling Analyst",
    "interviewers": ["Joy Adebayo"],
    "interview_date": "2026-11-20",
    "sent_at": "2026-12-02",
}


def _draft(body: str) -> str:
    return (
        "Subject: Re: Scheduling Analyst role\n\nDear Ms. Adebayo,\n\nThank you for letting me know about the "
        f"Scheduling Analyst role, and for your time at the interview. {body}\n\nKind regards,\nTomas Reyes\n07700 900789"
    )


# (batch, the sentence after the thanks, bad)
_PROBES = [
    # bad: no request for feedback (kept in mind, future roles, an argument, a demand is judged under tone)
    ("A", "Please keep me in mind for future openings.", True),
    ("A", "I'd welcome the chance to be considered for other roles on the planning team.", True),
    ("A", "If anything changes, do let me know.", True),
    ("A", "I'd love to hear about future vacancies in the timetabling office.", True),
    ("A", "Do you know of any other teams at Marlow that are hiring?", True),
    ("A", "I hope our paths cross again; I will keep an eye on your careers page.", True),
    ("A", "Could you let me know whether the role might be re-advertised?", True),
    ("A", "I'll reapply next year, so please let me know when applications open.", True),
    ("A", "Would you mind connecting with me on LinkedIn so we can stay in touch?", True),
    ("A", "Let me know if your chosen candidate does not work out.", True),
    ("A", "I wish the team every success with the new winter timetable.", True),
    ("A", "Is the reserve list still a possibility for me?", True),
    # good: a request for feedback in many wordings
    ("A", "If you could spare a minute to tell me where I fell short, I would be grateful.", False),
    ("A", "Is there anything I could have done differently in the case exercise?", False),
    ("A", "Any pointers for next time would be very welcome.", False),
    ("A", "I'd be grateful to know what tipped the balance.", False),
    ("A", "What would have made my application stronger?", False),
    ("A", "Would you be willing to share a few thoughts on my interview?", False),
    ("A", "I'd value hearing which parts of my answers landed less well.", False),
    ("A", "If there is one thing I should work on before my next interview, I'd love to know it.", False),
    ("A", "Could you share any comments the panel made about my timetabling test?", False),
    ("A", "I'm keen to improve, so any notes from the panel would help me a lot.", False),
    ("A", "Might you have five minutes for a short call about how I could strengthen my application?", False),
    ("A", "Where do you think I could grow most before applying again?", False),
    ("B", "Should a similar post come up in the spring, I'd be glad to hear of it.", True),
    ("B", "Please add me to your talent pool for upcoming vacancies.", True),
    ("B", "Will the post be readvertised if the start date slips?", True),
    ("B", "Could you tell me about any further opportunities in the depot teams?", True),
    ("B", "I'll watch for the next graduate intake and apply again.", True),
    ("B", "Let me know if another analyst job opens up this year.", True),
    ("B", "I'd be happy to be considered for any new positions that arise.", True),
    ("B", "Do please think of me for other scheduling work.", True),
    ("B", "Could you tell me which of my answers was weakest, so I can prepare for future roles?", False),
    ("B", "Any advice on what to strengthen before similar vacancies come up would be welcome.", False),
    (
        "B",
        "If you could let me know how my timetable test compared with the others, that would help with future applications.",
        False,
    ),
    (
        "B",
        "Please keep me in mind for future openings, and if you have a moment, I'd welcome any feedback on my interview.",
        False,
    ),
    ("B", "Would you share what the panel felt I was missing, in case the role is re-advertised?", False),
    ("B", "I'd value a few pointers on my presentation.", False),
    ("B", "What could I do to be a stronger candidate for other roles here?", False),
    ("B", "Could you say which skills I should build up before the next intake?", False),
]

_XFAIL = {
    "Could you let me know whether the role might be re-advertised?",
    "Could you tell me about any further opportunities in the depot teams?",
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("body", "bad"),
    [
        pytest.param(body, bad, id=f"{k}-{i}", marks=[pytest.mark.xfail(strict=True)] if body in _XFAIL else [])
        for i, (k, body, bad) in enumerate(_PROBES)
    ],
)
def test_feedback_request_probe(linter: Linter, body: str, bad: bool) -> None:
    report = linter.lint(_draft(body), context=_CTX, channel="email", purpose="rejection-reply")
    fired = [
        f.code for f in report.findings if "G-REJECTION" in f.guidance and f.severity.value in ("warning", "error")
    ]
    assert bool(fired) == bad, fired
