"""Helpers for the CI-integration tests: run the CLI in-process, compare with snapshots."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from ci_helpers import REPO

from followup_lint.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``cli(*args, cwd=REPO)`` -> Run; GitHub's environment is hidden so auto stays text."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(*args: str, cwd: Path = REPO) -> Run:
        monkeypatch.chdir(cwd)
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A writable copy of the fixture repository."""
    target = tmp_path / "template-repo"
    shutil.copytree(REPO, target)
    return target
