"""The issue's "done when" cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.cli import main

STATUS = """Subject: Following up on the Data Analyst interview

Dear Ana,

Thank you again for meeting with me about the Data Analyst role. I remain very interested in it.
Is there any update on the timeline?

Best regards,
Lee Chen
+1 555 010 0199
"""


def test_cli_status_check_too_soon(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".git").mkdir()
    draft = tmp_path / "draft.txt"
    draft.write_text(STATUS, encoding="utf-8")

    def check(sent: str) -> tuple[int, str]:
        argv = ["check", "--format", "json", "--purpose", "status-check", "--interview-date", "2026-03-02"]
        code = main([*argv, "--date", sent, str(draft)])
        return code, capsys.readouterr().out

    code, out = check("2026-03-04")  # two days on
    assert code == 1
    assert "FL502" in out and "Too soon" in out
    _, out = check("2026-03-12")  # ten days on
    assert "FL502" not in out


def test_wrong_name_in_greeting(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Data Analyst interview\nTo: John Smith <john@example.com>\n\n"
        "Dear Maria,\n\nThank you for meeting with me today.\n\nBest regards,\nLee Chen"
    )
    rep = linter.lint(text, purpose="thank-you")
    (finding,) = [f for f in rep.findings if f.code == "FL132"]
    assert text[finding.start : finding.end] == "Maria" and "John Smith" in finding.message
    assert finding.suggestions[0].edits[0].replacement == "John"


def test_other_company_is_flagged_but_past_employers_are_not(linter: Linter) -> None:
    text = (
        "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for meeting with me. "
        "In my previous role at Globex I rebuilt the reporting pipeline, and I worked at Umbrella "
        "before that. I am excited about the opportunity to join the team at Globex.\n\nBest,\nLee"
    )
    rep = linter.lint(text, purpose="thank-you", context={"company": "Initech"})
    hits = [f for f in rep.findings if f.code == "FL208"]
    assert len(hits) == 1
    assert text[hits[0].start : hits[0].end] == "Globex" and hits[0].start > text.index("join the team")
    rep = linter.lint(
        text.replace("team at Globex", "team at Initech"), purpose="thank-you", context={"company": "Initech Inc."}
    )
    assert not [f for f in rep.findings if f.code == "FL208"]
