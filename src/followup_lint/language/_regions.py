"""Join the regions of a text that should be checked into one string, and map offsets back."""

from __future__ import annotations

import bisect
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
