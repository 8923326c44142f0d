"""Golden reports: every bundled example gives exactly the recorded report.

A change in any rule, the parser or the scoring shows up here as a readable JSON diff.  After an
intended change, regenerate with FOLLOWUP_LINT_UPDATE_SNAPSHOTS=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"
# Drafts without a Date: header are judged as if sent at this moment, so goldens never depend on the clock.
SENT_AT = "2026-03-03T09:00:00"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_report_matches_golden(linter: Linter, example: Path) -> None:
    text = example.read_text(encoding="utf-8")
    context = None if any(line.startswith("Date:") for line in text.splitlines()[:12]) else {"sent_at": SENT_AT}
    report = linter.lint(text, context=context, path=f"examples/{example.name}")
    got = json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    golden = GOLDEN / (example.stem + ".json")
    if os.environ.get("FOLLOWUP_LINT_UPDATE_SNAPSHOTS") == "1":
        golden.write_text(got, encoding="utf-8")
    assert golden.is_file(), f"no golden report for {example.name}; run with FOLLOWUP_LINT_UPDATE_SNAPSHOTS=1"
    assert got == golden.read_text(encoding="utf-8"), f"{example.name}: report differs from {golden}"
