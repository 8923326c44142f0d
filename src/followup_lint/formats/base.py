"""What every output format is written from, and the helpers they share.

A writer takes a sequence of :class:`FileResult` and returns one string.  Positions in a
:class:`~followup_lint.report.Finding` are 1-based lines and columns of the *original file*,
counted in Unicode code points; ``source_text`` is that original file, so excerpts are cut from
it by line and column.

Excerpts and personal data
--------------------------
A draft is personal data (names, employers, the writer's words).  With ``excerpts=False`` a
writer must not emit any text that may come from the draft: source lines, snippets, fix
replacements, suggestion labels, and finding messages (which may quote the draft).  A finding's
message is then replaced by :func:`safe_message` -- built only from the rule's code, name and
category (or a caller-supplied rule summary), never from the message.  Notice messages are
produced by the linter itself; with excerpts off, any quoted fragment in them is blanked by
:func:`strip_quoted` as a second line of defence.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote

from followup_lint.report import Edit, Finding, Notice, Report, Severity, Suggestion
from followup_lint.spans import LineIndex, SourceMap

TOOL_NAME = "followup-lint"
#: Where SARIF consumers send people to learn about the tool.  The lead should set the
#: project's real home page here once it has one.
INFORMATION_URI = "https://pypi.org/project/followup-lint/"
STDIN_NAMES = frozenset({"-", "<stdin>"})
WITHHELD = "\u2026"  # what a quoted fragment is replaced with when excerpts are off


@dataclass(frozen=True)
class FileResult:
    """The outcome of linting one draft (or failing to read one file).

    Reports of a multi-draft file appear as several FileResult with the same ``path`` and
    different ``report.label``.
    """

    path: str  # as given by the user ("-" or "<stdin>" for standard input)
    report: Report | None  # None when the file could not be read
    error: str | None = None  # one-line error for a file that could not be linted
    source_text: str | None = None  # the ORIGINAL file text, for excerpts (lines are 1-based in it)
    # Maps offsets in the draft's text (Finding.start/end, Edit.start/end) to the file; used to
    # place suggestion edits (SARIF fixes).  Without it only edits that cover exactly the
    # finding's own span can be placed.
    source_map: SourceMap | None = None
    # What --fix / --diff did to the file (on the file's first result only); None without them.
    fix: FixOutcome | None = None
    # The draft's own text (Finding.start/end index it): decoded where the file is encoded (an
    # e-mail's quoted-printable or base64 body), so excerpts show what the person wrote.
    draft_text: str | None = None


@dataclass(frozen=True)
class FixOutcome:
    """What fixing one file did: the rule codes fixed, the fixes withheld and why, the diff,
    and the fixed content when it was not written to the file (standard input, ``--diff``)."""

    applied: tuple[str, ...] = ()
    withheld: tuple[tuple[str, str], ...] = ()  # (rule code, reason)
    diff: str = ""
    fixed: bytes | None = None
    written: bool = False


def tool_version() -> str:
    """The installed followup-lint version, or ``0+unknown`` when running from a checkout."""
    try:
        import followup_lint

        version = getattr(followup_lint, "__version__", None)
        if isinstance(version, str):
            return version
    except ImportError:  # pragma: no cover - the package is importable by construction
        pass
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        return dist_version("followup-lint")
    except PackageNotFoundError:
        return "0+unknown"


# --- text hygiene ---------------------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace lone surrogates (from undecodable bytes) so the output can be encoded as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


# Quoted fragments: “…”, "…", «…», „…“, ‘…’ and '…'.  Single quotes count only when they do
# not sit inside a word, so that apostrophes (don't, don’t) are left alone.
_QUOTED = re.compile(
    r"\u201c[^\u201d\n]*\u201d"  # “…”
    r"|\u201e[^\u201c\u201d\n]*[\u201c\u201d]"  # „…“
    r"|\"[^\"\n]*\""  # "…"
    r"|\u00ab[^\u00bb\n]*\u00bb"  # «…»
    r"|(?<!\w)\u2018[^\u2019\n]*\u2019(?!\w)"  # ‘…’
    r"|(?<!\w)'[^'\n]*'(?!\w)"  # '…'
)


def strip_quoted(text: str) -> str:
    """Blank every quoted fragment: ``Replace “Hey guys”`` -> ``Replace “…”``."""

    def blank(m: re.Match[str]) -> str:
        s = m.group(0)
        return s[0] + WITHHELD + s[-1]

    return _QUOTED.sub(blank, text)


def safe_message(finding: Finding, summaries: Mapping[str, str] | None = None) -> str:
    """A message for ``finding`` that cannot contain draft text.

    It is the message rebuilt from its rule's template with every field that may come from the
    draft withheld (:func:`quote_free_message`), so facts such as word counts stay; failing that,
    the caller's rule summary for the code (rule summaries are written by the rule authors and
    never quote a draft), otherwise the rule's name and category.
    """
    rebuilt = quote_free_message(finding)
    if rebuilt is not None:
        return rebuilt
    if summaries and finding.code in summaries:
        return summaries[finding.code]
    what = "missing " if finding.missing else ""
    return f"{what}{finding.name.replace('-', ' ').replace('_', ' ')} ({finding.category} rule {finding.code})"


# --- messages without draft text (--no-excerpts) --------------------------------------------

#: Message fields the linter computes itself (counts, limits, dates, where a part belongs);
#: every other field may hold words from the draft and is withheld.
FACT_FIELDS = frozenset({"value", "limit", "count", "elapsed", "where", "formula", "missing", "last", "fact", "right"})
#: Fields of the linter's own words around quoted draft text: only the quotations are withheld.
_QUOTING_FIELDS = frozenset({"generic"})
_FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}")
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")


@functools.cache
def _message_templates() -> dict[str, str]:
    """Rule code -> message template of the built-in rules (their files ship in the package)."""
    from followup_lint.rulepack import load_rules

    try:
        return {r.code: r.message for r in load_rules() if r.message}
    except Exception:  # noqa: BLE001 - without templates every message falls back to the summary
        return {}


@functools.cache
def _template_pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    names: list[str] = []
    pieces: list[str] = []
    at = 0
    for m in _FIELD.finditer(template):
        pieces.append(re.escape(template[at : m.start()]))
        pieces.append("(.*?)")
        names.append(m.group(1))
        at = m.end()
    pieces.append(re.escape(template[at:]))
    if not names:
        return None
    return re.compile("".join(pieces), re.DOTALL), tuple(names)


def quote_free_message(finding: Finding, templates: Mapping[str, str] | None = None) -> str | None:
    """``finding``'s message with every field that may come from the draft shown as ``…``.

    The message is matched against its rule's template: the template's own words are kept, and of
    the fields only those the linter computes (:data:`FACT_FIELDS`: word counts, limits, dates,
    where a part belongs) keep their values.  ``None`` when the message was not built from the
    template (a backend's own message), so the caller falls back to the rule summary.
    """
    template = (templates if templates is not None else _message_templates()).get(finding.code)
    if not template:
        return None
    if "{" not in template:
        return template if finding.message == template else None
    compiled = _template_pattern(template)
    if compiled is None:
        return None
    pattern, names = compiled
    m = pattern.fullmatch(finding.message)
    if m is None:
        return None
    out: list[str] = []
    at = 0
    for i, name in enumerate(names, start=1):
        out.append(finding.message[at : m.start(i)])
        value = m.group(i)
        if not value or (name in FACT_FIELDS and len(value) <= 120 and not (_QUOTE_MARKS & set(value))):
            out.append(value)
        elif name in _QUOTING_FIELDS:
            out.append(strip_quoted(value))
        else:
            out.append(WITHHELD)
        at = m.end(i)
    out.append(finding.message[at:])
    return "".join(out)


def finding_message(finding: Finding, *, excerpts: bool, summaries: Mapping[str, str] | None = None) -> str:
    return finding.message if excerpts else safe_message(finding, summaries)


def notice_message(notice: Notice, *, excerpts: bool) -> str:
    return notice.message if excerpts else strip_quoted(notice.message)


def rule_summary(finding: Finding, summaries: Mapping[str, str] | None = None) -> str:
    """One line describing the rule behind ``finding`` (never the finding's message)."""
    if summaries and finding.code in summaries:
        return summaries[finding.code]
    return f"{finding.name.replace('-', ' ').replace('_', ' ')} ({finding.category})"


def redact_report(report: Report, summaries: Mapping[str, str] | None = None) -> Report:
    """A copy of ``report`` with nothing that may come from the draft.

    Finding messages become :func:`safe_message`, suggestions are dropped (their labels and
    replacements can quote the draft), inferred cues are blanked and notice messages have
    quoted fragments blanked.  The copy is still a valid :class:`Report`.
    """
    findings = [
        f.model_copy(update={"message": safe_message(f, summaries), "suggestions": []}) for f in report.findings
    ]
    notices = [n.model_copy(update={"message": strip_quoted(n.message)}) for n in report.notices]
    inferred = dict.fromkeys(report.inferred, WITHHELD)
    return report.model_copy(update={"findings": findings, "notices": notices, "inferred": inferred})


# --- paths ----------------------------------------------------------------------------------


def is_stdin(path: str) -> bool:
    return path in STDIN_NAMES


def display_path(path: str) -> str:
    return "<stdin>" if is_stdin(path) else path


def relative_posix_path(path: str) -> str:
    """``path`` relative to the working directory when it lies inside it, with forward slashes."""
    if is_stdin(path):
        return "<stdin>"
    p: PurePath = Path(path)
    if p.is_absolute():
        try:
            p = Path(os.path.relpath(p, Path.cwd()))
            if p.parts and p.parts[0] == "..":
                return Path(path).as_posix()
        except ValueError:  # another drive on Windows
            return Path(path).as_posix()
    posix = p.as_posix()
    return posixpath.normpath(posix) if posix else posix


def artifact_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri``: a relative URI reference when possible, else file://."""
    rel = relative_posix_path(path)
    if not is_stdin(path) and Path(path).is_absolute() and Path(rel).is_absolute():
        try:
            return Path(path).as_uri()
        except UnicodeEncodeError:  # a lone surrogate that is no undecodable byte
            return Path(clean_text(path)).as_uri()
    return quote(_uri_bytes(rel), safe="/-._~!$&'()*+,;=@")


def _uri_bytes(path: str) -> bytes:
    """The bytes a URI spells for ``path``: a file name read in undecodable bytes (Python's
    surrogateescape) gets those bytes back; any other lone surrogate becomes U+FFFD."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return clean_text(path).encode("utf-8")


# --- positions and excerpts -----------------------------------------------------------------


class SourceLines:
    """Lines of one original file, addressed by 1-based line and code-point column."""

    def __init__(self, text: str, index: LineIndex | None = None) -> None:
        self.index = index if index is not None and index.text == text else LineIndex(text)
        self.text = text

    def __len__(self) -> int:
        return len(self.index.starts)

    def line(self, line: int) -> str:
        return self.index.line_text(line)

    def offset(self, line: int, column: int) -> int:
        """Code-point offset of (line, column), clamped to the text."""
        line = max(1, min(line, len(self.index.starts)))
        start = self.index.starts[line - 1]
        return max(0, min(start + column - 1, len(self.text)))

    def slice(self, line: int, column: int, end_line: int, end_column: int) -> str:
        return self.text[self.offset(line, column) : self.offset(end_line, end_column)]


class ExcerptLines:
    """The line an excerpt shows for a finding, with the span's columns in that line.

    That is the file's line, unless the file holds the text encoded (an e-mail's quoted-printable
    or base64 body, an encoded header) or rebuilt (front matter turned into a subject): then it is
    the draft's own line, as the person wrote it.  The finding's line and columns still point into
    the file; only the quoted text is decoded.
    """

    def __init__(self, result: FileResult) -> None:
        sm = result.source_map
        shared = sm is not None and sm.file_text == result.source_text  # one line index for both
        self.file = SourceLines(result.source_text or "", sm.index if shared and sm is not None else None)
        mapped = sm is not None and bool(sm.segments)
        if mapped and result.draft_text == result.source_text:  # a plain file: the draft is the file
            assert sm is not None and result.draft_text is not None
            identity = all(seg.start == seg.file_start for seg in sm.segments) and sum(
                seg.end - seg.start for seg in sm.segments
            ) == len(result.draft_text)
            mapped = not identity
        self.draft = LineIndex(result.draft_text) if mapped and result.draft_text is not None else None

    def at(self, f: Finding) -> tuple[str, int, int]:
        """(line text, span start column, span end column on that line) for ``f``."""
        text = self.file.line(f.line)
        end = f.end_column if f.end_line == f.line else len(text) + 1
        if self.draft is not None and f.end <= len(self.draft.text):
            line, column = self.draft.position(f.start)
            own = self.draft.line_text(line)
            if own != text:
                end_line, end_column = self.draft.position(f.end)
                return own, column, end_column if end_line == line else len(own) + 1
        return text, f.column, end


def edit_region(edit: Edit, finding: Finding, source_map: SourceMap | None) -> tuple[int, int, int, int] | None:
    """(start line, start column, end line, end column) of ``edit`` in the file, or None.

    An edit can be placed when it covers exactly the finding's span (the finding carries its
    file position) or, with a source map, when it lies inside one verbatim segment of the file
    (edits into synthesised text, such as a subject taken from front matter, cannot be placed).
    """
    if (edit.start, edit.end) == (finding.start, finding.end):
        return finding.line, finding.column, finding.end_line, finding.end_column
    if source_map is None or edit.end < edit.start:
        return None
    if source_map.segments and not any(seg.start <= edit.start and edit.end <= seg.end for seg in source_map.segments):
        return None
    sl, sc = source_map.position(edit.start)
    el, ec = source_map.position(edit.end)
    return sl, sc, el, ec


def placeable_suggestions(
    finding: Finding, source_map: SourceMap | None
) -> list[tuple[Suggestion, list[tuple[Edit, tuple[int, int, int, int]]]]]:
    """The finding's suggestions whose every edit can be placed in the file, with regions."""
    out = []
    for suggestion in finding.suggestions:
        placed = []
        for edit in suggestion.edits:
            region = edit_region(edit, finding, source_map)
            if region is None:
                break
            placed.append((edit, region))
        else:
            if placed:
                out.append((suggestion, placed))
    return out


# --- display width (for carets) -------------------------------------------------------------

TAB_SIZE = 8


def char_width(ch: str) -> int:
    """Terminal cells a character takes: 0 for combining marks, 2 for wide/fullwidth."""
    if ch in ("\u200d", "\ufe0f", "\ufe0e") or unicodedata.combining(ch):
        return 0
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):
        return 0
    if cat == "Cc":
        return 1  # shown as a replacement glyph, see display_line
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


@functools.lru_cache(maxsize=512)
def display_line(line: str) -> tuple[str, list[int]]:
    """The line as shown (tabs expanded, control characters made visible) and, for each
    code-point column (1-based, plus one past the end), its 0-based display cell.

    Remembered for the last few hundred lines: a line with several findings is worked out
    once (callers only read the list)."""
    if line.isascii() and line.isprintable():  # the usual line: one cell a character (no tabs)
        return line, list(range(len(line) + 1))
    shown: list[str] = []
    cells: list[int] = []
    cell = 0
    for ch in line:
        cells.append(cell)
        if ch == "\t":
            n = TAB_SIZE - cell % TAB_SIZE
            shown.append(" " * n)
            cell += n
        elif unicodedata.category(ch) == "Cc":
            shown.append("\ufffd")
            cell += 1
        else:
            shown.append(ch)
            cell += char_width(ch)
    cells.append(cell)
    return "".join(shown), cells


def caret_line(line: str, column: int, end_column: int | None = None) -> tuple[str, str]:
    """``(shown line, marker)`` with ``^~~~`` under columns ``[column, end_column)``.

    Columns are 1-based code points.  A zero-width span (something missing) gets a lone ``^``;
    a span running past the end of the line is underlined to the end of the line.  Tabs are
    expanded and wide characters count two cells so the marker stays under the text.
    """
    shown, cells = display_line(line)
    return shown, _marker(cells, column, end_column)


def _marker(cells: list[int], column: int, end_column: int | None) -> str:
    last = len(cells)  # cells has len(line) + 1 entries
    start = max(1, min(column, last))
    end = start if end_column is None else max(start, min(end_column, last))
    begin_cell = cells[start - 1]
    width = cells[end - 1] - begin_cell
    return " " * begin_cell + "^" + "~" * max(0, width - 1)


#: Display cells of draft text an excerpt shows at most; a longer line is cut with "…".
EXCERPT_WIDTH = 100
_LEAD = 16  # cells kept before the span when the line is cut on the left


def excerpt_line(line: str, column: int, end_column: int | None = None, width: int = EXCERPT_WIDTH) -> tuple[str, str]:
    """Like :func:`caret_line`, but one line of at most about ``width`` cells: a long line is cut
    around the span's start, with ``…`` where text was left out (a span running past the cut gets
    ``~`` under the ``…``)."""
    if len(line) <= width and line.isascii() and line.isprintable():  # the usual line: one cell a character
        last = len(line) + 1
        start = max(1, min(column, last))
        end = start if end_column is None else max(start, min(end_column, last))
        return line, " " * (start - 1) + "^" + "~" * max(0, end - start - 1)
    shown, cells = display_line(line)
    if cells[-1] <= width:
        return shown, _marker(cells, column, end_column)
    last = len(cells)
    start = max(1, min(column, last))
    end = start if end_column is None else max(start, min(end_column, last))
    # ``cells`` never decreases, so each bound is a binary search (a long line, many findings).
    # First code point shown: _LEAD cells before the span, or the line's start when that is close.
    a = bisect_left(cells, cells[start - 1] - _LEAD, 0, start - 1)
    cut_left = a > 0
    budget = width - (1 if cut_left else 0) - 1
    b = bisect_right(cells, cells[a] + budget, a + 1, len(line) + 1) - 1  # last code point that fits
    cut_right = b < len(line)
    if not cut_right and cut_left:  # the end fits: use the room on the left instead
        a = bisect_left(cells, cells[b] - (width - 1), 0, a)
        cut_left = a > 0
    sub_shown, marker = caret_line(line[a:b], start - a, min(end, b + 1) - a)
    if cut_left:
        sub_shown, marker = WITHHELD + sub_shown, " " + marker
    if cut_right:
        sub_shown += WITHHELD
        if end > b + 1:
            marker += "~"
    return sub_shown, marker


def error_text(result: FileResult) -> str | None:
    """The file's error, or a generic one when there is neither a report nor an error."""
    if result.error is not None:
        return result.error
    return "could not be linted" if result.report is None else None


def results_summary(results: Iterable[FileResult]) -> dict[str, int]:
    counts = Counts()
    for r in results:
        counts.add(r)
    return counts.as_dict()


class Counts:
    """Files, drafts, unreadable files and findings by severity, counted one result at a time."""

    def __init__(self) -> None:
        self.results = 0
        self.paths: set[str] = set()
        self.drafts = self.errors = 0
        self.severities = {Severity.ERROR.value: 0, Severity.WARNING.value: 0, Severity.INFO.value: 0}

    def add(self, r: FileResult) -> None:
        self.results += 1
        self.paths.add(r.path)
        if r.error is not None or r.report is None:
            self.errors += 1
        if r.report is None:
            return
        self.drafts += 1
        for f in r.report.findings:
            self.severities[f.severity.value] += 1

    def as_dict(self) -> dict[str, int]:
        return {"files": len(self.paths), "drafts": self.drafts, "errors": self.errors, **self.severities}
