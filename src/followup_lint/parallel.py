"""Lint many files, in this process or in worker processes, with the same result either way.

Each worker builds its own :class:`~followup_lint.linter.Linter` (one per distinct
configuration) from a picklable :class:`Job`; Linters never cross process boundaries (Harper's
is not picklable).  Files are linted a chunk at a time (``runner.lint_jobs``), so that the
drafts of a chunk share Harper calls.  Results come back in input order whatever order the workers finish in.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO

from followup_lint.formats.base import FileResult
from followup_lint.runner import Job, lint_job, lint_jobs, linter_for


def _watch_parent(parent: int) -> None:
    """Exit this worker as soon as its parent is gone (SIGKILL, SIGTERM, a crash).

    A worker whose parent died is re-parented; it would otherwise live on holding the output
    pipe open, so that a caller waiting on the pipe hangs.
    """
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(_WATCH_INTERVAL)


def _worker_init(parent: int) -> None:
    """Start the watchdog.  (Not prctl(PR_SET_PDEATHSIG): it fires when the *thread* that
    started the worker ends, which need not be when the parent process does.)"""
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="followup-lint-watchdog", daemon=True).start()


_WATCH_INTERVAL = 0.2


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
    run: Callable[[Job], list[FileResult]] = lint_job,
) -> list[list[FileResult]]:
    """Results of each job, in the order of ``jobs``."""
    return list(iter_jobs(jobs, workers, progress, run))


def iter_jobs(
    jobs: Sequence[Job],
    workers: int = 1,
    progress: Progress | None = None,
    run: Callable[[Job], list[FileResult]] = lint_job,
) -> Iterator[list[FileResult]]:
    """Results of each job as soon as it and every job before it are done, in the order of
    ``jobs``: the caller can write them out and let them go (the CLI streams its output)."""
    progress = progress or Progress(len(jobs), enabled=False)
    try:
        if workers <= 1 or len(jobs) <= 1:
            from followup_lint.streaming import CHUNK

            step = CHUNK if run is lint_job else 1  # a chunk's drafts share Harper calls
            for at in range(0, len(jobs), step):
                part = jobs[at : at + step]
                for result in lint_jobs(list(part)) if step > 1 else [run(part[0])]:
                    progress.advance()
                    yield result
        else:  # the streaming engine of Linter.lint_many: chunks in order, bounded read-ahead
            from followup_lint.streaming import CHUNK, ordered_map

            context = _warm_fork_context(jobs) if run is lint_job else None
            workers = min(workers, len(jobs))
            chunk = max(1, min(CHUNK, len(jobs) // (workers * 4)))  # small batches still spread
            results = ordered_map(
                run,
                jobs,
                workers,
                chunk=chunk,
                many=lint_jobs if run is lint_job else None,
                context=context,
                initializer=_worker_init,
                initargs=(os.getpid(),),
            )
            for result in results:
                progress.advance()
                yield result
    finally:
        progress.close()


def _warm_fork_context(jobs: Sequence[Job]) -> multiprocessing.context.BaseContext | None:
    """Build each configuration's Linter (spaCy and Harper loaded) here, then fork: workers start warm.

    Without fork (macOS, Windows) each worker builds its own Linter on its first job.  Harper's
    background warm-up thread is joined first, so no thread is mid-build when the process forks.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":
        return None
    from followup_lint.language import wait_for_warm_up

    wait_for_warm_up()
    keys = set()
    for job in jobs:  # once per configuration, not once per file (1,000 files: 0.3 s of CPU)
        key = job.config.linter_key()
        if key not in keys:
            keys.add(key)
            linter_for(job.config).preload()
    return multiprocessing.get_context("fork")


def default_jobs() -> int:
    """The cores this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


#: Files each worker must have before ``auto_workers`` starts another: a worker forks from a
#: warm parent, but the pool, the pickling and the results' trip back cost about as much as
#: linting a few drafts (docs/performance.md).
FILES_PER_WORKER = 8


def auto_workers(files: int) -> int:
    """Workers for ``files`` files when the user did not say: every core once each has
    ``FILES_PER_WORKER`` files, one (this process) below that."""
    return max(1, min(default_jobs(), files // FILES_PER_WORKER))


def worker_count(requested: int, force: bool = False) -> int:
    """``requested`` workers (0: one per core), at most one per core unless ``force``: more
    workers than cores only cost memory (each holds its own spaCy and Harper)."""
    cores = default_jobs()
    if requested <= 0:
        return cores
    return requested if force else min(requested, cores)
