"""Offsets and positions: code-point offsets into a draft, 1-based lines and columns in its file.

A draft's text may be a slice or a rebuild of the original file (front matter removed, one
template out of many, a decoded e-mail body).  A ``SourceMap`` turns an offset into the draft's
text back into a line and column of the original file, so findings land on the right line.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Line starts of one text, for offset -> (line, column) in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; clamped into the text."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        if not 1 <= line <= len(self.starts):
            return ""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


class SpanSet:
    """Spans ``[start, end)`` asked "does any of you overlap this one?" in O(log n) each.

    Checks drop a match that overlaps a contrary wording, a blocking phrase or a template slot; a
    scan of every span per match is quadratic on a long draft full of both (300 kB of "reply ASAP.
    I'll send it ASAP." spent 16 s there).  Spans may overlap each other: sorted by start, with the
    furthest end reached so far, the spans starting before ``end`` overlap iff that reach passes ``start``.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)`` (shares at least one position with it)."""
        i = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._reach[i - 1] > start


@dataclass(frozen=True)
class Segment:
    """Draft text ``[start, end)`` is a verbatim copy of the file from ``file_start``."""

    start: int
    end: int
    file_start: int


@dataclass
class SourceMap:
    """Maps offsets in a draft's text to lines and columns of the file it came from.

    With no segments the draft *is* the file.  Offsets outside every segment (text a reader
    synthesised, such as a subject taken from front matter) map to the nearest segment start.
    """

    file_text: str
    segments: list[Segment] = field(default_factory=list)
    line_offset: int = 0  # for inputs whose file text itself starts deeper in a file

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.segments]

    @functools.cached_property
    def index(self) -> LineIndex:
        """The file's line index, built on first use (a report read back from the cache and
        written as text never needs it)."""
        return LineIndex(self.file_text)

    @classmethod
    def identity(cls, text: str) -> SourceMap:
        return cls(text)

    def file_offset(self, offset: int) -> int:
        if not self.segments:
            return offset
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.segments[0].file_start
        seg = self.segments[i]
        if offset <= seg.end:
            return seg.file_start + (offset - seg.start)
        # in synthetic text after a segment: the start of the next segment, if any
        if i + 1 < len(self.segments):
            return self.segments[i + 1].file_start
        return seg.file_start + (seg.end - seg.start)

    def position(self, offset: int) -> tuple[int, int]:
        line, column = self.index.position(self.file_offset(offset))
        return line + self.line_offset, column

    def line_text(self, line: int) -> str:
        return self.index.line_text(line - self.line_offset)
