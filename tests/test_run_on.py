"""FL408: two sentences run together with no full stop or comma.  Sentences written for this test
(correct8), the fused ones and the right ones that look like them, before the rule was written."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def run_ons(linter: Linter, sentence: str) -> list[str]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\n{sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [text[f.start : f.end] for f in report.findings if f.code == "FL408"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting me today I really enjoyed hearing about the new clinic.",
        "It was great to meet you I hope we can talk again soon.",
        "Thanks again for your time I look forward to hearing from you.",
        "Thank you I appreciated the tour.",
        "Thanks for the call this morning I have attached my references.",
        "It was lovely meeting you yesterday I learned a lot about the role.",
        "Hope to hear from you soon I am available all week.",
        "Thank you so much I was glad to meet the whole team.",
    ],
)
def test_fused_sentences_are_flagged(linter: Linter, sentence: str) -> None:
    assert run_ons(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I promise you I will send it today.",
        "I told you I would follow up this week.",
        "Thank you for everything you did for me.",
        "The team I met today was very welcoming.",
        "Today I learned a lot about the role.",
        "It was great to meet you, and I hope we can talk again soon.",
        "Thank you. I really enjoyed the visit.",
        "Before meeting you I had not used Tableau.",
        "After meeting you I was even keener on the role.",
        "Let me assure you I am still very interested.",
        "I can show you I have the skills you need.",
        "Earlier today I finished the case study.",
        "Thank you for the feedback you gave me yesterday.",
        # a conjunction opens a clause with the time word (a dev draft of corpus batch y-5, lead's review)
        "I had spent the week preparing, and this morning I was told the post had gone.",
        "I meant to write sooner, but today I finally have the figures.",
        "The list went up last night so today I know where I stand.",
    ],
)
def test_right_sentences_are_not_flagged(linter: Linter, sentence: str) -> None:
    assert run_ons(linter, sentence) == []
