"""HTML drafts (.html, .htm) and the HTML parts of e-mails: the visible text, mapped back.

Only what a reader of the rendered message sees is kept: ``<script>``, ``<style>``,
``<head>``, ``<title>`` and ``<template>`` are skipped, whitespace is collapsed as a browser
does, and block elements turn into line breaks (``<p>``, headings, ``<blockquote>``, lists and
tables into a blank line; ``<div>``, ``<li>``, ``<tr>`` into a line break; ``<br>`` into one
line break).  ``<li>`` items start with ``- ``; text inside ``<blockquote>`` gets ``> `` at the
start of each line so that ``parse_draft`` marks it as quoted.  Each word of the text maps to
its exact position in the HTML source; character references (``&amp;``) and the breaks a tag
makes map to where they are written.

HTML comments are not part of the text; ``HtmlText.comments`` lists them (with their offsets)
for suppressions.  The stdlib ``html.parser`` is enough here: it is tolerant of broken markup
and reports source positions.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.readers._base import TextBuilder, check_bytes, decode_text
from followup_lint.readers.plain import resolve_template
from followup_lint.spans import Segment, SourceMap

_SKIP = {"script", "style", "head", "title", "template", "noscript"}
_PARA = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "table",
    "hr",
    "pre",
    "figure",
    "form",
    "fieldset",
    "address",
}
_LINE = {
    "div",
    "li",
    "tr",
    "dd",
    "dt",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "center",
    "caption",
    "figcaption",
    "body",
    "html",
    "tbody",
    "thead",
    "tfoot",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "source"}
_SPACE = re.compile(r"[ \t\r\n\f\xa0]+|[^ \t\r\n\f\xa0]+")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass
class HtmlText:
    """The visible text of an HTML source, with segments mapping it back to the source."""

    text: str
    segments: list[Segment]
    comments: list[tuple[int, str]] = field(default_factory=list)  # (source offset, comment text)


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # html.parser counts lines by "\n" only, so offsets are computed the same way.
        self.nl_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.out = TextBuilder()
        self.comments: list[tuple[int, str]] = []
        self.skip: list[str] = []
        self.pre = 0
        self.quote = 0
        self.need = 0  # line breaks wanted before the next text
        self.need_at = 0  # where those breaks are reported
        self.trailing = 0  # line breaks at the end of the output so far
        self.space_at: int | None = None  # a collapsed space waiting for the next word
        self.bullet_at: int | None = None  # an <li> whose "- " waits for its first word

    # --- positions ------------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.nl_starts[line - 1] + col

    # --- output ---------------------------------------------------------------------------
    def _want(self, n: int) -> None:
        if n > self.need:
            self.need = n
            self.need_at = self._pos()
        self.space_at = None

    def _flush_breaks(self) -> None:
        if self.out.length and self.need > self.trailing:
            self.out.synthetic("\n" * (self.need - self.trailing), self.need_at)
            self.trailing = self.need
        self.need = 0

    def _word(self, word: str, at: int, *, verbatim: bool = True) -> None:
        self._flush_breaks()
        at_line_start = self.out.length == 0 or self.trailing > 0
        if at_line_start:
            if self.quote:
                self.out.synthetic(">" * self.quote + " ", at)
            if self.bullet_at is not None:
                self.out.synthetic("- ", self.bullet_at)
        elif self.space_at is not None:
            if self.source[self.space_at] == " ":
                self.out.verbatim(" ", self.space_at)
            else:
                self.out.synthetic(" ", self.space_at)
        self.space_at = None
        self.bullet_at = None
        if verbatim:
            self.out.verbatim(word, at)
        else:
            self.out.synthetic(word, at)
        self.trailing = len(word) - len(word.rstrip("\n")) if word.endswith("\n") else 0

    def _text(self, data: str, at: int) -> None:
        if self.skip:
            return
        if self.pre:
            # preformatted: every character as written, line breaks included
            for m in re.finditer(r"[^\n]+|\n", data):
                chunk = m.group(0)
                if chunk == "\n":
                    self._flush_breaks()
                    if self.out.length:
                        self.out.verbatim("\n", at + m.start())
                        self.trailing += 1
                    self.space_at = None
                else:
                    self._word(chunk, at + m.start())
            return
        for m in _SPACE.finditer(data):
            if m.group(0)[0] in " \t\r\n\f\xa0":
                if self.space_at is None:
                    self.space_at = at + m.start()
            else:
                self._word(m.group(0), at + m.start())

    # --- parser callbacks -----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if tag == "body":
            self.skip = [t for t in self.skip if t not in ("head", "title")]
        if self.skip:
            return
        if tag == "br":
            self._flush_breaks()
            if self.out.length:
                self.out.synthetic("\n", self._pos())
                self.trailing += 1
            self.space_at = None
            return
        if tag in ("td", "th"):
            if self.space_at is None and self.trailing == 0 and self.out.length:
                self.space_at = self._pos()
            return
        if tag in _PARA:
            self._want(2)
        elif tag in _LINE:
            self._want(1)
        if tag == "li":
            self.bullet_at = self._pos()
        elif tag == "pre":
            self.pre += 1
        elif tag == "blockquote":
            self.quote += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in _SKIP:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip:
            while self.skip:
                if self.skip.pop() == tag:
                    break
            return
        if self.skip:
            return
        if tag in _PARA:
            self._want(2)
        elif tag in _LINE:
            self._want(1)
        if tag == "pre" and self.pre:
            self.pre -= 1
        elif tag == "blockquote" and self.quote:
            self.quote -= 1
        elif tag == "li":
            self.bullet_at = None

    def handle_data(self, data: str) -> None:
        at = self._pos()
        self._text(self.source[at : at + len(data)], at)  # the source's own text (see _tame)

    def _ref(self, char: str) -> None:
        if self.skip:
            return
        at = self._pos()
        if char in ("\xa0", " ") and not self.pre:
            if self.space_at is None:
                self.space_at = at
            return
        self._word(char, at, verbatim=False)

    def handle_entityref(self, name: str) -> None:
        char = _html.unescape(f"&{name};")
        self._ref(char if char != f"&{name};" else f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._ref(_html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        self.comments.append((self._pos(), data.strip()))


#: A ``<`` with no ``>`` this close is no tag: html.parser would rescan to the end of the input
#: for each such ``<`` (20,000 ``<p `` took 100 s), so it is hidden from the parser.
MAX_TAG = 2048
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_HIDDEN_LT = "\x00"


def _tame(source: str) -> str:
    """``source`` with every ``<`` that cannot start a tag within ``MAX_TAG`` characters turned
    into a same-length placeholder, so the parser reads it as text in linear time.  Offsets do
    not move, and the text handed on is read back from ``source`` itself."""
    if "<" not in source:
        return source
    chars: list[str] | None = None
    for m in _TAG_START.finditer(source):
        at = m.start()
        end = source.find(">", at, at + MAX_TAG)
        if end < 0 or (source.find("<", at + 1, end) >= 0 and not _quoted_lt(source, at, end)):
            if chars is None:
                chars = list(source)
            chars[at] = _HIDDEN_LT
    return source if chars is None else "".join(chars)


def _quoted_lt(source: str, start: int, end: int) -> bool:
    """Whether the ``<`` characters inside ``source[start:end]`` all sit in quoted values."""
    inner = source[start + 1 : end]
    return inner.count('"') % 2 == 0 and inner.count("'") % 2 == 0 and ("'" in inner or '"' in inner)


def html_to_text(source: str) -> HtmlText:
    """The visible text of ``source`` with segments mapping it into ``source``."""
    parser = _Extractor(source)
    parser.feed(_tame(source))
    parser.close()
    return HtmlText(parser.out.text, list(parser.out.segments), parser.comments)


def decode_html(data: bytes, path: str) -> str:
    """UTF-8, or the charset a ``<meta charset>`` names when the bytes are not UTF-8."""
    check_bytes(data, path)
    m = _META_CHARSET.search(data[:4096])
    return decode_text(data, path, fallback_charset=m.group(1).decode("ascii") if m else None)


def read(data: bytes, *, path: str, template: bool | None = None) -> list[Draft]:
    source = decode_html(data, path)
    extracted = html_to_text(source)
    if not extracted.text.strip():
        raise FollowupLintError("no visible text in the HTML", path)
    meta = {"reader": "html"}
    return [
        parse_draft(
            extracted.text,
            path=path,
            source_map=SourceMap(source, extracted.segments),
            meta=meta,
            template=resolve_template(template, meta, False),
            parse_headers=True,
        )
    ]
