"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` lists the rules that fired (sorted by code); each finding is a
result pointing at its span.  Columns are Unicode code points (``run.columnKind`` says so).

With ``excerpts=True`` results also carry the spanned text (``region.snippet``), the whole
lines around it (``contextRegion``) and ``fixes`` built from suggestions -- all of which are
text of the draft.  With ``excerpts=False`` none of these are written and messages are rule
summaries (see :func:`~followup_lint.formats.base.safe_message`).

``partialFingerprints["followupLint/v1"]`` lets code scanning and baselines recognise a finding
across runs: a hash of the path, draft label, rule code and the text of the line the finding
starts on (so it survives lines moving), plus an occurrence count.  Without excerpts, or without
the source text, the rule summary stands in for the line text, so no hash of draft text is
written either.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from followup_lint.formats.base import (
    INFORMATION_URI,
    TOOL_NAME,
    FileResult,
    SourceLines,
    artifact_uri,
    clean_text,
    display_path,
    error_text,
    finding_message,
    notice_message,
    placeable_suggestions,
    rule_summary,
    tool_version,
)
from followup_lint.report import Finding, Severity

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "followupLint/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, Any]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _fingerprint(path: str, label: str | None, code: str, basis: str, occurrence: int) -> str:
    key = "\x1f".join((path, label or "", code, " ".join(basis.split())))
    return f"{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}:{occurrence}"


def _rules(
    results: Sequence[FileResult], summaries: Mapping[str, str] | None
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    first: dict[str, Finding] = {}
    cited: dict[str, list[str]] = {}  # a finding cites part of its rule's list: tag the union seen
    for r in results:
        if r.report is not None:
            for f in r.report.findings:
                first.setdefault(f.code, f)
                cited.setdefault(f.code, []).extend(f.guidance)
    rules = []
    for code in sorted(first):
        f = first[code]
        tags = [*cited[code], f.category]
        rules.append(
            {
                "id": code,
                "name": f.name,
                "shortDescription": {"text": rule_summary(f, summaries)},
                "defaultConfiguration": {"level": LEVELS[f.severity]},
                "properties": {"tags": list(dict.fromkeys(tags)), "category": f.category},
            }
        )
    return rules, {code: i for i, code in enumerate(sorted(first))}


def build(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    rules, rule_index = _rules(results, summaries)
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    occurrences: dict[str, int] = {}

    for r in results:
        uri = artifact_uri(r.path)
        artifact = {"uri": uri}
        err = error_text(r)
        if err is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{display_path(r.path)}: {err}"},
                    "locations": [{"physicalLocation": {"artifactLocation": dict(artifact)}}],
                }
            )
        report = r.report
        if report is None:
            continue
        lines = SourceLines(r.source_text) if r.source_text is not None else None
        for notice in report.notices:
            label = f"[{report.label}] " if report.label else ""
            notifications.append(
                {
                    "level": "note",
                    "message": {"text": f"{label}{notice_message(notice, excerpts=excerpts)}"},
                    "descriptor": {"id": notice.code},
                    "locations": [{"physicalLocation": {"artifactLocation": dict(artifact)}}],
                }
            )
        for f in report.findings:
            region = _region(f.line, f.column, f.end_line, f.end_column)
            physical: dict[str, Any] = {"artifactLocation": dict(artifact), "region": region}
            if excerpts and lines is not None:
                snippet = lines.slice(f.line, f.column, f.end_line, f.end_column)
                if snippet:
                    region["snippet"] = {"text": clean_text(snippet)}
                context = "\n".join(lines.line(n) for n in range(f.line, f.end_line + 1))
                physical["contextRegion"] = {
                    "startLine": f.line,
                    "endLine": f.end_line,
                    "snippet": {"text": clean_text(context)},
                }
            basis = lines.line(f.line) if excerpts and lines is not None else rule_summary(f, summaries)
            fp_key = "\x1e".join((r.path, report.label or "", f.code, " ".join(basis.split())))
            occurrences[fp_key] = occurrences.get(fp_key, 0) + 1
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": rule_index[f.code],
                "level": LEVELS[f.severity],
                "message": {"text": clean_text(finding_message(f, excerpts=excerpts, summaries=summaries))},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {
                    FINGERPRINT_KEY: _fingerprint(r.path, report.label, f.code, basis, occurrences[fp_key])
                },
            }
            if excerpts:
                fixes = [
                    {
                        "description": {"text": clean_text(suggestion.label)},
                        "artifactChanges": [
                            {
                                "artifactLocation": dict(artifact),
                                "replacements": [
                                    {
                                        "deletedRegion": _region(*where),
                                        "insertedContent": {"text": clean_text(edit.replacement)},
                                    }
                                    for edit, where in placed
                                ],
                            }
                        ],
                    }
                    for suggestion, placed in placeable_suggestions(f, r.source_map)
                ]
                if fixes:
                    result["fixes"] = fixes
            props: dict[str, Any] = {"category": f.category, "missing": f.missing, "cost": f.cost}
            if report.label is not None:
                props["draft"] = clean_text(report.label)
            if f.source is not None:
                props["source"] = f.source
            result["properties"] = props
            sarif_results.append(result)

    invocation: dict[str, Any] = {"executionSuccessful": not any(error_text(r) is not None for r in results)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": tool_version(),
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }


def write(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> str:
    """A SARIF 2.1.0 log for ``results`` (one run), as indented JSON."""
    data = build(results, excerpts=excerpts, summaries=summaries)
    return clean_text(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
