"""Round 14: what the lead's checks after merging the helpers' branches found, each a test."""

from __future__ import annotations

import pytest

from followup_lint import Linter

_CTX = {
    "company": "Harbourline Group",
    "role": "Warehouse Lead",
    "interviewers": ["Dana Cole"],
    "interview_date": "2026-11-10",
    "sent_at": "2026-11-11",
}


def _note(line: str) -> str:
    return (
        "Subject: Warehouse Lead interview\n\nHi Dana,\n\nThank you for the interview yesterday. "
        f"{line} I look forward to hearing from you.\n\nBest,\nSam Reid"
    )


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("code", "flagged", "line"),
    [
        # FL310: years of searching said as praise of the reader's team is no hardship (tone14patient's report)
        ("FL310", False, "I was searching for two years for a team like yours, and yesterday confirmed it."),
        ("FL310", False, "I have been looking for three years to find a place like this."),
        ("FL310", True, "I have been searching for two years and my savings are running out."),
    ],
)
def test_merge_checks(linter: Linter, code: str, flagged: bool, line: str) -> None:
    found = [f.message for f in linter.lint(_note(line), context=_CTX).findings if f.code == code]
    assert bool(found) == flagged, found
