"""Human-readable text: compiler-style lines with the offending line and a caret under the span.

::

    examples/thank-you-weak.txt:1:1: FL302 [*] [warning] “Hey” is too casual for a follow-up to an interviewer.
        1 | Hey Ana!!
          | ^~~
          = help: replace with “Hello”
    examples/thank-you-weak.txt: score 68/100 (100 minus points lost to content 22, tone 10); checked as thank-you (default), email (default)

    1 draft in 1 file: 1 error, 2 warnings, 0 info
    [*] 2 fixable with --fix

(``followup-lint check --select FL201,FL302 examples/thank-you-weak.txt``, shortened; the whole
output is in docs/formats.md.)

Colour is plain ANSI SGR codes, only with ``color=True`` (the caller decides, e.g. from
``--color`` / ``NO_COLOR`` / ``isatty``); there is no dependency on ``rich``.  Draft text is
never coloured, and control characters in it (an ESC sequence in a draft, for instance) are
shown as U+FFFD so a draft cannot drive the terminal.  Tabs are expanded and wide characters
(CJK, most emoji) count two cells, so the caret stays under the text in a terminal.

An excerpt is one line: a line longer than ``EXCERPT_WIDTH`` cells is cut around the span with
"…" where text was left out.  It shows the draft as the person wrote it (an e-mail's
quoted-printable or base64 text decoded) while the ``path:line:col`` still points into the file.

With ``excerpts=False`` no source line, caret or suggestion is shown, and messages keep only what
the linter computed (word counts, limits, dates); any field that may quote the draft shows as
"…", as in every other format.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence

from followup_lint.formats.base import (
    Counts,
    ExcerptLines,
    FileResult,
    clean_text,
    display_path,
    error_text,
    excerpt_line,
    finding_message,
    notice_message,
)
from followup_lint.report import Finding, Report, Severity, fix_of

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
STYLES = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;36m",
    "note": "\x1b[1;36m",
    "code": "\x1b[1m",
    "path": "\x1b[1m",
    "caret": "\x1b[1;32m",
    "gutter": "\x1b[34m",
    "help": "\x1b[1;32m",
    "score": "\x1b[1m",
}


def _visible(text: str) -> str:
    """``text`` with control characters (other than tab) replaced, for a terminal."""
    if text.isprintable():  # no control characters at all (the usual case): nothing to replace
        return text
    return "".join("\ufffd" if unicodedata.category(ch) == "Cc" and ch != "\t" else ch for ch in text)


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        if not self.color or not text:
            return text
        return f"{STYLES[style]}{text}{RESET}"


def format_score(score: float) -> str:
    """Nearest whole number, halves rounded up (87.5 -> 88)."""
    return str(math.floor(score + 0.5))


def points_lost(report: Report) -> dict[str, float]:
    """Points each category took off the 100, in the category order of the report."""
    lost = dict.fromkeys(report.category_scores, 0.0)
    for f in report.findings:
        lost[f.category] = lost.get(f.category, 0.0) + f.cost
    return {cat: pts for cat, pts in lost.items() if pts >= 0.5}


def _whole_parts(parts: dict[str, float], total: int) -> dict[str, float]:
    """Whole numbers that add up to ``total`` (largest remainder), so the line's sum is right."""
    floors = {k: math.floor(v) for k, v in parts.items()}
    short = total - sum(floors.values())
    by_remainder = sorted(parts, key=lambda k: (floors[k] - parts[k], k))
    for k in by_remainder[: max(0, short)]:
        floors[k] += 1
    return {k: float(v) for k, v in floors.items() if v > 0}


def summary_line(report: Report, excerpts: bool = True) -> str:
    """``score 87/100 (100 minus points lost to structure 5, tone 8); checked as thank-you (default), …``.

    The total is 100 minus what each category's findings cost, so the parts shown are the points
    each category lost (docs/scoring.md): they add up to what the total is missing.  The purpose
    and channel the draft was checked as always show, with the cue when inferred (left out without
    excerpts: a cue can quote the draft).
    """
    score = "n/a" if report.score is None else f"{format_score(report.score)}/100"
    lost = points_lost(report)
    if report.score is None:
        parts = ""
    elif lost:
        shown = _whole_parts(lost, 100 - int(format_score(report.score))) if report.score > 0 else lost
        parts = "100 minus points lost to " + ", ".join(f"{cat} {format_score(v)}" for cat, v in shown.items())
    else:
        parts = "no points lost"
    axes = []
    for axis, value in (("purpose", report.purpose), ("channel", report.channel)):
        cue = report.inferred.get(axis)
        axes.append(f"{value} ({cue})" if cue and (excerpts or cue == "default") else value)
    return f"score {score}" + (f" ({parts})" if parts else "") + "; checked as " + ", ".join(axes)


def _excerpt(lines: ExcerptLines, f: Finding, gutter_width: int, paint: _Painter) -> list[str]:
    text, column, end = lines.at(f)
    shown, marker = excerpt_line(text, column, end)
    num = str(f.line).rjust(gutter_width)
    bar = paint("gutter", "|")
    pad = " " * gutter_width
    out = [f"    {paint('gutter', num)} {bar} {_visible(shown)}".rstrip()]
    tail = (
        f" (to line {f.end_line})"
        if f.end_line > f.line and not (f.end_line == f.line + 1 and f.end_column == 1)
        else ""
    )
    out.append(f"    {pad} {bar} {paint('caret', marker)}{tail}")
    return out


def write(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    color: bool = False,
    summaries: Mapping[str, str] | None = None,
    totals: bool = True,
    unsafe_fixes: bool = False,
) -> str:
    """Text for ``results``; ``totals=False`` leaves out the closing count lines.

    A finding ``--fix`` would fix is marked ``[*]`` after its code (as Ruff does); with
    ``unsafe_fixes`` those an unsafe fix would fix are marked too.
    """
    stream = TextStream(excerpts=excerpts, color=color, summaries=summaries, totals=totals, unsafe_fixes=unsafe_fixes)
    return "".join([*(stream.add(r) for r in results), stream.finish()])


class TextStream:
    """The text of :func:`write`, one result at a time: :meth:`add` gives a result's lines as
    soon as it is known, :meth:`finish` the closing count lines, counted along the way (so a
    long run writes as it goes and holds no result)."""

    def __init__(
        self,
        *,
        excerpts: bool = True,
        color: bool = False,
        summaries: Mapping[str, str] | None = None,
        totals: bool = True,
        unsafe_fixes: bool = False,
    ) -> None:
        self.excerpts, self.summaries, self.totals, self.unsafe_fixes = excerpts, summaries, totals, unsafe_fixes
        self.paint = _Painter(color)
        self.counts = Counts()
        self.safe = self.unsafe = 0  # findings a safe (an unsafe) fix would fix

    def add(self, r: FileResult) -> str:
        self.counts.add(r)
        paint, excerpts, summaries = self.paint, self.excerpts, self.summaries
        out: list[str] = []
        path = _visible(display_path(r.path))
        err = error_text(r)
        if err is not None:
            out.append(f"{paint('path', path)}: {paint('error', 'error')}: {_visible(err)}")
        report = r.report
        if report is None:
            return clean_text("".join(line + "\n" for line in out))
        lines = ExcerptLines(r) if (excerpts and r.source_text is not None) else None
        label = f"[{_visible(report.label)}] " if report.label else ""
        width = len(str(max((f.line for f in report.findings), default=1)))
        for f in report.findings:
            sev = f.severity.value
            msg = _visible(finding_message(f, excerpts=excerpts, summaries=summaries))
            safe = fix_of(f) is not None
            fixable = safe or (fix_of(f, unsafe=True) is not None)
            self.safe += safe
            self.unsafe += fixable and not safe
            mark = "[*] " if (fixable if self.unsafe_fixes else safe) else ""
            out.append(
                f"{paint('path', f'{path}:{f.line}:{f.column}')}: {paint('code', f.code)} "
                f"{mark}{paint(sev, f'[{sev}]')} {label}{msg}"
            )
            if lines is not None:
                out.extend(_excerpt(lines, f, width, paint))
            if excerpts:
                for s in f.suggestions:
                    if s.label:
                        pad = " " * (width + 1)
                        out.append(f"    {pad}{paint('gutter', '=')} {paint('help', 'help')}: {_visible(s.label)}")
        out.append(f"{paint('path', path)}: {label}{paint('score', summary_line(report, excerpts))}")
        for n in report.notices:
            msg = _visible(notice_message(n, excerpts=excerpts))
            out.append(f"{paint('path', path)}: {paint('note', 'note')}: {label}{msg}")
        return clean_text("".join(line + "\n" for line in out))

    def finish(self) -> str:
        """The closing count lines (none without results, or with ``totals=False``)."""
        if not self.totals or not self.counts.results:
            return ""
        out = ["", _totals(self.counts.as_dict())]
        fixable = _fixable_line(self.safe, self.unsafe, self.unsafe_fixes)
        if fixable:
            out.append(fixable)
        return clean_text("".join(line + "\n" for line in out))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _totals(c: Mapping[str, int]) -> str:
    line = (
        f"{_plural(c['drafts'], 'draft')} in {_plural(c['files'], 'file')}: "
        f"{_plural(c[Severity.ERROR.value], 'error')}, "
        f"{_plural(c[Severity.WARNING.value], 'warning')}, {c[Severity.INFO.value]} info"
    )
    if c["errors"]:
        line += f"; {_plural(c['errors'], 'file')} could not be linted"
    return line


def _fixable_line(safe: int, unsafe: int, unsafe_fixes: bool) -> str:
    """``[*] 3 fixable with --fix (2 more with --unsafe-fixes)``, or "" when nothing is."""
    if unsafe_fixes:
        n = safe + unsafe
        return f"[*] {n} fixable with --fix --unsafe-fixes" if n else ""
    if not safe:  # unsafe fixes alone are not advertised: they need a careful reader
        return ""
    more = f" ({unsafe} more with --unsafe-fixes)" if unsafe else ""
    return f"[*] {safe} fixable with --fix{more}"
