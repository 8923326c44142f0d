"""Running the command line in-process, shared by the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "examples" / "thank-you.txt"
WEAK = ROOT / "examples" / "thank-you-weak.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``followup-lint ARGV...``: (exit code, standard output, standard error)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
