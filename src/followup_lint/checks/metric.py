"""Metric: a count over part of the draft (words, characters, questions...) against limits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from followup_lint.analysis import word_spans
from followup_lint.checks.anchors import anchor_span
from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    Scope,
    check_kind,
)
from followup_lint.checks.matching import parts
from followup_lint.draft import Part


class MetricParams(Params):
    measure: Literal["words", "characters", "questions", "exclamations", "seconds"]
    within: Scope = ["body"]
    min: float | None = None
    max: float | None = None
    words_per_minute: float = 150.0  # for "seconds": speaking rate of a read-aloud script


def _words(part: Part) -> list[tuple[int, int]]:
    return word_spans(part)


@check_kind("metric", MetricParams)
def metric(inp: CheckInput, params: MetricParams) -> Iterator[RawFinding]:
    chosen = parts(inp, params.within)
    if not chosen:
        return  # a missing part is another rule's business
    units: list[tuple[int, int]]
    if params.measure in ("words", "seconds"):
        units = [w for p in chosen for w in _words(p)]
        value = float(len(units))
        if params.measure == "seconds":
            value = round(value / params.words_per_minute * 60.0, 1)
    elif params.measure == "characters":
        units = [(p.start + i, p.start + i + 1) for p in chosen for i in range(len(p.text))]
        value = float(sum(len(p.text) for p in chosen))
    else:
        mark = "?" if params.measure == "questions" else "!"
        units = [(p.start + i, p.start + i + 1) for p in chosen for i, c in enumerate(p.text) if c == mark]
        value = float(len(units))
    shown = int(value) if value == int(value) else value
    start, end = chosen[0].start, chosen[-1].end
    if params.max is not None and value > params.max:
        limit = params.max if params.measure != "seconds" else params.max / 60.0 * params.words_per_minute
        over = int(limit)
        if params.measure in ("words", "seconds", "characters") and over < len(units):
            start = units[over][0]  # point at what runs over the limit
        yield RawFinding(
            start,
            end,
            fields={
                "value": shown,
                "limit": _num(params.max),
                "min": _num(params.min),
                "max": _num(params.max),
                "over": "over",
            },
        )
    elif params.min is not None and value < params.min:
        if not any(p.text.strip() for p in chosen):
            start, end = anchor_span(inp.draft, "body")
        yield RawFinding(
            start,
            end,
            fields={
                "value": shown,
                "limit": _num(params.min),
                "min": _num(params.min),
                "max": _num(params.max),
                "over": "under",
            },
        )


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else str(value)
