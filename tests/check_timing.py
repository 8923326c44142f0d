"""Timing one rule's check in CPU time, for the growth tests (1x, 10x, 100x input).

Shared so that every growth test builds its input and measures the same way: the draft is parsed,
tokenised and split into sentences before timing (only the check is measured), then one warm-up
run (lazy set-up is not growth), then the best of ``repeats`` runs in process time, which other
jobs on the machine move far less than wall time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import REGISTRY, CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft

SIZES = (1, 10, 100)
FAIL_RATIO = 40.0  # a linear check grows about 10x a step, a quadratic one about 100x
FLOOR = 0.002  # seconds: shorter runs are too noisy to divide by


def prepared_input(
    linter: Linter,
    body: str,
    *,
    subject: str = "Thank you",
    greeting: str = "Hi Ana,",
    purpose: str = "thank-you",
    channel: str = "email",
    context: Context | None = None,
) -> CheckInput:
    """A check's input for an e-mail whose body is ``body``, with its parts already analysed.

    Tokenising and sentence splitting happen here, outside the timed region, so that a growth test
    measures the check and not spaCy.
    """
    draft = parse_draft(f"Subject: {subject}\n\n{greeting}\n\n{body}\n\nBest,\nLee")
    analysis = Analysis(draft, linter.nlp)
    for part in draft.part("all"):
        analysis.doc(part)
        analysis.sentences(part)
    return CheckInput(draft=draft, analysis=analysis, context=context or Context(), purpose=purpose, channel=channel)


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


def assert_grows_linearly(
    linter: Linter, code: str, make_input: Callable[[int], CheckInput], label: str, repeats: int = 3
) -> None:
    """Fail when rule ``code``'s check grows more than ``FAIL_RATIO`` times a 10x step of input.

    ``make_input(n)`` builds the input at size ``n`` of ``SIZES``; the ratio is asserted, never a time.
    """
    times = {n: best_run(linter, code, make_input(n), repeats)[0] for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (
        f"{code} on {label}: 1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
    )


def parse_time(text: str, repeats: int = 3) -> float:
    """The best of ``repeats`` runs of ``parse_draft`` on ``text``, at least ``FLOOR`` (for a ratio, never a bound)."""
    from followup_lint.draft import parse_draft

    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        parse_draft(text)
        best = min(best, time.process_time() - start)
    return max(best, FLOOR)


def assert_purpose_grows_linearly(make_text: Callable[[int], str], context: Context, repeats: int = 4) -> None:
    """Fail when purpose inference on ``make_text(n)`` grows more than ``FAIL_RATIO`` times a 10x step of input
    (``n`` in ``SIZES``); the first run compiles the patterns, so the best of ``repeats`` counts."""
    from followup_lint.infer import infer_purpose

    def best(n: int) -> float:
        draft = parse_draft(make_text(n))
        fastest = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            infer_purpose(draft, context)
            fastest = min(fastest, time.process_time() - start)
        return fastest

    times = {n: best(n) for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (
        f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
    )
