"""Round 13 review fixes (fix13channel): the reviewer's repros of channel inference and of FL126/FL129 wordings
that match ordinary good drafts, with look-alikes of our own written beside them, before any change.

``INFER``: ``(id, channel, text)``, the channel the linter must read when the context does not say.
``RULES``: ``(id, code, bad, channel, text)``, whether the rule must fire on the draft written for that channel.

Counts, as written before any change (31 probes, 22 good, 9 bad or keeping a chat's or call's channel): 22 of 31
misjudged, all good ones read as another channel or flagged (11 channels, 6 FL126, 5 FL129); no bad one missed.
After the fixes: 0 of 31.  x03 and x14 were written expecting "email"; a "Dear Mr. Reid," note signed with a
name and no Subject: line is read as a card or letter by design, so they expect "letter" (their point, not LinkedIn
from "this text", not a call from a question then dots, stands).  x14 was read as a call by round 9's cue of the
other side's answer left out after a question, now applied, as the turns are, only in an unsigned note.
r18-r19 (FL121) were written after the inference fix and checked against main: r18 missed there, 0 after.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_SIGN = "\n\nBest,\nSam Ortiz"

INFER = [
    # 3. "this text" meaning a text read or written, not the message itself
    (
        "x01",
        "letter",
        (
            "12 March 2026\n\nDear Ms. Lee,\n\nThank you for the interview on Tuesday. I hope this text reaches you before "
            "the panel meets.\n\nYours sincerely,\nSam Ortiz"
        ),
    ),
    (
        "x02",
        "email",
        "Hi Ana,\n\nThanks for the translation test on Tuesday. I found this text harder than the first one, but I "
        "enjoyed the legal terms." + _SIGN,
    ),
    (
        "x03",
        "letter",
        "Dear Mr. Reid,\n\nThank you for Monday. I reread this text of the tender brief on the train home and have two "
        "small questions about the drainage plan." + _SIGN,
    ),
    # (the medium still read from its own words)
    ("x04", "linkedin", "Hi Ana, hope this SMS is not a bother. Thanks again for Tuesday, I loved meeting the team!"),
    # 4. "Generally speaking," is no phone answered by name
    (
        "x05",
        "email",
        "Generally speaking, I find second interviews harder, but yours felt like a conversation. Thank you for "
        "Tuesday." + _SIGN,
    ),
    (
        "x06",
        "email",
        "Frankly speaking, I left Tuesday's interview more excited about the role than before. Thank you for your "
        "time." + _SIGN,
    ),
    ("x07", "call", "Emily speaking. ... Oh hello, Mr. Reid! ... Yes, I'm free to talk now."),
    # 5. "it" or "this" is not the note
    (
        "x08",
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I have signed the reference form and can drop it off at your office on "
        "Monday." + _SIGN,
    ),
    (
        "x09",
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I can't find my umbrella; I may have left it in your office." + _SIGN,
    ),
    (
        "x10",
        "email",
        "Hi Ana,\n\nThank you for Tuesday. The signed contract is ready and I will send it by courier tomorrow."
        + _SIGN,
    ),
    (
        "x11",
        "email",
        "Hi Ana,\n\nThank you for the team's welcome pack. I'll put it on my desk for my first day, and I've pinned "
        "this to my board as well." + _SIGN,
    ),
    (
        "x12",
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I am posting my certificates today and will send them by registered post "
        "to your office." + _SIGN,
    ),
    # 6. dots after punctuation in a signed note are a writer's pauses, not a call's left-out turns
    (
        "x13",
        "email",
        (
            "Hi Ana,\n\nThank you for Tuesday. I was nervous, ... Then the case study clicked. I enjoyed it. ... Really "
            "I did.\n\nBest,\nSam"
        ),
    ),
    (
        "x14",
        "letter",
        (
            "Dear Mr. Reid,\n\nI kept thinking about your question. ... What would I change first? ... The handover "
            "notes, I think.\n\nKind regards,\nSam Ortiz"
        ),
    ),
]

RULES = [
    # 7. FL126
    (
        "r01",
        "FL126",
        False,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. You kindly gave me your personal number, so I will text if the train is "
        "late on my first day." + _SIGN,
    ),
    (
        "r02",
        "FL126",
        False,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. As you very kindly gave me your own e-mail address, I am writing here "
        "rather than to the team inbox." + _SIGN,
    ),
    (
        "r03",
        "FL126",
        False,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I found your phone number on the careers page and will call on Friday as "
        "you suggested." + _SIGN,
    ),
    (
        "r04",
        "FL126",
        False,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I spotted your phone number in the job posting and will ring on Friday "
        "as it asks." + _SIGN,
    ),
    (
        "r05",
        "FL126",
        False,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I enjoyed hearing how you grew your own Instagram following before you "
        "took over the brand's account." + _SIGN,
    ),
    (
        "r06",
        "FL126",
        False,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I have been knocking on the door of the events industry for two years, "
        "and your advice helped." + _SIGN,
    ),
    # (still bad)
    (
        "r07",
        "FL126",
        True,
        "linkedin",
        "Hi Ana, my friend gave me your personal mobile number, so I will text you tonight about the role.",
    ),
    (
        "r08",
        "FL126",
        True,
        "email",
        "Hi Ana,\n\nThank you for Tuesday. I looked up your personal Instagram account and sent you a message there "
        "as well." + _SIGN,
    ),
    # 8. FL129
    (
        "r09",
        "FL129",
        False,
        "letter",
        (
            "Dear Ms. Lee,\n\nThank you for the tour. I was struck by how your new services grew on the back of last "
            "year's funding.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r10",
        "FL129",
        False,
        "letter",
        (
            "Dear Ms. Lee,\n\nThank you for the interview. My phone number and website are on the back if you need "
            "them.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r11",
        "FL129",
        False,
        "letter",
        (
            "Dear Ms. Lee,\n\nThank you for looking through my portfolio. I printed it out before our interview so we "
            "could mark it up, and your notes were generous.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r12",
        "FL129",
        False,
        "letter",
        (
            "Dear Ms. Lee,\n\nI am writing this before our second interview on Friday, to say how much I valued the "
            "tour.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r13",
        "FL129",
        False,
        "letter",
        (
            "Dear Ms. Lee,\n\nThank you for explaining how the shop sets our prices each season; I would enjoy learning "
            "that.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r14",
        "FL129",
        False,
        "letter",
        (
            "Dear Ms. Lee,\n\nI wrote this note before the follow-up interview you kindly offered, to thank you for the "
            "first one.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    # (still bad)
    (
        "r15",
        "FL129",
        True,
        "letter",
        (
            "Dear Ms. Lee,\n\nI wrote this card before our interview so I could hand it over. Thank you for your "
            "time.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r16",
        "FL129",
        True,
        "letter",
        (
            "Dear Ms. Lee,\n\nThank you for the interview. My rates and portfolio are on the back if you ever need a "
            "freelancer.\n\nKind regards,\nSam Ortiz"
        ),
    ),
    (
        "r17",
        "FL129",
        True,
        "letter",
        (
            "Dear Ms. Lee,\n\nThank you for the interview. You will find my price list tucked inside.\n\nKind "
            "regards,\nSam Ortiz"
        ),
    ),
    # 4. FL121's waiver (written after the inference fix, checked against main: r18 missed there, 0 after)
    (
        "r18",
        "FL121",
        True,
        "call",
        "Generally speaking, I think Monday went well. Thank you again for your time, and have a great day.",
    ),
    ("r19", "FL121", False, "call", "Lee Chen speaking. ... Oh hello Ana! ... Yes, thank you for letting me know."),
]

# the probes misjudged as written (filled in after the first run)
MISJUDGED: set[str] = set()  # as written: x01-x03, x05, x06, x08-x11, x13, x14, r01-r06, r09-r13


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged as written")] if pid in MISJUDGED else []


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("channel", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in INFER])
def test_channel_inferred(linter: Linter, channel: str, text: str) -> None:
    report = linter.lint(text)
    assert report.channel == channel, report.inferred


@pytest.mark.parametrize(
    ("code", "bad", "channel", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in RULES]
)
def test_rule(linter: Linter, code: str, bad: bool, channel: str, text: str) -> None:
    report = linter.lint(text, channel=channel)
    hits = [f"{f.code}:{f.severity}" for f in report.findings if f.code == code]
    assert bool(hits) == bad, hits or f"{code} not flagged"
