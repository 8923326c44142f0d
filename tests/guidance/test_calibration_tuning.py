"""Judgements tuned on the calibration corpus's dev split (issue 9): what counts as thanks, a
fit sentence or a next-steps line, and how severe its absence is, by purpose and channel."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def severity(report, code: str) -> str | None:  # type: ignore[no-untyped-def]
    found = [f.severity.value for f in report.findings if f.code == code]
    return found[0] if found else None


STATUS_EMAIL = "Subject: Buyer interview on 3 May - following up\n\nDear Mr. Haas,\n\n{body}\n\n{sign_off}\nTomasz Wilk"


# --- FL201 gratitude -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sign_off", "expected"),
    [("Thank you,", "info"), ("Many thanks,", "info"), ("Thanks,", "info"), ("Thank you for your time,", None)],
)
def test_a_status_check_sign_off_thanks_only_when_it_thanks_for_something(
    linter: Linter, sign_off: str, expected: str | None
) -> None:
    text = STATUS_EMAIL.format(body="Is there any news on the Buyer role? I remain very interested.", sign_off=sign_off)
    assert severity(linter.lint(text, purpose="status-check"), "FL201") == expected


def test_a_thank_you_needs_thanks_in_the_body_not_a_bare_sign_off_word(linter: Linter) -> None:
    text = "Subject: Buyer interview\n\nDear Mr. Haas,\n\nI enjoyed our talk about the spring range.\n\nThank you,\nTom"
    assert severity(linter.lint(text, purpose="thank-you"), "FL201") == "error"


def test_no_thanks_in_a_status_call_or_linkedin_message_is_a_warning(linter: Linter) -> None:
    call = "Hi, this is Tomasz Wilk about the Buyer role; I interviewed on the 3rd. Is there any news on a decision?"
    assert severity(linter.lint(call, purpose="status-check", channel="call"), "FL201") == "warning"
    assert severity(linter.lint(call, purpose="status-check", channel="linkedin"), "FL201") == "warning"
    thanked = call + " Thank you for your time on the 3rd."
    assert severity(linter.lint(thanked, purpose="status-check", channel="call"), "FL201") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "WOW. OK. THANKS FOR NOTHING.",
        "k thx 4 nothing i guess.",
        "Your reply had a coldness I did not appreciate.",
        "Thanks so much for three weeks of radio silence.",
        'I am truly grateful for the "feedback" you sent.',
    ],
)
def test_mock_or_denied_thanks_is_not_gratitude(linter: Linter, sentence: str) -> None:
    text = f"Subject: Re: Your application\n\n{sentence}\n\nTomasz"
    assert severity(linter.lint(text, purpose="rejection-reply"), "FL201") == "warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for letting me know, and thanks for the time you gave me.",
        "I am not only grateful for your time but glad to have met the team.",
        'Thank you for the "Meet the Makers" tour on Friday.',
        "Thank you for your time. I know there is nothing more to add to the decision.",
    ],
)
def test_sincere_thanks_near_such_words_still_counts(linter: Linter, sentence: str) -> None:
    text = f"Subject: Re: Your application\n\nDear Ms. Lindqvist,\n\n{sentence}\n\nRegards,\nTomasz Wilk"
    assert severity(linter.lint(text, purpose="rejection-reply"), "FL201") is None


# --- G-POSITIVE: the negative-tone rules that judge what the item names ------------------------------
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("You clearly never opened my portfolio.", "FL318"),  # blame
        ("Honestly the whole process is a joke.", "FL322"),  # contempt
        ("I'm sure you had far more important things to do than reply.", "FL323"),  # sarcasm
        ("If I hear nothing by Friday, my lawyer will be in touch.", "FL325"),  # a threat
        ("Did anyone there even read my application?", "FL328"),  # an accusation as a question
    ],
)
def test_negativity_rules_cite_being_positive(linter: Linter, sentence: str, code: str) -> None:
    text = f"Subject: Buyer interview - following up\n\nDear Mr. Haas,\n\n{sentence}\n\nRegards,\nTomasz Wilk"
    report = linter.lint(text, purpose="status-check")
    cited = {g for f in report.findings if f.code == code for g in f.guidance}
    assert "G-POSITIVE" in cited


def test_a_courteous_status_check_is_not_judged_negative(linter: Linter) -> None:
    text = (
        "Subject: Buyer interview on 3 May - following up\n\nDear Mr. Haas,\n\nThank you again for the interview. "
        "I know these decisions take time; is there any news on the Buyer role?\n\nRegards,\nTomasz Wilk"
    )
    report = linter.lint(text, purpose="status-check")
    assert not any("G-POSITIVE" in f.guidance for f in report.findings)
