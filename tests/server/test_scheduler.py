"""Debouncing and staleness, driven step by step with events (no sleeps that race)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from followup_lint.server.documents import Document
from followup_lint.server.scheduler import Outcome, Scheduler

pytestmark = pytest.mark.asyncio
URI = "file:///tmp/draft.txt"


def _doc(version: int, uri: str = URI) -> Document:
    return Document(uri, version, f"version {version}")


class Recorder:
    """A lint that can be held inside a chosen version, and a publish that records what it got."""

    def __init__(self, hold: int | None = None) -> None:
        self.hold = hold
        self.started = threading.Event()
        self.release = threading.Event()
        self.linted: list[int] = []
        self.published: list[Outcome[int]] = []

    def lint(self, doc: Document) -> int:
        assert doc.version is not None
        self.linted.append(doc.version)
        if doc.version == self.hold:
            self.started.set()
            assert self.release.wait(30)
        if "boom" in doc.text:
            raise RuntimeError("a check fell over")
        return doc.version

    def publish(self, outcome: Outcome[int]) -> None:
        self.published.append(outcome)

    @property
    def versions(self) -> list[int | None]:
        return [o.result for o in self.published]


async def _until(event: threading.Event) -> None:
    assert await asyncio.get_running_loop().run_in_executor(None, event.wait, 30)


async def test_a_result_for_an_older_version_is_never_published_over_a_newer_one() -> None:
    rec = Recorder(hold=1)
    scheduler = Scheduler(rec.lint, rec.publish)
    scheduler.update(_doc(1))
    await _until(rec.started)  # version 1 is being linted now
    scheduler.update(_doc(2))  # the user typed meanwhile
    rec.release.set()  # version 1's lint finishes after version 2 arrived
    await scheduler.idle()
    assert rec.linted == [1, 2]
    assert rec.versions == [2]
    scheduler.close()


async def test_a_version_superseded_while_queued_is_never_linted() -> None:
    rec = Recorder(hold=1)
    scheduler = Scheduler(rec.lint, rec.publish)
    scheduler.update(_doc(1))
    await _until(rec.started)
    scheduler.update(_doc(2))
    for _ in range(3):
        await asyncio.sleep(0)  # let version 2's lint reach the worker's queue
    scheduler.update(_doc(3))
    rec.release.set()
    await scheduler.idle()
    assert rec.linted == [1, 3]
    assert rec.versions == [3]
    scheduler.close()


async def test_typing_within_the_debounce_lints_only_the_last_version() -> None:
    rec = Recorder()
    scheduler = Scheduler(rec.lint, rec.publish)
    scheduler.update(_doc(1), delay=60)
    scheduler.update(_doc(2), delay=60)
    scheduler.update(_doc(3), delay=0)  # a save: at once
    await scheduler.idle()
    assert rec.linted == [3]
    assert rec.versions == [3]
    scheduler.close()


async def test_documents_do_not_cancel_each_other() -> None:
    rec = Recorder()
    scheduler = Scheduler(rec.lint, rec.publish)
    scheduler.update(_doc(1, "file:///a.txt"))
    scheduler.update(_doc(7, "file:///b.txt"))
    await scheduler.idle()
    assert sorted(rec.versions, key=str) == [1, 7]
    scheduler.close()


async def test_an_exception_becomes_an_outcome_and_the_next_lint_still_runs() -> None:
    rec = Recorder()
    scheduler = Scheduler(rec.lint, rec.publish)
    scheduler.update(Document(URI, 1, "boom"))
    await scheduler.idle()
    assert rec.published[0].result is None
    assert isinstance(rec.published[0].error, RuntimeError)
    scheduler.update(_doc(2))
    await scheduler.idle()
    assert rec.published[-1].result == 2
    scheduler.close()


async def test_a_closed_document_gets_nothing_published() -> None:
    rec = Recorder(hold=1)
    scheduler = Scheduler(rec.lint, rec.publish)
    scheduler.update(_doc(1))
    await _until(rec.started)
    scheduler.forget(URI)
    rec.release.set()
    await scheduler.idle()
    assert rec.published == []
    scheduler.close()


async def test_all_lints_run_on_one_thread() -> None:
    seen: set[int] = set()

    def lint(doc: Document) -> int:
        seen.add(threading.get_ident())
        return 0

    scheduler: Scheduler[int] = Scheduler(lint, lambda o: None)
    for n in range(6):
        scheduler.update(_doc(1, f"file:///{n}.txt"))
    await scheduler.idle()
    assert len(seen) == 1 and threading.get_ident() not in seen
    scheduler.close()
