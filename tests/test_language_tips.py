"""FL402 and FL405 on right English that Harper questions (found on good dev drafts).

- Harper's CompoundNouns asks for a closed compound ("their new line launches" -> "newline"): an
  open compound in use (a product line, a new line of work) is no grammar error; like MergeWords'
  joins, it is a tip.
- Harper's MissingPreposition reads an adjective before a clause whose "that" is left out ("I am
  confident I could help", "I am afraid my answer was unclear") as a missing preposition: right
  English, so no finding.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def findings(linter: Linter, sentence: str, code: str) -> list[tuple[str, str]]:
    text = f"Subject: Thank you\n\nHi Ana,\n\n{sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    "sentence",
    [
        "We talked about the suppliers you need before their new line launches in spring.",
        "I am ready for a new line of work in retail.",
    ],
)
def test_an_open_compound_the_backend_would_close_is_a_tip(linter: Linter, sentence: str) -> None:
    assert findings(linter, sentence, "FL402") == [("new line", "info")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After eight years of audits, I am confident I could help that practice grow.",
        "I am afraid my answer about the budget was unclear.",
        "I am sure we can find a time next week.",
        "I am glad you liked the case study.",
        "I am hopeful we can talk again soon.",
        "I was afraid I had rambled, so thank you for your patience.",
        "I am happy we met.",
    ],
)
def test_an_adjective_before_a_clause_without_that_is_no_missing_preposition(linter: Linter, sentence: str) -> None:
    assert findings(linter, sentence, "FL405") == []


def test_other_wording_tips_in_such_a_phrase_stay(linter: Linter) -> None:
    assert [w.strip() for w, _ in findings(linter, "The talk was um the best part of my day.", "FL405")] == ["um"]
