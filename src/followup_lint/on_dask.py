"""Lint a large collection on Dask: drafts partitioned in a ``dask.bag``, results as records.

Needs the ``dask`` extra (``pip install 'followup-lint[dask]'``).  Each worker process builds
one Linter per configuration on its first partition and keeps it (Harper is neither picklable
nor thread-safe, so Linters never travel; a lock lets a worker with several threads share it).
Only the items, the configuration and the records cross the network.  docs/performance.md has
the recipe.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from followup_lint.config import Config
from followup_lint.streaming import Item

if TYPE_CHECKING:
    import dask.bag

_LOCK = threading.Lock()  # one draft at a time per worker process: the Linter is not thread-safe


def lint_partition(items: Iterable[str | Item], config: Config | None = None) -> list[dict[str, Any]]:
    """One partition's reports as JSON-ready records (``Report.model_dump(mode="json")``), in order."""
    from followup_lint.runner import linter_for

    with _LOCK:
        linter = linter_for(config or Config())  # built once per worker process and configuration
        # lint_many without workers: a chunk's drafts share Harper calls, same reports as one by one
        return [report.model_dump(mode="json") for report in linter.lint_many(items)]


def lint_bag(bag: dask.bag.Bag, config: Config | None = None) -> dask.bag.Bag:
    """A bag of texts or :class:`~followup_lint.streaming.Item` -> a bag of report records, in order."""
    records: dask.bag.Bag = bag.map_partitions(lint_partition, config)  # type: ignore[no-untyped-call]
    return records
