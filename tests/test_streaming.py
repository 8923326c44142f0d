"""Linter.lint_many: reports in input order at every job count, and an endless input is read
only a bounded distance ahead."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup_lint import Linter
from followup_lint.streaming import AHEAD, CHUNK, Item, read_ahead

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-03-05T10:00"


def _items() -> list[str | Item]:
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    items: list[str | Item] = []
    for i, text in enumerate(texts * 3):
        if i % 2:
            items.append(Item(text, path=f"draft-{i}.txt", context={"sent_at": DATE}))
        else:
            items.append(Item(text, purpose="thank-you", channel="email", context={"sent_at": DATE}))
    return items


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_lint_many_equals_one_at_a_time_in_input_order(linter: Linter, jobs: int) -> None:
    items = _items()
    one_by_one = [
        linter.lint(i.text, purpose=i.purpose, channel=i.channel, context=i.context, path=i.path)
        for i in items
        if isinstance(i, Item)
    ]
    assert len(one_by_one) > 2 * CHUNK  # several chunks per worker, so order is really tested
    assert list(linter.lint_many(iter(items), jobs=jobs)) == one_by_one


def test_plain_texts_are_items_too(linter: Linter) -> None:
    text = (ROOT / "examples" / "thank-you-weak.txt").read_text()
    assert list(linter.lint_many([text], jobs=1)) == [linter.lint(text)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_endless_input_is_read_a_bounded_distance_ahead(linter: Linter, jobs: int) -> None:
    text = (ROOT / "examples" / "thank-you-weak.txt").read_text()
    consumed = itertools.count()
    read = 0

    def endless() -> Iterator[Item]:  # a list of it would never end
        nonlocal read
        for n in consumed:
            read = n + 1
            yield Item(text, path=f"d{n}.txt", context={"sent_at": DATE})

    wanted = 3 * CHUNK * jobs * AHEAD
    stream = linter.lint_many(endless(), jobs=jobs)
    for n, report in enumerate(itertools.islice(stream, wanted)):
        assert report.path == f"d{n}.txt"  # input order
        assert read - (n + 1) <= read_ahead(jobs)  # never far ahead of the caller
    stream.close()  # type: ignore[attr-defined]
    assert read <= wanted + read_ahead(jobs)
