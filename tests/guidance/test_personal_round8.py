"""G-PERSONAL round 8 (personal8): blind probes for FL209 (wrong role), FL505 (wrong weekday) and
FL130 (generic greeting), and the name pattern that must not take the writer's "I".  Each probe
was written, with its verdict, before the linter was run on it."""

from __future__ import annotations

import re

import pytest

from followup_lint.checks.personal import _NAME

CONTEXT = {
    "company": "Globex",
    "interviewers": ["Ngozi Okafor"],
    "interview_date": "2026-03-03",  # a Tuesday
    "sent_at": "2026-03-04",
}


def _draft(body: str, greeting: str = "Dear Ms. Okafor,") -> str:
    return f"Subject: Thank you for the interview\n\n{greeting}\n\n{body}\n\nBest regards,\nLee Park"


def _found(linter, code: str, body: str, greeting: str = "Dear Ms. Okafor,", **context: object):
    ctx = {**CONTEXT, **context}
    return [f for f in linter.lint(_draft(body, greeting), context=ctx).findings if f.code == code]


# --- the name pattern: a lone "I" after a name is the writer speaking


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaiser I held", "Kaiser"),
        ("Kaiser Permanente I think", "Kaiser Permanente"),
        ("Initrode I’m sure", "Initrode"),
        ("Initrode I'd say", "Initrode"),
        ("Ross & Co I", "Ross & Co"),
        ("Kaiser I.", "Kaiser"),
    ],
)
def test_name_pattern_stops_before_a_lone_i(text: str, name: str) -> None:
    m = re.compile(_NAME).match(text)
    assert m and m.group("name") == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("World War II", "World War II"), ("Bank I&T", "Bank I&T"), ("Acme IT Group", "Acme IT Group")],
)
def test_name_pattern_keeps_words_that_start_with_i(text: str, name: str) -> None:
    m = re.compile(_NAME).match(text)
    assert m and m.group("name") == name


def test_wrong_firm_before_a_lone_i_is_named_without_it(linter) -> None:
    found = _found(linter, "FL208", "Thank you for Tuesday. I am excited about joining Initrode I must say.")
    assert [f.message.split("”")[0] for f in found] == ["“Initrode"]


def test_past_firm_before_a_lone_i_is_still_the_writers_past(linter) -> None:
    assert not _found(linter, "FL208", "Thank you for Tuesday. The role at Kaiser I held for three years was similar.")
