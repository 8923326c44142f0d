"""Lint a stream of drafts, in order, with a bounded number in flight (``Linter.lint_many``).

A platform that lints drafts for many users reads them from a queue or a database cursor: the
input may be endless, so it is never listed.  At most ``jobs * AHEAD`` chunks of ``CHUNK`` items
are read ahead of the report being yielded; reports come back in input order however the
workers finish.  Each worker process holds one Linter (Harper is neither picklable nor
thread-safe); on Linux the workers are forked from the caller's warm Linter.  Without workers,
drafts are still read a chunk at a time: the drafts of a chunk share Harper calls
(``lint_items``), which costs about half as much Harper time as one call a draft.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from followup_lint.context import Context

if TYPE_CHECKING:
    from followup_lint.config import Config
    from followup_lint.draft import Draft
    from followup_lint.linter import Linter
    from followup_lint.report import Report

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 16  # items taken at once: fewer round trips between processes, shared Harper calls
AHEAD = 4  # chunks in flight per worker


def read_ahead(jobs: int) -> int:
    """The most items read beyond the last report yielded: the chunks in flight, and the one
    whose reports are being yielded (without workers, that one chunk)."""
    return CHUNK if jobs <= 1 else (jobs * AHEAD + 1) * CHUNK


@dataclass(frozen=True)
class Item:
    """One draft of a stream: its text and what a caller may say about it."""

    text: str
    path: str | None = None  # a label for the report (no file is read)
    purpose: str | None = None
    channel: str | None = None
    context: Context | dict[str, Any] | None = None
    template: bool = False


def lint_items(linter: Linter, items: list[str | Item]) -> Iterator[Report]:
    """Reports of ``items`` in order, their Harper calls shared (``Linter.prime``): the same
    reports as ``lint_item`` one by one.  An item that cannot be parsed is left out of the
    shared calls and raises at its turn, as it would alone."""
    from followup_lint.draft import parse_draft

    drafts: list[Draft | None] = []
    for item in items:
        text = item.text if isinstance(item, Item) else item
        try:
            path, template = (item.path, item.template) if isinstance(item, Item) else (None, False)
            drafts.append(parse_draft(text, path=path, template=template) if isinstance(text, str) else None)
        except Exception:  # noqa: BLE001 - raised again, in order, when the item is linted
            drafts.append(None)
    linter.prime([d for d in drafts if d is not None])
    try:
        for item, draft in zip(items, drafts, strict=True):
            if draft is None:
                yield lint_item(linter, item)
            elif isinstance(item, Item):
                yield linter.lint_draft(draft, purpose=item.purpose, channel=item.channel, context=item.context)
            else:
                yield linter.lint_draft(draft)
    finally:
        linter.forget()


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


def lint_many(linter: Linter, items: Iterable[str | Item], jobs: int = 1) -> Iterator[Report]:
    """Reports of ``items`` in input order; ``jobs`` > 1 lints in that many worker processes."""
    if jobs <= 1:
        source = iter(items)
        while part := list(islice(source, CHUNK)):
            yield from lint_items(linter, part)
        return
    from followup_lint.runner import _LINTERS

    context = None
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        from followup_lint.language import wait_for_warm_up

        wait_for_warm_up()
        linter.preload()
        _LINTERS.setdefault(linter.config.linter_key(), linter)  # the workers fork with it
        context = multiprocessing.get_context("fork")
    yield from ordered_map(
        _lint_in_worker,
        items,
        jobs,
        many=_lint_chunk_in_worker,
        context=context,
        initializer=_worker_start,
        initargs=(os.getpid(), linter.config),
    )


def _lint_in_worker(item: str | Item) -> Report:
    return lint_item(_WORKER[0], item)


def _lint_chunk_in_worker(items: list[str | Item]) -> list[Report]:
    return list(lint_items(_WORKER[0], items))


def _run_chunk(fn: Callable[[T], R], chunk: list[T], many: Callable[[list[T]], list[R]] | None = None) -> list[R]:
    return many(chunk) if many is not None else [fn(x) for x in chunk]


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    *,
    chunk: int = CHUNK,
    many: Callable[[list[T]], list[R]] | None = None,
    context: multiprocessing.context.BaseContext | None = None,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """``fn`` of each item, computed in ``jobs`` worker processes and yielded in input order.

    Items go to the workers in chunks of ``chunk`` (one round trip per chunk, not per item),
    and at most ``jobs * AHEAD`` chunks are in flight, so an endless ``items`` is read only a
    bounded distance ahead.  ``fn`` must be picklable (a module-level function); so must
    ``many``, which, when given, does a whole chunk at once (the same results as ``fn`` on each
    item: the drafts of a chunk share Harper calls).  The runner's batch of files and
    :meth:`Linter.lint_many` both go through here.
    """
    source = iter(items)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:

        def submit() -> bool:
            part = list(islice(source, chunk))
            if part:
                pending.append(pool.submit(_run_chunk, fn, part, many))
            return bool(part)

        try:
            while len(pending) < jobs * AHEAD and submit():
                pass
            while pending:
                results = pending.popleft().result()
                submit()
                yield from results
        finally:  # the caller stopped early (or an item failed): drop the chunks not started
            for future in pending:
                future.cancel()
