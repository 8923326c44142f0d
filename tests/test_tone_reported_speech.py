"""FL330 judges the writer's words, not the words the writer reports: a clause recounting what the
reader or a third party said ("You told me the manager was away until the 20th", "Ms Reyes said the
panel would meet again") can lower a sentence's score, never raise it, and what the writer adds
("..., and you never did") is still scored.  Security work ("attacking systems", "a kill chain") is a
trade, not a threat.

Sentences written for this test as probes before the change (2026-12-03); each sound one was a false
warning of FL330 before it, and each hostile one keeps a finding of a tone rule.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.checks.learned_tone import _drop_reported_speech

VERBS = frozenset({"said", "told", "mentioned", "explained"})


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def tone_codes(linter: Linter, sentence: str, purpose: str = "status-check") -> list[str]:
    text = (
        "Subject: Checking in on the Security Analyst role\n\nHello Priya,\n\n"
        f"Thank you again for the interview on 3 November about the Security Analyst role. {sentence} "
        "I remain keen on the role and look forward to hearing about next steps.\n\nBest regards,\nJordan Lee\n555-0186"
    )
    start = text.index(sentence)
    end = start + len(sentence)
    report = linter.lint(text, purpose=purpose)
    return sorted(
        {
            f.code
            for f in report.findings
            if f.code.startswith("FL3") and f.severity in ("warning", "error") and f.start < end and f.end > start
        }
    )


def dropped(sentence: str) -> str:
    words = sentence.split()
    forms = [(w.lower(), w.lower()) for w in words]
    drop = [False] * len(words)
    _drop_reported_speech(forms, words, drop, VERBS, 4)
    return " ".join(w for w, d in zip(words, drop, strict=True) if d)


def test_the_reported_clause_is_what_is_left_out() -> None:
    assert dropped("You told me the manager was away until the 20th , so I waited .") == (
        "You told me the manager was away until the 20th"
    )
    assert dropped("When we spoke , you said the panel would decide soon .") == "you said the panel would decide soon"
    assert dropped('You had said " give us a couple of weeks " , so I am writing now .') == (
        'You had said " give us a couple of weeks "'
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I told you I need an answer by Friday .",  # the writer speaks
        "As I said , I expect an answer today .",
        "You said Friday .",  # a bare deadline thrown back
        "You said nothing for a month .",  # not a report
        'You said " soon " .',  # scare quotes
        "You said you would call me two weeks ago , and nothing .",  # the writer counts the wait
        'Your recruiter told me you are " going elsewhere " .',
        "You never said the role was temporary .",  # a denial is the writer's
        "Your recruiter told me the process was nearly done , which was a lie .",  # a comment on it
        "Enjoy explaining to your director why the team is empty .",  # not a speech verb form
    ],
)
def test_the_writers_own_words_are_kept(sentence: str) -> None:
    assert dropped(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Reyes said the hiring manager was travelling, so I understand things may be slower this month.",
        "Ms Reyes said the hiring manager was travelling.",
        "You told me the hiring manager was away until the 20th, so I have waited until Monday to ask.",
        "You told me you would know by Friday, so I have waited until Monday to ask.",
        'You had said "give us a couple of weeks", so I am writing now.',
        "You mentioned that the other candidate had more hands-on SAP experience, which makes sense to me.",
        "We talked about attacking systems, exploiting weak passwords and phishing your own staff.",
    ],
)
def test_reported_words_and_security_trade_are_not_hostile(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "You said you would call me on Friday and you never did.",
        "You told me I would hear back within a week, and that was a month ago.",
        "Your recruiter told me the process was nearly done, which was clearly a lie.",
        "You said nothing for a month.",
        "I told you I need an answer by Friday.",
        "You said Friday.",
    ],
)
def test_a_grievance_around_a_report_is_still_hostile(linter: Linter, sentence: str) -> None:
    assert tone_codes(linter, sentence) != []
