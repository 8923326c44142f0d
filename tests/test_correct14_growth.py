"""Round 14's additions to FL401: their growth (time linear in the input: 1x, 10x, 100x) and the
context of a short word.

- ``_word_before`` (the word before a short unknown word, "I" in "I hav"), asked of every word of texts
  of hostile shapes (long runs of apostrophes, of letters with no space, of sentence marks);
- ``_no_short_slip`` and ``_ending_compound``, asked of every word: each costs a bounded number of
  look-ups per word (its letters times the alphabet), so a text's cost grows with its words.

CPU time, best of several runs; a step may grow at most ``FAIL_RATIO``.  A ratio is asserted, never a time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import Linter
from followup_lint.checks.language_check import _ending_compound, _no_short_slip, _word_before


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _best(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _ratios(times: dict[int, float]) -> tuple[float, float]:
    return times[10] / max(times[1], FLOOR), times[100] / max(times[10], FLOOR)


WORD_SHAPES = {
    "apostrophes": lambda n: ("I'" + "'" * 200 + "hav ") * n,
    "letters with no space": lambda n: ("x" * 300 + " jus ") * n,
    "sentence marks": lambda n: ("we" + ".!?;:" * 60 + " hav ") * n,
    "short words": lambda n: "I hav the jus au koi we bao teh adn hatless fanless keyless " * n,
}


@pytest.mark.parametrize("shape", sorted(WORD_SHAPES))
def test_short_word_context_and_endings_grow_linearly(linter: Linter, shape: str) -> None:
    params = next(r for r in linter.rules if r.code == "FL401").params

    def run(text: str) -> None:
        for m in re.finditer(r"[a-z]+", text):
            word = m.group()[:30]
            before = _word_before(text, m.start())
            _no_short_slip(word[:3], set(), params, before)
            _ending_compound(word, params)

    text = {n: WORD_SHAPES[shape](n) * 4 for n in SIZES}
    times = {n: _best(lambda n=n: run(text[n])) for n in SIZES}
    first, second = _ratios(times)
    assert first < FAIL_RATIO and second < FAIL_RATIO, (shape, times)


def _draft(body: str) -> str:
    return f"Subject: Thank you – Chef interview\n\nHi Dana,\n\nThank you for the trial shift. {body}\n\nBest,\nKim"


def _errors(linter: Linter, body: str) -> list[str]:
    text = _draft(body)
    report = linter.lint(text, purpose="thank-you")
    return [text[f.start : f.end] for f in report.findings if f.code == "FL401" and f.severity.value == "error"]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        # a function word with a letter left out, where a function word stands: a slip
        ("I jus wanted to thank you again.", "jus"),
        ("We hav two weeks before the move.", "hav"),
        ("They hav asked me back for a second shift.", "hav"),
        # the same letters after a noun, an adjective or a determiner: a noun, a tip
        ("I loved the beef jus you showed me.", None),
        ("The jus was the best part of the tasting.", None),
        ("I have made a jus for a hundred covers before.", None),
    ],
)
def test_short_word_after_a_function_word(linter: Linter, body: str, error: str | None) -> None:
    assert _errors(linter, body) == ([error] if error else [])
