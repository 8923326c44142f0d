"""Blind batch tone7 (2026-12-04): polite, firm sentences that drew a sarcasm (FL323), credential-arguing
(FL324) or snide (FL326) error, and hostile look-alikes that must stay flagged.  A quoted motto, the
writer's own slip owned plainly, a feedback request about "someone with my background" and "no doubt
the person you chose will ..." are courtesy; a word of scorn in scare quotes, "you clearly did not read",
credentials beside disbelief are not.  An uncertain shape (one quoted ordinary word, credentials beside
a bare "not") is a warning, never an error.  Sentences written for this test."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.tone_in_sentence import tone_codes


def rejection_reply_tone(linter: Linter, sentence: str) -> dict[str, str]:
    """The FL3xx codes (with their severity) overlapping ``sentence`` inside a courteous rejection reply."""
    text = (
        "Subject: Re: Operations Analyst role\n\nHi Dana,\n\nThank you for letting me know about your decision. "
        f"{sentence} I hope our paths cross again.\n\nBest regards,\nSam Ortiz\n555-0142"
    )
    start = text.index(sentence)
    end = start + len(sentence)
    report = linter.lint(text, purpose="rejection-reply", channel="email")
    found: dict[str, str] = {}
    for f in report.findings:
        overlaps = f.start < end and f.end > start
        if (
            f.code.startswith("FL3")
            and f.severity.value in ("warning", "error")
            and overlaps
            and found.get(f.code) != "error"
        ):
            found[f.code] = f.severity.value
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        'I loved your "people first" culture and would be proud to work in it.',
        'The "no heroes" rule you described for on-call made a lot of sense to me.',
        "I clearly did not explain the migration project well, so here is a short summary.",
        "You obviously have a strong team, and I would be glad to join it.",
        "I'm sure you have a busy week, so I'll keep this short.",
    ],
)
def test_polite_thank_you_sentences_pass(linter: Linter, sentence: str) -> None:
    assert not {"FL323", "FL324", "FL326"} & set(tone_codes(linter, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I obviously did not prepare enough for the case study, and your feedback was fair.",
        "I clearly did not explain my gap year well, and you were kind to ask about it.",
        "We obviously did not get to the portfolio, so I've attached two short samples.",
        "I'd love to know what someone with my background could do to become a stronger candidate.",
        "Could you tell me what a candidate with my experience should focus on before applying again?",
        "With my background in retail, I was not surprised you wanted someone from finance, and I understand.",
        "I have no doubt the person you chose will bring a lot, and I'm glad I had the chance to meet you.",
        'I\'m still thinking about the "no heroes" rule you described for on-call.',
        'I loved your "people first" culture, and I hope to find it again.',
    ],
)
def test_gracious_rejection_replies_pass(linter: Linter, sentence: str) -> None:
    assert not {"FL323", "FL324", "FL326"} & set(rejection_reply_tone(linter, sentence))


def test_credentials_beside_a_bare_not_are_a_warning_at_most(linter: Linter) -> None:
    found = rejection_reply_tone(
        linter, "With my ten years in payroll, I'm not giving up on working with your team one day."
    )
    assert found.get("FL324") in (None, "warning")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ('I guess your "rigorous process" couldn\'t spot a qualified candidate.', "FL323"),
        ("Your panel clearly did not read my portfolio.", "FL323"),
        ("With my MBA and twelve years in logistics, I fail to see why I was not selected.", "FL324"),
        ("With my background, I am shocked that you rejected me.", "FL324"),
        ("Rejecting someone with my credentials is a mistake you will regret.", "FL324"),
        ("I doubt the person you chose will last six months.", "FL326"),
        ("I doubt whoever you picked has half my experience.", "FL324"),
    ],
)
def test_hostile_look_alikes_stay_errors(linter: Linter, sentence: str, code: str) -> None:
    assert rejection_reply_tone(linter, sentence).get(code) == "error"


def test_scare_quoted_thanks_alone_is_a_warning(linter: Linter) -> None:
    """Sarcasm in one pair of scare quotes, which the tone model does not back and no second hostile
    rule joins, is reported as a warning (docs/scoring.md, corroboration)."""
    assert rejection_reply_tone(linter, 'Thanks for the "valuable" feedback.').get("FL323") == "warning"
