"""Growth: the wordings changed by the round 13 review fixes (fix13channel) to FL121, FL126, FL129 and the channel
inference cost time linear in the input.

Each unit repeats near misses of the changed patterns (adverbs before "gave me your", a personal page with no
verb of finding, a door of an industry, a back of something, a portfolio printed for a next interview, an -ly
word before "speaking", a bare "this" left on a desk), so most patterns start many times without finishing.
Measured as tests/check_timing.py measures: CPU time, the best of several runs, 1x/10x/100x of a unit; the test
fails above 40x a step, a ratio, never a time.
"""

from __future__ import annotations

import time

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel

_CTX = Context(company="Initech", role="Data Analyst", interview_date="2026-03-02", sent_at="2026-03-12")

UNITS = {
    ("FL126", "email"): {
        "near gifts": "you very kindly really gave me your own e-mail. very so quite also even then just gave me ",
        "near pages": "found it and sent it and wrote to you and grew your own Instagram following and your own ",
        "near doors": "knocking on the door of the industry and on the door of and the door of the knocking on ",
        "near numbers": "found your phone number on the careers page, your mobile on the job posting and your ",
    },
    ("FL121", "call"): {
        "near adverbs": "Generally speaking, Frankly speaking, Honestly speaking, Strictly speaking Broadly ",
    },
    ("FL129", "letter"): {
        "near backs": "services grew on the back of it, website on the back, rates on the back of our prices ",
        "near printing": "I printed it out before our interview, writing this before our second interview and ",
    },
}

INFERENCE_UNIT = (
    "Generally speaking, I left it in your office, dropped it off at your office, put it on my desk, pinned this "
    "to my board, sent it by courier, this text reaches you, ... Then. ... Really. "
)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("code", "channel", "shape"),
    [(code, channel, shape) for (code, channel), shapes in sorted(UNITS.items()) for shape in sorted(shapes)],
)
def test_fix13_wordings_grow_linearly(linter: Linter, code: str, channel: str, shape: str) -> None:
    unit = UNITS[(code, channel)][shape]
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, unit * (2 * n), purpose="thank-you", channel=channel, context=_CTX),
        f"{code} {shape}",
    )


def _best(text: str) -> float:
    draft = parse_draft(text)
    best = float("inf")
    for _ in range(4):  # the first run compiles the patterns: not growth
        start = time.process_time()
        infer_channel(draft)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("head", ["Generally speaking, ", "12 March 2026\n\nDear Ms. Lee,\n\n"])
def test_fix13_channel_cues_grow_linearly(head: str) -> None:
    """The -ly adverb before "speaking", the paper cues and the dots, after a date line and without one."""
    times = {n: _best(f"{head}{INFERENCE_UNIT * (4 * n)}\n\nBest,\nLee") for n in (1, 10, 100)}
    first = times[10] / max(times[1], 0.002)
    second = times[100] / max(times[10], 0.002)
    assert first < 40 and second < 40, f"1x {times[1]:.4f}s, 10x {times[10]:.4f}s, 100x {times[100]:.4f}s"
