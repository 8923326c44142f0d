"""Positions in the client's encoding: our offsets are code points, LSP counts code units.

LSP positions are (line, character) with ``character`` counted in the code units of the
position encoding the client negotiated: UTF-16 unless it offered UTF-8 or UTF-32.  An emoji is
one code point, two UTF-16 units and four UTF-8 bytes, so a finding after one lands on the
wrong characters unless every column is converted.  Lines break at CRLF, CR or LF, as in LSP
and in :class:`followup_lint.spans.LineIndex`.
"""

from __future__ import annotations

import bisect

from followup_lint.spans import LineIndex

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def code_units(text: str, encoding: str) -> int:
    """Length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class DocumentLines:
    """One document's text: code-point offsets <-> LSP positions in one encoding."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self._index = LineIndex(text)

    @property
    def line_count(self) -> int:
        return len(self._index.starts)

    def line_text(self, line: int) -> str:
        """The 0-based line's text without its line break."""
        return self._index.line_text(line + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character in code units) of a code-point offset (clamped)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._index.starts, offset) - 1
        start = self._index.starts[line]
        return line, code_units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """Code-point offset of an LSP position; past the line's end means its end (as LSP says),
        and a character inside a code point's units means that code point's start."""
        if line < 0:
            return 0
        if line >= self.line_count:
            return len(self.text)
        start = self._index.starts[line]
        text = self.line_text(line)
        if self.encoding == UTF32:
            return start + min(max(character, 0), len(text))
        units = 0
        for i, ch in enumerate(text):
            width = code_units(ch, self.encoding)
            if units + width > character:
                return start + i
            units += width
        return start + len(text)
