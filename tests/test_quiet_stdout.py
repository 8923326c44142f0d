"""Harper's LookingForwardTo rule prints a debugging line to file descriptor 1, below Python's sys.stdout
(round 30's good probes: "looking forward to steady planned work"), which corrupted a JSON report on standard
output. The rule is off by default, and FL406 hears its slip with a pattern of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.cli import main

DRAFT = (
    "Subject: Thank you – Handyperson interview\n\nDear Ms Osei,\n\nThank you for this morning's interview and the "
    "walk round the Elm Court flats. After nine years on my own, I am looking forward to steady planned work as part "
    "of a team, and I'm looking forward to hear from you.\n\nKind regards,\nSam Reid\n07700 900 514\n"
)


def test_nothing_is_printed_to_standard_output(linter: Linter, capfd: pytest.CaptureFixture[str]) -> None:
    linter.lint(DRAFT)
    assert capfd.readouterr().out == ""


def test_a_json_report_on_standard_output_parses(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    main(["check", str(draft), "--format", "json", "--no-cache"])
    report = json.loads(capfd.readouterr().out)
    assert report["files"][0]["path"].endswith("draft.txt")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I'm looking forward to hear from you.", True),
        ("I look forward to meet the team.", True),
        ("I'm looking forward to hearing from you.", False),
        ("I am looking forward to steady planned work.", False),
        ("I look forward to the meeting.", False),
    ],
)
def test_looking_forward_to_a_plain_verb(linter: Linter, sentence: str, flagged: bool) -> None:
    text = f"Subject: Thank you\n\nDear Ms Osei,\n\nThank you for the interview. {sentence}\n\nBest,\nSam"
    found = [f for f in linter.lint(text).findings if f.code == "FL406"]
    assert bool(found) is flagged
