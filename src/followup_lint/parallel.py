"""Lint many files, in this process or in worker processes, with the same result either way.

Each worker builds its own :class:`~followup_lint.linter.Linter` (one per distinct
configuration) from a picklable :class:`Job`; Linters never cross process boundaries (Harper's
is not picklable).  Results come back in input order whatever order the workers finish in.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from followup_lint.config import Config
from followup_lint.context import Context
from followup_lint.errors import FollowupLintError
from followup_lint.formats.base import FileResult

if TYPE_CHECKING:
    from followup_lint.linter import Linter


@dataclass(frozen=True)
class Job:
    """One input file and everything needed to lint it, picklable."""

    display: str  # the path as shown in the output
    path: Path | None  # the file to read (None: ``data`` is standard input)
    config: Config
    data: bytes | None = None
    reader: str | None = None  # a reader name for standard input (from --stdin-filename)
    template: bool | None = None
    purpose: str | None = None
    channel: str | None = None
    context: Context | None = None


_LINTERS: dict[str, Linter] = {}  # per process: Config.linter_key() -> Linter


def _linter(config: Config) -> Linter:
    from followup_lint.linter import Linter

    key = config.linter_key()
    if key not in _LINTERS:
        _LINTERS[key] = Linter(config)
    return _LINTERS[key]


def run_job(job: Job) -> list[FileResult]:
    """Read, lint and apply suppressions for one file; input problems become an error result."""
    from followup_lint.inputs import _read

    read_as = job.path if job.path is not None else Path(job.display)
    display, drafts, source, error = _read(job.display, read_as, job.data, job.reader, job.template)
    if error is not None:
        return [FileResult(path=display, report=None, error=error)]
    linter = _linter(job.config)
    try:
        reports = [linter.lint_draft(d, purpose=job.purpose, channel=job.channel, context=job.context) for d in drafts]
        reports = linter.suppress(reports, drafts, job.display, reader=job.reader, sidecar_of=job.path)
    except FollowupLintError as exc:
        message = str(exc) if exc.path else f"{display}: {exc}"
        return [FileResult(path=display, report=None, error=message)]
    return [
        FileResult(path=display, report=r, source_text=source, source_map=d.source_map)
        for r, d in zip(reports, drafts, strict=False)
    ]


class Progress:
    """A one-line progress bar on a terminal's standard error; silent elsewhere."""

    MIN_FILES = 10
    WIDTH = 28

    def __init__(self, total: int, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = total >= self.MIN_FILES and self.stream.isatty() and os.environ.get("TERM") != "dumb"
        self.enabled = enabled
        self._last = 0.0

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if self.done < self.total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.WIDTH * self.done // max(1, self.total)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\rfollowup-lint [{bar}] {self.done}/{self.total} files")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def run_jobs(
    jobs: Sequence[Job],
    workers: int = 1,
    progress: Progress | None = None,
    run: Callable[[Job], list[FileResult]] = run_job,
) -> list[list[FileResult]]:
    """Results of each job, in the order of ``jobs``."""
    progress = progress or Progress(len(jobs), enabled=False)
    out: list[list[FileResult] | None] = [None] * len(jobs)
    try:
        if workers <= 1 or len(jobs) <= 1:
            for i, job in enumerate(jobs):
                out[i] = run(job)
                progress.advance()
        else:
            context = _warm_fork_context(jobs) if run is run_job else None
            with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context) as pool:
                futures = {pool.submit(run, job): i for i, job in enumerate(jobs)}
                for future in as_completed(futures):
                    out[futures[future]] = future.result()
                    progress.advance()
    finally:
        progress.close()
    return [r if r is not None else [] for r in out]


def _warm_fork_context(jobs: Sequence[Job]) -> multiprocessing.context.BaseContext | None:
    """Build each configuration's Linter (spaCy and Harper loaded) here, then fork: workers start warm.

    Without fork (macOS, Windows) each worker builds its own Linter on its first job.  Harper's
    background warm-up thread is joined first, so no thread is mid-build when the process forks.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":
        return None
    from followup_lint.language import wait_for_warm_up

    wait_for_warm_up()
    for job in jobs:
        linter = _linter(job.config)
        linter.preload()
    return multiprocessing.get_context("fork")


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
