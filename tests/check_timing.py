"""Timing one rule's check in CPU time, for the growth tests (1x, 10x, 100x input).

Shared so that every growth test measures the same way: one warm-up run (lazy set-up is not
growth), then the best of ``repeats`` runs in process time, which other jobs on the machine
move far less than wall time.
"""

from __future__ import annotations

import time

from followup_lint import Linter
from followup_lint.checks import REGISTRY, CheckInput


def best_run(linter: Linter, code: str, inp: CheckInput, repeats: int) -> tuple[float, int]:
    """The fastest of ``repeats`` runs of rule ``code``'s check on ``inp``, and its finding count."""
    rule = next(r for r in linter.rules if r.code == code)
    run = REGISTRY[rule.check].run
    count = len(list(run(inp, rule.params)))  # warm-up: lazy set-up is not growth
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        count = len(list(run(inp, rule.params)))
        best = min(best, time.process_time() - start)
    return best, count
