"""How the cost of fixing grows with the size of the draft (1x, 10x, 100x).

Run: ``python benchmarks/fix_growth.py``.  Each size is a draft whose body repeats one
paragraph full of safe fixes (a casual greeting, "!!", text-speak, an emoticon, a misspelling);
it prints the time of ``followup_lint.fix`` next to one ``lint`` of the same text, the passes
and the fixes applied.  Fixing should cost a small constant number of lints per pass (lint,
read back, lint again), so both columns should grow about tenfold per row.
"""

from __future__ import annotations

import argparse
import statistics
import time

import followup_lint

PARAGRAPH = "Hey team!! thx for the chat today :) I am gonna send teh notes, lol.\n\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3, help="runs per size (the median is shown)")
    args = ap.parse_args()
    followup_lint.lint("Hello Ana, thank you for your time.")  # load everything first
    print(f"{'size':>5} {'chars':>7} {'fix s':>8} {'lint s':>8} {'ratio':>6} {'passes':>6} {'applied':>7}")
    for n in (1, 10, 100):
        text = "Subject: Thank you\n\nHi Ana,\n\n" + PARAGRAPH * n + "Best,\nLee\n"
        fix_times, lint_times = [], []
        result = None
        for _ in range(args.runs):
            t = time.perf_counter()
            result = followup_lint.fix(text)
            fix_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            followup_lint.lint(text)
            lint_times.append(time.perf_counter() - t)
        assert result is not None
        fix_s, lint_s = statistics.median(fix_times), statistics.median(lint_times)
        print(
            f"{n:>4}x {len(text):>7} {fix_s:>8.3f} {lint_s:>8.3f} {fix_s / lint_s:>6.1f} "
            f"{result.passes:>6} {len(result.applied):>7}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
