"""FL302 and "Hey" in the greeting: "Hey Priya," alone on the greeting line names the reader, and
LABELLING.md accepts it in good drafts (a start-up's founder, a friendly interviewer), so it is a tip
that keeps its fix ("Hello"); "Hey there", "Hey team", "Hey Ana!!" and a "Hey" run into the message
stay warnings."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def fl302(linter: Linter, greeting: str) -> list[tuple[str, str]]:
    text = (
        f"Subject: Thank you – Growth Associate interview\n\n{greeting}\n\nThank you for your time today.\n\nBest,\nLee"
    )
    return [(text[f.start : f.end], f.severity.value) for f in linter.lint(text).findings if f.code == "FL302"]


@pytest.mark.parametrize("greeting", ["Hey Priya,", "Hey Priya", "Hey, Priya,", "Hey Mary Jo,", "hey Rohan,"])
def test_hey_before_the_name_alone_is_a_tip(linter: Linter, greeting: str) -> None:
    found = fl302(linter, greeting)
    assert [severity for _, severity in found] == ["info"]


@pytest.mark.parametrize(
    "greeting",
    ["Hey there,", "Hey Team,", "Hey guys,", "Hey Ana!!", "Hey Priya, thanks for today, it went well.", "Hey you,"],
)
def test_hey_without_a_name_or_with_more_stays_a_warning(linter: Linter, greeting: str) -> None:
    assert "warning" in [severity for _, severity in fl302(linter, greeting)]


def test_the_tip_keeps_its_fix(linter: Linter) -> None:
    text = "Subject: Thank you\n\nHey Priya,\n\nThank you for your time today.\n\nBest,\nLee"
    finding = next(f for f in linter.lint(text).findings if f.code == "FL302")
    assert [e.replacement for s in finding.suggestions for e in s.edits] == ["Hello"]
