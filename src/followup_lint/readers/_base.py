"""Shared pieces of the readers: decoding and checking bytes, building mapped draft text.

``TextBuilder`` assembles a draft's text from pieces that are either *verbatim* copies of the
file's text (a ``Segment``) or *synthetic* text a reader wrote itself (a ``Subject:`` line made
from front matter, a line break for an HTML ``<p>``, a decoded base64 body).  Synthetic text is
given an *anchor*: the file offset it should be reported at.  Every offset of the built text
therefore maps to a meaningful place in the file through ``SourceMap``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from followup_lint.errors import FollowupLintError
from followup_lint.spans import LineIndex, Segment, SourceMap

UTF8_BOM = "\ufeff"
_BINARY_SAMPLE = 8192
# Control characters that text files do contain.
_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


@dataclass
class TextBuilder:
    """Build a draft's text piece by piece, keeping a ``Segment`` list that maps it to the file.

    How synthetic text maps: ``SourceMap`` maps an offset inside a segment by copying; an offset
    before the first segment to that segment's start; an offset in a gap between segments to
    the start of the *next* segment.  So a synthetic piece ``[a, b)`` gets two zero-length
    segments, at ``a`` and at ``b``, both pointing at its anchor: every offset in ``[a, b)``
    then maps to the anchor, and the verbatim text after ``b`` (whose segment comes later in
    the list and so wins the tie at ``b``) still maps by copying.
    """

    parts: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    length: int = 0
    _file_end: int = 0  # file offset just after the last verbatim piece

    def verbatim(self, text: str, file_start: int) -> None:
        """Append ``text``, which is the file's text from ``file_start``."""
        if not text:
            return
        start, end = self.length, self.length + len(text)
        last = self.segments[-1] if self.segments else None
        if (
            last is not None
            and last.end == start
            and last.end > last.start
            and last.file_start + (last.end - last.start) == file_start
        ):
            self.segments[-1] = Segment(last.start, end, last.file_start)
        else:
            self.segments.append(Segment(start, end, file_start))
        self.parts.append(text)
        self.length = end
        self._file_end = file_start + len(text)

    def synthetic(self, text: str, anchor: int | None = None) -> None:
        """Append ``text`` that is not in the file; its offsets map to ``anchor``.

        Without an anchor, the text maps to where the previous verbatim piece ended.
        """
        if not text:
            return
        at = self._file_end if anchor is None else anchor
        self.segments.append(Segment(self.length, self.length, at))
        self.parts.append(text)
        self.length += len(text)
        self.segments.append(Segment(self.length, self.length, at))

    def extend(self, text: str, segments: list[Segment], file_shift: int = 0) -> None:
        """Append text built elsewhere, with its segments (shifted by ``file_shift``)."""
        if not text:
            return
        self.segments.extend(shift_segments(segments, self.length, file_shift))
        self.parts.append(text)
        self.length += len(text)
        real = [s for s in segments if s.end > s.start]
        if real:
            self._file_end = real[-1].file_start + (real[-1].end - real[-1].start) + file_shift

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def ends_with(self, suffix: str) -> bool:
        return self.text.endswith(suffix) if self.parts else False

    def source_map(self, file_text: str) -> SourceMap:
        return SourceMap(file_text, list(self.segments))


def shift_segments(segments: list[Segment], draft_shift: int, file_shift: int) -> list[Segment]:
    return [Segment(s.start + draft_shift, s.end + draft_shift, s.file_start + file_shift) for s in segments]


# --- bytes -> text ------------------------------------------------------------------------
def check_bytes(data: bytes, path: str) -> None:
    """Reject empty and binary input with a clear message."""
    if not data.strip():
        raise FollowupLintError("file is empty" if not data else "file is empty (only whitespace)", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text has NUL bytes by design
    sample = data[:_BINARY_SAMPLE]
    nul = sample.find(b"\x00")
    if nul >= 0:
        raise FollowupLintError(f"binary file, not a text draft (NUL byte at offset {nul})", path)
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if controls > max(4, len(sample) // 10):
        raise FollowupLintError(
            f"binary file, not a text draft ({controls} control bytes in the first {len(sample)} bytes)",
            path,
        )


def decode_text(data: bytes, path: str, *, fallback_charset: str | None = None) -> str:
    """Bytes of a text file -> str: UTF-8 (a BOM is dropped), or UTF-16 with a BOM.

    Offsets everywhere are code points of the returned text; CRLF line breaks are kept.
    ``fallback_charset`` (e.g. from an HTML ``<meta charset>``) is tried when UTF-8 fails.
    """
    check_bytes(data, path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FollowupLintError(f"not valid UTF-16 text ({exc.reason} at offset {exc.start})", path) from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            fallback = _decode_fallback(data, fallback_charset)
            if fallback is None:
                line = data.count(b"\n", 0, exc.start) + 1
                raise FollowupLintError(
                    f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line});"
                    " save the file as UTF-8",
                    path,
                ) from None
            text = fallback
    text = text.removeprefix(UTF8_BOM)
    if not text.strip():
        raise FollowupLintError("file is empty (only whitespace)", path)
    _check_text(text, path)
    return text


def _decode_fallback(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _check_text(text: str, path: str) -> None:
    """Decoded text that is mostly not text (control or unassigned characters) is binary."""
    sample = text[:_BINARY_SAMPLE]
    bad = sum(
        1 for ch in sample if ord(ch) not in _TEXT_CONTROLS and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
    )
    if bad > max(4, len(sample) // 10):
        raise FollowupLintError("binary file, not a text draft (mostly non-text characters)", path)


# --- meta ---------------------------------------------------------------------------------
def meta_key(key: object) -> str:
    """Front-matter / header key -> meta key: lower-case, '_' and spaces become '-'."""
    return re.sub(r"[\s_]+", "-", str(key).strip().lower())


def meta_value(value: object) -> str:
    """Any front-matter value -> a string: lists joined with ', ', booleans lower-case."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set)):
        return ", ".join(meta_value(v) for v in value if v is not None and meta_value(v) != "")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {meta_value(v)}" for k, v in value.items())
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).strip()


def truthy(value: str | None) -> bool | None:
    if value is None:
        return None
    v = value.strip().lower()
    if v in ("true", "yes", "on", "1", "y"):
        return True
    if v in ("false", "no", "off", "0", "n", ""):
        return False
    return None


def add_warning(meta: dict[str, str], warning: str) -> None:
    """Record a reader warning; several are joined with '; '."""
    old = meta.get("reader-warning")
    meta["reader-warning"] = f"{old}; {warning}" if old else warning


def line_of(text: str, offset: int) -> int:
    return LineIndex(text).position(offset)[0]


# --- comment-only lines -------------------------------------------------------------------
# The body stops at the next opener too, so many unclosed openers stay linear (not quadratic).
HTML_COMMENT_LINE = re.compile(r"^[ \t]*+<!--(?:(?!-->|<!--).)*+-->[ \t]*+(?:\r\n|\r|\n|\Z)", re.MULTILINE | re.DOTALL)
JINJA_COMMENT_LINE = re.compile(r"^[ \t]*+\{#(?:(?!#\}|\{#).)*+#\}[ \t]*+(?:\r\n|\r|\n|\Z)", re.MULTILINE | re.DOTALL)


def copy_without(builder: TextBuilder, text: str, start: int, end: int, drop: re.Pattern[str] | None) -> None:
    """Copy ``text[start:end]`` verbatim, leaving out lines that ``drop`` matches whole.

    Used for comment-only lines (``<!-- followup-lint: disable=FL301 -->`` on a line of its
    own): a reader of the rendered message never sees them, so the draft text does not hold
    them either; the text around them keeps its exact mapping.
    """
    at = start
    if drop is not None:
        for m in drop.finditer(text, start, end):
            builder.verbatim(text[at : m.start()], at)
            at = m.end()
    builder.verbatim(text[at:end], at)
