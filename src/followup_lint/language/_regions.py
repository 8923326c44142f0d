"""Join the regions of a text that should be checked into one string, and map offsets back."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Regions are joined with a blank line so that no sentence runs from one region into the next.
SEPARATOR = "\n\n"


def normalise(regions: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Regions clamped into ``[0, length]``, empty ones dropped, sorted, overlaps merged."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((max(0, min(s, length)), max(0, min(e, length))) for s, e in regions):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


@dataclass(frozen=True)
class Joined:
    """``text``: the regions joined by SEPARATOR; chunk i starts at ``joined_starts[i]``."""

    text: str
    regions: tuple[tuple[int, int], ...]
    joined_starts: tuple[int, ...]

    @classmethod
    def build(cls, text: str, regions: Sequence[tuple[int, int]]) -> Joined:
        parts: list[str] = []
        starts: list[int] = []
        at = 0
        norm = normalise(regions, len(text))
        for start, end in norm:
            if parts:
                parts.append(SEPARATOR)
                at += len(SEPARATOR)
            starts.append(at)
            parts.append(text[start:end])
            at += end - start
        return cls("".join(parts), tuple(norm), tuple(starts))

    def to_original(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(start, end, region index) in the original text; None if the span leaves its region."""
        i = bisect.bisect_right(self.joined_starts, start) - 1
        if i < 0:
            return None
        js = self.joined_starts[i]
        rs, re_ = self.regions[i]
        if start - js > re_ - rs or end - js > re_ - rs:
            return None  # in or across a separator
        return rs + (start - js), rs + (end - js), i


#: A run of more non-blank characters than this is no word a grammar or spelling checker can
#: help with, and Harper's cost (and memory: 92 GB for 300,000 characters) grows faster than
#: its length: such runs are left out of the regions.
MAX_WORD = 100
#: At most this many characters go to a backend in one call: a backend's cost per call grows
#: faster than linearly on long texts, so long regions are checked in pieces.
MAX_CALL = 8_000

_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def bounded(text: str, regions: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``regions`` without over-long words, cut into pieces and grouped into calls.

    Each call is a list of regions whose total length is at most ``MAX_CALL``; a region is cut
    after a blank line, else after a line break, else after a blank, so sentences stay whole
    wherever the text allows.
    """
    pieces: list[tuple[int, int]] = []
    for start, end in normalise(regions, len(text)):
        at = start
        for m in _LONG_WORD.finditer(text, start, end):
            pieces.extend(_cut(text, at, m.start()))
            at = m.end()
        pieces.extend(_cut(text, at, end))
    calls: list[list[tuple[int, int]]] = []
    size = 0
    for start, end in pieces:
        if not calls or size + (end - start) + len(SEPARATOR) > MAX_CALL:
            calls.append([])
            size = 0
        calls[-1].append((start, end))
        size += end - start + len(SEPARATOR)
    return calls


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while end - start > MAX_CALL:
        limit = start + MAX_CALL
        cut = -1
        for mark in ("\n\n", "\n", " "):
            found = text.rfind(mark, start + MAX_CALL // 4, limit)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut < 0:
            cut = limit
        out.append((start, cut))
        start = cut
    if end > start and text[start:end].strip():
        out.append((start, end))
    return out
