"""G-SUBJECT, G-SALUTATION and G-CLOSING on a blind batch of round 9 (2026-12-05), written for these
tests before any rule was changed (not from the corpus or any page): subjects, greetings and
sign-offs that fall short in kinds the rules had not heard, and look-alikes that must stay quiet.

The verdicts follow the corpus's labelling rule (tests/corpus/calibration/LABELLING.md): a subject
falls short when it is sarcastic, reproachful, a demand or a presumption, or names no purpose with an
identifier; a reply keeps the employer's thread subject.  A greeting must name the reader.  A
sign-off must stand above the name, and a parting shot or a sign-off that mocks its own formula is
no sign-off; on a card the name wants a telephone number or an e-mail under it (the `m-` card rule).

77 probes.  Before the change: 27 of 37 faulty ones missed (9 of 14 subjects, 8 of 9 greetings, 8 of
12 sign-offs, 2 of 2 cards) and 2 of 40 look-alikes flagged (a subject asking about the timeline, a
letter with a blank line left for the signature).  After it: none of the 77 is misjudged (the
letter's "Yours," is now a sign-off the parser and FL124 know).  A probe misjudged again is listed
in MISJUDGED and marked xfail(strict=True).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

CONTEXT = {"interviewers": ["Nadia Okafor"], "role": "Fleet Planner", "company": "Corrland Freight"}
BODY = (
    "Thank you for the interview for the Fleet Planner role on Tuesday. The route-costing exercise "
    "was a good challenge, and my four years scheduling depot rotas fit what you need. I am very "
    "interested and look forward to hearing about next steps."
)


def _alarms(linter: Linter, text: str, item: str, **kw: object) -> list[str]:
    report = linter.lint(text, context=CONTEXT, **kw)
    return [f.code for f in report.findings if item in f.guidance and f.severity.value in ("warning", "error")]


def subject_alarms(linter: Linter, subject: str) -> list[str]:
    text = f"Subject: {subject}\n\nDear Ms. Okafor,\n\n{BODY}\n\nKind regards,\nLee Park"
    return _alarms(linter, text, "G-SUBJECT", purpose="status-check", channel="email")


def greeting_alarms(linter: Linter, greeting: str, channel: str = "email") -> list[str]:
    head = "Subject: Thank you – Fleet Planner interview\n\n" if channel == "email" else ""
    text = f"{head}{greeting}\n\n{BODY}\n\nKind regards,\nLee Park"
    return _alarms(linter, text, "G-SALUTATION", purpose="thank-you", channel=channel)


def closing_alarms(linter: Linter, closing: str) -> list[str]:
    text = f"Subject: Thank you – Fleet Planner interview\n\nDear Ms. Okafor,\n\n{BODY}\n\n{closing}"
    return _alarms(linter, text, "G-CLOSING", purpose="thank-you", channel="email")


def card_alarms(linter: Linter, closing: str) -> list[str]:
    text = f"Dear Ms. Okafor,\n\n{BODY}\n\n{closing}"
    return _alarms(linter, text, "G-CLOSING", purpose="thank-you", channel="letter")


# the probes the rules still misjudge (counted before and after the round-9 change)
MISJUDGED: set[str] = set()


def _marked(values: list[str]) -> list[object]:
    xfail = pytest.mark.xfail(strict=True, reason="misjudged: a kind the rules do not hear yet")
    return [pytest.param(v, marks=xfail) if v in MISJUDGED else v for v in values]


# --- subjects ---------------------------------------------------------------------------------------
BAD_SUBJECTS = [
    # sarcasm, reproach or a jibe in the subject, with the purpose and the role named
    "Fleet Planner interview – thanks for wasting my Tuesday",
    "Fleet Planner interview – or did my number get lost?",
    "So much for 'we'll be in touch' – Fleet Planner",
    "Fleet Planner role, since nobody has bothered to reply",
    "My Fleet Planner interview – and your deafening silence",
    "Fleet Planner interview – the courtesy of an answer",
    # a demand or an ultimatum
    "Fleet Planner role: your answer by Monday or I walk",
    "Fleet Planner interview – time is up",
    "Money owed for my Fleet Planner interview travel",
    # a presumption of the job
    "My Fleet Planner offer letter?",
    "Fleet Planner – when do I start?",
    # text-speak, and an emoji the list lacked
    "thx 4 the fleet planner interview",
    "Fleet Planner interview 🤷",
    "Fleet Planner interview 🫠",
]

GOOD_SUBJECTS = [
    # the employer's thread, kept
    "Re: Fleet Planner – interview schedule",
    "RE: Next steps for your application",
    "Re: Your interview with Corrland Freight",
    # short and specific, in several styles
    "Fleet Planner interview on 4 March – thank you",
    "Thank you, Ms. Okafor – Fleet Planner interview",
    "Fleet Planner (ref. 4471): checking in",
    "Checking in on the Fleet Planner role",
    "Following up: Fleet Planner, Corrland Freight",
    "Thanks for the depot visit – Fleet Planner",
    "Fleet Planner – a question about your timeline",
    "Fleet Planner interview: one thing I forgot to mention",
    "Lee Park – Fleet Planner interview follow-up",
    "Fleet Planner application – asking you to reconsider",
    "Fleet Planner interview: my references, as promised",
]


@pytest.mark.parametrize("subject", _marked(BAD_SUBJECTS))
def test_a_faulty_subject_is_flagged(linter: Linter, subject: str) -> None:
    assert subject_alarms(linter, subject)


@pytest.mark.parametrize("subject", _marked(GOOD_SUBJECTS))
def test_a_good_subject_is_quiet(linter: Linter, subject: str) -> None:
    assert subject_alarms(linter, subject) == []


# --- greetings --------------------------------------------------------------------------------------
BAD_GREETINGS = [
    "Yo,",
    "Howdy folks,",
    "Greetings of the day,",
    "Hello to whoever reads this,",
    "Esteemed Selection Committee,",
    "Hello Hiring Person,",
    "Sup,",
    "Good day to you,",
]

GOOD_GREETINGS = [
    "Dear Dr Okafor,",
    "Kia ora Nadia,",
    "Salaam Nadia,",
    "Good morning Ms. Okafor,",
    "Hola Nadia,",
    "Dear Professor Okafor,",
    "Bonjour Nadia,",
    "Namaste Ms. Okafor,",
]


@pytest.mark.parametrize("greeting", _marked(BAD_GREETINGS))
def test_a_greeting_that_names_nobody_is_flagged(linter: Linter, greeting: str) -> None:
    assert greeting_alarms(linter, greeting)


@pytest.mark.parametrize("greeting", _marked(GOOD_GREETINGS))
def test_a_greeting_that_names_the_reader_is_quiet(linter: Linter, greeting: str) -> None:
    assert greeting_alarms(linter, greeting) == []


def test_a_linkedin_message_with_a_bare_yo_is_flagged(linter: Linter) -> None:
    assert greeting_alarms(linter, "Yo!", channel="linkedin")


# --- closings ---------------------------------------------------------------------------------------
BAD_CLOSINGS = [
    # a parting shot or a sign-off that mocks its formula, over the name
    "Good luck finding anyone better,\nLee Park",
    "Enjoy your cheaper hire,\nLee Park",
    "Thanks for absolutely nothing,\nLee Park",
    "With all the respect you have earned,\nLee Park",
    "Sincerely disappointed,\nLee Park",
    "No regards,\nLee Park",
    "Have a nice life,\nLee Park",
    "Hope you sleep well at night,\nLee Park",
    "Respectfully (not really),\nLee Park",
    # no sign-off, or no name
    "Sent from Outlook for Android",
    "Best,",
    "L.",
]

GOOD_CLOSINGS = [
    "Saludos cordiales,\nLucía Gómez",
    "Mit freundlichen Grüßen,\nJonas Weber",
    "Warm regards from Lagos,\nAdaeze Obi",
    "With warm wishes,\nPriya Nair",
    "Kind regards,\nTomás Ó Briain\n\nSent from my iPhone",
    "Ngā mihi,\nMereana Tuhoe",
    "Thanking you,\nRavi Kumar",
    "Yours respectfully,\nRavi Kumar",
    "Have a lovely weekend,\nPriya Nair",
    "All my best,\nPriya Nair",
    "Gratefully,\nPriya Nair",
    "With many thanks again,\nPriya Nair",
]


@pytest.mark.parametrize("closing", _marked(BAD_CLOSINGS))
def test_a_faulty_closing_is_flagged(linter: Linter, closing: str) -> None:
    assert closing_alarms(linter, closing)


@pytest.mark.parametrize("closing", _marked(GOOD_CLOSINGS))
def test_a_good_closing_is_quiet(linter: Linter, closing: str) -> None:
    assert closing_alarms(linter, closing) == []


# --- cards and letters (the `m-` card rule: a telephone number or an e-mail under the name) ----------
BAD_CARDS = [
    "With warm thanks,\nLee Park",
    "Gratefully,\nLee",
]

GOOD_CARDS = [
    "With warm thanks,\nLee Park\n07700 900456",
    "Gratefully,\nLee Park\nlee.park@example.com",
    "With warm thanks,\nLee Park\n(my business card is tucked inside)",
]


@pytest.mark.parametrize("closing", _marked(BAD_CARDS))
def test_a_card_signed_with_the_name_alone_is_flagged(linter: Linter, closing: str) -> None:
    assert card_alarms(linter, closing)


@pytest.mark.parametrize("closing", _marked(GOOD_CARDS))
def test_a_card_with_a_way_to_reach_the_sender_is_quiet(linter: Linter, closing: str) -> None:
    assert card_alarms(linter, closing) == []


LETTER = (
    "14 Mill Lane\nHebden Bridge\nHX7 8AB\n\n3 December 2026\n\nMs. Nadia Okafor\nCorrland Freight\n"
    "2 Quay Street\nLeeds LS1 4AA\n\nDear Ms. Okafor,\n\n{body}\n\n{closing}"
)


@pytest.mark.parametrize(
    "closing",
    _marked(
        [
            "Yours,\n\nLee Park",
            "Yours sincerely,\n\n\n\nLee Park",
            "Yours truly,\n\n(signed)\n\nLee Park",
        ]
    ),
)
def test_a_letter_with_space_left_for_the_signature_is_quiet(linter: Linter, closing: str) -> None:
    text = LETTER.format(body=BODY, closing=closing)
    assert _alarms(linter, text, "G-CLOSING", purpose="thank-you", channel="letter") == []
