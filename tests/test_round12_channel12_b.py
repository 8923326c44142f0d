"""Round 12 confirmation batch B of the channel12 family, written after the fixes of batch A
(tests/test_round12_channel12.py) and before it was run, in wordings unlike batch A's: other verbs and
sentence shapes, other trades and places, other registers.  Same harness and verdicts as batch A.

Counts, as written (before any further change; 41 probes): 9 misjudged.  Wrong medium 4 of 13 (bad missed: a message
on the answering machine at home, a message on Instagram after a daughter's post, a cell number got from staff
and texted, papers hand-delivered to the reader's house; good flagged: none); calls 0 of 4; LinkedIn 1 of 2
(bad missed: "my inbox has stayed silent since my two follow-ups"); letters and cards 0 of 2; subjects 0 of 10;
late thank-yous 4 of 7 (good flagged: "it's been ten days since we spoke", "the tardy thank-you", "It's taken
me a while"; bad missed: "Apologies for my late arrival" read as owning the delay); status checks 0 of 3.  After the batch B fixes (FL126 home and
third-party numbers and network messages; FL125 a silent inbox; FL501 the time since, a tardy note, a while
taken, a late arrival not owning the delay): 0 of 41.
"""

from __future__ import annotations

import pytest
from test_round12_channel12 import _check, _email

from followup_lint import Linter

_PARALEGAL = {
    "company": "Adeyemi & Cole LLP",
    "role": "Paralegal",
    "interviewers": ["Ms. Funmi Adeyemi"],
    "interview_date": "2026-11-27",
    "sent_at": "2026-11-28",
}
_WORKSHOP = {
    "company": "Patel Motors",
    "role": "Apprentice Mechanic",
    "interviewers": ["Mr. Vikram Patel"],
    "interview_date": "2026-11-20",
    "sent_at": "2026-11-30",
}
_CAFE = {
    "company": "Bean There Cafe",
    "role": "Barista",
    "interviewers": ["Joe Chen"],
    "interview_date": "2026-12-01",
    "sent_at": "2026-12-03",
}

WRONG_MEDIUM = [
    (
        "bw01",
        True,
        _WORKSHOP,
        _email(
            "Apprentice Mechanic - thank you",
            "Dear Mr. Patel,",
            "I hope you don't mind, but I found you in the phone book and left a message on your answering machine at home as well. Thank you again for the tour of the workshop.",
        ),
    ),
    (
        "bw02",
        True,
        _PARALEGAL,
        _email(
            "Paralegal interview - following up",
            "Dear Ms. Adeyemi,",
            "I am actually downstairs in your lobby as I write this and am happy to wait in the foyer until you have a spare moment to discuss my application.",
        ),
    ),
    (
        "bw03",
        True,
        _WORKSHOP,
        _email(
            "Apprentice Mechanic",
            "Dear Mr. Patel,",
            "I'll be waiting at the workshop gate at seven tomorrow when you open up, so we can have a quick word about the apprenticeship.",
        ),
    ),
    (
        "bw04",
        True,
        _CAFE,
        _email(
            "Barista role",
            "Hi Joe,",
            "Your daughter posted on Instagram that you're on leave this week, so I've sent you a message there too, just in case.",
        ),
    ),
    (
        "bw05",
        True,
        _PARALEGAL,
        _email(
            "Paralegal - thank you",
            "Dear Ms. Adeyemi,",
            "I also recorded a short voice note and sent it to your private WhatsApp so you could hear my thanks directly.",
        ),
    ),
    (
        "bw06",
        True,
        _CAFE,
        _email(
            "Thanks - Barista",
            "Hi Joe,",
            "I managed to get your cell number from one of the baristas and texted you a quick thank-you last night as well.",
        ),
    ),
    (
        "bw07",
        True,
        _WORKSHOP,
        _email(
            "Apprentice Mechanic - application",
            "Dear Mr. Patel,",
            "On Sunday I hand-delivered a printed copy of my certificates to your house so you would have them first thing on Monday.",
        ),
    ),
    (
        "bw08",
        False,
        _PARALEGAL,
        _email(
            "Paralegal interview - thank you",
            "Dear Ms. Adeyemi,",
            "Thank you for texting me the outcome of the first round so promptly, and for the interview itself. I look forward to the next stage.",
        ),
    ),
    (
        "bw09",
        False,
        _CAFE,
        _email(
            "Barista trial - thank you",
            "Hi Joe,",
            "Thanks for Tuesday. I'm happy to drop in for the latte-art test whenever suits you, just let me know a time.",
        ),
    ),
    (
        "bw10",
        False,
        _WORKSHOP,
        _email(
            "Apprentice Mechanic - practical",
            "Dear Mr. Patel,",
            "As you suggested, I'll bring my own spanners to the workshop for the practical on Monday. Thank you for the chance.",
        ),
    ),
    (
        "bw11",
        False,
        _PARALEGAL,
        _email(
            "Thank you - Paralegal interview",
            "Dear Ms. Adeyemi,",
            "I saw the firm's post about the pro bono award; congratulations to the whole team. Thank you again for a thoughtful interview.",
        ),
    ),
    (
        "bw12",
        False,
        _CAFE,
        _email(
            "Barista - thanks",
            "Hi Joe,",
            "If it's easier, my WhatsApp is the same as my mobile, 072 555 0199. Thanks so much for the trial shift.",
        ),
    ),
    (
        "bw13",
        False,
        _WORKSHOP,
        _email(
            "Thank you - Apprentice Mechanic",
            "Dear Mr. Patel,",
            "It was a pleasure meeting you at your workshop on the 20th. Please pass my thanks to Femi, who showed me the diagnostic bay.",
        ),
    ),
]

CALLS = [
    (
        "bc01",
        True,
        _CAFE,
        "Hey Joe, Lungi here, sorry I missed you. Ring me when you're free about the barista job, ta.",
    ),
    ("bc02", True, _PARALEGAL, "Morning, Dev from Wednesday's interview. Hit me back when you get a sec."),
    (
        "bc03",
        False,
        _PARALEGAL,
        "Hello, is Ms. Adeyemi available? She asked me to call at ten. ... Hello Ms. Adeyemi, Kofi Mensah here, thank you for taking my call. I wanted to ask about the timeline for the paralegal role. ... Thank you, that's clear. Goodbye.",
    ),
    (
        "bc04",
        False,
        _CAFE,
        "Hi Joe, this is Ana Lopez about the barista role I trialled for on Tuesday. I'd love to hear where things stand. Please call me back on 0412 333 444. Thanks!",
    ),
]

_REQ, _MSG = False, True
LINKEDIN = [
    (
        "bl01",
        True,
        _MSG,
        _CAFE,
        "Hi Joe, pinging you on here because my inbox has stayed silent since my two follow-ups. Any word on the barista role?",
    ),
    (
        "bl02",
        False,
        _MSG,
        _PARALEGAL,
        "Hi Ms. Adeyemi, thank you for the InMail about the paralegal role. Thursday at two suits me well for a call.",
    ),
]

PAPER = [
    ("bp01", True, _WORKSHOP, "Sup Mr Patel,\n\nThanks for the chat bro, absolute legend. Hit me up!\n\nRaj"),
    (
        "bp02",
        False,
        _WORKSHOP,
        "Mr Patel,\n\nThank you for the tour of the workshop. I would be proud to join your apprentices.\n\nRespectfully,\nRaj Singh\n072 555 0199",
    ),
]

_BODY = "Thank you for the interview for the Paralegal role and for explaining the disclosure work. I remain keen to join the team and look forward to hearing from you."
SUBJECTS = [
    ("bs01", True, "Any joy?"),
    ("bs02", True, "Our chat on Friday"),
    ("bs03", True, "The paralegal job, I suppose"),
    ("bs04", True, "About that job"),
    ("bs05", True, "Hope I nailed it"),
    ("bs06", True, "Just wondering"),
    ("bs07", False, "Thank you - paralegal interview with Ms. Adeyemi"),
    ("bs08", False, "Paralegal interview (27 Nov) - thanks!"),
    ("bs09", False, "Status of my Paralegal application"),
    ("bs10", False, "Follow-up on 27 Nov interview - Kofi Mensah"),
]

_LATE = {**_WORKSHOP, "interview_date": "2026-11-20", "sent_at": "2026-11-30"}
THANKS = [
    (
        "bt01",
        False,
        "Forgive me for being so slow to put pen to paper. Thank you for the interview and the tour of the diagnostic bay.",
    ),
    (
        "bt02",
        False,
        "I realise it's been ten days since we spoke, but I wanted to thank you properly for the interview and the tour of the diagnostic bay.",
    ),
    (
        "bt03",
        False,
        "Life got in the way last week, hence the tardy thank-you: the interview and the tour of the diagnostic bay meant a lot.",
    ),
    (
        "bt04",
        False,
        "It's taken me a while to write this, but thank you for the interview and the tour of the diagnostic bay.",
    ),
    ("bt05", False, "Sorry for the radio silence since our interview. Thank you for the tour of the diagnostic bay."),
    ("bt06", True, "Thank you for the interview and the tour of the diagnostic bay ten days ago."),
    (
        "bt07",
        True,
        "Apologies for my late arrival on the day, and thank you for seeing me and for the tour of the diagnostic bay.",
    ),
]

_SOON = {**_PARALEGAL, "interview_date": "2026-11-27", "sent_at": "2026-11-30"}
STATUS = [
    ("br01", True, "Might you be able to share where the process is at for the Paralegal role?"),
    ("br02", True, "I'm keen to learn whether the hiring team has settled on anyone for the Paralegal post yet."),
    (
        "br03",
        False,
        "Thank you for Friday's interview for the Paralegal role and for explaining the disclosure work. I'm happy to wait for your decision next week.",
    ),
]

# the probes misjudged as written (filled in after the first run)
MISJUDGED: set[str] = set()  # as written: bw01, bw04, bw06, bw07, bl01, bt02, bt03, bt04, bt07


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged as written")] if pid in MISJUDGED else []


@pytest.mark.parametrize(
    ("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in WRONG_MEDIUM]
)
def test_wrong_medium(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="email"), bad, "G-CHANNEL")


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in CALLS])
def test_calls(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="call"), bad, "G-CHANNEL")


@pytest.mark.parametrize(
    ("bad", "connected", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in LINKEDIN]
)
def test_linkedin(linter: Linter, bad: bool, connected: bool, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context={**context, "linkedin_connected": connected}, channel="linkedin")
    _check(report, bad, "G-CHANNEL")


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in PAPER])
def test_letters_and_cards(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="letter"), bad, "G-CHANNEL")


@pytest.mark.parametrize(("bad", "subject"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in SUBJECTS])
def test_subjects(linter: Linter, bad: bool, subject: str) -> None:
    text = _email(subject, "Dear Ms. Adeyemi,", _BODY, "Kind regards,\nKofi Mensah")
    _check(linter.lint(text, context=_PARALEGAL, channel="email", purpose="thank-you"), bad, "G-SUBJECT")


@pytest.mark.parametrize(("bad", "body"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in THANKS])
def test_late_thanks(linter: Linter, bad: bool, body: str) -> None:
    text = _email(
        "Thank you - Apprentice Mechanic interview", "Dear Mr. Patel,", body + " I hope to hear from you soon."
    )
    _check(linter.lint(text, context=_LATE, channel="email"), bad, "G-TIMING-THANKS")


@pytest.mark.parametrize(("bad", "body"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in STATUS])
def test_status_too_soon(linter: Linter, bad: bool, body: str) -> None:
    text = _email("Paralegal - Kofi Mensah", "Dear Ms. Adeyemi,", body + " I remain very interested in the role.")
    _check(linter.lint(text, context=_SOON, channel="email"), bad, "G-TIMING-STATUS")
