"""Harper prints a debugging line to file descriptor 1 for some phrases, below Python's sys.stdout
(round 30's good probes: "looking forward to steady planned work"); a JSON report on standard
output must still parse, and the line goes to standard error (followup_lint/language/quiet_stdout.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.cli import main
from followup_lint.language.quiet_stdout import stdout_to_stderr

DRAFT = (
    "Subject: Thank you – Handyperson interview\n\nDear Ms Osei,\n\nThank you for this morning's interview and the "
    "walk round the Elm Court flats. After nine years on my own, I am looking forward to steady planned work as part "
    "of a team.\n\nKind regards,\nSam Reid\n07700 900 514\n"
)


def test_harper_s_stray_line_goes_to_standard_error(linter: Linter, capfd: pytest.CaptureFixture[str]) -> None:
    linter.lint(DRAFT)
    assert "gerund_form" not in capfd.readouterr().out


def test_a_json_report_on_standard_output_still_parses(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    main(["check", str(draft), "--format", "json", "--no-cache"])
    out, _ = capfd.readouterr()
    report = json.loads(out)
    assert report["files"][0]["path"].endswith("draft.txt")


def test_the_swap_nests_and_restores_standard_output(capfd: pytest.CaptureFixture[str]) -> None:
    import os

    with stdout_to_stderr():
        with stdout_to_stderr():
            os.write(1, b"inner\n")
        os.write(1, b"outer\n")
    os.write(1, b"after\n")
    out, err = capfd.readouterr()
    assert out == "after\n"
    assert err == "inner\nouter\n"
