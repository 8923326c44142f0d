"""The Dask recipe: a LocalCluster of two worker processes gives the serial results, with one
Linter per worker process.  Loopback only (the suite blocks every other address)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from followup_lint import Config, Linter
from followup_lint.streaming import Item

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-03-05T10:00"


def _linters_here() -> tuple[int, int]:
    from followup_lint.runner import _LINTERS

    return os.getpid(), len(_LINTERS)


def test_a_local_cluster_of_two_processes_gives_the_serial_results() -> None:
    from followup_lint.on_dask import lint_bag

    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    items = [Item(t, path=f"draft-{i}.txt", context={"sent_at": DATE}) for i, t in enumerate(texts * 2)]
    config = Config(ignore=["FL105"])
    serial = [r.model_dump(mode="json") for r in Linter(config).lint_many(items)]
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            host="127.0.0.1",
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = dask_bag.from_sequence(items, npartitions=6)
        records = lint_bag(bag, config).compute()
        assert records == serial
        assert [r["path"] for r in records] == [f"draft-{i}.txt" for i in range(len(items))]
        per_worker = client.run(_linters_here)
    assert len(per_worker) == 2
    pids = {pid for pid, _ in per_worker.values()}
    assert len(pids) == 2 and os.getpid() not in pids  # two worker processes, not this one
    assert {count for _, count in per_worker.values()} <= {0, 1}  # at most one Linter each
    assert sum(count for _, count in per_worker.values()) >= 1
