"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI...).

* one ``<testsuite>`` per draft (a multi-draft file gives several, named ``path [label]``);
* one ``<testcase>`` per rule that fired, with one ``<failure>`` listing every finding of that
  rule as ``path:line:col: message`` (``type`` is the rule's severity); a rule whose findings
  are all ``info`` (tips) is a passing test case with the tips in its ``<system-out>``;
* a clean draft gets a single passing ``<testcase name="followup-lint">``;
* a file that could not be read gets a testcase with an ``<error>``.

The draft's score is a ``<property name="score">`` of its suite.  Nothing depends on the clock,
so the same input gives the same bytes.  With ``excerpts=True`` the failure text also quotes
the offending lines of the draft; with ``excerpts=False`` it has positions and rule summaries
only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from followup_lint.formats.base import (
    TOOL_NAME,
    ExcerptLines,
    FileResult,
    clean_text,
    display_path,
    error_text,
    excerpt_line,
    finding_message,
    notice_message,
)
from followup_lint.report import Finding, Severity

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

# Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", value)


def _suite_name(path: str, label: str | None) -> str:
    name = display_path(path)
    return f"{name} [{label}]" if label else name


def _fmt_score(score: float) -> str:
    return f"{score:g}"


def _failure_text(
    path: str,
    findings: list[Finding],
    lines: ExcerptLines | None,
    excerpts: bool,
    summaries: Mapping[str, str] | None,
) -> str:
    chunks = []
    for f in findings:
        where = f"{display_path(path)}:{f.line}:{f.column}"
        chunk = f"{where}: {finding_message(f, excerpts=excerpts, summaries=summaries)}"
        if excerpts and lines is not None:
            text, column, end = lines.at(f)
            shown, marker = excerpt_line(text, column, end)
            chunk += f"\n    {shown}\n    {marker}"
        chunks.append(chunk)
    return "\n".join(chunks)


def build(
    results: Iterable[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> ET.Element:
    import xml.etree.ElementTree as ET  # only for this format

    root = ET.Element("testsuites", {"name": TOOL_NAME})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for r in results:
        report = r.report
        suite = ET.SubElement(
            root, "testsuite", {"name": xml_text(_suite_name(r.path, report.label if report else None))}
        )
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if report is not None:
            props = ET.SubElement(suite, "properties")
            if report.score is not None:
                ET.SubElement(props, "property", {"name": "score", "value": _fmt_score(report.score)})
            for cat, value in report.category_scores.items():
                ET.SubElement(props, "property", {"name": f"score.{cat}", "value": _fmt_score(value)})
            ET.SubElement(props, "property", {"name": "purpose", "value": xml_text(report.purpose)})
            ET.SubElement(props, "property", {"name": "channel", "value": xml_text(report.channel)})
        classname = xml_text(display_path(r.path))
        err = error_text(r)
        if err is not None:
            case = ET.SubElement(suite, "testcase", {"name": "read", "classname": classname})
            e = ET.SubElement(case, "error", {"message": xml_text(err), "type": "FileError"})
            e.text = xml_text(f"{display_path(r.path)}: {err}")
            counts["tests"] += 1
            counts["errors"] += 1
        if report is not None:
            lines = ExcerptLines(r) if r.source_text is not None else None
            by_rule: dict[str, list[Finding]] = {}
            for f in report.findings:
                by_rule.setdefault(f.code, []).append(f)
            for code, findings in by_rule.items():
                first = findings[0]
                case = ET.SubElement(suite, "testcase", {"name": f"{code} {first.name}", "classname": classname})
                worst = max((f.severity for f in findings), key=lambda s: s.rank)
                message = finding_message(first, excerpts=excerpts, summaries=summaries)
                if len(findings) > 1:
                    message += f" (and {len(findings) - 1} more)"
                counts["tests"] += 1
                text = xml_text(_failure_text(r.path, findings, lines, excerpts, summaries))
                if worst is Severity.INFO:  # a tip: shown, but a passing test (exit code 0 agrees)
                    ET.SubElement(case, "system-out").text = text
                    continue
                failure = ET.SubElement(case, "failure", {"message": xml_text(message), "type": worst.value})
                failure.text = text
                counts["failures"] += 1
            if not by_rule:
                ET.SubElement(suite, "testcase", {"name": TOOL_NAME, "classname": classname})
                counts["tests"] += 1
            if report.notices:
                out = ET.SubElement(suite, "system-out")
                out.text = xml_text(
                    "\n".join(
                        f"{display_path(r.path)}: note: {notice_message(n, excerpts=excerpts)}" for n in report.notices
                    )
                )
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    return root


def write(
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    summaries: Mapping[str, str] | None = None,
) -> str:
    """A JUnit XML document (UTF-8, with declaration) for ``results``."""
    import xml.etree.ElementTree as ET

    root = build(results, excerpts=excerpts, summaries=summaries)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return clean_text('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n")
