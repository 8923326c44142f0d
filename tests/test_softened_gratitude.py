"""FL201's ``softened_by``: a thank-you that never thanks but says warmly that meeting was a
pleasure falls short (a warning) without embarrassing the sender (no error)."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _fl201(linter: Linter, body: str) -> list[str]:
    text = f"Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\n{body}\n\nBest,\nLee"
    return [f.severity.value for f in linter.lint(text, purpose="thank-you").findings if f.code == "FL201"]


@pytest.mark.parametrize(
    "body",
    [
        "It was a pleasure meeting you yesterday and learning about the service centre.",
        "I really enjoyed our conversation about the dbt migration.",
        # a note that builds on the conversation instead of thanking (held up as good by a career page)
        "Our conversation yesterday about the reissue schedule has stayed with me, and I sketched a calendar.",
        "Since we spoke, I've been thinking about your question on churn in the first month.",
        "I came away from our conversation even more energised about the clinic's plans.",
    ],
)
def test_warmth_without_thanks_is_a_warning(linter: Linter, body: str) -> None:
    assert _fl201(linter, body) == ["warning"]


@pytest.mark.parametrize(
    "body",
    [
        "I am writing about the Data Analyst role we discussed.",
        # what stayed is not the conversation, or nothing was kept in mind
        "The smell of the kitchen has stayed with me. I want the job.",
        "I came away from the building site muddy. Here is my portfolio.",
    ],
)
def test_no_thanks_and_no_warmth_is_still_an_error(linter: Linter, body: str) -> None:
    assert _fl201(linter, body) == ["error"]


def test_thanks_given_needs_no_softening(linter: Linter) -> None:
    assert _fl201(linter, "Thank you for meeting me; it was a pleasure.") == []
