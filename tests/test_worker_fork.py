"""Worker processes are forked from the caller's loaded Linter, never rebuild their own."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest

import followup_lint
from followup_lint import runner as runner_module
from followup_lint.linter import Linter
from followup_lint.runner import Runner, RunOptions

FORKS = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
DRAFT = "Subject: Thank you\n\nHi Ana,\n\nThank you for the interview on {day}.\n\nBest,\nLee\n"


@pytest.mark.skipif(not FORKS, reason="workers fork only where the platform forks")
def test_workers_lint_with_the_linter_loaded_before_the_fork(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = []
    for i, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] * 2):
        path = tmp_path / f"draft-{i:02d}.txt"
        path.write_text(DRAFT.format(day=day), encoding="utf-8")
        files.append(path)
    built, linted = tmp_path / "built.log", tmp_path / "linted.log"
    make, lint_draft = Linter.__init__, Linter.lint_draft

    def counted_init(self: Linter, *args: object, **kwargs: object) -> None:
        with built.open("a", encoding="ascii") as log:
            log.write(f"{os.getpid()}\n")
        make(self, *args, **kwargs)  # type: ignore[arg-type]

    def counted_lint(self: Linter, *args: object, **kwargs: object) -> followup_lint.Report:
        with linted.open("a", encoding="ascii") as log:
            log.write(f"{os.getpid()}\n")
        return lint_draft(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner_module, "_LINTERS", {})  # nothing loaded yet in this process
    monkeypatch.setattr(Linter, "__init__", counted_init)
    monkeypatch.setattr(Linter, "lint_draft", counted_lint)
    context = followup_lint.Context(sent_at="2026-03-03T09:00")
    serial = Runner(RunOptions(context=context)).run(files, jobs=1)
    monkeypatch.setattr(runner_module, "_LINTERS", {})
    built.unlink()
    linted.unlink()
    parallel = Runner(RunOptions(context=context)).run(files, jobs=2)

    me = str(os.getpid())
    assert built.read_text(encoding="ascii").split() == [me]  # built once, here
    assert set(linted.read_text(encoding="ascii").split()) - {me}  # and used by the workers
    assert [r.report for r in parallel.results] == [r.report for r in serial.results]
