"""G-POSITIVE on a blind batch written on 2026-12-04 (not from the corpus or any page): dwelling on
hardship, bitterness and running down a former employer, each set in an otherwise courteous note.

Before the change 5 of 18 negative lines drew no tone warning (tears over the news, a divorce given
as the reason to hire, health problems recounted, "a bit bitter about it", "I hated my last job and
everyone in it"); after it none. None of 11 balanced lines or look-alikes ("disappointed, but not
bitter", "cried with laughter", the team "going through a tough time") is flagged."""

from __future__ import annotations

import pytest

from followup_lint import Linter

OPENERS = {
    "rejection-reply": "Thank you for letting me know about the decision.",
    "status-check": "I'm checking in on the Analyst role I interviewed for on the 3rd.",
    "thank-you": "Thank you for meeting me on Tuesday about the Analyst role.",
}
TONE_ITEMS = ("G-POSITIVE", "G-TONE-PROFESSIONAL", "G-TONE-PATIENT")


def tone_alarms(linter: Linter, purpose: str, sentence: str) -> list[str]:
    text = f"Subject: Analyst role\n\nHi Ana,\n\n{OPENERS[purpose]} {sentence}\n\nBest regards,\nLee Park"
    report = linter.lint(text, purpose=purpose)
    return [
        f.code
        for f in report.findings
        if f.severity.value in ("warning", "error") and any(g in f.guidance for g in TONE_ITEMS)
    ]


NEGATIVE = [
    ("rejection-reply", "I cried for an hour after reading your email."),
    ("thank-you", "I'm going through a divorce right now, so this job would really help me get back on my feet."),
    ("rejection-reply", "I'm gutted, to be honest, and a bit bitter about it."),
    ("thank-you", "I hated my last job and everyone in it."),
    ("thank-you", "Sorry for rambling about my health problems during the interview, it's been a rough year."),
    ("rejection-reply", "Honestly I feel devastated and I don't know what to do next."),
    # heard before the change
    ("status-check", "My landlord is threatening eviction, so I really need to know soon."),
    ("thank-you", "My current manager is a nightmare, which is why I'm so keen to get out."),
    ("rejection-reply", "I guess I'm just not good enough for anyone."),
]

BALANCED = [
    ("rejection-reply", "I was disappointed, but I'm grateful for the chance and would welcome feedback."),
    ("rejection-reply", "I was disappointed, but not bitter, and I'd welcome any feedback."),
    ("thank-you", "After five years at my current firm, I'm ready for a bigger analytical challenge."),
    ("thank-you", "I mentioned my career break to care for my father; I'm glad it didn't worry the panel."),
    ("thank-you", "I know the team is going through a tough time with the restructure, and I admired your candour."),
    ("thank-you", "Your story about the bitter winter launch made me laugh."),
    ("thank-you", "I'm going through the case study again tonight to sharpen my answer."),
    ("thank-you", "I cried with laughter at the onboarding video you showed me."),
    ("rejection-reply", "It's a tough market, and I appreciate you letting me know quickly."),
]


@pytest.mark.parametrize(("purpose", "sentence"), NEGATIVE)
def test_dwelling_on_the_negative_draws_a_warning(linter: Linter, purpose: str, sentence: str) -> None:
    assert tone_alarms(linter, purpose, sentence), sentence


@pytest.mark.parametrize(("purpose", "sentence"), BALANCED)
def test_a_balanced_line_draws_none(linter: Linter, purpose: str, sentence: str) -> None:
    assert tone_alarms(linter, purpose, sentence) == [], sentence
