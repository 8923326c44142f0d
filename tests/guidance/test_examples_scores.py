"""Bundled examples: good drafts score at least 90, weak ones under 60, with every rule on."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[2]
NAMES = sorted(p.name for p in (ROOT / "examples").glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_example_score(linter: Linter, name: str) -> None:
    (report,) = linter.lint_file(ROOT / "examples" / name)
    assert report.score is not None
    if name.endswith("-weak.txt"):
        assert report.score < 60, [f.code for f in report.findings]
    else:
        assert report.score >= 90, [(f.code, f.message) for f in report.findings]


def test_a_good_and_weak_example_for_each_purpose_and_channel() -> None:
    for stem in ("thank-you", "status-check", "rejection-reply", "linkedin", "letter", "call"):
        assert f"{stem}.txt" in NAMES and f"{stem}-weak.txt" in NAMES
