"""When to lint: debounce typing, lint on one thread, never publish a stale result.

Every update of a document gets a new generation number.  A lint runs for the newest
generation only: one still waiting out its debounce is cancelled by the next keystroke, one
queued behind another lint is skipped when its turn comes, and one that finishes after the
document changed again is dropped instead of published.  So diagnostics computed for an older
version never replace those of a newer one.

All lints run on one worker thread (Harper is not thread-safe); this class is otherwise used
from the event loop's thread only.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from followup_lint.server.documents import Document

R = TypeVar("R")


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """A lint's result, or the error it raised (the server logs it and publishes nothing)."""

    document: Document
    result: R | None
    error: BaseException | None = None


class Scheduler(Generic[R]):
    """Runs ``lint`` for the newest version of each document and hands the outcome to ``publish``."""

    def __init__(
        self,
        lint: Callable[[Document], R],
        publish: Callable[[Outcome[R]], None],
        executor: ThreadPoolExecutor | None = None,
    ) -> None:
        self._lint = lint
        self._publish = publish
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="followup-lint")
        self._generation: dict[str, int] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._lock = threading.Lock()  # generations are read from the worker thread

    def update(self, document: Document, delay: float = 0.0) -> asyncio.Task[None]:
        """Lint ``document`` after ``delay`` seconds unless a newer version arrives first."""
        with self._lock:
            generation = self._generation.get(document.uri, 0) + 1
            self._generation[document.uri] = generation
        previous = self._tasks.pop(document.uri, None)
        if previous is not None:
            previous.cancel()
        task = asyncio.get_running_loop().create_task(self._run(document, generation, delay))
        self._tasks[document.uri] = task
        task.add_done_callback(functools.partial(self._forget, document.uri))
        return task

    def forget(self, uri: str) -> None:
        """The document was closed: drop whatever is pending for it."""
        with self._lock:
            self._generation[uri] = self._generation.get(uri, 0) + 1
        task = self._tasks.pop(uri, None)
        if task is not None:
            task.cancel()

    def is_current(self, uri: str, generation: int) -> bool:
        with self._lock:
            return self._generation.get(uri) == generation

    def run_on_worker(self, fn: Callable[[], object]) -> asyncio.Future[object]:
        """Run ``fn`` on the lint thread (to warm a Linter up, say)."""
        return asyncio.get_running_loop().run_in_executor(self.executor, fn)

    async def idle(self) -> None:
        """Wait until nothing is pending (for tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)

    def close(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)

    # --- internals ------------------------------------------------------------------------
    def _forget(self, uri: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(uri) is task:
            del self._tasks[uri]

    async def _run(self, document: Document, generation: int, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        if not self.is_current(document.uri, generation):
            return
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self.executor, self._lint_if_current, document, generation)
        if outcome is None or not self.is_current(document.uri, generation):
            return  # a newer version arrived while this one was linted: its own lint will publish
        self._publish(outcome)

    def _lint_if_current(self, document: Document, generation: int) -> Outcome[R] | None:
        if not self.is_current(document.uri, generation):
            return None  # superseded while queued: skip the work
        try:
            return Outcome(document, self._lint(document))
        except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the server
            return Outcome(document, None, exc)
