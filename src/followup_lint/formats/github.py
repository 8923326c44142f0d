"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=drafts/a.txt,line=3,col=5,endLine=3,endColumn=12,title=FL204 gratitude::message

``error``/``warning``/``notice`` follow the finding's severity (info -> notice).  Data and
properties are escaped exactly as ``@actions/core`` does, so a message can never end the
command line early or inject another workflow command.

Columns are code points.  GitHub takes ``col``/``endColumn`` only when the annotation starts and
ends on the same line, and ``endColumn`` as the last column *inside* the span, so a span
``[5, 12)`` is written ``col=5,endColumn=11``; multi-line spans carry lines only.

With ``excerpts=True`` the message is the finding's message (which may quote the draft) followed
by its suggestion labels.  With ``excerpts=False`` the message is the rule summary -- built from
the rule's code, name and category or a summary the caller passes -- and never the finding's
message, so nothing of the draft reaches the Actions log or the annotations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from followup_lint.formats.base import (
    FileResult,
    clean_text,
    error_text,
    finding_message,
    is_stdin,
    notice_message,
    relative_posix_path,
)
from followup_lint.report import Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message (``@actions/core`` ``escapeData``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (``@actions/core`` ``escapeProperty``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, str | int], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def _location(path: str, f: Finding) -> dict[str, str | int]:
    """file, line, col, endLine, endColumn -- columns only for a single-line span."""
    props: dict[str, str | int] = {}
    if not is_stdin(path):
        props["file"] = relative_posix_path(path)
    props["line"] = f.line
    if f.line == f.end_line:
        props["col"] = f.column
    props["endLine"] = f.end_line
    if f.line == f.end_line:
        props["endColumn"] = max(f.column, f.end_column - 1)
    return props


def write(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> str:
    """Workflow commands for ``results``, one per line."""
    return "".join(commands(r, excerpts=excerpts, summaries=summaries) for r in results)


def commands(r: FileResult, *, excerpts: bool = True, summaries: Mapping[str, str] | None = None) -> str:
    """The workflow commands of one result (each result stands alone: a run writes them as it goes)."""
    out: list[str] = []
    file_props: dict[str, str | int] = {} if is_stdin(r.path) else {"file": relative_posix_path(r.path)}
    err = error_text(r)
    if err is not None:
        out.append(command("error", {**file_props, "title": "followup-lint"}, err))
    report = r.report
    if report is not None:
        draft = f"[{report.label}] " if report.label else ""
        for f in report.findings:
            props = _location(r.path, f)
            props["title"] = f"{f.code} {f.name}"
            message = draft + finding_message(f, excerpts=excerpts, summaries=summaries)
            if excerpts:
                labels = [s.label for s in f.suggestions if s.label]
                if labels:
                    message += "\n" + "\n".join(f"Suggestion: {label}" for label in labels)
            out.append(command(COMMANDS[f.severity], props, message))
        for notice in report.notices:
            out.append(
                command(
                    "notice",
                    {**file_props, "title": notice.code},
                    draft + notice_message(notice, excerpts=excerpts),
                )
            )
    return clean_text("".join(line + "\n" for line in out))


class GithubStream:
    """:func:`write` one result at a time."""

    def __init__(self, *, excerpts: bool = True, summaries: Mapping[str, str] | None = None) -> None:
        self.excerpts, self.summaries = excerpts, summaries

    def add(self, r: FileResult) -> str:
        return commands(r, excerpts=self.excerpts, summaries=self.summaries)

    def finish(self) -> str:
        return ""
