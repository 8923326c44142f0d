"""G-CHANNEL misses on the dev split, by cause, each fixed as a family of wordings (rules/FL12x):

- a LinkedIn message that chases after unanswered e-mails (FL125): "trying you here instead", "my
  two e-mails seem not to have reached you", "I have e-mailed you three times";
- personal social media as part of the follow-up (FL126): a friend request, following the reader
  on Facebook, commenting on their Instagram posts (LinkedIn is the professional network: no finding);
- a call with no plan (FL127): a script that writes its hesitations ("um", "er");

and two false alarms: a letter with no closing line at all is FL140's (G-CLOSING), not FL124's
formality (G-CHANNEL); a card may greet the reader by the name alone ("Frank,") without FL123.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _codes(linter: Linter, text: str, channel: str | None = None) -> list[str]:
    return [f.code for f in linter.lint(text, channel=channel).findings]


_LI = "Hi Kai, {line} Is the QA Lead role still open? Thanks, Lee"


@pytest.mark.parametrize(
    "line",
    [
        "You haven't replied to either of my emails, so I'm trying you here instead.",
        "I thought I'd message you on here instead, as my e-mails went astray.",
        "As my two emails since the interview seem not to have reached you, I'm writing on LinkedIn.",
        "I have now e-mailed you three times and called twice.",
        "My previous e-mails have gone unanswered.",
        "I wanted to follow up here as well as by email.",
        # twelfth session: tries counted and unanswered; trying here in case they were lost
        "I've sent two emails and left a voicemail since the interview but haven't heard back.",
        "I thought I'd try LinkedIn in case my emails ended up in spam.",
    ],
)
def test_a_linkedin_chase_after_unanswered_emails_is_flagged(linter: Linter, line: str) -> None:
    assert "FL125" in _codes(linter, _LI.format(line=line), channel="linkedin")


@pytest.mark.parametrize(
    "line",
    [
        "I hope the launch went well, and thank you again for connecting.",
        "I sent the portfolio by email last week, as you asked.",
        "Thanks for replying to my email so quickly on Monday.",
        "It was great to meet you here after the interview.",
        "In case it got lost in the shuffle, I'd love to stay connected.",
        "I've sent two emails to the team about the project and they were very helpful.",
    ],
)
def test_a_linkedin_reminder_that_chases_nothing_passes(linter: Linter, line: str) -> None:
    assert "FL125" not in _codes(linter, _LI.format(line=line), channel="linkedin")


def test_the_chase_is_a_linkedin_matter_only(linter: Linter) -> None:
    email = "Subject: QA Lead – following up\n\nHi Kai,\n\nMy previous e-mails have gone unanswered.\n\nBest,\nLee"
    assert "FL125" not in _codes(linter, email)


_EMAIL = "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for your time today. {line}\n\nBest,\nLee"


@pytest.mark.parametrize(
    "line",
    [
        "I've also sent you a friend request on Facebook so we can keep in touch!",
        "I followed you on Instagram too.",
        "I've been commenting on your Facebook posts, so you may recognise my name.",
        "Hope you don't mind that I friended you.",
    ],
)
def test_personal_social_media_as_the_follow_up_is_flagged(linter: Linter, line: str) -> None:
    assert "FL126" in _codes(linter, _EMAIL.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "I'd be glad to connect on LinkedIn as well.",
        "I enjoyed hearing how your team plans the Instagram campaign.",
        "I grew our student union's account from 2,000 to 19,000 followers.",
        "I'll follow up next week if that suits you.",
    ],
)
def test_linkedin_and_social_media_as_the_work_pass(linter: Linter, line: str) -> None:
    assert "FL126" not in _codes(linter, _EMAIL.format(line=line))


_CALL = "Hi Ms. Ortiz, it's Ravi{a} Patel, calling about the analyst role{b} I'm still keen. You can reach me on 555 010 0199. Thanks, bye."


@pytest.mark.parametrize(
    ("a", "b"), [(", um,", "."), ("", ", er, the one last week."), (", erm...", "."), (", uh -", ".")]
)
def test_a_call_script_that_writes_its_hesitations_is_flagged(linter: Linter, a: str, b: str) -> None:
    assert "FL127" in _codes(linter, _CALL.format(a=a, b=b), channel="call")


def test_a_planned_call_script_passes(linter: Linter) -> None:
    for text in (
        _CALL.format(a="", b="."),
        "Hi Ms. Ortiz, this is Ravi Patel, a nurse in the ER at St Mary's, calling about the role. Thanks, bye.",
        "Hi Ms. Ortiz, it's Ravi Patel. Um is my daughter's word for 'yes'. You can reach me on 555 010 0199.",
    ):
        assert "FL127" not in _codes(linter, text, channel="call"), text


_LETTER = (
    "Lee Chen\n14 Larch Close\nDunmore, PA 18512\n\nNovember 11, 2026\n\nDear Ms. Verity:\n\n"
    "Thank you for meeting me on Monday about the analyst role.\n\n{close}"
)


def test_a_letter_with_no_closing_line_is_flagged_once_as_a_closing(linter: Linter) -> None:
    codes = _codes(linter, _LETTER.format(close="Lee Chen"), channel="letter")
    assert "FL140" in codes and "FL124" not in codes
    # an informal close is still FL124's, on a business letter
    codes = _codes(linter, _LETTER.format(close="Talk soon,\nLee Chen"), channel="letter")
    assert "FL124" in codes and "FL140" not in codes


_CARD_BODY = "Thank you for the tour of the vibration lab on Monday; I'd love to work on your shaker table."


@pytest.mark.parametrize("greeting", ["Frank,", "Frank Holt,", "Dear Frank,"])
def test_a_card_may_greet_by_the_name_alone(linter: Linter, greeting: str) -> None:
    card = f"{greeting}\n\n{_CARD_BODY}\n\nBest wishes,\nRalph"
    assert "FL123" not in _codes(linter, card, channel="letter")


@pytest.mark.parametrize(
    "text",
    [
        f"Hi Frank,\n\n{_CARD_BODY}\n\nBest wishes,\nRalph",  # a printed e-mail's greeting
        f"Hello,\n\n{_CARD_BODY}\n\nBest wishes,\nRalph",
        f"Team,\n\n{_CARD_BODY}\n\nBest wishes,\nRalph",
        f"March 4, 2026\n\nFrank,\n\n{_CARD_BODY}\n\nSincerely,\nRalph",  # a dated letter is no card
    ],
)
def test_a_letter_that_greets_like_an_email_or_a_dated_letter_without_dear_is_flagged(
    linter: Linter, text: str
) -> None:
    assert "FL123" in _codes(linter, text, channel="letter")
