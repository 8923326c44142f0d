"""The tone challenge set: hostile sentences in many wordings are caught, polite ones that share
their words pass, and one stretch of text gets one tone finding.

The sentences (tests/corpus/tone-challenge/, ours) are described in benchmarks/tone_challenge.py.
The development part must stay above the recall reached when the class-based patterns were
written; the ``check`` part is measured by the benchmark, not tested here, so that no one tunes
the rules against it.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from followup_lint import Linter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import tone_challenge

DEV = tone_challenge.load("dev")
RECALL_FLOOR = 0.85  # measured 0.89 when the word-class patterns landed
MAX_ALARMS = 2  # measured 1 ("No worries ..." is casual to FL302)


def test_the_development_part_is_caught_without_false_alarms(linter: Linter) -> None:
    result = tone_challenge.measure(linter, DEV)
    missed = "\n".join(f"  {s.stance}: {s.text}" for s in result.missed)
    assert result.recall >= RECALL_FLOOR, f"recall {result.recall:.2f} < {RECALL_FLOOR}; missed:\n{missed}"
    alarms = "\n".join(f"  {codes} ({purpose}): {s.text}" for s, purpose, codes in result.alarms)
    assert len(result.alarms) <= MAX_ALARMS, f"false alarms:\n{alarms}"


TIMELINES = [
    "I have another offer and need to decide by Friday; is there anything you can share?",
    "I've been asked to give another company an answer by Thursday, so I wanted to ask where things stand.",
    "Could you let me know whether a decision is likely before the 14th?",
    "I would be grateful for an update by the end of next week, if that is possible.",
    "I'm keen to hear back, and I understand if the timeline has moved.",
    "If you need anything from me today, I'm at my desk until six.",
    "Please call me any time this week; mornings are easiest.",
    "I can start immediately, or give two weeks' notice if you prefer.",
    "I'm not giving up on data engineering, and your feedback will help me get there.",
    "You mentioned the team would decide by the end of the month, which suits me well.",
]


@pytest.mark.parametrize("sentence", TIMELINES)
def test_polite_timelines_and_competing_offers_are_not_pressure(linter: Linter, sentence: str) -> None:
    for purpose in tone_challenge.PURPOSES:
        assert tone_challenge.tone_codes(linter, sentence, purpose) == [], (purpose, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect to hear back ASAP.",
        "I need to hear back from you ASAP.",
        "Respond immediately.",
        "Please reply as soon as possible.",
        "I want an answer by tomorrow, ASAP.",
    ],
)
def test_one_stretch_of_text_gets_one_tone_finding(linter: Linter, sentence: str) -> None:
    """FL311 (with its fix) owns ASAP and "reply immediately"; FL327 does not report them again."""
    text = tone_challenge.wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose="status-check", channel="email")
    spans = sorted(
        (f.start, f.end, f.code)
        for f in report.findings
        if f.code.startswith("FL3") and start <= f.start and f.end <= start + len(sentence)
    )
    assert spans, sentence
    for (_, e1, c1), (s2, e2, c2) in itertools.pairwise(spans):
        assert e1 <= s2 or c1 == c2, f"{c1} and {c2} both report {text[s2 : min(e1, e2)]!r}"
