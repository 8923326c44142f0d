"""JSON: the whole of every report, for scripts and dashboards.

Shape (``schema_version`` 1.0)::

    {"schema_version": "1.0",
     "tool": {"name": "followup-lint", "version": "..."},
     "files": [{"path": "...", "report": {...Report...} | null, "error": "..." | null}, ...]}

Keys come out in the order the models declare them (deterministic for a given input), indented
by two spaces, non-ASCII characters unescaped.  :func:`json_schema` describes this document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from followup_lint.formats.base import (
    FileResult,
    clean_text,
    error_text,
    redact_report,
    tool_version,
)
from followup_lint.report import SCHEMA_VERSION, Report


class ToolInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Literal["followup-lint"] = "followup-lint"
    version: str = Field(description="followup-lint version that wrote the document.")


class FileEntry(BaseModel):
    """One draft's report, or one file that could not be linted."""

    model_config = ConfigDict(extra="forbid")

    path: str = Field(description='The path as given; "-" or "<stdin>" for standard input.')
    report: Report | None = Field(description="null when the file could not be linted.")
    error: str | None = Field(description="One-line reason the file could not be linted, else null.")


class Output(BaseModel):
    """The document written by ``followup-lint --format json``."""

    model_config = ConfigDict(extra="forbid", title="followup-lint JSON output")

    schema_version: Literal["1.0"] = SCHEMA_VERSION  # type: ignore[assignment]
    tool: ToolInfo
    files: list[FileEntry]


def build(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> Output:
    files = [_entry(r, excerpts, summaries) for r in results]
    return Output(tool=ToolInfo(version=tool_version()), files=files)


def _entry(r: FileResult, excerpts: bool, summaries: Mapping[str, str] | None) -> FileEntry:
    report = r.report
    if report is not None and not excerpts:
        report = redact_report(report, summaries)
    return FileEntry(path=r.path, report=report, error=error_text(r))


def write(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> str:
    """The JSON document for ``results``.

    With ``excerpts=False`` every report is passed through
    :func:`~followup_lint.formats.base.redact_report` first: finding messages become rule
    summaries, suggestions are dropped and inferred cues blanked.
    """
    data = build(results, excerpts=excerpts, summaries=summaries).model_dump(mode="json")
    return clean_text(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"


_ENTRY_INDENT = "    "  # a file's entry sits two levels deep: in the document, in "files"


class JsonStream:
    """The document of :func:`write`, byte for byte, one file's entry at a time: the head (up
    to ``"files": [``) comes with the first entry, the closing brackets from :meth:`finish`.
    ``json.dumps`` indents a nested value by its depth and escapes every line break inside a
    string, so an entry dumped alone and indented two levels is the same text as in the whole."""

    def __init__(self, *, excerpts: bool = True, summaries: Mapping[str, str] | None = None) -> None:
        self.excerpts, self.summaries = excerpts, summaries
        head = json.dumps(
            Output(tool=ToolInfo(version=tool_version()), files=[]).model_dump(mode="json"),
            indent=2,
            ensure_ascii=False,
        )
        assert head.endswith(_EMPTY_TAIL)
        self.head = head[: -len(_EMPTY_TAIL)]  # ... "files":
        self.started = False

    def add(self, r: FileResult) -> str:
        entry = json.dumps(
            _entry(r, self.excerpts, self.summaries).model_dump(mode="json"), indent=2, ensure_ascii=False
        )
        text = _ENTRY_INDENT + entry.replace("\n", "\n" + _ENTRY_INDENT)
        lead = ",\n" if self.started else self.head + "[\n"
        self.started = True
        return clean_text(lead + text)

    def finish(self) -> str:
        return "\n  ]\n}\n" if self.started else clean_text(self.head) + _EMPTY_TAIL + "\n"


_EMPTY_TAIL = "[]\n}"


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the document :func:`write` produces."""
    schema = Output.model_json_schema(mode="serialization")
    # write() dumps every field, defaults included, so every property is always present.
    for obj in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in obj:
            obj["required"] = list(obj["properties"])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
