"""Metric: a count over part of the draft (words, characters, questions...) against limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from followup_lint.analysis import word_spans
from followup_lint.checks.anchors import anchor_span
from followup_lint.checks.base import (
    CheckInput,
    Params,
    RawFinding,
    RegexList,
    Scope,
    check_kind,
    rx,
)
from followup_lint.checks.matching import parts
from followup_lint.draft import Part


class MetricParams(Params):
    measure: Literal["words", "characters", "questions", "exclamations", "seconds"]
    within: Scope = ["body"]
    min: float | None = None
    max: float | None = None
    # a channel's own maximum, in place of ``max`` (a posted letter's formal register takes more words)
    max_by_channel: dict[Literal["email", "linkedin", "letter", "call"], float] = {}
    words_per_minute: float = 150.0  # for "seconds": speaking rate of a read-aloud script
    # for "words" and "seconds": where one speaker's turn ends or a branch of a script begins (the other side's
    # answer left out, "If she says ...:"); a text with one is measured turn by turn, by its longest turn
    turns: RegexList = []
    # the maximum for one turn of a text that has turns (a live call), in place of ``max``: a voicemail is said
    # in one breath, a turn of a live call should stay shorter (round 12)
    turn_max: float | None = None
    # for "words" and "seconds": a match said again (the same words: a callback number repeated, as the advice
    # asks) does not count the second time, nor does the rest of its sentence
    repeats_not_counted: RegexList = []
    # for "words" and "seconds": text that is not said aloud (a call script's stage direction in brackets,
    # "[Voicemail for Gary, on the mobile he gave me]"; round 28): its words do not count
    not_spoken: RegexList = []


def _repeats(inp: CheckInput, chosen: list[Part], patterns: list[str]) -> list[tuple[int, int]]:
    """Spans (draft offsets) of the sentences that say again a match of ``patterns`` said earlier.

    The sentences are the analysis's own (one split for every rule), so a number written with dots
    ("555.014.2871") stays in one sentence and is heard as one number."""
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    for part in chosen:
        for sentence in inp.analysis.sentences(part):
            said = {
                re.sub(r"\W+", "", m.group(0)).lower()
                for p in patterns
                for m in rx(p, re.IGNORECASE).finditer(sentence.text)
            }
            said.discard("")
            if said and said <= seen:
                spans.append((sentence.start, sentence.end))
            seen |= said
    return spans


def _matched(chosen: list[Part], patterns: list[str]) -> list[tuple[int, int]]:
    """Spans (draft offsets, in text order) of the matches of ``patterns`` in the chosen parts."""
    return sorted(
        (part.start + m.start(), part.start + m.end())
        for part in chosen
        for p in patterns
        for m in rx(p, re.IGNORECASE).finditer(part.text)
    )


def _outside(units: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The units that start in none of ``spans`` (both in text order): one walk over each."""
    kept: list[tuple[int, int]] = []
    at = 0
    for unit in units:
        while at < len(spans) and spans[at][1] <= unit[0]:
            at += 1
        if not (at < len(spans) and spans[at][0] <= unit[0]):
            kept.append(unit)
    return kept


def _longest_turn(chosen: list[Part], units: list[tuple[int, int]], patterns: list[str]) -> list[tuple[int, int]]:
    """The words of the longest turn, the text cut at each match of ``patterns``; all of ``units`` when none."""
    cuts = sorted(
        part.start + m.start() for part in chosen for p in patterns for m in rx(p, re.IGNORECASE).finditer(part.text)
    )
    if not cuts:
        return units
    turns: list[list[tuple[int, int]]] = [[] for _ in range(len(cuts) + 1)]
    at = 0
    for unit in units:
        while at < len(cuts) and unit[0] >= cuts[at]:
            at += 1
        turns[at].append(unit)
    return max(turns, key=len)


def _words(part: Part) -> list[tuple[int, int]]:
    return word_spans(part)


@check_kind("metric", MetricParams)
def metric(inp: CheckInput, params: MetricParams) -> Iterator[RawFinding]:
    chosen = parts(inp, params.within)
    if not chosen:
        return  # a missing part is another rule's business
    units: list[tuple[int, int]]
    has_turns = False
    if params.measure in ("words", "seconds"):
        units = [w for p in chosen for w in _words(p)]
        if params.repeats_not_counted:
            units = _outside(units, _repeats(inp, chosen, params.repeats_not_counted))
        if params.not_spoken:
            units = _outside(units, _matched(chosen, params.not_spoken))
        if params.turns:
            longest = _longest_turn(chosen, units, params.turns)
            has_turns = longest is not units
            units = longest
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
    most = params.max_by_channel.get(inp.channel, params.max)  # type: ignore[call-overload]
    if has_turns and params.turn_max is not None:
        most = params.turn_max
    if most is not None and value > most:
        limit = most if params.measure != "seconds" else most / 60.0 * params.words_per_minute
        over = int(limit)
        if params.measure in ("words", "seconds", "characters") and over < len(units):
            start = units[over][0]  # point at what runs over the limit
        yield RawFinding(
            start,
            end,
            fields={
                "value": shown,
                "limit": _num(most),
                "min": _num(params.min),
                "max": _num(most),
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
