"""Lint a stream of drafts, in order, with a bounded number in flight (``Linter.lint_many``).

A platform that lints drafts for many users reads them from a queue or a database cursor: the
input may be endless, so it is never listed.  At most ``jobs * AHEAD`` chunks of ``CHUNK`` items
are read ahead of the report being yielded; reports come back in input order however the
workers finish.  Each worker process holds one Linter (Harper is neither picklable nor
thread-safe); on Linux the workers are forked from the caller's warm Linter.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from followup_lint.context import Context

if TYPE_CHECKING:
    from followup_lint.config import Config
    from followup_lint.linter import Linter
    from followup_lint.report import Report

CHUNK = 16  # items a worker takes at once: fewer round trips between processes
AHEAD = 4  # chunks in flight per worker


def read_ahead(jobs: int) -> int:
    """The most items read beyond the last report yielded: the chunks in flight, and the one
    whose reports are being yielded."""
    return 1 if jobs <= 1 else (jobs * AHEAD + 1) * CHUNK


@dataclass(frozen=True)
class Item:
    """One draft of a stream: its text and what a caller may say about it."""

    text: str
    path: str | None = None  # a label for the report (no file is read)
    purpose: str | None = None
    channel: str | None = None
    context: Context | dict[str, Any] | None = None
    template: bool = False


def lint_item(linter: Linter, item: str | Item) -> Report:
    if not isinstance(item, Item):
        return linter.lint(item)
    return linter.lint(
        item.text,
        purpose=item.purpose,
        channel=item.channel,
        context=item.context,
        path=item.path,
        template=item.template,
    )


_WORKER: list[Linter] = []  # this worker process's Linter


def _worker_start(parent: int, config: Config) -> None:
    from followup_lint.parallel import _worker_init
    from followup_lint.runner import linter_for

    _worker_init(parent)
    _WORKER[:] = [linter_for(config)]  # forked: the parent's warm Linter; spawned: built here


def _lint_chunk(items: list[str | Item]) -> list[Report]:
    return [lint_item(_WORKER[0], item) for item in items]


def lint_many(linter: Linter, items: Iterable[str | Item], jobs: int = 1) -> Iterator[Report]:
    """Reports of ``items`` in input order; ``jobs`` > 1 lints in that many worker processes."""
    if jobs <= 1:
        for item in items:
            yield lint_item(linter, item)
        return
    from followup_lint.runner import _LINTERS

    context = None
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        from followup_lint.language import wait_for_warm_up

        wait_for_warm_up()
        linter.preload()
        _LINTERS.setdefault(linter.config.linter_key(), linter)  # the workers fork with it
        context = multiprocessing.get_context("fork")
    source = iter(items)
    pending: deque[Future[list[Report]]] = deque()
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(), linter.config)
    ) as pool:

        def submit() -> bool:
            chunk = list(islice(source, CHUNK))
            if chunk:
                pending.append(pool.submit(_lint_chunk, chunk))
            return bool(chunk)

        try:
            while len(pending) < jobs * AHEAD and submit():
                pass
            while pending:
                reports = pending.popleft().result()
                submit()
                yield from reports
        finally:  # the caller stopped early (or a draft was bad): drop the chunks not started
            for future in pending:
                future.cancel()
