"""The draft parser on a blind batch of greetings and sign-offs written on 2026-12-04 (own wordings, not
from the corpus or any page): e-mails, letters, cards, LinkedIn messages and call scripts with varied
greetings and sign-offs, and look-alikes that must stay body text. Asserted through the public Draft
API (salutation, closing, signature, paragraphs) and through the rules that read those parts."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.draft import parse_draft

BODY = "Thank you for meeting me on Tuesday about the Analyst role. I enjoyed hearing about the pricing work."
BODY2 = "I remain very interested and would welcome any news on next steps."

# (draft, salutation text or None, closing text or None, first line of the signature or None)
CASES: list[tuple[str, str | None, str | None, str | None]] = [
    # greetings
    (
        f"To the team at Pine & Co.,\n\n{BODY}\n\nKind regards,\nLee Park",
        "To the team at Pine & Co.,",
        "Kind regards,",
        "Lee Park",
    ),
    (f"To the hiring team at Brightwave,\n\n{BODY}\n\nBest,\nLee", "To the hiring team at Brightwave,", "Best,", "Lee"),
    (
        f"Dear Dr. Okafor and team,\n\n{BODY}\n\nSincerely,\nLee Park",
        "Dear Dr. Okafor and team,",
        "Sincerely,",
        "Lee Park",
    ),
    (
        f"Good morning Ms. Li —\n\n{BODY}\n\nBest regards,\nLee Park",
        "Good morning Ms. Li —",
        "Best regards,",
        "Lee Park",
    ),
    (f"Hello again Sam!\n\n{BODY}\n\nThanks,\nLee", "Hello again Sam!", "Thanks,", "Lee"),
    (f"Ana -\n\n{BODY}\n\nBest,\nLee", "Ana -", "Best,", "Lee"),
    (f"Hi all,\n\n{BODY}\n\nCheers,\nLee", "Hi all,", "Cheers,", "Lee"),
    (f"Hola Marta,\n\n{BODY}\n\nSaludos,\nLee", "Hola Marta,", "Saludos,", "Lee"),
    (f"Bonjour Claire,\n\n{BODY}\n\nBest,\nLee", "Bonjour Claire,", "Best,", "Lee"),
    (
        f"Good afternoon, Mr. Adeyemi,\n\n{BODY}\n\nRegards,\nLee Park",
        "Good afternoon, Mr. Adeyemi,",
        "Regards,",
        "Lee Park",
    ),
    (
        f"To whom it may concern,\n\n{BODY}\n\nYours faithfully,\nLee Park",
        "To whom it may concern,",
        "Yours faithfully,",
        "Lee Park",
    ),
    (f"Dear Hiring Committee:\n\n{BODY}\n\nSincerely,\nLee Park", "Dear Hiring Committee:", "Sincerely,", "Lee Park"),
    (f"Hey Jordan,\n\n{BODY}\n\nBest,\nLee", "Hey Jordan,", "Best,", "Lee"),
    (f"Greetings Ms. Ortiz,\n\n{BODY}\n\nKind regards,\nLee Park", "Greetings Ms. Ortiz,", "Kind regards,", "Lee Park"),
    (
        f"To the Brightwave recruiting team,\n\n{BODY}\n\nBest,\nLee",
        "To the Brightwave recruiting team,",
        "Best,",
        "Lee",
    ),
    (
        f"Dear Ms. Li and Mr. Park,\n\n{BODY}\n\nSincerely,\nLee Chen",
        "Dear Ms. Li and Mr. Park,",
        "Sincerely,",
        "Lee Chen",
    ),
    # sign-offs
    (f"Hi Ana,\n\n{BODY}\n\nWarmly, Lee", "Hi Ana,", "Warmly,", "Lee"),
    (f"Hi Ana,\n\n{BODY}\n\nxo, Jess", "Hi Ana,", "xo,", "Jess"),
    (f"Hi Ana,\n\n{BODY}\n\nxo Jess", "Hi Ana,", "xo", "Jess"),
    (f"Hi Ana,\n\n{BODY}\n\nxo\nJess", "Hi Ana,", "xo", "Jess"),
    (f"Hi Ana,\n\n{BODY}\n\nThanks so much! — Priya", "Hi Ana,", "Thanks so much!", "Priya"),
    (f"Hi Ana,\n\n{BODY}\n\nTalk soon,\nDev", "Hi Ana,", "Talk soon,", "Dev"),
    (
        f"Dear Ms. Li,\n\n{BODY}\n\nYours faithfully,\n\nR. Singh\n12 Elm Road\nLeeds LS1 4AB",
        "Dear Ms. Li,",
        "Yours faithfully,",
        "R. Singh",
    ),
    (f"Hi Ana,\n\n{BODY}\n\nBest,\nLee Park\n\nSent from my iPhone", "Hi Ana,", "Best,", "Lee Park"),
    (f"Hi Ana,\n\n{BODY}\n\nBest regards,\nLee Park\n+44 7700 900123", "Hi Ana,", "Best regards,", "Lee Park"),
    (
        f"Hi Ana,\n\n{BODY}\n\nBest regards,\nLee Park\nlinkedin.com/in/leepark",
        "Hi Ana,",
        "Best regards,",
        "Lee Park",
    ),
    (
        f"Hi Ana,\n\n{BODY}\n\nBest,\nLee\n\nP.S. I attached the deck we discussed.",
        "Hi Ana,",
        "Best,",
        "Lee",
    ),
    (f"Hi Ana,\n\n{BODY}\n\nWith warm thanks, Grace Mwangi", "Hi Ana,", "With warm thanks,", "Grace Mwangi"),
    (f"Hi Ana,\n\n{BODY}\n\nBest, Lee", "Hi Ana,", "Best,", "Lee"),
    (f"Hi Ana,\n\n{BODY}\n\nMany thanks,\nLee", "Hi Ana,", "Many thanks,", "Lee"),
    (f"Hi Ana,\n\n{BODY}\n\nAll the best,\nLee", "Hi Ana,", "All the best,", "Lee"),
    (f"Hi Ana,\n\n{BODY}\n\nThank you,\n— Lee Park", "Hi Ana,", "Thank you,", "— Lee Park"),
    (f"Hi Ana,\n\n{BODY}\n\nCheers\nLee", "Hi Ana,", "Cheers", "Lee"),
    (f"Hi Ana,\n\n{BODY}\n\nRespectfully,\nLee Park, CPA", "Hi Ana,", "Respectfully,", "Lee Park, CPA"),
    (
        f"Hi Ana,\n\n{BODY}\n\nWarm regards,\nLee Park\nData Analyst | lee@example.com",
        "Hi Ana,",
        "Warm regards,",
        "Lee Park",
    ),
    # no greeting at all
    (f"{BODY}\n\n{BODY2}\n\nBest,\nLee", None, "Best,", "Lee"),
    # look-alikes that must stay body text
    (
        f"Hi Ana,\n\nTo the team I would bring five years of pricing work. {BODY}\n\nBest,\nLee",
        "Hi Ana,",
        "Best,",
        "Lee",
    ),
    (
        f"Hi Ana,\n\n{BODY}\n\nBest of luck with the launch next week.\n\nKind regards,\nLee",
        "Hi Ana,",
        "Kind regards,",
        "Lee",
    ),
    (f"Hi Ana,\n\n{BODY}\n\nThanks again for the tour.", "Hi Ana,", None, None),
    (f"Hi Ana,\n\n{BODY} I was glad to meet Priya.\n\nBest,\nLee", "Hi Ana,", "Best,", "Lee"),
    (f"Hi Ana,\n\n{BODY}\n\nBest of luck with the launch!", "Hi Ana,", None, None),
    (f"Hi Ana,\n\n{BODY}\n\nThank you again for your time, Ana.", "Hi Ana,", None, None),
    (f"Hi Ana,\n\n{BODY}\n\nWarmly welcomed by the team, I left energised.\n\nBest,\nLee", "Hi Ana,", "Best,", "Lee"),
]


def _text(part: object | None) -> str | None:
    return None if part is None else part.text.strip()  # type: ignore[attr-defined]


def _first_line(part: object | None) -> str | None:
    return None if part is None else part.text.strip().splitlines()[0].strip()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "salutation", "closing", "signature"), CASES)
def test_parts(text: str, salutation: str | None, closing: str | None, signature: str | None) -> None:
    d = parse_draft(text)
    assert _text(d.salutation) == salutation
    assert _text(d.closing) == closing
    assert _first_line(d.signature) == signature
    # the body is never swallowed by a part
    body = " ".join(p.text for p in d.paragraphs)
    assert "Tuesday" in body


# --- through the rules that read those parts (G-SALUTATION: FL130/FL131; G-CLOSING: FL140/FL141/FL143)


def _alarms(linter: Linter, text: str) -> set[str]:
    report = linter.lint(f"Subject: Thank you – Analyst interview\n\n{text}", purpose="thank-you")
    return {
        f.code
        for f in report.findings
        if f.code in ("FL130", "FL131", "FL140", "FL141", "FL143") and f.severity.value in ("warning", "error")
    }


GREETED = [
    f"To the team at Pine & Co.,\n\n{BODY}\n\nKind regards,\nLee Park",
    f"To the hiring team at Brightwave,\n\n{BODY}\n\nBest,\nLee",
    f"To the Brightwave recruiting team,\n\n{BODY}\n\nBest,\nLee",
    f"Ana -\n\n{BODY}\n\nBest,\nLee",
]


@pytest.mark.parametrize("text", GREETED)
def test_a_greeting_read_is_not_reported_missing(linter: Linter, text: str) -> None:
    assert "FL131" not in _alarms(linter, text)


@pytest.mark.parametrize(
    "greeting", ["To the team at Pine & Co.,", "To the Human Resources Department,", "To the hiring manager,"]
)
def test_a_group_greeted_with_to_names_nobody(linter: Linter, greeting: str) -> None:
    assert _alarms(linter, f"{greeting}\n\n{BODY}\n\nBest,\nLee") == {"FL130"}


@pytest.mark.parametrize("greeting", ["To Ms. Li,", "To Ana and the team,", "To the team of Ms. Li,"])
def test_a_person_greeted_with_to_is_named(linter: Linter, greeting: str) -> None:
    assert _alarms(linter, f"{greeting}\n\n{BODY}\n\nBest,\nLee") == set()


def test_no_greeting_is_still_reported(linter: Linter) -> None:
    assert "FL131" in _alarms(linter, f"{BODY}\n\n{BODY2}\n\nBest,\nLee")


SIGNED = [
    f"Hi Ana,\n\n{BODY}\n\nThanks so much! — Priya",
    f"Hi Ana,\n\n{BODY}\n\nWith warm thanks, Grace Mwangi",
    f"Hi Ana,\n\n{BODY}\n\nBest, Lee",
    f"Hi Ana,\n\n{BODY}\n\nWarmly, Lee",
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_sign_off_and_name_on_one_line_close_the_note(linter: Linter, text: str) -> None:
    assert _alarms(linter, text) == set()


@pytest.mark.parametrize("closing", ["xo Jess", "xo, Jess", "xo\nJess"])
def test_xo_is_a_sign_off_too_casual_not_a_missing_one(linter: Linter, closing: str) -> None:
    assert _alarms(linter, f"Hi Ana,\n\n{BODY}\n\n{closing}") == {"FL143"}


@pytest.mark.parametrize(
    "last", ["Thanks again for the tour.", "Best of luck with the launch!", "Thank you again for your time, Ana."]
)
def test_a_last_body_line_is_no_closing(linter: Linter, last: str) -> None:
    assert {"FL140", "FL141"} <= _alarms(linter, f"Hi Ana,\n\n{BODY}\n\n{last}")


# --- channel: a letter or card whose greeting was missed was read as a short unsigned LinkedIn note

LETTER = (
    "To the hiring team at Pine & Co.,\n\n"
    f"{BODY} I remain very interested in the role and would welcome news of next steps.\n\n"
    "Yours sincerely,\n\nR. Singh"
)


def test_a_letter_opened_with_to_the_team_keeps_its_greeting() -> None:
    d = parse_draft(LETTER)
    assert d.salutation is not None and d.salutation.text == "To the hiring team at Pine & Co.,"


def test_a_card_signed_xo_is_no_unsigned_linkedin_note() -> None:
    from followup_lint.infer import infer_channel

    guess = infer_channel(parse_draft("Dear Ana,\n\nThank you so much for a lovely afternoon on Tuesday!\n\nxo Jess"))
    assert guess is None or guess[0] != "linkedin"


def test_a_letterhead_above_a_to_greeting_is_the_preamble() -> None:
    d = parse_draft(
        f"12 Elm Road\nLeeds LS1 4AB\n\n3 December 2026\n\nTo the team at Pine & Co.,\n\n{BODY}\n\nYours faithfully,\n\nR. Singh"
    )
    assert d.preamble is not None and d.preamble.text.startswith("12 Elm Road")
    assert d.salutation is not None and d.salutation.text == "To the team at Pine & Co.,"
